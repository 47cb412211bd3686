#pragma once

#include "segments/condition.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>

class QCommandLineParser;

namespace Patron {
class Workspace;
class CustomerExport;
struct DashboardData;
struct RfmLabels;
struct ExportOptions;
class TableWriter;
}

namespace Patron::Cli {

/// Exit codes of the command line.
enum ExitCode { Success = 0, Failure = 1, Usage = 2, Interrupted = 130 };

/// The subcommands. Each parses its own options (plus the global --database and --lang,
/// which may also come after the subcommand), opens the workspace and reports failures
/// as one line on stderr.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Patron::Cli::CommandLine)

public:
    /// arguments: everything after the program name.
    int run(const QStringList &arguments);

    /// One line on stderr: "patron: <message>" (newlines folded).
    static void printError(const QString &message);

private:
    int runDemo(const QStringList &args);
    int runCustomersList(const QStringList &args);
    int runOrdersList(const QStringList &args);
    // importcommand.cpp
    int runImport(QStringList args);
    int runImportFile(const QString &kind, const QStringList &args);
    int runImportList(const QStringList &args);
    int runImportUndo(const QStringList &args);
    /// patron export (exportcommand.cpp)
    int runExportCommand(const QStringList &args);
    int runDuplicates(const QStringList &args);      // duplicatescommand.cpp
    int runDuplicatesMerge(const QStringList &args); // duplicatescommand.cpp
    int runRfm(const QStringList &args);             // rfmcommand.cpp
    int runRfmHistory(const QStringList &args);      // rfmcommand.cpp
    int runRfmSettings(const QStringList &args);     // rfmcommand.cpp
    int runDashboard(const QStringList &args);       // dashboardcommand.cpp
    static QString dashboardReport(const DashboardData &data, const QString &ownerName, bool fromCache,
                                   const RfmLabels &labels);
    int runSegments(QStringList args);               // segmentscommand.cpp
    int runTags(QStringList args);                   // segmentscommand.cpp
    int runTasks(QStringList args);                  // taskscommand.cpp
    int runSop(QStringList args);                    // sopcommand.cpp
    int runReminders(const QStringList &args);       // reminderscommand.cpp
    int runAutostart(const QStringList &args);       // reminderscommand.cpp
    /// --where JSON as a condition; prints the error and sets *exit on failure.
    Result<Condition> parseWhere(const QString &command, const QString &json, int *exit);
    /// Writes a CSV/JSON table to path ("" or "-": standard output, else atomically):
    /// rows writes every row and returns false when the writer failed. Prints what went
    /// wrong; returns the exit code.
    int writeTable(const QString &path, const ExportOptions &options, const QStringList &columns,
                   const std::function<bool(TableWriter &)> &rows);
    /// Options for writeTable from a --format value (csv or json; anything else: csv).
    static ExportOptions tableOptions(const QString &format);
    int runExport(const QString &outputPath,
                  const std::function<Result<qint64>(const CustomerExport &, QIODevice &)> &write);
    QString globalHelp() const;

    /// Adds --database and --lang to a subcommand's parser.
    void addGlobalOptions(QCommandLineParser &parser) const;
    /// Parses a subcommand's arguments; on failure prints the error and returns false.
    /// *exit is set when the command should stop with that code (--help, errors).
    /// positionals: how many positional arguments the command takes at most.
    bool parse(QCommandLineParser &parser, const QString &command, const QStringList &args, int *exit,
               int positionals = 0);
    Result<std::unique_ptr<Workspace>> openWorkspace() const;

    QString m_database;
};

} // namespace Patron::Cli
