#pragma once

#include "sop/sopservice.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QMenuBar;
class QWidget;

namespace Patron {

class CommandContext;
class SopJournalDialog;
class SopRulesDialog;
class SopScheduler;

/// The 自动化 (Automation) menu — Rules and playbooks… (Ctrl+Shift+R), Templates…,
/// Journal…, Run now — and the SOP scheduler of the running app: startScheduling() runs
/// the engine at start-up, shortly after data changes and every few minutes, off the GUI
/// thread. MainWindow creates one; app/guimain.cpp starts it.
class SopActions : public QObject
{
    Q_OBJECT

public:
    SopActions(CommandContext &context, QWidget *window);
    ~SopActions() override;

    void addMenu(QMenuBar *bar);
    /// Starts the scheduler (a pass now, then on changes and every interval).
    void startScheduling();
    SopScheduler *scheduler() const { return m_scheduler; }

    QAction *rulesAction() const { return m_rules; }
    QAction *templatesAction() const { return m_templates; }
    QAction *journalAction() const { return m_journal; }
    QAction *runNowAction() const { return m_runNow; }

    SopRulesDialog *showRules();
    SopJournalDialog *showJournal();

    /// "3 tasks created by 高价值客户维护; …" for a finished pass; empty when nothing fired.
    static QString describe(const SopRunReport &report);

    /// Reads the notify journal rows this user's GUI has not shown yet (newer than the mark
    /// in the database settings, SopService::notifiedMark), emits them as
    /// notificationsDue (grouped by rule) and moves the mark. Without a mark (first start)
    /// only those of the last 7 days count. startScheduling() calls it with missed = true
    /// (runs while Patron was closed: `patron sop run` from a system scheduler), every
    /// finished pass that fired with missed = false.
    Status showUnseenNotifications(bool missed);

public slots:
    /// Data changed in bulk (an import, demo data): a pass after the quiet period.
    void dataChanged();
    /// A notification was clicked: the customer when it named one, else the journal
    /// (filtered to the rule when it came from one).
    void openNotification(qint64 ruleId, qint64 customerId);

signals:
    void statusMessage(const QString &message);
    void openCustomerRequested(qint64 customerId);
    /// A pass fired something: tasks, tags, owners or fields may have changed.
    void dataChangedBySop();
    /// SOP notify actions to show on the desktop (ReminderController::notifySop).
    void notificationsDue(const QList<Patron::SopNotification> &groups, bool missed);

private:
    void onFinished(const SopRunReport &report);

    CommandContext &m_context;
    QWidget *m_window;
    SopScheduler *m_scheduler = nullptr;
    QPointer<SopRulesDialog> m_rulesDialog;
    QPointer<SopJournalDialog> m_journalDialog;
    QAction *m_rules, *m_templates, *m_journal, *m_runNow;
};

} // namespace Patron
