// TaskService: buckets at a fixed now, assignee and customer filters, complete with a
// follow-up in one transaction (and its rollback), snooze, reminders (including missed
// ones), version conflicts, and the iCalendar output. Runs on SQLite and PostgreSQL.

#include "services/recordstore.h"
#include "services/tagservice.h"
#include "storage/database.h"
#include "tasks/taskservice.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <cstdlib>
#include <ctime>

using namespace Patron;

namespace {

const QDateTime kNow(QDate(2026, 5, 20), QTime(10, 0));

qint64 countRows(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool execSql(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

QStringList titles(const QList<TaskInfo> &tasks)
{
    QStringList out;
    for (const TaskInfo &t : tasks)
        out << t.title;
    return out;
}

} // namespace

class TestTasks : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestDatabase> m_tdb;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_customer = 0, m_wang = 0, m_li = 0;

    qint64 addTask(const QString &title, const QString &due, qint64 assignee = 0, const QString &remind = {})
    {
        TaskInfo t;
        t.title = title;
        t.dueAt = due;
        t.remindAt = remind;
        t.assigneeId = assignee;
        t.customerId = m_customer;
        auto id = m_ws->tasks().create(t);
        if (!id)
            qWarning("%s", qPrintable(id.error().message));
        return id.valueOr(0);
    }

    int version(qint64 id) { return m_ws->tasks().task(id).value().version; }

private slots:
    void initTestCase() { PATRON_REQUIRE_BACKEND(); }

    void init()
    {
        m_tdb = std::make_unique<Test::TestDatabase>();
        m_ws = m_tdb->open();
        QVERIFY(m_ws);
        m_wang = m_ws->users().ensureUser(QStringLiteral("wang"), QStringLiteral("王芳")).value();
        m_li = m_ws->users().ensureUser(QStringLiteral("li"), QStringLiteral("李娜")).value();
        auto c = m_ws->store().insert(Entity::Customer, {{QStringLiteral("name"), QStringLiteral("上海恒瑞贸易有限公司")},
                                                          {QStringLiteral("code"), QStringLiteral("C001")}});
        QVERIFY(c);
        m_customer = c.value();
    }

    void cleanup()
    {
        m_ws.reset();
        m_tdb.reset();
    }

    void bucketsAtAFixedNow()
    {
        addTask(QStringLiteral("yesterday"), QStringLiteral("2026-05-19T17:00:00"), m_wang);
        addTask(QStringLiteral("this morning"), QStringLiteral("2026-05-20T08:00:00"), m_wang); // past, but today
        addTask(QStringLiteral("tonight"), QStringLiteral("2026-05-20T23:59:59"), m_li);
        addTask(QStringLiteral("tomorrow"), QStringLiteral("2026-05-21T00:00:00"), m_li);
        addTask(QStringLiteral("someday"), QString());
        const qint64 done = addTask(QStringLiteral("finished"), QStringLiteral("2026-05-18T09:00:00"), m_wang);
        QVERIFY(m_ws->tasks().complete(done, 1));

        auto list = [&](TaskFilter::Bucket b, std::optional<qint64> assignee = {}) {
            TaskFilter f;
            f.bucket = b;
            f.now = kNow;
            f.assigneeId = assignee;
            return titles(m_ws->tasks().tasks(f).value());
        };
        QCOMPARE(list(TaskFilter::Bucket::Today), (QStringList{QStringLiteral("this morning"), QStringLiteral("tonight")}));
        QCOMPARE(list(TaskFilter::Bucket::Overdue), QStringList{QStringLiteral("yesterday")});
        QCOMPARE(list(TaskFilter::Bucket::Upcoming), (QStringList{QStringLiteral("tomorrow"), QStringLiteral("someday")}));
        QCOMPARE(list(TaskFilter::Bucket::Done), QStringList{QStringLiteral("finished")});
        QCOMPARE(list(TaskFilter::Bucket::All).size(), 6);

        // By assignee, and "unassigned" as 0.
        QCOMPARE(list(TaskFilter::Bucket::Today, m_li), QStringList{QStringLiteral("tonight")});
        QCOMPARE(list(TaskFilter::Bucket::All, m_wang).size(), 3);
        QCOMPARE(list(TaskFilter::Bucket::All, 0), QStringList{QStringLiteral("someday")});

        auto counts = m_ws->tasks().bucketCounts({}, kNow);
        QVERIFY2(counts, qPrintable(counts.error().message));
        QCOMPARE(counts.value(), (QList<qint64>{2, 1, 2, 1}));
        QCOMPARE(m_ws->tasks().bucketCounts(m_wang, kNow).value(), (QList<qint64>{1, 1, 0, 1}));

        // Calendar range: inclusive days.
        TaskFilter range;
        range.dueFrom = QStringLiteral("2026-05-20");
        range.dueTo = QStringLiteral("2026-05-20");
        QCOMPARE(titles(m_ws->tasks().tasks(range).value()), (QStringList{QStringLiteral("this morning"), QStringLiteral("tonight")}));
        TaskFilter byCustomer;
        byCustomer.customerId = m_customer + 1000;
        QVERIFY(m_ws->tasks().tasks(byCustomer).value().isEmpty());
    }

    void readsJoinNamesAndPlaybook()
    {
        const qint64 id = addTask(QStringLiteral("manual"), QStringLiteral("2026-05-21T09:00:00"), m_wang);
        auto t = m_ws->tasks().task(id);
        QVERIFY(t);
        QCOMPARE(t->customerCode, QStringLiteral("C001"));
        QCOMPARE(t->customerName, QStringLiteral("上海恒瑞贸易有限公司"));
        QCOMPARE(t->assigneeName, QStringLiteral("王芳"));
        QCOMPARE(t->assigneeUsername, QStringLiteral("wang"));
        QCOMPARE(t->status, QStringLiteral("open"));
        QCOMPARE(t->priority, QStringLiteral("normal"));
        QCOMPARE(t->ruleId, 0);
        QVERIFY(t->playbook.isEmpty());
        QCOMPARE(t->step, 0);

        // Tasks made by the SOP engine come by SQL with rule_id and step.
        QVERIFY(execSql(m_ws->database(),
                        QStringLiteral("INSERT INTO sop_rules (kind, name, template, definition, created_at, updated_at) "
                                       "VALUES ('playbook', 'Win back', 'win-back', '{}', '2026-05-01T00:00:00', '2026-05-01T00:00:00')")));
        QVERIFY(execSql(m_ws->database(),
                        QStringLiteral("INSERT INTO sop_rules (kind, name, template, definition, created_at, updated_at) "
                                       "VALUES ('rule', 'Mine', '', '{}', '2026-05-01T00:00:00', '2026-05-01T00:00:00')")));
        const qint64 tpl = countRows(m_ws->database(), QStringLiteral("SELECT id FROM sop_rules WHERE name = 'Win back'"));
        const qint64 own = countRows(m_ws->database(), QStringLiteral("SELECT id FROM sop_rules WHERE name = 'Mine'"));
        QVERIFY(execSql(m_ws->database(), QStringLiteral("INSERT INTO tasks (customer_id, title, status, priority, rule_id, step, "
                                                         "created_at, updated_at) VALUES (%1, 'sop', 'open', 'high', %2, 2, "
                                                         "'2026-05-01T00:00:00', '2026-05-01T00:00:00')")
                                              .arg(m_customer)
                                              .arg(tpl)));
        QVERIFY(execSql(m_ws->database(), QStringLiteral("INSERT INTO tasks (title, status, priority, rule_id, "
                                                         "created_at, updated_at) VALUES ('own', 'open', 'low', %1, "
                                                         "'2026-05-01T00:00:00', '2026-05-01T00:00:00')")
                                              .arg(own)));
        TaskFilter f;
        const QList<TaskInfo> all = m_ws->tasks().tasks(f).value();
        QCOMPARE(all.size(), 3);
        for (const TaskInfo &x : all) {
            if (x.title == QLatin1String("sop")) {
                QCOMPARE(x.playbook, QStringLiteral("win-back"));
                QCOMPARE(x.step, 2);
                QCOMPARE(x.ruleId, tpl);
            } else if (x.title == QLatin1String("own")) {
                QCOMPARE(x.playbook, QString::number(own));
                QCOMPARE(x.step, 0);
                QCOMPARE(x.customerId, 0);
            }
        }
    }

    void createValidates()
    {
        TaskInfo t;
        t.title = QStringLiteral("  ");
        QCOMPARE(m_ws->tasks().create(t).error().code, Error::Invalid);
        t.title = QStringLiteral("x");
        t.priority = QStringLiteral("urgent");
        QCOMPARE(m_ws->tasks().create(t).error().code, Error::Invalid);
        t.priority = QStringLiteral("high");
        t.dueAt = QStringLiteral("tomorrow-ish");
        QCOMPARE(m_ws->tasks().create(t).error().code, Error::Invalid);
        QCOMPARE(countRows(m_ws->database(), QStringLiteral("SELECT COUNT(*) FROM tasks")), 0);
    }

    void completeWithFollowUpInOneTransaction()
    {
        const qint64 id = addTask(QStringLiteral("回访"), QStringLiteral("2026-05-20T09:00:00"), m_wang);
        QSignalSpy spy(&m_ws->store(), &RecordStore::changed);
        auto activity = m_ws->tasks().complete(id, 1, QStringLiteral("call"), QStringLiteral("客户同意续约"));
        QVERIFY2(activity, qPrintable(activity.error().message));
        QVERIFY(activity.value() > 0);
        auto t = m_ws->tasks().task(id).value();
        QCOMPARE(t.status, QStringLiteral("done"));
        QVERIFY(!t.completedAt.isEmpty());
        QCOMPARE(t.version, 2);
        auto a = m_ws->store().get(Entity::Activity, activity.value());
        QVERIFY(a);
        QCOMPARE(a->value(QStringLiteral("kind")).toString(), QStringLiteral("call"));
        QCOMPARE(a->value(QStringLiteral("body")).toString(), QStringLiteral("客户同意续约"));
        QCOMPARE(a->value(QStringLiteral("subject")).toString(), QStringLiteral("回访"));
        QCOMPARE(a->value(QStringLiteral("customer_id")).toLongLong(), m_customer);
        QCOMPARE(a->value(QStringLiteral("user_id")).toLongLong(), m_wang);
        QCOMPARE(spy.size(), 2); // the task and the activity
        QVERIFY(countRows(m_ws->database(),
                          QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'task' AND field = 'status'")) == 1);
        QVERIFY(countRows(m_ws->database(),
                          QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'activity' AND action = 'create'")) == 1);

        // Twice is refused; reopen is its undo.
        QCOMPARE(m_ws->tasks().complete(id, 2).error().code, Error::Invalid);
        QVERIFY(m_ws->tasks().reopen(id, 2));
        t = m_ws->tasks().task(id).value();
        QCOMPARE(t.status, QStringLiteral("open"));
        QVERIFY(t.completedAt.isEmpty());
        // Without a follow-up: no activity.
        QCOMPARE(m_ws->tasks().complete(id, 3).value(), 0);
    }

    void completeRollsBackWhenTheFollowUpFails()
    {
        const qint64 id = addTask(QStringLiteral("回访"), QStringLiteral("2026-05-20T09:00:00"));
        // A bad kind is refused before anything is written.
        QCOMPARE(m_ws->tasks().complete(id, 1, QStringLiteral("fax"), {}).error().code, Error::Invalid);
        QCOMPARE(m_ws->tasks().task(id)->status, QStringLiteral("open"));

        // The database refuses the activity after the task row was updated: all of it rolls back.
        if (Test::backendUnderTest() == Backend::SQLite) {
            QVERIFY(execSql(m_ws->database(), QStringLiteral("CREATE TRIGGER no_activities BEFORE INSERT ON activities "
                                                             "BEGIN SELECT RAISE(ABORT, 'activities are closed'); END")));
        } else {
            QVERIFY(execSql(m_ws->database(), QStringLiteral("CREATE FUNCTION no_activities() RETURNS trigger LANGUAGE plpgsql AS "
                                                             "$$BEGIN RAISE EXCEPTION 'activities are closed'; END$$")));
            QVERIFY(execSql(m_ws->database(), QStringLiteral("CREATE TRIGGER no_activities BEFORE INSERT ON activities "
                                                             "FOR EACH ROW EXECUTE FUNCTION no_activities()")));
        }
        QSignalSpy spy(&m_ws->store(), &RecordStore::changed);
        auto r = m_ws->tasks().complete(id, 1, QStringLiteral("note"), QStringLiteral("x"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Database);
        const TaskInfo t = m_ws->tasks().task(id).value();
        QCOMPARE(t.status, QStringLiteral("open"));
        QVERIFY(t.completedAt.isEmpty());
        QCOMPARE(t.version, 1);
        QCOMPARE(countRows(m_ws->database(), QStringLiteral("SELECT COUNT(*) FROM activities")), 0);
        QCOMPARE(countRows(m_ws->database(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'task' AND action = 'update'")), 0);
        QCOMPARE(spy.size(), 0);

        // A follow-up needs a customer.
        TaskInfo loose;
        loose.title = QStringLiteral("no customer");
        const qint64 looseId = m_ws->tasks().create(loose).value();
        QCOMPARE(m_ws->tasks().complete(looseId, 1, QStringLiteral("call"), {}).error().code, Error::Invalid);
        QCOMPARE(m_ws->tasks().task(looseId)->status, QStringLiteral("open"));
    }

    void versionConflicts()
    {
        const qint64 id = addTask(QStringLiteral("t"), QStringLiteral("2026-05-20T09:00:00"));
        QVERIFY(m_ws->tasks().reassign(id, 1, m_li));
        QCOMPARE(m_ws->tasks().task(id)->assigneeId, m_li);
        // Everyone with the old version is refused, and nothing changes.
        QCOMPARE(m_ws->tasks().reassign(id, 1, m_wang).error().code, Error::Conflict);
        QCOMPARE(m_ws->tasks().snooze(id, 1, kNow).error().code, Error::Conflict);
        QCOMPARE(m_ws->tasks().complete(id, 1).error().code, Error::Conflict);
        QCOMPARE(m_ws->tasks().reopen(id, 1).error().code, Error::Conflict);
        const TaskInfo t = m_ws->tasks().task(id).value();
        QCOMPARE(t.assigneeId, m_li);
        QCOMPARE(t.status, QStringLiteral("open"));
        QCOMPARE(t.version, 2);
        QCOMPARE(m_ws->tasks().complete(id + 99, 1).error().code, Error::NotFound);
        // Unassign.
        QVERIFY(m_ws->tasks().reassign(id, 2, 0));
        QCOMPARE(m_ws->tasks().task(id)->assigneeId, 0);
    }

    void remindersIncludingMissedOnes()
    {
        // Fell due while the app was closed (yesterday), due now, later today, tomorrow.
        const qint64 missed = addTask(QStringLiteral("missed"), QString(), 0, QStringLiteral("2026-05-19T16:00:00"));
        const qint64 now = addTask(QStringLiteral("now"), QString(), 0, QStringLiteral("2026-05-20T10:00:00"));
        addTask(QStringLiteral("later"), QString(), 0, QStringLiteral("2026-05-20T15:30:00"));
        addTask(QStringLiteral("tomorrow"), QString(), 0, QStringLiteral("2026-05-21T09:00:00"));
        const qint64 doneId = addTask(QStringLiteral("done"), QString(), 0, QStringLiteral("2026-05-19T08:00:00"));
        QVERIFY(m_ws->tasks().complete(doneId, 1));

        QCOMPARE(titles(m_ws->tasks().dueReminders(kNow).value()), (QStringList{QStringLiteral("missed"), QStringLiteral("now")}));
        auto next = m_ws->tasks().nextReminder(kNow);
        QVERIFY(next);
        QVERIFY(next->has_value());
        QCOMPARE(next->value(), QDateTime(QDate(2026, 5, 20), QTime(15, 30)));

        QVERIFY(m_ws->tasks().acknowledgeReminder(missed));
        QVERIFY(!m_ws->tasks().task(missed)->remindedAt.isEmpty());
        QCOMPARE(titles(m_ws->tasks().dueReminders(kNow).value()), QStringList{QStringLiteral("now")});

        // Snooze moves the reminder and clears reminded_at, so it shows again.
        QVERIFY(m_ws->tasks().snooze(missed, version(missed), kNow.addSecs(600)));
        TaskInfo t = m_ws->tasks().task(missed).value();
        QCOMPARE(t.remindAt, QStringLiteral("2026-05-20T10:10:00"));
        QVERIFY(t.remindedAt.isEmpty());
        QCOMPARE(m_ws->tasks().nextReminder(kNow)->value(), QDateTime(QDate(2026, 5, 20), QTime(10, 10)));
        QCOMPARE(titles(m_ws->tasks().dueReminders(kNow.addSecs(600)).value()),
                 (QStringList{QStringLiteral("now"), QStringLiteral("missed")}));
        QCOMPARE(m_ws->tasks().snooze(now, version(now), QDateTime()).error().code, Error::Invalid);

        // Nothing left after the last one.
        QVERIFY(!m_ws->tasks().nextReminder(QDateTime(QDate(2026, 6, 1), QTime(0, 0))).value().has_value());
    }

    void iCalendarGolden()
    {
        TaskInfo a;
        a.id = 7;
        a.title = QStringLiteral("Call back; bring price list, v2\\final");
        a.notes = QStringLiteral("line one\nline two");
        a.customerId = 3;
        a.customerName = QStringLiteral("Hengrui");
        a.customerCode = QStringLiteral("C001");
        a.dueAt = QStringLiteral("2026-05-21T09:30:00");
        a.remindAt = QStringLiteral("2026-05-21T09:00:00");
        a.status = QStringLiteral("open");
        a.priority = QStringLiteral("high");
        TaskInfo b;
        b.id = 8;
        // 30 Chinese characters: 90 octets, folded inside, never inside a character.
        b.title = QStringLiteral("一对一维护上海恒瑞贸易有限公司一对一维护上海恒瑞贸易有限公司");
        b.status = QStringLiteral("done");
        b.priority = QStringLiteral("low");
        b.completedAt = QStringLiteral("2026-05-20T08:15:00");
        TaskInfo c;
        c.id = 9;
        c.title = QStringLiteral("x");
        c.status = QStringLiteral("cancelled");
        c.priority = QStringLiteral("normal");

        const QByteArray ics = TaskService::toICalendar({a, b, c}, QDateTime(QDate(2026, 5, 20), QTime(2, 0), Qt::UTC));
        // TZ is CST-8 (see main): local 09:00 is 01:00 UTC.
        const QByteArray expected =
            "BEGIN:VCALENDAR\r\n"
            "VERSION:2.0\r\n"
            "PRODID:-//Patron//Patron CRM//EN\r\n"
            "CALSCALE:GREGORIAN\r\n"
            "BEGIN:VTODO\r\n"
            "UID:task-7@patron\r\n"
            "DTSTAMP:20260520T020000Z\r\n"
            "SUMMARY:Call back\\; bring price list\\, v2\\\\final\r\n"
            "DESCRIPTION:Customer: Hengrui (C001)\\nline one\\nline two\r\n"
            "DUE:20260521T093000\r\n"
            "PRIORITY:1\r\n"
            "STATUS:NEEDS-ACTION\r\n"
            "BEGIN:VALARM\r\n"
            "ACTION:DISPLAY\r\n"
            "DESCRIPTION:Call back\\; bring price list\\, v2\\\\final\r\n"
            "TRIGGER;VALUE=DATE-TIME:20260521T010000Z\r\n"
            "END:VALARM\r\n"
            "END:VTODO\r\n"
            "BEGIN:VTODO\r\n"
            "UID:task-8@patron\r\n"
            "DTSTAMP:20260520T020000Z\r\n"
            // "SUMMARY:" is 8 octets, then 22 characters (66 octets) = 74 fit, the 23rd would not.
            "SUMMARY:\xe4\xb8\x80\xe5\xaf\xb9\xe4\xb8\x80\xe7\xbb\xb4\xe6\x8a\xa4\xe4\xb8\x8a\xe6\xb5\xb7\xe6\x81\x92\xe7\x91\x9e"
            "\xe8\xb4\xb8\xe6\x98\x93\xe6\x9c\x89\xe9\x99\x90\xe5\x85\xac\xe5\x8f\xb8\xe4\xb8\x80\xe5\xaf\xb9\xe4\xb8\x80\xe7\xbb\xb4"
            "\xe6\x8a\xa4\xe4\xb8\x8a\xe6\xb5\xb7\r\n"
            " \xe6\x81\x92\xe7\x91\x9e\xe8\xb4\xb8\xe6\x98\x93\xe6\x9c\x89\xe9\x99\x90\xe5\x85\xac\xe5\x8f\xb8\r\n"
            "PRIORITY:9\r\n"
            "STATUS:COMPLETED\r\n"
            "COMPLETED:20260520T001500Z\r\n"
            "END:VTODO\r\n"
            "BEGIN:VTODO\r\n"
            "UID:task-9@patron\r\n"
            "DTSTAMP:20260520T020000Z\r\n"
            "SUMMARY:x\r\n"
            "PRIORITY:5\r\n"
            "STATUS:CANCELLED\r\n"
            "END:VTODO\r\n"
            "END:VCALENDAR\r\n";
        if (ics != expected) {
            qWarning("got:\n%s", ics.constData());
        }
        QCOMPARE(ics, expected);

        // Every physical line is at most 75 octets and valid UTF-8; unfolding gives the title back.
        const QList<QByteArray> lines = ics.split('\n');
        for (const QByteArray &l : lines) {
            QVERIFY(l.size() <= 76); // 75 + the CR
            QVERIFY(QString::fromUtf8(l).toUtf8() == l);
        }
        QByteArray unfolded = ics;
        unfolded.replace("\r\n ", "");
        QVERIFY(QString::fromUtf8(unfolded).contains(QStringLiteral("SUMMARY:") + b.title));

        // A long mixed title: folds at exactly 75 octets when ASCII, earlier before a character.
        TaskInfo d;
        d.id = 10;
        d.title = QString(70, QLatin1Char('a')) + QStringLiteral("客户回访客户回访");
        const QByteArray longIcs = TaskService::toICalendar({d}, QDateTime(QDate(2026, 5, 20), QTime(2, 0), Qt::UTC));
        QVERIFY(longIcs.contains(QByteArray("SUMMARY:" + QByteArray(67, 'a') + "\r\n aaa\xe5\xae\xa2")));
    }

    void bucketNames()
    {
        QCOMPARE(TaskService::bucketFromName(QStringLiteral("Overdue")).value(), TaskFilter::Bucket::Overdue);
        QVERIFY(!TaskService::bucketFromName(QStringLiteral("soon")));
    }
};

int main(int argc, char **argv)
{
    // A fixed zone without daylight saving for the UTC parts of the iCalendar output.
    qputenv("TZ", "CST-8");
    tzset();
    QCoreApplication app(argc, argv);
    TestTasks t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_tasks.moc"
