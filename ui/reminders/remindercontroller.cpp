#include "remindercontroller.h"

#include "autostart.h"
#include "commands/commandcontext.h"
#include "remindercommands.h"
#include "reminderwindow.h"
#include "services/workspace.h"
#include "sop/sopservice.h"
#include "storage/database.h"
#include "tasks/reminderscheduler.h"
#include "tasks/taskservice.h"
#include "util/values.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QUndoStack>

namespace Patron {

namespace {

// What starts at login opens the same database: a SQLite file other than the default one
// is passed on; a team server's address is not (its password lives in the keychain).
QStringList autostartArguments(const Database &database)
{
    const ConnectionSettings &s = database.settings();
    if (s.backend != Backend::SQLite || s.path.isEmpty())
        return {};
    const QString path = QFileInfo(s.path).absoluteFilePath();
    if (path == QFileInfo(Workspace::defaultDatabasePath()).absoluteFilePath())
        return {};
    return {QStringLiteral("--database"), path};
}

} // namespace

ReminderController::ReminderController(CommandContext &context, QMainWindow *mainWindow)
    : QObject(mainWindow)
    , m_context(context)
    , m_mainWindow(mainWindow)
    , m_tasks(&context.workspace().tasks())
    , m_scheduler(new ReminderScheduler(*m_tasks, context.workspace().store(), this))
    , m_window(new ReminderWindow)
    , m_showReminders(new QAction(tr("&Reminders…"), this))
    , m_autostart(new QAction(tr("Start Patron at &login (minimised)"), this))
{
    setObjectName(QStringLiteral("reminderController"));
    m_window->setClock([this] { return m_scheduler->now(); });

    m_showReminders->setObjectName(QStringLiteral("actionShowReminders"));
    m_showReminders->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_showReminders->setStatusTip(tr("Show the reminders that are due, to mark them done or snooze them"));
    connect(m_showReminders, &QAction::triggered, this, &ReminderController::showWindow);

    m_autostart->setObjectName(QStringLiteral("actionAutostart"));
    m_autostart->setCheckable(true);
    m_autostart->setChecked(Autostart().isEnabled());
    m_autostart->setStatusTip(tr("Start Patron in the background when you log in, so that reminders pop up on time"));
    connect(m_autostart, &QAction::toggled, this, &ReminderController::setAutostart);

    connect(m_scheduler, &ReminderScheduler::remindersDue, this, &ReminderController::onRemindersDue);
    connect(m_scheduler, &ReminderScheduler::dueChanged, this, &ReminderController::refresh);
    // After an undo or redo the list follows at once (not only after the scheduler's debounce).
    connect(m_context.stack(), &QUndoStack::indexChanged, this, &ReminderController::refresh);
    connect(m_window, &ReminderWindow::doneRequested, this, [this](const QList<qint64> &ids) { (void)done(ids); });
    connect(m_window, &ReminderWindow::snoozeRequested, this,
            [this](const QList<qint64> &ids, const QDateTime &until) { (void)snooze(ids, until); });
    connect(m_window, &ReminderWindow::openCustomerRequested, this, [this](qint64 customerId) {
        showMainWindow();
        emit openCustomerRequested(customerId);
    });

    if (QSystemTrayIcon::isSystemTrayAvailable())
        buildTray();
}

ReminderController::~ReminderController()
{
    delete m_window;
}

void ReminderController::buildTray()
{
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setToolTip(tr("Patron"));
    auto *menu = new QMenu(m_mainWindow);
    menu->setObjectName(QStringLiteral("trayMenu"));
    menu->addAction(tr("&Show Patron"), this, &ReminderController::showMainWindow);
    menu->addAction(tr("&Today's tasks"), this, [this] {
        showMainWindow();
        emit todayTasksRequested();
    });
    menu->addAction(m_showReminders);
    menu->addSeparator();
    m_quit = menu->addAction(tr("&Quit"), this, [this] {
        if (m_mainWindow->close())
            QCoreApplication::quit();
    });
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &ReminderController::openLastNotification);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showMainWindow();
    });
    m_tray->show();
}

void ReminderController::addToMenu(QMenu *menu)
{
    menu->addAction(m_showReminders);
    menu->addAction(m_autostart);
}

void ReminderController::start()
{
    if (m_scheduler->isStarted())
        return;
    m_scheduler->setAudience(ReminderScheduler::currentUser(m_context.workspace().database()));
    m_scheduler->start();
}

void ReminderController::startMinimized()
{
    if (m_tray)
        m_mainWindow->hide();
    else
        m_mainWindow->showMinimized();
}

void ReminderController::quitWithMainWindow()
{
    qApp->setQuitOnLastWindowClosed(false);
    m_mainWindow->installEventFilter(this);
}

