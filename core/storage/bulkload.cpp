#include "bulkload.h"

#include "database.h"

#include <QSqlQuery>

namespace Patron {

BulkLoad::BulkLoad(const Database &database, const Options &options)
    : m_db(database.connection())
    , m_sqlite(database.backend() == Backend::SQLite)
    , m_options(options)
{
    if (!m_sqlite)
        return;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
        m_cacheSize = q.value(0).toLongLong();
    if (q.exec(QStringLiteral("PRAGMA temp_store")) && q.next())
        m_tempStore = q.value(0).toInt();
    q.finish();
    if (options.cacheKiB > 0)
        q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(options.cacheKiB));
    if (options.fileSorts)
        q.exec(QStringLiteral("PRAGMA temp_store = FILE"));
    if (options.sortThreads > 0)
        q.exec(QStringLiteral("PRAGMA threads = %1").arg(options.sortThreads));
    if (options.noForeignKeys && q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next() && q.value(0).toInt() == 1) {
        q.finish();
        m_restoreForeignKeys = q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    if (options.rollbackJournal && q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next()
        && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0) {
        q.finish();
        if (q.exec(QStringLiteral("PRAGMA journal_mode = TRUNCATE")) && q.next())
            m_restoreWal = q.value(0).toString().compare(QLatin1String("truncate"), Qt::CaseInsensitive) == 0;
    }
}

BulkLoad::~BulkLoad()
{
    if (!m_sqlite)
        return;
    QSqlQuery q(m_db);
    if (m_options.cacheKiB > 0)
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
    if (m_options.fileSorts)
        q.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStore));
    if (m_options.sortThreads > 0)
        q.exec(QStringLiteral("PRAGMA threads = 0"));
    if (m_restoreWal)
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (m_restoreForeignKeys)
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

} // namespace Patron
