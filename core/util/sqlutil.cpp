#include "sqlutil.h"

#include "storage/dialect.h"
#include "util/values.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Patron::Sql {

Record recordFromQuery(const QSqlQuery &query)
{
    Record r;
    const QSqlRecord rec = query.record();
    for (int i = 0; i < rec.count(); ++i) {
        const QString name = rec.fieldName(i);
        if (name == QLatin1String("custom"))
            r.insert(name, decodeJson(query.value(i).toString()));
        else
            r.insert(name, query.value(i));
    }
    return r;
}

QString encodeJson(const QVariantMap &map)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}

QVariantMap decodeJson(const QString &json)
{
    if (json.isEmpty())
        return {};
    return QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
}

Error translateError(const Dialect &dialect, const QSqlError &error, const EntitySpec &spec)
{
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    if (dialect.isUniqueViolation(error)) {
        for (const FieldSpec &f : spec.fields) {
            if (text.contains(spec.table + QLatin1Char('.') + f.key) || text.contains(QLatin1Char('(') + f.key + QLatin1Char(')'))
                || text.contains(spec.table + QLatin1Char('_') + f.key)) {
                return makeError(Error::Duplicate, QCoreApplication::translate("Patron::RecordStore",
                                                                               "Another record already uses this %1.")
                                                       .arg(fieldLabel(f)));
            }
        }
        return makeError(Error::Duplicate, QCoreApplication::translate("Patron::RecordStore", "This value is already in use: %1")
                                               .arg(error.databaseText()));
    }
    if (dialect.isForeignKeyViolation(error))
        return makeError(Error::Invalid, QCoreApplication::translate("Patron::RecordStore",
                                                                     "A linked record (customer, contact or user) does not exist."));
    return makeError(Error::Database, error.text());
}

Status writeAudit(const QSqlDatabase &db, const QString &actor, const QString &entity, qint64 entityId,
                  const QString &action, const QString &field, const QString &oldValue, const QString &newValue)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field, old_value, new_value) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, Values::now());
    q.bindValue(1, text(actor));
    q.bindValue(2, entity);
    q.bindValue(3, entityId);
    q.bindValue(4, action);
    q.bindValue(5, text(field));
    q.bindValue(6, oldValue.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(oldValue));
    q.bindValue(7, newValue.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(newValue));
    if (!q.exec())
        return makeError(Error::Database, q.lastError().text());
    return {};
}

Error queryError(const QSqlQuery &query)
{
    return makeError(Error::Database, query.lastError().text());
}

void bindAll(QSqlQuery &query, const QVariantMap &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
}

Status exec(QSqlQuery &query, const QString &sql, const QVariantMap &values)
{
    if (!query.prepare(sql))
        return queryError(query);
    bindAll(query, values);
    if (!query.exec())
        return queryError(query);
    return {};
}

Status execPositional(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return queryError(query);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return queryError(query);
    return {};
}

QVariant bindValue(const FieldSpec &f, const QVariant &v)
{
    const bool numeric = f.type == FieldType::UserRef || f.type == FieldType::ContactRef
                         || f.type == FieldType::CustomerRef || f.type == FieldType::Money
                         || f.type == FieldType::Number;
    if (numeric) {
        if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty()))
            return QVariant(QMetaType::fromType<qlonglong>());
        return v.toLongLong();
    }
    if (f.type == FieldType::Bool)
        return v.toBool() ? 1 : 0;
    const QString s = v.isNull() ? QString() : v.toString();
    if (s.isEmpty() && f.nullable)
        return QVariant(QMetaType::fromType<QString>());
    return text(s);
}

void bindIds(QSqlQuery &query, const QList<qint64> &ids, int first)
{
    for (int i = 0; i < ids.size(); ++i)
        query.bindValue(first + i, ids.at(i));
}

QString placeholders(int n)
{
    QStringList p;
    for (int i = 0; i < n; ++i)
        p << QStringLiteral("?");
    return p.join(QLatin1String(", "));
}

} // namespace Patron::Sql
