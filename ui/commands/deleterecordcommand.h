#pragma once

#include "command.h"

namespace Patron {

/// Deletes a row (a contact, an order, a follow-up…). Undo inserts the removed row again
/// with its id and version.
class DeleteRecordCommand : public Command
{
public:
    /// expectedVersion is the version the user saw; a row changed since is a conflict.
    DeleteRecordCommand(CommandContext &context, Entity entity, qint64 id, int expectedVersion,
                        const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Entity m_entity;
    qint64 m_id;
    int m_expectedVersion;
    Record m_removed;
};

} // namespace Patron
