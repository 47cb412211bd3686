#include "reminderwindow.h"

#include "util/values.h"

#include <QAction>
#include <QCloseEvent>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Patron {

namespace {

constexpr int kTaskIdRole = Qt::UserRole;
constexpr int kCustomerIdRole = Qt::UserRole + 1;

QDateTime wholeMinute(const QDateTime &t)
{
    return QDateTime(t.date(), QTime(t.time().hour(), t.time().minute()));
}

} // namespace

ReminderWindow::ReminderWindow(QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::WindowStaysOnTopHint)
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_heading(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_done(new QPushButton(tr("&Done"), this))
    , m_snooze(new QToolButton(this))
    , m_open(new QPushButton(tr("&Open customer"), this))
    , m_hide(new QPushButton(tr("&Hide"), this))
    , m_tenMinutes(new QAction(tr("In &10 minutes"), this))
    , m_oneHour(new QAction(tr("In 1 &hour"), this))
    , m_tomorrow(new QAction(tr("&Tomorrow at 9:00"), this))
    , m_pickTime(new QAction(tr("&Pick a time…"), this))
{
    setObjectName(QStringLiteral("reminderWindow"));
    setWindowTitle(tr("Reminders"));
    // Popping up must not take the keyboard away from whatever the user is typing into.
    setAttribute(Qt::WA_ShowWithoutActivating);

    m_heading->setObjectName(QStringLiteral("reminderHeading"));
    m_list->setObjectName(QStringLiteral("reminderList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Task"), tr("Customer"), tr("Due"), tr("Reminder"), QString()});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    for (int c = CustomerColumn; c < ColumnCount; ++c)
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_heading->setBuddy(m_list);

    m_done->setObjectName(QStringLiteral("reminderDone"));
    m_done->setToolTip(tr("Mark the selected tasks done"));
    m_open->setObjectName(QStringLiteral("reminderOpenCustomer"));
    m_hide->setObjectName(QStringLiteral("reminderHide"));
    m_hide->setToolTip(tr("Hide this window (Esc); the reminders stay listed"));
    m_snooze->setObjectName(QStringLiteral("reminderSnooze"));
    m_snooze->setText(tr("&Snooze"));
    m_snooze->setToolTip(tr("Remind me again later"));
    m_snooze->setPopupMode(QToolButton::InstantPopup);
    m_snooze->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_snooze->setFocusPolicy(Qt::StrongFocus);
    auto *menu = new QMenu(m_snooze);
    menu->setObjectName(QStringLiteral("snoozeMenu"));
    m_tenMinutes->setObjectName(QStringLiteral("snooze10Minutes"));
    m_oneHour->setObjectName(QStringLiteral("snooze1Hour"));
    m_tomorrow->setObjectName(QStringLiteral("snoozeTomorrow"));
    m_pickTime->setObjectName(QStringLiteral("snoozePickTime"));
    menu->addActions({m_tenMinutes, m_oneHour, m_tomorrow});
    menu->addSeparator();
    menu->addAction(m_pickTime);
    m_snooze->setMenu(menu);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_done);
    buttons->addWidget(m_snooze);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_hide);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setTabOrder(m_list, m_done);
    setTabOrder(m_done, m_snooze);
    setTabOrder(m_snooze, m_open);
    setTabOrder(m_open, m_hide);

    connect(m_done, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedTaskIds();
        if (!ids.isEmpty())
            emit doneRequested(ids);
    });
    connect(m_open, &QPushButton::clicked, this, &ReminderWindow::openCustomer);
    connect(m_hide, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_tenMinutes, &QAction::triggered, this, [this] { snooze(Snooze::TenMinutes); });
    connect(m_oneHour, &QAction::triggered, this, [this] { snooze(Snooze::OneHour); });
    connect(m_tomorrow, &QAction::triggered, this, [this] { snooze(Snooze::Tomorrow); });
    connect(m_pickTime, &QAction::triggered, this, &ReminderWindow::pickTime);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ReminderWindow::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &ReminderWindow::openCustomer);

    setReminders({}, {});
    resize(720, 320);
}

QAction *ReminderWindow::snoozeAction(Snooze choice) const
{
    switch (choice) {
    case Snooze::TenMinutes: return m_tenMinutes;
    case Snooze::OneHour: return m_oneHour;
    case Snooze::Tomorrow: return m_tomorrow;
    }
    return nullptr;
}

QDateTime ReminderWindow::snoozeUntil(Snooze choice, const QDateTime &now)
{
    const QDateTime base(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()));
    switch (choice) {
    case Snooze::TenMinutes: return base.addSecs(10 * 60);
    case Snooze::OneHour: return base.addSecs(3600);
    case Snooze::Tomorrow: return QDateTime(now.date().addDays(1), QTime(9, 0));
    }
    return base;
}

