#include "customerexport.h"

#include "services/customerservice.h"
#include "services/fieldservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Patron {

namespace {

constexpr qint64 kProgressEvery = 5000;

// Built-in customer columns: export name and the SQL that reads them ("owner" is
// resolved from a small in-memory map of users instead of a join per row).
struct BuiltIn
{
    const char *name;
    const char *sql;
    enum Kind { Text, Id, Owner } kind;
};

const BuiltIn kCustomerColumns[] = {
    {"id", "c.id", BuiltIn::Id},
    {"code", "c.code", BuiltIn::Text},
    {"name", "c.name", BuiltIn::Text},
    {"kind", "c.kind", BuiltIn::Text},
    {"contact_name", "c.contact_name", BuiltIn::Text},
    {"mobile", "c.mobile", BuiltIn::Text},
    {"phone", "c.phone", BuiltIn::Text},
    {"email", "c.email", BuiltIn::Text},
    {"province", "c.province", BuiltIn::Text},
    {"city", "c.city", BuiltIn::Text},
    {"address", "c.address", BuiltIn::Text},
    {"industry", "c.industry", BuiltIn::Text},
    {"source", "c.source", BuiltIn::Text},
    {"owner", "c.owner_id", BuiltIn::Owner},
    {"lifecycle_stage", "c.lifecycle_stage", BuiltIn::Text},
    {"notes", "c.notes", BuiltIn::Text},
    {"created_at", "c.created_at", BuiltIn::Text},
    {"updated_at", "c.updated_at", BuiltIn::Text},
};

struct CustomField
{
    QString key;
    QString type;
};

// One custom value as the field's type asks: money stays exact (cents → yuan),
// multi-choice lists are joined for CSV and stay arrays in JSON.
void writeCustomValue(TableWriter &w, const CustomField &f, const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull()) {
        w.null();
        return;
    }
    if (f.type == QLatin1String("money")) {
        w.money(qint64(v.toDouble()));
    } else if (f.type == QLatin1String("number")) {
        w.number(v.toDouble());
    } else if (f.type == QLatin1String("bool")) {
        w.boolean(v.isBool() ? v.toBool() : v.toVariant().toBool());
    } else if (f.type == QLatin1String("multichoice") && v.isArray()) {
        QStringList items;
        const QJsonArray a = v.toArray();
        for (const QJsonValue &item : a)
            items << item.toString();
        w.list(items);
    } else {
        w.text(v.isString() ? v.toString() : v.toVariant().toString());
    }
}

Error queryError(const QSqlQuery &q)
{
    return makeError(Error::Database, q.lastError().text());
}

} // namespace

CustomerExport::CustomerExport(Database &database, CustomerService &customers, FieldService &fields)
    : m_database(database)
    , m_customers(customers)
    , m_fields(fields)
{
}

Result<QStringList> CustomerExport::customerColumns() const
{
    QStringList out;
    for (const BuiltIn &b : kCustomerColumns)
        out << QString::fromLatin1(b.name);
    auto defs = m_fields.fields(Entity::Customer, false);
    if (!defs)
        return defs.error();
    for (const Record &d : defs.value())
        out << d.value(QStringLiteral("field_key")).toString();
    return out;
}

QStringList CustomerExport::orderColumns()
{
    return {QStringLiteral("order_no"), QStringLiteral("customer_code"), QStringLiteral("customer_name"),
            QStringLiteral("ordered_at"), QStringLiteral("amount"), QStringLiteral("status"),
            QStringLiteral("product"), QStringLiteral("quantity"), QStringLiteral("notes"),
            QStringLiteral("owner"), QStringLiteral("created_at")};
}

Result<QHash<qint64, QString>> CustomerExport::ownerNames() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, display_name FROM users")))
        return queryError(q);
    QHash<qint64, QString> names;
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

