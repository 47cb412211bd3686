#include "mainwindow.h"

#include "commands/commandcontext.h"
#include "customers/customeractions.h"
#include "customers/customerlistview.h"
#include "customers/customerpage.h"
#include "dashboard/dashboardview.h"
#include "demo/demoloader.h"
#include "export/exportdialog.h"
#include "import/importactions.h"
#include "duplicates/duplicatesdialog.h"
#include "quality/dataqualitydialog.h"
#include "reminders/remindercontroller.h"
#include "rfm/rfmactions.h"
#include "rfm/rfmscheduler.h"
#include "segments/segmentactions.h"
#include "tasks/taskactions.h"
#include "tasks/taskview.h"
#include "sop/sopactions.h"
#include "models/customertablemodel.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>

namespace Patron {

namespace {
enum Screen { CustomerListScreen = 0, CustomerPageScreen = 1, DashboardScreen = 2, TasksScreen = 3 };
}

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_context(new CommandContext(workspace, this))
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_list(new CustomerListView(*m_context, m_settings, this))
    , m_page(new Customer360Page(*m_context, this))
    , m_dashboard(new DashboardView(workspace, this))
    , m_tasks(new TaskView(workspace, this))
    , m_taskActions(new TaskActions(*m_context, m_tasks, this))
    , m_customerActions(new CustomerActions(*m_context, this))
    , m_countLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Patron"));

