#include "customerlistview.h"

#include "appsettings.h"
#include "columnsdialog.h"
#include "commands/commandcontext.h"
#include "models/customertablemodel.h"
#include "services/customerservice.h"
#include "services/recordstore.h"
#include "services/tagservice.h"
#include "services/workspace.h"
#include "domain/entity.h"
#include "segments/segmentsidebar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Patron {

namespace {
const int kSearchDelayMs = 150;
const qint64 kAllItems = -1;
} // namespace

CustomerListView::CustomerListView(CommandContext &context, AppSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_workspace(context.workspace())
    , m_settings(settings)
    , m_model(new CustomerTableModel(m_workspace.customers(), m_workspace.store(), this))
    , m_search(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_stack(new QStackedWidget(this))
    , m_searchTimer(new QTimer(this))
    , m_qualityChip(new QPushButton(this))
    , m_segments(new SegmentSidebar(context, this))
    , m_conditionChip(new QPushButton(this))
{
    setObjectName(QStringLiteral("CustomerListView"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search name, code, contact, mobile, email, city… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &CustomerListView::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter in the search box searches at once and moves on to the results.
        m_searchTimer->stop();
        applyFilter();
        if (m_model->rowCount() > 0) {
            m_table->setFocus();
            m_table->selectRow(0);
        }
    });

    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->addItem(tr("Active"), int(CustomerFilter::Scope::Active));
    m_scope->addItem(tr("Archived"), int(CustomerFilter::Scope::Archived));
    m_scope->addItem(tr("Trash"), int(CustomerFilter::Scope::Trash));
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    reloadOwners();
    reloadTags();
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CustomerListView::applyFilter);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &CustomerListView::applyFilter);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &CustomerListView::applyFilter);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 3);
    auto *scopeLabel = new QLabel(tr("&Show:"), this);
    scopeLabel->setBuddy(m_scope);
    bar->addSpacing(8);
    bar->addWidget(scopeLabel);
    bar->addWidget(m_scope);
    auto *ownerLabel = new QLabel(tr("&Owner:"), this);
    ownerLabel->setBuddy(m_owner);
    bar->addWidget(ownerLabel);
    bar->addWidget(m_owner);
    auto *tagLabel = new QLabel(tr("&Tag:"), this);
    tagLabel->setBuddy(m_tag);
    bar->addWidget(tagLabel);
    bar->addWidget(m_tag);
    m_qualityChip->setObjectName(QStringLiteral("qualityChip"));
    m_qualityChip->setToolTip(tr("Click to show all customers again"));
    m_qualityChip->setStyleSheet(QStringLiteral("QPushButton { border: 1px solid palette(highlight); border-radius: 10px; "
                                                "padding: 2px 10px; }"));
    m_qualityChip->hide();
    connect(m_qualityChip, &QPushButton::clicked, this, [this] { setQualityFilter(QString(), QString()); });
    bar->addWidget(m_qualityChip);
    m_conditionChip->setObjectName(QStringLiteral("conditionChip"));
    m_conditionChip->setStyleSheet(m_qualityChip->styleSheet());
    m_conditionChip->hide();
    connect(m_conditionChip, &QPushButton::clicked, this, &CustomerListView::clearCondition);
    bar->addWidget(m_conditionChip);
    bar->addStretch(1);
    connect(m_segments, &SegmentSidebar::segmentSelected, this, [this](qint64 id) {
        if (id > 0 && m_condition) {
            m_condition.reset(); // a saved segment replaces the drill-down
            m_conditionChip->hide();
        }
        applyFilter();
    });

    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed row heights: the view never asks a row for its size, so scrolling through a
    // million rows only fetches the pages on screen.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(false);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &CustomerListView::showHeaderMenu);

    const QStringList savedColumns = m_settings.customerColumns();
    if (!savedColumns.isEmpty())
        m_model->setColumns(savedColumns);
    applyColumnWidths();
    restoreSortIndicator();
    m_table->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
        const QString key = m_model->headerData(section, Qt::Horizontal, CustomerTableModel::ColumnKeyRole).toString();
        m_settings.setCustomerSort(key, order);
    });

    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const qint64 id = m_model->idAt(index.row());
        if (id > 0)
            emit openRequested(id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CustomerListView::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomerListView::selectionChanged);
    connect(m_model, &CustomerTableModel::countChanged, this, [this](qint64 count) {
        emit countChanged(count);
        updateEmptyState();
    });
    connect(&m_workspace.tags(), &TagService::tagsChanged, this, &CustomerListView::reloadTags);
    connect(&m_workspace.store(), &RecordStore::changed, this, [this](Entity entity, qint64, qint64) {
        if (entity == Entity::User)
            reloadOwners();
        else if (entity == Entity::FieldDef)
            setColumns(m_model->columns()); // a renamed or retired custom field
    });

    m_stack->addWidget(m_table);
    m_stack->addWidget(buildEmptyState());

    auto *main = new QWidget(this);
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->addLayout(bar);
    mainLayout->addWidget(m_stack, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_segments);
    splitter->addWidget(main);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({190, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addWidget(splitter, 1);
    updateEmptyState();
}

QWidget *CustomerListView::buildEmptyState()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("emptyState"));
    auto *title = new QLabel(tr("No customers yet"), panel);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Add your first customer, or load a demo data set of 2,000 customers with orders and "
                               "follow-up records to look around."),
                            panel);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A fixed width lets the wrapped text get the height it needs (centred in a layout,
    // a word-wrapped label is otherwise squeezed to its minimum).
    text->setFixedWidth(460);
    text->setMinimumHeight(text->heightForWidth(460));
    auto *demo = new QPushButton(tr("Load demo data"), panel);
    demo->setObjectName(QStringLiteral("emptyLoadDemo"));
    auto *create = new QPushButton(tr("New customer"), panel);
    create->setObjectName(QStringLiteral("emptyNewCustomer"));
    create->setDefault(true);
    connect(demo, &QPushButton::clicked, this, &CustomerListView::loadDemoRequested);
    connect(create, &QPushButton::clicked, this, &CustomerListView::newCustomerRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(create);
    buttons->addWidget(demo);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(panel);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch(3);
    return panel;
}

CustomerFilter::Scope CustomerListView::scope() const
{
    return CustomerFilter::Scope(m_scope->currentData().toInt());
}

void CustomerListView::applyFilter()
{
    CustomerFilter filter;
    filter.search = m_search->text().trimmed();
    filter.scope = scope();
    const qint64 owner = m_owner->currentData().toLongLong();
    if (owner != kAllItems)
        filter.ownerId = owner;
    const qint64 tag = m_tag->currentData().toLongLong();
    if (tag != kAllItems)
        filter.tagId = tag;
    filter.quality = m_quality;
    if (m_segments->currentSegment() > 0)
        filter.segmentId = m_segments->currentSegment();
    filter.condition = m_condition;
    m_model->setFilter(filter);
}

void CustomerListView::showCondition(const Condition &condition, const QString &title)
{
    m_condition = condition;
    {
        const QSignalBlocker block(m_segments);
        m_segments->selectSegment(0);
    }
    // A condition that does not compile shows no customers; the chip says why.
    CustomerFilter check;
    check.condition = condition;
    const Status valid = m_workspace.customers().checkFilter(check);
    m_conditionChip->setText(valid ? tr("%1  ✕").arg(title) : tr("⚠ %1  ✕").arg(title));
    m_conditionChip->setToolTip(valid ? tr("Click to show all customers again")
                                      : tr("This filter cannot be applied: %1").arg(valid.error().message));
    m_conditionChip->show();
    applyFilter();
}

void CustomerListView::clearCondition()
{
    m_condition.reset();
    m_conditionChip->hide();
    applyFilter();
}

void CustomerListView::setQualityFilter(const QString &quality, const QString &label)
{
    m_quality = quality;
    m_qualityChip->setText(tr("%1  ✕").arg(label));
    m_qualityChip->setVisible(!quality.isEmpty());
    if (!quality.isEmpty()) {
        // The checks count active customers; show the same ones.
        const QSignalBlocker block(m_scope);
        m_scope->setCurrentIndex(m_scope->findData(int(CustomerFilter::Scope::Active)));
    }
    applyFilter();
}

void CustomerListView::reloadOwners()
{
    const QVariant current = m_owner->currentData();
    const QSignalBlocker block(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("All owners"), kAllItems);
    m_owner->addItem(tr("No owner"), qint64(0));
    auto users = m_workspace.users().users(true);
    if (users) {
        for (const Record &u : users.value())
            m_owner->addItem(u.value(QStringLiteral("display_name")).toString(), u.value(QStringLiteral("id")).toLongLong());
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(current)));
}

