#include "deleterecordcommand.h"

#include "services/recordstore.h"
#include "services/workspace.h"

namespace Patron {

DeleteRecordCommand::DeleteRecordCommand(CommandContext &context, Entity entity, qint64 id, int expectedVersion,
                                         const QString &text, QUndoCommand *parent)
    : Command(context, text, parent)
    , m_entity(entity)
    , m_id(id)
    , m_expectedVersion(expectedVersion)
{
}

void DeleteRecordCommand::redo()
{
    auto removed = workspace().store().remove(m_entity, m_id, m_expectedVersion);
    if (!removed) {
        fail(removed.error());
        return;
    }
    m_removed = removed.value();
    // The row we put back on undo has this version; a redo after that may delete it.
    m_expectedVersion = m_removed.value(QStringLiteral("version")).toInt();
}

void DeleteRecordCommand::undo()
{
    auto id = workspace().store().insert(m_entity, m_removed);
    if (!id)
        fail(id.error());
}

} // namespace Patron
