#include "soprulesdialog.h"

#include "commands/commandcontext.h"
#include "ruleeditordialog.h"
#include "services/workspace.h"
#include "sopcommands.h"
#include "soppreviewpanel.h"
#include "soppreviewrunner.h"
#include "sop/sopservice.h"
#include "soptemplatesdialog.h"
#include "triggereditor.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Patron {

namespace {
enum Column { EnabledColumn, NameColumn, KindColumn, TriggerColumn, LastFiredColumn, FiredColumn, ErrorsColumn, ColumnCount };
}

SopRulesDialog::SopRulesDialog(CommandContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_message(new QLabel(this))
    , m_preview(new SopPreviewPanel(this))
    , m_runner(new SopPreviewRunner(context.workspace().database(), this))
{
    setObjectName(QStringLiteral("sopRulesDialog"));
    setWindowTitle(tr("SOP rules and playbooks"));
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    auto button = [this, buttons](const QString &text, const char *name, bool needsSelection, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        if (needsSelection)
            m_needSelection << b;
        return b;
    };
    button(tr("New rule"), "newRule", false, [this] { newRule(QStringLiteral("rule")); });
    button(tr("New playbook"), "newPlaybook", false, [this] { newRule(QStringLiteral("playbook")); });
    button(tr("From template…"), "fromTemplate", false, &SopRulesDialog::addFromTemplate);
    button(tr("Edit…"), "editRule", true, &SopRulesDialog::editCurrent);
    button(tr("Duplicate"), "duplicateRule", true, &SopRulesDialog::duplicateCurrent);
    button(tr("Delete"), "deleteRule", true, &SopRulesDialog::deleteCurrent);
    button(tr("Preview"), "previewRule", true, &SopRulesDialog::previewCurrent);
    buttons->addStretch();
    button(tr("Export…"), "exportRules", false, &SopRulesDialog::exportRules);
    button(tr("Import…"), "importRules", false, &SopRulesDialog::importRules);
    button(tr("Journal…"), "showJournal", false, [this] { emit journalRequested(); });
    layout->addLayout(buttons);

    m_table->setObjectName(QStringLiteral("sopRuleTable"));
    m_table->setHorizontalHeaderLabels({tr("Enabled"), tr("Name"), tr("Kind"), tr("Trigger"), tr("Last fired"),
                                        tr("Fired"), tr("Errors")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TriggerColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    m_message->setObjectName(QStringLiteral("sopRulesMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != EnabledColumn)
            return;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        const bool enabled = item->checkState() == Qt::Checked;
        const QString name = m_table->item(item->row(), NameColumn)->text();
        push(new SetSopRuleEnabledCommand(m_context, id, name, enabled));
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SopRulesDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { editCurrent(); });
    // Queued: a change may come from the enabled box being edited, which refresh() replaces.
    connect(&context.workspace().sop(), &SopService::rulesChanged, this, &SopRulesDialog::refresh, Qt::QueuedConnection);
    connect(&context.workspace().sop(), &SopService::journalChanged, this, &SopRulesDialog::refresh, Qt::QueuedConnection);
    connect(m_runner, &SopPreviewRunner::finished, m_preview, &SopPreviewPanel::showReport);
    connect(m_runner, &SopPreviewRunner::failed, m_preview, &SopPreviewPanel::showError);
    connect(m_preview, &SopPreviewPanel::openCustomerRequested, this, &SopRulesDialog::openCustomerRequested);
    refresh();
    resize(QSize(900, 560).expandedTo(sizeHint()));
}

bool SopRulesDialog::isPreviewing() const
{
    return m_runner->isBusy();
}

void SopRulesDialog::refresh()
{
    const qint64 selected = m_selectAfterRefresh > 0 ? m_selectAfterRefresh : currentRuleId();
    m_selectAfterRefresh = 0;
    SopService &sop = m_context.workspace().sop();
    auto rules = sop.rules();
    if (!rules) {
        m_message->setText(rules.error().message);
        return;
    }
    // How often each rule fired, from one grouped query over the whole journal.
    QHash<qint64, SopRuleStats> stats;
    if (auto st = sop.ruleStats())
        stats = st.value();
    m_filling = true;
    m_table->setRowCount(0);
    for (const SopRule &r : rules.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *enabled = new QTableWidgetItem;
        enabled->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        enabled->setCheckState(r.enabled ? Qt::Checked : Qt::Unchecked);
        enabled->setData(Qt::UserRole, r.id);
        m_table->setItem(row, EnabledColumn, enabled);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(r.name));
        m_table->setItem(row, KindColumn, new QTableWidgetItem(r.kind == QLatin1String("playbook") ? tr("Playbook") : tr("Rule")));
        m_table->setItem(row, TriggerColumn, new QTableWidgetItem(TriggerEditor::summary(r.definition.trigger)));
        const SopRuleStats st = stats.value(r.id);
        QString last = st.lastFiredAt.left(16);
        last.replace(QLatin1Char('T'), QLatin1Char(' '));
        m_table->setItem(row, LastFiredColumn, new QTableWidgetItem(last.isEmpty() ? tr("never") : last));
        auto *fired = new QTableWidgetItem(QLocale().toString(st.ok));
        fired->setData(Qt::UserRole, st.ok);
        fired->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        fired->setToolTip(tr("Journal entries with result OK: firings and playbook steps"));
        m_table->setItem(row, FiredColumn, fired);
        auto *errors = new QTableWidgetItem(QLocale().toString(st.errors));
        errors->setData(Qt::UserRole, st.errors);
        errors->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (st.errors > 0)
            errors->setForeground(QColor(0xb3, 0x26, 0x1e));
        m_table->setItem(row, ErrorsColumn, errors);
    }
    m_filling = false;
    selectRule(selected);
    updateButtons();
}

qint64 SopRulesDialog::currentRuleId() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, EnabledColumn) || m_table->selectedItems().isEmpty())
        return 0;
    return m_table->item(row, EnabledColumn)->data(Qt::UserRole).toLongLong();
}

