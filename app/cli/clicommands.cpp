#include "clicommands.h"

#include "cliutil.h"

#include "demo/demogenerator.h"
#include "export/customerexport.h"
#include "export/tablewriter.h"
#include "segments/segmentservice.h"
#include "services/customerservice.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace Patron::Cli {

namespace {

const QString kDatabase = QStringLiteral("database");

const QString kLang = QStringLiteral("lang");

} // namespace

void CommandLine::printError(const QString &message)
{
    const QByteArray line = (QStringLiteral("patron: ") + message.simplified() + QLatin1Char('\n')).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void CommandLine::addGlobalOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption({QStringLiteral("d"), kDatabase},
                                        tr("The database: a SQLite file, or postgresql://user@host:port/db for a team "
                                           "server. Default: %1")
                                            .arg(Workspace::defaultDatabasePath()),
                                        tr("path or URL")));
    parser.addOption(QCommandLineOption(kLang, tr("Language of messages: zh_CN or en (default: the system's)."),
                                        tr("language")));
}

QString CommandLine::globalHelp() const
{
    QString help = tr("Commands:\n"
                      "  demo             Fill an empty database with realistic demo data.\n"
                      "  customers list   Print customers as CSV or JSON.\n"
                      "  orders list      Print orders as CSV or JSON.\n"
                      "  import           Import customers, orders, contacts or follow-up records from CSV/XLSX/XLS;\n"
                      "                   import list shows past imports, import undo BATCH undoes one.\n"
                      "  export           Write customers, orders, follow-ups or contacts to a CSV,\n"
                      "                   XLSX, JSON or vCard file.\n"
                      "  duplicates       List (or merge) customers that are probably the same.\n"
                      "  rfm              Compute RFM scores, segments and tiers and print them;\n"
                      "                   rfm history CUSTOMER_ID shows a customer's segment changes.\n"
                      "  dashboard        Print the dashboard's figures (RFM segments and tiers, revenue\n"
                      "                   concentration, months, cohorts, funnel, rep ranking) as text or JSON.\n"
                      "  segments         Saved customer segments: list, add, delete, count.\n"
                      "  tags             Tags: list, add-rule (a tag that follows a condition), refresh.\n"
                      "  tasks            Tasks: list, add, done, snooze, reassign, export-ics.\n"
                      "  sop              SOP rules and playbooks: run, list, templates, add, enable, disable,\n"
                      "                   export, import, journal.\n"
                      "  reminders        List the reminders due now (missed ones included), as text, CSV or JSON.\n"
                      "  autostart        on, off or status: start Patron minimised at login, for reminders.\n"
                      "\n"
                      "Run \"patron <command> --help\" for the options of a command.\n"
                      "Without a command, Patron starts its desktop window.\n");
    return help;
}

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Patron — customer management for small and medium businesses."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    addGlobalOptions(parser);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("demo, customers list, orders list, import, export, duplicates, rfm, segments, tags, tasks, sop, reminders, autostart or dashboard"),
                                 tr("<command> [options]"));
    if (!parser.parse(QStringList{QStringLiteral("patron")} + arguments)) {
        printError(parser.errorText());
        return Usage;
    }
    if (parser.isSet(version)) {
        printOut(QStringLiteral("patron %1\n").arg(QCoreApplication::applicationVersion()));
        return Success;
    }
    QStringList rest = parser.positionalArguments();
    if (parser.isSet(help) || rest.isEmpty()) {
        printOut(withUsage(parser.helpText(), tr("Usage: patron [options] <command> [options]")) + QLatin1Char('\n')
                 + globalHelp());
        return Success;
    }
    m_database = parser.value(kDatabase);
    const QString command = rest.takeFirst();
    if (command == QLatin1String("demo"))
        return runDemo(rest);
    if (command == QLatin1String("import"))
        return runImport(rest);
    if (command == QLatin1String("export"))
        return runExportCommand(rest);
    if (command == QLatin1String("duplicates"))
        return runDuplicates(rest);
    if (command == QLatin1String("rfm"))
        return runRfm(rest);
    if (command == QLatin1String("dashboard"))
        return runDashboard(rest);
    if (command == QLatin1String("segments"))
        return runSegments(rest);
    if (command == QLatin1String("tags"))
        return runTags(rest);
    if (command == QLatin1String("tasks"))
        return runTasks(rest);
    if (command == QLatin1String("sop"))
        return runSop(rest);
    if (command == QLatin1String("reminders"))
        return runReminders(rest);
    if (command == QLatin1String("autostart"))
        return runAutostart(rest);
    if (command == QLatin1String("customers") || command == QLatin1String("orders")) {
        const QString action = rest.isEmpty() ? QString() : rest.first();
        if (action == QLatin1String("list")) {
            rest.removeFirst();
            return command == QLatin1String("customers") ? runCustomersList(rest) : runOrdersList(rest);
        }
        if (action.isEmpty() || action == QLatin1String("--help") || action == QLatin1String("-h")) {
            if (action.isEmpty()) {
                printError(tr("\"%1\" needs an action: patron %1 list").arg(command));
                return Usage;
            }
            return command == QLatin1String("customers") ? runCustomersList(rest) : runOrdersList(rest);
        }
        printError(tr("Unknown action \"%1 %2\". Try: patron %1 list").arg(command, action));
        return Usage;
    }
    if (command == QLatin1String("help")) {
        printOut(withUsage(parser.helpText(), tr("Usage: patron [options] <command> [options]")) + QLatin1Char('\n')
                 + globalHelp());
        return Success;
    }
    printError(tr("Unknown command \"%1\". Run \"patron --help\" to see the commands.").arg(command));
    return Usage;
}

