#include "testdatabase.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace Patron::Test {

Backend backendUnderTest()
{
    return qEnvironmentVariable("PATRON_TEST_BACKEND") == QLatin1String("postgres") ? Backend::PostgreSQL
                                                                                     : Backend::SQLite;
}

QString backendName()
{
    return backendUnderTest() == Backend::PostgreSQL ? QStringLiteral("postgres") : QStringLiteral("sqlite");
}

bool postgresUnavailable(QString *why)
{
    if (backendUnderTest() != Backend::PostgreSQL)
        return false;
    if (qEnvironmentVariable("PATRON_TEST_PG_URL").isEmpty()) {
        *why = QStringLiteral("PATRON_TEST_PG_URL is not set: no PostgreSQL server for this run");
        return true;
    }
    return false;
}

TestDatabase::TestDatabase()
{
    if (backendUnderTest() == Backend::SQLite) {
        m_settings = ConnectionSettings::sqlite(m_dir.filePath(QStringLiteral("test.sqlite")));
        return;
    }
    m_settings = ConnectionSettings::fromUrl(qEnvironmentVariable("PATRON_TEST_PG_URL"));
    m_settings.schema = QStringLiteral("t_%1_%2")
                            .arg(QCoreApplication::applicationPid())
                            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

TestDatabase::~TestDatabase()
{
    if (m_settings.backend != Backend::PostgreSQL)
        return;
    const QString name = QStringLiteral("patron-test-cleanup");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_settings.host);
        db.setPort(m_settings.port);
        db.setDatabaseName(m_settings.databaseName);
        db.setUserName(m_settings.user);
        db.setPassword(m_settings.password);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("DROP SCHEMA IF EXISTS \"%1\" CASCADE").arg(m_settings.schema));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

std::unique_ptr<Workspace> TestDatabase::open() const
{
    auto ws = Workspace::open(m_settings);
    if (!ws) {
        qWarning("opening the test database failed: %s", qPrintable(ws.error().message));
        return nullptr;
    }
    return std::move(ws.value());
}

} // namespace Patron::Test
