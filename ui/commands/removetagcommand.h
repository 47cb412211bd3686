#pragma once

#include "command.h"

#include <QHash>

namespace Patron {

/// Removes a tag from customers; undo gives it back with the origin each one had
/// (manual, rule or model).
class RemoveTagCommand : public Command
{
public:
    RemoveTagCommand(CommandContext &context, QList<qint64> customerIds, qint64 tagId, const QString &text,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QList<qint64> m_ids;
    qint64 m_tagId;
    QHash<qint64, QString> m_removed;
};

} // namespace Patron
