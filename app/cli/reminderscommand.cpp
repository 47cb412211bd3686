// patron reminders [--format text|csv|json] [--as-of YYYY-MM-DDTHH:MM] [--all-users]
// patron autostart on|off|status

#include "clicommands.h"
#include "cliutil.h"

#include "export/tablewriter.h"
#include "reminders/autostart.h"
#include "services/recordstore.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "tasks/reminderscheduler.h"
#include "tasks/taskservice.h"
#include "util/values.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace Patron::Cli {

namespace {

const QStringList kReminderColumns
    = {QStringLiteral("id"),       QStringLiteral("customer_id"), QStringLiteral("customer_code"),
       QStringLiteral("customer"), QStringLiteral("title"),       QStringLiteral("due_at"),
       QStringLiteral("remind_at"), QStringLiteral("assignee"),   QStringLiteral("priority")};

// "2026-12-02T09:00" or with seconds; a date alone means its start.
QDateTime parseAsOf(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid() && text.size() == 10)
        t = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0));
    if (t.isValid() && t.timeSpec() != Qt::LocalTime)
        t = QDateTime(t.date(), t.time()); // business time has no zone
    return t;
}

} // namespace

int CommandLine::runReminders(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Lists the reminders (提醒) that are due now and not yet acknowledged — including those that fell due "
           "while Patron was closed — oldest first: what the reminder window shows. Only your own tasks and "
           "unassigned ones when your login is a Patron user; everyone's otherwise."));
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
                                    tr("Output format: text (default), csv or json."), tr("format"),
                                    QStringLiteral("text"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  tr("Take this time (YYYY-MM-DDTHH:MM) as now."), tr("time"));
    const QCommandLineOption allUsers(QStringLiteral("all-users"), tr("List every user's reminders."));
    p.addOptions({format, asOf, allUsers});
    int exit = Success;
    if (!parse(p, QStringLiteral("reminders"), args, &exit))
        return exit;
    const QString formatName = p.value(format).toLower();
    ExportOptions options;
    const bool text = formatName == QLatin1String("text");
    if (!text && !TableWriter::parseFormat(formatName, &options.format)) {
        printError(tr("reminders: unknown format \"%1\"; use text, csv or json.").arg(p.value(format)));
        return Usage;
    }
    QDateTime now = QDateTime::currentDateTime();
    if (p.isSet(asOf)) {
        now = parseAsOf(p.value(asOf));
        if (!now.isValid()) {
            printError(tr("reminders: --as-of must be a time like 2026-12-02T09:00, not \"%1\".").arg(p.value(asOf)));
            return Usage;
        }
    }

    auto ws = openWorkspace();
    if (!ws) {
        printError(ws.error().message);
        return Failure;
    }
    Workspace &workspace = *ws.value();
    ReminderScheduler scheduler(workspace.tasks(), workspace.store());
    scheduler.setClock([now] { return now; });
    if (!p.isSet(allUsers))
        scheduler.setAudience(ReminderScheduler::currentUser(workspace.database()));
    const auto due = scheduler.dueNow();
    if (!due) {
        printError(due.error().message);
        return Failure;
    }

    if (text) {
        if (due->isEmpty()) {
            printOut(tr("No reminders are due.") + QLatin1Char('\n'));
            return Success;
        }
        QString out;
        for (const TaskInfo &t : due.value()) {
            out += Values::displayDateTime(t.remindAt) + QStringLiteral("  ") + t.title;
            if (!t.customerName.isEmpty())
                out += QStringLiteral(" — ") + t.customerName;
            if (!t.dueAt.isEmpty())
                out += QStringLiteral("  ") + tr("(due %1)").arg(Values::displayDateTime(t.dueAt));
            out += QStringLiteral("  #%1\n").arg(t.id);
        }
        printOut(out);
        return Success;
    }

    return writeTable(QString(), options, kReminderColumns, [&](TableWriter &w) {
        for (const TaskInfo &t : due.value()) {
            w.beginRow();
            w.integer(t.id);
            if (t.customerId > 0)
                w.integer(t.customerId);
            else
                w.null();
            w.text(t.customerCode);
            w.text(t.customerName);
            w.text(t.title);
            w.text(t.dueAt);
            w.text(t.remindAt);
            w.text(t.assigneeName);
            w.text(t.priority);
            if (!w.endRow())
                return false;
        }
        return true;
    });
}

int CommandLine::runAutostart(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Starts Patron minimised when you log in, so reminders pop up on time: \"on\" writes the entry (an XDG "
           "autostart file on Linux, the Run key on Windows), \"off\" removes it, \"status\" shows it. With "
           "--database, that database is opened at login."));
    p.addPositionalArgument(QStringLiteral("action"), tr("on, off or status"));
    int exit = Success;
    if (!parse(p, QStringLiteral("autostart"), args, &exit, 1))
        return exit;
    const QString action = p.positionalArguments().value(0);
    QStringList arguments;
    if (!m_database.isEmpty() && !m_database.contains(QLatin1String("://")))
        arguments << QStringLiteral("--database") << QFileInfo(m_database).absoluteFilePath();
    const Autostart autostart({}, arguments);
    if (action == QLatin1String("on") || action == QLatin1String("off")) {
        Status s = Autostart(autostart).setEnabled(action == QLatin1String("on"));
        if (!s) {
            printError(s.error().message);
            return Failure;
        }
        printOut(action == QLatin1String("on")
                     ? tr("Patron starts at login (minimised): %1\n").arg(QDir::toNativeSeparators(autostart.location()))
                     : tr("Patron no longer starts at login.\n"));
        return Success;
    }
    if (action == QLatin1String("status")) {
        if (autostart.isEnabled())
            printOut(tr("on: %1\n").arg(QDir::toNativeSeparators(autostart.location())));
        else
            printOut(tr("off\n"));
        return Success;
    }
    printError(action.isEmpty() ? tr("autostart: say on, off or status.")
                                : tr("autostart: unknown action \"%1\"; use on, off or status.").arg(action));
    return Usage;
}

} // namespace Patron::Cli
