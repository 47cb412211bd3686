// `patron sop` end to end: templates, add (template and file), list, enable/disable,
// run with --as-of (text and JSON, twice = nothing new, dry run writes nothing, --rule),
// a failing rule (exit 1, the others still fire), journal CSV, export/import round trip,
// strict import errors, bad options (exit 2), what a run notified, the list's firing counts.
// Both backends.

#include "clirunner.h"
#include "rfm/rfmsettings.h"
#include "services/recordstore.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Patron;
using Patron::Test::CliRun;

class TestCliSop : public QObject
{
    Q_OBJECT

    Test::CliRunner m_cli;
    std::unique_ptr<Test::TestDatabase> m_db;
    QTemporaryDir m_dir;
    QList<qint64> m_w;

    CliRun sop(const QStringList &args) const
    {
        return m_cli.run(QStringList{QStringLiteral("--database"), Test::CliRunner::target(*m_db), QStringLiteral("sop")}
                         + args);
    }
    qint64 count(const QString &sql) const
    {
        auto ws = m_db->open();
        QSqlQuery q(ws->database().connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private slots:
    void initTestCase()
    {
        PATRON_REQUIRE_BACKEND();
        QVERIFY2(QFile::exists(QStringLiteral(PATRON_BINARY)), PATRON_BINARY);
        m_db = std::make_unique<Test::TestDatabase>();
        auto ws = m_db->open();
        QVERIFY(ws);
        RfmSettings settings; // fixed thresholds: exact segments for two customers
        settings.recencyMaxDays = 60;
        settings.frequencyMin = 2;
        settings.monetaryMinCents = 100000;
        QVERIFY(settings.save(ws->database()));
        const qint64 u = ws->store()
                             .insert(Entity::User, Record{{QStringLiteral("username"), QStringLiteral("zs")},
                                                          {QStringLiteral("display_name"), QStringLiteral("张三")}})
                             .valueOr(0);
        for (const char *name : {"W1", "W2"}) {
            const qint64 c = ws->store()
                                 .insert(Entity::Customer, Record{{QStringLiteral("code"), QString::fromLatin1(name)},
                                                                  {QStringLiteral("name"), QString::fromLatin1(name)},
                                                                  {QStringLiteral("owner_id"), u},
                                                                  {QStringLiteral("created_at"), QStringLiteral("2026-05-31T10:00:00")}})
                                 .valueOr(0);
            QVERIFY(c);
            m_w << c;
            QVERIFY(ws->store().insert(Entity::Order, Record{{QStringLiteral("customer_id"), c},
                                                             {QStringLiteral("ordered_at"), QStringLiteral("2026-01-10")},
                                                             {QStringLiteral("amount_cents"), 300000}}));
        }
    }

    void templatesAndAdd()
    {
        CliRun r = sop({QStringLiteral("templates")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QStringList> rows = Test::parseCsv(r.out);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).mid(0, 3), (QStringList{QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("name")}));
        QCOMPARE(rows.at(3).mid(0, 3), (QStringList{QStringLiteral("win-back"), QStringLiteral("playbook"), QStringLiteral("流失挽回")}));

        r = sop({QStringLiteral("add"), QStringLiteral("--template"), QStringLiteral("win-back")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.outText().contains(QStringLiteral("patron sop enable 1")));
        r = sop({QStringLiteral("list")});
        QCOMPARE(Test::parseCsv(r.out).at(1).mid(0, 5),
                 (QStringList{QStringLiteral("1"), QStringLiteral("playbook"), QStringLiteral("流失挽回"), QStringLiteral("win-back"),
                              QStringLiteral("false")}));
        // Disabled rules do not run.
        r = sop({QStringLiteral("run"), QStringLiteral("--as-of"), QStringLiteral("2026-06-01T09:00")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tasks")), 0);
        QCOMPARE(sop({QStringLiteral("enable"), QStringLiteral("1")}).exitCode, 0);
        QCOMPARE(Test::parseCsv(sop({QStringLiteral("list")}).out).at(1).at(4), QStringLiteral("true"));
    }

    void runDryThenReal()
    {
        CliRun r = sop({QStringLiteral("run"), QStringLiteral("--as-of"), QStringLiteral("2026-06-02T09:00"), QStringLiteral("--dry-run"),
                        QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(QLatin1String("dry_run")).toBool(), true);
        // The snapshot of the first (disabled) run is current: both entered 重要挽留客户 then.
        QCOMPARE(report.value(QLatin1String("fired")).toInt(), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tasks")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sop_journal")), 0);

        r = sop({QStringLiteral("run"), QStringLiteral("--as-of"), QStringLiteral("2026-06-02T09:00")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.outText().contains(QStringLiteral("create_task 挽回回访:W1")), r.out.constData());
        QVERIFY(r.outText().contains(QStringLiteral("2 fired, 0 errors")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE priority = 'high' AND due_at = '2026-06-04T18:00:00'")), 2);
        r = sop({QStringLiteral("run"), QStringLiteral("--as-of"), QStringLiteral("2026-06-02T09:00")});
        QVERIFY(r.outText().contains(QStringLiteral("0 fired, 0 errors")));
        r = sop({QStringLiteral("run"), QStringLiteral("--as-of"), QStringLiteral("2026-06-03"), QStringLiteral("--rule"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tasks")), 2);

        r = sop({QStringLiteral("journal"), QStringLiteral("--rule"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QStringList> rows = Test::parseCsv(r.out);
        QCOMPARE(rows.at(0).mid(0, 4), (QStringList{QStringLiteral("id"), QStringLiteral("rule_id"), QStringLiteral("rule"), QStringLiteral("step")}));
        QCOMPARE(rows.size(), 5); // per customer: the start (step 0) and step 1
        r = sop({QStringLiteral("journal"), QStringLiteral("--customer"), QString::number(m_w.at(0)), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);
    }

    void failingRuleExitsOneOthersFire()
    {
        const QString file = m_dir.filePath(QStringLiteral("rules.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"patron_sop": 1, "rules": [
            {"name": "dup", "enabled": true, "definition": {"trigger": {"kind": "customer_created"},
             "actions": [{"kind": "set_field", "field": "code", "value": "DUP"}]}},
            {"name": "hello", "enabled": true, "definition": {"trigger": {"kind": "customer_created"},
             "actions": [{"kind": "notify", "text": "新客户 {客户名称}"}]}}]})");
        f.close();
        CliRun r = sop({QStringLiteral("add"), QStringLiteral("--file"), file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = sop({QStringLiteral("run"), QStringLiteral("--as-of"), QStringLiteral("2026-06-03T10:00")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.outText().contains(QStringLiteral("dup [2]: 1 fired, 1 errors")), r.out.constData());
        QVERIFY(r.outText().contains(QStringLiteral("hello [3]: 2 fired, 0 errors")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sop_journal WHERE result = 'error'")), 1);
        // What it notified: one line per rule, however many customers.
        QVERIFY2(r.outText().contains(QStringLiteral("Notified by hello [3]: 2 customers — 新客户 W")), r.out.constData());
        QCOMPARE(r.outText().count(QStringLiteral("Notified by")), 1);
        // The list counts each rule's firings and errors (new columns after the old ones).
        QList<QStringList> list = Test::parseCsv(sop({QStringLiteral("list")}).out);
        QCOMPARE(list.at(0), (QStringList{QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("name"),
                                          QStringLiteral("template"), QStringLiteral("enabled"), QStringLiteral("trigger"),
                                          QStringLiteral("updated_at"), QStringLiteral("fired"), QStringLiteral("errors"),
                                          QStringLiteral("last_fired")}));
        QCOMPARE(list.at(2).mid(0, 3), (QStringList{QStringLiteral("2"), QStringLiteral("rule"), QStringLiteral("dup")}));
        QCOMPARE(list.at(2).mid(7, 2), (QStringList{QStringLiteral("1"), QStringLiteral("1")}));
        QCOMPARE(list.at(3).mid(7, 2), (QStringList{QStringLiteral("2"), QStringLiteral("0")}));
        QVERIFY(!list.at(3).at(9).isEmpty());
        QCOMPARE(sop({QStringLiteral("disable"), QStringLiteral("2")}).exitCode, 0);
        // JSON: what it notified as data (nothing new in a second run).
        r = sop({QStringLiteral("run"), QStringLiteral("--as-of"), QStringLiteral("2026-06-03T10:30"), QStringLiteral("--format"),
                 QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QJsonDocument::fromJson(r.out).object().value(QLatin1String("notified")).isArray());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("notified")).toArray().size(), 0);
        // --file also takes a bare definition, named after the file (added disabled).
        const QString single = m_dir.filePath(QStringLiteral("nudge.json"));
        QFile g(single);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(R"({"trigger": {"kind": "no_activity", "days": 30}, "actions": [{"kind": "notify", "text": "x"}]})");
        g.close();
        r = sop({QStringLiteral("add"), QStringLiteral("--file"), single});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.outText().contains(QStringLiteral("4")));
        r = sop({QStringLiteral("run"), QStringLiteral("--as-of"), QStringLiteral("2026-06-03T11:00")});
        QCOMPARE(r.exitCode, 0);
    }

    void exportImport()
    {
        const QString file = m_dir.filePath(QStringLiteral("export.json"));
        CliRun r = sop({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("-o"), file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = sop({QStringLiteral("import"), file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.outText().contains(QStringLiteral("5, 6")));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray json = f.readAll();
        f.close();
        QVERIFY(json.contains("\"patron_sop\": 1"));
        json.replace("\"kind\": \"notify\"", "\"kind\": \"fax\"");
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(json);
        b.close();
        r = sop({QStringLiteral("import"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errLine().contains(QStringLiteral("fax")), r.err.constData());
        QCOMPARE(Test::parseCsv(sop({QStringLiteral("list")}).out).size(), 7); // header + 6: nothing added
    }

    void badOptions()
    {
        QCOMPARE(sop({}).exitCode, 2);
        QCOMPARE(sop({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(sop({QStringLiteral("run"), QStringLiteral("--as-of"), QStringLiteral("tomorrow")}).exitCode, 2);
        QCOMPARE(sop({QStringLiteral("run"), QStringLiteral("--rule"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(sop({QStringLiteral("run"), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
        QCOMPARE(sop({QStringLiteral("add")}).exitCode, 2);
        QCOMPARE(sop({QStringLiteral("enable")}).exitCode, 2);
        QCOMPARE(sop({QStringLiteral("export")}).exitCode, 2);
        QCOMPARE(sop({QStringLiteral("journal"), QStringLiteral("--format"), QStringLiteral("xlsx")}).exitCode, 2);
        CliRun r = sop({QStringLiteral("add"), QStringLiteral("--template"), QStringLiteral("nope")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.errLine().contains(QStringLiteral("nope")));
        QCOMPARE(sop({QStringLiteral("enable"), QStringLiteral("999")}).exitCode, 1);
        QCOMPARE(sop({QStringLiteral("run"), QStringLiteral("--rule"), QStringLiteral("999")}).exitCode, 1);
        QCOMPARE(sop({QStringLiteral("--help")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliSop)
#include "tst_clisop.moc"
