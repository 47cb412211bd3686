#include "taskview.h"

#include "taskweekview.h"

#include "services/recordstore.h"
#include "services/tagservice.h"
#include "services/workspace.h"
#include "util/values.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QButtonGroup>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextCharFormat>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <iterator>

namespace Patron {

namespace {

enum Column { TitleColumn, CustomerColumn, DueColumn, PriorityColumn, AssigneeColumn, PlaybookColumn };
constexpr int kIdRole = Qt::UserRole;
constexpr int kCustomerRole = Qt::UserRole + 1;
// Assignee combo data: -1 anyone, -2 me, 0 unassigned, else the user id.
constexpr qint64 kAnyone = -1;
constexpr qint64 kMe = -2;

const TaskFilter::Bucket kBuckets[] = {TaskFilter::Bucket::Today, TaskFilter::Bucket::Overdue,
                                       TaskFilter::Bucket::Upcoming, TaskFilter::Bucket::Done};

QString bucketName(TaskFilter::Bucket b)
{
    switch (b) {
    case TaskFilter::Bucket::Today: return TaskView::tr("Today");
    case TaskFilter::Bucket::Overdue: return TaskView::tr("Overdue");
    case TaskFilter::Bucket::Upcoming: return TaskView::tr("Upcoming");
    case TaskFilter::Bucket::Done: return TaskView::tr("Done");
    case TaskFilter::Bucket::All: return TaskView::tr("All");
    }
    return {};
}

} // namespace

TaskView::TaskView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_toolBar(new QHBoxLayout)
    , m_title(new QLabel(tr("Tasks"), this))
    , m_assignee(new QComboBox(this))
    , m_buckets(new QListWidget(this))
    , m_views(new QTabWidget(this))
    , m_calendar(new QCalendarWidget(this))
    , m_dayLabel(new QLabel(this))
    , m_monthButton(new QToolButton(this))
    , m_weekButton(new QToolButton(this))
    , m_calendarStack(new QStackedWidget(this))
    , m_week(new TaskWeekView(workspace, this))
{
    setObjectName(QStringLiteral("TaskView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);

    auto *top = new QHBoxLayout;
    m_title->setStyleSheet(QStringLiteral("font-size: 16px; font-weight: 600;"));
    top->addWidget(m_title);
    top->addSpacing(16);
    auto *assigneeLabel = new QLabel(tr("Assignee:"), this);
    top->addWidget(assigneeLabel);
    m_assignee->setObjectName(QStringLiteral("assigneeFilter"));
    m_assignee->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    assigneeLabel->setBuddy(m_assignee);
    top->addWidget(m_assignee);
    top->addStretch(1);
    top->addLayout(m_toolBar);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_buckets->setObjectName(QStringLiteral("taskBuckets"));
    m_buckets->setFrameShape(QFrame::NoFrame);
    m_buckets->setStyleSheet(QStringLiteral("QListWidget::item { padding: 6px 10px; }"));
    for (TaskFilter::Bucket b : kBuckets) {
        auto *item = new QListWidgetItem(bucketName(b), m_buckets);
        item->setData(Qt::UserRole, int(b));
    }
    m_buckets->setCurrentRow(0);
    split->addWidget(m_buckets);

    m_list = makeList(QStringLiteral("taskList"));
    m_views->setObjectName(QStringLiteral("taskViews"));
    m_views->addTab(m_list, tr("List"));

    auto *calendarPage = new QWidget(this);
    auto *calendarOuter = new QVBoxLayout(calendarPage);
    auto *switchBar = new QHBoxLayout;
    auto *modes = new QButtonGroup(this);
    m_monthButton->setObjectName(QStringLiteral("calendarMonthButton"));
    m_monthButton->setText(tr("Month"));
    m_weekButton->setObjectName(QStringLiteral("calendarWeekButton"));
    m_weekButton->setText(tr("Week"));
    for (QToolButton *b : {m_monthButton, m_weekButton}) {
        b->setCheckable(true);
        b->setAutoRaise(true);
        modes->addButton(b);
        switchBar->addWidget(b);
    }
    m_monthButton->setChecked(true);
    switchBar->addStretch(1);
    calendarOuter->addLayout(switchBar);
    auto *monthPage = new QWidget(this);
    auto *calendarLayout = new QHBoxLayout(monthPage);
    calendarLayout->setContentsMargins(0, 0, 0, 0);
    m_calendar->setObjectName(QStringLiteral("taskCalendar"));
    m_calendar->setGridVisible(true);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);
    m_calendar->setMinimumSize(420, 300);
    calendarLayout->addWidget(m_calendar, 3);
    auto *dayBox = new QVBoxLayout;
    m_dayLabel->setObjectName(QStringLiteral("dayLabel"));
    m_dayLabel->setStyleSheet(QStringLiteral("font-weight: 600;"));
    dayBox->addWidget(m_dayLabel);
    m_dayList = makeList(QStringLiteral("dayList"));
    for (int c : {int(CustomerColumn), int(PriorityColumn), int(PlaybookColumn)})
        m_dayList->setColumnHidden(c, true);
    dayBox->addWidget(m_dayList, 1);
    calendarLayout->addLayout(dayBox, 2);
    m_calendarStack->addWidget(monthPage);
    m_calendarStack->addWidget(m_week);
    calendarOuter->addWidget(m_calendarStack, 1);
    m_views->addTab(calendarPage, tr("Calendar"));
    split->addWidget(m_views);
    split->setStretchFactor(1, 1);
    split->setSizes({std::max(150, m_buckets->sizeHintForColumn(0) + 80), 900});
    layout->addWidget(split, 1);

    // "Me" is the user with the OS login's name, when there is one.
    auto me = workspace.users().findByName(workspace.store().actor());
    m_me = me ? me.value() : 0;
    fillUsers();

    connect(m_buckets, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < int(std::size(kBuckets)) && m_bucket != kBuckets[row]) {
            m_bucket = kBuckets[row];
            reload();
        }
    });
    connect(m_assignee, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_views, &QTabWidget::currentChanged, this, [this] { emit currentTaskChanged(); });
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, [this] { fillDay(m_calendar->selectedDate()); });
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, [this] { reloadCalendar(); });
    connect(m_monthButton, &QToolButton::toggled, this, [this](bool month) { setWeekShown(!month); });
    connect(m_week, &TaskWeekView::currentTaskChanged, this, [this] {
        if (isWeekShown())
            emit currentTaskChanged();
    });
    connect(m_week, &TaskWeekView::activated, this, &TaskView::activated);
    // The week and the month stay on the same date.
    connect(m_week, &TaskWeekView::dateChanged, this, [this](const QDate &d) { m_calendar->setSelectedDate(d); });
    connect(&workspace.store(), &RecordStore::changed, this, [this](Entity entity) {
        if (entity == Entity::User)
            fillUsers();
        if (entity != Entity::Task && entity != Entity::Customer && entity != Entity::User)
            return;
        if (isVisible())
            reload();
        else
            m_dirty = true;
    });
}