    // Only screens that exist are listed; more join as they are built.
    m_nav->setObjectName(QStringLiteral("navigation"));
    auto *customers = new QListWidgetItem(tr("Customers"), m_nav);
    customers->setData(Qt::UserRole, int(CustomerListScreen));
    auto *dashboard = new QListWidgetItem(tr("Dashboard"), m_nav);
    dashboard->setData(Qt::UserRole, int(DashboardScreen));
    auto *tasks = new QListWidgetItem(tr("Tasks"), m_nav);
    tasks->setData(Qt::UserRole, int(TasksScreen));
    m_nav->setCurrentRow(0);
    m_nav->setFixedWidth(std::max({130, m_nav->fontMetrics().horizontalAdvance(customers->text()) + 48,
                                   m_nav->fontMetrics().horizontalAdvance(dashboard->text()) + 48,
                                   m_nav->fontMetrics().horizontalAdvance(tasks->text()) + 48}));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(QStringLiteral("QListWidget { background: palette(window); padding-top: 6px; }"
                                        "QListWidget::item { padding: 8px 12px; }"));
    connect(m_nav, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (item->data(Qt::UserRole).toInt() == DashboardScreen)
            showDashboard();
        else if (item->data(Qt::UserRole).toInt() == TasksScreen)
            showTasks();
        else
            showCustomerList();
    });

    m_stack->addWidget(m_list);
    m_stack->addWidget(m_page);
    m_stack->addWidget(m_dashboard);
    m_stack->addWidget(m_tasks);
    // Ctrl+N makes a task on the tasks screen and a customer everywhere else.
    connect(m_stack, &QStackedWidget::currentChanged, this, [this](int index) {
        m_customerActions->newCustomer()->setShortcut(index == TasksScreen ? QKeySequence() : QKeySequence(QKeySequence::New));
    });
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setText(tr("Database: %1").arg(workspace.database().settings().describe()));
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);

    buildMenus();

    connect(m_list, &CustomerListView::openRequested, this, &MainWindow::openCustomer);
    connect(m_list, &CustomerListView::selectionChanged, this, &MainWindow::updateTargets);
    connect(m_list, &CustomerListView::countChanged, this, &MainWindow::updateCount);
    connect(m_list, &CustomerListView::newCustomerRequested, m_customerActions->newCustomer(), &QAction::trigger);
    connect(m_list, &CustomerListView::loadDemoRequested, this, &MainWindow::loadDemoData);
    connect(m_list, &CustomerListView::databaseEmptyChanged, this, [this](bool empty) { m_loadDemo->setEnabled(empty); });
    connect(m_page, &Customer360Page::backRequested, this, &MainWindow::showCustomerList);
    // A click on a chart opens the customers behind it: the list, filtered by the chart's condition.
    connect(m_dashboard, &DashboardView::drillDownRequested, this, [this](const Condition &condition, const QString &title) {
        m_list->showCondition(condition, title);
        showCustomerList();
    });
    connect(m_page, &Customer360Page::stateChanged, this, &MainWindow::updateTargets);
    connect(m_taskActions, &TaskActions::openCustomerRequested, this, &MainWindow::openCustomer);
    connect(m_taskActions, &TaskActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_customerActions, &CustomerActions::openRequested, this, &MainWindow::openCustomer);
    connect(m_customerActions, &CustomerActions::customerCreated, this, &MainWindow::openCustomer);
    connect(m_customerActions, &CustomerActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_context, &CommandContext::commandFailed, this, [this](const QString &what, const QString &message) {
        // Not exec(): the failure may come from a shortcut in the middle of other work.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Could not undo or redo"),
                                    tr("“%1” could not be carried out:\n\n%2").arg(what, message), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("commandFailedBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    // Enter and Delete act on list rows only where the list has focus.
    m_list->table()->addAction(m_customerActions->open());
    m_list->table()->addAction(m_customerActions->trash());
    m_loadDemo->setEnabled(m_list->isDatabaseEmpty());
    updateCount(m_list->model()->totalCount());
    updateTargets();

    resize(1280, 760);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_customerActions->newCustomer());
    auto *imports = new ImportActions(m_workspace, this);
    imports->addToMenu(file);
    imports->acceptDropsOn(this);
    connect(imports, &ImportActions::dataChanged, m_list, &CustomerListView::reload);
    auto *rfm = new RfmActions(*m_context, this);
    rfm->attach(m_page);
    connect(imports, &ImportActions::dataChanged, rfm->scheduler(), &RfmScheduler::ordersChanged);
    m_loadDemo = file->addAction(tr("Load &demo data…"), this, &MainWindow::loadDemoData);
    m_loadDemo->setObjectName(QStringLiteral("actionLoadDemo"));
    m_loadDemo->setStatusTip(tr("Fill this empty database with 2,000 sample customers"));
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportData);
    exportAction->setObjectName(QStringLiteral("actionExport"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setStatusTip(tr("Write customers, orders, follow-ups or contacts to an Excel, CSV or vCard file"));
    file->addSeparator();
    auto *reminders = new ReminderController(*m_context, this); // started by guimain (or a test)
    reminders->addToMenu(file);
    connect(reminders, &ReminderController::openCustomerRequested, this, &MainWindow::openCustomer);
    connect(reminders, &ReminderController::todayTasksRequested, this, [this] {
        m_tasks->setBucket(TaskFilter::Bucket::Today);
        showTasks();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = m_context->stack()->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redo = m_context->stack()->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find customers"), this, [this] {
        showCustomerList();
        m_list->focusSearch();
    });
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *columns = view->addAction(tr("&Columns…"), this, [this] {
        showCustomerList();
        m_list->chooseColumns();
    });
    columns->setObjectName(QStringLiteral("actionColumns"));

    view->addSeparator();
    QAction *toList = view->addAction(tr("C&ustomers"), this, &MainWindow::showCustomerList);
    toList->setObjectName(QStringLiteral("actionShowCustomers"));
    toList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *toDashboard = view->addAction(tr("&Dashboard"), this, &MainWindow::showDashboard);
    toDashboard->setObjectName(QStringLiteral("actionShowDashboard"));
    toDashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *toTasks = view->addAction(tr("&Tasks"), this, &MainWindow::showTasks);
    toTasks->setObjectName(QStringLiteral("actionShowTasks"));
    toTasks->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));

    QMenu *customers = menuBar()->addMenu(tr("&Customers"));
    customers->addAction(m_customerActions->open());
    customers->addSeparator();
    customers->addAction(m_customerActions->assignOwner());
    customers->addAction(m_customerActions->addTag());
    customers->addAction(m_customerActions->removeTag());
    customers->addSeparator();
    customers->addAction(m_customerActions->archive());
    customers->addAction(m_customerActions->trash());
    customers->addSeparator();
    QAction *duplicates = customers->addAction(tr("Find &duplicates…"), this, &MainWindow::showDuplicates);
    duplicates->setObjectName(QStringLiteral("actionFindDuplicates"));
    duplicates->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QAction *quality = customers->addAction(tr("Data &quality…"), this, &MainWindow::showDataQuality);
    quality->setObjectName(QStringLiteral("actionDataQuality"));
    customers->addSeparator();
    rfm->addToMenu(customers);
    customers->addSeparator();
    customers->addAction(m_customerActions->manageFields());
    (new SegmentActions(*m_context, m_list, this))->addTo(customers);

    menuBar()->addMenu(m_taskActions->menu());
    // 自动化: SOP rules, their journal and the scheduler (started by app/guimain.cpp).
    auto *sop = new SopActions(*m_context, this);
    sop->addMenu(menuBar());
    connect(imports, &ImportActions::dataChanged, sop, &SopActions::dataChanged);
    connect(sop, &SopActions::dataChangedBySop, m_list, &CustomerListView::reload);
    connect(sop, &SopActions::dataChangedBySop, m_tasks, &TaskView::reload);
    connect(sop, &SopActions::openCustomerRequested, this, &MainWindow::openCustomer);
    connect(sop, &SopActions::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    // notify actions reach the desktop through the reminders' tray icon.
    connect(sop, &SopActions::notificationsDue, reminders, &ReminderController::notifySop);
    connect(reminders, &ReminderController::sopNotificationClicked, sop, &SopActions::openNotification);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Patron"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Patron"),
                       tr("<h3>Patron %1</h3><p>A desktop CRM for small and medium businesses: gather your customers "
                          "into one clean profile each, see who matters, act on it and print what you need.</p>"
                          "<p>Database: %2</p>")
                           .arg(QCoreApplication::applicationVersion(),
                                m_workspace.database().settings().describe().toHtmlEscaped()));
}

