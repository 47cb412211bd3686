#pragma once

#include "import/importtypes.h"

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace Patron {

class ImportJob;
class ImportProgressPanel;
class ImportSummaryView;
class ImportWizard;

/// Step 4: how duplicates (重复客户) are handled, strict mode, creating missing customers,
/// and a dry run that counts what the import would do without writing anything.
class ImportOptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportOptionsPage(ImportWizard &wizard);

    ImportJob *job() const { return m_job; }
    QRadioButton *policyButton(DuplicatePolicy policy) const;
    QCheckBox *strictBox() const { return m_strict; }
    QCheckBox *createCustomersBox() const { return m_createCustomers; }
    QPushButton *dryRunButton() const { return m_dryRun; }
    QPushButton *saveErrorsButton() const { return m_saveErrors; }
    QLabel *statusLabel() const { return m_status; }
    ImportSummaryView *summaryView() const { return m_summary; }
    ImportProgressPanel *progressPanel() const { return m_progress; }

    DuplicatePolicy policy() const;
    /// Starts a dry run with the current options.
    void startDryRun();

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void applyOptions();
    void saveErrorFile();
    void onFinished();
    void markStale();

    ImportWizard &m_wizard;
    ImportJob *m_job;
    QButtonGroup *m_policy;
    QCheckBox *m_strict;
    QCheckBox *m_createCustomers;
    QPushButton *m_dryRun;
    QPushButton *m_saveErrors;
    ImportProgressPanel *m_progress;
    QLabel *m_status;
    ImportSummaryView *m_summary;
    bool m_savingErrors = false;
};

} // namespace Patron
