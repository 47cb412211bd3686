#pragma once

#include "command.h"

namespace Patron {

/// Moves customers to the trash (or restores them from it). Customers in the trash keep
/// all their data; undo reverses exactly the customers this command moved.
class TrashCustomersCommand : public Command
{
public:
    enum Direction { ToTrash, FromTrash };

    TrashCustomersCommand(CommandContext &context, QList<qint64> customerIds, Direction direction,
                          const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Result<QList<qint64>> move(const QList<qint64> &ids, bool toTrash);

    QList<qint64> m_ids;
    Direction m_direction;
    QList<qint64> m_changed;
};

} // namespace Patron
