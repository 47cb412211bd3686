#include "customerservice.h"

#include "dataqualityservice.h"
#include "recordstore.h"
#include "search/searchtokenizer.h"
#include "segments/segmentcompiler.h"
#include "services/fieldservice.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "util/sqlutil.h"
#include "util/values.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Patron {

namespace {

struct BuiltinColumn
{
    const char *key;
    const char *type;
    const char *index; ///< the index that serves ORDER BY this column, if any
};

// The list's built-in columns, in default order. Labels come from the entity spec.
const BuiltinColumn kBuiltin[] = {
    {"code", "text", "customers_code_uq"},
    {"name", "text", "customers_name_ix"},
    {"kind", "choice", "customers_kind_ix"},
    {"contact_name", "text", nullptr},
    {"mobile", "text", "customers_mobile_ix"},
    {"phone", "text", nullptr},
    {"email", "text", "customers_email_ix"},
    {"province", "text", "customers_province_ix"},
    {"city", "text", "customers_city_ix"},
    {"industry", "text", "customers_industry_ix"},
    {"source", "text", "customers_source_ix"},
    {"owner", "text", "customers_owner_ix"},
    {"lifecycle_stage", "choice", "customers_stage_ix"},
    {"created_at", "datetime", "customers_created_ix"},
    {"updated_at", "datetime", "customers_updated_ix"},
};



bool validCustomKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    return re.match(key).hasMatch();
}

} // namespace

CustomerService::CustomerService(Database &database, RecordStore &store, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_store(store)
{
}

QList<CustomerColumn> CustomerService::availableColumns() const
{
    QList<CustomerColumn> cols;
    for (const BuiltinColumn &b : kBuiltin) {
        const QString key = QString::fromLatin1(b.key);
        QString label;
        if (key == QLatin1String("owner"))
            label = fieldLabel(Entity::Customer, QStringLiteral("owner_id"));
        else if (key == QLatin1String("created_at"))
            label = QCoreApplication::translate("Patron::Fields", "Created");
        else if (key == QLatin1String("updated_at"))
            label = QCoreApplication::translate("Patron::Fields", "Updated");
        else
            label = fieldLabel(Entity::Customer, key);
        cols << CustomerColumn{key, label, QString::fromLatin1(b.type)};
    }
    FieldService fields(m_database, m_store);
    const auto defs = fields.fields(Entity::Customer, false);
    if (defs) {
        for (const Record &d : defs.value()) {
            const QString type = d.value(QStringLiteral("field_type")).toString();
            cols << CustomerColumn{QStringLiteral("custom.") + d.value(QStringLiteral("field_key")).toString(),
                                   d.value(QStringLiteral("label")).toString(), type};
        }
    }
    return cols;
}

QString CustomerService::columnExpression(const QString &key) const
{
    if (key == QLatin1String("owner"))
        return QStringLiteral("u.display_name");
    if (key.startsWith(QLatin1String("custom."))) {
        const QString k = key.mid(7);
        return validCustomKey(k) ? m_database.dialect().jsonText(QStringLiteral("c.custom"), k) : QString();
    }
    for (const BuiltinColumn &b : kBuiltin) {
        if (key == QLatin1String(b.key))
            return QStringLiteral("c.") + key;
    }
    return {};
}

QString CustomerService::whereClause(const CustomerFilter &filter, QVariantMap *binds, bool forCount) const
{
    QStringList where;
    // In page queries the archived test is written so SQLite cannot pick the state index
    // (that would force a full sort); the sort column's index is the fast path there.
    const QString archived = forCount ? QStringLiteral("c.archived") : QStringLiteral("(c.archived + 0)");
    switch (filter.scope) {
    case CustomerFilter::Scope::Active:
        where << QStringLiteral("%1 = 0 AND c.deleted_at IS NULL").arg(archived);
        break;
    case CustomerFilter::Scope::Archived:
        where << QStringLiteral("%1 = 1 AND c.deleted_at IS NULL").arg(archived);
        break;
    case CustomerFilter::Scope::Trash:
        where << QStringLiteral("c.deleted_at IS NOT NULL");
        break;
    case CustomerFilter::Scope::All:
        where << QStringLiteral("c.deleted_at IS NULL");
        break;
    }
    if (filter.ownerId) {
        if (*filter.ownerId == 0) {
            where << QStringLiteral("c.owner_id IS NULL");
        } else {
            where << QStringLiteral("c.owner_id = :owner");
            binds->insert(QStringLiteral(":owner"), *filter.ownerId);
        }
    }
    if (filter.tagId) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM customer_tags ct WHERE ct.customer_id = c.id AND ct.tag_id = :tag)");
        binds->insert(QStringLiteral(":tag"), *filter.tagId);
    }
    if (!filter.quality.isEmpty()) {
        const QString condition = DataQualityService::condition(filter.quality, m_database.dialect());
        where << (condition.isEmpty() ? QStringLiteral("1 = 0") : condition);
    }
    if (filter.condition || filter.segmentId) {
        Result<QString> segment = segmentCondition(filter, binds);
        where << (segment ? segment.value() : QStringLiteral("1 = 0"));
    }
    const SearchQuery query = SearchTokenizer::parseQuery(filter.search);
    if (!query.isEmpty()) {
        where << m_database.dialect().customerSearchCondition();
        binds->insert(QStringLiteral(":fts"), m_database.dialect().searchExpression(query));
    }
    return where.join(QLatin1String(" AND "));
}

