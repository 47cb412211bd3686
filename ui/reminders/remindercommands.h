#pragma once

#include "commands/command.h"

#include <QDateTime>
#include <QList>

namespace Patron {

class TaskService;

/// Done (完成) from the reminder window: completes the tasks and acknowledges their
/// reminders. Undo reopens them with their reminder due again, as before.
class CompleteRemindersCommand : public Command
{
public:
    CompleteRemindersCommand(CommandContext &context, TaskService &tasks, QList<qint64> taskIds,
                             QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    struct Before
    {
        qint64 id = 0;
        QString remindAt;
        int versionAfter = 0;
    };
    Status completeOne(qint64 id, Before *before);
    Status reopenOne(const Before &before);

    TaskService &m_tasks;
    QList<qint64> m_ids;
    QList<Before> m_done;
};

/// 稍后提醒 (snooze): moves the reminders to `until` (their reminded_at cleared, so they
/// come again). Undo puts back each task's old remind_at and reminded_at.
class SnoozeRemindersCommand : public Command
{
public:
    SnoozeRemindersCommand(CommandContext &context, TaskService &tasks, QList<qint64> taskIds, QDateTime until,
                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    struct Before
    {
        qint64 id = 0;
        QString remindAt, remindedAt;
        int versionAfter = 0;
    };
    Status restoreOne(const Before &before);

    TaskService &m_tasks;
    QList<qint64> m_ids;
    QDateTime m_until;
    QList<Before> m_snoozed;
};

} // namespace Patron
