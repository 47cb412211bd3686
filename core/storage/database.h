#pragma once

#include "connectionsettings.h"
#include "dialect.h"
#include "util/result.h"

#include <QMutex>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>

#include <memory>

namespace Patron {

/// A Patron database: its settings, its dialect and one QSqlDatabase connection per thread
/// (Qt connections must not cross threads). Opening checks the schema and migrates it.
class Database : public QObject
{
    Q_OBJECT

public:
    explicit Database(ConnectionSettings settings, QObject *parent = nullptr);
    ~Database() override;

    /// Connects, refuses a database newer than this build, backs up and migrates an older
    /// one. Call once, from the thread that creates the Database.
    Status open();

    /// The calling thread's connection, opened and configured on first use.
    QSqlDatabase connection() const;
    /// Closes the calling thread's connection (call before a worker thread ends).
    void releaseThreadConnection() const;

    const Dialect &dialect() const { return *m_dialect; }
    Backend backend() const { return m_settings.backend; }
    const ConnectionSettings &settings() const { return m_settings; }
    int schemaVersion() const;

    /// Path of the backup made before the last migration, empty if none was needed.
    QString lastBackupPath() const { return m_lastBackup; }

    /// Database-level key/value settings (table `settings`).
    QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);

private:
    QString connectionName() const;
    Status configure(QSqlDatabase &db) const;

    ConnectionSettings m_settings;
    std::unique_ptr<Dialect> m_dialect;
    QString m_instanceId;
    QString m_lastBackup;
    bool m_opened = false; ///< open() succeeded
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connectionNames;
};

} // namespace Patron