void SopRulesDialog::selectRule(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, EnabledColumn)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            return;
        }
    }
    m_selectAfterRefresh = id; // a new rule: its row comes with the queued refresh
}

void SopRulesDialog::updateButtons()
{
    const bool has = currentRuleId() > 0;
    for (QPushButton *b : std::as_const(m_needSelection))
        b->setEnabled(has);
}

void SopRulesDialog::push(QUndoCommand *command)
{
    Status s = m_context.push(command);
    m_message->setText(s ? QString() : s.error().message);
    if (!s)
        refresh(); // e.g. the enabled box back as it is stored
}

void SopRulesDialog::openEditor(const SopRule &rule)
{
    if (m_editor)
        return;
    m_editor = new RuleEditorDialog(m_context.workspace(), rule, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &RuleEditorDialog::openCustomerRequested, this, &SopRulesDialog::openCustomerRequested);
    connect(m_editor, &QDialog::accepted, this, [this, rule] {
        const SopRule edited = m_editor->rule();
        if (rule.id <= 0) {
            auto *command = new CreateSopRuleCommand(m_context, edited);
            push(command);
            selectRule(command->ruleId());
        } else if (!(edited.name == rule.name && edited.definition == rule.definition)) {
            push(new UpdateSopRuleCommand(m_context, rule, edited, tr("Edit SOP rule “%1”").arg(edited.name)));
        }
    });
    connect(m_editor, &QObject::destroyed, this, [this] { m_editor = nullptr; });
    m_editor->open();
}

void SopRulesDialog::newRule(const QString &kind)
{
    SopRule rule;
    rule.kind = kind;
    rule.definition.trigger.kind = QStringLiteral("segment_entered");
    if (kind == QLatin1String("playbook")) {
        rule.name = tr("New playbook");
        Sop::Step first;
        Sop::Action task;
        task.kind = QStringLiteral("create_task");
        task.title = tr("Follow up: {name}");
        first.actions << task;
        rule.definition.steps << first;
        rule.definition.stop << Sop::StopCondition{QStringLiteral("ordered_again"), {}};
    } else {
        rule.name = tr("New SOP rule");
        Sop::Action task;
        task.kind = QStringLiteral("create_task");
        task.title = tr("Follow up: {name}");
        rule.definition.actions << task;
    }
    openEditor(rule);
}

void SopRulesDialog::addFromTemplate()
{
    auto *dialog = new SopTemplatesDialog(m_context.workspace(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->templateId().isEmpty())
            return;
        auto *command = CreateSopRuleCommand::fromTemplate(m_context, dialog->templateId(), dialog->templateName());
        push(command);
        selectRule(command->ruleId());
    });
    dialog->open();
}

void SopRulesDialog::editCurrent()
{
    auto rule = m_context.workspace().sop().rule(currentRuleId());
    if (!rule) {
        m_message->setText(rule.error().message);
        return;
    }
    openEditor(rule.value());
}

void SopRulesDialog::duplicateCurrent()
{
    auto rule = m_context.workspace().sop().rule(currentRuleId());
    if (!rule) {
        m_message->setText(rule.error().message);
        return;
    }
    SopRule copy = rule.value();
    copy.id = 0;
    copy.enabled = false; // a copy is previewed before it runs, like any new rule
    copy.templateId.clear();
    copy.name = tr("%1 (copy)").arg(copy.name);
    auto *command = new CreateSopRuleCommand(m_context, copy);
    push(command);
    selectRule(command->ruleId());
}

void SopRulesDialog::deleteCurrent()
{
    const qint64 id = currentRuleId();
    if (id <= 0)
        return;
    push(new DeleteSopRuleCommand(m_context, id, m_table->item(m_table->currentRow(), NameColumn)->text()));
}

void SopRulesDialog::previewCurrent()
{
    auto rule = m_context.workspace().sop().rule(currentRuleId());
    if (!rule) {
        m_message->setText(rule.error().message);
        return;
    }
    m_preview->showRunning();
    m_runner->preview(rule.value(), true);
}

void SopRulesDialog::exportRules()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export SOP rules"), QDir::homePath() + QStringLiteral("/patron-sop.json"),
                                                      tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    auto json = m_context.workspace().sop().exportJson();
    if (!json) {
        m_message->setText(json.error().message);
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json.value()) != json->size() || !file.commit()) {
        m_message->setText(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_message->setText(tr("Exported the SOP rules to %1").arg(QDir::toNativeSeparators(path)));
}

void SopRulesDialog::importRules()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import SOP rules"), QDir::homePath(), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    push(new ImportSopRulesCommand(m_context, file.readAll()));
}

} // namespace Patron
