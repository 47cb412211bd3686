#include "customertablemodel.h"

#include "domain/entity.h"
#include "services/customerservice.h"
#include "services/recordstore.h"
#include "util/values.h"

#include <QTimer>

#include <climits>

namespace Patron {

CustomerTableModel::CustomerTableModel(CustomerService &service, RecordStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    loadColumnInfo();
    m_columns = defaultColumns();
    connect(&store, &RecordStore::changed, this, [this](Entity entity, qint64, qint64) {
        if (entity == Entity::Customer || entity == Entity::User || entity == Entity::FieldDef)
            scheduleRefresh();
    });
    connect(&m_service, &CustomerService::customersChanged, this, &CustomerTableModel::scheduleRefresh);
    reload();
}

QStringList CustomerTableModel::defaultColumns()
{
    return {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("contact_name"),
            QStringLiteral("mobile"), QStringLiteral("province"), QStringLiteral("city"), QStringLiteral("industry"),
            QStringLiteral("owner"), QStringLiteral("lifecycle_stage"), QStringLiteral("created_at")};
}

void CustomerTableModel::loadColumnInfo()
{
    m_columnInfo.clear();
    const auto cols = m_service.availableColumns();
    for (const CustomerColumn &c : cols)
        m_columnInfo.insert(c.key, c);
}

QList<CustomerColumn> CustomerTableModel::availableColumns() const
{
    return m_service.availableColumns();
}

void CustomerTableModel::setColumns(const QStringList &keys)
{
    loadColumnInfo(); // custom fields may have been added, renamed or retired
    QStringList valid;
    for (const QString &k : keys) {
        if (m_columnInfo.contains(k) && !valid.contains(k))
            valid << k;
    }
    if (valid.isEmpty())
        valid << QStringLiteral("name");
    if (valid == m_columns) {
        // Same columns, but a custom field may have been renamed.
        if (!m_columns.isEmpty())
            emit headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
        return;
    }
    beginResetModel();
    m_columns = valid;
    m_pages.clear();
    m_lru.clear();
    endResetModel();
}

void CustomerTableModel::setFilter(const CustomerFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    beginResetModel();
    reload();
    endResetModel();
    emit countChanged(m_count);
}

void CustomerTableModel::reload()
{
    m_pages.clear();
    m_lru.clear();
    auto count = m_service.count(m_filter);
    if (!count) {
        m_count = 0;
        emit errorOccurred(count.error().message);
        return;
    }
    m_count = count.value();
}

void CustomerTableModel::scheduleRefresh()
{
    // Bulk edits announce every row; coalesce them into one refresh.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refresh();
    });
}

void CustomerTableModel::refresh()
{
    const qint64 before = m_count;
    auto count = m_service.count(m_filter);
    if (count && count.value() == before) {
        // Same size: keep the view's selection and scroll position, re-read visible rows.
        m_pages.clear();
        m_lru.clear();
        if (m_count > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    reload();
    endResetModel();
    emit countChanged(m_count);
}

qint64 CustomerTableModel::idAt(int row) const
{
    const Page *p = pageFor(row);
    if (!p)
        return 0;
    const int i = row % kPageSize;
    return i < p->ids.size() ? p->ids.at(i) : 0;
}

const CustomerTableModel::Page *CustomerTableModel::pageFor(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const qint64 pageIndex = row / kPageSize;
    auto it = m_pages.find(pageIndex);
    if (it != m_pages.end()) {
        if (m_lru.last() != pageIndex) {
            m_lru.removeOne(pageIndex);
            m_lru.append(pageIndex);
        }
        return &it.value();
    }
    auto page = m_service.page(m_filter, m_columns, m_sortKey, m_sortOrder, pageIndex * kPageSize, kPageSize);
    if (!page) {
        emit const_cast<CustomerTableModel *>(this)->errorOccurred(page.error().message);
        return nullptr;
    }
    while (m_lru.size() >= kMaxPages)
        m_pages.remove(m_lru.takeFirst());
    m_lru.append(pageIndex);
    return &m_pages.insert(pageIndex, Page{page->ids, page->rows}).value();
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_count, INT_MAX));
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant CustomerTableModel::display(int column, const QVariant &raw) const
{
    const QString key = m_columns.at(column);
    const CustomerColumn info = m_columnInfo.value(key);
    if (raw.isNull())
        return QString();
    if (info.type == QLatin1String("choice") && !key.startsWith(QLatin1String("custom.")))
        return choiceLabel(Entity::Customer, key, raw.toString());
    if (info.type == QLatin1String("datetime"))
        return Values::displayDateTime(raw.toString());
    if (info.type == QLatin1String("date"))
        return Values::displayDate(raw.toString());
    if (info.type == QLatin1String("money"))
        return Values::formatMoney(raw.toLongLong());
    if (info.type == QLatin1String("bool"))
        return raw.toString() == QLatin1String("1") || raw.toString() == QLatin1String("true") ? tr("Yes") : tr("No");
    if (info.type == QLatin1String("multichoice")) {
        QString s = raw.toString();
        s.remove(QLatin1Char('[')).remove(QLatin1Char(']')).remove(QLatin1Char('"'));
        return s.replace(QLatin1Char(','), QStringLiteral("、"));
    }
    return raw;
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= m_columns.size())
        return {};
    if (role != Qt::DisplayRole && role != IdRole && role != RawRole && role != Qt::ToolTipRole)
        return {};
    const Page *p = pageFor(index.row());
    if (!p)
        return {};
    const int i = index.row() % kPageSize;
    if (i >= p->rows.size())
        return {};
    if (role == IdRole)
        return p->ids.at(i);
    const QVariant raw = p->rows.at(i).value(index.column());
    if (role == RawRole)
        return raw;
    return display(index.column(), raw);
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columnInfo.value(m_columns.at(section)).label;
    if (role == ColumnKeyRole)
        return m_columns.at(section);
    return {};
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    const QString key = column >= 0 && column < m_columns.size() ? m_columns.at(column) : QString();
    if (key == m_sortKey && order == m_sortOrder)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortKey = key;
    m_sortOrder = order;
    m_pages.clear();
    m_lru.clear();
    // Persistent indexes cannot follow rows we have not fetched; drop them.
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace Patron
