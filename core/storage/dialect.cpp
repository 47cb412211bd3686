#include "dialect.h"

#include "search/searchtokenizer.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace Patron {

namespace {

QString run(const QSqlDatabase &db, const QString &sql, QStringList *out, int columns)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return q.lastError().text();
    while (q.next()) {
        QStringList parts;
        for (int i = 0; i < columns; ++i)
            parts << q.value(i).toString().simplified();
        out->append(parts.join(QLatin1Char('|')));
    }
    return {};
}

class SqliteDialect final : public Dialect
{
public:
    Backend backend() const override { return Backend::SQLite; }
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString beginRead() const override { return QStringLiteral("BEGIN DEFERRED"); }
    QString sectionName() const override { return QStringLiteral("sqlite"); }

    QString expandSchema(const QString &sql) const override
    {
        QString s = sql;
        s.replace(QLatin1String("{{PK}}"), QLatin1String("INTEGER PRIMARY KEY"));
        return s;
    }

    int readSchemaVersion(const QSqlDatabase &db, QString *error) const override
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            if (error)
                *error = q.lastError().text();
            return -1;
        }
        return q.value(0).toInt();
    }

    QString writeSchemaVersionSql(int version) const override
    {
        return QStringLiteral("PRAGMA user_version = %1").arg(version);
    }

    QString customerSearchCondition() const override
    {
        return QStringLiteral("c.id IN (SELECT rowid FROM customer_fts WHERE customer_fts MATCH :fts)");
    }

    QString searchExpression(const SearchQuery &query) const override
    {
        // FTS5 syntax: "a" + "b" is a phrase, "a"* a prefix, terms separated by AND.
        QStringList terms;
        for (const SearchTerm &term : query.terms) {
            QStringList tokens;
            for (const QString &t : term.tokens)
                tokens << QLatin1Char('"') + t + QLatin1Char('"');
            QString phrase = tokens.join(QLatin1String(" + "));
            if (term.lastIsPrefix)
                phrase += QLatin1Char('*');
            terms << phrase;
        }
        return terms.join(QLatin1String(" AND "));
    }

    QString stringAgg(const QString &expr, const QString &separator) const override
    {
        return QStringLiteral("group_concat(%1, '%2')").arg(expr, separator);
    }

    QString dayNumber(const QString &isoDateExpr) const override
    {
        // julianday() of a date is noon-less (x.5); the difference to the epoch is whole.
        return QStringLiteral("CAST(julianday(%1) - 2440587.5 AS INTEGER)").arg(isoDateExpr);
    }

    QString lockRowSuffix() const override { return {}; } // BEGIN IMMEDIATE already holds the lock

    QString forceIndex(const QString &indexName) const override
    {
        return indexName.isEmpty() ? QStringLiteral(" NOT INDEXED") : QStringLiteral(" INDEXED BY ") + indexName;
    }

    QString jsonText(const QString &column, const QString &key) const override
    {
        return QStringLiteral("json_extract(%1, '$.\"%2\"')").arg(column, key);
    }

    QString jsonNumber(const QString &column, const QString &key) const override
    {
        return QStringLiteral("(CASE WHEN json_type(%1, '$.\"%2\"') IN ('integer', 'real') "
                              "THEN json_extract(%1, '$.\"%2\"') END)")
            .arg(column, key);
    }

    QString jsonIsTrue(const QString &column, const QString &key) const override
    {
        return QStringLiteral("(COALESCE(json_type(%1, '$.\"%2\"'), '') = 'true')").arg(column, key);
    }

    QString jsonArrayContains(const QString &column, const QString &key, const QString &bind) const override
    {
        return QStringLiteral("(COALESCE(json_type(%1, '$.\"%2\"'), '') = 'array' AND EXISTS (SELECT 1 FROM "
                              "json_each(%1, '$.\"%2\"') je WHERE je.value = %3))")
            .arg(column, key, bind);
    }

    bool isUniqueViolation(const QSqlError &error) const override
    {
        // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555)
        const QString code = error.nativeErrorCode();
        return code == QLatin1String("2067") || code == QLatin1String("1555")
               || error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
    }

    bool isForeignKeyViolation(const QSqlError &error) const override
    {
        return error.nativeErrorCode() == QLatin1String("787")
               || error.databaseText().contains(QLatin1String("FOREIGN KEY constraint failed"));
    }

    QStringList describeSchema(const QSqlDatabase &db) const override
    {
        QStringList out;
        QStringList objects;
        run(db,
            QStringLiteral("SELECT type, name, tbl_name FROM sqlite_master "
                           "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"),
            &objects, 3);
        for (const QString &o : objects) {
            out << o;
            const QStringList parts = o.split(QLatin1Char('|'));
            if (parts.value(0) == QLatin1String("table")) {
                QStringList cols;
                run(db,
                    QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('%1') ORDER BY cid")
                        .arg(parts.value(1)),
                    &cols, 5);
                for (const QString &c : cols)
                    out << QStringLiteral("  column ") + c;
            } else if (parts.value(0) == QLatin1String("index")) {
                QStringList cols;
                run(db, QStringLiteral("SELECT name FROM pragma_index_info('%1') ORDER BY seqno").arg(parts.value(1)),
                    &cols, 1);
                out << QStringLiteral("  on ") + cols.join(QLatin1Char(','));
            }
        }
        return out;
    }
};

