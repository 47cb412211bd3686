#pragma once

#include "connectionsettings.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

#include <memory>

namespace Patron {

struct SearchQuery;

/// Everything that differs between SQLite and PostgreSQL, in one place. Services build
/// portable SQL and ask the dialect only for these fragments.
class Dialect
{
public:
    virtual ~Dialect() = default;

    static std::unique_ptr<Dialect> create(Backend backend);

    virtual Backend backend() const = 0;
    virtual QString driverName() const = 0;
    /// Opening statement of a write transaction (SQLite takes the write lock up front).
    virtual QString beginWrite() const = 0;
    virtual QString beginRead() const = 0;
    /// Expands placeholders in migration SQL: {{PK}} is the auto-increment primary key.
    virtual QString expandSchema(const QString &sql) const = 0;
    /// Tag used in migration files for statements of this backend only ("sqlite", "postgres").
    virtual QString sectionName() const = 0;

    virtual int readSchemaVersion(const QSqlDatabase &db, QString *error) const = 0;
    virtual QString writeSchemaVersionSql(int version) const = 0;

    /// A WHERE-clause fragment selecting customers (alias "c") matching a full-text query;
    /// binds :fts.
    virtual QString customerSearchCondition() const = 0;
    /// The bound value for :fts.
    virtual QString searchExpression(const SearchQuery &query) const = 0;

    /// Table suffix making the planner walk this index (SQLite "INDEXED BY"), or the table
    /// itself in rowid order when indexName is empty ("NOT INDEXED"); empty where the
    /// planner is trusted.
    virtual QString forceIndex(const QString &indexName) const = 0;

    /// Appended to a SELECT that reads a row about to be updated.
    virtual QString lockRowSuffix() const = 0;
    /// Text value of a key of a JSON text column ("custom").
    virtual QString jsonText(const QString &column, const QString &key) const = 0;
    /// Numeric value of a key of a JSON text column; NULL when missing or not a number
    /// (a stray text never makes the query fail).
    virtual QString jsonNumber(const QString &column, const QString &key) const = 0;
    /// Boolean expression: the key holds JSON true.
    virtual QString jsonIsTrue(const QString &column, const QString &key) const = 0;
    /// Boolean expression: the key holds a JSON array with the text bound to `bind`.
    virtual QString jsonArrayContains(const QString &column, const QString &key, const QString &bind) const = 0;

    /// Whole days from 1970-01-01 to an ISO date expression ('YYYY-MM-DD'), as an integer
    /// expression (differences of two give days between dates; RFM recency).
    virtual QString dayNumber(const QString &isoDateExpr) const = 0;

    /// string_agg / group_concat.
    virtual QString stringAgg(const QString &expr, const QString &separator) const = 0;

    virtual bool isUniqueViolation(const QSqlError &error) const = 0;
    virtual bool isForeignKeyViolation(const QSqlError &error) const = 0;

    /// A canonical text description of the schema (tables, columns, indexes), used to
    /// check that a migrated database equals a freshly created one.
    virtual QStringList describeSchema(const QSqlDatabase &db) const = 0;
};

} // namespace Patron
