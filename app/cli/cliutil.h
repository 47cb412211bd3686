#pragma once

#include <QFile>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace Patron::Cli {

/// UTF-8 text to standard output, flushed.
void printOut(const QString &text);
/// helpText() starts with "Usage: <argv[0]> …"; shows the command as people type it.
QString withUsage(const QString &help, const QString &usage);
/// Whether standard error is a terminal (progress lines are shown only then).
bool stderrIsTerminal();
/// A progress line on a terminal, replacing the previous one; an empty text clears it.
void printProgress(const QString &line);

/// Ctrl+C while a long command runs: the handler only sets a flag that the work polls,
/// so the command can roll back and exit cleanly. Restores the previous handler.
class InterruptGuard
{
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;
    static bool interrupted();

private:
    void (*m_previous)(int);
};

/// Output of a command: a file (written atomically) or standard output ("" or "-").
class Output
{
public:
    explicit Output(const QString &path);
    QIODevice *open(QString *error);
    bool commit(QString *error);
    /// "standard output" or the path, for messages.
    QString name() const;

private:
    QString m_path;
    QFile m_stdout;
    std::unique_ptr<QSaveFile> m_file;
};

} // namespace Patron::Cli
