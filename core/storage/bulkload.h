#pragma once

#include <QSqlDatabase>

namespace Patron {

class Database;

/// SQLite settings for writing a lot at once on one connection, put back when it goes out
/// of scope whatever happened (create it before the transaction, so it outlives it). Does
/// nothing on PostgreSQL. Used by the demo generator and by large imports.
class BulkLoad
{
public:
    struct Options
    {
        /// Leave WAL for a rollback journal while loading. In WAL mode every page is
        /// written twice (the WAL, then the checkpoint); a rollback journal saves only the
        /// pages that existed before, so a load into a new or small database writes nearly
        /// everything once. A rollback, or a crash (through the hot journal), still
        /// restores the file. Only possible while no other connection has the file open;
        /// otherwise the load simply stays in WAL mode (see switchedJournal()).
        bool rollbackJournal = true;
        /// The page cache in KiB while loading (0: leave it).
        int cacheKiB = 0;
        /// Index builds sort through temporary files (not memory, which grows with the data).
        bool fileSorts = false;
        /// Worker threads for index builds' sorts (0: leave SQLite's default, none).
        int sortThreads = 0;
        /// Foreign key checks off: only for loaders that write parents first with ids they
        /// assigned themselves.
        bool noForeignKeys = false;
    };

    BulkLoad(const Database &database, const Options &options);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    /// Whether the journal is a rollback journal for the load.
    bool switchedJournal() const { return m_restoreWal; }

private:
    QSqlDatabase m_db;
    bool m_sqlite;
    Options m_options;
    qint64 m_cacheSize = -32768;
    int m_tempStore = 2;
    bool m_restoreWal = false;
    bool m_restoreForeignKeys = false;
};

} // namespace Patron
