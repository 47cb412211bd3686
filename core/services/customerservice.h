#pragma once

#include "customerquery.h"
#include "domain/entity.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

namespace Patron {

class Database;
class RecordStore;

/// What the 360° page header shows.
struct CustomerSummary
{
    Record customer;
    QString ownerName;
    qint64 lifetimeValueCents = 0;  ///< counted orders (not cancelled or refunded)
    int orderCount = 0;
    QString lastOrderAt;
    QString lastActivityAt;
    /// origin: customer_tags.origin; kind: tags.kind ("manual", "rule", "system").
    struct TagRef { qint64 id; QString name; QString origin; QString kind; };
    QList<TagRef> tags;
};

/// One item of the customer timeline.
struct TimelineEntry
{
    enum Kind { Order, Call, Visit, Email, Note, Ticket, Task };
    Kind kind;
    Entity entity;
    qint64 id = 0;
    QString at;      ///< stored timestamp
    QString title;
    QString detail;
    QString status;
};

/// Customer-wide queries and bulk operations. Single-row edits go through RecordStore.
class CustomerService : public QObject
{
    Q_OBJECT

public:
    CustomerService(Database &database, RecordStore &store, QObject *parent = nullptr);

    /// The built-in list columns followed by the active custom fields.
    QList<CustomerColumn> availableColumns() const;

    Result<qint64> count(const CustomerFilter &filter) const;
    /// Rows [offset, offset+limit) of the filtered list sorted by column (raw values,
    /// ties broken by id).
    Result<CustomerPage> page(const CustomerFilter &filter, const QStringList &columns,
                              const QString &sortColumn, Qt::SortOrder order, qint64 offset,
                              int limit) const;
    /// Ids of the whole filtered list, in id order (for "select all" bulk actions).
    Result<QList<qint64>> ids(const CustomerFilter &filter) const;
    /// The SQL condition on customers (aliased "c") that the filter stands for, with the
    /// values to bind, for other services' queries over the same list (export, reports).
    /// Written for scans in id order (SQLite does not pick the state index for it).
    QString filterCondition(const CustomerFilter &filter, QVariantMap *binds) const
    {
        return whereClause(filter, binds, false);
    }

    /// Why the filter's condition or segment matches nothing because it is broken
    /// (unknown field, bad value, missing segment); ok when it compiles.
    Status checkFilter(const CustomerFilter &filter) const;
    /// The filter's condition and segment as SQL over customers "c" (binds added), or
    /// the error; "1 = 1" when the filter has neither.
    Result<QString> segmentCondition(const CustomerFilter &filter, QVariantMap *binds) const;

    /// Whether the database holds any customer at all (trash included): a first start.
    Result<bool> hasAnyCustomers() const;

    Result<CustomerSummary> summary(qint64 customerId) const;
    Result<QList<TimelineEntry>> timeline(qint64 customerId, int limitPerKind = 500) const;
    Result<QList<Record>> children(Entity entity, qint64 customerId) const;

    /// Bulk operations return what undo needs to put things back.
    Result<QHash<qint64, QVariant>> setOwner(const QList<qint64> &ids, const QVariant &ownerId);
    Status restoreOwners(const QHash<qint64, QVariant> &previous);
    Result<QList<qint64>> setArchived(const QList<qint64> &ids, bool archived);
    Result<QList<qint64>> moveToTrash(const QList<qint64> &ids);
    Result<QList<qint64>> restoreFromTrash(const QList<qint64> &ids);

signals:
    /// Many customers changed at once (bulk operations).
    void customersChanged();

private:
    QString whereClause(const CustomerFilter &filter, QVariantMap *binds, bool forCount) const;
    QString columnExpression(const QString &key) const;
    Result<QList<qint64>> setColumnForIds(const QList<qint64> &ids, const QString &column,
                                          const QVariant &value, const QString &onlyWhere,
                                          const QString &action);

    Database &m_database;
    RecordStore &m_store;
};

} // namespace Patron
