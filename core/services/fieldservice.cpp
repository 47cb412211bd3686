#include "fieldservice.h"

#include "recordstore.h"
#include "storage/database.h"
#include "util/sqlutil.h"
#include "util/values.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Patron {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Patron::FieldService", text);
}

QStringList optionsOf(const Record &def)
{
    const QJsonArray a = QJsonDocument::fromJson(def.value(QStringLiteral("options")).toString().toUtf8()).array();
    QStringList out;
    for (const QJsonValue &v : a)
        out << v.toString();
    return out;
}
} // namespace

FieldService::FieldService(Database &database, RecordStore &store)
    : m_database(database)
    , m_store(store)
{
}

Result<QList<Record>> FieldService::fields(Entity entity, bool includeRetired) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM field_defs WHERE entity = ?%1 ORDER BY position, id")
                  .arg(includeRetired ? QString() : QStringLiteral(" AND retired = 0")));
    q.bindValue(0, entitySpec(entity).name);
    if (!q.exec())
        return makeError(Error::Database, q.lastError().text());
    QList<Record> out;
    while (q.next())
        out << Sql::recordFromQuery(q);
    return out;
}

Result<Record> FieldService::field(Entity entity, const QString &key) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM field_defs WHERE entity = ? AND field_key = ?"));
    q.bindValue(0, entitySpec(entity).name);
    q.bindValue(1, key);
    if (!q.exec())
        return makeError(Error::Database, q.lastError().text());
    if (!q.next())
        return makeError(Error::NotFound, tr("There is no custom field \"%1\".").arg(key));
    return Sql::recordFromQuery(q);
}

Result<QVariant> FieldService::checkedValue(Entity entity, const QString &key, const QVariant &value) const
{
    auto def = field(entity, key);
    if (!def)
        return makeError(def.error().code == Error::NotFound ? Error::Invalid : def.error().code, def.error().message);
    return normalizeValue(def.value(), value);
}

Result<qint64> FieldService::addField(Entity entity, const QString &label, const QString &type,
                                      const QStringList &choices)
{
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty())
        return makeError(Error::Invalid, tr("A custom field needs a label."));
    auto existing = fields(entity, true);
    if (!existing)
        return existing.error();
    QSet<QString> keys;
    int maxPosition = 0;
    for (const Record &r : existing.value()) {
        keys.insert(r.value(QStringLiteral("field_key")).toString());
        maxPosition = std::max(maxPosition, r.value(QStringLiteral("position")).toInt());
        if (r.value(QStringLiteral("label")).toString() == trimmed && !r.value(QStringLiteral("retired")).toBool())
            return makeError(Error::Duplicate, tr("A custom field named \"%1\" already exists.").arg(trimmed));
    }
    QString key = trimmed.toLower();
    key.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    key.remove(QRegularExpression(QStringLiteral("^[_0-9]+|_+$")));
    key = key.left(40);
    // Non-ASCII labels (most Chinese ones) get numbered keys: keys must be plain ASCII
    // because they appear in SQL JSON paths and CSV headers.
    if (key.isEmpty() || keys.contains(key)) {
        int n = 1;
        while (keys.contains(QStringLiteral("f%1").arg(n)))
            ++n;
        key = QStringLiteral("f%1").arg(n);
    }
    if ((type == QLatin1String("choice") || type == QLatin1String("multichoice")) && choices.isEmpty())
        return makeError(Error::Invalid, tr("A choice field needs at least one choice."));
    Record r;
    r.insert(QStringLiteral("entity"), entitySpec(entity).name);
    r.insert(QStringLiteral("field_key"), key);
    r.insert(QStringLiteral("label"), trimmed);
    r.insert(QStringLiteral("field_type"), type);
    r.insert(QStringLiteral("options"), QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(choices)).toJson(QJsonDocument::Compact)));
    r.insert(QStringLiteral("position"), maxPosition + 1);
    return m_store.insert(Entity::FieldDef, r);
}

Result<QVariant> FieldService::normalizeValue(const Record &def, const QVariant &value)
{
    const QString type = def.value(QStringLiteral("field_type")).toString();
    const QString label = def.value(QStringLiteral("label")).toString();
    if (value.isNull())
        return QVariant();
    if (type == QLatin1String("multichoice")) {
        const QStringList options = optionsOf(def);
        QStringList values = value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList
                                 ? value.toStringList()
                                 : value.toString().split(QRegularExpression(QStringLiteral("[,;，；、]")), Qt::SkipEmptyParts);
        for (QString &v : values)
            v = v.trimmed();
        values.removeAll(QString());
        for (const QString &v : values) {
            if (!options.contains(v))
                return makeError(Error::Invalid, tr("%1 cannot be \"%2\".").arg(label, v));
        }
        return values.isEmpty() ? QVariant() : QVariant(values);
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty() && type != QLatin1String("bool"))
        return QVariant();
    if (type == QLatin1String("text"))
        return text;
    if (type == QLatin1String("number")) {
        bool ok = false;
        const double d = Values::toHalfWidth(text).remove(QLatin1Char(',')).toDouble(&ok);
        if (!ok)
            return makeError(Error::Invalid, tr("%1 \"%2\" is not a number.").arg(label, text));
        return d;
    }
    if (type == QLatin1String("money")) {
        if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
            return value.toLongLong();
        const auto cents = Values::parseMoney(text);
        if (!cents)
            return makeError(Error::Invalid, tr("%1 \"%2\" is not an amount of money.").arg(label, text));
        return *cents;
    }
    if (type == QLatin1String("date")) {
        const QDate d = Values::parseStoredDate(text);
        if (!d.isValid() || text.size() != 10)
            return makeError(Error::Invalid, tr("%1 \"%2\" is not a date (YYYY-MM-DD).").arg(label, text));
        return Values::storeDate(d);
    }
    if (type == QLatin1String("choice")) {
        const QStringList options = optionsOf(def);
        if (!options.contains(text))
            return makeError(Error::Invalid, tr("%1 cannot be \"%2\".").arg(label, text));
        return text;
    }
    if (type == QLatin1String("phone"))
        return Values::toHalfWidth(text);
    if (type == QLatin1String("email")) {
        const auto e = Values::normalizeEmail(text);
        if (!e)
            return makeError(Error::Invalid, tr("%1 \"%2\" is not a valid email address.").arg(label, text));
        return *e;
    }
    if (type == QLatin1String("bool")) {
        static const QStringList yes = {QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("yes"),
                                        QStringLiteral("y"), QStringLiteral("是"), QStringLiteral("对")};
        if (value.typeId() == QMetaType::Bool)
            return value.toBool();
        return yes.contains(text.toLower());
    }
    return text;
}

} // namespace Patron
