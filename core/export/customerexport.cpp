#include "customerexport.h"

#include "domain/entity.h"
#include "services/customerservice.h"
#include "services/fieldservice.h"
#include "storage/database.h"
#include "util/sqlutil.h"
#include "vcardwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace Patron {

namespace {

// How a selected SQL value becomes a cell.
enum class Cell { Text, Choice, Integer, Money, Date, Bool, User };

struct SqlColumn
{
    ExportColumn column;
    QString sql;
    Cell cell = Cell::Text;
    Entity choiceEntity = Entity::Customer; ///< for Cell::Choice: whose choice labels
    QString choiceKey;
};

SqlColumn col(const char *name, const QString &label, const char *sql, Cell cell = Cell::Text,
              ColumnType type = ColumnType::Text, int width = 0)
{
    return SqlColumn{ExportColumn{QString::fromLatin1(name), label, type, width}, QString::fromLatin1(sql), cell};
}

SqlColumn choice(const char *name, Entity entity, const char *key, const char *sql)
{
    SqlColumn c = col(name, fieldLabel(entity, QString::fromLatin1(key)), sql, Cell::Choice);
    c.choiceEntity = entity;
    c.choiceKey = QString::fromLatin1(key);
    return c;
}

QString label(Entity entity, const char *key)
{
    return fieldLabel(entity, QString::fromLatin1(key));
}

QList<SqlColumn> builtInColumns(ExportTable table)
{
    using T = ColumnType;
    const Entity C = Entity::Customer;
    switch (table) {
    case ExportTable::Customers:
        return {col("id", QCoreApplication::translate("Patron::CustomerExport", "ID"), "c.id", Cell::Integer, T::Integer, 8),
                col("code", label(C, "code"), "c.code"),
                col("name", label(C, "name"), "c.name", Cell::Text, T::Text, 28),
                choice("kind", C, "kind", "c.kind"),
                col("contact_name", label(C, "contact_name"), "c.contact_name"),
                col("mobile", label(C, "mobile"), "c.mobile"),
                col("phone", label(C, "phone"), "c.phone"),
                col("email", label(C, "email"), "c.email", Cell::Text, T::Text, 24),
                col("province", label(C, "province"), "c.province", Cell::Text, T::Text, 10),
                col("city", label(C, "city"), "c.city", Cell::Text, T::Text, 10),
                col("address", label(C, "address"), "c.address", Cell::Text, T::LongText, 30),
                col("industry", label(C, "industry"), "c.industry"),
                col("source", label(C, "source"), "c.source"),
                col("owner", label(C, "owner_id"), "c.owner_id", Cell::User),
                choice("lifecycle_stage", C, "lifecycle_stage", "c.lifecycle_stage"),
                col("notes", label(C, "notes"), "c.notes", Cell::Text, T::LongText),
                col("created_at", QCoreApplication::translate("Patron::CustomerExport", "Created"), "c.created_at", Cell::Date, T::DateTime),
                col("updated_at", QCoreApplication::translate("Patron::CustomerExport", "Updated"), "c.updated_at", Cell::Date, T::DateTime)};
    case ExportTable::Orders:
        return {col("order_no", label(Entity::Order, "order_no"), "o.order_no"),
                col("customer_code", label(C, "code"), "c.code"),
                col("customer_name", label(Entity::Order, "customer_id"), "c.name", Cell::Text, T::Text, 28),
                col("ordered_at", label(Entity::Order, "ordered_at"), "o.ordered_at", Cell::Date, T::Date),
                col("amount", label(Entity::Order, "amount_cents"), "o.amount_cents", Cell::Money, T::Money),
                choice("status", Entity::Order, "status", "o.status"),
                col("product", label(Entity::Order, "product"), "o.product", Cell::Text, T::Text, 20),
                col("quantity", label(Entity::Order, "quantity"), "o.quantity", Cell::Integer, T::Integer),
                col("notes", label(Entity::Order, "notes"), "o.notes", Cell::Text, T::LongText),
                col("owner", label(C, "owner_id"), "c.owner_id", Cell::User),
                col("created_at", QCoreApplication::translate("Patron::CustomerExport", "Created"), "o.created_at", Cell::Date, T::DateTime)};
    case ExportTable::Activities:
        return {col("customer_code", label(C, "code"), "c.code"),
                col("customer_name", label(Entity::Activity, "customer_id"), "c.name", Cell::Text, T::Text, 28),
                choice("kind", Entity::Activity, "kind", "a.kind"),
                col("occurred_at", label(Entity::Activity, "occurred_at"), "a.occurred_at", Cell::Date, T::DateTime),
                col("subject", label(Entity::Activity, "subject"), "a.subject", Cell::Text, T::Text, 30),
                col("body", label(Entity::Activity, "body"), "a.body", Cell::Text, T::LongText, 50),
                col("user", label(Entity::Activity, "user_id"), "a.user_id", Cell::User)};
    case ExportTable::Contacts:
        return {col("customer_code", label(C, "code"), "c.code"),
                col("customer_name", label(Entity::Contact, "customer_id"), "c.name", Cell::Text, T::Text, 28),
                col("name", label(Entity::Contact, "name"), "ct.name"),
                col("title", label(Entity::Contact, "title"), "ct.title"),
                col("mobile", label(Entity::Contact, "mobile"), "ct.mobile"),
                col("phone", label(Entity::Contact, "phone"), "ct.phone"),
                col("email", label(Entity::Contact, "email"), "ct.email", Cell::Text, T::Text, 24),
                col("wechat", label(Entity::Contact, "wechat"), "ct.wechat"),
                col("is_primary", label(Entity::Contact, "is_primary"), "ct.is_primary", Cell::Bool, T::Bool),
                col("notes", label(Entity::Contact, "notes"), "ct.notes", Cell::Text, T::LongText)};
    }
    return {};
}

struct CustomField
{
    QString key;
    QString type;
};

ColumnType customType(const QString &type)
{
    if (type == QLatin1String("money"))
        return ColumnType::Money;
    if (type == QLatin1String("number"))
        return ColumnType::Number;
    if (type == QLatin1String("bool"))
        return ColumnType::Bool;
    if (type == QLatin1String("date"))
        return ColumnType::Date;
    if (type == QLatin1String("multichoice"))
        return ColumnType::List;
    return ColumnType::Text;
}

// One custom value as the field's type asks: money stays exact (cents → yuan),
// multi-choice lists are joined for CSV and stay arrays in JSON.
void writeCustomValue(TableSink &w, const CustomField &f, const QJsonValue &v)
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
    } else if (f.type == QLatin1String("date") && v.isString()) {
        w.date(v.toString());
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

void writeCell(TableSink &w, const SqlColumn &c, const QVariant &v, const QHash<qint64, QString> &users,
               const ExportOptions &options)
{
    switch (c.cell) {
    case Cell::Text: w.text(v.toString()); break;
    case Cell::Choice:
        w.text(options.choiceLabels ? choiceLabel(c.choiceEntity, c.choiceKey, v.toString()) : v.toString());
        break;
    case Cell::Integer: w.integer(v.toLongLong()); break;
    case Cell::Money: w.money(v.toLongLong()); break;
    case Cell::Date:
        if (v.isNull())
            w.null();
        else
            w.date(v.toString());
        break;
    case Cell::Bool: w.boolean(v.toLongLong() != 0); break;
    case Cell::User: w.text(v.isNull() ? QString() : users.value(v.toLongLong())); break;
    }
}

Error queryError(const QSqlQuery &q)
{
    return makeError(Error::Database, q.lastError().text());
}

Error cancelled()
{
    return makeError(Error::Invalid, QCoreApplication::translate("Patron::CustomerExport", "Export cancelled."));
}

// Stable per row, so an address book updates a re-imported card instead of adding one.
QString cardUid(const char *what, qint64 id)
{
    static const QUuid ns(QStringLiteral("{4d1c3c0e-6f1a-4b8e-9a57-2f0b7c9e5a11}"));
    return QStringLiteral("urn:uuid:")
           + QUuid::createUuidV5(ns, QStringLiteral("patron:%1:%2").arg(QLatin1String(what)).arg(id))
                 .toString(QUuid::WithoutBraces);
}

} // namespace

