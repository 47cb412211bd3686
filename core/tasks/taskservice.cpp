#include "taskservice.h"

#include "services/recordstore.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "util/sqlutil.h"
#include "util/values.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <tuple>

namespace Patron {

namespace {

// The columns every read returns, in TaskInfo order (see readTask). playbook: the rule's
// template id, else its id as text, '' for manual tasks.
const char *const kSelect =
    "SELECT t.id, t.customer_id, c.code, c.name, t.title, t.notes, t.due_at, t.remind_at, t.reminded_at, "
    "t.status, t.priority, t.assignee_id, u.display_name, u.username, t.completed_at, t.rule_id, "
    "CASE WHEN r.id IS NULL THEN '' WHEN r.template <> '' THEN r.template ELSE CAST(r.id AS TEXT) END, "
    "t.step, t.created_at, t.updated_at, t.version "
    "FROM tasks t "
    "LEFT JOIN customers c ON c.id = t.customer_id "
    "LEFT JOIN users u ON u.id = t.assignee_id "
    "LEFT JOIN sop_rules r ON r.id = t.rule_id";

TaskInfo readTask(const QSqlQuery &q)
{
    TaskInfo t;
    t.id = q.value(0).toLongLong();
    t.customerId = q.value(1).toLongLong();
    t.customerCode = q.value(2).toString();
    t.customerName = q.value(3).toString();
    t.title = q.value(4).toString();
    t.notes = q.value(5).toString();
    t.dueAt = q.value(6).toString();
    t.remindAt = q.value(7).toString();
    t.remindedAt = q.value(8).toString();
    t.status = q.value(9).toString();
    t.priority = q.value(10).toString();
    t.assigneeId = q.value(11).toLongLong();
    t.assigneeName = q.value(12).toString();
    t.assigneeUsername = q.value(13).toString();
    t.completedAt = q.value(14).toString();
    t.ruleId = q.value(15).toLongLong();
    t.playbook = q.value(16).toString();
    t.step = q.value(17).toInt();
    t.createdAt = q.value(18).toString();
    t.updatedAt = q.value(19).toString();
    t.version = q.value(20).toInt();
    return t;
}

QDateTime effectiveNow(const QDateTime &now)
{
    return now.isValid() ? now : QDateTime::currentDateTime();
}

QString dayText(const QDate &d)
{
    return Values::storeDate(d);
}

// ---- iCalendar ---------------------------------------------------------------------

QByteArray escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    QString s = text;
    s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    s.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    for (const QChar ch : std::as_const(s)) {
        switch (ch.unicode()) {
        case '\\': out += QLatin1String("\\\\"); break;
        case ';': out += QLatin1String("\\;"); break;
        case ',': out += QLatin1String("\\,"); break;
        case '\n': out += QLatin1String("\\n"); break;
        default:
            // Other control characters are not allowed in TEXT values.
            if (ch.unicode() < 0x20 && ch.unicode() != '\t')
                continue;
            out += ch;
        }
    }
    return out.toUtf8();
}

// RFC 5545 3.1: lines longer than 75 octets are folded (CRLF + one space); a fold never
// splits a UTF-8 sequence, so every physical line stays valid UTF-8.
void appendFolded(QByteArray &out, const QByteArray &line)
{
    constexpr int kMax = 75;
    int pos = 0;
    bool first = true;
    while (pos < line.size()) {
        const int room = first ? kMax : kMax - 1;
        int end = std::min<int>(pos + room, line.size());
        if (end < line.size()) {
            while (end > pos && (static_cast<unsigned char>(line.at(end)) & 0xC0) == 0x80)
                --end;
        }
        if (!first)
            out += ' ';
        out += line.mid(pos, end - pos);
        out += "\r\n";
        pos = end;
        first = false;
    }
    if (line.isEmpty())
        out += "\r\n";
}

QByteArray utcStamp(const QDateTime &dt)
{
    return dt.toUTC().toString(QStringLiteral("yyyyMMddTHHmmss")).toLatin1() + 'Z';
}

QByteArray floatingStamp(const QString &stored)
{
    const QDateTime dt = Values::parseStoredDateTime(stored);
    return dt.toString(QStringLiteral("yyyyMMddTHHmmss")).toLatin1();
}

} // namespace

