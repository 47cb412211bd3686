#include "timelinewidget.h"

#include "util/values.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Patron {

namespace {
const int kAll = -1;
const int kFollowUps = -2; // calls, visits and e-mails
}

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QComboBox(this))
    , m_tree(new QTreeWidget(this))
{
    m_filter->setObjectName(QStringLiteral("timelineFilter"));
    m_filter->addItem(tr("Everything"), kAll);
    m_filter->addItem(tr("Orders"), int(TimelineEntry::Order));
    m_filter->addItem(tr("Follow-ups (calls, visits, emails)"), kFollowUps);
    m_filter->addItem(tr("Calls"), int(TimelineEntry::Call));
    m_filter->addItem(tr("Visits"), int(TimelineEntry::Visit));
    m_filter->addItem(tr("Emails"), int(TimelineEntry::Email));
    m_filter->addItem(tr("Notes"), int(TimelineEntry::Note));
    m_filter->addItem(tr("Service tickets"), int(TimelineEntry::Ticket));
    m_filter->addItem(tr("Tasks"), int(TimelineEntry::Task));
    connect(m_filter, &QComboBox::currentIndexChanged, this, &TimelineWidget::fill);

    m_tree->setObjectName(QStringLiteral("timeline"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("When"), tr("Type"), tr("What"), tr("Details"), tr("Status")});
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    // Widths from typical values, so dates, order numbers and amounts are not cut off.
    const QFontMetrics fm = m_tree->fontMetrics();
    const int pad = fm.horizontalAdvance(QLatin1Char('M')) * 2;
    auto widest = [&fm](const QStringList &texts) {
        int w = 0;
        for (const QString &t : texts)
            w = std::max(w, fm.horizontalAdvance(t));
        return w;
    };
    m_tree->setColumnWidth(0, fm.horizontalAdvance(QStringLiteral("2026-12-31 23:59")) + pad);
    m_tree->setColumnWidth(1, widest({kindText(TimelineEntry::Order), kindText(TimelineEntry::Ticket),
                                      kindText(TimelineEntry::Visit), tr("Type")}) + pad);
    m_tree->setColumnWidth(2, fm.horizontalAdvance(QStringLiteral("Order SO2026091600001 · ¥123,456.00")) + pad);
    m_tree->setColumnWidth(4, widest({choiceLabel(Entity::Order, QStringLiteral("status"), QStringLiteral("cancelled")),
                                      choiceLabel(Entity::Ticket, QStringLiteral("status"), QStringLiteral("in_progress")),
                                      choiceLabel(Entity::Order, QStringLiteral("status"), QStringLiteral("completed"))}) + pad);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        emit editRequested(Entity(item->data(0, Qt::UserRole + 1).toInt()), item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_tree->itemAt(pos);
        if (!item)
            return;
        const Entity entity = Entity(item->data(0, Qt::UserRole + 1).toInt());
        const qint64 id = item->data(0, Qt::UserRole).toLongLong();
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        connect(menu->addAction(tr("&Edit…")), &QAction::triggered, this, [this, entity, id] { emit editRequested(entity, id); });
        connect(menu->addAction(tr("&Delete")), &QAction::triggered, this, [this, entity, id] { emit deleteRequested(entity, id); });
        menu->popup(m_tree->viewport()->mapToGlobal(pos));
    });

    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("&Show:"), this);
    label->setBuddy(m_filter);
    bar->addWidget(label);
    bar->addWidget(m_filter);
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);
}

QString TimelineWidget::kindText(TimelineEntry::Kind kind)
{
    switch (kind) {
    case TimelineEntry::Order: return tr("Order");
    case TimelineEntry::Call: return tr("Call");
    case TimelineEntry::Visit: return tr("Visit");
    case TimelineEntry::Email: return tr("Email");
    case TimelineEntry::Note: return tr("Note");
    case TimelineEntry::Ticket: return tr("Service ticket");
    case TimelineEntry::Task: return tr("Task");
    }
    return {};
}

void TimelineWidget::setEntries(const QList<TimelineEntry> &entries)
{
    m_entries = entries;
    fill();
}

void TimelineWidget::fill()
{
    const int filter = m_filter->currentData().toInt();
    m_tree->clear();
    QList<QTreeWidgetItem *> items;
    for (const TimelineEntry &e : std::as_const(m_entries)) {
        const bool followUp = e.kind == TimelineEntry::Call || e.kind == TimelineEntry::Visit || e.kind == TimelineEntry::Email;
        if (filter == kFollowUps ? !followUp : (filter != kAll && filter != int(e.kind)))
            continue;
        QString status = e.status;
        if (!status.isEmpty())
            status = choiceLabel(e.entity, QStringLiteral("status"), status);
        QString detail = e.detail;
        detail.replace(QLatin1Char('\n'), QLatin1Char(' '));
        auto *item = new QTreeWidgetItem({e.at.size() > 10 ? Values::displayDateTime(e.at) : Values::displayDate(e.at),
                                          kindText(e.kind), e.title.isEmpty() ? detail.left(80) : e.title,
                                          e.title.isEmpty() ? QString() : detail, status});
        item->setData(0, Qt::UserRole, e.id);
        item->setData(0, Qt::UserRole + 1, int(e.entity));
        item->setToolTip(3, e.detail);
        items << item;
    }
    m_tree->addTopLevelItems(items);
}

} // namespace Patron
