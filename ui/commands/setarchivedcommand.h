#pragma once

#include "command.h"

namespace Patron {

/// Archives (or unarchives) customers; undo flips back only those this command changed.
class SetArchivedCommand : public Command
{
public:
    SetArchivedCommand(CommandContext &context, QList<qint64> customerIds, bool archived, const QString &text,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QList<qint64> m_ids;
    bool m_archived;
    QList<qint64> m_changed;
};

} // namespace Patron
