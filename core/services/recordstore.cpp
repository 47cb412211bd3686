#include "recordstore.h"

#include "fieldservice.h"
#include "search/searchtokenizer.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "util/values.h"
#include "util/sqlutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Patron {

namespace {


const QStringList kSearchFields = {QStringLiteral("code"),   QStringLiteral("name"),
                                   QStringLiteral("contact_name"), QStringLiteral("mobile"),
                                   QStringLiteral("phone"),  QStringLiteral("email"),
                                   QStringLiteral("province"), QStringLiteral("city")};

QString auditText(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QVariantMap)
        return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(v.toMap())).toJson(QJsonDocument::Compact));
    // Multi-choice values: QVariant::toString() of a list is empty, which made every
    // change of one look like no change.
    if (v.typeId() == QMetaType::QStringList || v.typeId() == QMetaType::QVariantList)
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromVariantList(v.toList())).toJson(QJsonDocument::Compact));
    return v.toString();
}

// Compared as stored text: a value read back from SQL and the same value as typed differ
// in QVariant type.
bool sameValue(const QVariant &a, const QVariant &b)
{
    return auditText(a) == auditText(b);
}

} // namespace

RecordStore::RecordStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_actor(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("local"))))
{
}

QString RecordStore::customerSearchTokens(const Record &customer)
{
    QStringList parts;
    for (const QString &key : kSearchFields)
        parts << customer.value(key).toString();
    return customerSearchTokens(parts);
}

bool RecordStore::isCustomerSearchField(const QString &key)
{
    return kSearchFields.contains(key);
}

QString RecordStore::customerSearchTokens(const QStringList &values)
{
    return SearchTokenizer::documentTokens(values);
}

Status RecordStore::validate(Entity entity, Record &values, bool isInsert) const
{
    const EntitySpec &spec = entitySpec(entity);
    for (const FieldSpec &f : spec.fields) {
        const bool present = values.contains(f.key);
        if (!present) {
            if (isInsert && f.required && f.type != FieldType::Choice)
                return makeError(Error::Invalid, tr("%1 is required.").arg(fieldLabel(f)));
            continue;
        }
        QVariant &v = values[f.key];
        const QString text = v.toString().trimmed();
        if (f.required && text.isEmpty() && !(f.type == FieldType::Money || f.type == FieldType::Number))
            return makeError(Error::Invalid, tr("%1 is required.").arg(fieldLabel(f)));
        switch (f.type) {
        case FieldType::Text:
        case FieldType::LongText:
            if (f.key == QLatin1String("code"))
                v = Values::toHalfWidth(text);
            else if (f.type == FieldType::Text)
                v = text;
            break;
        case FieldType::Mobile:
            if (!text.isEmpty()) {
                const auto m = Values::normalizeMobile(text);
                if (!m)
                    return makeError(Error::Invalid, tr("%1 \"%2\" is not a valid mobile number (11 digits starting with 1).")
                                                         .arg(fieldLabel(f), text));
                v = *m;
            } else {
                v = QString();
            }
            break;
        case FieldType::Phone:
            v = Values::toHalfWidth(text);
            break;
        case FieldType::Email:
            if (!text.isEmpty()) {
                const auto e = Values::normalizeEmail(text);
                if (!e)
                    return makeError(Error::Invalid, tr("%1 \"%2\" is not a valid email address.").arg(fieldLabel(f), text));
                v = *e;
            } else {
                v = QString();
            }
            break;
        case FieldType::Choice:
            if (!f.choices.contains(text))
                return makeError(Error::Invalid, tr("%1 cannot be \"%2\".").arg(fieldLabel(f), text));
            v = text;
            break;
        case FieldType::Date:
            if (!text.isEmpty()) {
                const QDate d = Values::parseStoredDate(text);
                if (!d.isValid() || text.size() != 10)
                    return makeError(Error::Invalid, tr("%1 \"%2\" is not a date (YYYY-MM-DD).").arg(fieldLabel(f), text));
                v = Values::storeDate(d);
            }
            break;
        case FieldType::DateTime:
            if (!text.isEmpty()) {
                const QDateTime d = Values::parseStoredDateTime(text);
                if (!d.isValid())
                    return makeError(Error::Invalid, tr("%1 \"%2\" is not a date and time.").arg(fieldLabel(f), text));
                v = Values::storeDateTime(d);
            }
            break;
        case FieldType::Money:
        case FieldType::Number: {
            bool ok = false;
            const qlonglong n = v.toLongLong(&ok);
            if (!ok && !text.isEmpty())
                return makeError(Error::Invalid, tr("%1 \"%2\" is not a number.").arg(fieldLabel(f), text));
            if (f.required && !ok)
                return makeError(Error::Invalid, tr("%1 is required.").arg(fieldLabel(f)));
            if (ok)
                v = n;
            break;
        }
        case FieldType::Bool:
            v = v.toBool();
            break;
        case FieldType::UserRef:
        case FieldType::ContactRef:
        case FieldType::CustomerRef:
            if (text.isEmpty() || v.toLongLong() == 0)
                v = QVariant();
            break;
        }
    }
    if (entity == Entity::Customer && isInsert && !values.contains(QStringLiteral("kind")))
        values.insert(QStringLiteral("kind"), QStringLiteral("company"));
    return {};
}