bool ReminderController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_mainWindow && event->type() == QEvent::Close) {
        // The window may still refuse (unsaved edits): look once the close is decided.
        QTimer::singleShot(0, this, [this] {
            if (!m_mainWindow->isVisible())
                QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

void ReminderController::refresh()
{
    auto due = m_scheduler->dueNow();
    if (!due)
        return; // the scheduler reports it; the list keeps what it had
    QSet<qint64> missed;
    for (const TaskInfo &t : due.value()) {
        if (m_scheduler->isMissed(t))
            missed.insert(t.id);
    }
    m_window->setReminders(due.value(), missed);
    if (m_tray) {
        const int n = int(due->size());
        m_tray->setToolTip(n ? tr("Patron — %n reminder(s) due", nullptr, n) : tr("Patron"));
    }
}

void ReminderController::onRemindersDue(const QList<TaskInfo> &reminders)
{
    refresh();
    int missed = 0;
    for (const TaskInfo &t : reminders)
        missed += m_scheduler->isMissed(t) ? 1 : 0;
    QString title;
    QStringList lines;
    if (reminders.size() == 1) {
        const TaskInfo &t = reminders.first();
        title = missed ? tr("Missed reminder: %1").arg(t.title) : tr("Reminder: %1").arg(t.title);
        if (!t.customerName.isEmpty())
            lines << t.customerName;
        if (!t.dueAt.isEmpty())
            lines << tr("Due %1").arg(Values::displayDateTime(t.dueAt));
    } else {
        const int n = int(reminders.size());
        title = missed ? tr("%n reminder(s) fell due while Patron was closed", nullptr, n)
                       : tr("%n reminder(s) due", nullptr, n);
        for (const TaskInfo &t : reminders.mid(0, 3))
            lines << (t.customerName.isEmpty() ? t.title : QStringLiteral("%1 — %2").arg(t.title, t.customerName));
        if (n > 3)
            lines << tr("… and %n more", nullptr, n - 3);
    }
    const QString message = lines.join(QLatin1Char('\n'));
    m_lastWasSop = false;
    if (m_tray)
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 15000);
    showWindow();
    emit notified(title, message);
}

void ReminderController::notifySop(const QList<SopNotification> &groups, bool missed)
{
    if (groups.isEmpty())
        return;
    QString title;
    QStringList lines;
    if (groups.size() == 1) {
        // One rule: its name and how many customers, with the first few texts.
        const SopNotification &g = groups.first();
        title = missed ? tr("While Patron was closed, SOP rule “%1”: %Ln customer(s)", nullptr, g.customers).arg(g.ruleName)
                       : tr("SOP rule “%1”: %Ln customer(s)", nullptr, g.customers).arg(g.ruleName);
        lines = g.texts.mid(0, 3);
        if (g.customers > lines.size() && g.customers > 1)
            lines << tr("… and %Ln more", nullptr, g.customers - int(lines.size()));
        m_sopRule = g.ruleId;
        m_sopCustomer = g.customerId;
    } else {
        title = missed ? tr("While Patron was closed, %Ln SOP rule(s) notified about customers", nullptr, int(groups.size()))
                       : tr("%Ln SOP rule(s) notified about customers", nullptr, int(groups.size()));
        for (const SopNotification &g : groups.mid(0, 3))
            lines << tr("“%1”: %Ln customer(s)", nullptr, g.customers).arg(g.ruleName);
        if (groups.size() > 3)
            lines << tr("… and %Ln more rule(s)", nullptr, int(groups.size()) - 3);
        m_sopRule = 0;
        m_sopCustomer = 0;
    }
    const QString message = lines.join(QLatin1Char('\n'));
    m_lastWasSop = true;
    if (m_tray)
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 15000);
    emit notified(title, message);
}

void ReminderController::openLastNotification()
{
    if (!m_lastWasSop) {
        showWindow();
        return;
    }
    showMainWindow();
    emit sopNotificationClicked(m_sopRule, m_sopCustomer);
}

void ReminderController::showWindow()
{
    refresh();
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->show();
    m_window->raise();
}

void ReminderController::showMainWindow()
{
    if (m_mainWindow->isMinimized())
        m_mainWindow->showNormal();
    m_mainWindow->show();
    m_mainWindow->raise();
    m_mainWindow->activateWindow();
}

void ReminderController::report(const QString &what, const Status &status)
{
    if (status || status.error().code == Error::Cancelled)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, what, status.error().message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("reminderErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

Status ReminderController::done(const QList<qint64> &taskIds)
{
    Status s = m_context.push(new CompleteRemindersCommand(m_context, *m_tasks, taskIds));
    refresh();
    report(tr("Could not mark the task done"), s);
    return s;
}

Status ReminderController::snooze(const QList<qint64> &taskIds, const QDateTime &until)
{
    Status s = m_context.push(new SnoozeRemindersCommand(m_context, *m_tasks, taskIds, until));
    refresh();
    report(tr("Could not snooze the reminder"), s);
    return s;
}

void ReminderController::setAutostart(bool on)
{
    Autostart autostart({}, autostartArguments(m_context.workspace().database()));
    Status s = autostart.setEnabled(on);
    if (!s) {
        const QSignalBlocker block(m_autostart);
        m_autostart->setChecked(autostart.isEnabled());
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Start Patron at login"), s.error().message,
                                    QMessageBox::Ok, m_mainWindow);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

} // namespace Patron