void CustomerListView::reloadTags()
{
    const QVariant current = m_tag->currentData();
    const QSignalBlocker block(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("All tags"), kAllItems);
    auto tags = m_workspace.tags().tags();
    if (tags) {
        for (const TagInfo &t : tags.value())
            m_tag->addItem(tr("%1 (%2)").arg(t.name).arg(t.customerCount), t.id);
    }
    const int index = m_tag->findData(current);
    m_tag->setCurrentIndex(std::max(0, index));
    if (index < 0 && current.isValid() && current.toLongLong() != kAllItems)
        applyFilter(); // the filtered tag is gone
}

void CustomerListView::updateEmptyState()
{
    bool empty = false;
    if (m_model->totalCount() == 0) {
        // Only an empty result needs the (one-row) check of the whole table.
        const auto any = m_workspace.customers().hasAnyCustomers();
        empty = any && !any.value();
    }
    m_stack->setCurrentIndex(empty ? 1 : 0);
    if (empty != m_databaseEmpty) {
        m_databaseEmpty = empty;
        emit databaseEmptyChanged(empty);
    }
}

QList<qint64> CustomerListView::selectedIds() const
{
    const QItemSelection selection = m_table->selectionModel()->selection();
    QList<qint64> ids;
    QSet<int> seenTops;
    if (m_model->rowCount() > 0 && selection.size() == 1 && selection.first().top() == 0
        && selection.first().bottom() == m_model->rowCount() - 1) {
        // Select-all: ask the database for the ids instead of paging through every row.
        auto all = m_workspace.customers().ids(m_model->filter());
        return all ? all.value() : QList<qint64>();
    }
    for (const QItemSelectionRange &r : selection) {
        if (seenTops.contains(r.top()))
            continue;
        seenTops.insert(r.top());
        if (r.height() > CustomerTableModel::kPageSize) {
            auto page = m_workspace.customers().page(m_model->filter(), {}, m_model->sortColumnKey(),
                                                    m_model->sortOrder(), r.top(), r.height());
            if (page)
                ids << page->ids;
            continue;
        }
        for (int row = r.top(); row <= r.bottom(); ++row) {
            const qint64 id = m_model->idAt(row);
            if (id > 0)
                ids << id;
        }
    }
    return ids;
}

