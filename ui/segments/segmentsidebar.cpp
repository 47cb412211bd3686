#include "segmentsidebar.h"

#include "backgroundcounter.h"
#include "commands/commandcontext.h"
#include "commands/segmentcommands.h"
#include "segmentbuilderdialog.h"
#include "segments/segmentservice.h"
#include "services/customerservice.h"
#include "services/recordstore.h"
#include "services/workspace.h"

#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Patron {

namespace {
const int IdRole = Qt::UserRole;
const int NameRole = Qt::UserRole + 1;
const int CountRole = Qt::UserRole + 2;
} // namespace

SegmentSidebar::SegmentSidebar(CommandContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_list(new QListWidget(this))
    , m_new(new QPushButton(tr("New segment…"), this))
    , m_counter(new BackgroundCounter(context.workspace(), this))
{
    setObjectName(QStringLiteral("SegmentSidebar"));
    m_list->setObjectName(QStringLiteral("segmentList"));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_new->setObjectName(QStringLiteral("newSegment"));
    m_new->setToolTip(tr("Build a segment from conditions (Ctrl+Shift+G)"));
    auto *title = new QLabel(tr("Segments"), this);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_new);
    setMinimumWidth(150);
    setMaximumWidth(320);

    connect(m_new, &QPushButton::clicked, this, &SegmentSidebar::newSegment);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const qint64 id = item->data(IdRole).toLongLong();
        if (id == m_selected)
            return;
        m_selected = id;
        emit segmentSelected(id);
    });
    connect(m_list, &QListWidget::customContextMenuRequested, this, &SegmentSidebar::showMenu);
    connect(m_counter, &BackgroundCounter::counted, this, [this](int key, qint64 n, const QString &error) {
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem *item = m_list->item(i);
            if (item->data(IdRole).toLongLong() != key)
                continue;
            const QString name = item->data(NameRole).toString();
            item->setData(CountRole, error.isEmpty() ? n : -1);
            item->setText(error.isEmpty() ? tr("%1  (%2)").arg(name, QLocale().toString(n)) : tr("%1  (!)").arg(name));
            item->setToolTip(error);
        }
    });
    Workspace &ws = context.workspace();
    connect(&ws.segments(), &SegmentService::segmentsChanged, this, &SegmentSidebar::reload);
    // Counts follow the data; bursts of changes (an import) are counted once.
    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(500);
    connect(later, &QTimer::timeout, this, &SegmentSidebar::recount);
    connect(&ws.customers(), &CustomerService::customersChanged, later, qOverload<>(&QTimer::start));
    connect(&ws.store(), &RecordStore::changed, later, qOverload<>(&QTimer::start));
    reload();
}

qint64 SegmentSidebar::currentSegment() const
{
    return m_selected;
}

bool SegmentSidebar::isCounting() const
{
    return m_counter->isBusy();
}

void SegmentSidebar::selectSegment(qint64 id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(IdRole).toLongLong() == id)
            m_list->setCurrentRow(i);
    }
    if (id != m_selected) {
        m_selected = id;
        emit segmentSelected(id);
    }
}

void SegmentSidebar::reload()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    auto *all = new QListWidgetItem(tr("All customers"), m_list);
    all->setData(IdRole, qint64(0));
    auto segments = m_context.workspace().segments().segments(false);
    bool found = m_selected == 0;
    for (const SegmentInfo &s : segments.valueOr({})) {
        auto *item = new QListWidgetItem(s.name, m_list);
        item->setData(IdRole, s.id);
        item->setData(NameRole, s.name);
        item->setData(CountRole, qint64(-1));
        found |= s.id == m_selected;
    }
    if (!found) {
        m_selected = 0; // the shown segment was deleted
        emit segmentSelected(0);
    }
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(IdRole).toLongLong() == m_selected)
            m_list->setCurrentRow(i);
    }
    recount();
}

void SegmentSidebar::recount()
{
    auto segments = m_context.workspace().segments().segments(false);
    for (const SegmentInfo &s : segments.valueOr({}))
        m_counter->count(int(s.id), s.condition);
}

void SegmentSidebar::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Segments"), message);
}

void SegmentSidebar::newSegment()
{
    auto *dialog = new SegmentBuilderDialog(m_context, SegmentBuilderDialog::Target::Segment, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SegmentBuilderDialog::saved, this, [this](qint64 id) { selectSegment(id); });
    dialog->open();
}

void SegmentSidebar::editSegment(qint64 id)
{
    auto segment = m_context.workspace().segments().segment(id);
    if (!segment) {
        showError(segment.error().message);
        return;
    }
    auto *dialog = new SegmentBuilderDialog(m_context, SegmentBuilderDialog::Target::Segment, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->editSegment(segment.value());
    dialog->open();
}

void SegmentSidebar::renameSegment(qint64 id)
{
    auto segment = m_context.workspace().segments().segment(id);
    if (!segment) {
        showError(segment.error().message);
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename segment"));
    dialog->setLabelText(tr("New name:"));
    dialog->setTextValue(segment->name);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, before = segment.value()](const QString &name) {
        if (name.simplified() == before.name)
            return;
        Status s = m_context.push(new EditSegmentCommand(m_context, before, name, before.condition,
                                                         tr("Rename segment “%1”").arg(before.name)));
        if (!s)
            showError(s.error().message);
    });
    dialog->open();
}

void SegmentSidebar::deleteSegment(qint64 id)
{
    auto segment = m_context.workspace().segments().segment(id);
    if (!segment) {
        showError(segment.error().message);
        return;
    }
    // Undoable, so no "are you sure?".
    Status s = m_context.push(new DeleteSegmentCommand(m_context, id, tr("Delete segment “%1”").arg(segment->name)));
    if (!s)
        showError(s.error().message);
}

void SegmentSidebar::showMenu(const QPoint &pos)
{
    QListWidgetItem *item = m_list->itemAt(pos);
    const qint64 id = item ? item->data(IdRole).toLongLong() : 0;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (id > 0) {
        connect(menu->addAction(tr("&Edit…")), &QAction::triggered, this, [this, id] { editSegment(id); });
        connect(menu->addAction(tr("&Rename…")), &QAction::triggered, this, [this, id] { renameSegment(id); });
        connect(menu->addAction(tr("&Delete")), &QAction::triggered, this, [this, id] { deleteSegment(id); });
        menu->addSeparator();
    }
    connect(menu->addAction(tr("&New segment…")), &QAction::triggered, this, &SegmentSidebar::newSegment);
    menu->popup(m_list->viewport()->mapToGlobal(pos));
}

} // namespace Patron