QTreeWidget *TaskView::makeList(const QString &objectName)
{
    auto *list = new QTreeWidget(this);
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setHeaderLabels({fieldLabel(Entity::Task, QStringLiteral("title")), fieldLabel(Entity::Task, QStringLiteral("customer_id")),
                           fieldLabel(Entity::Task, QStringLiteral("due_at")), fieldLabel(Entity::Task, QStringLiteral("priority")),
                           fieldLabel(Entity::Task, QStringLiteral("assignee_id")), tr("Playbook step")});
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    for (int c = CustomerColumn; c <= PlaybookColumn; ++c)
        list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(list, &QTreeWidget::currentItemChanged, this, [this] { emit currentTaskChanged(); });
    connect(list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item)
            emit activated(item->data(TitleColumn, kIdRole).toLongLong());
    });
    // A click on the customer column opens the customer page.
    connect(list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item, int column) {
        const qint64 customer = item ? item->data(TitleColumn, kCustomerRole).toLongLong() : 0;
        if (column == CustomerColumn && customer > 0)
            emit openCustomerRequested(customer);
    });
    return list;
}

void TaskView::setNow(const QDateTime &now)
{
    m_now = now;
    if (now.isValid())
        m_calendar->setSelectedDate(now.date());
    reload();
}

QDateTime TaskView::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

void TaskView::setMe(qint64 userId)
{
    m_me = userId;
    fillUsers();
    reload();
}