qint64 CustomerListView::selectedCount() const
{
    // Row selection gives one range per block of rows (all columns); count rows once.
    qint64 count = 0;
    QSet<int> seenTops;
    for (const QItemSelectionRange &r : m_table->selectionModel()->selection()) {
        if (!seenTops.contains(r.top())) {
            seenTops.insert(r.top());
            count += r.height();
        }
    }
    return count;
}

qint64 CustomerListView::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void CustomerListView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CustomerListView::setColumns(const QStringList &keys)
{
    m_model->setColumns(keys);
    m_settings.setCustomerColumns(m_model->columns());
    applyColumnWidths();
    restoreSortIndicator();
}

void CustomerListView::chooseColumns()
{
    auto *dialog = new ColumnsDialog(m_model->availableColumns(), m_model->columns(), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setColumns(dialog->columns()); });
    dialog->open();
}

void CustomerListView::showHeaderMenu(const QPoint &pos)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QStringList shown = m_model->columns();
    for (const CustomerColumn &c : m_model->availableColumns()) {
        QAction *a = menu->addAction(c.label);
        a->setCheckable(true);
        a->setChecked(shown.contains(c.key));
        a->setData(c.key);
        connect(a, &QAction::toggled, this, [this, key = c.key](bool on) {
            QStringList cols = m_model->columns();
            if (on)
                cols << key;
            else
                cols.removeAll(key);
            setColumns(cols);
        });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Columns…")), &QAction::triggered, this, &CustomerListView::chooseColumns);
    menu->popup(m_table->horizontalHeader()->mapToGlobal(pos));
}