Status CustomerService::checkFilter(const CustomerFilter &filter) const
{
    QVariantMap binds;
    Result<QString> r = segmentCondition(filter, &binds);
    if (!r)
        return r.error();
    return {};
}

Result<QString> CustomerService::segmentCondition(const CustomerFilter &filter, QVariantMap *binds) const
{
    QStringList parts;
    auto add = [&](const Condition &condition, const QString &prefix) -> Status {
        auto compiler = SegmentCompiler::forCustomers(m_database, m_store, filter.asOf, &condition);
        if (!compiler)
            return compiler.error();
        compiler.value().setBindPrefix(prefix);
        auto compiled = compiler->compile(condition);
        if (!compiled)
            return compiled.error();
        parts << compiled->sql;
        binds->insert(compiled->binds);
        return {};
    };
    if (filter.segmentId) {
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT definition FROM segments WHERE id = ?"));
        q.bindValue(0, *filter.segmentId);
        if (!q.exec())
            return makeError(Error::Database, q.lastError().text());
        if (!q.next())
            return makeError(Error::NotFound,
                             QCoreApplication::translate("Patron::CustomerService", "The segment no longer exists."));
        auto condition = Condition::fromJson(q.value(0).toString().toUtf8());
        if (!condition)
            return condition.error();
        Status s = add(condition.value(), QStringLiteral(":sgs"));
        if (!s)
            return s.error();
    }
    if (filter.condition) {
        Status s = add(*filter.condition, QStringLiteral(":sgc"));
        if (!s)
            return s.error();
    }
    return parts.isEmpty() ? QStringLiteral("1 = 1") : parts.join(QLatin1String(" AND "));
}

Result<qint64> CustomerService::count(const CustomerFilter &filter) const
{
    QVariantMap binds;
    const QString where = whereClause(filter, &binds, true);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM customers c WHERE ") + where);
    Sql::bindAll(q, binds);
    if (!q.exec() || !q.next())
        return makeError(Error::Database, q.lastError().text());
    return q.value(0).toLongLong();
}

