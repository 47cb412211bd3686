#include "sopactions.h"

#include "commands/commandcontext.h"
#include "services/recordstore.h"
#include "services/workspace.h"
#include "sop/sopscheduler.h"
#include "storage/database.h"
#include "tasks/reminderscheduler.h"
#include "util/values.h"
#include "sopjournaldialog.h"
#include "soprulesdialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace Patron {

SopActions::SopActions(CommandContext &context, QWidget *window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{
    setObjectName(QStringLiteral("sopActions"));
    m_rules = new QAction(tr("&Rules and playbooks…"), this);
    m_rules->setObjectName(QStringLiteral("actionSopRules"));
    m_rules->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_rules->setStatusTip(tr("SOP rules and playbooks that create tasks, tag and notify by themselves"));
    connect(m_rules, &QAction::triggered, this, [this] { showRules(); });
    m_templates = new QAction(tr("&Templates…"), this);
    m_templates->setObjectName(QStringLiteral("actionSopTemplates"));
    connect(m_templates, &QAction::triggered, this, [this] { showRules()->addFromTemplate(); });
    m_journal = new QAction(tr("&Journal…"), this);
    m_journal->setObjectName(QStringLiteral("actionSopJournal"));
    m_journal->setStatusTip(tr("What the SOP rules did, for whom and why"));
    connect(m_journal, &QAction::triggered, this, [this] { showJournal(); });
    m_runNow = new QAction(tr("Run &now"), this);
    m_runNow->setObjectName(QStringLiteral("actionSopRunNow"));
    m_runNow->setEnabled(false); // until the scheduler runs
    connect(m_runNow, &QAction::triggered, this, [this] {
        if (m_scheduler) {
            m_scheduler->requestRun();
            emit statusMessage(tr("Running the SOP rules…"));
        }
    });
}

SopActions::~SopActions() = default;

void SopActions::addMenu(QMenuBar *bar)
{
    QMenu *menu = bar->addMenu(tr("&Automation"));
    menu->addAction(m_rules);
    menu->addAction(m_templates);
    menu->addAction(m_journal);
    menu->addSeparator();
    menu->addAction(m_runNow);
}

void SopActions::startScheduling()
{
    if (m_scheduler)
        return;
    Workspace &ws = m_context.workspace();
    m_scheduler = new SopScheduler(ws.database(), &ws.store(), this);
    connect(m_scheduler, &SopScheduler::finished, this, &SopActions::onFinished);
    connect(m_scheduler, &SopScheduler::failed, this, [this](const QString &message) {
        emit statusMessage(tr("The SOP rules could not run: %1").arg(message));
    });
    m_runNow->setEnabled(true);
    // What `patron sop run` notified while Patron was closed comes first, like missed reminders.
    (void)showUnseenNotifications(true);
    m_scheduler->start();
}

Status SopActions::showUnseenNotifications(bool missed)
{
    Workspace &ws = m_context.workspace();
    SopService &sop = ws.sop();
    const std::optional<qint64> user = ReminderScheduler::currentUser(ws.database());
    // Up to the newest row now: one a pass adds meanwhile is shown next time, never twice.
    Result<qint64> upTo = sop.lastJournalId();
    if (!upTo)
        return upTo.error();
    const std::optional<qint64> mark = sop.notifiedMark(user);
    if (upTo.value() == 0) // an empty journal
        return mark ? Status() : sop.setNotifiedMark(user, 0);
    if (mark && *mark >= upTo.value())
        return {};
    const QString since = mark ? QString() : Values::storeDateTime(QDateTime::currentDateTime().addDays(-7));
    Result<QList<SopNotification>> groups = sop.notifications(mark.value_or(0), upTo.value(), since);
    if (!groups)
        return groups.error();
    // The mark moves first: a failure to store it must not show the same ones again and again.
    if (Status s = sop.setNotifiedMark(user, upTo.value()); !s)
        return s;
    if (!groups->isEmpty())
        emit notificationsDue(groups.value(), missed);
    return {};
}

void SopActions::openNotification(qint64 ruleId, qint64 customerId)
{
    if (customerId > 0) {
        emit openCustomerRequested(customerId);
        return;
    }
    SopJournalDialog *journal = showJournal();
    journal->setRuleFilter(ruleId);
}

void SopActions::dataChanged()
{
    if (m_scheduler)
        m_scheduler->dataChanged();
}

QString SopActions::describe(const SopRunReport &report)
{
    QStringList parts;
    for (const SopRuleReport &rule : report.rules) {
        if (rule.fired <= 0)
            continue;
        int tasks = 0;
        for (const SopFiring &f : rule.firings) {
            if (!f.error && f.what.startsWith(QLatin1String("create_task")))
                ++tasks;
        }
        parts << (tasks > 0 ? tr("%Ln task(s) created by %1", nullptr, tasks).arg(rule.name)
                            : tr("%Ln action(s) by %1", nullptr, rule.fired).arg(rule.name));
    }
    const int errors = report.errors();
    if (errors > 0)
        parts << tr("%Ln SOP error(s), see the journal", nullptr, errors);
    return parts.join(QStringLiteral("; "));
}

void SopActions::onFinished(const SopRunReport &report)
{
    const QString message = describe(report);
    if (!message.isEmpty())
        emit statusMessage(message);
    if (report.fired() > 0) {
        if (!report.dryRun)
            (void)showUnseenNotifications(false);
        emit dataChangedBySop();
        // The pass ran on its own connection: tell this thread's screens.
        emit m_context.workspace().sop().journalChanged();
    }
}

SopRulesDialog *SopActions::showRules()
{
    if (!m_rulesDialog) {
        m_rulesDialog = new SopRulesDialog(m_context, m_window);
        connect(m_rulesDialog, &SopRulesDialog::openCustomerRequested, this, &SopActions::openCustomerRequested);
        connect(m_rulesDialog, &SopRulesDialog::journalRequested, this, [this] { showJournal(); });
    }
    m_rulesDialog->refresh();
    m_rulesDialog->show();
    m_rulesDialog->raise();
    m_rulesDialog->activateWindow();
    return m_rulesDialog;
}

SopJournalDialog *SopActions::showJournal()
{
    if (!m_journalDialog) {
        m_journalDialog = new SopJournalDialog(m_context.workspace(), m_window);
        connect(m_journalDialog, &SopJournalDialog::openCustomerRequested, this, &SopActions::openCustomerRequested);
    }
    m_journalDialog->refresh();
    m_journalDialog->show();
    m_journalDialog->raise();
    m_journalDialog->activateWindow();
    return m_journalDialog;
}

} // namespace Patron
