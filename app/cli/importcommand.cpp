// patron import customers|orders|contacts|activities FILE …, import list, import undo.
#include "clicommands.h"
#include "cliutil.h"

#include "export/tablewriter.h"
#include "import/importengine.h"
#include "import/importhistory.h"
#include "services/fieldservice.h"
#include "services/recordstore.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "util/values.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Patron::Cli {

namespace {

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

QJsonObject summaryJson(const ImportSummary &s)
{
    QJsonObject reasons;
    for (auto it = s.rejectReasons.constBegin(); it != s.rejectReasons.constEnd(); ++it)
        reasons.insert(it.key(), it.value());
    QJsonArray rejected;
    for (const RejectedRow &r : s.rejectedRows)
        rejected.append(QJsonObject{{QStringLiteral("line"), r.line}, {QStringLiteral("reason"), r.reason}});
    QJsonObject mapping;
    for (int i = 0; i < s.header.size(); ++i)
        mapping.insert(s.header.at(i).isEmpty() ? QString::number(i + 1) : s.header.at(i), s.fields.value(i));
    return QJsonObject{{QStringLiteral("batch"), s.batchId},
                       {QStringLiteral("dry_run"), s.dryRun},
                       {QStringLiteral("format"), s.format},
                       {QStringLiteral("header_row"), s.headerRow},
                       {QStringLiteral("mapping"), mapping},
                       {QStringLiteral("rows_read"), s.rowsRead},
                       {QStringLiteral("created"), s.created},
                       {QStringLiteral("updated"), s.updated},
                       {QStringLiteral("merged"), s.merged},
                       {QStringLiteral("skipped"), s.skipped},
                       {QStringLiteral("totals_rows"), s.totalsRows},
                       {QStringLiteral("rejected"), s.rejected},
                       {QStringLiteral("users_created"), s.usersCreated},
                       {QStringLiteral("customers_created"), s.customersCreated},
                       {QStringLiteral("reject_reasons"), reasons},
                       {QStringLiteral("rejected_rows"), rejected},
                       {QStringLiteral("unmapped_columns"), QJsonArray::fromStringList(s.unmappedColumns)},
                       {QStringLiteral("error_file"), s.errorFile},
                       {QStringLiteral("seconds"), s.seconds}};
}

} // namespace

int CommandLine::runImport(QStringList args)
{
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    if (action == QLatin1String("list"))
        return runImportList(args);
    if (action == QLatin1String("undo"))
        return runImportUndo(args);
    ImportKind kind;
    if (parseImportKind(action, &kind))
        return runImportFile(action, args);
    if (action.isEmpty() || action == QLatin1String("--help") || action == QLatin1String("-h")) {
        printOut(tr("Usage: patron import customers|orders|contacts|activities FILE [options]\n"
                    "       patron import list [--format text|csv|json]\n"
                    "       patron import undo BATCH\n"
                    "Run \"patron import customers --help\" for the import options.\n"));
        return action.isEmpty() ? Usage : Success;
    }
    printError(tr("Unknown import \"%1\". Use: patron import customers|orders|contacts|activities FILE, "
                  "import list or import undo BATCH.")
                   .arg(action));
    return Usage;
}