void TaskView::fillUsers()
{
    const QVariant previous = m_assignee->currentData();
    QSignalBlocker block(m_assignee);
    m_assignee->clear();
    m_assignee->addItem(tr("Anyone"), kAnyone);
    if (m_me > 0)
        m_assignee->addItem(tr("Me"), kMe);
    m_assignee->addItem(tr("Nobody (unassigned)"), qint64(0));
    auto users = m_workspace.users().users();
    if (users) {
        for (const Record &u : users.value())
            m_assignee->addItem(u.value(QStringLiteral("display_name")).toString(), u.value(QStringLiteral("id")).toLongLong());
    }
    const int index = m_assignee->findData(previous);
    m_assignee->setCurrentIndex(index >= 0 ? index : 0);
}

std::optional<qint64> TaskView::assigneeFilter() const
{
    const qint64 v = m_assignee->currentData().toLongLong();
    if (v == kAnyone)
        return std::nullopt;
    if (v == kMe)
        return m_me;
    return v;
}

void TaskView::setBucket(TaskFilter::Bucket bucket)
{
    for (int i = 0; i < int(std::size(kBuckets)); ++i) {
        if (kBuckets[i] == bucket)
            m_buckets->setCurrentRow(i);
    }
}

void TaskView::setViewMode(ViewMode mode)
{
    m_views->setCurrentIndex(int(mode));
}

void TaskView::setWeekShown(bool week)
{
    if (week == isWeekShown())
        return;
    {
        QSignalBlocker block(m_monthButton);
        m_monthButton->setChecked(!week);
        m_weekButton->setChecked(week);
    }
    m_calendarStack->setCurrentWidget(week ? static_cast<QWidget *>(m_week) : m_calendarStack->widget(0));
    if (week)
        m_week->setDate(m_calendar->selectedDate());
    emit currentTaskChanged();
}

bool TaskView::isWeekShown() const
{
    return m_calendarStack->currentWidget() == m_week;
}

void TaskView::fillItem(QTreeWidgetItem *item, const TaskInfo &t, const QDateTime &now)
{
    item->setText(TitleColumn, t.title);
    item->setData(TitleColumn, kIdRole, t.id);
    item->setData(TitleColumn, kCustomerRole, t.customerId);
    item->setToolTip(TitleColumn, t.notes.isEmpty() ? t.title : t.title + QLatin1Char('\n') + t.notes);
    item->setText(CustomerColumn, t.customerName);
    if (t.customerId > 0)
        item->setToolTip(CustomerColumn, tr("Click to open %1").arg(t.customerName));
    item->setText(DueColumn, Values::displayDateTime(t.dueAt));
    item->setText(PriorityColumn, choiceLabel(Entity::Task, QStringLiteral("priority"), t.priority));
    item->setText(AssigneeColumn, t.assigneeName);
    item->setText(PlaybookColumn, t.playbook.isEmpty() ? QString()
                                  : t.step > 0        ? tr("%1 · step %2").arg(t.playbook).arg(t.step)
                                                      : t.playbook);
    const bool open = t.status == QLatin1String("open");
    if (open && !t.dueAt.isEmpty() && t.dueAt < Values::storeDate(now.date()))
        item->setForeground(DueColumn, QColor(0xb4, 0x23, 0x18));
    if (t.priority == QLatin1String("high")) {
        QFont f = item->font(PriorityColumn);
        f.setBold(true);
        item->setFont(PriorityColumn, f);
    }
    if (!open) {
        for (int c = TitleColumn; c <= PlaybookColumn; ++c)
            item->setForeground(c, QColor(0x80, 0x80, 0x80));
        QFont f = item->font(TitleColumn);
        f.setStrikeOut(t.status == QLatin1String("cancelled"));
        item->setFont(TitleColumn, f);
    }
}

