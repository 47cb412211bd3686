// patron tasks list|add|done|snooze|reassign|export-ics …

#include "clicommands.h"
#include "cliutil.h"

#include "export/tablewriter.h"
#include "services/tagservice.h"
#include "services/workspace.h"
#include "tasks/taskservice.h"
#include "util/values.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace Patron::Cli {

namespace {

// "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS]" or with a space instead of the T; invalid otherwise.
QDateTime parseWhen(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() == 10) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        return d.isValid() ? QDateTime(d, QTime(0, 0)) : QDateTime();
    }
    QString s = t;
    if (s.size() > 10 && s.at(10) == QLatin1Char(' '))
        s[10] = QLatin1Char('T');
    for (const QString &format : {QStringLiteral("yyyy-MM-ddTHH:mm:ss"), QStringLiteral("yyyy-MM-ddTHH:mm")}) {
        const QDateTime dt = QDateTime::fromString(s, format);
        if (dt.isValid())
            return dt;
    }
    return {};
}

const QStringList kCsvColumns = {QStringLiteral("id"),       QStringLiteral("customer_id"), QStringLiteral("customer_code"),
                                 QStringLiteral("title"),    QStringLiteral("assignee"),    QStringLiteral("due_at"),
                                 QStringLiteral("remind_at"), QStringLiteral("status"),     QStringLiteral("priority"),
                                 QStringLiteral("playbook"), QStringLiteral("step")};

QString pad(const QString &s, int width)
{
    return s + QString(std::max(0, width - int(s.size())), QLatin1Char(' '));
}

} // namespace

