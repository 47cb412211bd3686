// ReminderScheduler over TaskService, with an injected clock: the timer is armed at the next
// reminder and re-armed on changes and snoozes; reminders missed while the app was closed
// come at start-up (flagged missed); none comes twice; acknowledged and done ones never; a
// row with an unparsable remind_at is skipped and logged once; the audience filter; and a
// "restart" (a second scheduler over the same database). Runs on SQLite and PostgreSQL.

#include "services/recordstore.h"
#include "services/tagservice.h"
#include "storage/database.h"
#include "tasks/reminderscheduler.h"
#include "tasks/taskservice.h"
#include "testdatabase.h"
#include "util/values.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

using namespace Patron;

namespace {

QDateTime at(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}

int g_badRowWarnings = 0;
QtMessageHandler g_previousHandler = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "patron.reminders") == 0
        && message.contains(QLatin1String("is not a date and time")))
        ++g_badRowWarnings;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestReminders : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<TaskService> m_tasks;
    QDateTime m_now;
    qint64 m_customer = 0;

    qint64 task(const QString &title, const QString &remindAt, qint64 assignee = 0)
    {
        Record r {{QStringLiteral("title"), title},
                  {QStringLiteral("customer_id"), m_customer},
                  {QStringLiteral("status"), QStringLiteral("open")},
                  {QStringLiteral("priority"), QStringLiteral("normal")},
                  {QStringLiteral("due_at"), QStringLiteral("2026-12-03T18:00:00")},
                  {QStringLiteral("remind_at"), remindAt}};
        if (assignee)
            r.insert(QStringLiteral("assignee_id"), assignee);
        auto id = m_ws->store().insert(Entity::Task, r);
        if (!id)
            qWarning("insert task: %s", qPrintable(id.error().message));
        return id.valueOr(0);
    }

    std::unique_ptr<ReminderScheduler> scheduler(QList<QList<TaskInfo>> *received)
    {
        auto s = std::make_unique<ReminderScheduler>(*m_tasks, m_ws->store());
        s->setClock([this] { return m_now; });
        s->setDebounceInterval(0);
        connect(s.get(), &ReminderScheduler::remindersDue, this,
                [received](const QList<TaskInfo> &list) { received->append(list); });
        return s;
    }

    static QList<qint64> ids(const QList<TaskInfo> &list)
    {
        QList<qint64> out;
        for (const TaskInfo &t : list)
            out << t.id;
        return out;
    }

    int version(qint64 id) const { return m_tasks->task(id).value().version; }