void TaskView::reload()
{
    m_dirty = false;
    const QDateTime current = now();
    const std::optional<qint64> assignee = assigneeFilter();
    auto counts = m_workspace.tasks().bucketCounts(assignee, current);
    for (int i = 0; i < m_buckets->count(); ++i) {
        QListWidgetItem *item = m_buckets->item(i);
        const auto b = TaskFilter::Bucket(item->data(Qt::UserRole).toInt());
        item->setText(counts ? tr("%1 (%2)").arg(bucketName(b)).arg(counts->value(i)) : bucketName(b));
        if (b == TaskFilter::Bucket::Overdue && counts && counts->value(i) > 0)
            item->setForeground(QColor(0xb4, 0x23, 0x18));
        else
            item->setForeground(palette().color(QPalette::Text));
    }

    const qint64 keep = currentTaskId();
    TaskFilter f;
    f.bucket = m_bucket;
    f.assigneeId = assignee;
    f.now = current;
    auto list = m_workspace.tasks().tasks(f);
    {
        QSignalBlocker block(m_list);
        m_list->clear();
        if (list) {
            for (const TaskInfo &t : list.value())
                fillItem(new QTreeWidgetItem(m_list), t, current);
        }
    }
    if (!selectTask(keep) && m_list->topLevelItemCount() > 0) {
        QSignalBlocker block(m_list);
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    reloadCalendar();
    emit currentTaskChanged();
}

void TaskView::reloadCalendar()
{
    // Days of the shown month (with the neighbours' days the grid shows) that have tasks.
    const QDate first(m_calendar->yearShown(), m_calendar->monthShown(), 1);
    const QDate from = first.addDays(-7), to = first.addMonths(1).addDays(13);
    for (const QDate &d : std::as_const(m_markedDays))
        m_calendar->setDateTextFormat(d, QTextCharFormat());
    m_markedDays.clear();
    TaskFilter f;
    f.assigneeId = assigneeFilter();
    f.dueFrom = Values::storeDate(from);
    f.dueTo = Values::storeDate(to);
    auto list = m_workspace.tasks().tasks(f);
    QMap<QDate, QPair<int, int>> perDay; // open, all
    if (list) {
        for (const TaskInfo &t : list.value()) {
            const QDate d = Values::parseStoredDate(t.dueAt);
            auto &c = perDay[d];
            c.second++;
            if (t.status == QLatin1String("open"))
                c.first++;
        }
    }
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        if (it.value().first > 0)
            format.setBackground(it.key() < now().date() ? QColor(0xfe, 0xe4, 0xe2) : QColor(0xdb, 0xea, 0xfe));
        format.setToolTip(tr("%n task(s) due", nullptr, it.value().second));
        m_calendar->setDateTextFormat(it.key(), format);
        m_markedDays << it.key();
    }
    fillDay(m_calendar->selectedDate());
    m_week->setToday(now().date());
    m_week->setAssigneeFilter(assigneeFilter()); // reloads the week
}

void TaskView::fillDay(const QDate &day)
{
    m_dayLabel->setText(QLocale().toString(day, QLocale::LongFormat));
    const qint64 keep = m_dayList->currentItem() ? m_dayList->currentItem()->data(TitleColumn, kIdRole).toLongLong() : 0;
    TaskFilter f;
    f.assigneeId = assigneeFilter();
    f.dueFrom = Values::storeDate(day);
    f.dueTo = Values::storeDate(day);
    auto list = m_workspace.tasks().tasks(f);
    QSignalBlocker block(m_dayList);
    m_dayList->clear();
    if (list) {
        for (const TaskInfo &t : list.value()) {
            auto *item = new QTreeWidgetItem(m_dayList);
            fillItem(item, t, now());
            item->setText(DueColumn, Values::parseStoredDateTime(t.dueAt).toString(QStringLiteral("HH:mm")));
            if (t.id == keep)
                m_dayList->setCurrentItem(item);
        }
    }
    if (!m_dayList->currentItem() && m_dayList->topLevelItemCount() > 0)
        m_dayList->setCurrentItem(m_dayList->topLevelItem(0));
    if (m_views->currentIndex() == CalendarMode)
        emit currentTaskChanged();
}

qint64 TaskView::currentTaskId() const
{
    if (m_views->currentIndex() == CalendarMode && isWeekShown())
        return m_week->currentTaskId();
    QTreeWidget *list = m_views->currentIndex() == CalendarMode ? m_dayList : m_list;
    QTreeWidgetItem *item = list->currentItem();
    return item ? item->data(TitleColumn, kIdRole).toLongLong() : 0;
}

std::optional<TaskInfo> TaskView::currentTask() const
{
    const qint64 id = currentTaskId();
    if (id <= 0)
        return std::nullopt;
    auto t = m_workspace.tasks().task(id);
    if (!t)
        return std::nullopt;
    return t.value();
}

bool TaskView::selectTask(qint64 id)
{
    if (id <= 0)
        return false;
    if (m_views->currentIndex() == CalendarMode && isWeekShown())
        return m_week->selectTask(id);
    QTreeWidget *list = m_views->currentIndex() == CalendarMode ? m_dayList : m_list;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(TitleColumn, kIdRole).toLongLong() == id) {
            list->setCurrentItem(list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

void TaskView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

} // namespace Patron