Result<Record> RecordStore::get(Entity entity, qint64 id) const
{
    const EntitySpec &spec = entitySpec(entity);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = :id").arg(spec.table));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return makeError(Error::Database, q.lastError().text());
    if (!q.next())
        return makeError(Error::NotFound, tr("This record no longer exists."));
    return Sql::recordFromQuery(q);
}

Result<qint64> RecordStore::insert(Entity entity, Record values)
{
    const EntitySpec &spec = entitySpec(entity);
    Status valid = validate(entity, values, !values.contains(QStringLiteral("id")));
    if (!valid)
        return valid.error();
    const QString now = Values::now();
    QStringList columns;
    QVariantList binds;
    for (const FieldSpec &f : spec.fields) {
        if (!values.contains(f.key))
            continue;
        columns << f.key;
        binds << Sql::bindValue(f, values.value(f.key));
    }
    auto addRaw = [&](const QString &column, const QVariant &value) {
        columns << column;
        binds << value;
    };
    if (values.contains(QStringLiteral("id")))
        addRaw(QStringLiteral("id"), values.value(QStringLiteral("id")).toLongLong());
    if (spec.hasCustomFields) {
        QVariantMap custom = values.value(QStringLiteral("custom")).toMap();
        if (!custom.isEmpty()) {
            const FieldService fields(m_database, *this);
            for (auto it = custom.begin(); it != custom.end();) {
                auto normalized = fields.checkedValue(entity, it.key(), it.value());
                if (!normalized)
                    return normalized.error();
                if (normalized.value().isNull()) {
                    it = custom.erase(it);
                } else {
                    it.value() = normalized.value();
                    ++it;
                }
            }
            values.insert(QStringLiteral("custom"), custom);
        }
        addRaw(QStringLiteral("custom"), Sql::encodeJson(custom));
    }
    if (entity == Entity::Customer) {
        addRaw(QStringLiteral("search_tokens"), customerSearchTokens(values));
        addRaw(QStringLiteral("archived"), values.value(QStringLiteral("archived")).toBool() ? 1 : 0);
        if (values.value(QStringLiteral("deleted_at")).isValid() && !values.value(QStringLiteral("deleted_at")).isNull())
            addRaw(QStringLiteral("deleted_at"), values.value(QStringLiteral("deleted_at")).toString());
    }
    addRaw(QStringLiteral("created_at"), values.value(QStringLiteral("created_at"), now).toString());
    addRaw(QStringLiteral("updated_at"), values.value(QStringLiteral("updated_at"), now).toString());
    addRaw(QStringLiteral("version"), values.value(QStringLiteral("version"), 1).toInt());

    Transaction tx(m_database);
    if (!tx.isActive())
        return tx.error();
    qint64 id = 0;
    {
        QSqlQuery q(tx.connection());
        QStringList placeholders;
        for (int i = 0; i < columns.size(); ++i)
            placeholders << QStringLiteral("?");
        q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                      .arg(spec.table, columns.join(QLatin1String(", ")), placeholders.join(QLatin1String(", "))));
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        if (!q.exec() || !q.next())
            return Sql::translateError(m_database.dialect(), q.lastError(), spec);
        id = q.value(0).toLongLong();
        q.finish();
        Record audit = values;
        audit.remove(QStringLiteral("search_tokens"));
        Status a = Sql::writeAudit(tx.connection(), m_actor, spec.name, id,
                                   values.contains(QStringLiteral("id")) ? QStringLiteral("restore") : QStringLiteral("create"),
                                   QString(), QString(), auditText(QVariant(audit)));
        if (!a)
            return a.error();
    }
    Status c = tx.commit();
    if (!c)
        return c.error();
    const qint64 customerId = entity == Entity::Customer ? id : values.value(spec.customerKey).toLongLong();
    emit changed(entity, id, customerId);
    return id;
}

