#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace Patron {

class RecordStore;

/// One row of tasks (待办), with the names a list or a reminder shows.
struct TaskInfo
{
    qint64 id = 0;
    qint64 customerId = 0;     ///< 0: not about a customer
    QString customerCode, customerName;
    QString title, notes;
    QString dueAt;             ///< "YYYY-MM-DDTHH:MM:SS" local business time, or empty
    QString remindAt;          ///< the same; empty: no reminder
    QString remindedAt;        ///< when the reminder was acknowledged; empty: not yet
    QString status;            ///< open | done | cancelled
    QString priority;          ///< low | normal | high
    qint64 assigneeId = 0;     ///< 0: nobody
    QString assigneeName;      ///< display name
    QString assigneeUsername;  ///< login (the command line and CSV name users by it)
    QString completedAt;
    qint64 ruleId = 0;         ///< the SOP rule or playbook that made it; 0: manual
    QString playbook;          ///< that rule's template id, else its id as text; empty: manual
    int step = 0;              ///< 1-based playbook step; 0: none
    QString createdAt, updatedAt;
    int version = 1;
};

/// Which tasks a list shows. Buckets are relative to `now` (local business time):
/// Today = open and due today; Overdue = open and due before now (not today);
/// Upcoming = open and due after today, or open without a due date; Done = done or
/// cancelled; All = everything.
struct TaskFilter
{
    enum class Bucket { All, Today, Overdue, Upcoming, Done };
    Bucket bucket = Bucket::All;
    std::optional<qint64> assigneeId;   ///< 0 = unassigned
    std::optional<qint64> customerId;
    QString dueFrom, dueTo;             ///< inclusive "YYYY-MM-DD" bounds on due_at (calendar)
    QDateTime now;                      ///< invalid: the current time
    int limit = -1;
};

/// Tasks and their reminders over RecordStore (so every change is validated, audited,
/// version-checked and announced by RecordStore::changed(Entity::Task, …)). Times are
/// local business time as ISO text without a zone, like every timestamp in the schema.
class TaskService : public QObject
{
    Q_OBJECT

public:
    explicit TaskService(RecordStore &store, QObject *parent = nullptr);

    Result<QList<TaskInfo>> tasks(const TaskFilter &filter = {}) const;
    Result<TaskInfo> task(qint64 id) const;
    /// Counts per bucket for the navigation badges (Today, Overdue, Upcoming, Done).
    Result<QList<qint64>> bucketCounts(std::optional<qint64> assigneeId = {}, const QDateTime &now = {}) const;

    /// Creates a manual task (title required; status open). Returns its id.
    Result<qint64> create(const TaskInfo &task);
    /// Marks done (completed_at = now). With followUpKind (call/visit/email/note) and a
    /// customer, also logs a follow-up record (activities) with followUpText, in the same
    /// transaction. Returns the activity id (0 when none was logged).
    Result<qint64> complete(qint64 id, int expectedVersion, const QString &followUpKind = {},
                            const QString &followUpText = {});
    /// Sets the reminder to `until` and clears reminded_at (so it will show again).
    Status snooze(qint64 id, int expectedVersion, const QDateTime &until);
    Status reassign(qint64 id, int expectedVersion, qint64 assigneeId);
    /// Opens a done or cancelled task again (completed_at cleared): the undo of complete().
    Status reopen(qint64 id, int expectedVersion);
    /// Marks the reminder shown and acknowledged (reminded_at = now).
    Status acknowledgeReminder(qint64 id);

    /// Open tasks whose reminder is due (remind_at <= now, reminded_at NULL), oldest first:
    /// also those that fell due while the app was closed.
    Result<QList<TaskInfo>> dueReminders(const QDateTime &now = {}) const;
    /// The earliest remind_at after now among open, unacknowledged tasks (to arm a timer).
    Result<std::optional<QDateTime>> nextReminder(const QDateTime &now = {}) const;

    /// iCalendar (RFC 5545) text for the tasks: one VTODO each (UID, DTSTAMP, SUMMARY,
    /// DESCRIPTION, DUE, PRIORITY, STATUS, a VALARM at remind_at), CRLF line ends, folded
    /// at 75 octets, TEXT values escaped.
    static QByteArray toICalendar(const QList<TaskInfo> &tasks, const QDateTime &stamp = {});

    /// Bucket names as the command line spells them ("today", "overdue", …); nullopt
    /// when unknown.
    static std::optional<TaskFilter::Bucket> bucketFromName(const QString &name);

private:
    RecordStore &m_store;
};

} // namespace Patron
