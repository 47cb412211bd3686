#include "taskactions.h"

#include "commands/changerecordcommand.h"
#include "commands/commandcontext.h"
#include "completetaskdialog.h"
#include "customerpicker.h"
#include "services/tagservice.h"
#include "services/workspace.h"
#include "taskview.h"
#include "taskweekview.h"
#include "tasks/taskservice.h"
#include "util/values.h"
#include "widgets/choicedialog.h"
#include "widgets/recorddialog.h"

#include <QAction>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QListWidget>
#include <QHBoxLayout>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Patron {

namespace {

// The customer row, right after the title: the task belongs to the customer picked there.
void addCustomerPicker(CommandContext &context, RecordDialog *dialog, qint64 customerId)
{
    auto *picker = new CustomerPicker(context.workspace(), dialog);
    picker->setCustomerId(customerId);
    dialog->addExtraRow(1, QStringLiteral("customer_id"), fieldLabel(Entity::Task, QStringLiteral("customer_id")), picker,
                        [picker] { return picker->customerId() > 0 ? QVariant(picker->customerId()) : QVariant(); });
}

const QStringList kNewFields = {QStringLiteral("title"), QStringLiteral("due_at"), QStringLiteral("remind_at"),
                                QStringLiteral("assignee_id"), QStringLiteral("priority"), QStringLiteral("notes")};

QToolButton *toolButton(QAction *action, QWidget *parent, const QString &objectName)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(objectName);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

TaskActions::TaskActions(CommandContext &context, TaskView *view, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_view(view)
    , m_menu(new QMenu(tr("&Tasks"), view))
    , m_snoozeMenu(new QMenu(tr("&Snooze"), view))
{
    m_new = new QAction(tr("&New task…"), this);
    m_new->setObjectName(QStringLiteral("actionNewTask"));
    // Ctrl+N makes a task while this screen has focus (MainWindow lends it the shortcut).
    m_new->setShortcut(QKeySequence::New);
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_new, &QAction::triggered, this, &TaskActions::createTask);

    m_edit = new QAction(tr("&Edit task…"), this);
    m_edit->setObjectName(QStringLiteral("actionEditTask"));
    connect(m_edit, &QAction::triggered, this, &TaskActions::editCurrent);

    m_complete = new QAction(tr("&Complete…"), this);
    m_complete->setObjectName(QStringLiteral("actionCompleteTask"));
    m_complete->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_complete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_complete, &QAction::triggered, this, &TaskActions::completeCurrent);

    m_snoozeMenu->setObjectName(QStringLiteral("snoozeMenu"));
    m_snooze10 = m_snoozeMenu->addAction(tr("In 10 minutes"), this, [this] { snoozeCurrent(m_view->now().addSecs(600)); });
    m_snooze10->setObjectName(QStringLiteral("actionSnooze10m"));
    m_snoozeHour = m_snoozeMenu->addAction(tr("In 1 hour"), this, [this] { snoozeCurrent(m_view->now().addSecs(3600)); });
    m_snoozeHour->setObjectName(QStringLiteral("actionSnooze1h"));
    m_snoozeTomorrow = m_snoozeMenu->addAction(tr("Tomorrow at 9:00"), this, [this] {
        snoozeCurrent(QDateTime(m_view->now().date().addDays(1), QTime(9, 0)));
    });
    m_snoozeTomorrow->setObjectName(QStringLiteral("actionSnoozeTomorrow"));
    m_snoozePick = m_snoozeMenu->addAction(tr("Pick a time…"), this, &TaskActions::pickSnoozeTime);
    m_snoozePick->setObjectName(QStringLiteral("actionSnoozePick"));

    m_reassign = new QAction(tr("&Reassign…"), this);
    m_reassign->setObjectName(QStringLiteral("actionReassignTask"));
    connect(m_reassign, &QAction::triggered, this, &TaskActions::reassignCurrent);

    m_openCustomer = new QAction(tr("Open &customer"), this);
    m_openCustomer->setObjectName(QStringLiteral("actionOpenTaskCustomer"));
    connect(m_openCustomer, &QAction::triggered, this, [this] {
        const auto t = m_view->currentTask();
        if (t && t->customerId > 0)
            emit openCustomerRequested(t->customerId);
    });

