#pragma once

#include "commands/command.h"

#include <QCoreApplication>

namespace Patron {

/// Marks a task done, optionally logging a follow-up record (activity) with it in one
/// transaction (TaskService::complete). Undo deletes that record and opens the task again;
/// redo completes it again (logging a new record with the same kind and text).
class CompleteTaskCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Patron::CompleteTaskCommand)

public:
    CompleteTaskCommand(CommandContext &context, qint64 taskId, int expectedVersion, const QString &followUpKind,
                        const QString &followUpText, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /// The follow-up record the last redo logged; 0 when none.
    qint64 activityId() const { return m_activityId; }

private:
    qint64 m_taskId;
    int m_version;
    bool m_firstRedo = true;
    QString m_kind, m_text;
    qint64 m_activityId = 0;
};

} // namespace Patron
