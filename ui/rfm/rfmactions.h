#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;

namespace Patron {

class CommandContext;
class Customer360Page;
class RfmScheduler;
class RfmSettingsDialog;

/// Customers → RFM settings… and Recompute RFM now (progress in the status bar), and the
/// scheduler that keeps the snapshot current (created here, started by startScheduling()
/// so that only the running application, not every test window, computes on its own).
class RfmActions : public QObject
{
    Q_OBJECT

public:
    RfmActions(CommandContext &context, QMainWindow *window);
    ~RfmActions() override;

    QAction *settingsAction() const { return m_settings; }
    QAction *recomputeAction() const { return m_recompute; }
    RfmScheduler *scheduler() const { return m_scheduler; }

    void addToMenu(QMenu *menu);
    /// The customer page follows new snapshots and incremental updates.
    void attach(Customer360Page *page);
    /// Start-up pass when the snapshot is not from today, then one after each midnight.
    void startScheduling();

    RfmSettingsDialog *openSettings();

private:
    CommandContext &m_context;
    QMainWindow *m_window;
    RfmScheduler *m_scheduler;
    QAction *m_settings;
    QAction *m_recompute;
    QPointer<RfmSettingsDialog> m_dialog;
};

} // namespace Patron