bool CommandLine::parse(QCommandLineParser &parser, const QString &command, const QStringList &args, int *exit,
                        int positionals)
{
    addGlobalOptions(parser);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("patron")} + args)) {
        printError(QStringLiteral("%1: %2").arg(command, parser.errorText()));
        *exit = Usage;
        return false;
    }
    if (parser.isSet(help)) {
        printOut(withUsage(parser.helpText(), tr("Usage: patron %1 [options]").arg(command)));
        *exit = Success;
        return false;
    }
    if (parser.positionalArguments().size() > positionals) {
        printError(tr("%1: unexpected argument \"%2\".").arg(command, parser.positionalArguments().value(positionals)));
        *exit = Usage;
        return false;
    }
    if (parser.isSet(kDatabase))
        m_database = parser.value(kDatabase);
    return true;
}

Result<std::unique_ptr<Workspace>> CommandLine::openWorkspace() const
{
    const QString target = m_database.isEmpty() ? Workspace::defaultDatabasePath() : m_database;
    if (target.trimmed().isEmpty())
        return makeError(Error::Invalid, tr("The --database value is empty."));
    ConnectionSettings settings;
    if (target.contains(QLatin1String("://")) || target.startsWith(QLatin1String("file:"))) {
        QString error;
        settings = ConnectionSettings::fromUrl(target, &error);
        if (!error.isEmpty())
            return makeError(Error::Invalid, error);
    } else {
        settings = ConnectionSettings::sqlite(target);
    }
    return Workspace::open(settings);
}