Result<CustomerPage> CustomerService::page(const CustomerFilter &filter, const QStringList &columns,
                                           const QString &sortColumn, Qt::SortOrder order, qint64 offset,
                                           int limit) const
{
    QStringList exprs;
    for (const QString &c : columns) {
        const QString e = columnExpression(c);
        exprs << (e.isEmpty() ? QStringLiteral("NULL") : e);
    }
    QString sortExpr = sortColumn == QLatin1String("owner") ? QStringLiteral("c.owner_id") : columnExpression(sortColumn);
    if (sortExpr.isEmpty())
        sortExpr = QStringLiteral("c.id");
    const QString dir = order == Qt::DescendingOrder ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QVariantMap binds;
    const QString where = whereClause(filter, &binds, false);
    // Without a search, walk the sort column's index and stop after one page. SQLite's
    // planner, once ANALYZE statistics exist, can misjudge the state index as selective
    // and sort the whole table instead, so the index is named explicitly there.
    QString hint;
    if (SearchTokenizer::parseQuery(filter.search).isEmpty() && !filter.tagId && !filter.condition && !filter.segmentId) {
        if (sortExpr == QLatin1String("c.id"))
            hint = m_database.dialect().forceIndex(QString());
        for (const BuiltinColumn &b : kBuiltin) {
            if (b.index && sortColumn == QLatin1String(b.key))
                hint = m_database.dialect().forceIndex(QString::fromLatin1(b.index));
        }
    }
    QString sql = QStringLiteral("SELECT c.id%1 FROM customers c%2 LEFT JOIN users u ON u.id = c.owner_id WHERE %3 ")
                      .arg(exprs.isEmpty() ? QString() : QStringLiteral(", ") + exprs.join(QLatin1String(", ")), hint, where);
    if (sortExpr == QLatin1String("c.id"))
        sql += QStringLiteral("ORDER BY c.id %1").arg(dir);
    else
        // NULLs sort as the smallest value on both backends (PostgreSQL's default is the
        // opposite).
        sql += QStringLiteral("ORDER BY %1 %2 %3, c.id %2")
                   .arg(sortExpr, dir,
                        order == Qt::DescendingOrder ? QStringLiteral("NULLS LAST") : QStringLiteral("NULLS FIRST"));
    sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);

    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return makeError(Error::Database, q.lastError().text());
    Sql::bindAll(q, binds);
    if (!q.exec())
        return makeError(Error::Database, q.lastError().text());
    CustomerPage page;
    const int n = int(columns.size());
    while (q.next()) {
        page.ids << q.value(0).toLongLong();
        QVariantList row;
        row.reserve(n);
        for (int i = 0; i < n; ++i)
            row << q.value(i + 1);
        page.rows << row;
    }
    return page;
}

Result<QList<qint64>> CustomerService::ids(const CustomerFilter &filter) const
{
    QVariantMap binds;
    const QString where = whereClause(filter, &binds, true);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id FROM customers c WHERE %1 ORDER BY c.id").arg(where));
    Sql::bindAll(q, binds);
    if (!q.exec())
        return makeError(Error::Database, q.lastError().text());
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Result<bool> CustomerService::hasAnyCustomers() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT 1 FROM customers LIMIT 1")))
        return makeError(Error::Database, q.lastError().text());
    return q.next();
}

Result<CustomerSummary> CustomerService::summary(qint64 customerId) const
{
    auto rec = m_store.get(Entity::Customer, customerId);
    if (!rec)
        return rec.error();
    CustomerSummary s;
    s.customer = rec.value();
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT display_name FROM users WHERE id = ?"));
    q.bindValue(0, s.customer.value(QStringLiteral("owner_id")).toLongLong());
    if (q.exec() && q.next())
        s.ownerName = q.value(0).toString();
    q.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(amount_cents), 0), MAX(ordered_at) FROM orders "
                             "WHERE customer_id = ? AND status NOT IN ('cancelled', 'refunded')"));
    q.bindValue(0, customerId);
    if (!q.exec() || !q.next())
        return makeError(Error::Database, q.lastError().text());
    s.orderCount = q.value(0).toInt();
    s.lifetimeValueCents = q.value(1).toLongLong();
    s.lastOrderAt = q.value(2).toString();
    q.prepare(QStringLiteral("SELECT MAX(occurred_at) FROM activities WHERE customer_id = ?"));
    q.bindValue(0, customerId);
    if (q.exec() && q.next())
        s.lastActivityAt = q.value(0).toString();
    q.prepare(QStringLiteral("SELECT t.id, t.name, ct.origin, t.kind FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
                             "WHERE ct.customer_id = ? ORDER BY t.name"));
    q.bindValue(0, customerId);
    if (!q.exec())
        return makeError(Error::Database, q.lastError().text());
    while (q.next())
        s.tags.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return s;
}

