#pragma once

#include <QString>

namespace Patron {

enum class Backend { SQLite, PostgreSQL };

/// Where the data lives: one SQLite file (default), or a PostgreSQL team server.
struct ConnectionSettings
{
    Backend backend = Backend::SQLite;
    QString path; ///< SQLite file
    QString host;
    int port = 5432;
    QString databaseName;
    QString user;
    QString password; ///< only ever held in memory; persisted in the OS keychain
    QString schema;   ///< PostgreSQL schema (search_path); tests use one per run

    static ConnectionSettings sqlite(const QString &path);
    /// Parses "postgresql://user:pass@host:port/db?schema=name" (also "pg:" prefix).
    static ConnectionSettings fromUrl(const QString &url, QString *error = nullptr);
    QString describe() const; ///< for messages; never contains the password
};

} // namespace Patron
