#include "database.h"

#include "migrator.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QDir>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace Patron {

namespace {
QAtomicInt s_instanceCounter;
}

Database::Database(ConnectionSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_dialect(Dialect::create(m_settings.backend))
    , m_instanceId(QString::number(s_instanceCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    if (m_settings.backend == Backend::SQLite && m_opened) {
        // Keeps the query planner's statistics fresh; cheap, and recommended at close.
        // (Not after a failed open: a busy file would only make it wait again.)
        QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
        if (db.isOpen()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA optimize"));
        }
    }
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::connectionName() const
{
    return QStringLiteral("patron-%1-%2")
        .arg(m_instanceId)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);

    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), name);
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.insert(name);
    }
    if (m_settings.backend == Backend::SQLite) {
        db.setDatabaseName(m_settings.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(m_settings.host);
        db.setPort(m_settings.port);
        db.setDatabaseName(m_settings.databaseName);
        db.setUserName(m_settings.user);
        db.setPassword(m_settings.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (db.open())
        configure(db);
    return db;
}

void Database::releaseThreadConnection() const
{
    const QString name = connectionName();
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QMutexLocker lock(&m_mutex);
    m_connectionNames.remove(name);
}

namespace {

// SQLITE_BUSY or SQLITE_LOCKED, plain or extended (QSQLITE reports the result code).
bool isBusy(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
}

} // namespace

Status Database::configure(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    QStringList statements;
    if (m_settings.backend == Backend::SQLite) {
        // A database written by a newer Patron is refused by open() and must stay byte
        // for byte as it was; switching it to WAL would already rewrite its header.
        bool newer = false;
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            newer = q.value(0).toInt() > Migrator::latestVersion();
        else if (isBusy(q.lastError()))
            return makeError(Error::Database, q.lastError().text()); // open() says why; no second wait
        q.finish();
        statements = {
            QStringLiteral("PRAGMA foreign_keys = ON"),
            newer ? QStringLiteral("PRAGMA query_only = ON") : QStringLiteral("PRAGMA journal_mode = WAL"),
            QStringLiteral("PRAGMA synchronous = FULL"),
            QStringLiteral("PRAGMA busy_timeout = 10000"),
            QStringLiteral("PRAGMA cache_size = -32768"), // 32 MiB per connection
        };
    } else {
        const QString schema = m_settings.schema.isEmpty() ? QStringLiteral("public") : m_settings.schema;
        // The schema name comes from the user's own settings; quote it as an identifier.
        QString quoted = schema;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        statements = {
            QStringLiteral("SET client_encoding = 'UTF8'"),
            // libpq prints NOTICEs ("schema … already exists, skipping") on stderr, which
            // would garble the command line's output; warnings and errors still come through.
            QStringLiteral("SET client_min_messages = warning"),
            QStringLiteral("CREATE SCHEMA IF NOT EXISTS \"%1\"").arg(quoted),
            QStringLiteral("SET search_path = \"%1\"").arg(quoted),
        };
    }
    for (const QString &sql : std::as_const(statements)) {
        if (!q.exec(sql))
            return makeError(Error::Database, q.lastError().text());
    }
    return {};
}

Status Database::open()
{
    if (m_settings.backend == Backend::SQLite) {
        const QFileInfo info(m_settings.path);
        if (m_settings.path.isEmpty())
            return makeError(Error::Invalid, tr("No database file was given."));
        if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
            return makeError(Error::Io, tr("Cannot create the folder %1.").arg(info.absolutePath()));
    }
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return makeError(Error::Database, tr("Cannot open the database %1: %2")
                                              .arg(m_settings.describe(), db.lastError().text()));
    if (m_settings.backend == Backend::SQLite) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next()) {
            // Locked for longer than the busy timeout: another program writes to the file
            // without WAL (a large import does so for its duration, see BulkLoad).
            if (isBusy(q.lastError()))
                return makeError(Error::Database, tr("The database %1 is busy: another program is writing to it, "
                                                     "for example a large import. Try again when it has finished.")
                                                      .arg(m_settings.path));
            return makeError(Error::Database, tr("%1 is not a Patron database: %2")
                                                  .arg(m_settings.path, q.lastError().text()));
        }
    }
    const bool created = schemaVersion() == 0;
    Migrator migrator(*this);
    auto result = migrator.migrate();
    if (!result)
        return result.error();
    if (created) {
        // The language of a database's own texts (SOP template titles): the locale's at
        // creation; Chinese unless that is English (zh_CN is also what an absent key means).
        const bool english = QLocale().language() == QLocale::English;
        Status lang = setSetting(QStringLiteral("database.language"), english ? QStringLiteral("en") : QStringLiteral("zh_CN"));
        if (!lang)
            return lang;
    }
    m_lastBackup = migrator.backupPath();
    m_opened = true;
    return {};
}

int Database::schemaVersion() const
{
    return m_dialect->readSchemaVersion(connection(), nullptr);
}

QString Database::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status Database::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                             "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"));
    q.bindValue(QStringLiteral(":key"), key);
    q.bindValue(QStringLiteral(":value"), value);
    if (!q.exec())
        return makeError(Error::Database, q.lastError().text());
    return {};
}

} // namespace Patron
