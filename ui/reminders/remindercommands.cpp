#include "remindercommands.h"

#include "services/recordstore.h"
#include "services/workspace.h"
#include "tasks/taskservice.h"
#include "util/values.h"

namespace Patron {

namespace {

const QString kStatus = QStringLiteral("status");
const QString kCompletedAt = QStringLiteral("completed_at");
const QString kRemindAt = QStringLiteral("remind_at");
const QString kRemindedAt = QStringLiteral("reminded_at");

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

Result<int> versionOf(const TaskService &tasks, qint64 id)
{
    auto t = tasks.task(id);
    if (!t)
        return t.error();
    return t->version;
}

} // namespace

CompleteRemindersCommand::CompleteRemindersCommand(CommandContext &context, TaskService &tasks, QList<qint64> taskIds,
                                                   QUndoCommand *parent)
    : Command(context, tr("Done: %n reminder(s)", nullptr, int(taskIds.size())), parent)
    , m_tasks(tasks)
    , m_ids(std::move(taskIds))
{
}

Status CompleteRemindersCommand::completeOne(qint64 id, Before *before)
{
    auto t = m_tasks.task(id);
    if (!t)
        return t.error();
    before->id = id;
    before->remindAt = t->remindAt;
    auto done = m_tasks.complete(id, t->version);
    if (!done)
        return done.error();
    Status ack = m_tasks.acknowledgeReminder(id);
    if (!ack)
        return ack;
    auto v = versionOf(m_tasks, id);
    if (!v)
        return v.error();
    before->versionAfter = v.value();
    return {};
}

Status CompleteRemindersCommand::reopenOne(const Before &before)
{
    // One update (one version step, one change signal): open again, the reminder due again.
    auto v = workspace().store().update(Entity::Task, before.id, before.versionAfter,
                                        Record {{kStatus, QStringLiteral("open")},
                                                {kCompletedAt, QVariant()},
                                                {kRemindedAt, QVariant()}});
    return v ? Status() : Status(v.error());
}

void CompleteRemindersCommand::redo()
{
    m_done.clear();
    for (qint64 id : std::as_const(m_ids)) {
        Before before;
        Status s = completeOne(id, &before);
        if (!s) {
            // All or nothing: the ones already done are reopened.
            for (auto it = m_done.crbegin(); it != m_done.crend(); ++it)
                (void)reopenOne(*it);
            m_done.clear();
            fail(s.error());
            return;
        }
        m_done << before;
    }
}

void CompleteRemindersCommand::undo()
{
    for (auto it = m_done.crbegin(); it != m_done.crend(); ++it) {
        Status s = reopenOne(*it);
        if (!s) {
            fail(s.error());
            return;
        }
    }
}

SnoozeRemindersCommand::SnoozeRemindersCommand(CommandContext &context, TaskService &tasks, QList<qint64> taskIds,
                                               QDateTime until, QUndoCommand *parent)
    : Command(context,
              tr("Snooze %n reminder(s) until %1", nullptr, int(taskIds.size()))
                  .arg(Values::displayDateTime(Values::storeDateTime(until))),
              parent)
    , m_tasks(tasks)
    , m_ids(std::move(taskIds))
    , m_until(std::move(until))
{
}

Status SnoozeRemindersCommand::restoreOne(const Before &before)
{
    auto v = workspace().store().update(Entity::Task, before.id, before.versionAfter,
                                        Record {{kRemindAt, nullable(before.remindAt)},
                                                {kRemindedAt, nullable(before.remindedAt)}});
    return v ? Status() : Status(v.error());
}

void SnoozeRemindersCommand::redo()
{
    m_snoozed.clear();
    for (qint64 id : std::as_const(m_ids)) {
        auto t = m_tasks.task(id);
        Status s = t ? m_tasks.snooze(id, t->version, m_until) : Status(t.error());
        Before before;
        if (s) {
            before.id = id;
            before.remindAt = t->remindAt;
            before.remindedAt = t->remindedAt;
            auto v = versionOf(m_tasks, id);
            if (v)
                before.versionAfter = v.value();
            else
                s = v.error();
        }
        if (!s) {
            for (auto it = m_snoozed.crbegin(); it != m_snoozed.crend(); ++it)
                (void)restoreOne(*it);
            m_snoozed.clear();
            fail(s.error());
            return;
        }
        m_snoozed << before;
    }
}

void SnoozeRemindersCommand::undo()
{
    for (auto it = m_snoozed.crbegin(); it != m_snoozed.crend(); ++it) {
        Status s = restoreOne(*it);
        if (!s) {
            fail(s.error());
            return;
        }
    }
}

} // namespace Patron
