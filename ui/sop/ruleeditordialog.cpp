#include "ruleeditordialog.h"

#include "actionlisteditor.h"
#include "playbookeditor.h"
#include "segments/conditioneditor.h"
#include "services/workspace.h"
#include "soppreviewpanel.h"
#include "soppreviewrunner.h"
#include "sop/sopservice.h"
#include "triggereditor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Patron {

RuleEditorDialog::RuleEditorDialog(Workspace &workspace, const SopRule &rule, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_original(rule)
    , m_name(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_trigger(new TriggerEditor(workspace, this))
    , m_conditions(new ConditionEditor(workspace, this))
    , m_preview(new SopPreviewPanel(this))
    , m_runner(new SopPreviewRunner(workspace.database(), this))
    , m_error(new QLabel(this))
    , m_previewButton(new QPushButton(tr("Preview"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool playbook = rule.kind == QLatin1String("playbook");
    setObjectName(QStringLiteral("ruleEditor"));
    setWindowTitle(rule.id > 0 ? (playbook ? tr("Edit playbook") : tr("Edit SOP rule"))
                               : (playbook ? tr("New playbook") : tr("New SOP rule")));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_name->setText(rule.name);
    form->addRow(tr("Name"), m_name);
    layout->addLayout(form);

    m_tabs->setObjectName(QStringLiteral("ruleTabs"));
    auto *triggerPage = new QWidget(m_tabs);
    auto *triggerLayout = new QVBoxLayout(triggerPage);
    triggerLayout->addWidget(m_trigger);
    triggerLayout->addStretch();
    m_tabs->addTab(triggerPage, tr("Trigger"));
    auto *conditionScroll = new QScrollArea(m_tabs);
    conditionScroll->setWidgetResizable(true);
    conditionScroll->setWidget(m_conditions);
    m_tabs->addTab(conditionScroll, tr("Conditions"));
    if (playbook) {
        m_playbook = new PlaybookEditor(workspace, m_tabs);
        m_playbook->setPlaybook(rule.definition.steps, rule.definition.stop);
        m_tabs->addTab(m_playbook, tr("Steps"));
        connect(m_playbook, &PlaybookEditor::changed, this, &RuleEditorDialog::revalidate);
    } else {
        m_actions = new ActionListEditor(workspace, m_tabs);
        m_actions->setActions(rule.definition.actions);
        m_tabs->addTab(m_actions, tr("Actions"));
        connect(m_actions, &ActionListEditor::changed, this, &RuleEditorDialog::revalidate);
    }
    m_tabs->addTab(m_preview, tr("Preview"));
    layout->addWidget(m_tabs, 1);

    m_error->setObjectName(QStringLiteral("ruleError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_error);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setToolTip(tr("List the customers this would touch now, without changing anything"));
    m_buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    layout->addWidget(m_buttons);

    m_trigger->setTrigger(rule.definition.trigger);
    m_conditions->setCondition(rule.definition.conditions);

    connect(m_name, &QLineEdit::textChanged, this, &RuleEditorDialog::revalidate);
    connect(m_trigger, &TriggerEditor::changed, this, &RuleEditorDialog::revalidate);
    connect(m_conditions, &ConditionEditor::changed, this, &RuleEditorDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_valid)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &RuleEditorDialog::runPreview);
    connect(m_runner, &SopPreviewRunner::finished, this, [this](const SopRunReport &report) {
        m_preview->showReport(report);
        m_previewButton->setEnabled(m_valid);
    });
    connect(m_runner, &SopPreviewRunner::failed, this, [this](const QString &message) {
        m_preview->showError(message);
        m_previewButton->setEnabled(m_valid);
    });
    connect(m_preview, &SopPreviewPanel::openCustomerRequested, this, &RuleEditorDialog::openCustomerRequested);
    revalidate();
    resize(sizeHint().expandedTo(QSize(820, 600)));
}

SopRule RuleEditorDialog::rule() const
{
    SopRule r = m_original;
    r.name = m_name->text().trimmed();
    r.definition.trigger = m_trigger->trigger();
    r.definition.conditions = m_conditions->condition();
    if (m_playbook) {
        r.definition.steps = m_playbook->steps();
        r.definition.stop = m_playbook->stopConditions();
        r.definition.actions.clear();
    } else {
        r.definition.actions = m_actions->actions();
        r.definition.steps.clear();
        r.definition.stop.clear();
    }
    return r;
}

bool RuleEditorDialog::isPreviewing() const
{
    return m_runner->isBusy();
}

void RuleEditorDialog::revalidate()
{
    const SopRule r = rule();
    QString problem;
    if (r.name.isEmpty()) {
        problem = tr("Give it a name.");
    } else if (m_playbook && r.definition.steps.isEmpty()) {
        problem = tr("A playbook needs at least one step.");
    } else if (m_actions && r.definition.actions.isEmpty()) {
        problem = tr("Add at least one action.");
    } else {
        Status s = m_workspace.sop().validate(r.definition, r.kind);
        if (!s)
            problem = s.error().message;
    }
    m_valid = problem.isEmpty();
    m_error->setText(problem);
    m_error->setVisible(!m_valid);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
    m_previewButton->setEnabled(m_valid && !m_runner->isBusy());
}

void RuleEditorDialog::runPreview()
{
    if (!m_valid)
        return;
    const SopRule r = rule();
    // The stored rule if nothing was edited; else the edited definition, unsaved.
    const bool stored = m_original.id > 0 && r.name == m_original.name && r.definition == m_original.definition;
    m_previewButton->setEnabled(false);
    m_preview->showRunning();
    m_tabs->setCurrentWidget(m_preview);
    m_runner->preview(r, stored);
}

} // namespace Patron
