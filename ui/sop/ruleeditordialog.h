#pragma once

#include "sop/soptypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace Patron {

class ActionListEditor;
class ConditionEditor;
class PlaybookEditor;
class SopPreviewPanel;
class SopPreviewRunner;
class TriggerEditor;
class Workspace;

/// Edits one SOP rule (trigger, conditions, actions) or playbook (trigger, conditions,
/// steps as a vertical flow, stop conditions). Every change is validated through
/// SopService::validate; OK stays disabled while the definition is invalid and the
/// problem is shown under the tabs. "Preview" runs it as a dry run, saved or not.
/// The dialog writes nothing: the caller turns rule() into an undoable command.
class RuleEditorDialog : public QDialog
{
    Q_OBJECT

public:
    RuleEditorDialog(Workspace &workspace, const SopRule &rule, QWidget *parent = nullptr);

    /// The rule as edited (id, version and enabled as given).
    SopRule rule() const;
    bool isValid() const { return m_valid; }
    bool isPreviewing() const;

    QLineEdit *nameEdit() const { return m_name; }
    TriggerEditor *triggerEditor() const { return m_trigger; }
    ConditionEditor *conditionEditor() const { return m_conditions; }
    ActionListEditor *actionEditor() const { return m_actions; }
    PlaybookEditor *playbookEditor() const { return m_playbook; }
    SopPreviewPanel *previewPanel() const { return m_preview; }
    QPushButton *previewButton() const { return m_previewButton; }
    QLabel *errorLabel() const { return m_error; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void openCustomerRequested(qint64 customerId);

private:
    void revalidate();
    void runPreview();

    Workspace &m_workspace;
    SopRule m_original;
    QLineEdit *m_name;
    QTabWidget *m_tabs;
    TriggerEditor *m_trigger;
    ConditionEditor *m_conditions;
    ActionListEditor *m_actions = nullptr;
    PlaybookEditor *m_playbook = nullptr;
    SopPreviewPanel *m_preview;
    SopPreviewRunner *m_runner;
    QLabel *m_error;
    QPushButton *m_previewButton;
    QDialogButtonBox *m_buttons;
    bool m_valid = false;
};

} // namespace Patron