int CommandLine::runImportFile(const QString &kindName, const QStringList &args)
{
    ImportKind kind = ImportKind::Customers;
    parseImportKind(kindName, &kind);
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Imports %1 from a CSV, TSV, TXT, XLSX or XLS file as one batch that can be undone. Columns are mapped "
           "automatically from their headers (Chinese or English), or by a saved mapping for files with the same "
           "header. Rows that match an existing customer by code, mobile, e-mail or company name are merged.")
            .arg(importKindLabel(kind)));
    p.addPositionalArgument(QStringLiteral("file"), tr("The file to import."));
    const QCommandLineOption sheet(QStringLiteral("sheet"), tr("The sheet to read (name or number; default the first)."),
                                   tr("name"));
    const QCommandLineOption headerRow(QStringLiteral("header-row"),
                                       tr("The row that holds the column headers (default: detected)."), tr("N"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      tr("Text encoding of CSV files: auto (default), utf-8, gb18030 or utf-16."),
                                      tr("encoding"), QStringLiteral("auto"));
    const QCommandLineOption mapping(QStringLiteral("mapping"), tr("Use this saved column mapping."), tr("name"));
    const QCommandLineOption map(QStringLiteral("map"),
                                 tr("Map a column to a field, e.g. --map \"手机号码=mobile\"; an empty field skips the "
                                    "column. Repeatable."),
                                 tr("header=field"));
    const QCommandLineOption newField(QStringLiteral("new-field"),
                                      tr("Create a custom field named after this column's header and import the column "
                                         "into it; the type (text, number, money, date, phone, email, bool) may follow "
                                         "a colon, e.g. --new-field \"签约日期:date\". Repeatable."),
                                      tr("header[:type]"));
    const QCommandLineOption saveMapping(QStringLiteral("save-mapping"), tr("Save the column mapping under this name."),
                                         tr("name"));
    const QCommandLineOption onDuplicate(QStringLiteral("on-duplicate"),
                                         tr("What to do with rows that match an existing record: merge (default: fill "
                                            "empty fields only), update (overwrite), skip, or create (a new record "
                                            "anyway)."),
                                         tr("policy"), QStringLiteral("merge"));
    const QCommandLineOption createCustomers(QStringLiteral("create-customers"),
                                             tr("Orders, contacts and follow-ups: create the customer when none "
                                                "matches (needs a customer name column)."));
    const QCommandLineOption strict(QStringLiteral("strict"), tr("All rows or none: import nothing if any row is rejected."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Only count what would be imported; change nothing."));
    const QCommandLineOption errors(QStringLiteral("errors"),
                                    tr("Write rejected rows (with line number and reason) to this CSV file."), tr("file"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output: text (default) or json."), tr("format"),
                                    QStringLiteral("text"));
    p.addOptions({sheet, headerRow, encoding, mapping, map, newField, saveMapping, onDuplicate, createCustomers, strict, dryRun,
                  errors, format});
    int exit = Success;
    const QString command = QStringLiteral("import ") + kindName;
    if (!parse(p, command, args, &exit, 1))
        return exit;
    if (p.positionalArguments().isEmpty()) {
        printError(tr("%1: name the file to import.").arg(command));
        return Usage;
    }

    ImportRequest request;
    request.kind = kind;
    request.path = p.positionalArguments().first();
    const QString enc = p.value(encoding).toLower();
    static const QStringList encodings = {QStringLiteral("auto"), QStringLiteral("utf-8"), QStringLiteral("utf8"),
                                          QStringLiteral("gb18030"), QStringLiteral("gbk"), QStringLiteral("utf-16"),
                                          QStringLiteral("utf-16le"), QStringLiteral("utf-16be")};
    if (!encodings.contains(enc)) {
        printError(tr("%1: unknown encoding \"%2\"; use auto, utf-8, gb18030 or utf-16.").arg(command, p.value(encoding)));
        return Usage;
    }
    request.reader.encoding = enc == QLatin1String("utf8") ? QStringLiteral("utf-8")
                              : enc == QLatin1String("gbk") ? QStringLiteral("gb18030")
                                                            : enc;
    if (p.isSet(headerRow)) {
        bool ok = false;
        request.headerRow = p.value(headerRow).toInt(&ok);
        if (!ok || request.headerRow < 1) {
            printError(tr("%1: --header-row must be a row number from 1, not \"%2\".").arg(command, p.value(headerRow)));
            return Usage;
        }
    }
    if (!parseDuplicatePolicy(p.value(onDuplicate), &request.onDuplicate)) {
        printError(tr("%1: --on-duplicate must be merge, update, skip or create, not \"%2\".")
                       .arg(command, p.value(onDuplicate)));
        return Usage;
    }
    const QString outFormat = p.value(format).toLower();
    if (outFormat != QLatin1String("text") && outFormat != QLatin1String("json")) {
        printError(tr("%1: unknown format \"%2\"; use text or json.").arg(command, p.value(format)));
        return Usage;
    }
    for (const QString &m : p.values(map)) {
        const qsizetype eq = m.lastIndexOf(QLatin1Char('='));
        if (eq <= 0) {
            printError(tr("%1: --map takes \"header=field\", not \"%2\".").arg(command, m));
            return Usage;
        }
        request.mapOverrides.insert(m.left(eq).trimmed(), m.mid(eq + 1).trimmed());
    }
    request.profile = p.value(mapping);
    request.saveProfileAs = p.value(saveMapping);
    request.strict = p.isSet(strict);
    request.dryRun = p.isSet(dryRun);
    request.createMissingCustomers = p.isSet(createCustomers);
    request.errorFile = p.value(errors);

    auto ws = openWorkspace();
    if (!ws) {
        printError(ws.error().message);
        return Failure;
    }
    ImportEngine engine(*ws.value());
    QStringList newFields; // dry run: fields that would be created
    for (const QString &spec : p.values(newField)) {
        static const QStringList types = {QStringLiteral("text"), QStringLiteral("number"), QStringLiteral("money"),
                                          QStringLiteral("date"), QStringLiteral("phone"), QStringLiteral("email"),
                                          QStringLiteral("bool")};
        const qsizetype colon = spec.lastIndexOf(QLatin1Char(':'));
        QString header = spec.trimmed(), type = QStringLiteral("text");
        if (colon > 0 && types.contains(spec.mid(colon + 1).trimmed().toLower())) {
            header = spec.left(colon).trimmed();
            type = spec.mid(colon + 1).trimmed().toLower();
        }
        if (request.kind != ImportKind::Customers && request.kind != ImportKind::Orders) {
            printError(tr("%1: only customers and orders have custom fields.").arg(command));
            return Usage;
        }
        if (request.dryRun) {
            // A dry run writes nothing, not even the field: the column is left out and named.
            request.mapOverrides.insert(header, QString());
            newFields << header;
            continue;
        }
        const Entity entity = request.kind == ImportKind::Customers ? Entity::Customer : Entity::Order;
        auto created = ws.value()->fields().addField(entity, header, type);
        if (!created) {
            printError(tr("%1: cannot create the field \"%2\": %3").arg(command, header, created.error().message));
            return Failure;
        }
        auto def = ws.value()->store().get(Entity::FieldDef, created.value());
        if (!def) {
            printError(def.error().message);
            return Failure;
        }
        request.mapOverrides.insert(header, QStringLiteral("custom.") + def.value().value(QStringLiteral("field_key")).toString());
    }
    if (p.isSet(sheet)) {
        auto preview = engine.preview(request, 1);
        if (!preview) {
            printError(preview.error().message);
            return Failure;
        }
        const QString wanted = p.value(sheet);
        int index = int(preview.value().sheets.indexOf(wanted));
        bool isNumber = false;
        const int n = wanted.toInt(&isNumber);
        if (index < 0 && isNumber && n >= 1 && n <= preview.value().sheets.size())
            index = n - 1;
        if (index < 0) {
            printError(tr("%1: the file has no sheet \"%2\". Its sheets: %3.")
                           .arg(command, wanted, preview.value().sheets.join(tr(", "))));
            return Failure;
        }
        request.sheet = index;
    }

    const bool tty = stderrIsTerminal();
    QElapsedTimer shown;
    shown.start();
    Result<ImportSummary> result = makeError(Error::Cancelled, QString());
    {
        InterruptGuard interrupt;
        result = engine.run(request, [&](const ImportProgress &progress) {
            if (InterruptGuard::interrupted())
                return false;
            if (tty && shown.elapsed() >= 200) {
                shown.restart();
                printProgress(tr("Importing… %1% (%2 rows, %3 rows/s)")
                                  .arg(int(progress.fraction * 100))
                                  .arg(number(progress.rows), number(qint64(progress.rowsPerSecond))));
            }
            return true;
        });
    }
    if (tty)
        printProgress(QString());
    if (!result) {
        printError(result.error().message);
        return result.error().code == Error::Cancelled ? Interrupted : Failure;
    }
    const ImportSummary &s = result.value();
    const bool strictFailed = request.strict && s.rejected > 0 && !request.dryRun;
    if (outFormat == QLatin1String("json")) {
        printOut(QString::fromUtf8(QJsonDocument(summaryJson(s)).toJson(QJsonDocument::Indented)));
    } else {
        QString text;
        text += (s.dryRun ? tr("Dry run, nothing was changed. %1: %2 rows read (%3; header on row %4).\n")
                          : tr("%1: %2 rows read (%3; header on row %4).\n"))
                    .arg(QFileInfo(request.path).fileName(), number(s.rowsRead), s.format)
                    .arg(s.headerRow);
        text += (s.dryRun ? tr("  would create %1, update %2, merge %3, skip %4, reject %5\n")
                          : tr("  created %1, updated %2, merged %3, skipped %4, rejected %5\n"))
                    .arg(number(s.created), number(s.updated), number(s.merged), number(s.skipped), number(s.rejected));
        text += tr("  %1 + %2 + %3 + %4 + %5 = %6 rows read\n")
                    .arg(number(s.created), number(s.updated), number(s.merged), number(s.skipped), number(s.rejected),
                         number(s.rowsRead));
        if (s.totalsRows > 0)
            text += tr("  %n totals row(s) (合计/总计) skipped\n", "", int(s.totalsRows));
        if (s.usersCreated > 0)
            text += tr("  %n new owner(s) added as users\n", "", int(s.usersCreated));
        if (s.customersCreated > 0)
            text += tr("  %n missing customer(s) created\n", "", int(s.customersCreated));
        if (!s.rejectReasons.isEmpty()) {
            QStringList reasons;
            for (auto it = s.rejectReasons.constBegin(); it != s.rejectReasons.constEnd(); ++it)
                reasons << QStringLiteral("%1 %2").arg(it.key(), number(it.value()));
            reasons.sort();
            text += tr("  rejected: %1\n").arg(reasons.join(tr(", ")));
            for (int i = 0; i < std::min<qsizetype>(5, s.rejectedRows.size()); ++i)
                text += tr("    line %1: %2\n").arg(s.rejectedRows.at(i).line).arg(s.rejectedRows.at(i).reason);
        }
        if (!newFields.isEmpty())
            text += tr("  would create custom field(s): %1\n").arg(newFields.join(tr(", ")));
        if (!s.unmappedColumns.isEmpty())
            text += tr("  not imported (no field mapped): %1\n").arg(s.unmappedColumns.join(tr(", ")));
        if (!s.errorFile.isEmpty())
            text += tr("Rejected rows were written to %1.\n").arg(s.errorFile);
        if (strictFailed)
            text += tr("Nothing was imported: --strict refuses a file with rejected rows.\n");
        else if (s.batchId > 0)
            text += tr("Import batch %1. To undo it: patron import undo %1\n").arg(s.batchId);
        printOut(text);
    }
    return strictFailed ? Failure : Success;
}

int CommandLine::runImportList(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Lists the import batches, newest first; the first column is the batch number "
                                   "that \"patron import undo\" takes."));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output: text (default), csv or json."), tr("format"),
                                    QStringLiteral("text"));
    p.addOption(format);
    int exit = Success;
    if (!parse(p, QStringLiteral("import list"), args, &exit))
        return exit;
    const QString f = p.value(format).toLower();
    if (f != QLatin1String("text") && f != QLatin1String("csv") && f != QLatin1String("json")) {
        printError(tr("import list: unknown format \"%1\"; use text, csv or json.").arg(p.value(format)));
        return Usage;
    }
    auto ws = openWorkspace();
    if (!ws) {
        printError(ws.error().message);
        return Failure;
    }
    ImportHistory history(ws.value()->database());
    auto batches = history.batches();
    if (!batches) {
        printError(batches.error().message);
        return Failure;
    }
    if (f == QLatin1String("text")) {
        QString text;
        if (batches.value().isEmpty())
            text = tr("No imports yet.\n");
        for (const ImportBatch &b : batches.value()) {
            text += tr("%1  %2  %3  %4  by %5: %6 rows, %7 created, %8 updated, %9 merged")
                        .arg(QString::number(b.id).rightJustified(4), Values::displayDateTime(b.importedAt),
                             importKindLabel(b.kind), b.fileName, b.actor, number(b.rowsRead), number(b.created),
                             number(b.updated), number(b.merged))
                    + tr(", %1 skipped, %2 rejected").arg(number(b.skipped), number(b.rejected))
                    + (b.status == QLatin1String("undone") ? tr(" (undone %1)").arg(Values::displayDateTime(b.undoneAt))
                                                           : QString())
                    + QLatin1Char('\n');
        }
        printOut(text);
        return Success;
    }
    Output out(QString{});
    QString error;
    QIODevice *device = out.open(&error);
    if (!device) {
        printError(error);
        return Failure;
    }
    ExportOptions options;
    TableWriter::parseFormat(f, &options.format);
    TableWriter w(*device, options,
                  {QStringLiteral("batch"), QStringLiteral("imported_at"), QStringLiteral("kind"), QStringLiteral("file"),
                   QStringLiteral("user"), QStringLiteral("rows_read"), QStringLiteral("created"), QStringLiteral("updated"),
                   QStringLiteral("merged"), QStringLiteral("skipped"), QStringLiteral("rejected"),
                   QStringLiteral("status"), QStringLiteral("undone_at")});
    Status s = w.begin();
    for (const ImportBatch &b : batches.value()) {
        if (!s)
            break;
        w.beginRow();
        w.integer(b.id);
        w.text(b.importedAt);
        w.text(importKindName(b.kind));
        w.text(b.fileName);
        w.text(b.actor);
        for (qint64 n : {b.rowsRead, b.created, b.updated, b.merged, b.skipped, b.rejected})
            w.integer(n);
        w.text(b.status);
        w.text(b.undoneAt);
        if (!w.endRow())
            s = w.error();
    }
    if (s)
        s = w.finish();
    if (!s || !out.commit(&error)) {
        printError(s ? error : s.error().message);
        return Failure;
    }
    return Success;
}

