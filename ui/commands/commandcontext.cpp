#include "commandcontext.h"

#include <QUndoStack>

namespace Patron {

CommandContext::CommandContext(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_stack(new QUndoStack(this))
{
}

Status CommandContext::push(QUndoCommand *command)
{
    m_pushing = true;
    m_pushError = Error();
    m_stack->push(command); // runs redo(); an obsolete (failed) command is deleted by the stack
    m_pushing = false;
    if (m_pushError.isError())
        return std::exchange(m_pushError, Error());
    return {};
}

void CommandContext::reportFailure(const QString &commandText, const Error &error)
{
    if (m_pushing) {
        m_pushError = error;
        return;
    }
    emit commandFailed(commandText, error.message);
}

} // namespace Patron