Result<QList<TimelineEntry>> CustomerService::timeline(qint64 customerId, int limitPerKind) const
{
    QList<TimelineEntry> out;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    auto runQuery = [&](const QString &sql) -> bool {
        q.prepare(sql + QStringLiteral(" LIMIT %1").arg(limitPerKind));
        q.bindValue(0, customerId);
        return q.exec();
    };
    if (!runQuery(QStringLiteral("SELECT id, ordered_at, order_no, amount_cents, status, product FROM orders "
                                 "WHERE customer_id = ? ORDER BY ordered_at DESC, id DESC")))
        return makeError(Error::Database, q.lastError().text());
    while (q.next()) {
        TimelineEntry e{TimelineEntry::Order, Entity::Order, q.value(0).toLongLong(), q.value(1).toString(), {}, {}, q.value(4).toString()};
        e.title = tr("Order %1 · %2").arg(q.value(2).toString(), Values::formatMoney(q.value(3).toLongLong()));
        e.detail = q.value(5).toString();
        out << e;
    }
    if (!runQuery(QStringLiteral("SELECT id, occurred_at, kind, subject, body FROM activities "
                                 "WHERE customer_id = ? ORDER BY occurred_at DESC, id DESC")))
        return makeError(Error::Database, q.lastError().text());
    while (q.next()) {
        const QString kind = q.value(2).toString();
        TimelineEntry::Kind k = kind == QLatin1String("call")    ? TimelineEntry::Call
                                : kind == QLatin1String("visit") ? TimelineEntry::Visit
                                : kind == QLatin1String("email") ? TimelineEntry::Email
                                                                 : TimelineEntry::Note;
        out << TimelineEntry{k, Entity::Activity, q.value(0).toLongLong(), q.value(1).toString(),
                             q.value(3).toString(), q.value(4).toString(), {}};
    }
    if (!runQuery(QStringLiteral("SELECT id, opened_at, title, status, description FROM tickets "
                                 "WHERE customer_id = ? ORDER BY opened_at DESC, id DESC")))
        return makeError(Error::Database, q.lastError().text());
    while (q.next())
        out << TimelineEntry{TimelineEntry::Ticket, Entity::Ticket, q.value(0).toLongLong(), q.value(1).toString(),
                             q.value(2).toString(), q.value(4).toString(), q.value(3).toString()};
    if (!runQuery(QStringLiteral("SELECT id, COALESCE(due_at, created_at), title, status, notes FROM tasks "
                                 "WHERE customer_id = ? ORDER BY COALESCE(due_at, created_at) DESC, id DESC")))
        return makeError(Error::Database, q.lastError().text());
    while (q.next())
        out << TimelineEntry{TimelineEntry::Task, Entity::Task, q.value(0).toLongLong(), q.value(1).toString(),
                             q.value(2).toString(), q.value(4).toString(), q.value(3).toString()};
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        return a.at == b.at ? a.id > b.id : a.at > b.at;
    });
    return out;
}

Result<QList<Record>> CustomerService::children(Entity entity, qint64 customerId) const
{
    const EntitySpec &spec = entitySpec(entity);
    if (spec.customerKey.isEmpty())
        return makeError(Error::Invalid, QStringLiteral("not a customer child"));
    QString order = QStringLiteral("id DESC");
    if (entity == Entity::Order)
        order = QStringLiteral("ordered_at DESC, id DESC");
    else if (entity == Entity::Activity)
        order = QStringLiteral("occurred_at DESC, id DESC");
    else if (entity == Entity::Contact)
        order = QStringLiteral("is_primary DESC, name, id");
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 = ? ORDER BY %3").arg(spec.table, spec.customerKey, order));
    q.bindValue(0, customerId);
    if (!q.exec())
        return makeError(Error::Database, q.lastError().text());
    QList<Record> out;
    while (q.next())
        out << Sql::recordFromQuery(q);
    return out;
}

Result<QList<qint64>> CustomerService::setColumnForIds(const QList<qint64> &ids, const QString &column,
                                                       const QVariant &value, const QString &onlyWhere,
                                                       const QString &action)
{
    QList<qint64> changed;
    Transaction tx(m_database);
    if (!tx.isActive())
        return tx.error();
    const QString now = Values::now();
    Status s = Sql::forIdChunks(ids, [&](const QList<qint64> &chunk) -> Status {
        QSqlQuery q(tx.connection());
        q.prepare(QStringLiteral("UPDATE customers SET %1 = ?, updated_at = ?, version = version + 1 "
                                 "WHERE id IN (%2) AND %3 RETURNING id")
                      .arg(column, Sql::placeholders(int(chunk.size())), onlyWhere));
        q.bindValue(0, value);
        q.bindValue(1, now);
        Sql::bindIds(q, chunk, 2);
        if (!q.exec())
            return makeError(Error::Database, q.lastError().text());
        QList<qint64> done;
        while (q.next())
            done << q.value(0).toLongLong();
        q.finish();
        for (qint64 id : std::as_const(done)) {
            Status a = Sql::writeAudit(tx.connection(), m_store.actor(), QStringLiteral("customer"), id, action, column,
                                       QString(), value.toString());
            if (!a)
                return a;
        }
        changed << done;
        return {};
    });
    if (!s)
        return s.error();
    Status c = tx.commit();
    if (!c)
        return c.error();
    if (!changed.isEmpty())
        emit customersChanged();
    return changed;
}