CustomerExport::CustomerExport(Database &database, CustomerService &customers, FieldService &fields)
    : m_database(database)
    , m_customers(customers)
    , m_fields(fields)
{
}

Result<QList<ExportColumn>> CustomerExport::columns(ExportTable table) const
{
    QList<ExportColumn> out;
    for (const SqlColumn &c : builtInColumns(table))
        out << c.column;
    if (table == ExportTable::Customers) {
        auto defs = m_fields.fields(Entity::Customer, false);
        if (!defs)
            return defs.error();
        for (const Record &d : defs.value())
            out << ExportColumn{d.value(QStringLiteral("field_key")).toString(), d.value(QStringLiteral("label")).toString(),
                                customType(d.value(QStringLiteral("field_type")).toString())};
    }
    return out;
}

Result<QStringList> CustomerExport::customerColumns() const
{
    auto cols = columns(ExportTable::Customers);
    if (!cols)
        return cols.error();
    QStringList names;
    for (const ExportColumn &c : cols.value())
        names << c.name;
    return names;
}

QStringList CustomerExport::orderColumns()
{
    QStringList names;
    for (const SqlColumn &c : builtInColumns(ExportTable::Orders))
        names << c.column.name;
    return names;
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

QString CustomerExport::condition(const CustomerSet &set, QVariantMap *binds) const
{
    if (!set.ids)
        return m_customers.filterCondition(set.filter, binds);
    if (set.ids->isEmpty())
        return QStringLiteral("1 = 0");
    // Literal integers, not bound values: no driver limit on the number of parameters,
    // and nothing but digits reaches the SQL.
    QList<qint64> ids = *set.ids;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QString list;
    list.reserve(ids.size() * 8);
    for (qint64 id : std::as_const(ids)) {
        if (!list.isEmpty())
            list += QLatin1Char(',');
        list += QString::number(id);
    }
    return QStringLiteral("c.id IN (%1)").arg(list);
}

namespace {

// FROM … WHERE of each table, joined to the customer filter "%1"; ORDER BY keeps the
// scan in the table's id order. CROSS JOIN makes SQLite walk the child table in id
// order and look customers up by key, instead of sorting millions of rows afterwards.
QString fromWhere(ExportTable table, Backend backend)
{
    switch (table) {
    case ExportTable::Customers:
        // With statistics (PRAGMA optimize) SQLite may otherwise pick the state index and
        // sort every row first; NOT INDEXED still allows look-ups by id (IN lists).
        return backend == Backend::SQLite ? QStringLiteral("customers c NOT INDEXED WHERE %1 ORDER BY c.id")
                                          : QStringLiteral("customers c WHERE %1 ORDER BY c.id");
    case ExportTable::Orders:
        return QStringLiteral("orders o CROSS JOIN customers c WHERE c.id = o.customer_id AND %1 ORDER BY o.id");
    case ExportTable::Activities:
        return QStringLiteral("activities a CROSS JOIN customers c WHERE c.id = a.customer_id AND %1 ORDER BY a.id");
    case ExportTable::Contacts:
        return QStringLiteral("contacts ct CROSS JOIN customers c WHERE c.id = ct.customer_id AND %1 ORDER BY ct.id");
    }
    return {};
}

bool run(QSqlQuery &q, const QString &sql, const QVariantMap &binds)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    Sql::bindAll(q, binds);
    return q.exec();
}

} // namespace