void ReminderWindow::setReminders(const QList<TaskInfo> &reminders, const QSet<qint64> &missed)
{
    const QList<qint64> selected = selectedTaskIds();
    const QTreeWidgetItem *current = m_list->currentItem();
    const qint64 currentId = current ? current->data(TitleColumn, kTaskIdRole).toLongLong() : 0;
    m_list->clear();
    QTreeWidgetItem *newCurrent = nullptr;
    QList<QTreeWidgetItem *> items;
    for (const TaskInfo &t : reminders) {
        auto *item = new QTreeWidgetItem;
        item->setData(TitleColumn, kTaskIdRole, t.id);
        item->setData(TitleColumn, kCustomerIdRole, t.customerId);
        item->setText(TitleColumn, t.title);
        if (!t.notes.isEmpty())
            item->setToolTip(TitleColumn, t.notes);
        item->setText(CustomerColumn, t.customerName);
        item->setText(DueColumn, Values::displayDateTime(t.dueAt));
        item->setText(RemindColumn, Values::displayDateTime(t.remindAt));
        if (missed.contains(t.id)) {
            item->setText(MissedColumn, tr("Missed"));
            item->setToolTip(MissedColumn, tr("This reminder fell due while Patron was closed"));
            item->setForeground(MissedColumn, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        if (t.priority == QLatin1String("high")) {
            QFont bold = item->font(TitleColumn);
            bold.setBold(true);
            item->setFont(TitleColumn, bold);
        }
        items << item;
        if (t.id == currentId)
            newCurrent = item;
    }
    m_list->addTopLevelItems(items);
    if (!newCurrent && !items.isEmpty())
        newCurrent = items.first();
    if (newCurrent)
        m_list->setCurrentItem(newCurrent, 0, QItemSelectionModel::NoUpdate);
    bool any = false;
    for (QTreeWidgetItem *item : std::as_const(items)) {
        if (selected.contains(item->data(TitleColumn, kTaskIdRole).toLongLong())) {
            item->setSelected(true);
            any = true;
        }
    }
    if (!any && newCurrent)
        newCurrent->setSelected(true);

    const int n = int(reminders.size());
    setWindowTitle(n ? tr("Reminders (%n)", nullptr, n) : tr("Reminders"));
    m_heading->setText(n ? tr("%n reminder(s) due. Select one or more, then:", nullptr, n)
                         : tr("No reminders are due."));
    updateButtons();
}

QList<qint64> ReminderWindow::selectedTaskIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->isSelected())
            ids << item->data(TitleColumn, kTaskIdRole).toLongLong();
    }
    return ids;
}

int ReminderWindow::count() const
{
    return m_list->topLevelItemCount();
}

qint64 ReminderWindow::currentCustomerId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->isSelected()) {
        const auto selected = m_list->selectedItems();
        item = selected.isEmpty() ? nullptr : selected.first();
    }
    return item ? item->data(TitleColumn, kCustomerIdRole).toLongLong() : 0;
}

void ReminderWindow::updateButtons()
{
    const bool any = !selectedTaskIds().isEmpty();
    m_done->setEnabled(any);
    m_snooze->setEnabled(any);
    m_open->setEnabled(currentCustomerId() > 0);
}

void ReminderWindow::snooze(Snooze choice)
{
    const QList<qint64> ids = selectedTaskIds();
    if (!ids.isEmpty())
        emit snoozeRequested(ids, snoozeUntil(choice, m_clock()));
}

void ReminderWindow::pickTime()
{
    const QList<qint64> ids = selectedTaskIds();
    if (ids.isEmpty())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("snoozeTimeDialog"));
    dialog->setWindowTitle(tr("Snooze until"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *edit = new QDateTimeEdit(dialog);
    edit->setObjectName(QStringLiteral("snoozeTimeEdit"));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QDateTime now = m_clock();
    edit->setMinimumDateTime(wholeMinute(now));
    edit->setDateTime(wholeMinute(now).addSecs(3600));
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("&Remind me at:"), edit);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, ids, edit] { emit snoozeRequested(ids, wholeMinute(edit->dateTime())); });
    dialog->open();
    edit->setFocus();
}

void ReminderWindow::openCustomer()
{
    const qint64 id = currentCustomerId();
    if (id > 0)
        emit openCustomerRequested(id);
}

void ReminderWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        hide();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ReminderWindow::closeEvent(QCloseEvent *event)
{
    // Hidden, not closed: closing the last visible window would end a Patron running in the tray.
    hide();
    event->ignore();
}

} // namespace Patron
