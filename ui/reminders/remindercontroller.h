#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QSystemTrayIcon;

namespace Patron {

class CommandContext;
class ReminderScheduler;
class ReminderWindow;
class TaskService;
struct SopNotification;
struct TaskInfo;

/// Wires reminders into the main window: the scheduler, the reminder window, the tray icon
/// (where the desktop has a tray: Show Patron, Today's tasks, Quit, and a notification per
/// batch of new reminders that opens the window when clicked), Done and Snooze through the
/// undo stack, the "Start Patron at login (minimised)" preference, and the SOP rules'
/// desktop notifications (notify actions), one per pass however many customers it names.
class ReminderController : public QObject
{
    Q_OBJECT

public:
    ReminderController(CommandContext &context, QMainWindow *mainWindow);
    ~ReminderController() override;

    ReminderScheduler *scheduler() const { return m_scheduler; }
    ReminderWindow *window() const { return m_window; }
    TaskService &tasks() const { return *m_tasks; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QAction *showRemindersAction() const { return m_showReminders; }
    QAction *autostartAction() const { return m_autostart; }

    /// Adds "Reminders…" and "Start Patron at login (minimised)" to a menu.
    void addToMenu(QMenu *menu);
    /// Starts firing reminders: those missed while Patron was closed come at once.
    void start();
    /// --minimized: the main window stays hidden in the tray (minimised when there is none).
    void startMinimized();
    /// Patron runs on while only the tray or the reminder window is left, and quits when
    /// the main window is closed (File → Quit) or from the tray's Quit.
    void quitWithMainWindow();

    /// Done / Snooze for these tasks through the undo stack; failures are shown to the user.
    Status done(const QList<qint64> &taskIds);
    Status snooze(const QList<qint64> &taskIds, const QDateTime &until);
    /// Re-reads the due reminders into the window.
    void refresh();
    void showWindow();
    void showMainWindow();

    /// Shows the notify actions of an SOP pass (missed: of runs while Patron was closed)
    /// as one desktop notification; clicking it emits sopNotificationClicked.
    void notifySop(const QList<Patron::SopNotification> &groups, bool missed);
    /// What clicking the last notification does (the tray's messageClicked): the reminder
    /// window for reminders, sopNotificationClicked for SOP notifications.
    void openLastNotification();

signals:
    void openCustomerRequested(qint64 customerId);
    /// Tray → Today's tasks (the main window shows its task screen where it has one).
    void todayTasksRequested();
    /// A notification was given for new reminders (also without a tray: for tests and logs).
    void notified(const QString &title, const QString &message);
    /// An SOP notification was clicked: ruleId when it came from one rule (else 0),
    /// customerId when it named exactly one customer (else 0).
    void sopNotificationClicked(qint64 ruleId, qint64 customerId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onRemindersDue(const QList<Patron::TaskInfo> &reminders);
    void setAutostart(bool on);
    void buildTray();
    void report(const QString &what, const Status &status);

    CommandContext &m_context;
    QMainWindow *m_mainWindow;
    TaskService *m_tasks;
    ReminderScheduler *m_scheduler;
    ReminderWindow *m_window; ///< a top-level window of its own, deleted with the controller
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_showReminders;
    QAction *m_autostart;
    QAction *m_quit = nullptr;
    /// What the last notification was about, for a click on it.
    bool m_lastWasSop = false;
    qint64 m_sopRule = 0, m_sopCustomer = 0;
};

} // namespace Patron
