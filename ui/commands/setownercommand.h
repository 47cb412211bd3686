#pragma once

#include "command.h"

#include <QHash>

namespace Patron {

/// Assigns an owner (负责人) to many customers; undo gives each its previous owner back.
class SetOwnerCommand : public Command
{
public:
    /// ownerId null (or 0) removes the owner.
    SetOwnerCommand(CommandContext &context, QList<qint64> customerIds, QVariant ownerId, const QString &text,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QList<qint64> m_ids;
    QVariant m_ownerId;
    QHash<qint64, QVariant> m_previous;
};

} // namespace Patron