private slots:
    void initTestCase() { PATRON_REQUIRE_BACKEND(); }

    void init()
    {
        m_db = std::make_unique<Test::TestDatabase>();
        m_ws = m_db->open();
        QVERIFY(m_ws);
        m_tasks = std::make_unique<TaskService>(m_ws->store());
        m_customer = m_ws->store().insert(Entity::Customer, Record {{QStringLiteral("name"), QStringLiteral("甲公司")}}).valueOr(0);
        QVERIFY(m_customer > 0);
        m_now = at("2026-12-02T09:00:00");
    }

    void cleanup()
    {
        m_tasks.reset();
        m_ws.reset();
        m_db.reset();
    }

    void armsTheTimerAtTheNextReminder()
    {
        const qint64 a = task(QStringLiteral("回访"), QStringLiteral("2026-12-02T10:00:00"));
        const qint64 b = task(QStringLiteral("报价"), QStringLiteral("2026-12-02T11:30:00"));
        QList<QList<TaskInfo>> received;
        auto s = scheduler(&received);
        s->start();
        QVERIFY(received.isEmpty());
        QCOMPARE(s->armedFor(), at("2026-12-02T10:00:00"));

        m_now = at("2026-12-02T09:59:59");
        s->check();
        QVERIFY(received.isEmpty());
        m_now = at("2026-12-02T10:00:00");
        s->check(); // what the timer does when it fires
        QCOMPARE(received.size(), 1);
        QCOMPARE(ids(received.first()), QList<qint64> {a});
        QVERIFY(!s->isMissed(received.first().first()));
        QCOMPARE(s->armedFor(), at("2026-12-02T11:30:00"));

        m_now = at("2026-12-02T12:00:00");
        s->check();
        QCOMPARE(received.size(), 2);
        QCOMPARE(ids(received.at(1)), QList<qint64> {b});
        QVERIFY(!s->armedFor().isValid()); // nothing ahead: not armed
    }

    void theTimerFiresOnItsOwn()
    {
        // A clock that runs: the reminder is 300 ms ahead of "now".
        QElapsedTimer elapsed;
        elapsed.start();
        const QDateTime base = at("2026-12-02T09:59:59").addMSecs(700);
        const qint64 a = task(QStringLiteral("回访"), QStringLiteral("2026-12-02T10:00:00"));
        QList<QList<TaskInfo>> received;
        auto s = scheduler(&received);
        s->setClock([&] { return base.addMSecs(elapsed.elapsed()); });
        s->start();
        QVERIFY(received.isEmpty());
        QCOMPARE(s->armedFor(), at("2026-12-02T10:00:00"));
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(ids(received.first()), QList<qint64> {a});
    }

    void rearmsWhenTasksChange()
    {
        const qint64 a = task(QStringLiteral("回访"), QStringLiteral("2026-12-02T10:00:00"));
        QList<QList<TaskInfo>> received;
        auto s = scheduler(&received);
        s->start();
        QCOMPARE(s->armedFor(), at("2026-12-02T10:00:00"));
        // A new, earlier reminder (RecordStore::changed, debounced).
        const qint64 b = task(QStringLiteral("报价"), QStringLiteral("2026-12-02T09:30:00"));
        QTRY_COMPARE(s->armedFor(), at("2026-12-02T09:30:00"));
        // An edit moves a's reminder before b's.
        QVERIFY(m_ws->store().update(Entity::Task, a, version(a),
                                     Record {{QStringLiteral("remind_at"), QStringLiteral("2026-12-02T09:15:00")}}));
        QTRY_COMPARE(s->armedFor(), at("2026-12-02T09:15:00"));
        // Done: no longer armed for it.
        QVERIFY(m_tasks->complete(a, version(a)));
        QTRY_COMPARE(s->armedFor(), at("2026-12-02T09:30:00"));
        QVERIFY(received.isEmpty());
        Q_UNUSED(b);
    }

    void snoozedRemindersComeAgain()
    {
        const qint64 a = task(QStringLiteral("回访"), QStringLiteral("2026-12-02T09:00:00"));
        QList<QList<TaskInfo>> received;
        auto s = scheduler(&received);
        m_now = at("2026-12-02T08:59:00");
        s->start();
        m_now = at("2026-12-02T09:05:00");
        s->check();
        QCOMPARE(received.size(), 1);

        QVERIFY(m_tasks->snooze(a, version(a), at("2026-12-02T09:20:00")));
        QTRY_COMPARE(s->armedFor(), at("2026-12-02T09:20:00"));
        auto due = s->dueNow();
        QVERIFY(due);
        QVERIFY(due->isEmpty()); // not due while snoozed
        m_now = at("2026-12-02T09:19:59");
        s->check();
        QCOMPARE(received.size(), 1);
        m_now = at("2026-12-02T09:20:00");
        s->check();
        QCOMPARE(received.size(), 2);
        QCOMPARE(ids(received.at(1)), QList<qint64> {a});
        QVERIFY(!s->isMissed(received.at(1).first()));
    }

    void missedRemindersComeAtStart()
    {
        const qint64 early = task(QStringLiteral("昨天的回访"), QStringLiteral("2026-12-01T16:00:00"));
        const qint64 morning = task(QStringLiteral("早上的回访"), QStringLiteral("2026-12-02T08:30:00"));
        const qint64 later = task(QStringLiteral("下午的回访"), QStringLiteral("2026-12-02T14:00:00"));
        QList<QList<TaskInfo>> received;
        auto s = scheduler(&received);
        s->start();
        QCOMPARE(received.size(), 1);
        QCOMPARE(ids(received.first()), (QList<qint64> {early, morning})); // oldest first
        for (const TaskInfo &t : received.first())
            QVERIFY(s->isMissed(t));
        QCOMPARE(s->armedFor(), at("2026-12-02T14:00:00"));
        m_now = at("2026-12-02T14:00:00");
        s->check();
        QCOMPARE(received.size(), 2);
        QCOMPARE(ids(received.at(1)), QList<qint64> {later});
        QVERIFY(!s->isMissed(received.at(1).first()));
        // The window lists all three until they are handled.
        QCOMPARE(ids(s->dueNow().value()), (QList<qint64> {early, morning, later}));
    }

    void noReminderIsShownTwice()
    {
        const qint64 a = task(QStringLiteral("回访"), QStringLiteral("2026-12-02T08:00:00"));
        QList<QList<TaskInfo>> received;
        auto s = scheduler(&received);
        s->start();
        QCOMPARE(received.size(), 1);
        for (int i = 0; i < 3; ++i) {
            m_now = m_now.addSecs(60);
            s->check();
        }
        // Other edits of the task (its title) do not bring it back either.
        QVERIFY(m_ws->store().update(Entity::Task, a, version(a),
                                     Record {{QStringLiteral("title"), QStringLiteral("回访(改)")}}));
        QTest::qWait(20);
        s->check();
        QCOMPARE(received.size(), 1);
        QCOMPARE(s->dueNow()->size(), 1); // still due: listed, just not announced again
        QCOMPARE(s->dueNow()->first().title, QStringLiteral("回访(改)"));
    }

    void acknowledgedAndDoneRemindersAreNotShown()
    {
        const qint64 acked = task(QStringLiteral("已确认"), QStringLiteral("2026-12-02T08:00:00"));
        const qint64 done = task(QStringLiteral("已完成"), QStringLiteral("2026-12-02T08:10:00"));
        const qint64 open = task(QStringLiteral("待处理"), QStringLiteral("2026-12-02T08:20:00"));
        const qint64 none = task(QStringLiteral("无提醒"), QString());
        QVERIFY(m_tasks->acknowledgeReminder(acked));
        QVERIFY(m_tasks->complete(done, version(done)));
        QList<QList<TaskInfo>> received;
        auto s = scheduler(&received);
        s->start();
        QCOMPARE(received.size(), 1);
        QCOMPARE(ids(received.first()), QList<qint64> {open});
        QCOMPARE(ids(s->dueNow().value()), QList<qint64> {open});
        // Acknowledged while running: leaves the list, never announced again.
        QVERIFY(m_tasks->acknowledgeReminder(open));
        QVERIFY(s->dueNow()->isEmpty());
        Q_UNUSED(none);
    }

    void aBadRowIsSkippedAndLoggedOnce()
    {
        const qint64 bad = task(QStringLiteral("坏数据"), QStringLiteral("2026-12-02T07:00:00"));
        const qint64 good = task(QStringLiteral("回访"), QStringLiteral("2026-12-02T08:00:00"));
        const qint64 next = task(QStringLiteral("下一个"), QStringLiteral("2026-12-02T10:00:00"));
        {
            // Written past RecordStore's validation, as an old import or another tool might.
            QSqlQuery q(m_ws->database().connection());
            QVERIFY(q.prepare(QStringLiteral("UPDATE tasks SET remind_at = ? WHERE id = ?")));
            q.addBindValue(QStringLiteral("2026-02-31 25:00"));
            q.addBindValue(bad);
            QVERIFY(q.exec());
        }
        g_badRowWarnings = 0;
        g_previousHandler = qInstallMessageHandler(countingHandler);
        QList<QList<TaskInfo>> received;
        auto s = scheduler(&received);
        s->start();
        QCOMPARE(received.size(), 1);
        QCOMPARE(ids(received.first()), QList<qint64> {good});
        QCOMPARE(s->armedFor(), at("2026-12-02T10:00:00"));
        m_now = at("2026-12-02T10:00:00");
        s->check();
        s->check();
        QCOMPARE(received.size(), 2);
        QCOMPARE(ids(received.at(1)), QList<qint64> {next});
        QCOMPARE(ids(s->dueNow().value()), (QList<qint64> {good, next}));
        qInstallMessageHandler(g_previousHandler);
        QCOMPARE(g_badRowWarnings, 1);
    }

    void onlyTheAudiencesReminders()
    {
        UserService &users = m_ws->users();
        const QString login = m_ws->database().settings().backend == Backend::PostgreSQL
                                  ? m_ws->database().settings().user
                                  : QStringLiteral("patron-test-login");
        if (m_ws->database().settings().backend == Backend::SQLite)
            qputenv("USER", login.toUtf8());
        const qint64 me = users.ensureUser(login, QStringLiteral("我")).valueOr(0);
        const qint64 other = users.ensureUser(QStringLiteral("lisi"), QStringLiteral("李四")).valueOr(0);
        QVERIFY(me > 0 && other > 0);
        QCOMPARE(ReminderScheduler::currentUser(m_ws->database()).value_or(-1), me);

        const qint64 mine = task(QStringLiteral("我的"), QStringLiteral("2026-12-02T08:00:00"), me);
        const qint64 theirs = task(QStringLiteral("李四的"), QStringLiteral("2026-12-02T08:10:00"), other);
        const qint64 nobodys = task(QStringLiteral("没分配"), QStringLiteral("2026-12-02T08:20:00"));
        QList<QList<TaskInfo>> received;
        auto s = scheduler(&received);
        s->setAudience(me);
        s->start();
        QCOMPARE(received.size(), 1);
        QCOMPARE(ids(received.first()), (QList<qint64> {mine, nobodys}));
        s->setAudience(std::nullopt); // single-user: everyone's
        QCOMPARE(ids(s->dueNow().value()), (QList<qint64> {mine, theirs, nobodys}));

        // A login that is no Patron user: everyone's reminders.
        QVERIFY(m_ws->store().update(Entity::User, me, 1, Record {{QStringLiteral("username"), QStringLiteral("renamed")}}));
        QVERIFY(!ReminderScheduler::currentUser(m_ws->database()).has_value());
    }

    void missedRemindersSurviveARestart()
    {
        const qint64 a = task(QStringLiteral("回访"), QStringLiteral("2026-12-02T09:00:00"));
        const qint64 b = task(QStringLiteral("报价"), QStringLiteral("2026-12-02T10:00:00"));
        {
            QList<QList<TaskInfo>> received;
            auto first = scheduler(&received);
            first->start();
            QCOMPARE(ids(received.value(0)), QList<qint64> {a});
            QVERIFY(!first->isMissed(received.first().first())); // due at the very start second
            QCOMPARE(first->armedFor(), at("2026-12-02T10:00:00"));
        } // the app is closed; a was seen but neither done nor snoozed, b falls due meanwhile

        // Reopened from the database file (a new workspace, as at the next start).
        m_tasks.reset();
        m_ws.reset();
        m_ws = m_db->open();
        QVERIFY(m_ws);
        m_tasks = std::make_unique<TaskService>(m_ws->store());
        m_now = at("2026-12-02T11:00:00");
        QList<QList<TaskInfo>> received;
        auto second = scheduler(&received);
        second->start();
        QCOMPARE(received.size(), 1);
        QCOMPARE(ids(received.first()), (QList<qint64> {a, b}));
        for (const TaskInfo &t : received.first())
            QVERIFY(second->isMissed(t));
        QCOMPARE(second->startedAt(), at("2026-12-02T11:00:00"));
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
