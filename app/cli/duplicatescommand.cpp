// patron duplicates [--format csv|json] [--similar] [--output FILE]
// patron duplicates merge SURVIVOR_ID OTHER_ID…

#include "clicommands.h"
#include "cliutil.h"

#include "export/tablewriter.h"
#include "services/duplicateservice.h"
#include "services/recordstore.h"
#include "services/workspace.h"

#include <QCommandLineParser>
#include <QFile>

#include <algorithm>
#include <climits>
#include <cstdio>

namespace Patron::Cli {

namespace {

// Stable, untranslated names for scripts reading the output.
QString reasonCodes(MatchReasons reasons)
{
    QStringList out;
    if (reasons & MatchReason::Code)
        out << QStringLiteral("code");
    if (reasons & MatchReason::Mobile)
        out << QStringLiteral("mobile");
    if (reasons & MatchReason::Email)
        out << QStringLiteral("email");
    if (reasons & MatchReason::CompanyName)
        out << QStringLiteral("company_name");
    if (reasons & MatchReason::SimilarName)
        out << QStringLiteral("similar_name");
    return out.join(QLatin1Char('+'));
}

// Writes the groups; returns an error message, empty on success.
QString writeGroups(Workspace &ws,
                    const QList<DuplicateGroup> &groups,
                    QIODevice &device,
                    const ExportOptions &options)
{
    TableWriter w(device, options,
                  {QStringLiteral("group"), QStringLiteral("reason"), QStringLiteral("customer_id"),
                   QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("mobile"),
                   QStringLiteral("email")});
    Status s = w.begin();
    if (!s)
        return s.error().message;
    const DuplicateService dupes(ws.database(), ws.store());
    int number = 0;
    // A few hundred groups at a time: one query per batch, memory bounded.
    for (qsizetype first = 0; first < groups.size(); first += 200) {
        QList<qint64> ids;
        for (qsizetype i = first; i < std::min(groups.size(), first + 200); ++i)
            ids << groups.at(i).customerIds;
        const auto rows = dupes.summaries(ids);
        if (!rows)
            return rows.error().message;
        for (qsizetype i = first; i < std::min(groups.size(), first + 200); ++i) {
            const DuplicateGroup &g = groups.at(i);
            ++number;
            const QString reason = reasonCodes(g.reasons);
            for (qint64 id : g.customerIds) {
                const Record c = rows->value(id);
                w.beginRow();
                w.integer(number);
                w.text(reason);
                w.integer(id);
                w.text(c.value(QStringLiteral("code")).toString());
                w.text(c.value(QStringLiteral("name")).toString());
                w.text(c.value(QStringLiteral("mobile")).toString());
                w.text(c.value(QStringLiteral("email")).toString());
                if (!w.endRow())
                    return w.error().message;
            }
        }
    }
    s = w.finish();
    return s ? QString() : s.error().message;
}

} // namespace

int CommandLine::runDuplicates(const QStringList &args)
{
    if (!args.isEmpty() && args.first() == QLatin1String("merge"))
        return runDuplicatesMerge(args.mid(1));
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Lists groups of customers that are probably the same (same customer code, "
           "mobile, email or company name), one row per customer: group number, reason, "
           "customer id, code, name, mobile, email. Customers in the trash are left out.\n"
           "\"patron duplicates merge SURVIVOR_ID OTHER_ID…\" merges customers into the first "
           "one: it keeps its non-empty values (else the others' first non-empty ones), "
           "takes over their orders, follow-ups, tasks, tickets, contacts and tags, and moves "
           "the others to the trash."));
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
                                    tr("Output format: csv (default) or json."), tr("format"),
                                    QStringLiteral("csv"));
    const QCommandLineOption similar(
        QStringLiteral("similar"),
        tr("Also group similar company names (without a leading city or province, or "
           "one character apart)."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to this file instead of standard output."),
                                    tr("file"));
    const QCommandLineOption bom(
        QStringLiteral("bom"),
        tr("Start CSV with a UTF-8 byte order mark (for Excel on Windows)."));
    p.addOptions({format, similar, output, bom});
    int exit = Success;
    if (!parse(p, QStringLiteral("duplicates"), args, &exit))
        return exit;
    ExportOptions options;
    if (!TableWriter::parseFormat(p.value(format), &options.format)) {
        printError(tr("duplicates: unknown format \"%1\"; use csv or json.").arg(p.value(format)));
        return Usage;
    }
    options.utf8Bom = p.isSet(bom);
    auto ws = openWorkspace();
    if (!ws) {
        printError(ws.error().message);
        return Failure;
    }
    DuplicateService dupes(ws.value()->database(), ws.value()->store());
    DuplicateOptions o;
    o.similarNames = p.isSet(similar);
    const auto groups = dupes.findGroups(o);
    if (!groups) {
        printError(groups.error().message);
        return Failure;
    }

    Output out(p.value(output));
    QString error;
    QIODevice *device = out.open(&error);
    if (!device) {
        printError(tr("Cannot write %1: %2").arg(out.name(), error));
        return Failure;
    }
    error = writeGroups(*ws.value(), groups.value(), *device, options);
    if (!error.isEmpty()) {
        printError(error);
        return Failure;
    }
    if (!out.commit(&error)) {
        printError(tr("Cannot write %1: %2").arg(out.name(), error));
        return Failure;
    }
    return Success;
}

int CommandLine::runDuplicatesMerge(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Merges customers into the first one given (see \"patron duplicates --help\")."));
    p.addPositionalArgument(QStringLiteral("survivor"), tr("Id of the customer that remains."));
    p.addPositionalArgument(QStringLiteral("others"), tr("Ids of the customers merged into it."),
                            tr("OTHER_ID…"));
    int exit = Success;
    if (!parse(p, QStringLiteral("duplicates merge"), args, &exit, INT_MAX))
        return exit;
    QList<qint64> ids;
    for (const QString &a : p.positionalArguments()) {
        bool ok = false;
        const qint64 id = a.toLongLong(&ok);
        if (!ok || id <= 0) {
            printError(tr("duplicates merge: \"%1\" is not a customer id.").arg(a));
            return Usage;
        }
        ids << id;
    }
    if (ids.size() < 2) {
        printError(
            tr("duplicates merge: give the surviving customer's id and at least one other id."));
        return Usage;
    }
    auto ws = openWorkspace();
    if (!ws) {
        printError(ws.error().message);
        return Failure;
    }
    MergeRequest request;
    request.survivorId = ids.first();
    request.mergedIds = ids.mid(1);
    for (qint64 id : std::as_const(ids)) {
        auto c = ws.value()->store().get(Entity::Customer, id);
        if (!c) {
            printError(tr("duplicates merge: customer %1: %2").arg(id).arg(c.error().message));
            return Failure;
        }
        request.versions.insert(id, c->value(QStringLiteral("version")).toInt());
    }
    DuplicateService dupes(ws.value()->database(), ws.value()->store());
    const auto undo = dupes.merge(request);
    if (!undo) {
        printError(undo.error().message);
        return Failure;
    }
    printOut(tr("Merged %n customer(s) into customer %1; they are in the trash.", nullptr, int(request.mergedIds.size()))
                 .arg(request.survivorId)
             + QLatin1Char('\n'));
    return Success;
}

} // namespace Patron::Cli
