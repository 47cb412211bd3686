// patron sop run [--as-of YYYY-MM-DDTHH:MM] [--dry-run] [--rule ID] [--format text|json]
// patron sop list [--format csv|json]     patron sop templates
// patron sop add --template ID | --file rule.json
// patron sop enable|disable ID            patron sop export [IDS…] -o FILE
// patron sop import FILE                  patron sop journal [--rule ID] [--customer ID] [--format csv|json]
#include "clicommands.h"
#include "cliutil.h"

#include "export/tablewriter.h"
#include "services/workspace.h"
#include "sop/sopservice.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Patron::Cli {

namespace {

int writeRows(const QString &format, const QStringList &columns, const std::function<void(TableWriter &)> &rows)
{
    ExportOptions options;
    TableWriter::parseFormat(format, &options.format);
    Output out(QStringLiteral("-"));
    QString error;
    QIODevice *device = out.open(&error);
    if (!device) {
        CommandLine::printError(error);
        return Failure;
    }
    TableWriter w(*device, options, columns);
    Status s = w.begin();
    if (s) {
        rows(w);
        s = w.finish();
    }
    if (!s || !out.commit(&error)) {
        CommandLine::printError(s ? error : s.error().message);
        return Failure;
    }
    return Success;
}

bool parseId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0;
}

QJsonObject reportJson(const SopRunReport &report)
{
    QJsonObject root;
    root.insert(QLatin1String("as_of"), report.asOf.toString(Qt::ISODate));
    root.insert(QLatin1String("dry_run"), report.dryRun);
    root.insert(QLatin1String("snapshot_id"), double(report.snapshotId));
    root.insert(QLatin1String("snapshot_refreshed"), report.snapshotRefreshed);
    if (!report.snapshotError.isEmpty())
        root.insert(QLatin1String("snapshot_error"), report.snapshotError);
    root.insert(QLatin1String("fired"), report.fired());
    root.insert(QLatin1String("errors"), report.errors());
    QJsonArray rules;
    for (const SopRuleReport &r : report.rules) {
        QJsonObject o;
        o.insert(QLatin1String("rule_id"), double(r.ruleId));
        o.insert(QLatin1String("name"), r.name);
        o.insert(QLatin1String("fired"), r.fired);
        o.insert(QLatin1String("errors"), r.errors);
        if (!r.error.isEmpty())
            o.insert(QLatin1String("error"), r.error);
        QJsonArray firings;
        for (const SopFiring &f : r.firings) {
            QJsonObject fo;
            fo.insert(QLatin1String("customer_id"), double(f.customerId));
            fo.insert(QLatin1String("customer_code"), f.customerCode);
            fo.insert(QLatin1String("customer_name"), f.customerName);
            fo.insert(QLatin1String("step"), f.step);
            fo.insert(QLatin1String("occurrence"), f.occurrence);
            fo.insert(QLatin1String("what"), f.what);
            fo.insert(QLatin1String("error"), f.error);
            firings.append(fo);
        }
        o.insert(QLatin1String("firings"), firings);
        rules.append(o);
    }
    root.insert(QLatin1String("rules"), rules);
    return root;
}

QJsonArray notifiedJson(const QList<SopNotification> &notified)
{
    QJsonArray out;
    for (const SopNotification &n : notified) {
        QJsonObject o;
        o.insert(QLatin1String("rule_id"), double(n.ruleId));
        o.insert(QLatin1String("rule"), n.ruleName);
        o.insert(QLatin1String("customers"), n.customers);
        if (n.customerId > 0)
            o.insert(QLatin1String("customer_id"), double(n.customerId));
        o.insert(QLatin1String("texts"), QJsonArray::fromStringList(n.texts));
        out.append(o);
    }
    return out;
}

} // namespace

