#include "removetagcommand.h"

#include "services/tagservice.h"
#include "services/workspace.h"

namespace Patron {

RemoveTagCommand::RemoveTagCommand(CommandContext &context, QList<qint64> customerIds, qint64 tagId,
                                   const QString &text, QUndoCommand *parent)
    : Command(context, text, parent)
    , m_ids(std::move(customerIds))
    , m_tagId(tagId)
{
}

void RemoveTagCommand::redo()
{
    auto removed = workspace().tags().removeTag(m_ids, m_tagId);
    if (!removed) {
        fail(removed.error());
        return;
    }
    m_removed = removed.value();
}

void RemoveTagCommand::undo()
{
    Status s = workspace().tags().restoreTag(m_removed, m_tagId);
    if (!s)
        fail(s.error());
}

} // namespace Patron
