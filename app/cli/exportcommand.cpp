// patron export: one table of the customers a filter selects into a file (CSV, XLSX,
// JSON, vCard), the same Exporter the GUI's File → Export… runs.

#include "clicommands.h"
#include "cliutil.h"

#include "export/exporter.h"
#include "segments/segmentservice.h"
#include "services/workspace.h"

#include <QCommandLineParser>
#include <QFile>

#include <algorithm>
#include <climits>
#include <cstdio>

namespace Patron::Cli {

namespace {

std::optional<ExportTable> parseTable(const QString &name)
{
    if (name == QLatin1String("customers"))
        return ExportTable::Customers;
    if (name == QLatin1String("orders"))
        return ExportTable::Orders;
    if (name == QLatin1String("activities") || name == QLatin1String("follow-ups"))
        return ExportTable::Activities;
    if (name == QLatin1String("contacts"))
        return ExportTable::Contacts;
    return std::nullopt;
}

} // namespace

int CommandLine::runExportCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Writes customers, their orders, follow-up records (activities) or contacts to FILE. The format comes "
           "from the file's extension (.csv, .xlsx, .json, .vcf) unless --format names it; FILE \"-\" is standard "
           "output (CSV, JSON, vCard). CSV files are UTF-8 with a byte order mark, so Excel reads Chinese text, "
           "or GB18030. Customers and contacts cover the active customers, orders and follow-ups also those of "
           "archived customers, unless a scope option says otherwise. The file is replaced only when everything "
           "was written."));
    p.addPositionalArgument(QStringLiteral("what"), tr("customers, orders, activities or contacts"));
    p.addPositionalArgument(QStringLiteral("file"), tr("The file to write, or - for standard output."));
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
                                    tr("csv, xlsx, json or vcf (vCard 4.0, contacts only). Default: from the "
                                       "file's extension."),
                                    tr("format"));
    const QCommandLineOption encoding(QStringLiteral("encoding"), tr("Encoding of CSV: utf-8 (default) or gb18030."),
                                      tr("encoding"), QStringLiteral("utf-8"));
    const QCommandLineOption noBom(QStringLiteral("no-bom"), tr("Write UTF-8 CSV without a byte order mark."));
    const QCommandLineOption search({QStringLiteral("s"), QStringLiteral("search")},
                                    tr("Only customers matching this text, as in the customer list's search box."),
                                    tr("text"));
    const QCommandLineOption archived(QStringLiteral("archived"), tr("Only archived customers."));
    const QCommandLineOption trash(QStringLiteral("trash"), tr("Only customers in the trash."));
    const QCommandLineOption all(QStringLiteral("all"), tr("Active and archived customers."));
    const QCommandLineOption segment(QStringLiteral("segment"), tr("Only the customers of this saved segment."),
                                     tr("name"));
    p.addOptions({format, encoding, noBom, search, archived, trash, all, segment});
    addGlobalOptions(p);
    const QCommandLineOption help = p.addHelpOption();
    if (!p.parse(QStringList{QStringLiteral("patron")} + args)) {
        printError(QStringLiteral("export: %1").arg(p.errorText()));
        return Usage;
    }
    if (p.isSet(help)) {
        printOut(withUsage(p.helpText(), tr("Usage: patron export [options] customers|orders|activities|contacts FILE")));
        return Success;
    }
    if (p.isSet(QStringLiteral("database")))
        m_database = p.value(QStringLiteral("database"));
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 2) {
        printError(positional.size() < 2
                       ? tr("export: say what to export and where: patron export customers|orders|activities|contacts FILE")
                       : tr("export: unexpected argument \"%1\".").arg(positional.at(2)));
        return Usage;
    }
    ExportRequest request;
    const auto table = parseTable(positional.at(0));
    if (!table) {
        printError(tr("export: cannot export \"%1\"; use customers, orders, activities or contacts.")
                       .arg(positional.at(0)));
        return Usage;
    }
    request.table = *table;
    const QString path = positional.at(1);
    const bool toStdout = path == QLatin1String("-");

    std::optional<ExportFormat> fmt;
    if (p.isSet(format)) {
        fmt = Exporter::parseFormat(p.value(format));
        if (!fmt) {
            printError(tr("export: unknown format \"%1\"; use csv, xlsx, json or vcf.").arg(p.value(format)));
            return Usage;
        }
    } else {
        fmt = toStdout ? std::nullopt : Exporter::formatForPath(path);
        if (!fmt) {
            printError(toStdout ? tr("export: name the format of standard output with --format.")
                                : tr("export: cannot tell the format from \"%1\"; use a .csv, .xlsx, .json or "
                                     ".vcf file name, or --format.")
                                      .arg(path));
            return Usage;
        }
    }
    request.options.format = *fmt;
    const QString enc = p.value(encoding).trimmed().toLower();
    if (enc == QLatin1String("gb18030")) {
        request.options.encoding = TextEncoding::Gb18030;
    } else if (enc != QLatin1String("utf-8") && enc != QLatin1String("utf8")) {
        printError(tr("export: unknown encoding \"%1\"; use utf-8 or gb18030.").arg(p.value(encoding)));
        return Usage;
    }
    // A file is for people (Excel): BOM and choice values in their language. A pipe is
    // for programs: no BOM, stored values, as `customers list` writes them.
    request.options.utf8Bom = !p.isSet(noBom) && !toStdout;
    request.options.choiceLabels = !toStdout && request.options.format != ExportFormat::Json;
    const Status valid = Exporter::validate(request);
    if (!valid) {
        printError(QStringLiteral("export: ") + valid.error().message);
        return Usage;
    }

    if (int(p.isSet(archived)) + int(p.isSet(trash)) + int(p.isSet(all)) > 1) {
        printError(tr("export: use only one of --archived, --trash and --all."));
        return Usage;
    }
    CustomerFilter filter;
    filter.search = p.value(search);
    // History (orders, follow-ups) includes archived customers; people to reach do not.
    const bool history = request.table == ExportTable::Orders || request.table == ExportTable::Activities;
    filter.scope = history ? CustomerFilter::Scope::All : CustomerFilter::Scope::Active;
    if (p.isSet(archived))
        filter.scope = CustomerFilter::Scope::Archived;
    else if (p.isSet(trash))
        filter.scope = CustomerFilter::Scope::Trash;
    else if (p.isSet(all))
        filter.scope = CustomerFilter::Scope::All;

    auto ws = openWorkspace();
    if (!ws) {
        printError(ws.error().message);
        return Failure;
    }
    if (p.isSet(segment)) {
        const auto found = ws.value()->segments().findByName(p.value(segment));
        if (!found) {
            printError(QStringLiteral("export: ") + found.error().message);
            return found.error().code == Error::NotFound ? Usage : Failure;
        }
        filter.segmentId = found->id;
    }
    request.customers = CustomerSet::filtered(filter);
    const Exporter exporter(ws.value()->database(), ws.value()->customers(), ws.value()->fields());
    const auto progress = [](qint64) { return !InterruptGuard::interrupted(); };
    Result<qint64> rows = qint64(0);
    {
        InterruptGuard interrupt;
        if (toStdout) {
            Output out(QStringLiteral("-"));
            QString error;
            QIODevice *device = out.open(&error);
            if (!device) {
                printError(tr("Cannot write %1: %2").arg(out.name(), error));
                return Failure;
            }
            rows = exporter.exportToDevice(request, *device, progress);
            if (rows && !out.commit(&error))
                rows = makeError(Error::Io, tr("Cannot write %1: %2").arg(out.name(), error));
        } else {
            rows = exporter.exportToFile(request, path, progress);
        }
    }
    if (!rows) {
        printError(rows.error().message);
        return InterruptGuard::interrupted() ? Interrupted : Failure;
    }
    if (!toStdout) {
        const int n = int(std::min<qint64>(rows.value(), INT_MAX));
        QString done;
        switch (request.table) {
        case ExportTable::Customers: done = tr("Exported %n customer(s) to %1.", nullptr, n); break;
        case ExportTable::Orders: done = tr("Exported %n order(s) to %1.", nullptr, n); break;
        case ExportTable::Activities: done = tr("Exported %n follow-up record(s) to %1.", nullptr, n); break;
        case ExportTable::Contacts: done = tr("Exported %n contact(s) to %1.", nullptr, n); break;
        }
        printOut(done.arg(path) + QLatin1Char('\n'));
    }
    return Success;
}

} // namespace Patron::Cli