int CommandLine::runTasks(QStringList args)
{
    const QStringList actions = {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("done"),
                                 QStringLiteral("snooze"), QStringLiteral("reassign"), QStringLiteral("export-ics")};
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    if (!actions.contains(action)) {
        const bool help = action == QLatin1String("--help") || action == QLatin1String("-h");
        if (!help)
            printError(action.isEmpty() ? tr("\"tasks\" needs an action: list, add, done, snooze, reassign or export-ics.")
                                        : tr("Unknown action \"tasks %1\". Use list, add, done, snooze, reassign or "
                                             "export-ics.")
                                              .arg(action));
        printOut(tr("Usage: patron tasks list [--bucket today|overdue|upcoming|done|all] [--assignee USERNAME] "
                    "[--customer ID] [--format text|csv|json]\n"
                    "       patron tasks add --title TITLE [--customer ID] [--due WHEN] [--remind WHEN] "
                    "[--assignee USERNAME] [--priority low|normal|high]\n"
                    "       patron tasks done ID [--log call|visit|email|note --text TEXT]\n"
                    "       patron tasks snooze ID --until YYYY-MM-DDTHH:MM | --for 10m|1h|tomorrow\n"
                    "       patron tasks reassign ID USERNAME   (\"-\" for nobody)\n"
                    "       patron tasks export-ics FILE [--bucket …] [--assignee USERNAME] [--customer ID]\n"));
        return help ? Success : Usage;
    }
    const QString command = QStringLiteral("tasks ") + action;
    QCommandLineParser p;
    const QCommandLineOption bucket(QStringLiteral("bucket"),
                                    tr("Which tasks: today, overdue, upcoming, done or all (default all)."), tr("bucket"),
                                    QStringLiteral("all"));
    const QCommandLineOption assignee(QStringLiteral("assignee"), tr("Only tasks of this user (user name)."), tr("user"));
    const QCommandLineOption customer(QStringLiteral("customer"), tr("Only tasks about this customer (id)."), tr("id"));
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
                                    tr("Output format: text (default), csv or json."), tr("format"), QStringLiteral("text"));
    const QCommandLineOption now(QStringLiteral("now"),
                                 tr("Take this time (YYYY-MM-DDTHH:MM) as now, for the buckets and snoozing."), tr("time"));
    const QCommandLineOption title(QStringLiteral("title"), tr("The task's title."), tr("text"));
    const QCommandLineOption due(QStringLiteral("due"), tr("Due date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM)."), tr("when"));
    const QCommandLineOption remind(QStringLiteral("remind"), tr("Reminder time (YYYY-MM-DDTHH:MM)."), tr("when"));
    const QCommandLineOption priority(QStringLiteral("priority"), tr("low, normal (default) or high."), tr("priority"),
                                      QStringLiteral("normal"));
    const QCommandLineOption log(QStringLiteral("log"), tr("Also log a follow-up record: call, visit, email or note."),
                                 tr("kind"));
    const QCommandLineOption text(QStringLiteral("text"), tr("The follow-up record's text."), tr("text"));
    const QCommandLineOption until(QStringLiteral("until"), tr("Remind again at this time (YYYY-MM-DDTHH:MM)."), tr("time"));
    const QCommandLineOption forOption(QStringLiteral("for"), tr("Remind again in 10m, 1h (any number of m or h) or "
                                                                 "tomorrow (9:00)."),
                                       tr("delay"));
    int positionals = 0;
    if (action == QLatin1String("list")) {
        p.setApplicationDescription(tr("Lists tasks with their customer, assignee, due and reminder times, "
                                       "status, priority and the SOP playbook step that made them."));
        p.addOptions({bucket, assignee, customer, format, now});
    } else if (action == QLatin1String("add")) {
        p.setApplicationDescription(tr("Creates a task."));
        p.addOptions({title, customer, due, remind, assignee, priority});
    } else if (action == QLatin1String("done")) {
        p.setApplicationDescription(tr("Marks a task done, optionally logging a follow-up record in the same step."));
        p.addPositionalArgument(QStringLiteral("id"), tr("The task's id."));
        p.addOptions({log, text});
        positionals = 1;
    } else if (action == QLatin1String("snooze")) {
        p.setApplicationDescription(tr("Moves a task's reminder later; it will show again then."));
        p.addPositionalArgument(QStringLiteral("id"), tr("The task's id."));
        p.addOptions({until, forOption, now});
        positionals = 1;
    } else if (action == QLatin1String("reassign")) {
        p.setApplicationDescription(tr("Gives a task to another user."));
        p.addPositionalArgument(QStringLiteral("id"), tr("The task's id."));
        p.addPositionalArgument(QStringLiteral("user"), tr("The user name (\"-\" for nobody)."));
        positionals = 2;
    } else {
        p.setApplicationDescription(tr("Writes tasks to an iCalendar (.ics) file for a calendar application."));
        p.addPositionalArgument(QStringLiteral("file"), tr("The .ics file (\"-\" for standard output)."));
        p.addOptions({bucket, assignee, customer, now});
        positionals = 1;
    }
    int exit = Success;
    if (!parse(p, command, args, &exit, positionals))
        return exit;
    const QStringList pos = p.positionalArguments();
    if (pos.size() < positionals) {
        printError(positionals == 2 ? tr("%1: give the task's id and a user name.").arg(command)
                   : action == QLatin1String("export-ics") ? tr("%1: give the file to write.").arg(command)
                                                           : tr("%1: give the task's id.").arg(command));
        return Usage;
    }
    qint64 id = 0;
    if (action == QLatin1String("done") || action == QLatin1String("snooze") || action == QLatin1String("reassign")) {
        bool ok = false;
        id = pos.first().toLongLong(&ok);
        if (!ok || id <= 0) {
            printError(tr("%1: \"%2\" is not a task id.").arg(command, pos.first()));
            return Usage;
        }
    }

    // Options are checked before the database is opened.
    TaskFilter filter;
    if (p.isSet(now)) {
        filter.now = parseWhen(p.value(now));
        if (!filter.now.isValid()) {
            printError(tr("%1: --now \"%2\" is not a time (YYYY-MM-DDTHH:MM).").arg(command, p.value(now)));
            return Usage;
        }
    }
    if (action == QLatin1String("list") || action == QLatin1String("export-ics")) {
        const auto b = TaskService::bucketFromName(p.value(bucket));
        if (!b) {
            printError(tr("%1: unknown bucket \"%2\"; use today, overdue, upcoming, done or all.").arg(command, p.value(bucket)));
            return Usage;
        }
        filter.bucket = *b;
        if (p.isSet(customer)) {
            bool ok = false;
            filter.customerId = p.value(customer).toLongLong(&ok);
            if (!ok || *filter.customerId <= 0) {
                printError(tr("%1: \"%2\" is not a customer id.").arg(command, p.value(customer)));
                return Usage;
            }
        }
    }
    const QString fmt = p.value(format).toLower();
    if (action == QLatin1String("list") && fmt != QLatin1String("text") && fmt != QLatin1String("csv")
        && fmt != QLatin1String("json")) {
        printError(tr("%1: unknown format \"%2\"; use text, csv or json.").arg(command, p.value(format)));
        return Usage;
    }
    TaskInfo newTask;
    if (action == QLatin1String("add")) {
        newTask.title = p.value(title).trimmed();
        if (newTask.title.isEmpty()) {
            printError(tr("%1: --title is required.").arg(command));
            return Usage;
        }
        newTask.priority = p.value(priority).trimmed().toLower();
        for (const auto &[option, target] : {std::pair{&due, &newTask.dueAt}, std::pair{&remind, &newTask.remindAt}}) {
            if (!p.isSet(*option))
                continue;
            const QDateTime when = parseWhen(p.value(*option));
            if (!when.isValid()) {
                printError(tr("%1: \"%2\" is not a date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM).")
                               .arg(command, p.value(*option)));
                return Usage;
            }
            *target = Values::storeDateTime(when);
        }
        if (p.isSet(customer)) {
            bool ok = false;
            newTask.customerId = p.value(customer).toLongLong(&ok);
            if (!ok || newTask.customerId <= 0) {
                printError(tr("%1: \"%2\" is not a customer id.").arg(command, p.value(customer)));
                return Usage;
            }
        }
    }
    QString followUpKind;
    if (action == QLatin1String("done")) {
        followUpKind = p.value(log).trimmed().toLower();
        static const QStringList kinds = {QStringLiteral("call"), QStringLiteral("visit"), QStringLiteral("email"),
                                          QStringLiteral("note")};
        if (p.isSet(log) && !kinds.contains(followUpKind)) {
            printError(tr("%1: --log must be call, visit, email or note.").arg(command));
            return Usage;
        }
        if (p.isSet(text) && !p.isSet(log)) {
            printError(tr("%1: --text goes with --log.").arg(command));
            return Usage;
        }
    }
    QDateTime snoozeUntil;
    if (action == QLatin1String("snooze")) {
        if (p.isSet(until) == p.isSet(forOption)) {
            printError(tr("%1: give either --until or --for.").arg(command));
            return Usage;
        }
        const QDateTime base = filter.now.isValid() ? filter.now : QDateTime::currentDateTime();
        if (p.isSet(until)) {
            snoozeUntil = parseWhen(p.value(until));
        } else {
            const QString d = p.value(forOption).trimmed().toLower();
            static const QRegularExpression delay(QStringLiteral("^(\\d{1,5})\\s*(m|min|h)$"));
            const auto m = delay.match(d);
            if (d == QLatin1String("tomorrow"))
                snoozeUntil = QDateTime(base.date().addDays(1), QTime(9, 0));
            else if (m.hasMatch())
                snoozeUntil = base.addSecs(m.captured(1).toLongLong() * (m.captured(2) == QLatin1String("h") ? 3600 : 60));
        }
        if (!snoozeUntil.isValid()) {
            printError(tr("%1: \"%2\" is not a time or delay.").arg(command, p.value(p.isSet(until) ? until : forOption)));
            return Usage;
        }
        snoozeUntil.setTime(QTime(snoozeUntil.time().hour(), snoozeUntil.time().minute()));
    }

    auto opened = openWorkspace();
    if (!opened) {
        printError(opened.error().message);
        return Failure;
    }
    Workspace &ws = *opened.value();
    TaskService &tasks = ws.tasks();

    auto findUser = [&](const QString &name, qint64 *userId) {
        auto u = ws.users().findByName(name.trimmed());
        if (!u || u.value() <= 0) {
            printError(tr("%1: no user \"%2\".").arg(command, name));
            return false;
        }
        *userId = u.value();
        return true;
    };
    auto fail = [&](const Error &e) {
        printError(QStringLiteral("%1: %2").arg(command, e.message));
        return Failure;
    };

    if (action == QLatin1String("list") || action == QLatin1String("export-ics")) {
        if (p.isSet(assignee)) {
            qint64 userId = 0;
            if (!findUser(p.value(assignee), &userId))
                return Failure;
            filter.assigneeId = userId;
        }
        auto list = tasks.tasks(filter);
        if (!list)
            return fail(list.error());
        if (action == QLatin1String("export-ics")) {
            Output out(pos.first());
            QString error;
            QIODevice *device = out.open(&error);
            const QByteArray ics = TaskService::toICalendar(list.value());
            if (!device || device->write(ics) != ics.size() || !out.commit(&error)) {
                printError(QStringLiteral("%1: %2").arg(command, error));
                return Failure;
            }
            if (pos.first() != QLatin1String("-"))
                printOut(tr("Wrote %n task(s) to %1.\n", nullptr, int(list->size())).arg(out.name()));
            return Success;
        }
        if (fmt == QLatin1String("text")) {
            QString outText;
            for (const TaskInfo &t : list.value()) {
                QString line = pad(QString::number(t.id), 6) + pad(Values::displayDateTime(t.dueAt), 18)
                               + pad(choiceLabel(Entity::Task, QStringLiteral("status"), t.status), 10)
                               + pad(choiceLabel(Entity::Task, QStringLiteral("priority"), t.priority), 8)
                               + pad(t.assigneeName, 10) + t.title;
                if (t.customerId > 0)
                    line += QStringLiteral("  [") + (t.customerCode.isEmpty() ? t.customerName : t.customerCode) + QLatin1Char(']');
                if (!t.playbook.isEmpty())
                    line += QStringLiteral("  (") + t.playbook + (t.step > 0 ? QStringLiteral(" #%1").arg(t.step) : QString()) + QLatin1Char(')');
                outText += line + QLatin1Char('\n');
            }
            if (list->isEmpty())
                outText = tr("No tasks.\n");
            printOut(outText);
            return Success;
        }
        return writeTable(QStringLiteral("-"), tableOptions(fmt), kCsvColumns, [&](TableWriter &w) {
            for (const TaskInfo &t : list.value()) {
                w.beginRow();
                w.integer(t.id);
                if (t.customerId > 0)
                    w.integer(t.customerId);
                else
                    w.null();
                w.text(t.customerCode);
                w.text(t.title);
                w.text(t.assigneeUsername);
                w.text(t.dueAt);
                w.text(t.remindAt);
                w.text(t.status);
                w.text(t.priority);
                w.text(t.playbook);
                if (t.step > 0)
                    w.integer(t.step);
                else
                    w.null();
                if (!w.endRow())
                    return false;
            }
            return true;
        });
    }

    if (action == QLatin1String("add")) {
        if (p.isSet(assignee) && !findUser(p.value(assignee), &newTask.assigneeId))
            return Failure;
        auto created = tasks.create(newTask);
        if (!created)
            return fail(created.error());
        printOut(tr("Created task %1.\n").arg(created.value()));
        return Success;
    }

    auto current = tasks.task(id);
    if (!current)
        return fail(current.error());
    if (action == QLatin1String("done")) {
        auto done = tasks.complete(id, current->version, followUpKind, p.value(text));
        if (!done)
            return fail(done.error());
        if (done.value() > 0)
            printOut(tr("Task %1 done; follow-up record %2 logged.\n").arg(id).arg(done.value()));
        else
            printOut(tr("Task %1 done.\n").arg(id));
        return Success;
    }
    if (action == QLatin1String("snooze")) {
        Status s = tasks.snooze(id, current->version, snoozeUntil);
        if (!s)
            return fail(s.error());
        printOut(tr("Task %1 will remind again at %2.\n").arg(id).arg(Values::displayDateTime(Values::storeDateTime(snoozeUntil))));
        return Success;
    }
    // reassign
    qint64 userId = 0;
    if (pos.at(1) != QLatin1String("-") && !findUser(pos.at(1), &userId))
        return Failure;
    Status s = tasks.reassign(id, current->version, userId);
    if (!s)
        return fail(s.error());
    printOut(userId > 0 ? tr("Task %1 is now assigned to %2.\n").arg(id).arg(pos.at(1))
                        : tr("Task %1 is now assigned to nobody.\n").arg(id));
    return Success;
}

} // namespace Patron::Cli
