#pragma once

#include "sop/soptypes.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class QUndoCommand;

namespace Patron {

class CommandContext;
class RuleEditorDialog;
class SopPreviewPanel;
class SopPreviewRunner;

/// SOP 规则: the list of rules and playbooks (name, kind, trigger, enabled, last fired)
/// with New rule, New playbook, From template, Edit, Duplicate, Delete, Enable, Preview,
/// Export and Import. Every change goes through the undo stack (ui/sop/sopcommands.h).
class SopRulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SopRulesDialog(CommandContext &context, QWidget *parent = nullptr);

    void refresh();
    QTableWidget *table() const { return m_table; }
    /// The id of the selected rule, 0 for none.
    qint64 currentRuleId() const;
    void selectRule(qint64 id);
    /// The editor opened by New/Edit, while it is open (tests drive it).
    RuleEditorDialog *editor() const { return m_editor; }
    SopPreviewPanel *previewPanel() const { return m_preview; }
    bool isPreviewing() const;

    void newRule(const QString &kind);
    void addFromTemplate();
    void editCurrent();
    void duplicateCurrent();
    void deleteCurrent();
    void previewCurrent();
    void exportRules();
    void importRules();

signals:
    void openCustomerRequested(qint64 customerId);
    void journalRequested();

private:
    void openEditor(const SopRule &rule);
    void push(QUndoCommand *command);
    void updateButtons();

    CommandContext &m_context;
    QTableWidget *m_table;
    QLabel *m_message;
    QList<QPushButton *> m_needSelection;
    RuleEditorDialog *m_editor = nullptr;
    SopPreviewPanel *m_preview;
    SopPreviewRunner *m_runner;
    bool m_filling = false;
    qint64 m_selectAfterRefresh = 0;
};

} // namespace Patron
