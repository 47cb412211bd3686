#pragma once

#include "services/workspace.h"
#include "storage/connectionsettings.h"

#include <QTemporaryDir>

#include <memory>

namespace Patron::Test {

/// The backend a test run targets: PATRON_TEST_BACKEND=sqlite (default) or postgres.
/// PostgreSQL runs need PATRON_TEST_PG_URL (postgresql://user@host:port/db); each
/// TestDatabase gets its own schema there, dropped afterwards.
Backend backendUnderTest();
QString backendName();
/// True when this run targets PostgreSQL but no server is configured; the caller should
/// QSKIP, unless PATRON_TEST_REQUIRE_PG=1, in which case it must fail.
bool postgresUnavailable(QString *why);

class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();

    /// Fresh, empty settings for the backend under test.
    ConnectionSettings settings() const { return m_settings; }
    /// Opens a workspace on it (fails the test on error).
    std::unique_ptr<Workspace> open() const;
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    ConnectionSettings m_settings;
};

} // namespace Patron::Test

/// Put at the start of initTestCase() of suites that run on both backends.
#define PATRON_REQUIRE_BACKEND()                                                         \
    do {                                                                                 \
        QString why_;                                                                    \
        if (Patron::Test::postgresUnavailable(&why_)) {                                  \
            if (qEnvironmentVariableIntValue("PATRON_TEST_REQUIRE_PG"))                  \
                QFAIL(qPrintable(why_));                                                 \
            QSKIP(qPrintable(why_));                                                     \
        }                                                                                \
    } while (false)
