// patron segments list|add|delete|count …   and   patron tags list|add-rule|refresh …

#include "clicommands.h"
#include "cliutil.h"

#include "export/tablewriter.h"
#include "segments/segmentservice.h"
#include "services/tagservice.h"
#include "services/workspace.h"

#include <QCommandLineParser>

namespace Patron::Cli {

namespace {

QCommandLineOption formatOption()
{
    return QCommandLineOption({QStringLiteral("f"), QStringLiteral("format")},
                              QCoreApplication::translate("Patron::Cli::CommandLine", "Output format: csv (default) or json."),
                              QCoreApplication::translate("Patron::Cli::CommandLine", "format"), QStringLiteral("csv"));
}

QCommandLineOption whereOption()
{
    return QCommandLineOption(QStringLiteral("where"),
                              QCoreApplication::translate("Patron::Cli::CommandLine",
                                                          "The condition as JSON, e.g. "
                                                          "'{\"field\":\"province\",\"op\":\"eq\",\"value\":\"广东\"}' "
                                                          "(see the segment condition reference)."),
                              QCoreApplication::translate("Patron::Cli::CommandLine", "json"));
}

} // namespace

Result<Condition> CommandLine::parseWhere(const QString &command, const QString &json, int *exit)
{
    if (json.trimmed().isEmpty()) {
        printError(tr("%1: --where is required.").arg(command));
        *exit = Usage;
        return makeError(Error::Invalid, QString());
    }
    auto condition = Condition::fromJson(json.toUtf8());
    if (!condition) {
        printError(QStringLiteral("%1: %2").arg(command, condition.error().message));
        *exit = Usage;
    }
    return condition;
}

int CommandLine::runSegments(QStringList args)
{
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    if (action != QLatin1String("list") && action != QLatin1String("add") && action != QLatin1String("delete")
        && action != QLatin1String("count")) {
        const bool help = action == QLatin1String("--help") || action == QLatin1String("-h");
        if (!help)
            printError(action.isEmpty() ? tr("\"segments\" needs an action: list, add, delete or count.")
                                        : tr("Unknown action \"segments %1\". Use list, add, delete or count.").arg(action));
        printOut(tr("Usage: patron segments list [--format csv|json]\n"
                    "       patron segments add NAME --where JSON\n"
                    "       patron segments delete NAME\n"
                    "       patron segments count --where JSON\n"));
        return help ? Success : Usage;
    }
    const QString command = QStringLiteral("segments ") + action;
    QCommandLineParser p;
    const QCommandLineOption format = formatOption();
    const QCommandLineOption where = whereOption();
    int positionals = 0;
    if (action == QLatin1String("list")) {
        p.setApplicationDescription(tr("Lists the saved segments with the number of active customers in each and "
                                       "their condition (JSON)."));
        p.addOption(format);
    } else if (action == QLatin1String("add")) {
        p.setApplicationDescription(tr("Saves a segment: a name and a condition."));
        p.addPositionalArgument(QStringLiteral("name"), tr("The segment's name."));
        p.addOption(where);
        positionals = 1;
    } else if (action == QLatin1String("delete")) {
        p.setApplicationDescription(tr("Deletes a saved segment (the customers are not changed)."));
        p.addPositionalArgument(QStringLiteral("name"), tr("The segment's name."));
        positionals = 1;
    } else {
        p.setApplicationDescription(tr("Prints how many active customers match a condition."));
        p.addOption(where);
    }
    int exit = Success;
    if (!parse(p, command, args, &exit, positionals))
        return exit;
    if (positionals == 1 && p.positionalArguments().isEmpty()) {
        printError(tr("%1: give the segment's name.").arg(command));
        return Usage;
    }
    if (action == QLatin1String("list")) {
        ExportFormat f;
        if (!TableWriter::parseFormat(p.value(format), &f)) {
            printError(tr("%1: unknown format \"%2\"; use csv or json.").arg(command, p.value(format)));
            return Usage;
        }
    }
    Condition condition;
    if (action == QLatin1String("add") || action == QLatin1String("count")) {
        auto c = parseWhere(command, p.value(where), &exit);
        if (!c)
            return exit;
        condition = c.value();
    }
    auto ws = openWorkspace();
    if (!ws) {
        printError(ws.error().message);
        return Failure;
    }
    SegmentService &segments = ws.value()->segments();
    if (action == QLatin1String("list")) {
        auto list = segments.segments(true);
        if (!list) {
            printError(list.error().message);
            return Failure;
        }
        return writeTable(QString(), tableOptions(p.value(format)), {QStringLiteral("name"), QStringLiteral("count"), QStringLiteral("definition")},
                          [&](TableWriter &w) {
                              for (const SegmentInfo &s : list.value()) {
                                  w.beginRow();
                                  w.text(s.name);
                                  w.integer(s.count);
                                  w.text(QString::fromUtf8(s.condition.toJson()));
                                  if (!w.endRow())
                                      return false;
                              }
                              return true;
                          });
    }
    if (action == QLatin1String("count")) {
        auto n = segments.count(condition);
        if (!n) {
            printError(QStringLiteral("%1: %2").arg(command, n.error().message));
            return n.error().code == Error::Invalid ? Usage : Failure;
        }
        printOut(QString::number(n.value()) + QLatin1Char('\n'));
        return Success;
    }
    const QString name = p.positionalArguments().first();
    if (action == QLatin1String("add")) {
        auto id = segments.create(name, condition);
        if (!id) {
            printError(QStringLiteral("%1: %2").arg(command, id.error().message));
            return id.error().code == Error::Database ? Failure : Usage;
        }
        auto n = segments.count(condition);
        printOut(tr("Saved segment \"%1\" (%n customer(s)).\n", nullptr, int(n.valueOr(0))).arg(name.simplified()));
        return Success;
    }
    auto found = segments.findByName(name);
    if (!found) {
        printError(QStringLiteral("%1: %2").arg(command, found.error().message));
        return found.error().code == Error::NotFound ? Usage : Failure;
    }
    auto removed = segments.remove(found->id);
    if (!removed) {
        printError(removed.error().message);
        return Failure;
    }
    printOut(tr("Deleted segment \"%1\".\n").arg(found->name));
    return Success;
}

int CommandLine::runTags(QStringList args)
{
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    if (action != QLatin1String("list") && action != QLatin1String("add-rule") && action != QLatin1String("refresh")) {
        const bool help = action == QLatin1String("--help") || action == QLatin1String("-h");
        if (!help)
            printError(action.isEmpty() ? tr("\"tags\" needs an action: list, add-rule or refresh.")
                                        : tr("Unknown action \"tags %1\". Use list, add-rule or refresh.").arg(action));
        printOut(tr("Usage: patron tags list [--format csv|json]\n"
                    "       patron tags add-rule NAME --where JSON\n"
                    "       patron tags refresh\n"));
        return help ? Success : Usage;
    }
    const QString command = QStringLiteral("tags ") + action;
    QCommandLineParser p;
    const QCommandLineOption format = formatOption();
    const QCommandLineOption where = whereOption();
    int positionals = 0;
    if (action == QLatin1String("list")) {
        p.setApplicationDescription(tr("Lists the tags with their kind (manual, rule or system) and how many customers "
                                       "carry them."));
        p.addOption(format);
    } else if (action == QLatin1String("add-rule")) {
        p.setApplicationDescription(tr("Creates a rule tag (动态标签): customers matching the condition carry it, "
                                       "and it follows the data on every refresh."));
        p.addPositionalArgument(QStringLiteral("name"), tr("The tag's name."));
        p.addOption(where);
        positionals = 1;
    } else {
        p.setApplicationDescription(tr("Brings the rule tags and the RFM system tags in line with the data "
                                       "(for a scheduler; the desktop app does this by itself)."));
    }
    int exit = Success;
    if (!parse(p, command, args, &exit, positionals))
        return exit;
    if (positionals == 1 && p.positionalArguments().isEmpty()) {
        printError(tr("%1: give the tag's name.").arg(command));
        return Usage;
    }
    ExportFormat f;
    if (action == QLatin1String("list") && !TableWriter::parseFormat(p.value(format), &f)) {
        printError(tr("%1: unknown format \"%2\"; use csv or json.").arg(command, p.value(format)));
        return Usage;
    }
    Condition condition;
    if (action == QLatin1String("add-rule")) {
        auto c = parseWhere(command, p.value(where), &exit);
        if (!c)
            return exit;
        condition = c.value();
    }
    auto ws = openWorkspace();
    if (!ws) {
        printError(ws.error().message);
        return Failure;
    }
    if (action == QLatin1String("list")) {
        auto tags = ws.value()->tags().tags();
        if (!tags) {
            printError(tags.error().message);
            return Failure;
        }
        return writeTable(QString(), tableOptions(p.value(format)), {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("count")},
                          [&](TableWriter &w) {
                              for (const TagInfo &t : tags.value()) {
                                  w.beginRow();
                                  w.text(t.name);
                                  w.text(t.kind);
                                  w.integer(t.customerCount);
                                  if (!w.endRow())
                                      return false;
                              }
                              return true;
                          });
    }
    SegmentService &segments = ws.value()->segments();
    if (action == QLatin1String("add-rule")) {
        auto id = segments.createRuleTag(p.positionalArguments().first(), condition);
        if (!id) {
            printError(QStringLiteral("%1: %2").arg(command, id.error().message));
            return id.error().code == Error::Database ? Failure : Usage;
        }
        qint64 n = 0;
        for (const TagInfo &t : ws.value()->tags().tags().valueOr({})) {
            if (t.id == id.value())
                n = t.customerCount;
        }
        printOut(tr("Created rule tag \"%1\" (%n customer(s)).\n", nullptr, int(n)).arg(p.positionalArguments().first().simplified()));
        return Success;
    }
    auto rules = segments.refreshRuleTags();
    if (!rules) {
        printError(rules.error().message);
        return Failure;
    }
    auto system = segments.refreshSystemTags();
    if (!system) {
        printError(system.error().message);
        return Failure;
    }
    for (const QString &e : rules->errors + system->errors)
        printError(e);
    printOut(tr("Refreshed %1 tags: %2 added, %3 removed.\n")
                 .arg(rules->tags + system->tags)
                 .arg(rules->added + system->added)
                 .arg(rules->removed + system->removed));
    return rules->errors.isEmpty() && system->errors.isEmpty() ? Success : Failure;
}

} // namespace Patron::Cli
