#pragma once

#include "util/result.h"

#include <QObject>

class QUndoCommand;
class QUndoStack;

namespace Patron {

class Workspace;

/// What the undo commands share: the workspace they edit, the one undo stack of the window
/// and a way to tell the user when an undo or redo could not be carried out.
class CommandContext : public QObject
{
    Q_OBJECT

public:
    explicit CommandContext(Workspace &workspace, QObject *parent = nullptr);

    Workspace &workspace() const { return m_workspace; }
    QUndoStack *stack() const { return m_stack; }

    /// Runs a new command and keeps it in history. A command that fails is dropped and its
    /// error returned instead of announced, so the caller can show it where the user is
    /// (inline in a dialog, with a "reload" offer on the page…).
    Status push(QUndoCommand *command);

    /// Commands call this when their redo/undo failed.
    void reportFailure(const QString &commandText, const Error &error);

signals:
    /// An undo or redo failed (from the Edit menu or a shortcut). The command was dropped
    /// from history, so the stack never claims a state the database does not have.
    void commandFailed(const QString &commandText, const QString &message);

private:
    Workspace &m_workspace;
    QUndoStack *m_stack;
    bool m_pushing = false;
    Error m_pushError;
};

} // namespace Patron
