#include "setownercommand.h"

#include "services/customerservice.h"
#include "services/workspace.h"

namespace Patron {

SetOwnerCommand::SetOwnerCommand(CommandContext &context, QList<qint64> customerIds, QVariant ownerId,
                                 const QString &text, QUndoCommand *parent)
    : Command(context, text, parent)
    , m_ids(std::move(customerIds))
    , m_ownerId(std::move(ownerId))
{
}

void SetOwnerCommand::redo()
{
    auto previous = workspace().customers().setOwner(m_ids, m_ownerId);
    if (!previous) {
        fail(previous.error());
        return;
    }
    m_previous = previous.value();
}

void SetOwnerCommand::undo()
{
    Status s = workspace().customers().restoreOwners(m_previous);
    if (!s)
        fail(s.error());
}

} // namespace Patron