void MainWindow::openCustomer(qint64 customerId)
{
    if (customerId <= 0)
        return;
    if (m_stack->currentIndex() == CustomerPageScreen && m_page->customerId() != customerId && !m_page->confirmLeave())
        return;
    m_page->showCustomer(customerId);
    m_stack->setCurrentIndex(CustomerPageScreen);
    m_page->tabs()->setFocus();
    updateTargets();
}

void MainWindow::showCustomerList()
{
    if (m_stack->currentIndex() == CustomerPageScreen) {
        if (!m_page->confirmLeave())
            return;
        const qint64 id = m_page->customerId();
        m_stack->setCurrentIndex(CustomerListScreen);
        m_list->selectCustomer(id);
    }
    m_stack->setCurrentIndex(CustomerListScreen);
    m_nav->setCurrentRow(0);
    m_list->table()->setFocus();
    updateTargets();
}

void MainWindow::showDashboard()
{
    if (m_stack->currentIndex() == CustomerPageScreen && !m_page->confirmLeave())
        return;
    m_stack->setCurrentIndex(DashboardScreen);
    m_nav->setCurrentRow(1);
    m_dashboard->setFocus();
    updateTargets();
}

void MainWindow::showTasks()
{
    if (m_stack->currentIndex() == CustomerPageScreen && !m_page->confirmLeave())
        return;
    m_stack->setCurrentIndex(TasksScreen);
    m_nav->setCurrentRow(2);
    m_tasks->taskList()->setFocus();
    updateTargets();
}

void MainWindow::updateTargets()
{
    if (m_stack->currentIndex() == CustomerPageScreen) {
        const CustomerFilter::Scope scope = m_page->isInTrash()   ? CustomerFilter::Scope::Trash
                                            : m_page->isArchived() ? CustomerFilter::Scope::Archived
                                                                   : CustomerFilter::Scope::Active;
        const qint64 id = m_page->customerId();
        m_customerActions->setTargets(id > 0 ? 1 : 0, scope, [id] { return QList<qint64>{id}; });
        return;
    }
    m_customerActions->setTargets(m_list->selectedCount(), m_list->scope(), [this] { return m_list->selectedIds(); });
}

void MainWindow::updateCount(qint64 count)
{
    m_countLabel->setText(tr("%Ln customer(s)", nullptr, int(count)));
}

void MainWindow::loadDemoData()
{
    if (!m_list->isDatabaseEmpty()) {
        QMessageBox::information(this, tr("Load demo data"), tr("Demo data can only be loaded into an empty database."));
        return;
    }
    Status s = Patron::loadDemoData(m_workspace, 2000, this);
    if (!s && !s.error().message.isEmpty())
        QMessageBox::warning(this, tr("Load demo data"), s.error().message);
    // The generator writes in bulk, past the change signals: re-read everything.
    m_context->stack()->clear();
    m_list->reload();
    showCustomerList();
}

void MainWindow::exportData()
{
    auto *dialog = new ExportDialog(m_workspace, m_list->model()->filter(), m_list->model()->totalCount(),
                                    m_list->selectedCount(), [this] { return m_list->selectedIds(); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](qint64 rows, const QString &path) {
        statusBar()->showMessage(tr("Exported %Ln row(s) to %1", nullptr, int(rows)).arg(QDir::toNativeSeparators(path)),
                                 10000);
    });
    dialog->open();
}

void MainWindow::showDuplicates()
{
    if (!m_duplicates) {
        m_duplicates = new DuplicatesDialog(*m_context, this);
        connect(m_duplicates, &DuplicatesDialog::openCustomerRequested, this, &MainWindow::openCustomer);
    }
    m_duplicates->refresh();
    m_duplicates->show();
    m_duplicates->raise();
    m_duplicates->activateWindow();
}

void MainWindow::showDataQuality()
{
    if (!m_quality) {
        m_quality = new DataQualityDialog(*m_context, this);
        connect(m_quality, &DataQualityDialog::findDuplicatesRequested, this, &MainWindow::showDuplicates);
        connect(m_quality, &DataQualityDialog::showCustomersRequested, this, [this](const QString &q, const QString &label) {
            showCustomerList();
            m_list->setQualityFilter(q, label);
        });
    }
    m_quality->refresh();
    m_quality->show();
    m_quality->raise();
    m_quality->activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_stack->currentIndex() == CustomerPageScreen && !m_page->confirmLeave()) {
        event->ignore();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    event->accept();
}

} // namespace Patron