Result<int> RecordStore::update(Entity entity, qint64 id, int expectedVersion, const Record &changesIn)
{
    const EntitySpec &spec = entitySpec(entity);
    Record changes;
    QVariantMap customChanges;
    for (auto it = changesIn.begin(); it != changesIn.end(); ++it) {
        if (it.key().startsWith(QLatin1String("custom."))) {
            if (!spec.hasCustomFields)
                return makeError(Error::Invalid, tr("This record has no custom fields."));
            customChanges.insert(it.key().mid(7), it.value());
        } else if (it.key() == QLatin1String("archived") && entity == Entity::Customer) {
            changes.insert(it.key(), it.value());
        } else if (spec.field(it.key())) {
            changes.insert(it.key(), it.value());
        } else {
            return makeError(Error::Invalid, tr("Unknown field \"%1\".").arg(it.key()));
        }
    }
    Status valid = validate(entity, changes, false);
    if (!valid)
        return valid.error();

    Transaction tx(m_database);
    if (!tx.isActive())
        return tx.error();
    int newVersion = 0;
    qint64 customerId = 0;
    {
        QSqlQuery q(tx.connection());
        q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = :id%2").arg(spec.table, m_database.dialect().lockRowSuffix()));
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return makeError(Error::Database, q.lastError().text());
        if (!q.next())
            return makeError(Error::NotFound, tr("This record was deleted by someone else."));
        const Record current = Sql::recordFromQuery(q);
        q.finish();
        const int currentVersion = current.value(QStringLiteral("version")).toInt();
        if (currentVersion != expectedVersion)
            return makeError(Error::Conflict, tr("Someone else changed this %1 since you opened it. "
                                                 "Reload to see their changes, then edit again.")
                                                  .arg(entityDisplayName(entity)));
        customerId = entity == Entity::Customer ? id : current.value(spec.customerKey).toLongLong();

        QStringList sets;
        QVariantList binds;
        QList<std::tuple<QString, QString, QString>> audits;
        Record merged = current;
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            const FieldSpec *f = spec.field(it.key());
            const QVariant newValue = f ? Sql::bindValue(*f, it.value()) : QVariant(it.value().toBool() ? 1 : 0);
            if (sameValue(current.value(it.key()), newValue))
                continue;
            sets << it.key() + QStringLiteral(" = ?");
            binds << newValue;
            audits.append({it.key(), auditText(current.value(it.key())), auditText(newValue)});
            merged.insert(it.key(), newValue);
        }
        if (!customChanges.isEmpty()) {
            QVariantMap custom = current.value(QStringLiteral("custom")).toMap();
            bool any = false;
            const FieldService fields(m_database, *this);
            for (auto it = customChanges.begin(); it != customChanges.end(); ++it) {
                // Same thread, so the same connection and transaction as tx.
                auto normalized = fields.checkedValue(entity, it.key(), it.value());
                if (!normalized)
                    return normalized.error();
                it.value() = normalized.value();
                const QVariant old = custom.value(it.key());
                if (sameValue(old, it.value()))
                    continue;
                any = true;
                audits.append({QStringLiteral("custom.") + it.key(), auditText(old), auditText(it.value())});
                if (it.value().isNull())
                    custom.remove(it.key());
                else
                    custom.insert(it.key(), it.value());
            }
            if (any) {
                sets << QStringLiteral("custom = ?");
                binds << Sql::encodeJson(custom);
            }
        }
        if (sets.isEmpty())
            return currentVersion; // nothing changed: no new version, no audit noise
        if (entity == Entity::Customer) {
            const QString tokens = customerSearchTokens(merged);
            if (tokens != current.value(QStringLiteral("search_tokens")).toString()) {
                sets << QStringLiteral("search_tokens = ?");
                binds << tokens;
            }
        }
        sets << QStringLiteral("updated_at = ?") << QStringLiteral("version = ?");
        binds << Values::now() << currentVersion + 1;
        q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND version = ?")
                      .arg(spec.table, sets.join(QLatin1String(", "))));
        int i = 0;
        for (const QVariant &b : std::as_const(binds))
            q.bindValue(i++, b);
        q.bindValue(i++, id);
        q.bindValue(i++, currentVersion);
        if (!q.exec())
            return Sql::translateError(m_database.dialect(), q.lastError(), spec);
        if (q.numRowsAffected() != 1)
            return makeError(Error::Conflict, tr("Someone else changed this record at the same moment. Try again."));
        q.finish();
        for (const auto &[field, oldValue, newValueText] : audits) {
            Status a = Sql::writeAudit(tx.connection(), m_actor, spec.name, id, QStringLiteral("update"), field,
                                       oldValue, newValueText);
            if (!a)
                return a.error();
        }
        newVersion = currentVersion + 1;
    }
    Status c = tx.commit();
    if (!c)
        return c.error();
    emit changed(entity, id, customerId);
    return newVersion;
}

