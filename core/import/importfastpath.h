#pragma once

#include "util/result.h"
#include "domain/entity.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>
#include <QStringEncoder>
#include <QVariantList>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Patron {

/// ImportWriter's hot statements on SQLite, run on the sqlite3 handle of Qt's QSQLITE
/// connection (as rfm/rfmfastpass.cpp does): statements prepared once and kept, values
/// bound straight from the QVariants, no QSqlQuery/QSqlRecord per row. The SQL is the
/// writer's own, so both paths write the same rows. PATRON_IMPORT_PATH=sql turns it off
/// (tests compare the two).
class ImportFastPath
{
public:
    /// nullptr when the connection is not QSQLITE's, or the fast path is switched off.
    static std::unique_ptr<ImportFastPath> create(const QSqlDatabase &db);
    ~ImportFastPath();
    ImportFastPath(const ImportFastPath &) = delete;
    ImportFastPath &operator=(const ImportFastPath &) = delete;

    /// Runs the statement cached under key (sql() builds its text the first time) with
    /// binds; *rowId gets the row an INSERT made. false: see lastError().
    template<typename Build>
    bool exec(quint64 key, Build sql, const QVariantList &binds, qint64 *rowId = nullptr)
    {
        sqlite3_stmt *s = statement(key, sql);
        return s && run(s, binds, rowId);
    }
    /// The same for a statement whose text varies (cached under its text).
    bool exec(const QString &sql, const QVariantList &binds)
    {
        auto it = m_bySql.constFind(sql);
        sqlite3_stmt *s = it != m_bySql.constEnd() ? it.value() : prepare(sql);
        return s && run(s, binds, nullptr);
    }
    /// One row of a `SELECT * … WHERE id = ?` as Sql::recordFromQuery makes it (custom
    /// decoded); *found false when there is none.
    template<typename Build>
    bool readRow(quint64 key, Build sql, qint64 id, Record *out, bool *found)
    {
        sqlite3_stmt *s = statement(key, sql);
        return s && read(s, id, out, found);
    }
    /// The last failure, shaped like the QSQLITE driver's (native code = extended result
    /// code), so Sql::translateError and the dialect read it the same way.
    QSqlError lastError() const { return m_error; }

private:
    explicit ImportFastPath(sqlite3 *handle);
    template<typename Build>
    sqlite3_stmt *statement(quint64 key, Build sql)
    {
        const auto it = m_statements.constFind(key);
        return it != m_statements.constEnd() ? it.value() : prepare(key, sql());
    }
    sqlite3_stmt *prepare(quint64 key, const QString &sql);
    sqlite3_stmt *prepare(const QString &sql);
    sqlite3_stmt *compile(const QString &sql);
    bool bind(sqlite3_stmt *s, const QVariantList &binds);
    bool run(sqlite3_stmt *s, const QVariantList &binds, qint64 *rowId);
    bool read(sqlite3_stmt *s, qint64 id, Record *out, bool *found);
    void setError();

    sqlite3 *m_h;
    QHash<quint64, sqlite3_stmt *> m_statements;
    QHash<QString, sqlite3_stmt *> m_bySql;
    QSqlError m_error;
    QHash<sqlite3_stmt *, QStringList> m_columnNames; ///< of the statements readRow() ran
    std::vector<QByteArray> m_utf8; ///< text parameters in UTF-8, one buffer per position
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

} // namespace Patron