TaskService::TaskService(RecordStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

std::optional<TaskFilter::Bucket> TaskService::bucketFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("all"))
        return TaskFilter::Bucket::All;
    if (n == QLatin1String("today"))
        return TaskFilter::Bucket::Today;
    if (n == QLatin1String("overdue"))
        return TaskFilter::Bucket::Overdue;
    if (n == QLatin1String("upcoming"))
        return TaskFilter::Bucket::Upcoming;
    if (n == QLatin1String("done"))
        return TaskFilter::Bucket::Done;
    return std::nullopt;
}

Result<QList<TaskInfo>> TaskService::tasks(const TaskFilter &filter) const
{
    const QDate today = effectiveNow(filter.now).date();
    QStringList where;
    QVariantMap binds;
    switch (filter.bucket) {
    case TaskFilter::Bucket::All:
        break;
    case TaskFilter::Bucket::Today:
        where << QStringLiteral("t.status = 'open' AND t.due_at >= :today AND t.due_at < :tomorrow");
        break;
    case TaskFilter::Bucket::Overdue:
        where << QStringLiteral("t.status = 'open' AND t.due_at < :today");
        break;
    case TaskFilter::Bucket::Upcoming:
        where << QStringLiteral("t.status = 'open' AND (t.due_at >= :tomorrow OR t.due_at IS NULL)");
        break;
    case TaskFilter::Bucket::Done:
        where << QStringLiteral("t.status IN ('done', 'cancelled')");
        break;
    }
    if (filter.bucket != TaskFilter::Bucket::All && filter.bucket != TaskFilter::Bucket::Done) {
        const QString todayText = dayText(today), tomorrowText = dayText(today.addDays(1));
        if (filter.bucket != TaskFilter::Bucket::Upcoming)
            binds.insert(QStringLiteral(":today"), todayText);
        if (filter.bucket != TaskFilter::Bucket::Overdue)
            binds.insert(QStringLiteral(":tomorrow"), tomorrowText);
    }
    if (filter.assigneeId) {
        if (*filter.assigneeId == 0) {
            where << QStringLiteral("t.assignee_id IS NULL");
        } else {
            where << QStringLiteral("t.assignee_id = :assignee");
            binds.insert(QStringLiteral(":assignee"), *filter.assigneeId);
        }
    }
    if (filter.customerId) {
        where << QStringLiteral("t.customer_id = :customer");
        binds.insert(QStringLiteral(":customer"), *filter.customerId);
    }
    if (!filter.dueFrom.isEmpty()) {
        where << QStringLiteral("t.due_at >= :dueFrom");
        binds.insert(QStringLiteral(":dueFrom"), filter.dueFrom.left(10));
    }
    if (!filter.dueTo.isEmpty()) {
        // Inclusive day bound: everything before the next day.
        where << QStringLiteral("t.due_at < :dueTo");
        binds.insert(QStringLiteral(":dueTo"), dayText(Values::parseStoredDate(filter.dueTo).addDays(1)));
    }
    QString sql = QLatin1String(kSelect);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
    if (filter.bucket == TaskFilter::Bucket::Done)
        sql += QStringLiteral(" ORDER BY t.completed_at DESC, t.id DESC");
    else
        sql += QStringLiteral(" ORDER BY (t.due_at IS NULL), t.due_at, t.id");
    if (filter.limit >= 0) {
        sql += QStringLiteral(" LIMIT :limit");
        binds.insert(QStringLiteral(":limit"), filter.limit);
    }
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    Status s = Sql::exec(q, sql, binds);
    if (!s)
        return s.error();
    QList<TaskInfo> out;
    while (q.next())
        out << readTask(q);
    return out;
}

Result<TaskInfo> TaskService::task(qint64 id) const
{
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    Status s = Sql::exec(q, QLatin1String(kSelect) + QStringLiteral(" WHERE t.id = :id"), {{QStringLiteral(":id"), id}});
    if (!s)
        return s.error();
    if (!q.next())
        return makeError(Error::NotFound, tr("This task no longer exists."));
    return readTask(q);
}

