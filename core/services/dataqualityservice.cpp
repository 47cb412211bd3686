#include "dataqualityservice.h"

#include "domain/entity.h"
#include "fieldservice.h"
#include "storage/database.h"
#include "storage/dialect.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Patron {

namespace {

// Customer fields whose completeness is worth reporting (kind and name are always set).
const char *const kCompletenessFields[]
    = {"code",    "contact_name", "mobile", "phone",    "email",           "province", "city",
       "address", "industry",     "source", "owner_id", "lifecycle_stage", "notes"};

bool validCustomKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    return re.match(key).hasMatch();
}

// The value of a field as text ('' when empty), or empty when the field is unknown.
QString valueExpression(const QString &field, const Dialect &dialect)
{
    if (field.startsWith(QLatin1String("custom."))) {
        const QString key = field.mid(7);
        return validCustomKey(key) ? QStringLiteral("COALESCE(%1, '')")
                                         .arg(dialect.jsonText(QStringLiteral("c.custom"), key))
                                   : QString();
    }
    const FieldSpec *f = entitySpec(Entity::Customer).field(field);
    if (!f || f->type == FieldType::UserRef)
        return {};
    return f->nullable ? QStringLiteral("COALESCE(c.%1, '')").arg(field)
                       : QStringLiteral("c.") + field;
}

// Portable "remove every digit" (SQLite has no regular expressions built in).
QString withoutDigits(QString expr)
{
    for (char d = '0'; d <= '9'; ++d)
        expr = QStringLiteral("REPLACE(%1, '%2', '')").arg(expr, QString(QChar::fromLatin1(d)));
    return expr;
}

QString invalidCondition(const QString &check, const QString &e)
{
    if (check == QLatin1String("mobile"))
        return QStringLiteral("(%1 <> '' AND NOT (LENGTH(%1) = 11 AND SUBSTR(%1, 1, 1) = '1' AND "
                              "SUBSTR(%1, 2, 1) "
                              "BETWEEN '3' AND '9' AND %2 = ''))")
            .arg(e, withoutDigits(e));
    if (check == QLatin1String("email"))
        return QStringLiteral("(%1 <> '' AND NOT (%1 LIKE '%_@_%._%' AND %1 NOT LIKE '%@%@%' AND "
                              "%1 NOT LIKE '% %' "
                              "AND %1 NOT LIKE '%..%' AND %1 NOT LIKE '%@.%' AND %1 NOT LIKE '%.' "
                              "AND %1 NOT LIKE '.%'))")
            .arg(e);
    if (check == QLatin1String("phone"))
        return QStringLiteral("(%1 <> '' AND %2 = %1)").arg(e, withoutDigits(e));
    if (check == QLatin1String("date"))
        return QStringLiteral("(%1 <> '' AND NOT (LENGTH(%1) = 10 AND SUBSTR(%1, 5, 1) = '-' AND "
                              "SUBSTR(%1, 8, 1) = '-' "
                              "AND %2 = '' AND SUBSTR(%1, 6, 2) BETWEEN '01' AND '12' "
                              "AND SUBSTR(%1, 9, 2) BETWEEN '01' AND '31'))")
            .arg(e, withoutDigits(QStringLiteral("REPLACE(%1, '-', '')").arg(e)));
    return {};
}

QString duplicateCondition()
{
    // Uncorrelated IN subqueries: each is computed once, not per customer.
    QStringList parts;
    for (const char *e : {"mobile", "email", "UPPER(code)"}) {
        const QString col = QString::fromLatin1(e);
        QString outer = col;
        outer.replace(QLatin1String("mobile"), QLatin1String("c.mobile"))
            .replace(QLatin1String("email"), QLatin1String("c.email"))
            .replace(QLatin1String("(code)"), QLatin1String("(c.code)"));
        parts << QStringLiteral(
                     "%1 IN (SELECT %2 FROM customers WHERE deleted_at IS NULL AND %2 <> '' "
                     "GROUP BY %2 HAVING COUNT(*) > 1)")
                     .arg(outer, col);
    }
    return QLatin1Char('(') + parts.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

// Which check a custom field type gets, if any.
QString checkForType(const QString &type)
{
    if (type == QLatin1String("date"))
        return QStringLiteral("date");
    if (type == QLatin1String("email"))
        return QStringLiteral("email");
    if (type == QLatin1String("phone"))
        return QStringLiteral("phone");
    return {};
}

} // namespace