Result<qint64> CustomerExport::rowCount(ExportTable table, const CustomerSet &set) const
{
    QVariantMap binds;
    QString from = fromWhere(table, m_database.backend()).arg(condition(set, &binds));
    from.truncate(from.lastIndexOf(QLatin1String(" ORDER BY ")));
    QSqlQuery q(m_database.connection());
    if (!run(q, QStringLiteral("SELECT COUNT(*) FROM ") + from, binds) || !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
}

Result<qint64> CustomerExport::exportTable(ExportTable table, const CustomerSet &set, TableSink &sink,
                                           const ExportOptions &options, const Progress &progress) const
{
    auto users = ownerNames();
    if (!users)
        return users.error();
    const QList<SqlColumn> builtIn = builtInColumns(table);
    QList<CustomField> custom;
    if (table == ExportTable::Customers) {
        auto defs = m_fields.fields(Entity::Customer, false);
        if (!defs)
            return defs.error();
        for (const Record &d : defs.value())
            custom << CustomField{d.value(QStringLiteral("field_key")).toString(),
                                  d.value(QStringLiteral("field_type")).toString()};
    }
    QStringList select;
    for (const SqlColumn &c : builtIn)
        select << c.sql;
    if (!custom.isEmpty())
        select << QStringLiteral("c.custom");

    QVariantMap binds;
    const QString sql = QStringLiteral("SELECT %1 FROM %2")
                            .arg(select.join(QLatin1String(", ")),
                                 fromWhere(table, m_database.backend()).arg(condition(set, &binds)));
    QSqlQuery q(m_database.connection());
    if (!run(q, sql, binds))
        return queryError(q);

    Status s = sink.begin();
    if (!s)
        return s.error();
    const int customColumn = int(builtIn.size());
    qint64 rows = 0;
    while (q.next()) {
        sink.beginRow();
        for (int i = 0; i < builtIn.size(); ++i)
            writeCell(sink, builtIn.at(i), q.value(i), users.value(), options);
        if (!custom.isEmpty()) {
            const QString json = q.value(customColumn).toString();
            const QJsonObject values = json.size() > 2 ? QJsonDocument::fromJson(json.toUtf8()).object() : QJsonObject();
            for (const CustomField &f : std::as_const(custom))
                writeCustomValue(sink, f, values.value(f.key));
        }
        if (!sink.endRow())
            return sink.error();
        if (++rows % m_progressEvery == 0 && progress && !progress(rows))
            return cancelled();
    }
    if (q.lastError().isValid())
        return queryError(q);
    s = sink.finish();
    if (!s)
        return s.error();
    return rows;
}

Result<qint64> CustomerExport::exportVCards(const CustomerSet &set, QIODevice &device, const Progress &progress) const
{
    QVariantMap binds;
    const QString from = m_database.backend() == Backend::SQLite ? QStringLiteral("customers c NOT INDEXED")
                                                                   : QStringLiteral("customers c");
    // One pass in customer order: a customer without contacts comes as one row of NULLs.
    const QString sql = QStringLiteral("SELECT c.id, c.kind, c.name, c.contact_name, c.mobile, c.phone, c.email, "
                                       "c.notes, ct.id, ct.name, ct.title, ct.mobile, ct.phone, ct.email, ct.wechat, "
                                       "ct.notes FROM %1 LEFT JOIN contacts ct ON ct.customer_id = c.id "
                                       "WHERE %2 ORDER BY c.id, ct.id")
                            .arg(from, condition(set, &binds));
    QSqlQuery q(m_database.connection());
    if (!run(q, sql, binds))
        return queryError(q);

    VCardWriter writer(device);
    qint64 cards = 0;
    qint64 lastCustomer = -1;
    auto put = [&](const VCard &card) {
        if (!writer.write(card))
            return false;
        ++cards;
        return !(cards % m_progressEvery == 0 && progress && !progress(cards));
    };
    while (q.next()) {
        const qint64 customerId = q.value(0).toLongLong();
        const bool person = q.value(1).toString() == QLatin1String("person");
        const QString customerName = q.value(2).toString();
        const bool hasContact = !q.value(8).isNull();
        if (customerId != lastCustomer) {
            lastCustomer = customerId;
            const QString contactName = q.value(3).toString().trimmed();
            const bool anyDetail = !contactName.isEmpty() || !q.value(4).toString().isEmpty()
                                   || !q.value(5).toString().isEmpty() || !q.value(6).toString().isEmpty();
            // The customer's own fields make a card for an individual, and for a company
            // that has no contact rows (its contact name is then the only person known).
            if (person || (!hasContact && anyDetail)) {
                VCard card;
                card.uid = cardUid("customer", customerId);
                card.mobile = q.value(4).toString();
                card.phone = q.value(5).toString();
                card.email = q.value(6).toString();
                if (person) {
                    card.fullName = customerName;
                    card.note = q.value(7).toString();
                } else {
                    card.organization = customerName;
                    card.fullName = contactName.isEmpty() ? customerName : contactName;
                    card.isOrganization = contactName.isEmpty();
                }
                if (!card.isOrganization)
                    VCardWriter::splitName(card.fullName, &card.familyName, &card.givenName);
                if (!put(card))
                    return writer.error().isError() ? writer.error() : cancelled();
            }
        }
        if (!hasContact)
            continue;
        VCard card;
        card.uid = cardUid("contact", q.value(8).toLongLong());
        card.fullName = q.value(9).toString();
        VCardWriter::splitName(card.fullName, &card.familyName, &card.givenName);
        if (!person)
            card.organization = customerName;
        card.title = q.value(10).toString();
        card.mobile = q.value(11).toString();
        card.phone = q.value(12).toString();
        card.email = q.value(13).toString();
        card.wechat = q.value(14).toString();
        card.note = q.value(15).toString();
        if (!put(card))
            return writer.error().isError() ? writer.error() : cancelled();
    }
    if (q.lastError().isValid())
        return queryError(q);
    const Status s = writer.finish();
    if (!s)
        return s.error();
    return cards;
}

Result<qint64> CustomerExport::exportCustomers(QIODevice &device, const CustomerFilter &filter,
                                               const ExportOptions &options, const Progress &progress) const
{
    auto names = customerColumns();
    if (!names)
        return names.error();
    TableWriter w(device, options, names.value());
    return exportTable(ExportTable::Customers, CustomerSet::filtered(filter), w, options, progress);
}

Result<qint64> CustomerExport::exportOrders(QIODevice &device, const CustomerFilter &customers,
                                            const ExportOptions &options, const Progress &progress) const
{
    TableWriter w(device, options, orderColumns());
    return exportTable(ExportTable::Orders, CustomerSet::filtered(customers), w, options, progress);
}

} // namespace Patron
