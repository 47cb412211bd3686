#include "bulkinsert.h"

#include "util/sqlutil.h"

#include <QSqlError>

#include <algorithm>

namespace Patron {

BulkInsert::BulkInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                       const QList<QPair<QString, QString>> &constants, int maxParameters)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_constants(constants)
    , m_rowsPerStatement(std::max(1, maxParameters / int(std::max<qsizetype>(1, columns.size()))))
{
    m_values.reserve(m_rowsPerStatement * columns.size());
}

BulkInsert::~BulkInsert() = default;

void BulkInsert::addNullable(const QString &value)
{
    m_values.append(value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value));
}

void BulkInsert::addRef(qint64 id)
{
    m_values.append(id == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(qlonglong(id)));
}

QString BulkInsert::sql(int rows) const
{
    QString row = QStringLiteral("(") + Sql::placeholders(int(m_columns.size()));
    QStringList columns = m_columns;
    for (const auto &[column, literal] : m_constants) {
        columns << column;
        row += QStringLiteral(", ") + literal;
    }
    row += QLatin1Char(')');
    QString out = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(m_table, columns.join(QLatin1String(", ")));
    out.reserve(out.size() + rows * (row.size() + 2));
    for (int r = 0; r < rows; ++r) {
        if (r)
            out += QLatin1String(", ");
        out += row;
    }
    return out;
}

void BulkInsert::endRow()
{
    if (m_error.isError()) {
        m_values.clear();
        m_pendingRows = 0;
        return;
    }
    ++m_pendingRows;
    if (m_values.size() != qsizetype(m_pendingRows) * m_columns.size())
        m_error = makeError(Error::Invalid, QStringLiteral("%1: row with the wrong number of values").arg(m_table));
}

bool BulkInsert::execute(int firstRow, int rows)
{
    std::unique_ptr<QSqlQuery> &query = m_statements[rows];
    if (!query) {
        query = std::make_unique<QSqlQuery>(m_db);
        if (!query->prepare(sql(rows))) {
            m_error = makeError(Error::Database, QStringLiteral("%1: %2").arg(m_table, query->lastError().text()));
            return false;
        }
    }
    const int columns = int(m_columns.size());
    const int first = firstRow * columns;
    const int n = rows * columns;
    for (int i = 0; i < n; ++i)
        query->bindValue(i, m_values.at(first + i));
    if (!query->exec()) {
        m_error = makeError(Error::Database, QStringLiteral("%1: %2").arg(m_table, query->lastError().text()));
        return false;
    }
    // A finished statement holds no cursor, so COMMIT/ROLLBACK never wait on it.
    query->finish();
    m_written += rows;
    return true;
}

Status BulkInsert::flush()
{
    if (m_error.isError())
        return m_error;
    for (int row = 0; row < m_pendingRows;) {
        const int rows = std::min(m_rowsPerStatement, m_pendingRows - row);
        if (!execute(row, rows))
            return m_error;
        row += rows;
    }
    m_values.clear();
    m_pendingRows = 0;
    return {};
}

} // namespace Patron