DataQualityService::DataQualityService(Database &database, RecordStore &store)
    : m_database(database)
    , m_store(store)
{ }

QString DataQualityService::condition(const QString &quality, const Dialect &dialect)
{
    if (quality == QLatin1String("duplicate"))
        return duplicateCondition();
    if (quality.startsWith(QLatin1String("missing:"))) {
        const QString field = quality.mid(8);
        if (field == QLatin1String("owner_id"))
            return QStringLiteral("c.owner_id IS NULL");
        const QString e = valueExpression(field, dialect);
        return e.isEmpty() ? QString() : QStringLiteral("%1 = ''").arg(e);
    }
    if (quality.startsWith(QLatin1String("invalid:"))) {
        // "invalid:mobile" or, for custom fields, "invalid:<check>:custom.<key>".
        const QStringList parts = quality.mid(8).split(QLatin1Char(':'));
        const QString check = parts.first();
        const QString field = parts.size() > 1 ? parts.at(1) : check;
        if (parts.size() > 2
            || (parts.size() == 1 && check != QLatin1String("mobile")
                && check != QLatin1String("email") && check != QLatin1String("phone")))
            return {};
        const QString e = valueExpression(field, dialect);
        return e.isEmpty() ? QString() : invalidCondition(check, e);
    }
    return {};
}

QStringList DataQualityService::checkableFields() const
{
    QStringList out {QStringLiteral("invalid:mobile"), QStringLiteral("invalid:email"),
                     QStringLiteral("invalid:phone")};
    FieldService fields(m_database, m_store);
    const auto defs = fields.fields(Entity::Customer, false);
    if (defs) {
        for (const Record &d : defs.value()) {
            const QString check = checkForType(d.value(QStringLiteral("field_type")).toString());
            if (!check.isEmpty())
                out << QStringLiteral("invalid:%1:custom.%2")
                           .arg(check, d.value(QStringLiteral("field_key")).toString());
        }
    }
    return out;
}

Result<QualityReport> DataQualityService::report() const
{
    const Dialect &dialect = m_database.dialect();
    QualityReport report;
    QStringList sums;
    auto sumOf = [&](const QString &cond) {
        sums << QStringLiteral("COALESCE(SUM(CASE WHEN %1 THEN 1 ELSE 0 END), 0)").arg(cond);
    };
    for (const char *f : kCompletenessFields) {
        const QString field = QString::fromLatin1(f);
        report.completeness << QualityItem {field, fieldLabel(Entity::Customer, field), 0,
                                            QStringLiteral("missing:") + field};
    }
    FieldService fields(m_database, m_store);
    const auto defs = fields.fields(Entity::Customer, false);
    if (!defs)
        return defs.error();
    QHash<QString, QString> customLabels;
    for (const Record &d : defs.value()) {
        const QString field
            = QStringLiteral("custom.") + d.value(QStringLiteral("field_key")).toString();
        customLabels.insert(field, d.value(QStringLiteral("label")).toString());
        report.completeness << QualityItem {field, d.value(QStringLiteral("label")).toString(), 0,
                                            QStringLiteral("missing:") + field};
    }
    for (const QualityItem &item : std::as_const(report.completeness))
        sumOf(QStringLiteral("NOT (%1)").arg(condition(item.filter, dialect)));
    for (const QString &filter : checkableFields()) {
        const QStringList parts = filter.split(QLatin1Char(':'));
        const QString field = parts.last();
        const QString label = customLabels.value(field, fieldLabel(Entity::Customer, field));
        report.invalid << QualityItem {field, label, 0, filter};
        sumOf(condition(filter, dialect));
    }
    report.duplicates = QualityItem {
        QString(), QCoreApplication::translate("Patron::DataQualityService", "Duplicates"), 0,
        QStringLiteral("duplicate")};
    sumOf(duplicateCondition());

    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT COUNT(*), %1 FROM customers c WHERE c.archived = 0 AND "
                               "c.deleted_at IS NULL")
                    .arg(sums.join(QLatin1String(", "))))
        || !q.next())
        return makeError(Error::Database, q.lastError().text());
    report.total = q.value(0).toLongLong();
    int col = 1;
    for (QualityItem &item : report.completeness)
        item.count = q.value(col++).toLongLong();
    for (QualityItem &item : report.invalid)
        item.count = q.value(col++).toLongLong();
    report.duplicates.count = q.value(col++).toLongLong();
    return report;
}

} // namespace Patron
