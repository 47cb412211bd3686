#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <map>
#include <memory>

namespace Patron {

/// Inserts many rows into one table with multi-row `INSERT … VALUES (…), (…)` prepared
/// statements, so the per-statement cost is paid once per batch instead of once per row.
/// Values are appended column by column and held until flush(), so the caller decides
/// when rows reach the database (parents before children, for foreign keys). The first
/// error sticks and later rows are ignored; flush() reports it.
class BulkInsert
{
public:
    /// maxParameters stays under SQLite's historic 999 limit (and far under PostgreSQL's 65535).
    /// constants: columns with the same value in every row, as SQL literals ("version" →
    /// "1"); they are part of the statement text, not bound per row.
    BulkInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns,
               const QList<QPair<QString, QString>> &constants = {}, int maxParameters = 999);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    void add(const QVariant &value) { m_values.append(value); }
    /// Text column; a null QString is stored as '' (Qt binds null strings as SQL NULL).
    void add(const QString &value) { m_values.append(value.isNull() ? m_empty : QVariant(value)); }
    void add(qint64 value) { m_values.append(QVariant(qlonglong(value))); }
    void add(int value) { m_values.append(QVariant(value)); }
    /// Text column, NULL when empty.
    void addNullable(const QString &value);
    /// Reference column, NULL when 0.
    void addRef(qint64 id);

    void endRow();
    /// Writes the pending rows, in statements of as many rows as the parameter limit allows.
    Status flush();

    bool ok() const { return !m_error.isError(); }
    const Error &error() const { return m_error; }
    qint64 rowsWritten() const { return m_written; }
    int pendingRows() const { return m_pendingRows; }

private:
    QString sql(int rows) const;
    bool execute(int firstRow, int rows);

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QList<QPair<QString, QString>> m_constants;
    int m_rowsPerStatement = 1;
    int m_pendingRows = 0;
    qint64 m_written = 0;
    QVariantList m_values;
    const QVariant m_empty = QVariant(QStringLiteral(""));
    /// Prepared statements by number of rows: full batches, and the few remainder sizes
    /// (parsing a statement with hundreds of parameters costs more than running it).
    std::map<int, std::unique_ptr<QSqlQuery>> m_statements;
    Error m_error;
};

} // namespace Patron