Result<QList<qint64>> TaskService::bucketCounts(std::optional<qint64> assigneeId, const QDateTime &now) const
{
    const QDate today = effectiveNow(now).date();
    // Each placeholder once: not every driver binds a repeated name.
    const QString todayText = dayText(today), tomorrowText = dayText(today.addDays(1));
    QVariantMap binds{{QStringLiteral(":today1"), todayText}, {QStringLiteral(":tomorrow1"), tomorrowText},
                      {QStringLiteral(":today2"), todayText}, {QStringLiteral(":tomorrow2"), tomorrowText}};
    QString sql = QStringLiteral(
        "SELECT "
        "COALESCE(SUM(CASE WHEN status = 'open' AND due_at >= :today1 AND due_at < :tomorrow1 THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN status = 'open' AND due_at < :today2 THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN status = 'open' AND (due_at >= :tomorrow2 OR due_at IS NULL) THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN status IN ('done', 'cancelled') THEN 1 ELSE 0 END), 0) "
        "FROM tasks");
    if (assigneeId) {
        if (*assigneeId == 0) {
            sql += QStringLiteral(" WHERE assignee_id IS NULL");
        } else {
            sql += QStringLiteral(" WHERE assignee_id = :assignee");
            binds.insert(QStringLiteral(":assignee"), *assigneeId);
        }
    }
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    Status s = Sql::exec(q, sql, binds);
    if (!s)
        return s.error();
    if (!q.next())
        return Sql::queryError(q);
    return QList<qint64>{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                         q.value(3).toLongLong()};
}

Result<qint64> TaskService::create(const TaskInfo &task)
{
    if (task.title.trimmed().isEmpty())
        return makeError(Error::Invalid, tr("A task needs a title."));
    Record r{{QStringLiteral("title"), task.title},
             {QStringLiteral("notes"), task.notes},
             {QStringLiteral("status"), QStringLiteral("open")},
             {QStringLiteral("priority"), task.priority.isEmpty() ? QStringLiteral("normal") : task.priority}};
    if (task.customerId > 0)
        r.insert(QStringLiteral("customer_id"), task.customerId);
    if (task.assigneeId > 0)
        r.insert(QStringLiteral("assignee_id"), task.assigneeId);
    if (!task.dueAt.isEmpty())
        r.insert(QStringLiteral("due_at"), task.dueAt);
    if (!task.remindAt.isEmpty())
        r.insert(QStringLiteral("remind_at"), task.remindAt);
    return m_store.insert(Entity::Task, r);
}

