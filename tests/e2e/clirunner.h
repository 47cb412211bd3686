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

/// RFC 4180 reader (quoted fields, doubled quotes, CRLF), enough to check our output.
inline QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            any = false;
            ++i;
        } else {
            field += c;
            any = true;
        }
    }
    if (any)
        rows << (row << field);
    return rows;
}


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
