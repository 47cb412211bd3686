#pragma once

// Runs the real patron binary (PATRON_BINARY) with QProcess, isolated from the user's
// data, against a database of the backend under test. Shared by the command-line suites.

#include "testdatabase.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

namespace Patron::Test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString errLine() const { return QString::fromUtf8(err).trimmed(); }
    QString outText() const { return QString::fromUtf8(out); }
};

class CliRunner
{
public:
    CliRun run(const QStringList &args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Never touch the real user's data: the default database lives under this HOME.
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PATRON_BINARY), args);
        CliRun r;
        if (!p.waitForFinished(300000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    /// --database value for a test database: its file, or the server URL with its schema.
    static QString target(const TestDatabase &db)
    {
        const ConnectionSettings s = db.settings();
        if (s.backend == Backend::SQLite)
            return s.path;
        QUrl url(qEnvironmentVariable("PATRON_TEST_PG_URL"));
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("schema"));
        query.addQueryItem(QStringLiteral("schema"), s.schema);
        url.setQuery(query);
        return url.toString();
    }

    QString home() const { return m_home.path(); }

private:
    QTemporaryDir m_home;
};

} // namespace Patron::Test