    m_export = new QAction(tr("Export to calendar (.ics)…"), this);
    m_export->setObjectName(QStringLiteral("actionExportIcs"));
    connect(m_export, &QAction::triggered, this, &TaskActions::chooseExportFile);

    m_menu->addAction(m_new);
    m_menu->addAction(m_edit);
    m_menu->addAction(m_complete);
    m_menu->addMenu(m_snoozeMenu);
    m_menu->addAction(m_reassign);
    m_menu->addSeparator();
    m_menu->addAction(m_openCustomer);
    m_menu->addSeparator();
    m_menu->addAction(m_export);

    view->addAction(m_new);
    view->addAction(m_complete);
    for (QTreeWidget *list : {view->taskList(), view->dayList()})
        list->addActions({m_edit, m_complete, m_snoozeMenu->menuAction(), m_reassign, m_openCustomer});
    for (int d = 0; d < 7; ++d)
        view->weekView()->dayList(d)->addActions({m_edit, m_complete, m_snoozeMenu->menuAction(), m_reassign, m_openCustomer});

    QHBoxLayout *bar = view->toolBar();
    bar->addWidget(toolButton(m_new, view, QStringLiteral("newTaskButton")));
    bar->addWidget(toolButton(m_complete, view, QStringLiteral("completeTaskButton")));
    auto *snooze = toolButton(m_snoozeMenu->menuAction(), view, QStringLiteral("snoozeButton"));
    snooze->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(snooze);
    bar->addWidget(toolButton(m_reassign, view, QStringLiteral("reassignTaskButton")));
    bar->addWidget(toolButton(m_export, view, QStringLiteral("exportIcsButton")));

    connect(view, &TaskView::currentTaskChanged, this, &TaskActions::updateEnabled);
    connect(view, &TaskView::activated, this, [this] { editCurrent(); });
    connect(view, &TaskView::openCustomerRequested, this, &TaskActions::openCustomerRequested);
    updateEnabled();
}

void TaskActions::updateEnabled()
{
    const auto t = m_view->currentTask();
    const bool open = t && t->status == QLatin1String("open");
    m_edit->setEnabled(t.has_value());
    m_complete->setEnabled(open);
    m_snoozeMenu->menuAction()->setEnabled(open);
    for (QAction *a : m_snoozeMenu->actions())
        a->setEnabled(open);
    m_reassign->setEnabled(open);
    m_openCustomer->setEnabled(t && t->customerId > 0);
}

void TaskActions::createTask()
{
    Record defaults{{QStringLiteral("status"), QStringLiteral("open")}, {QStringLiteral("priority"), QStringLiteral("normal")}};
    // New tasks go to whoever the list is filtered to (me, a colleague), else nobody.
    const std::optional<qint64> assignee = m_view->assigneeFilter();
    if (assignee && *assignee > 0)
        defaults.insert(QStringLiteral("assignee_id"), *assignee);
    auto *dialog = RecordDialog::forNew(m_context, Entity::Task, defaults, m_view);
    dialog->setObjectName(QStringLiteral("TaskDialog"));
    dialog->setWindowTitle(tr("New task"));
    dialog->setVisibleFields(kNewFields);
    addCustomerPicker(m_context, dialog, 0);
    dialog->open();
}

void TaskActions::editCurrent()
{
    const qint64 id = m_view->currentTaskId();
    if (id <= 0)
        return;
    auto *dialog = RecordDialog::forEdit(m_context, Entity::Task, id, m_view);
    if (!dialog)
        return;
    dialog->setObjectName(QStringLiteral("TaskDialog"));
    dialog->setVisibleFields(QStringList(kNewFields) << QStringLiteral("status"));
    auto t = m_context.workspace().tasks().task(id);
    addCustomerPicker(m_context, dialog, t ? t->customerId : 0);
    dialog->open();
}