class PostgresDialect final : public Dialect
{
public:
    Backend backend() const override { return Backend::PostgreSQL; }
    QString driverName() const override { return QStringLiteral("QPSQL"); }
    QString beginWrite() const override { return QStringLiteral("BEGIN"); }
    QString beginRead() const override { return QStringLiteral("BEGIN READ ONLY"); }
    QString sectionName() const override { return QStringLiteral("postgres"); }

    QString expandSchema(const QString &sql) const override
    {
        QString s = sql;
        s.replace(QLatin1String("{{PK}}"),
                  QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        return s;
    }

    int readSchemaVersion(const QSqlDatabase &db, QString *error) const override
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !q.next()) {
            if (error)
                *error = q.lastError().text();
            return -1;
        }
        if (!q.value(0).toBool())
            return 0;
        if (!q.exec(QStringLiteral("SELECT version FROM schema_version")) ) {
            if (error)
                *error = q.lastError().text();
            return -1;
        }
        return q.next() ? q.value(0).toInt() : 0;
    }

    QString writeSchemaVersionSql(int version) const override
    {
        return QStringLiteral("INSERT INTO schema_version (id, version) VALUES (1, %1) "
                              "ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version")
            .arg(version);
    }

    QString customerSearchCondition() const override
    {
        return QStringLiteral("to_tsvector('simple', c.search_tokens) @@ to_tsquery('simple', :fts)");
    }

    QString searchExpression(const SearchQuery &query) const override
    {
        // tsquery: 'a' <-> 'b' is a phrase, 'a':* a prefix. Tokens contain only letters and
        // digits (the tokenizer guarantees it), so quoting cannot be broken out of.
        QStringList terms;
        for (const SearchTerm &term : query.terms) {
            QStringList tokens;
            for (int i = 0; i < term.tokens.size(); ++i) {
                QString t = QLatin1Char('\'') + term.tokens.at(i) + QLatin1Char('\'');
                if (term.lastIsPrefix && i == term.tokens.size() - 1)
                    t += QLatin1String(":*");
                tokens << t;
            }
            terms << QLatin1Char('(') + tokens.join(QLatin1String(" <-> ")) + QLatin1Char(')');
        }
        return terms.join(QLatin1String(" & "));
    }

    QString stringAgg(const QString &expr, const QString &separator) const override
    {
        return QStringLiteral("string_agg(%1, '%2')").arg(expr, separator);
    }

    QString dayNumber(const QString &isoDateExpr) const override
    {
        return QStringLiteral("(CAST(%1 AS DATE) - DATE '1970-01-01')").arg(isoDateExpr);
    }

    QString lockRowSuffix() const override { return QStringLiteral(" FOR UPDATE"); }

    QString forceIndex(const QString &) const override { return {}; }

    QString jsonText(const QString &column, const QString &key) const override
    {
        return QStringLiteral("(%1::jsonb ->> '%2')").arg(column, key);
    }

    QString jsonNumber(const QString &column, const QString &key) const override
    {
        return QStringLiteral("(CASE WHEN jsonb_typeof(%1::jsonb -> '%2') = 'number' "
                              "THEN (%1::jsonb ->> '%2')::double precision END)")
            .arg(column, key);
    }

    QString jsonIsTrue(const QString &column, const QString &key) const override
    {
        return QStringLiteral("(COALESCE(jsonb_typeof(%1::jsonb -> '%2'), '') = 'boolean' AND (%1::jsonb ->> '%2') = 'true')")
            .arg(column, key);
    }

    QString jsonArrayContains(const QString &column, const QString &key, const QString &bind) const override
    {
        // @> with a one-element array, not the ? operator (Qt would take it for a placeholder).
        return QStringLiteral("(COALESCE(jsonb_typeof(%1::jsonb -> '%2'), '') = 'array' AND (%1::jsonb -> '%2') @> "
                              "jsonb_build_array(CAST(%3 AS text)))")
            .arg(column, key, bind);
    }

    bool isUniqueViolation(const QSqlError &error) const override
    {
        return error.nativeErrorCode() == QLatin1String("23505");
    }

    bool isForeignKeyViolation(const QSqlError &error) const override
    {
        return error.nativeErrorCode() == QLatin1String("23503");
    }

    QStringList describeSchema(const QSqlDatabase &db) const override
    {
        QStringList out;
        run(db,
            QStringLiteral("SELECT table_name, column_name, data_type, is_nullable, "
                           "coalesce(column_default, '') FROM information_schema.columns "
                           "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"),
            &out, 5);
        run(db,
            QStringLiteral("SELECT tablename, indexname, indexdef FROM pg_indexes "
                           "WHERE schemaname = current_schema() ORDER BY tablename, indexname"),
            &out, 3);
        run(db,
            QStringLiteral("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
                           "FROM pg_constraint WHERE connamespace = current_schema()::regnamespace "
                           "ORDER BY 1, 2"),
            &out, 3);
        return out;
    }
};

} // namespace

std::unique_ptr<Dialect> Dialect::create(Backend backend)
{
    if (backend == Backend::PostgreSQL)
        return std::make_unique<PostgresDialect>();
    return std::make_unique<SqliteDialect>();
}

} // namespace Patron
