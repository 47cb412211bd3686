#include "createrecordcommand.h"

#include "services/recordstore.h"
#include "services/workspace.h"

namespace Patron {

CreateRecordCommand::CreateRecordCommand(CommandContext &context, Entity entity, Record values, const QString &text,
                                         QUndoCommand *parent)
    : Command(context, text, parent)
    , m_entity(entity)
    , m_values(std::move(values))
{
}

CreateRecordCommand::CreateRecordCommand(CommandContext &context, Entity entity,
                                         std::function<Result<qint64>()> create, const QString &text,
                                         QUndoCommand *parent)
    : Command(context, text, parent)
    , m_entity(entity)
    , m_create(std::move(create))
{
}

void CreateRecordCommand::redo()
{
    RecordStore &store = workspace().store();
    Result<qint64> id = m_id == 0 ? (m_create ? m_create() : store.insert(m_entity, m_values))
                                  : store.insert(m_entity, m_removed);
    if (!id) {
        fail(id.error());
        return;
    }
    m_id = id.value();
}

void CreateRecordCommand::undo()
{
    auto removed = workspace().store().remove(m_entity, m_id);
    if (!removed) {
        fail(removed.error());
        return;
    }
    m_removed = removed.value();
}

} // namespace Patron
