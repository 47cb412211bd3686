#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace Patron {

class ImportJob;
class ImportProgressPanel;
class ImportSummaryView;
class ImportWizard;

/// Step 5: the import itself, off the GUI thread with progress and Cancel (the engine
/// rolls back: nothing changes), then what it did, the batch number and "Undo this import".
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard &wizard);

    ImportJob *job() const { return m_job; }
    ImportProgressPanel *progressPanel() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    ImportSummaryView *summaryView() const { return m_summary; }
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *retryButton() const { return m_retry; }
    /// The batch written, 0 before, after a cancellation or a failure.
    qint64 batchId() const { return m_batchId; }
    bool isUndone() const { return m_undone; }

    void initializePage() override;
    bool isComplete() const override;

private:
    void start();
    void onFinished();
    void confirmUndo();
    void undo();

    ImportWizard &m_wizard;
    ImportJob *m_job;
    ImportProgressPanel *m_progress;
    QLabel *m_status;
    ImportSummaryView *m_summary;
    QPushButton *m_undo;
    QPushButton *m_retry;
    qint64 m_batchId = 0;
    bool m_undone = false;
};

} // namespace Patron