Result<qint64> TaskService::complete(qint64 id, int expectedVersion, const QString &followUpKind,
                                     const QString &followUpText)
{
    const EntitySpec &taskSpec = entitySpec(Entity::Task);
    const EntitySpec &activitySpec = entitySpec(Entity::Activity);
    const QString now = Values::now();
    const bool logFollowUp = !followUpKind.isEmpty();

    Transaction tx(m_store.database());
    if (!tx.isActive())
        return tx.error();
    qint64 customerId = 0;
    qint64 activityId = 0;
    {
        QSqlQuery q(tx.connection());
        Status s = Sql::exec(q, QStringLiteral("SELECT status, completed_at, version, customer_id, assignee_id, title "
                                               "FROM tasks WHERE id = :id%1")
                                    .arg(m_store.database().dialect().lockRowSuffix()),
                             {{QStringLiteral(":id"), id}});
        if (!s)
            return s.error();
        if (!q.next())
            return makeError(Error::NotFound, tr("This task no longer exists."));
        const QString status = q.value(0).toString();
        const QString oldCompleted = q.value(1).toString();
        const int version = q.value(2).toInt();
        customerId = q.value(3).toLongLong();
        const qint64 assigneeId = q.value(4).toLongLong();
        const QString title = q.value(5).toString();
        q.finish();
        if (version != expectedVersion)
            return makeError(Error::Conflict, tr("Someone else changed this task since you opened it. "
                                                 "Reload to see their changes, then try again."));
        if (status != QLatin1String("open"))
            return makeError(Error::Invalid, tr("This task is already done or cancelled."));

        // The follow-up is checked before anything is written.
        Record activity;
        if (logFollowUp) {
            if (customerId <= 0)
                return makeError(Error::Invalid, tr("A follow-up record needs a customer; this task has none."));
            activity = Record{{QStringLiteral("customer_id"), customerId},
                              {QStringLiteral("kind"), followUpKind},
                              {QStringLiteral("occurred_at"), now},
                              {QStringLiteral("subject"), title},
                              {QStringLiteral("body"), followUpText}};
            if (assigneeId > 0)
                activity.insert(QStringLiteral("user_id"), assigneeId);
            Status valid = m_store.validate(Entity::Activity, activity, true);
            if (!valid)
                return valid.error();
        }

        s = Sql::execPositional(q, QStringLiteral("UPDATE tasks SET status = 'done', completed_at = ?, updated_at = ?, "
                                                  "version = ? WHERE id = ? AND version = ?"),
                                {now, now, version + 1, id, version});
        if (!s)
            return s.error();
        if (q.numRowsAffected() != 1)
            return makeError(Error::Conflict, tr("Someone else changed this task at the same moment. Try again."));
        q.finish();
        for (const auto &[field, oldValue, newValue] :
             {std::tuple{QStringLiteral("status"), status, QStringLiteral("done")},
              std::tuple{QStringLiteral("completed_at"), oldCompleted, now}}) {
            Status a = Sql::writeAudit(tx.connection(), m_store.actor(), taskSpec.name, id, QStringLiteral("update"),
                                       field, oldValue.isEmpty() ? QString() : oldValue, newValue);
            if (!a)
                return a.error();
        }

        if (logFollowUp) {
            QStringList columns;
            QVariantList values;
            for (const FieldSpec &f : activitySpec.fields) {
                if (!activity.contains(f.key))
                    continue;
                columns << f.key;
                values << Sql::bindValue(f, activity.value(f.key));
            }
            columns << QStringLiteral("created_at") << QStringLiteral("updated_at") << QStringLiteral("version");
            values << now << now << 1;
            s = Sql::execPositional(q, QStringLiteral("INSERT INTO activities (%1) VALUES (%2) RETURNING id")
                                           .arg(columns.join(QLatin1String(", ")), Sql::placeholders(columns.size())),
                                    values);
            if (!s)
                return s.error();
            if (!q.next())
                return Sql::queryError(q);
            activityId = q.value(0).toLongLong();
            q.finish();
            Status a = Sql::writeAudit(tx.connection(), m_store.actor(), activitySpec.name, activityId,
                                       QStringLiteral("create"), QString(), QString(),
                                       Sql::encodeJson(activity));
            if (!a)
                return a.error();
        }
    }
    Status c = tx.commit();
    if (!c)
        return c.error();
    m_store.notifyChanged(Entity::Task, id, customerId);
    if (activityId > 0)
        m_store.notifyChanged(Entity::Activity, activityId, customerId);
    return activityId;
}

Status TaskService::snooze(qint64 id, int expectedVersion, const QDateTime &until)
{
    if (!until.isValid())
        return makeError(Error::Invalid, tr("Pick a time to be reminded again."));
    auto r = m_store.update(Entity::Task, id, expectedVersion,
                            {{QStringLiteral("remind_at"), Values::storeDateTime(until)},
                             {QStringLiteral("reminded_at"), QVariant()}});
    if (!r)
        return r.error();
    return {};
}

Status TaskService::reassign(qint64 id, int expectedVersion, qint64 assigneeId)
{
    auto r = m_store.update(Entity::Task, id, expectedVersion,
                            {{QStringLiteral("assignee_id"), assigneeId > 0 ? QVariant(assigneeId) : QVariant()}});
    if (!r)
        return r.error();
    return {};
}

Status TaskService::reopen(qint64 id, int expectedVersion)
{
    auto r = m_store.update(Entity::Task, id, expectedVersion,
                            {{QStringLiteral("status"), QStringLiteral("open")}, {QStringLiteral("completed_at"), QVariant()}});
    if (!r)
        return r.error();
    return {};
}

