#pragma once

#include "util/result.h"

#include <QStringList>

namespace Patron {

class Database;

/// Brings a database to the newest schema with the numbered SQL files in
/// `:/patron/migrations` (0001_initial.sql, 0002_….sql). Each step runs in its own
/// transaction and records its number (PRAGMA user_version on SQLite, the schema_version
/// table on PostgreSQL). A SQLite file is copied before an existing schema is changed.
class Migrator
{
public:
    explicit Migrator(Database &database);

    static int latestVersion();
    /// The statements of one migration for a backend section ("sqlite"/"postgres"),
    /// placeholders expanded. Exposed for tests.
    static QStringList statements(const QString &sql, const QString &section);

    Status migrate();
    QString backupPath() const { return m_backupPath; }

private:
    Status backup(int fromVersion);

    Database &m_database;
    QString m_backupPath;
};

} // namespace Patron
