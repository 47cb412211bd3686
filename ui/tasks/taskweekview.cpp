#include "taskweekview.h"

#include "services/workspace.h"
#include "util/values.h"

#include <QColor>
#include <QFont>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace Patron {

namespace {

constexpr int kIdRole = Qt::UserRole;

} // namespace

TaskWeekView::TaskWeekView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_date(QDate::currentDate())
    , m_range(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_todayButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("taskWeekView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_previous->setObjectName(QStringLiteral("weekPrevious"));
    m_previous->setText(QStringLiteral("←"));
    m_previous->setToolTip(tr("Previous week"));
    m_next->setObjectName(QStringLiteral("weekNext"));
    m_next->setText(QStringLiteral("→"));
    m_next->setToolTip(tr("Next week"));
    m_todayButton->setObjectName(QStringLiteral("weekToday"));
    m_todayButton->setText(tr("Today"));
    m_range->setObjectName(QStringLiteral("weekRange"));
    m_range->setStyleSheet(QStringLiteral("font-weight: 600;"));
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_todayButton);
    bar->addSpacing(8);
    bar->addWidget(m_range);
    bar->addStretch(1);
    layout->addLayout(bar);

    auto *grid = new QGridLayout;
    grid->setSpacing(4);
    for (int d = 0; d < 7; ++d) {
        auto *header = new QLabel(this);
        header->setObjectName(QStringLiteral("weekHeader%1").arg(d));
        header->setAlignment(Qt::AlignCenter);
        auto *list = new QListWidget(this);
        list->setObjectName(QStringLiteral("weekDay%1").arg(d));
        list->setWordWrap(true);
        list->setMinimumWidth(90);
        list->setContextMenuPolicy(Qt::ActionsContextMenu);
        grid->addWidget(header, 0, d);
        grid->addWidget(list, 1, d);
        grid->setColumnStretch(d, 1);
        m_headers << header;
        m_days << list;
        connect(list, &QListWidget::currentItemChanged, this, [this, list](QListWidgetItem *item) {
            if (!item)
                return;
            // One selection across the seven columns.
            for (QListWidget *other : std::as_const(m_days)) {
                if (other != list) {
                    QSignalBlocker block(other);
                    other->setCurrentItem(nullptr);
                    other->clearSelection();
                }
            }
            m_current = item->data(kIdRole).toLongLong();
            emit currentTaskChanged();
        });
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            if (item)
                emit activated(item->data(kIdRole).toLongLong());
        });
    }
    grid->setRowStretch(1, 1);
    layout->addLayout(grid, 1);

    connect(m_previous, &QToolButton::clicked, this, [this] { setDate(m_date.addDays(-7)); });
    connect(m_next, &QToolButton::clicked, this, [this] { setDate(m_date.addDays(7)); });
    connect(m_todayButton, &QToolButton::clicked, this, [this] {
        setDate(m_today.isValid() ? m_today : QDate::currentDate());
    });
}

QDate TaskWeekView::weekStart() const
{
    return m_date.addDays(1 - m_date.dayOfWeek());
}

void TaskWeekView::setDate(const QDate &date)
{
    if (!date.isValid())
        return;
    const bool moved = date != m_date;
    m_date = date;
    reload();
    if (moved)
        emit dateChanged(m_date);
}

void TaskWeekView::setAssigneeFilter(std::optional<qint64> assignee)
{
    m_assignee = assignee;
    reload();
}

void TaskWeekView::reload()
{
    const QDate monday = weekStart();
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const QLocale locale;
    m_range->setText(tr("%1 – %2").arg(locale.toString(monday, QLocale::ShortFormat),
                                       locale.toString(monday.addDays(6), QLocale::ShortFormat)));
    for (int d = 0; d < 7; ++d) {
        const QDate day = monday.addDays(d);
        m_headers[d]->setText(tr("%1\n%2").arg(locale.dayName(day.dayOfWeek(), QLocale::ShortFormat),
                                               locale.toString(day, QStringLiteral("M/d"))));
        m_headers[d]->setStyleSheet(day == today ? QStringLiteral("font-weight: 600; color: #1d4ed8;") : QString());
    }

    TaskFilter f;
    f.assigneeId = m_assignee;
    f.dueFrom = Values::storeDate(monday);
    f.dueTo = Values::storeDate(monday.addDays(6));
    auto list = m_workspace.tasks().tasks(f);
    const qint64 keep = m_current;
    m_current = 0;
    for (QListWidget *w : std::as_const(m_days)) {
        QSignalBlocker block(w);
        w->clear();
    }
    if (list) {
        for (const TaskInfo &t : list.value()) {
            const QDateTime due = Values::parseStoredDateTime(t.dueAt);
            const int d = int(monday.daysTo(due.date()));
            if (d < 0 || d > 6)
                continue;
            const QString time = due.time() == QTime(0, 0) ? QString() : due.toString(QStringLiteral("HH:mm"));
            auto *item = new QListWidgetItem(time.isEmpty() ? t.title : time + QLatin1Char(' ') + t.title);
            item->setData(kIdRole, t.id);
            item->setToolTip(t.customerName.isEmpty() ? t.title : t.title + QLatin1Char('\n') + t.customerName);
            if (t.status != QLatin1String("open")) {
                item->setForeground(QColor(0x80, 0x80, 0x80));
                QFont font = item->font();
                font.setStrikeOut(true);
                item->setFont(font);
            } else if (t.priority == QLatin1String("high")) {
                item->setForeground(QColor(0xb4, 0x23, 0x18));
            } else if (t.priority == QLatin1String("low")) {
                item->setForeground(QColor(0x4b, 0x74, 0x5c));
            }
            QSignalBlocker block(m_days[d]);
            m_days[d]->addItem(item);
        }
    }
    if (!selectTask(keep))
        emit currentTaskChanged();
}

qint64 TaskWeekView::currentTaskId() const
{
    return m_current;
}

bool TaskWeekView::selectTask(qint64 id)
{
    if (id <= 0)
        return false;
    for (QListWidget *w : std::as_const(m_days)) {
        for (int i = 0; i < w->count(); ++i) {
            if (w->item(i)->data(kIdRole).toLongLong() == id) {
                w->setCurrentItem(w->item(i)); // clears the others, emits currentTaskChanged
                m_current = id;
                return true;
            }
        }
    }
    return false;
}

} // namespace Patron
