#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace Patron {

class RfmScheduler;
class Workspace;

/// The RFM part of the 360° customer page: segment, tier, R/F/M values and scores of the
/// current snapshot (summary(), shown under the header) and the segment history (this
/// widget, a tab). Follows the scheduler's new snapshots and incremental updates.
class RfmPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RfmPanel(Workspace &workspace, QWidget *parent = nullptr);

    /// The one-line summary widget (owned by this panel's parent page).
    QWidget *summary() const { return m_summary; }
    void setScheduler(RfmScheduler *scheduler);
    void setCustomer(qint64 customerId);
    void reload();

private:
    Workspace &m_workspace;
    qint64 m_customerId = 0;
    QWidget *m_summary;
    QLabel *m_segment;
    QLabel *m_tier;
    QLabel *m_values;
    QLabel *m_asOf;
    QListWidget *m_history;
};

} // namespace Patron