void TaskActions::completeCurrent()
{
    const auto t = m_view->currentTask();
    if (!t || t->status != QLatin1String("open"))
        return;
    auto *dialog = new CompleteTaskDialog(m_context, t->id, t->version, t->title, t->customerId > 0, m_view);
    dialog->open();
}

void TaskActions::snoozeCurrent(const QDateTime &until)
{
    const auto t = m_view->currentTask();
    if (!t || !until.isValid())
        return;
    QDateTime at = until;
    at.setTime(QTime(at.time().hour(), at.time().minute()));
    const Record before{{QStringLiteral("remind_at"), t->remindAt}, {QStringLiteral("reminded_at"), t->remindedAt}};
    const Record after{{QStringLiteral("remind_at"), Values::storeDateTime(at)}, {QStringLiteral("reminded_at"), QVariant()}};
    Status s = m_context.push(new ChangeRecordCommand(m_context, Entity::Task, t->id, t->version, before, after,
                                                      tr("Snooze “%1”").arg(t->title)));
    if (!s)
        QMessageBox::warning(m_view, tr("Snooze"), s.error().message);
    else
        emit statusMessage(tr("“%1” will remind you again at %2.").arg(t->title, Values::displayDateTime(Values::storeDateTime(at))));
}

void TaskActions::pickSnoozeTime()
{
    if (m_view->currentTaskId() <= 0)
        return;
    auto *dialog = new QDialog(m_view);
    dialog->setObjectName(QStringLiteral("SnoozeDialog"));
    dialog->setWindowTitle(tr("Remind me again"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(dialog);
    auto *form = new QFormLayout;
    auto *edit = new QDateTimeEdit(dialog);
    edit->setObjectName(QStringLiteral("snoozeTime"));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QDateTime start = m_view->now().addSecs(3600);
    edit->setDateTime(QDateTime(start.date(), QTime(start.time().hour(), 0)));
    form->addRow(tr("Remind at:"), edit);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::accepted, this, [this, edit] { snoozeCurrent(edit->dateTime()); });
    dialog->open();
}

void TaskActions::reassignCurrent()
{
    const auto t = m_view->currentTask();
    if (!t)
        return;
    auto *dialog = new ChoiceDialog(tr("Reassign task"), tr("Give “%1” to:").arg(t->title), m_view);
    dialog->setObjectName(QStringLiteral("ReassignDialog"));
    auto users = m_context.workspace().users().users();
    if (users) {
        for (const Record &u : users.value())
            dialog->addChoice(u.value(QStringLiteral("display_name")).toString(), u.value(QStringLiteral("id")));
    }
    dialog->addChoice(tr("(nobody)"), QVariant());
    const TaskInfo task = t.value();
    connect(dialog, &QDialog::accepted, this, [this, dialog, task] {
        const QVariant to = dialog->selectedData();
        const Record before{{QStringLiteral("assignee_id"), task.assigneeId > 0 ? QVariant(task.assigneeId) : QVariant()}};
        const Record after{{QStringLiteral("assignee_id"), to}};
        Status s = m_context.push(new ChangeRecordCommand(m_context, Entity::Task, task.id, task.version, before, after,
                                                          tr("Reassign “%1”").arg(task.title)));
        if (!s)
            QMessageBox::warning(m_view, tr("Reassign task"), s.error().message);
    });
    dialog->open();
}

void TaskActions::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(m_view, tr("Export tasks to calendar"), tr("tasks.ics"),
                                                      tr("iCalendar files (*.ics)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool TaskActions::exportTo(const QString &path)
{
    TaskFilter f;
    f.bucket = m_view->bucket();
    f.assigneeId = m_view->assigneeFilter();
    f.now = m_view->now();
    auto list = m_context.workspace().tasks().tasks(f);
    QString error;
    if (list) {
        QSaveFile file(path);
        const QByteArray ics = TaskService::toICalendar(list.value());
        if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit())
            error = file.errorString();
    } else {
        error = list.error().message;
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(m_view, tr("Export tasks to calendar"), tr("Could not write %1:\n%2").arg(path, error));
        return false;
    }
    emit statusMessage(tr("Exported %n task(s) to %1.", nullptr, int(list->size())).arg(path));
    return true;
}

} // namespace Patron