void CustomerListView::applyColumnWidths()
{
    // Widths from typical values (not from the rows: measuring rows would fetch them all).
    static const QHash<QString, QString> samples = {
        {QStringLiteral("code"), QStringLiteral("C0000001")},
        {QStringLiteral("name"), QStringLiteral("杭州某某生物科技股份有限公司")},
        {QStringLiteral("contact_name"), QStringLiteral("欧阳某某")},
        {QStringLiteral("mobile"), QStringLiteral("13800138000")},
        {QStringLiteral("phone"), QStringLiteral("0571-88886666")},
        {QStringLiteral("email"), QStringLiteral("someone@example.com.cn")},
        {QStringLiteral("province"), QStringLiteral("内蒙古自治区")},
        {QStringLiteral("city"), QStringLiteral("呼和浩特市")},
        {QStringLiteral("address"), QStringLiteral("浙江省杭州市西湖区文三路 100 号")},
        {QStringLiteral("industry"), QStringLiteral("房地产服务")},
        {QStringLiteral("source"), QStringLiteral("展会推荐")},
        {QStringLiteral("owner"), QStringLiteral("欧阳某某")},
    };
    QHash<QString, QString> types;
    for (const CustomerColumn &c : m_model->availableColumns())
        types.insert(c.key, c.type);
    const QFontMetrics fm = m_table->fontMetrics();
    const int padding = fm.horizontalAdvance(QLatin1Char('M')) * 2;
    const QStringList cols = m_model->columns();
    for (int i = 0; i < cols.size(); ++i) {
        const QString &key = cols.at(i);
        const QString type = types.value(key);
        QString sample = samples.value(key, QStringLiteral("MMMMMMMM"));
        if (type == QLatin1String("datetime"))
            sample = QStringLiteral("2026-12-31 23:59");
        else if (type == QLatin1String("date"))
            sample = QStringLiteral("2026-12-31");
        else if (type == QLatin1String("money"))
            sample = QStringLiteral("¥1,234,567.00");
        else if (type == QLatin1String("choice") && !key.startsWith(QLatin1String("custom."))) {
            sample.clear();
            const FieldSpec *f = entitySpec(Entity::Customer).field(key);
            for (const QString &c : f ? f->choices : QStringList()) {
                const QString label = choiceLabel(Entity::Customer, key, c);
                if (fm.horizontalAdvance(label) > fm.horizontalAdvance(sample))
                    sample = label;
            }
        }
        int width = fm.horizontalAdvance(sample) + padding;
        // A header label must not be cut off either (sort arrow included).
        const QString label = m_model->headerData(i, Qt::Horizontal).toString();
        width = std::max(width, m_table->horizontalHeader()->fontMetrics().horizontalAdvance(label) + padding + 12);
        m_table->setColumnWidth(i, width);
    }
}

void CustomerListView::restoreSortIndicator()
{
    const QString key = m_model->sortColumnKey().isEmpty() ? m_settings.customerSortColumn() : m_model->sortColumnKey();
    const Qt::SortOrder order = m_model->sortColumnKey().isEmpty() ? m_settings.customerSortOrder() : m_model->sortOrder();
    const int section = int(m_model->columns().indexOf(key));
    // -1 hides the indicator and keeps the database order (by id).
    m_table->horizontalHeader()->setSortIndicator(section, order);
    if (m_table->isSortingEnabled())
        m_model->sort(section, order);
}

void CustomerListView::reload()
{
    reloadOwners();
    reloadTags();
    m_model->refresh();
    updateEmptyState();
}

void CustomerListView::selectCustomer(qint64 id)
{
    const int rows = std::min(m_model->rowCount(), CustomerTableModel::kPageSize * 4);
    for (int row = 0; row < rows; ++row) {
        if (m_model->idAt(row) == id) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

} // namespace Patron
