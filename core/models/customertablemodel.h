#pragma once

#include "services/customerquery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Patron {

class CustomerService;
class RecordStore;

/// The customer list: a table model that asks CustomerService for one page at a time
/// (filtering, sorting and paging happen in SQL) and keeps only a bounded number of
/// pages, so a million customers cost no more memory than a thousand.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        IdRole = Qt::UserRole + 1, ///< customers.id of the row
        RawRole,                   ///< the stored value (sorting, editing)
        ColumnKeyRole,             ///< header: the column key
    };
    static constexpr int kPageSize = 128;
    static constexpr int kMaxPages = 64;

    CustomerTableModel(CustomerService &service, RecordStore &store, QObject *parent = nullptr);

    static QStringList defaultColumns();
    QList<CustomerColumn> availableColumns() const;

    void setColumns(const QStringList &keys);
    QStringList columns() const { return m_columns; }
    void setFilter(const CustomerFilter &filter);
    const CustomerFilter &filter() const { return m_filter; }
    QString sortColumnKey() const { return m_sortKey; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /// Total rows matching the filter (may exceed what rowCount() can express).
    qint64 totalCount() const { return m_count; }

    qint64 idAt(int row) const;
    /// Drops cached pages and recounts (after edits made elsewhere).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void errorOccurred(const QString &message);
    void countChanged(qint64 count);

private:
    struct Page
    {
        QList<qint64> ids;
        QList<QVariantList> rows;
    };
    void loadColumnInfo();
    const Page *pageFor(int row) const;
    QVariant display(int column, const QVariant &raw) const;
    void reload();
    void scheduleRefresh();

    CustomerService &m_service;
    QStringList m_columns;
    QHash<QString, CustomerColumn> m_columnInfo;
    CustomerFilter m_filter;
    QString m_sortKey;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    qint64 m_count = 0;
    mutable QHash<qint64, Page> m_pages;
    mutable QList<qint64> m_lru;
    bool m_refreshPending = false;
};

} // namespace Patron
