// ImportWriter's deferred indexes (SQLite, large customer imports): what load() drops
// and finish() builds again after the rows, and the settings that make that fast.

#include "importwriter.h"

#include "storage/bulkload.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace Patron {

Status ImportWriter::deferIndexes()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Secondary indexes written as SQL (the implicit ones of constraints have none), but
    // not UNIQUE ones: a duplicate customer code must still be refused row by row. Of the
    // triggers only those that feed the search index on insert and update (0001_initial.sql):
    // finish() fills it for this import's rows in one statement, mergeRow() keeps it for
    // the rows that were there before.
    if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'customers' AND sql IS NOT NULL "
                               "AND ((type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%') OR (type = 'trigger' AND name IN "
                               "('customers_fts_ai', 'customers_fts_au')))")))
        return makeError(Error::Database, q.lastError().text());
    QList<QPair<QString, QString>> drops;
    while (q.next()) {
        drops.append({q.value(0).toString(), q.value(1).toString()});
        m_deferredSql << q.value(2).toString();
    }
    q.finish();
    for (const auto &[type, name] : std::as_const(drops)) {
        if (!q.exec(QStringLiteral("DROP %1 \"%2\"").arg(type.toUpper(), name)))
            return makeError(Error::Database, q.lastError().text());
    }
    m_deferred = !m_deferredSql.isEmpty();
    return {};
}

Status ImportWriter::finish()
{
    QSqlQuery q(m_db);
    // QT_LOGGING_RULES="patron.import.info=true" prints where the finishing time goes.
    QElapsedTimer phase;
    phase.start();
    auto done = [&](const char *what) { qCInfo(lcImport, "finish: %s %lld ms", what, qlonglong(phase.restart())); };
    if (m_bulkCreates) {
        // What recordChange() would have written for each customer created (in id order).
        q.prepare(QStringLiteral("INSERT INTO import_changes (batch_id, entity, row_id, action, customer_id, after_version) "
                                 "SELECT ?, 'customer', id, 'create', id, 1 FROM customers WHERE id > ? ORDER BY id"));
        q.bindValue(0, m_config.batchId);
        q.bindValue(1, m_maxIdAtLoad);
        if (!q.exec())
            return makeError(Error::Database, q.lastError().text());
        m_bulkCreates = false;
        done("import_changes");
    }
    if (!m_deferred)
        return {};
    // What customers_fts_ai would have done row by row (with each row's final tokens).
    // FTS5 merges its segments as it goes (automerge); for one big fill that is about a
    // third of the time, and the crisis merges still bound the segment count.
    const QString automerge = ftsSetting(QStringLiteral("automerge"));
    q.exec(QStringLiteral("INSERT INTO customer_fts (customer_fts, rank) VALUES ('automerge', 0)"));
    if (!q.exec(QStringLiteral("INSERT INTO customer_fts (rowid, search_tokens) SELECT id, search_tokens FROM customers "
                               "WHERE id > %1")
                    .arg(m_maxIdAtLoad)))
        return makeError(Error::Database, q.lastError().text());
    // Back to what it was (absent: FTS5's default, 4).
    q.exec(QStringLiteral("INSERT INTO customer_fts (customer_fts, rank) VALUES ('automerge', %1)")
               .arg(automerge.isEmpty() ? QStringLiteral("4") : automerge));
    done("search index");
    // Index builds sort with worker threads (SQLite's default is none). The sorter keeps
    // runs of up to the page cache's size in memory and sorts each on one thread: with the
    // connection's 32 MiB cache, one run holds a whole index and the build takes twice as
    // long on two cores as with small runs sorted in parallel (bench/import).
    // (Put back on every way out, an error included.)
    BulkLoad::Options sorting;
    sorting.rollbackJournal = false; // (inside the transaction: ImportEngine chose that)
    sorting.cacheKiB = 2048;
    sorting.sortThreads = 4;
    {
        BulkLoad settings(m_database, sorting);
        for (const QString &sql : std::as_const(m_deferredSql)) {
            if (!q.exec(sql))
                return makeError(Error::Database, q.lastError().text());
            done(qPrintable(sql.section(QLatin1Char(' '), 2, 2)));
        }
    }
    m_deferred = false;
    m_deferredSql.clear();
    return {};
}

QString ImportWriter::ftsSetting(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT v FROM customer_fts_config WHERE k = ?"));
    q.bindValue(0, key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace Patron
