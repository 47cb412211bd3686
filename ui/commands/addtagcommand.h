#pragma once

#include "command.h"

namespace Patron {

/// Tags customers (creating the tag on first use); undo untags only the customers that
/// did not carry the tag before. A tag created here stays, like a word added to a list.
class AddTagCommand : public Command
{
public:
    AddTagCommand(CommandContext &context, QList<qint64> customerIds, QString tagName, const QString &text,
                  QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QList<qint64> m_ids;
    QString m_tagName;
    qint64 m_tagId = 0;
    QList<qint64> m_added;
};

} // namespace Patron