Result<qint64> CustomerExport::exportCustomers(QIODevice &device, const CustomerFilter &filter,
                                               const ExportOptions &options, const Progress &progress) const
{
    auto owners = ownerNames();
    if (!owners)
        return owners.error();
    auto defs = m_fields.fields(Entity::Customer, false);
    if (!defs)
        return defs.error();
    QList<CustomField> custom;
    for (const Record &d : defs.value())
        custom << CustomField{d.value(QStringLiteral("field_key")).toString(), d.value(QStringLiteral("field_type")).toString()};

    QStringList columns, select;
    for (const BuiltIn &b : kCustomerColumns) {
        columns << QString::fromLatin1(b.name);
        select << QString::fromLatin1(b.sql);
    }
    for (const CustomField &f : std::as_const(custom))
        columns << f.key;
    select << QStringLiteral("c.custom");

    QVariantMap binds;
    const QString where = m_customers.filterCondition(filter, &binds);
    // On SQLite, walk the table in id order. With statistics (PRAGMA optimize) the
    // planner may otherwise pick the state index and sort every row in memory first;
    // NOT INDEXED still allows look-ups by id (the search's IN (…) list).
    const QString from = m_database.backend() == Backend::SQLite ? QStringLiteral("customers c NOT INDEXED")
                                                                   : QStringLiteral("customers c");
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY c.id")
                       .arg(select.join(QLatin1String(", ")), from, where)))
        return queryError(q);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return queryError(q);

    TableWriter w(device, options, columns);
    Status s = w.begin();
    if (!s)
        return s.error();
    const int customColumn = int(select.size()) - 1;
    qint64 rows = 0;
    while (q.next()) {
        w.beginRow();
        int i = 0;
        for (const BuiltIn &b : kCustomerColumns) {
            const QVariant v = q.value(i++);
            switch (b.kind) {
            case BuiltIn::Id: w.integer(v.toLongLong()); break;
            case BuiltIn::Owner: w.text(v.isNull() ? QString() : owners->value(v.toLongLong())); break;
            case BuiltIn::Text: w.text(v.toString()); break;
            }
        }
        if (!custom.isEmpty()) {
            const QString json = q.value(customColumn).toString();
            const QJsonObject values = json.size() > 2 ? QJsonDocument::fromJson(json.toUtf8()).object() : QJsonObject();
            for (const CustomField &f : std::as_const(custom))
                writeCustomValue(w, f, values.value(f.key));
        }
        if (!w.endRow())
            return w.error();
        if (++rows % kProgressEvery == 0 && progress && !progress(rows))
            return makeError(Error::Invalid, QCoreApplication::translate("Patron::CustomerExport", "Export cancelled."));
    }
    if (q.lastError().isValid())
        return queryError(q);
    s = w.finish();
    if (!s)
        return s.error();
    return rows;
}

Result<qint64> CustomerExport::exportOrders(QIODevice &device, const CustomerFilter &customers,
                                            const ExportOptions &options, const Progress &progress) const
{
    auto owners = ownerNames();
    if (!owners)
        return owners.error();
    QVariantMap binds;
    const QString where = m_customers.filterCondition(customers, &binds);
    // CROSS JOIN makes SQLite walk orders in id order and look customers up by key,
    // instead of starting from customers and sorting millions of orders afterwards.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT o.order_no, c.code, c.name, o.ordered_at, o.amount_cents, o.status, "
                                  "o.product, o.quantity, o.notes, c.owner_id, o.created_at "
                                  "FROM orders o CROSS JOIN customers c WHERE c.id = o.customer_id AND %1 "
                                  "ORDER BY o.id")
                       .arg(where)))
        return queryError(q);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return queryError(q);

    TableWriter w(device, options, orderColumns());
    Status s = w.begin();
    if (!s)
        return s.error();
    qint64 rows = 0;
    while (q.next()) {
        w.beginRow();
        w.text(q.value(0).toString());
        w.text(q.value(1).toString());
        w.text(q.value(2).toString());
        w.text(q.value(3).toString());
        w.money(q.value(4).toLongLong());
        w.text(q.value(5).toString());
        w.text(q.value(6).toString());
        w.integer(q.value(7).toLongLong());
        w.text(q.value(8).toString());
        w.text(q.value(9).isNull() ? QString() : owners->value(q.value(9).toLongLong()));
        w.text(q.value(10).toString());
        if (!w.endRow())
            return w.error();
        if (++rows % kProgressEvery == 0 && progress && !progress(rows))
            return makeError(Error::Invalid, QCoreApplication::translate("Patron::CustomerExport", "Export cancelled."));
    }
    if (q.lastError().isValid())
        return queryError(q);
    s = w.finish();
    if (!s)
        return s.error();
    return rows;
}

} // namespace Patron
