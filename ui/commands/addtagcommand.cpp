#include "addtagcommand.h"

#include "services/tagservice.h"
#include "services/workspace.h"

namespace Patron {

AddTagCommand::AddTagCommand(CommandContext &context, QList<qint64> customerIds, QString tagName,
                             const QString &text, QUndoCommand *parent)
    : Command(context, text, parent)
    , m_ids(std::move(customerIds))
    , m_tagName(std::move(tagName))
{
}

void AddTagCommand::redo()
{
    TagService &tags = workspace().tags();
    if (m_tagId == 0) {
        auto id = tags.ensureTag(m_tagName);
        if (!id) {
            fail(id.error());
            return;
        }
        m_tagId = id.value();
    }
    auto added = tags.addTag(m_ids, m_tagId);
    if (!added) {
        fail(added.error());
        return;
    }
    m_added = added.value();
}

void AddTagCommand::undo()
{
    auto removed = workspace().tags().removeTag(m_added, m_tagId);
    if (!removed)
        fail(removed.error());
}

} // namespace Patron
