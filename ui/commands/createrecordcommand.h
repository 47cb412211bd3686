#pragma once

#include "command.h"

#include <functional>

namespace Patron {

/// Creates a row. Undo deletes it (RecordStore::remove returns the row as it was); redo puts
/// that same row back with its id, so later commands that refer to the id keep working.
class CreateRecordCommand : public Command
{
public:
    /// Creates the row with RecordStore::insert(entity, values).
    CreateRecordCommand(CommandContext &context, Entity entity, Record values, const QString &text,
                        QUndoCommand *parent = nullptr);
    /// Creates the row the first time with create (a service that derives extra values, such
    /// as FieldService::addField); undo and redo then work on the row it made.
    CreateRecordCommand(CommandContext &context, Entity entity, std::function<Result<qint64>()> create,
                        const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /// The new row's id (0 until the first redo succeeded).
    qint64 recordId() const { return m_id; }

private:
    Entity m_entity;
    Record m_values;
    std::function<Result<qint64>()> m_create;
    qint64 m_id = 0;
    Record m_removed; ///< the row as undo removed it
};

} // namespace Patron
