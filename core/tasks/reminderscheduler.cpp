#include "reminderscheduler.h"

#include "services/recordstore.h"
#include "storage/database.h"
#include "util/values.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

namespace Patron {

namespace {

Q_LOGGING_CATEGORY(lcReminders, "patron.reminders")

// The reminder timer is armed at most this far ahead: the periodic check re-arms it anyway,
// and a shorter interval keeps a wrong wall clock (suspend, time-zone change) harmless.
constexpr qint64 kMaxArmMs = 3600 * 1000;

} // namespace

ReminderScheduler::ReminderScheduler(TaskService &tasks, RecordStore &store, QObject *parent)
    : QObject(parent)
    , m_tasks(tasks)
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_timer(new QTimer(this))
    , m_debounce(new QTimer(this))
    , m_periodic(new QTimer(this))
{
    setObjectName(QStringLiteral("reminderScheduler"));
    m_timer->setSingleShot(true);
    // Precise: a coarse timer may fire up to 5% early, a minute on a long interval.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &ReminderScheduler::check);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &ReminderScheduler::check);
    m_periodic->setInterval(60 * 1000);
    connect(m_periodic, &QTimer::timeout, this, &ReminderScheduler::check);
    connect(&store, &RecordStore::changed, this, &ReminderScheduler::onStoreChanged);
}

ReminderScheduler::~ReminderScheduler() = default;

void ReminderScheduler::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); });
}

QDateTime ReminderScheduler::now() const
{
    return m_clock();
}

void ReminderScheduler::setDebounceInterval(int ms)
{
    m_debounce->setInterval(std::max(0, ms));
}

void ReminderScheduler::setPeriodicInterval(int ms)
{
    m_periodic->setInterval(std::max(1000, ms));
}

void ReminderScheduler::start()
{
    // Stored times have whole seconds: a reminder at the very second of start-up is not missed.
    const QDateTime t = now();
    m_startedAt = t.addMSecs(-t.time().msec());
    m_started = true;
    m_periodic->start();
    check();
}

bool ReminderScheduler::isMissed(const TaskInfo &task, const QDateTime &startedAt)
{
    const QDateTime at = Values::parseStoredDateTime(task.remindAt);
    return at.isValid() && startedAt.isValid() && at < startedAt;
}

bool ReminderScheduler::isMissed(const TaskInfo &task) const
{
    return isMissed(task, m_startedAt);
}

bool ReminderScheduler::inAudience(const TaskInfo &task) const
{
    // Unassigned tasks concern everyone.
    return !m_audience || task.assigneeId == 0 || task.assigneeId == *m_audience;
}

QDateTime ReminderScheduler::remindTime(const TaskInfo &task) const
{
    const QDateTime at = Values::parseStoredDateTime(task.remindAt);
    if (!at.isValid() && !m_badLogged.contains(task.id)) {
        m_badLogged.insert(task.id);
        qCWarning(lcReminders, "task %lld: remind_at \"%s\" is not a date and time; its reminder is skipped",
                  task.id, qPrintable(task.remindAt));
    }
    return at;
}

Result<QList<TaskInfo>> ReminderScheduler::dueNow() const
{
    const QDateTime t = now();
    auto due = m_tasks.dueReminders(t);
    if (!due)
        return due.error();
    QList<TaskInfo> out;
    for (const TaskInfo &task : due.value()) {
        if (task.status != QLatin1String("open") || !task.remindedAt.isEmpty() || !inAudience(task))
            continue;
        const QDateTime at = remindTime(task);
        if (!at.isValid() || at > t)
            continue;
        out << task;
    }
    return out;
}

void ReminderScheduler::check()
{
    if (!m_started)
        return;
    const QDateTime t = now();
    auto due = dueNow();
    if (!due) {
        emit failed(due.error().message);
        arm(t);
        return;
    }
    QList<TaskInfo> fresh;
    QString signature;
    for (const TaskInfo &task : due.value()) {
        signature += QStringLiteral("%1:%2:%3;").arg(task.id).arg(task.version).arg(task.remindAt);
        auto it = m_shown.constFind(task.id);
        // Shown before for this very remind_at: not again (a snooze moves remind_at).
        if (it != m_shown.constEnd() && it.value() == task.remindAt)
            continue;
        m_shown.insert(task.id, task.remindAt);
        fresh << task;
    }
    arm(t);
    if (signature != m_dueSignature || !fresh.isEmpty()) {
        m_dueSignature = signature;
        emit dueChanged();
    }
    if (!fresh.isEmpty())
        emit remindersDue(fresh);
}

void ReminderScheduler::arm(const QDateTime &t)
{
    m_timer->stop();
    m_armedFor = QDateTime();
    auto next = m_tasks.nextReminder(t);
    if (!next) {
        // The periodic check tries again.
        qCWarning(lcReminders, "next reminder: %s", qPrintable(next.error().message));
        return;
    }
    if (!next.value() || !next.value()->isValid())
        return;
    const QDateTime at = *next.value();
    if (at <= t)
        return; // a "next" that is not ahead (an odd row): leave it to the periodic check
    const qint64 ms = std::clamp<qint64>(t.msecsTo(at), 0, kMaxArmMs);
    m_armedFor = at;
    m_timer->start(int(ms));
}

void ReminderScheduler::onStoreChanged(Entity entity, qint64, qint64)
{
    if (m_started && entity == Entity::Task)
        m_debounce->start();
}

std::optional<qint64> ReminderScheduler::currentUser(Database &database)
{
    const ConnectionSettings &settings = database.settings();
    QString login = settings.backend == Backend::PostgreSQL ? settings.user : QString();
    if (login.isEmpty())
        login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (login.isEmpty())
        return std::nullopt;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT id FROM users WHERE username = ? AND active = 1 ORDER BY id"));
    q.addBindValue(login);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

} // namespace Patron
