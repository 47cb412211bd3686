#pragma once

#include <QDateTime>
#include <QObject>

class QAction;
class QMenu;

namespace Patron {

class CommandContext;
class TaskView;

/// What the 待办 screen does to tasks: new (Ctrl+N on the screen), edit, complete (with a
/// follow-up), snooze (10 min, 1 h, tomorrow 9:00, pick a time…), reassign, open the
/// customer and export to .ics. Every edit is an undo command. MainWindow creates one
/// over its TaskView and adds menu() to the menu bar.
class TaskActions : public QObject
{
    Q_OBJECT

public:
    TaskActions(CommandContext &context, TaskView *view, QObject *parent = nullptr);

    QMenu *menu() const { return m_menu; }
    QAction *newTask() const { return m_new; }
    QAction *editTask() const { return m_edit; }
    QAction *completeTask() const { return m_complete; }
    QMenu *snoozeMenu() const { return m_snoozeMenu; }
    QAction *snooze10Minutes() const { return m_snooze10; }
    QAction *snoozeHour() const { return m_snoozeHour; }
    QAction *snoozeTomorrow() const { return m_snoozeTomorrow; }
    QAction *snoozePick() const { return m_snoozePick; }
    QAction *reassign() const { return m_reassign; }
    QAction *openCustomer() const { return m_openCustomer; }
    QAction *exportIcs() const { return m_export; }

    /// Sets the reminder of the current task to until (undoable).
    void snoozeCurrent(const QDateTime &until);
    /// Writes the tasks the screen shows (bucket and assignee) to path; false and a message
    /// box on failure.
    bool exportTo(const QString &path);

signals:
    void openCustomerRequested(qint64 customerId);
    void statusMessage(const QString &message);

private:
    void createTask();
    void editCurrent();
    void completeCurrent();
    void pickSnoozeTime();
    void reassignCurrent();
    void chooseExportFile();
    void updateEnabled();

    CommandContext &m_context;
    TaskView *m_view;
    QMenu *m_menu;
    QMenu *m_snoozeMenu;
    QAction *m_new, *m_edit, *m_complete, *m_snooze10, *m_snoozeHour, *m_snoozeTomorrow, *m_snoozePick;
    QAction *m_reassign, *m_openCustomer, *m_export;
};

} // namespace Patron