Result<Record> RecordStore::remove(Entity entity, qint64 id, int expectedVersion)
{
    const EntitySpec &spec = entitySpec(entity);
    Transaction tx(m_database);
    if (!tx.isActive())
        return tx.error();
    Record current;
    {
        QSqlQuery q(tx.connection());
        q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = :id%2").arg(spec.table, m_database.dialect().lockRowSuffix()));
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return makeError(Error::Database, q.lastError().text());
        if (!q.next())
            return makeError(Error::NotFound, tr("This record was already deleted."));
        current = Sql::recordFromQuery(q);
        q.finish();
        if (expectedVersion >= 0 && current.value(QStringLiteral("version")).toInt() != expectedVersion)
            return makeError(Error::Conflict, tr("Someone else changed this record since you opened it. Reload and try again."));
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(spec.table));
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return Sql::translateError(m_database.dialect(), q.lastError(), spec);
        q.finish();
        Record audit = current;
        audit.remove(QStringLiteral("search_tokens"));
        Status a = Sql::writeAudit(tx.connection(), m_actor, spec.name, id, QStringLiteral("delete"), QString(),
                                   auditText(QVariant(audit)), QString());
        if (!a)
            return a.error();
    }
    Status c = tx.commit();
    if (!c)
        return c.error();
    const qint64 customerId = entity == Entity::Customer ? id : current.value(spec.customerKey).toLongLong();
    emit changed(entity, id, customerId);
    return current;
}

} // namespace Patron
