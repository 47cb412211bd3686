#pragma once

#include "importtypes.h"
#include "rowconverter.h"

#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace Patron {

/// Import timings (info level: QT_LOGGING_RULES="patron.import.info=true").
Q_DECLARE_LOGGING_CATEGORY(lcImport)

class Database;
class ImportFastPath;

/// Matches imported records to existing ones and to earlier rows of the same file, and
/// writes them inside the caller's transaction, recording each created or changed row in
/// import_changes (with the pre-image of what changed) so ImportHistory can undo it.
/// In a dry run it decides exactly the same way and writes nothing.
///
/// Matching keys are kept in memory as 64-bit hashes (code, mobile, e-mail, company
/// name), loaded once from the customers table, so a row costs no lookup query.
class ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Patron::ImportWriter)

public:
    enum class Outcome { Created, Updated, Merged, Skipped };

    struct Config
    {
        ImportKind kind = ImportKind::Customers;
        DuplicatePolicy policy = DuplicatePolicy::Merge;
        bool dryRun = false;
        bool createMissingCustomers = false;
        qint64 batchId = 0;
        QString actor;
        /// Rows the file is expected to hold (an estimate; 0 = unknown). A customers import
        /// that will grow a small table severalfold builds its indexes after the rows.
        qint64 expectedRows = 0;
    };

    ImportWriter(const Database &database, QSqlDatabase connection, const Config &config);
    ~ImportWriter();

    /// Loads the matching keys of existing customers and the users.
    Status load();

    /// Matches and writes one record. Error::Invalid (with a RowProblem-style message in
    /// *problem) rejects the row; any other error aborts the import.
    Result<Outcome> write(ImportRecord &record, RowProblem *problem);

    /// Hashes a customer record's matching keys into record->keys, so the writer's thread
    /// does not have to (ImportEngine calls it on the reader thread).
    static void prepareKeys(ImportRecord *record);

    /// After the last row, before the caller commits: rebuilds what load() deferred.
    Status finish();

    qint64 usersCreated() const { return m_usersCreated; }
    qint64 customersCreated() const { return m_customersCreated; }

private:
    struct CustomerKeys
    {
        quint64 code = 0, mobile = 0, email = 0, company = 0;
    };
    static quint64 hashKey(char kind, const QString &key);
    static CustomerKeys keysOf(const QString &code, const QString &mobile, const QString &email, const QString &name,
                               const QString &kind);
    void remember(const CustomerKeys &keys, qint64 id);
    qint64 findCustomer(const CustomerKeys &keys) const;

    Result<Outcome> writeCustomer(ImportRecord &record, RowProblem *problem);
    Result<Outcome> writeChild(ImportRecord &record, RowProblem *problem);
    /// The customer an order/contact/follow-up belongs to; 0 with *problem when none.
    Result<qint64> resolveCustomer(const ImportRecord &record, RowProblem *problem);
    Result<qint64> resolveUser(const QString &name);

    /// searchTokens: a customer's, made ahead from values (nullptr: made here).
    Result<qint64> insertRow(Entity entity, const Record &values, const QVariantMap &custom, qint64 customerId,
                             const QString *searchTokens = nullptr);
    /// Merges (or, with overwrite, updates) values into an existing row, keeping the
    /// pre-image. createdHere: the row was created by this import (no pre-image needed).
    Status mergeRow(Entity entity, qint64 id, const Record &values, const QVariantMap &custom, bool overwrite,
                    bool createdHere, qint64 customerId);
    Status recordChange(Entity entity, qint64 rowId, const QString &action, qint64 customerId,
                        const QString &before, int beforeVersion, int afterVersion);
    /// An existing row of a child table that is the same record (order number, or the
    /// same customer/date/amount/product; a contact with the same mobile/e-mail/name; a
    /// follow-up at the same time with the same subject). 0 when none.
    Result<qint64> findExistingChild(Entity entity, qint64 customerId, const Record &values);
    /// Hashes that identify a child row within this import (see findExistingChild).
    static QList<quint64> childSignatures(Entity entity, qint64 customerId, const Record &values);
    QSqlQuery &prepared(const QString &sql);
    /// SQLite, big customer imports into a small table: drops the secondary indexes and
    /// the search-index triggers of customers inside the transaction (finish() recreates
    /// them, a rollback restores them), since updating 14 B-trees and FTS5 per row costs
    /// far more than building them once from the finished table.
    Status deferIndexes();
    /// The import's timestamp, read again at most once a second: QDateTime::currentDateTime
    /// stats /etc/localtime on every call.
    const QString &now();
    /// SQLite: a setting of the customers search index (empty: unset).
    QString ftsSetting(const QString &key) const;
    /// A customer this import created: ids only grow (SQLite rowids, PostgreSQL sequences),
    /// and a dry run makes up negative ones; no set of a million ids to keep.
    bool isCreatedHere(qint64 customerId) const { return customerId < 0 || customerId > m_maxIdAtLoad; }
    /// A statement cached under a small key (built by the caller from what varies: the
    /// entity and the set of columns), so a row costs no SQL text and no string hashing;
    /// build() makes the SQL only the first time.
    template<typename Build>
    QSqlQuery &prepared(quint64 key, Build build);

    const Database &m_database;
    QSqlDatabase m_db;
    std::unique_ptr<ImportFastPath> m_fast;  ///< SQLite: the hot writes on the sqlite3 handle
    /// SQLite customers import: the "create" rows of import_changes for the customers are
    /// written by finish() in one statement (ids above m_maxIdAtLoad; the transaction holds
    /// the write lock, so no one else adds customers meanwhile).
    bool m_bulkCreates = false;
    Config m_config;
    QHash<quint64, qint64> m_keys;          ///< hashed customer key → customer id
    QHash<quint64, qint64> m_names;         ///< hashed exact name → customer id, -1 when several share it
    QHash<quint64, qint64> m_children;      ///< hashed child signature → row id (rows of this import)
    QHash<QString, qint64> m_users;         ///< display name and user name → id
    QSet<qint64> m_childrenCreated;         ///< orders/contacts/follow-ups created by this import
    QHash<QString, QSqlQuery *> m_statements;
    QHash<quint64, QSqlQuery *> m_keyedStatements;
    QStringList m_deferredSql;              ///< CREATE statements of what deferIndexes() dropped
    bool m_deferred = false;
    qint64 m_maxIdAtLoad = 0;               ///< customers above it are this import's
    QString m_now;
    qint64 m_nowAt = 0;
    qint64 m_nextDryRunId = -1;             ///< made-up ids of rows a dry run would create
    qint64 m_usersCreated = 0;
    qint64 m_customersCreated = 0;
};

} // namespace Patron