Status TaskService::acknowledgeReminder(qint64 id)
{
    // No version from the caller: a reminder window may be open for a while, and being
    // acknowledged never overwrites anyone's edit. A concurrent edit gets one retry.
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto current = m_store.get(Entity::Task, id);
        if (!current)
            return current.error();
        auto r = m_store.update(Entity::Task, id, current->value(QStringLiteral("version")).toInt(),
                                {{QStringLiteral("reminded_at"), Values::now()}});
        if (r)
            return {};
        if (r.error().code != Error::Conflict)
            return r.error();
    }
    return makeError(Error::Conflict, tr("The task kept changing; try again."));
}

Result<QList<TaskInfo>> TaskService::dueReminders(const QDateTime &now) const
{
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    Status s = Sql::exec(q, QLatin1String(kSelect)
                                + QStringLiteral(" WHERE t.status = 'open' AND t.remind_at IS NOT NULL AND t.remind_at <= :now "
                                                 "AND t.reminded_at IS NULL ORDER BY t.remind_at, t.id"),
                         {{QStringLiteral(":now"), Values::storeDateTime(effectiveNow(now))}});
    if (!s)
        return s.error();
    QList<TaskInfo> out;
    while (q.next())
        out << readTask(q);
    return out;
}

Result<std::optional<QDateTime>> TaskService::nextReminder(const QDateTime &now) const
{
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    Status s = Sql::exec(q, QStringLiteral("SELECT MIN(remind_at) FROM tasks WHERE status = 'open' AND reminded_at IS NULL "
                                           "AND remind_at > :now"),
                         {{QStringLiteral(":now"), Values::storeDateTime(effectiveNow(now))}});
    if (!s)
        return s.error();
    if (!q.next() || q.value(0).isNull() || q.value(0).toString().isEmpty())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(Values::parseStoredDateTime(q.value(0).toString()));
}

QByteArray TaskService::toICalendar(const QList<TaskInfo> &tasks, const QDateTime &stamp)
{
    const QByteArray dtstamp = utcStamp(stamp.isValid() ? stamp : QDateTime::currentDateTimeUtc());
    QByteArray out;
    auto line = [&out](const QByteArray &text) { appendFolded(out, text); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Patron//Patron CRM//EN");
    line("CALSCALE:GREGORIAN");
    for (const TaskInfo &t : tasks) {
        line("BEGIN:VTODO");
        line("UID:task-" + QByteArray::number(t.id) + "@patron");
        line("DTSTAMP:" + dtstamp);
        line("SUMMARY:" + escapeText(t.title));
        QStringList description;
        if (t.customerId > 0) {
            const QString who = t.customerCode.isEmpty() ? t.customerName
                                                         : t.customerName + QStringLiteral(" (") + t.customerCode + QLatin1Char(')');
            description << tr("Customer: %1").arg(who);
        }
        if (!t.notes.isEmpty())
            description << t.notes;
        if (!description.isEmpty())
            line("DESCRIPTION:" + escapeText(description.join(QLatin1Char('\n'))));
        if (!t.dueAt.isEmpty() && Values::parseStoredDateTime(t.dueAt).isValid())
            line("DUE:" + floatingStamp(t.dueAt)); // floating: the business's local time
        line("PRIORITY:" + QByteArray(t.priority == QLatin1String("high") ? "1" : t.priority == QLatin1String("low") ? "9" : "5"));
        if (t.status == QLatin1String("done")) {
            line("STATUS:COMPLETED");
            const QDateTime completed = Values::parseStoredDateTime(t.completedAt);
            if (completed.isValid())
                line("COMPLETED:" + utcStamp(completed));
        } else if (t.status == QLatin1String("cancelled")) {
            line("STATUS:CANCELLED");
        } else {
            line("STATUS:NEEDS-ACTION");
        }
        const QDateTime remind = Values::parseStoredDateTime(t.remindAt);
        if (!t.remindAt.isEmpty() && remind.isValid()) {
            // An absolute trigger must be in UTC (RFC 5545 3.8.6.3).
            line("BEGIN:VALARM");
            line("ACTION:DISPLAY");
            line("DESCRIPTION:" + escapeText(t.title));
            line("TRIGGER;VALUE=DATE-TIME:" + utcStamp(remind));
            line("END:VALARM");
        }
        line("END:VTODO");
    }
    line("END:VCALENDAR");
    return out;
}

} // namespace Patron
