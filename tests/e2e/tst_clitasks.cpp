// `patron tasks …` end to end: the real binary on a database with manual tasks and tasks
// an SOP playbook made (inserted by SQL with rule_id and step, as the engine does).
// Both backends.

#include "clirunner.h"
#include "services/recordstore.h"
#include "services/tagservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "tasks/taskservice.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Patron;
using Patron::Test::CliRun;

class TestCliTasks : public QObject
{
    Q_OBJECT

    Test::CliRunner m_runner;
    std::unique_ptr<Test::TestDatabase> m_db;
    qint64 m_customer = 0, m_manual = 0, m_sop = 0, m_formula = 0;

    CliRun cli(QStringList args) const
    {
        return m_runner.run(QStringList{QStringLiteral("--database"), Test::CliRunner::target(*m_db)} + args);
    }

    TaskInfo readTask(qint64 id) const
    {
        auto ws = m_db->open();
        return ws->tasks().task(id).valueOr(TaskInfo());
    }

    static bool exec(Workspace &ws, const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(ws.database().connection());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec()) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        PATRON_REQUIRE_BACKEND();
        QVERIFY2(QFile::exists(QStringLiteral(PATRON_BINARY)), PATRON_BINARY);
    }

    void init()
    {
        m_db = std::make_unique<Test::TestDatabase>();
        auto ws = m_db->open();
        QVERIFY(ws);
        const qint64 wang = ws->users().ensureUser(QStringLiteral("wang"), QStringLiteral("王芳")).value();
        ws->users().ensureUser(QStringLiteral("li"), QStringLiteral("李娜")).value();
        m_customer = ws->store()
                         .insert(Entity::Customer, {{QStringLiteral("name"), QStringLiteral("上海恒瑞贸易有限公司")},
                                                    {QStringLiteral("code"), QStringLiteral("C001")}})
                         .value();
        TaskInfo t;
        t.title = QStringLiteral("回访报价");
        t.customerId = m_customer;
        t.assigneeId = wang;
        t.dueAt = QStringLiteral("2026-05-19T09:00:00");
        t.remindAt = QStringLiteral("2026-05-19T08:30:00");
        t.priority = QStringLiteral("high");
        m_manual = ws->tasks().create(t).value();
        TaskInfo f;
        f.title = QStringLiteral("=HYPERLINK(\"http://x\")");
        f.dueAt = QStringLiteral("2026-05-22T09:00:00");
        m_formula = ws->tasks().create(f).value();

        QVERIFY(exec(*ws, QStringLiteral("INSERT INTO sop_rules (kind, name, template, definition, created_at, updated_at) "
                                         "VALUES ('playbook', '流失挽回', 'win-back', '{}', ?, ?)"),
                     {QStringLiteral("2026-05-01T00:00:00"), QStringLiteral("2026-05-01T00:00:00")}));
        QSqlQuery q(ws->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM sop_rules")) && q.next());
        const qint64 rule = q.value(0).toLongLong();
        q.finish();
        QVERIFY(exec(*ws, QStringLiteral("INSERT INTO tasks (customer_id, title, status, priority, assignee_id, due_at, rule_id, step, "
                                         "created_at, updated_at) VALUES (?, ?, 'open', 'high', ?, ?, ?, 2, ?, ?)"),
                     {m_customer, QStringLiteral("升级跟进:上海恒瑞贸易有限公司"), wang, QStringLiteral("2026-05-20T17:00:00"), rule,
                      QStringLiteral("2026-05-01T00:00:00"), QStringLiteral("2026-05-01T00:00:00")}));
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM tasks WHERE rule_id IS NOT NULL")) && q.next());
        m_sop = q.value(0).toLongLong();
    }

    void cleanup() { m_db.reset(); }

    void listCsvHasTheHeaderAndSopSteps()
    {
        const CliRun r = cli({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.startsWith("id,customer_id,customer_code,title,assignee,due_at,remind_at,status,priority,playbook,step\r\n"));
        const QList<QStringList> rows = Test::parseCsv(r.out);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(1), (QStringList{QString::number(m_manual), QString::number(m_customer), QStringLiteral("C001"),
                                          QStringLiteral("回访报价"), QStringLiteral("wang"), QStringLiteral("2026-05-19T09:00:00"),
                                          QStringLiteral("2026-05-19T08:30:00"), QStringLiteral("open"), QStringLiteral("high"),
                                          QString(), QString()}));
        QCOMPARE(rows.at(2), (QStringList{QString::number(m_sop), QString::number(m_customer), QStringLiteral("C001"),
                                          QStringLiteral("升级跟进:上海恒瑞贸易有限公司"), QStringLiteral("wang"),
                                          QStringLiteral("2026-05-20T17:00:00"), QString(), QStringLiteral("open"),
                                          QStringLiteral("high"), QStringLiteral("win-back"), QStringLiteral("2")}));
        // Formula-neutralised, no customer.
        QCOMPARE(rows.at(3).value(1), QString());
        QCOMPARE(rows.at(3).value(3), QStringLiteral("'=HYPERLINK(\"http://x\")"));

        // Buckets at a given now, assignee filter, JSON.
        const CliRun overdue = cli({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--bucket"), QStringLiteral("overdue"),
                                    QStringLiteral("--now"), QStringLiteral("2026-05-20T10:00"), QStringLiteral("--format"),
                                    QStringLiteral("json")});
        QVERIFY2(overdue.exitCode == 0, overdue.err.constData());
        const QJsonArray arr = QJsonDocument::fromJson(overdue.out).array();
        QCOMPARE(arr.size(), 1);
        QCOMPARE(arr.at(0).toObject().value(QStringLiteral("id")).toInteger(), m_manual);
        QVERIFY(arr.at(0).toObject().value(QStringLiteral("step")).isNull());
        const CliRun today = cli({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--bucket"), QStringLiteral("today"),
                                  QStringLiteral("--now"), QStringLiteral("2026-05-20T10:00"), QStringLiteral("--assignee"),
                                  QStringLiteral("wang"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(today.exitCode == 0, today.err.constData());
        const QList<QStringList> todayRows = Test::parseCsv(today.out);
        QCOMPARE(todayRows.size(), 2);
        QCOMPARE(todayRows.at(1).value(0), QString::number(m_sop));
        const CliRun li = cli({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--assignee"), QStringLiteral("li"),
                               QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(Test::parseCsv(li.out).size(), 1);
        const CliRun text = cli({QStringLiteral("tasks"), QStringLiteral("list")});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY(text.outText().contains(QStringLiteral("win-back #2")));

        QCOMPARE(cli({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--bucket"), QStringLiteral("soon")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--assignee"), QStringLiteral("nobody")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("tasks"), QStringLiteral("fly")}).exitCode, 2);
    }

    void doneLogsAFollowUp()
    {
        const CliRun r = cli({QStringLiteral("tasks"), QStringLiteral("done"), QString::number(m_manual), QStringLiteral("--log"),
                              QStringLiteral("call"), QStringLiteral("--text"), QStringLiteral("客户同意下周签约")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readTask(m_manual).status, QStringLiteral("done"));
        {
            auto ws = m_db->open();
            QSqlQuery q(ws->database().connection());
            QVERIFY(q.exec(QStringLiteral("SELECT kind, body, customer_id FROM activities")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("call"));
            QCOMPARE(q.value(1).toString(), QStringLiteral("客户同意下周签约"));
            QCOMPARE(q.value(2).toLongLong(), m_customer);
            QVERIFY(!q.next());
        }
        // Again: refused, nothing more logged. Bad kind: usage error.
        QCOMPARE(cli({QStringLiteral("tasks"), QStringLiteral("done"), QString::number(m_manual)}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("tasks"), QStringLiteral("done"), QString::number(m_sop), QStringLiteral("--log"),
                      QStringLiteral("fax")})
                     .exitCode,
                 2);
        QCOMPARE(readTask(m_sop).status, QStringLiteral("open"));
        // A task without a customer cannot log a follow-up, and stays open.
        QCOMPARE(cli({QStringLiteral("tasks"), QStringLiteral("done"), QString::number(m_formula), QStringLiteral("--log"),
                      QStringLiteral("note")})
                     .exitCode,
                 1);
        QCOMPARE(readTask(m_formula).status, QStringLiteral("open"));
        QVERIFY(cli({QStringLiteral("tasks"), QStringLiteral("done"), QString::number(m_formula)}).exitCode == 0);
        QCOMPARE(readTask(m_formula).status, QStringLiteral("done"));
    }

    void snoozeAndReassign()
    {
        {
            auto ws = m_db->open();
            QVERIFY(ws->tasks().acknowledgeReminder(m_manual));
        }
        QVERIFY(!readTask(m_manual).remindedAt.isEmpty());
        CliRun r = cli({QStringLiteral("tasks"), QStringLiteral("snooze"), QString::number(m_manual), QStringLiteral("--for"),
                        QStringLiteral("1h"), QStringLiteral("--now"), QStringLiteral("2026-05-20T10:05")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        TaskInfo t = readTask(m_manual);
        QCOMPARE(t.remindAt, QStringLiteral("2026-05-20T11:05:00"));
        QVERIFY(t.remindedAt.isEmpty());
        r = cli({QStringLiteral("tasks"), QStringLiteral("snooze"), QString::number(m_manual), QStringLiteral("--for"),
                 QStringLiteral("tomorrow"), QStringLiteral("--now"), QStringLiteral("2026-05-20T10:05")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readTask(m_manual).remindAt, QStringLiteral("2026-05-21T09:00:00"));
        r = cli({QStringLiteral("tasks"), QStringLiteral("snooze"), QString::number(m_manual), QStringLiteral("--until"),
                 QStringLiteral("2026-06-01T14:30")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readTask(m_manual).remindAt, QStringLiteral("2026-06-01T14:30:00"));
        QCOMPARE(cli({QStringLiteral("tasks"), QStringLiteral("snooze"), QString::number(m_manual)}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("tasks"), QStringLiteral("snooze"), QString::number(m_manual), QStringLiteral("--for"),
                      QStringLiteral("later")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("tasks"), QStringLiteral("snooze"), QStringLiteral("999999"), QStringLiteral("--for"),
                      QStringLiteral("10m")})
                     .exitCode,
                 1);

        r = cli({QStringLiteral("tasks"), QStringLiteral("reassign"), QString::number(m_manual), QStringLiteral("li")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readTask(m_manual).assigneeUsername, QStringLiteral("li"));
        r = cli({QStringLiteral("tasks"), QStringLiteral("reassign"), QString::number(m_manual), QStringLiteral("-")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readTask(m_manual).assigneeId, 0);
        QCOMPARE(cli({QStringLiteral("tasks"), QStringLiteral("reassign"), QString::number(m_manual), QStringLiteral("zhao")}).exitCode, 1);
    }

    void addAndExportIcs()
    {
        CliRun r = cli({QStringLiteral("tasks"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("寄样品"),
                        QStringLiteral("--customer"), QString::number(m_customer), QStringLiteral("--due"),
                        QStringLiteral("2026-05-25T15:00"), QStringLiteral("--remind"), QStringLiteral("2026-05-25 14:30"),
                        QStringLiteral("--assignee"), QStringLiteral("li"), QStringLiteral("--priority"), QStringLiteral("low")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto ws = m_db->open();
        TaskFilter f;
        f.customerId = m_customer;
        QList<TaskInfo> all = ws->tasks().tasks(f).value();
        QCOMPARE(all.size(), 3);
        const TaskInfo added = all.last();
        QCOMPARE(added.title, QStringLiteral("寄样品"));
        QCOMPARE(added.dueAt, QStringLiteral("2026-05-25T15:00:00"));
        QCOMPARE(added.remindAt, QStringLiteral("2026-05-25T14:30:00"));
        QCOMPARE(added.assigneeUsername, QStringLiteral("li"));
        QCOMPARE(added.priority, QStringLiteral("low"));
        QCOMPARE(cli({QStringLiteral("tasks"), QStringLiteral("add")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("tasks"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("x"),
                      QStringLiteral("--priority"), QStringLiteral("urgent")})
                     .exitCode,
                 1);
        QCOMPARE(cli({QStringLiteral("tasks"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("x"),
                      QStringLiteral("--due"), QStringLiteral("soon")})
                     .exitCode,
                 2);

        const QString file = m_runner.home() + QStringLiteral("/tasks.ics");
        r = cli({QStringLiteral("tasks"), QStringLiteral("export-ics"), file, QStringLiteral("--customer"), QString::number(m_customer)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile ics(file);
        QVERIFY(ics.open(QIODevice::ReadOnly));
        const QByteArray bytes = ics.readAll();
        QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(bytes.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(bytes.count("BEGIN:VTODO"), 3);
        QVERIFY(bytes.contains(QByteArray("UID:task-" + QByteArray::number(m_sop) + "@patron\r\n")));
        QVERIFY(bytes.contains("DUE:20260525T150000\r\n"));
        QVERIFY(bytes.contains("PRIORITY:9\r\n"));
        QVERIFY(bytes.contains("BEGIN:VALARM\r\n"));
        QVERIFY(!bytes.contains("HYPERLINK")); // not this customer's
        // To standard output.
        r = cli({QStringLiteral("tasks"), QStringLiteral("export-ics"), QStringLiteral("-"), QStringLiteral("--bucket"),
                 QStringLiteral("done")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.count("BEGIN:VTODO"), 0);
        QVERIFY(r.out.startsWith("BEGIN:VCALENDAR\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliTasks)
#include "tst_clitasks.moc"