Result<QHash<qint64, QVariant>> CustomerService::setOwner(const QList<qint64> &ids, const QVariant &ownerId)
{
    QHash<qint64, QVariant> previous;
    const QVariant owner = ownerId.isNull() || ownerId.toLongLong() == 0 ? QVariant(QMetaType::fromType<qlonglong>())
                                                                          : QVariant(ownerId.toLongLong());
    Transaction tx(m_database);
    if (!tx.isActive())
        return tx.error();
    const QString now = Values::now();
    Status s = Sql::forIdChunks(ids, [&](const QList<qint64> &chunk) -> Status {
        QSqlQuery q(tx.connection());
        q.prepare(QStringLiteral("SELECT id, owner_id FROM customers WHERE id IN (%1)").arg(Sql::placeholders(int(chunk.size()))));
        Sql::bindIds(q, chunk, 0);
        if (!q.exec())
            return makeError(Error::Database, q.lastError().text());
        QList<qint64> toChange;
        while (q.next()) {
            const QVariant old = q.value(1);
            if (old.isNull() == owner.isNull() && old.toLongLong() == owner.toLongLong())
                continue;
            previous.insert(q.value(0).toLongLong(), old.isNull() ? QVariant() : QVariant(old.toLongLong()));
            toChange << q.value(0).toLongLong();
        }
        q.finish();
        if (toChange.isEmpty())
            return {};
        q.prepare(QStringLiteral("UPDATE customers SET owner_id = ?, updated_at = ?, version = version + 1 WHERE id IN (%1)")
                      .arg(Sql::placeholders(int(toChange.size()))));
        q.bindValue(0, owner);
        q.bindValue(1, now);
        Sql::bindIds(q, toChange, 2);
        if (!q.exec())
            return Sql::translateError(m_database.dialect(), q.lastError(), entitySpec(Entity::Customer));
        q.finish();
        for (qint64 id : std::as_const(toChange)) {
            Status a = Sql::writeAudit(tx.connection(), m_store.actor(), QStringLiteral("customer"), id,
                                       QStringLiteral("update"), QStringLiteral("owner_id"),
                                       previous.value(id).toString(), owner.toString());
            if (!a)
                return a;
        }
        return {};
    });
    if (!s)
        return s.error();
    Status c = tx.commit();
    if (!c)
        return c.error();
    if (!previous.isEmpty())
        emit customersChanged();
    return previous;
}

Status CustomerService::restoreOwners(const QHash<qint64, QVariant> &previous)
{
    // Group by previous owner so each group is one bulk update.
    QHash<qint64, QList<qint64>> byOwner;
    for (auto it = previous.begin(); it != previous.end(); ++it)
        byOwner[it.value().isNull() ? 0 : it.value().toLongLong()] << it.key();
    for (auto it = byOwner.begin(); it != byOwner.end(); ++it) {
        auto r = setOwner(it.value(), it.key() == 0 ? QVariant() : QVariant(it.key()));
        if (!r)
            return r.error();
    }
    return {};
}

Result<QList<qint64>> CustomerService::setArchived(const QList<qint64> &ids, bool archived)
{
    return setColumnForIds(ids, QStringLiteral("archived"), archived ? 1 : 0,
                           QStringLiteral("archived = %1").arg(archived ? 0 : 1),
                           archived ? QStringLiteral("archive") : QStringLiteral("unarchive"));
}

Result<QList<qint64>> CustomerService::moveToTrash(const QList<qint64> &ids)
{
    return setColumnForIds(ids, QStringLiteral("deleted_at"), Values::now(), QStringLiteral("deleted_at IS NULL"),
                           QStringLiteral("delete"));
}

Result<QList<qint64>> CustomerService::restoreFromTrash(const QList<qint64> &ids)
{
    return setColumnForIds(ids, QStringLiteral("deleted_at"), QVariant(QMetaType::fromType<QString>()),
                           QStringLiteral("deleted_at IS NOT NULL"), QStringLiteral("restore"));
}

} // namespace Patron
