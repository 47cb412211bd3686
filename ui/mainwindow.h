#pragma once

#include "appsettings.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace Patron {

class CommandContext;
class CustomerActions;
class CustomerListView;
class DashboardView;
class Customer360Page;
class DataQualityDialog;
class DuplicatesDialog;
class TaskActions;
class TaskView;
class Workspace;

/// The main window: navigation on the left, the current screen on the right, menus and
/// one undo stack for every edit. Screens do the work; this class only wires them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    CommandContext &commands() const { return *m_context; }
    CustomerListView *customerList() const { return m_list; }
    Customer360Page *customerPage() const { return m_page; }
    CustomerActions *customerActions() const { return m_customerActions; }
    DashboardView *dashboard() const { return m_dashboard; }
    TaskView *tasks() const { return m_tasks; }
    TaskActions *taskActions() const { return m_taskActions; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

    void openCustomer(qint64 customerId);
    void showCustomerList();
    /// The dashboard (数据看板) screen.
    void showDashboard();
    /// The tasks (待办) screen.
    void showTasks();
    void loadDemoData();
    /// File → Export…: opens the export dialog for the current list and selection.
    void exportData();
    /// Customers → Find duplicates… / Data quality… (non-modal, kept for the session).
    void showDuplicates();
    void showDataQuality();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void updateTargets();
    void updateCount(qint64 count);
    void showAbout();

    Workspace &m_workspace;
    AppSettings m_settings;
    CommandContext *m_context;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    CustomerListView *m_list;
    Customer360Page *m_page;
    DashboardView *m_dashboard;
    TaskView *m_tasks;
    TaskActions *m_taskActions;
    CustomerActions *m_customerActions;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_loadDemo = nullptr;
    DuplicatesDialog *m_duplicates = nullptr;
    DataQualityDialog *m_quality = nullptr;
    QLabel *m_countLabel;
    QLabel *m_databaseLabel;
};

} // namespace Patron
