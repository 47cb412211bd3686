#include "migrator.h"

#include "database.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Patron {

namespace {

QStringList migrationFiles()
{
    QDir dir(QStringLiteral(":/patron/migrations"));
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return files;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Patron::Migrator", text);
}

} // namespace

Migrator::Migrator(Database &database)
    : m_database(database)
{
}

int Migrator::latestVersion()
{
    return int(migrationFiles().size());
}

QStringList Migrator::statements(const QString &sql, const QString &section)
{
    // Sections: "-- @all" (default), "-- @sqlite", "-- @postgres". Statements end with ';'
    // at the end of a line; CREATE TRIGGER bodies end with "END;".
    QStringList out;
    QString current;
    QString active = QStringLiteral("all");
    bool inTrigger = false;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(QLatin1String("-- @"))) {
            active = line.mid(4).trimmed();
            continue;
        }
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        if (active != QLatin1String("all") && active != section)
            continue;
        if (current.isEmpty())
            inTrigger = line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
        current += rawLine + QLatin1Char('\n');
        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            QString stmt = current.trimmed();
            if (!inTrigger)
                stmt.chop(1);
            out << stmt;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

Status Migrator::backup(int fromVersion)
{
    if (m_database.backend() != Backend::SQLite)
        return {}; // team servers are backed up by their administrators (pg_dump)
    const QFileInfo info(m_database.settings().path);
    m_backupPath = info.absolutePath() + QLatin1Char('/') + info.completeBaseName()
                   + QStringLiteral(".v%1-%2.bak")
                         .arg(fromVersion)
                         .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QFile::remove(m_backupPath);
    QSqlQuery q(m_database.connection());
    // VACUUM INTO writes a consistent copy even while the WAL holds recent changes.
    q.prepare(QStringLiteral("VACUUM INTO :path"));
    q.bindValue(QStringLiteral(":path"), m_backupPath);
    if (!q.exec()) {
        const QString message = q.lastError().text();
        m_backupPath.clear();
        return makeError(Error::Io, tr("Could not back up the database before upgrading it: %1").arg(message));
    }
    return {};
}

Status Migrator::migrate()
{
    const Dialect &dialect = m_database.dialect();
    QString error;
    const int current = dialect.readSchemaVersion(m_database.connection(), &error);
    if (current < 0)
        return makeError(Error::Database, tr("Cannot read the schema version: %1").arg(error));
    const QStringList files = migrationFiles();
    const int latest = int(files.size());
    if (current > latest)
        return makeError(Error::SchemaTooNew,
                         tr("This database was written by a newer Patron (schema %1; this version "
                            "understands up to %2). Please update Patron; the database was not changed.")
                             .arg(current)
                             .arg(latest));
    if (current == latest)
        return {};
    if (current > 0) {
        Status b = backup(current);
        if (!b)
            return b;
    }
    for (int version = current + 1; version <= latest; ++version) {
        const QString fileName = files.at(version - 1);
        const QRegularExpression re(QStringLiteral("^(\\d+)_"));
        const auto match = re.match(fileName);
        if (!match.hasMatch() || match.captured(1).toInt() != version)
            return makeError(Error::Database, tr("Migration files are misnumbered at %1.").arg(fileName));
        QFile file(QStringLiteral(":/patron/migrations/") + fileName);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(Error::Io, file.errorString());
        const QString sql = dialect.expandSchema(QString::fromUtf8(file.readAll()));
        Transaction tx(m_database);
        if (!tx.isActive())
            return tx.error();
        {
            QSqlQuery q(tx.connection());
            const QStringList stmts = statements(sql, dialect.sectionName());
            for (const QString &stmt : stmts) {
                if (!q.exec(stmt))
                    return makeError(Error::Database, tr("Upgrading the database to schema %1 failed: %2\n%3")
                                                          .arg(version)
                                                          .arg(q.lastError().text(), stmt.left(200)));
            }
            if (!q.exec(dialect.writeSchemaVersionSql(version)))
                return makeError(Error::Database, q.lastError().text());
        }
        Status c = tx.commit();
        if (!c)
            return c;
    }
    return {};
}

} // namespace Patron