int CommandLine::runDemo(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Fills an empty database with a realistic, made-up data set of a Chinese small "
                                   "business: sales reps, companies and individuals, contacts, three years of "
                                   "orders, follow-up records, service tickets and tasks."));
    const QCommandLineOption customers({QStringLiteral("n"), QStringLiteral("customers")},
                                       tr("Number of customers (default 2000)."), tr("count"), QStringLiteral("2000"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed: the same seed gives the same data (default 1)."),
                                  tr("number"), QStringLiteral("1"));
    const QCommandLineOption orders(QStringLiteral("orders-per-customer"),
                                    tr("Average number of orders per customer (default 10)."), tr("number"),
                                    QStringLiteral("10"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   tr("Take this date (YYYY-MM-DD) as today; orders span the three years before it."),
                                   tr("date"));
    p.addOptions({customers, seed, orders, today});
    int exit = Success;
    if (!parse(p, QStringLiteral("demo"), args, &exit))
        return exit;

    DemoOptions options;
    bool ok = false;
    options.customers = p.value(customers).toLongLong(&ok);
    if (!ok || options.customers < 1 || options.customers > 50'000'000) {
        printError(tr("demo: --customers must be a whole number from 1 to 50000000, not \"%1\".").arg(p.value(customers)));
        return Usage;
    }
    options.seed = p.value(seed).toULongLong(&ok);
    if (!ok) {
        printError(tr("demo: --seed must be a whole number, not \"%1\".").arg(p.value(seed)));
        return Usage;
    }
    options.ordersPerCustomer = p.value(orders).toDouble(&ok);
    if (!ok || options.ordersPerCustomer < 0 || options.ordersPerCustomer > 1000) {
        printError(tr("demo: --orders-per-customer must be a number from 0 to 1000, not \"%1\".").arg(p.value(orders)));
        return Usage;
    }
    if (p.isSet(today)) {
        options.today = QDate::fromString(p.value(today), Qt::ISODate);
        if (!options.today.isValid() || p.value(today).size() != 10) {
            printError(tr("demo: --today must be a date like 2025-06-30, not \"%1\".").arg(p.value(today)));
            return Usage;
        }
    }

    auto ws = openWorkspace();
    if (!ws) {
        printError(ws.error().message);
        return Failure;
    }
    Workspace &workspace = *ws.value();
    const bool tty = stderrIsTerminal();
    QElapsedTimer timer, shown;
    timer.start();
    shown.start();
    DemoGenerator generator(workspace.database());
    Status s;
    {
        InterruptGuard interrupt;
        s = generator.generate(options, [&](qint64 done, qint64 total) {
            if (InterruptGuard::interrupted())
                return false;
            if (tty && (shown.elapsed() >= 200 || done == total)) {
                shown.restart();
                printProgress(tr("Generating demo data… %1% (%2 s)")
                                  .arg(total > 0 ? done * 100 / total : 100)
                                  .arg(timer.elapsed() / 1000));
            }
            return true;
        });
    }
    if (tty)
        printProgress(QString());
    if (!s) {
        printError(s.error().message);
        return InterruptGuard::interrupted() ? Interrupted : Failure;
    }
    const double seconds = double(timer.elapsed()) / 1000.0;

    // The generator only fills empty databases, so what it wrote is what the tables hold.
    const DemoCounts n = generator.counts();
    printOut(tr("Created %1 customers, %2 contacts, %3 orders, %4 follow-up records, %5 service tickets and %6 tasks "
                "in %7 s (seed %8).\n")
                 .arg(n.customers)
                 .arg(n.contacts)
                 .arg(n.orders)
                 .arg(n.activities)
                 .arg(n.tickets)
                 .arg(n.tasks)
                 .arg(seconds, 0, 'f', 1)
                 .arg(options.seed));
    return Success;
}

namespace {

struct ListOptions
{
    QCommandLineOption format{{QStringLiteral("f"), QStringLiteral("format")},
                              QCoreApplication::translate("Patron::Cli::CommandLine", "Output format: csv (default) or json."),
                              QCoreApplication::translate("Patron::Cli::CommandLine", "format"), QStringLiteral("csv")};
    QCommandLineOption search{{QStringLiteral("s"), QStringLiteral("search")},
                              QCoreApplication::translate("Patron::Cli::CommandLine",
                                                          "Only customers matching this text (name, code, contact, "
                                                          "mobile or its last four digits, email, city), as in the "
                                                          "customer list's search box."),
                              QCoreApplication::translate("Patron::Cli::CommandLine", "text")};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              QCoreApplication::translate("Patron::Cli::CommandLine",
                                                          "Write to this file instead of standard output."),
                              QCoreApplication::translate("Patron::Cli::CommandLine", "file")};
    QCommandLineOption bom{QStringLiteral("bom"),
                           QCoreApplication::translate("Patron::Cli::CommandLine",
                                                       "Start CSV with a UTF-8 byte order mark (for Excel on Windows).")};
};

} // namespace

// The shared tail of the list commands: open the workspace and the output, write, and
// replace the output file only when everything was written.
int CommandLine::runExport(const QString &outputPath,
                           const std::function<Result<qint64>(const CustomerExport &, QIODevice &)> &write)
{
    auto ws = openWorkspace();
    if (!ws) {
        printError(ws.error().message);
        return Failure;
    }
    Output out(outputPath);
    QString error;
    QIODevice *device = out.open(&error);
    if (!device) {
        printError(tr("Cannot write %1: %2").arg(out.name(), error));
        return Failure;
    }
    const CustomerExport exporter(ws.value()->database(), ws.value()->customers(), ws.value()->fields());
    const auto rows = write(exporter, *device);
    if (!rows) {
        printError(rows.error().message);
        return Failure;
    }
    if (!out.commit(&error)) {
        printError(tr("Cannot write %1: %2").arg(out.name(), error));
        return Failure;
    }
    return Success;
}

ExportOptions CommandLine::tableOptions(const QString &format)
{
    ExportOptions options;
    TableWriter::parseFormat(format, &options.format);
    return options;
}

