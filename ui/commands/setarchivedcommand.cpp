#include "setarchivedcommand.h"

#include "services/customerservice.h"
#include "services/workspace.h"

namespace Patron {

SetArchivedCommand::SetArchivedCommand(CommandContext &context, QList<qint64> customerIds, bool archived,
                                       const QString &text, QUndoCommand *parent)
    : Command(context, text, parent)
    , m_ids(std::move(customerIds))
    , m_archived(archived)
{
}

void SetArchivedCommand::redo()
{
    auto changed = workspace().customers().setArchived(m_ids, m_archived);
    if (!changed) {
        fail(changed.error());
        return;
    }
    m_changed = changed.value();
}

void SetArchivedCommand::undo()
{
    auto changed = workspace().customers().setArchived(m_changed, !m_archived);
    if (!changed)
        fail(changed.error());
}

} // namespace Patron
