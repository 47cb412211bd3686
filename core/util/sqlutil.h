#pragma once

#include "domain/entity.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QVariantList>
#include <QVariantMap>

class QSqlQuery;

namespace Patron {
class Dialect;

/// Small helpers shared by the services' SQL code.
namespace Sql {

/// The current row as a Record; a "custom" JSON column is decoded to a QVariantMap.
Record recordFromQuery(const QSqlQuery &query);
QString encodeJson(const QVariantMap &map);
QVariantMap decodeJson(const QString &json);

/// A driver error as a user-facing Error (unique violations name the field).
Error translateError(const Dialect &dialect, const QSqlError &error, const EntitySpec &spec);

Status writeAudit(const QSqlDatabase &db, const QString &actor, const QString &entity, qint64 entityId,
                  const QString &action, const QString &field, const QString &oldValue,
                  const QString &newValue);

/// Qt's SQL drivers bind a null QString as SQL NULL; NOT NULL text columns need ''.
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

/// The value to bind for a column of an entity: a typed NULL for empty references,
/// numbers and nullable text (a bare null QVariant binds badly), '' for empty NOT NULL
/// text, 0/1 for yes/no.
QVariant bindValue(const FieldSpec &field, const QVariant &value);

/// A failed statement as an Error::Database carrying the driver's text.
Error queryError(const QSqlQuery &query);
/// Binds named values (":name" → value).
void bindAll(QSqlQuery &query, const QVariantMap &values);
/// Prepares, binds named values and executes; the query stays positioned before its rows.
Status exec(QSqlQuery &query, const QString &sql, const QVariantMap &values = {});
/// The same with positional ("?") values, in order.
Status execPositional(QSqlQuery &query, const QString &sql, const QVariantList &values = {});

/// "?, ?, ?" for n values.
QString placeholders(int n);

/// Ids per IN (…) list: well under both backends' parameter limits.
constexpr int kIdChunk = 400;
/// Calls fn(chunk) for the ids in chunks of kIdChunk; stops at the first error.
template<typename Fn>
Status forIdChunks(const QList<qint64> &ids, Fn fn)
{
    for (qsizetype i = 0; i < ids.size(); i += kIdChunk) {
        Status s = fn(ids.mid(i, kIdChunk));
        if (!s)
            return s;
    }
    return {};
}
/// Binds ids to the positional placeholders from index first on.
void bindIds(QSqlQuery &query, const QList<qint64> &ids, int first);

} // namespace Sql
} // namespace Patron