int CommandLine::runSop(QStringList args)
{
    static const QStringList actions{QStringLiteral("run"),     QStringLiteral("list"),    QStringLiteral("templates"),
                                     QStringLiteral("add"),     QStringLiteral("enable"),  QStringLiteral("disable"),
                                     QStringLiteral("export"),  QStringLiteral("import"),  QStringLiteral("journal")};
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    if (!actions.contains(action)) {
        const bool help = action == QLatin1String("--help") || action == QLatin1String("-h");
        if (!help)
            printError(action.isEmpty() ? tr("\"sop\" needs an action: %1.").arg(actions.join(QStringLiteral(", ")))
                                        : tr("Unknown action \"sop %1\". Use %2.").arg(action, actions.join(QStringLiteral(", "))));
        printOut(tr("Usage: patron sop run [--as-of YYYY-MM-DDTHH:MM] [--dry-run] [--rule ID] [--format text|json]\n"
                    "       patron sop list [--format csv|json]\n"
                    "       patron sop templates\n"
                    "       patron sop add --template ID | --file RULE.json\n"
                    "       patron sop enable ID | patron sop disable ID\n"
                    "       patron sop export [ID…] -o FILE\n"
                    "       patron sop import FILE\n"
                    "       patron sop journal [--rule ID] [--customer ID] [--limit N] [--format csv|json]\n"));
        return help ? Success : Usage;
    }
    const QString command = QStringLiteral("sop ") + action;
    QCommandLineParser p;
    const QCommandLineOption asOf(QStringLiteral("as-of"), tr("Run as of this time (YYYY-MM-DDTHH:MM or YYYY-MM-DD; default now)."),
                                  tr("time"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Only show what would fire; write nothing."));
    const QCommandLineOption rule(QStringLiteral("rule"), tr("Only this rule (by id)."), tr("id"));
    const QCommandLineOption customer(QStringLiteral("customer"), tr("Only this customer (by id)."), tr("id"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most this many rows (default 1000; 0: all)."), tr("n"),
                                   QStringLiteral("1000"));
    const QCommandLineOption textFormat({QStringLiteral("f"), QStringLiteral("format")}, tr("Output format: text (default) or json."),
                                        tr("format"), QStringLiteral("text"));
    const QCommandLineOption tableFormat({QStringLiteral("f"), QStringLiteral("format")}, tr("Output format: csv (default) or json."),
                                         tr("format"), QStringLiteral("csv"));
    const QCommandLineOption fromTemplate(QStringLiteral("template"), tr("Add this built-in template (see patron sop templates)."),
                                          tr("id"));
    const QCommandLineOption fromFile(QStringLiteral("file"), tr("Add the rules of this JSON file (as patron sop export writes)."),
                                      tr("file"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("Write to this file."), tr("file"));
    int positionals = 0;
    if (action == QLatin1String("run")) {
        p.setApplicationDescription(tr("Runs the enabled SOP rules and playbooks: brings the RFM snapshot up to date, "
                                       "fires each rule once per customer and occurrence and prints what fired."));
        p.addOptions({asOf, dryRun, rule, textFormat});
    } else if (action == QLatin1String("list")) {
        p.setApplicationDescription(tr("Lists the SOP rules and playbooks."));
        p.addOption(tableFormat);
    } else if (action == QLatin1String("templates")) {
        p.setApplicationDescription(tr("Lists the built-in SOP templates."));
        p.addOption(tableFormat);
    } else if (action == QLatin1String("add")) {
        p.setApplicationDescription(tr("Adds a rule from a template or a JSON file (disabled until enabled)."));
        p.addOptions({fromTemplate, fromFile});
    } else if (action == QLatin1String("enable") || action == QLatin1String("disable")) {
        p.setApplicationDescription(action == QLatin1String("enable") ? tr("Enables an SOP rule.") : tr("Disables an SOP rule."));
        p.addPositionalArgument(QStringLiteral("id"), tr("The rule's id."));
        positionals = 1;
    } else if (action == QLatin1String("export")) {
        p.setApplicationDescription(tr("Writes SOP rules (all, or the ids given) to a JSON file."));
        p.addPositionalArgument(QStringLiteral("ids"), tr("Rule ids (default: all)."), tr("[ID…]"));
        p.addOption(output);
        positionals = 1000;
    } else if (action == QLatin1String("import")) {
        p.setApplicationDescription(tr("Adds the rules of a JSON file; nothing is added unless every rule is valid."));
        p.addPositionalArgument(QStringLiteral("file"), tr("The JSON file."));
        positionals = 1;
    } else {
        p.setApplicationDescription(tr("Prints the SOP journal (what fired, when, for whom, with what result), newest first."));
        p.addOptions({rule, customer, limit, tableFormat});
    }
    int exit = Success;
    if (!parse(p, command, args, &exit, positionals))
        return exit;
    const QStringList pos = p.positionalArguments();

    // Options first, so a typo never waits for the database.
    SopRunOptions options;
    if (action == QLatin1String("run")) {
        if (p.isSet(asOf)) {
            const QString v = p.value(asOf);
            QDateTime t = QDateTime::fromString(v, QStringLiteral("yyyy-MM-ddTHH:mm"));
            if (!t.isValid())
                t = QDateTime::fromString(v, QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
            if (!t.isValid() && v.size() == 10)
                t = QDateTime(QDate::fromString(v, Qt::ISODate), QTime(0, 0));
            if (!t.isValid()) {
                printError(tr("%1: --as-of must be a time like 2026-06-30T09:00, not \"%2\".").arg(command, v));
                return Usage;
            }
            options.asOf = t;
        }
        options.dryRun = p.isSet(dryRun);
        if (p.isSet(rule) && !parseId(p.value(rule), &options.onlyRuleId)) {
            printError(tr("%1: --rule must be a rule id, not \"%2\".").arg(command, p.value(rule)));
            return Usage;
        }
        if (p.value(textFormat) != QLatin1String("text") && p.value(textFormat) != QLatin1String("json")) {
            printError(tr("%1: unknown format \"%2\"; use text or json.").arg(command, p.value(textFormat)));
            return Usage;
        }
    }
    if (action == QLatin1String("list") || action == QLatin1String("templates") || action == QLatin1String("journal")) {
        const QString f = p.value(tableFormat);
        if (f != QLatin1String("csv") && f != QLatin1String("json")) {
            printError(tr("%1: unknown format \"%2\"; use csv or json.").arg(command, f));
            return Usage;
        }
    }
    qint64 id = 0;
    if (positionals == 1 && action != QLatin1String("import")) {
        if (pos.isEmpty() || !parseId(pos.first(), &id)) {
            printError(tr("%1: give the rule's id.").arg(command));
            return Usage;
        }
    }
    if (action == QLatin1String("import") && pos.isEmpty()) {
        printError(tr("%1: give the JSON file.").arg(command));
        return Usage;
    }
    if (action == QLatin1String("add") && p.isSet(fromTemplate) == p.isSet(fromFile)) {
        printError(tr("%1: give either --template ID or --file FILE.").arg(command));
        return Usage;
    }
    if (action == QLatin1String("export") && !p.isSet(output)) {
        printError(tr("%1: give the output file with -o FILE.").arg(command));
        return Usage;
    }
    QList<qint64> ids;
    if (action == QLatin1String("export")) {
        for (const QString &s : pos) {
            qint64 one = 0;
            if (!parseId(s, &one)) {
                printError(tr("%1: \"%2\" is not a rule id.").arg(command, s));
                return Usage;
            }
            ids << one;
        }
    }
    qint64 journalRule = 0, journalCustomer = 0;
    int journalLimit = 1000;
    if (action == QLatin1String("journal")) {
        bool ok = true;
        if ((p.isSet(rule) && !parseId(p.value(rule), &journalRule))
            || (p.isSet(customer) && !parseId(p.value(customer), &journalCustomer))) {
            printError(tr("%1: --rule and --customer take an id.").arg(command));
            return Usage;
        }
        journalLimit = p.value(limit).toInt(&ok);
        if (!ok || journalLimit < 0) {
            printError(tr("%1: --limit must be a whole number.").arg(command));
            return Usage;
        }
    }

    auto ws = openWorkspace();
    if (!ws) {
        printError(ws.error().message);
        return Failure;
    }
    SopService &sop = ws.value()->sop();
    auto fail = [&command](const Error &e) {
        printError(QStringLiteral("%1: %2").arg(command, e.message));
        return Failure;
    };

    if (action == QLatin1String("run")) {
        InterruptGuard interrupt;
        options.progress = [](int) { return !InterruptGuard::interrupted(); };
        // What this run notified is what the journal gained with a notify action: the
        // desktop shows it at the GUI's next start (or at once when it runs).
        const Result<qint64> before = options.dryRun ? Result<qint64>(qint64(0)) : sop.lastJournalId();
        if (!before)
            return fail(before.error());
        Result<SopRunReport> report = sop.run(options);
        if (!report) {
            if (report.error().code == Error::Cancelled)
                return Interrupted;
            return fail(report.error());
        }
        QList<SopNotification> notified;
        if (!options.dryRun) {
            Result<QList<SopNotification>> n = sop.notifications(before.value());
            if (!n)
                return fail(n.error());
            notified = n.value();
        }
        if (p.value(textFormat) == QLatin1String("json")) {
            QJsonObject root = reportJson(report.value());
            root.insert(QLatin1String("notified"), notifiedJson(notified));
            printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        } else {
            QString text;
            if (!report->snapshotError.isEmpty())
                text += tr("RFM snapshot not refreshed: %1\n").arg(report->snapshotError);
            for (const SopRuleReport &r : report->rules) {
                text += tr("%1 [%2]: %3 fired, %4 errors").arg(r.name).arg(r.ruleId).arg(r.fired).arg(r.errors);
                if (!r.error.isEmpty())
                    text += QStringLiteral(" — ") + r.error;
                text += QLatin1Char('\n');
                for (const SopFiring &f : r.firings)
                    text += QStringLiteral("  %1 %2 %3 step %4 %5: %6\n")
                                .arg(f.error ? QStringLiteral("!") : QStringLiteral("+"))
                                .arg(f.customerId)
                                .arg(f.customerName)
                                .arg(f.step)
                                .arg(f.occurrence, f.what);
            }
            text += (report->dryRun ? tr("Dry run as of %1: %2 would fire, %3 errors; nothing was written.\n")
                                    : tr("As of %1: %2 fired, %3 errors.\n"))
                        .arg(report->asOf.toString(QStringLiteral("yyyy-MM-ddTHH:mm")))
                        .arg(report->fired())
                        .arg(report->errors());
            for (const SopNotification &n : std::as_const(notified)) {
                text += tr("Notified by %1 [%2]: %n customer(s)", nullptr, n.customers).arg(n.ruleName).arg(n.ruleId);
                if (!n.texts.isEmpty())
                    text += QStringLiteral(" — ") + n.texts.join(QStringLiteral("; "))
                            + (n.customers > n.texts.size() ? QStringLiteral(" …") : QString());
                text += QLatin1Char('\n');
            }
            printOut(text);
        }
        return report->errors() > 0 ? Failure : Success;
    }
    if (action == QLatin1String("list")) {
        Result<QList<SopRule>> rules = sop.rules();
        if (!rules)
            return fail(rules.error());
        Result<QHash<qint64, SopRuleStats>> stats = sop.ruleStats();
        if (!stats)
            return fail(stats.error());
        return writeRows(p.value(tableFormat),
                         {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("template"),
                          QStringLiteral("enabled"), QStringLiteral("trigger"), QStringLiteral("updated_at"),
                          QStringLiteral("fired"), QStringLiteral("errors"), QStringLiteral("last_fired")},
                         [&](TableWriter &w) {
                             for (const SopRule &r : rules.value()) {
                                 const SopRuleStats st = stats->value(r.id);
                                 w.beginRow();
                                 w.integer(r.id);
                                 w.text(r.kind);
                                 w.text(r.name);
                                 w.text(r.templateId);
                                 w.boolean(r.enabled);
                                 w.text(r.definition.trigger.kind);
                                 w.text(r.updatedAt);
                                 w.integer(st.ok);
                                 w.integer(st.errors);
                                 w.text(st.lastFiredAt);
                                 w.endRow();
                             }
                         });
    }
    if (action == QLatin1String("templates")) {
        const QList<SopTemplate> templates = sop.templates();
        return writeRows(p.value(tableFormat),
                         {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("description")},
                         [&](TableWriter &w) {
                             for (const SopTemplate &t : templates) {
                                 w.beginRow();
                                 w.text(t.id);
                                 w.text(t.kind);
                                 w.text(t.name);
                                 w.text(t.description);
                                 w.endRow();
                             }
                         });
    }
    if (action == QLatin1String("add")) {
        if (p.isSet(fromTemplate)) {
            Result<qint64> added = sop.addFromTemplate(p.value(fromTemplate));
            if (!added)
                return fail(added.error());
            printOut(tr("Added SOP rule %1 (disabled; enable it with: patron sop enable %1).\n").arg(added.value()));
            return Success;
        }
        QFile file(p.value(fromFile));
        if (!file.open(QIODevice::ReadOnly)) {
            printError(tr("%1: cannot read %2: %3").arg(command, file.fileName(), file.errorString()));
            return Failure;
        }
        QByteArray json = file.read(16 * 1024 * 1024);
        // Besides an export file: one rule {"name", "kind", "definition"} or a bare
        // definition {"trigger", …} (named after the file), wrapped as an export file.
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        if (doc.isObject() && !doc.object().contains(QLatin1String("patron_sop"))) {
            QJsonObject one = doc.object();
            if (!one.contains(QLatin1String("definition"))) {
                QJsonObject wrapped;
                wrapped.insert(QLatin1String("name"), QFileInfo(file.fileName()).completeBaseName());
                wrapped.insert(QLatin1String("kind"), one.contains(QLatin1String("steps")) ? QStringLiteral("playbook")
                                                                                            : QStringLiteral("rule"));
                wrapped.insert(QLatin1String("definition"), one);
                one = wrapped;
            }
            QJsonObject root;
            root.insert(QLatin1String("patron_sop"), 1);
            root.insert(QLatin1String("rules"), QJsonArray{one});
            json = QJsonDocument(root).toJson();
        }
        Result<QList<qint64>> added = sop.importJson(json);
        if (!added)
            return fail(added.error());
        QStringList list;
        for (qint64 one : added.value())
            list << QString::number(one);
        printOut(tr("Added SOP rules: %1 (enable them with: patron sop enable ID)\n").arg(list.join(QStringLiteral(", "))));
        return Success;
    }
    if (action == QLatin1String("enable") || action == QLatin1String("disable")) {
        if (Status s = sop.setEnabled(id, action == QLatin1String("enable")); !s)
            return fail(s.error());
        return Success;
    }
    if (action == QLatin1String("export")) {
        Result<QByteArray> json = sop.exportJson(ids);
        if (!json)
            return fail(json.error());
        Output out(p.value(output));
        QString error;
        QIODevice *device = out.open(&error);
        if (!device || device->write(json.value()) != json->size() || !out.commit(&error)) {
            printError(tr("Cannot write %1: %2").arg(out.name(), error));
            return Failure;
        }
        return Success;
    }
    if (action == QLatin1String("import")) {
        QFile file(pos.first());
        if (!file.open(QIODevice::ReadOnly)) {
            printError(tr("%1: cannot read %2: %3").arg(command, file.fileName(), file.errorString()));
            return Failure;
        }
        Result<QList<qint64>> added = sop.importJson(file.read(16 * 1024 * 1024));
        if (!added)
            return fail(added.error());
        QStringList list;
        for (qint64 one : added.value())
            list << QString::number(one);
        printOut(tr("Imported SOP rules: %1\n").arg(list.join(QStringLiteral(", "))));
        return Success;
    }
    // journal
    SopJournalFilter filter;
    filter.ruleId = journalRule;
    filter.customerId = journalCustomer;
    filter.limit = journalLimit;
    Result<QList<SopJournalEntry>> rows = sop.journal(filter);
    if (!rows)
        return fail(rows.error());
    return writeRows(p.value(tableFormat),
                     {QStringLiteral("id"), QStringLiteral("rule_id"), QStringLiteral("rule"), QStringLiteral("step"),
                      QStringLiteral("customer_id"), QStringLiteral("customer_code"), QStringLiteral("customer_name"),
                      QStringLiteral("occurrence"), QStringLiteral("as_of"), QStringLiteral("run_at"),
                      QStringLiteral("result"), QStringLiteral("detail")},
                     [&](TableWriter &w) {
                         for (const SopJournalEntry &e : rows.value()) {
                             w.beginRow();
                             w.integer(e.id);
                             w.integer(e.ruleId);
                             w.text(e.ruleName);
                             w.integer(e.step);
                             w.integer(e.customerId);
                             w.text(e.customerCode);
                             w.text(e.customerName);
                             w.text(e.occurrence);
                             w.text(e.asOf);
                             w.text(e.runAt);
                             w.text(e.result);
                             w.text(e.detail);
                             w.endRow();
                         }
                     });
}

} // namespace Patron::Cli
