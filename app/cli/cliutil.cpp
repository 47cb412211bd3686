#include "cliutil.h"

#include <QCoreApplication>

#include <atomic>
#include <csignal>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define PATRON_ISATTY(fd) _isatty(fd)
#else
#include <unistd.h>
#define PATRON_ISATTY(fd) isatty(fd)
#endif

namespace Patron::Cli {

namespace {

std::atomic<bool> s_interrupted{false};

extern "C" void onInterrupt(int)
{
    s_interrupted = true;
}

} // namespace

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QString withUsage(const QString &help, const QString &usage)
{
    const qsizetype eol = help.indexOf(QLatin1Char('\n'));
    return eol > 0 ? usage + help.mid(eol) : help;
}

bool stderrIsTerminal()
{
    return PATRON_ISATTY(fileno(stderr));
}

void printProgress(const QString &line)
{
    std::fputs((QStringLiteral("\r\033[K") + line).toUtf8().constData(), stderr);
    std::fflush(stderr);
}

InterruptGuard::InterruptGuard()
{
    s_interrupted = false;
    m_previous = std::signal(SIGINT, onInterrupt);
}

InterruptGuard::~InterruptGuard()
{
    std::signal(SIGINT, m_previous);
}

bool InterruptGuard::interrupted()
{
    return s_interrupted;
}

Output::Output(const QString &path)
    : m_path(path)
{
}

QString Output::name() const
{
    return m_path.isEmpty() || m_path == QLatin1String("-")
               ? QCoreApplication::translate("Patron::Cli::CommandLine", "standard output")
               : m_path;
}

QIODevice *Output::open(QString *error)
{
    if (m_path.isEmpty() || m_path == QLatin1String("-")) {
        if (!m_stdout.open(stdout, QIODevice::WriteOnly)) {
            *error = m_stdout.errorString();
            return nullptr;
        }
        return &m_stdout;
    }
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        *error = m_file->errorString();
        return nullptr;
    }
    return m_file.get();
}

bool Output::commit(QString *error)
{
    if (!m_file) {
        // Standard output is buffered: a full disk or closed pipe shows up here.
        if (!m_stdout.flush() || std::ferror(stdout)) {
            *error = m_stdout.errorString().isEmpty() ? QStringLiteral("write error") : m_stdout.errorString();
            return false;
        }
        return true;
    }
    if (!m_file->commit()) {
        *error = m_file->errorString();
        return false;
    }
    return true;
}

} // namespace Patron::Cli