int CommandLine::writeTable(const QString &path, const ExportOptions &options, const QStringList &columns,
                            const std::function<bool(TableWriter &)> &rows)
{
    Output out(path);
    QString error;
    QIODevice *device = out.open(&error);
    if (!device) {
        printError(tr("Cannot write %1: %2").arg(out.name(), error));
        return Failure;
    }
    TableWriter w(*device, options, columns);
    Status s = w.begin();
    if (s && !rows(w))
        s = w.error().isError() ? Status(w.error()) : makeError(Error::Io, tr("Cannot write %1.").arg(out.name()));
    if (s)
        s = w.finish();
    if (!s) {
        printError(s.error().message);
        return Failure;
    }
    if (!out.commit(&error)) {
        printError(tr("Cannot write %1: %2").arg(out.name(), error));
        return Failure;
    }
    return Success;
}

int CommandLine::runCustomersList(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Prints customers as CSV (with a header row) or as a JSON array, one column per "
                                   "custom field after the built-in ones. Without a scope option, lists the active "
                                   "customers (not archived, not in the trash)."));
    ListOptions o;
    const QCommandLineOption archived(QStringLiteral("archived"), tr("List archived customers instead."));
    const QCommandLineOption trash(QStringLiteral("trash"), tr("List the customers in the trash instead."));
    const QCommandLineOption all(QStringLiteral("all"), tr("List active and archived customers."));
    const QCommandLineOption segment(QStringLiteral("segment"), tr("Only the customers of this saved segment."), tr("name"));
    const QCommandLineOption where(QStringLiteral("where"), tr("Only the customers matching this condition (JSON)."),
                                   tr("json"));
    p.addOptions({o.format, o.search, archived, trash, all, segment, where, o.output, o.bom});
    int exit = Success;
    if (!parse(p, QStringLiteral("customers list"), args, &exit))
        return exit;
    ExportOptions options;
    if (!TableWriter::parseFormat(p.value(o.format), &options.format)) {
        printError(tr("customers list: unknown format \"%1\"; use csv or json.").arg(p.value(o.format)));
        return Usage;
    }
    options.utf8Bom = p.isSet(o.bom);
    CustomerFilter filter;
    filter.search = p.value(o.search);
    if (int(p.isSet(archived)) + int(p.isSet(trash)) + int(p.isSet(all)) > 1) {
        printError(tr("customers list: use only one of --archived, --trash and --all."));
        return Usage;
    }
    if (p.isSet(archived))
        filter.scope = CustomerFilter::Scope::Archived;
    else if (p.isSet(trash))
        filter.scope = CustomerFilter::Scope::Trash;
    else if (p.isSet(all))
        filter.scope = CustomerFilter::Scope::All;
    if (p.isSet(where)) {
        auto c = parseWhere(QStringLiteral("customers list"), p.value(where), &exit);
        if (!c)
            return exit;
        filter.condition = c.value();
    }
    if (p.isSet(segment) || p.isSet(where)) {
        // Resolve the name and check the condition before any output is written.
        auto ws = openWorkspace();
        if (!ws) {
            printError(ws.error().message);
            return Failure;
        }
        if (p.isSet(segment)) {
            auto found = ws.value()->segments().findByName(p.value(segment));
            if (!found) {
                printError(QStringLiteral("customers list: %1").arg(found.error().message));
                return found.error().code == Error::NotFound ? Usage : Failure;
            }
            filter.segmentId = found->id;
        }
        Status check = ws.value()->customers().checkFilter(filter);
        if (!check) {
            printError(QStringLiteral("customers list: %1").arg(check.error().message));
            return check.error().code == Error::Invalid ? Usage : Failure;
        }
    }

    return runExport(p.value(o.output), [&](const CustomerExport &exporter, QIODevice &device) {
        return exporter.exportCustomers(device, filter, options);
    });
}

int CommandLine::runOrdersList(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Prints orders, oldest first, as CSV (with a header row) or as a JSON array. "
                                   "Amounts are in yuan with two decimals; dates are ISO 8601. Orders of customers "
                                   "in the trash are left out."));
    ListOptions o;
    p.addOptions({o.format, o.search, o.output, o.bom});
    int exit = Success;
    if (!parse(p, QStringLiteral("orders list"), args, &exit))
        return exit;
    ExportOptions options;
    if (!TableWriter::parseFormat(p.value(o.format), &options.format)) {
        printError(tr("orders list: unknown format \"%1\"; use csv or json.").arg(p.value(o.format)));
        return Usage;
    }
    options.utf8Bom = p.isSet(o.bom);
    CustomerFilter filter;
    filter.scope = CustomerFilter::Scope::All;
    filter.search = p.value(o.search);

    return runExport(p.value(o.output), [&](const CustomerExport &exporter, QIODevice &device) {
        return exporter.exportOrders(device, filter, options);
    });
}

} // namespace Patron::Cli
