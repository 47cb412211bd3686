#pragma once

#include "tasks/taskservice.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

class QTimer;

namespace Patron {

class Database;
class RecordStore;
enum class Entity;

/// Fires task reminders (提醒) while the app runs, and at start-up those that fell due while
/// it was closed. One timer is armed at the next reminder (TaskService::nextReminder); it is
/// re-armed when tasks change (debounced) and by a periodic check that also notices clock
/// changes and suspend/resume. remindersDue() carries each due, unacknowledged reminder of
/// the audience once per session; a snoozed one (its remind_at moved) comes again when due.
/// A row whose remind_at cannot be parsed is skipped (and logged once), never fatal.
class ReminderScheduler : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    ReminderScheduler(TaskService &tasks, RecordStore &store, QObject *parent = nullptr);
    ~ReminderScheduler() override;

    /// Injectable time source (tests); default QDateTime::currentDateTime.
    void setClock(Clock clock);
    QDateTime now() const;
    /// Whose reminders fire: one user's (and unassigned tasks), or everyone's (nullopt).
    void setAudience(std::optional<qint64> userId) { m_audience = userId; }
    std::optional<qint64> audience() const { return m_audience; }
    /// Quiet period after task changes before re-arming (default 200 ms).
    void setDebounceInterval(int ms);
    /// Interval of the safety check (default 60 s).
    void setPeriodicInterval(int ms);

    /// Takes the start time (reminders due before it are "missed"), emits the due ones and
    /// arms the timer.
    void start();
    bool isStarted() const { return m_started; }
    QDateTime startedAt() const { return m_startedAt; }

    /// Every due, unacknowledged reminder of the audience now, oldest first (what the
    /// reminder window lists), bad rows left out.
    Result<QList<TaskInfo>> dueNow() const;
    /// True when the reminder fell due before start(): the app was closed then.
    bool isMissed(const TaskInfo &task) const;
    static bool isMissed(const TaskInfo &task, const QDateTime &startedAt);

    /// When the timer will fire next (invalid: not armed).
    QDateTime armedFor() const { return m_armedFor; }

    /// The audience for this database: the user whose login is the PostgreSQL role (team
    /// mode) or the OS login (local mode); nullopt when no user has it (everyone's).
    static std::optional<qint64> currentUser(Database &database);

public slots:
    /// Emits what is newly due and re-arms the timer (the timer and the checks call it).
    void check();

signals:
    /// Reminders that became due (or were found missed) since the last emission; each once
    /// per session unless snoozed.
    void remindersDue(const QList<Patron::TaskInfo> &reminders);
    /// The due list changed (a task fell due, was edited, completed or snoozed).
    void dueChanged();
    /// Reading tasks failed (the database went away…); the periodic check retries.
    void failed(const QString &message);

private:
    void onStoreChanged(Patron::Entity entity, qint64 id, qint64 customerId);
    bool inAudience(const TaskInfo &task) const;
    /// Parses remind_at; logs a bad one once and returns an invalid QDateTime.
    QDateTime remindTime(const TaskInfo &task) const;
    void arm(const QDateTime &now);

    TaskService &m_tasks;
    Clock m_clock;
    std::optional<qint64> m_audience;
    QTimer *m_timer;
    QTimer *m_debounce;
    QTimer *m_periodic;
    QDateTime m_startedAt;
    QDateTime m_armedFor;
    bool m_started = false;
    QString m_dueSignature;               ///< ids, versions and times of the last due list
    QHash<qint64, QString> m_shown;       ///< task id → the remind_at it was shown for
    mutable QSet<qint64> m_badLogged;     ///< tasks whose bad remind_at was logged
};

} // namespace Patron
