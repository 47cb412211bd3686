// `patron reminders` and `patron autostart` end to end: the real binary over a database with
// due, acknowledged, done, future and unparsable reminders; the autostart entry under a
// temporary XDG_CONFIG_HOME. Both backends.

#include "clirunner.h"
#include "services/recordstore.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include "storage/database.h"

using namespace Patron;
using Patron::Test::CliRun;

class TestCliReminders : public QObject
{
    Q_OBJECT

    Test::CliRunner m_runner;
    QTemporaryDir m_config;

    CliRun cli(const Test::TestDatabase &db, QStringList args) const
    {
        return m_runner.run(QStringList {QStringLiteral("--database"), Test::CliRunner::target(db)} + args);
    }

    static qint64 task(Workspace &ws, qint64 customer, const QString &title, const QVariant &remindAt,
                       const QString &status = QStringLiteral("open"))
    {
        return ws.store()
            .insert(Entity::Task, Record {{QStringLiteral("title"), title},
                                          {QStringLiteral("customer_id"), customer},
                                          {QStringLiteral("status"), status},
                                          {QStringLiteral("priority"), QStringLiteral("high")},
                                          {QStringLiteral("due_at"), QStringLiteral("2026-12-03T18:00:00")},
                                          {QStringLiteral("remind_at"), remindAt}})
            .valueOr(0);
    }

private slots:
    void initTestCase()
    {
        PATRON_REQUIRE_BACKEND();
        QVERIFY2(QFile::exists(QStringLiteral(PATRON_BINARY)), PATRON_BINARY);
        // The child inherits it: the real user's autostart folder is never touched.
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    }

    void remindersListsWhatIsDue()
    {
        Test::TestDatabase db;
        qint64 early = 0, soon = 0;
        {
            auto ws = db.open();
            QVERIFY(ws);
            const qint64 c = ws->store()
                                 .insert(Entity::Customer, Record {{QStringLiteral("name"), QStringLiteral("广州甲公司")},
                                                                   {QStringLiteral("code"), QStringLiteral("C001")}})
                                 .valueOr(0);
            early = task(*ws, c, QStringLiteral("挽回回访:广州甲公司"), QStringLiteral("2026-12-01T17:00:00"));
            soon = task(*ws, c, QStringLiteral("=1+1 发送新品介绍"), QStringLiteral("2026-12-02T09:00:00"));
            task(*ws, c, QStringLiteral("未到时间"), QStringLiteral("2026-12-02T15:00:00"));
            task(*ws, c, QStringLiteral("已完成"), QStringLiteral("2026-12-01T09:00:00"), QStringLiteral("done"));
            task(*ws, c, QStringLiteral("没有提醒"), QVariant());
            const qint64 bad = task(*ws, c, QStringLiteral("坏数据"), QStringLiteral("2026-12-01T08:00:00"));
            QSqlQuery q(ws->database().connection());
            QVERIFY(q.prepare(QStringLiteral("UPDATE tasks SET remind_at = ? WHERE id = ?")));
            q.addBindValue(QStringLiteral("2026-13-01T08:00"));
            q.addBindValue(bad);
            QVERIFY(q.exec());
        }

        CliRun r = cli(db, {QStringLiteral("reminders"), QStringLiteral("--as-of"), QStringLiteral("2026-12-02T10:00"),
                            QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QStringList> rows = Test::parseCsv(r.out);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), (QStringList {QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("customer_code"),
                                           QStringLiteral("customer"), QStringLiteral("title"), QStringLiteral("due_at"),
                                           QStringLiteral("remind_at"), QStringLiteral("assignee"), QStringLiteral("priority")}));
        QCOMPARE(rows.at(1).value(0), QString::number(early));
        QCOMPARE(rows.at(1).value(2), QStringLiteral("C001"));
        QCOMPARE(rows.at(1).value(3), QStringLiteral("广州甲公司"));
        QCOMPARE(rows.at(1).value(6), QStringLiteral("2026-12-01T17:00:00"));
        QCOMPARE(rows.at(2).value(0), QString::number(soon));
        QCOMPARE(rows.at(2).value(4), QStringLiteral("'=1+1 发送新品介绍")); // formula neutralised
        QCOMPARE(rows.at(2).value(8), QStringLiteral("high"));

        r = cli(db, {QStringLiteral("reminders"), QStringLiteral("--as-of"), QStringLiteral("2026-12-02T16:00"),
                     QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--all-users")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray json = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(json.size(), 3);
        QCOMPARE(json.at(2).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("未到时间"));

        r = cli(db, {QStringLiteral("reminders"), QStringLiteral("--as-of"), QStringLiteral("2026-12-02T10:00")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.outText().contains(QStringLiteral("挽回回访:广州甲公司 — 广州甲公司")), r.out.constData());
        QCOMPARE(r.outText().count(QLatin1Char('\n')), 2);

        r = cli(db, {QStringLiteral("reminders"), QStringLiteral("--as-of"), QStringLiteral("2026-11-01T10:00")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText().trimmed(), QStringLiteral("No reminders are due."));

        r = cli(db, {QStringLiteral("reminders"), QStringLiteral("--as-of"), QStringLiteral("tomorrow")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errLine().contains(QStringLiteral("tomorrow")));
        r = cli(db, {QStringLiteral("reminders"), QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(r.exitCode, 2);
    }

    void autostartOnOffStatus()
    {
        Test::TestDatabase db;
        const QString path = m_config.filePath(QStringLiteral("autostart/patron.desktop"));
        CliRun r = m_runner.run({QStringLiteral("autostart"), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText().trimmed(), QStringLiteral("off"));

        r = m_runner.run({QStringLiteral("autostart"), QStringLiteral("on")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.outText().contains(path), r.out.constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        file.close();
        QVERIFY2(text.contains(QStringLiteral("\nExec=%1 --minimized\n").arg(QStringLiteral(PATRON_BINARY))), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("\nX-GNOME-Autostart-enabled=true\n")));
        r = m_runner.run({QStringLiteral("autostart"), QStringLiteral("status")});
        QCOMPARE(r.outText().trimmed(), QStringLiteral("on: ") + path);

        // With a database of its own, login opens that one.
        if (db.settings().backend == Backend::SQLite) {
            r = cli(db, {QStringLiteral("autostart"), QStringLiteral("on")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("--minimized --database ") + db.settings().path));
            file.close();
        }

        r = m_runner.run({QStringLiteral("autostart"), QStringLiteral("off")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!QFile::exists(path));
        r = m_runner.run({QStringLiteral("autostart"), QStringLiteral("status")});
        QCOMPARE(r.outText().trimmed(), QStringLiteral("off"));
        r = m_runner.run({QStringLiteral("autostart"), QStringLiteral("maybe")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errLine().contains(QStringLiteral("maybe")));
    }
};

QTEST_GUILESS_MAIN(TestCliReminders)
#include "tst_clireminders.moc"