int CommandLine::runImportUndo(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Undoes an import batch: removes what it created and puts back what it changed. "
                                   "Refuses when a later import or an edit depends on it."));
    p.addPositionalArgument(QStringLiteral("batch"), tr("The batch number (see patron import list)."));
    int exit = Success;
    if (!parse(p, QStringLiteral("import undo"), args, &exit, 1))
        return exit;
    bool ok = false;
    const qint64 id = p.positionalArguments().value(0).toLongLong(&ok);
    if (!ok || id < 1) {
        printError(tr("import undo: name the batch number to undo (see patron import list)."));
        return Usage;
    }
    auto ws = openWorkspace();
    if (!ws) {
        printError(ws.error().message);
        return Failure;
    }
    ImportHistory history(ws.value()->database(), ws.value()->store().actor());
    auto batch = history.batch(id);
    if (!batch) {
        printError(batch.error().message);
        return Failure;
    }
    Status s = history.undo(id);
    if (!s) {
        printError(tr("Cannot undo import %1: %2").arg(id).arg(s.error().message));
        return Failure;
    }
    printOut(tr("Undid import %1 (%2).\n").arg(id).arg(batch.value().fileName)
             + tr("  removed %n created record(s)\n", "", int(batch.value().created))
             + tr("  restored %n changed record(s)\n", "", int(batch.value().updated + batch.value().merged)));
    return Success;
}

} // namespace Patron::Cli
