#include "taskcommands.h"

#include "services/recordstore.h"
#include "services/workspace.h"
#include "tasks/taskservice.h"

namespace Patron {

CompleteTaskCommand::CompleteTaskCommand(CommandContext &context, qint64 taskId, int expectedVersion,
                                         const QString &followUpKind, const QString &followUpText, QUndoCommand *parent)
    : Command(context, followUpKind.isEmpty() ? tr("Complete task") : tr("Complete task and log follow-up"), parent)
    , m_taskId(taskId)
    , m_version(expectedVersion)
    , m_kind(followUpKind)
    , m_text(followUpText)
{
}

void CompleteTaskCommand::redo()
{
    TaskService &tasks = workspace().tasks();
    int expected = m_version;
    if (!m_firstRedo) {
        // Later redos go ahead on the current row while it is still open (someone may
        // have edited another field since the undo).
        auto current = tasks.task(m_taskId);
        if (!current) {
            fail(current.error());
            return;
        }
        expected = current->version;
    }
    auto done = tasks.complete(m_taskId, expected, m_kind, m_text);
    if (!done) {
        fail(done.error());
        return;
    }
    m_firstRedo = false;
    m_activityId = done.value();
}

void CompleteTaskCommand::undo()
{
    TaskService &tasks = workspace().tasks();
    auto current = tasks.task(m_taskId);
    if (!current) {
        fail(current.error());
        return;
    }
    if (current->status != QLatin1String("done")) {
        fail(makeError(Error::Conflict, tr("The task was changed again since it was completed (now “%1”).")
                                            .arg(choiceLabel(Entity::Task, QStringLiteral("status"), current->status))));
        return;
    }
    if (m_activityId > 0) {
        auto removed = workspace().store().remove(Entity::Activity, m_activityId);
        if (!removed && removed.error().code != Error::NotFound) {
            fail(removed.error());
            return;
        }
        m_activityId = 0;
    }
    Status s = tasks.reopen(m_taskId, current->version);
    if (!s)
        fail(s.error());
}

} // namespace Patron
