#include "sopcommands.h"

#include "services/workspace.h"
#include "sop/sopservice.h"

namespace Patron {

CreateSopRuleCommand::CreateSopRuleCommand(CommandContext &context, SopRule rule, QUndoCommand *parent)
    : Command(context, tr("New SOP rule “%1”").arg(rule.name.simplified()), parent)
    , m_rule(std::move(rule))
{
}

CreateSopRuleCommand *CreateSopRuleCommand::fromTemplate(CommandContext &context, const QString &templateId,
                                                         const QString &name)
{
    SopRule rule;
    rule.name = name;
    auto *command = new CreateSopRuleCommand(context, rule);
    command->m_templateId = templateId;
    command->setText(tr("Add SOP template “%1”").arg(name));
    return command;
}

void CreateSopRuleCommand::redo()
{
    SopService &sop = workspace().sop();
    if (m_saved.id != 0) {
        Status s = sop.restore(m_saved);
        if (!s)
            fail(s.error());
        return;
    }
    auto id = m_templateId.isEmpty() ? sop.create(m_rule) : sop.addFromTemplate(m_templateId);
    if (!id) {
        fail(id.error());
        return;
    }
    auto saved = sop.rule(id.value());
    if (!saved) {
        fail(saved.error());
        return;
    }
    m_saved = saved.value();
}

void CreateSopRuleCommand::undo()
{
    auto removed = workspace().sop().remove(m_saved.id);
    if (!removed) {
        fail(removed.error());
        return;
    }
    m_saved = removed.value(); // as it is now: a later edit by the engine is kept
}

UpdateSopRuleCommand::UpdateSopRuleCommand(CommandContext &context, SopRule before, SopRule after,
                                           const QString &text, QUndoCommand *parent)
    : Command(context, text, parent)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Status UpdateSopRuleCommand::write(const SopRule &target)
{
    // The stored version moves with every write, so read it instead of remembering it.
    SopService &sop = workspace().sop();
    auto current = sop.rule(target.id);
    if (!current)
        return current.error();
    SopRule row = target;
    auto version = sop.update(row, current->version);
    if (!version)
        return version.error();
    return {};
}

void UpdateSopRuleCommand::redo()
{
    Status s = write(m_after);
    if (!s)
        fail(s.error());
}

void UpdateSopRuleCommand::undo()
{
    Status s = write(m_before);
    if (!s)
        fail(s.error());
}

SetSopRuleEnabledCommand::SetSopRuleEnabledCommand(CommandContext &context, qint64 ruleId, const QString &name,
                                                   bool enabled, QUndoCommand *parent)
    : Command(context, enabled ? tr("Enable SOP rule “%1”").arg(name) : tr("Disable SOP rule “%1”").arg(name), parent)
    , m_id(ruleId)
    , m_enabled(enabled)
{
}

void SetSopRuleEnabledCommand::redo()
{
    Status s = workspace().sop().setEnabled(m_id, m_enabled);
    if (!s)
        fail(s.error());
}

void SetSopRuleEnabledCommand::undo()
{
    Status s = workspace().sop().setEnabled(m_id, !m_enabled);
    if (!s)
        fail(s.error());
}

DeleteSopRuleCommand::DeleteSopRuleCommand(CommandContext &context, qint64 ruleId, const QString &name,
                                           QUndoCommand *parent)
    : Command(context, tr("Delete SOP rule “%1”").arg(name), parent)
    , m_id(ruleId)
{
}

void DeleteSopRuleCommand::redo()
{
    auto removed = workspace().sop().remove(m_id);
    if (!removed) {
        fail(removed.error());
        return;
    }
    m_removed = removed.value();
}

void DeleteSopRuleCommand::undo()
{
    Status s = workspace().sop().restore(m_removed);
    if (!s)
        fail(s.error());
}

} // namespace Patron

namespace Patron {

ImportSopRulesCommand::ImportSopRulesCommand(CommandContext &context, QByteArray json, QUndoCommand *parent)
    : Command(context, tr("Import SOP rules"), parent)
    , m_json(std::move(json))
{
}

void ImportSopRulesCommand::redo()
{
    SopService &sop = workspace().sop();
    if (!m_removed.isEmpty()) {
        for (const SopRule &r : std::as_const(m_removed)) {
            Status s = sop.restore(r);
            if (!s) {
                fail(s.error());
                return;
            }
        }
        m_removed.clear();
        return;
    }
    auto ids = sop.importJson(m_json);
    if (!ids) {
        fail(ids.error());
        return;
    }
    m_ids = ids.value();
}

void ImportSopRulesCommand::undo()
{
    SopService &sop = workspace().sop();
    m_removed.clear();
    for (qint64 id : std::as_const(m_ids)) {
        auto removed = sop.remove(id);
        if (!removed) {
            fail(removed.error());
            return;
        }
        m_removed << removed.value();
    }
}

} // namespace Patron
