#pragma once

#include "commands/command.h"
#include "sop/soptypes.h"

#include <QByteArray>

namespace Patron {

/// Adds an SOP rule or playbook (by hand or from a built-in template); undo deletes it,
/// redo puts the same row back with its id.
class CreateSopRuleCommand : public Command
{
public:
    CreateSopRuleCommand(CommandContext &context, SopRule rule, QUndoCommand *parent = nullptr);
    /// From a built-in template (SopService::addFromTemplate).
    static CreateSopRuleCommand *fromTemplate(CommandContext &context, const QString &templateId, const QString &name);
    void redo() override;
    void undo() override;
    qint64 ruleId() const { return m_saved.id; }

private:
    SopRule m_rule;
    QString m_templateId;
    SopRule m_saved;
};

/// Changes a rule's name, kind, definition or enabled flag: the generic "change the
/// definition" command. Undo writes the row as it was.
class UpdateSopRuleCommand : public Command
{
public:
    UpdateSopRuleCommand(CommandContext &context, SopRule before, SopRule after, const QString &text,
                         QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Status write(const SopRule &target);
    SopRule m_before, m_after;
};

/// Enables or disables a rule.
class SetSopRuleEnabledCommand : public Command
{
public:
    SetSopRuleEnabledCommand(CommandContext &context, qint64 ruleId, const QString &name, bool enabled,
                             QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    qint64 m_id;
    bool m_enabled;
};

/// Deletes a rule; undo restores it with its id (its journal is not restored).
class DeleteSopRuleCommand : public Command
{
public:
    DeleteSopRuleCommand(CommandContext &context, qint64 ruleId, const QString &name, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    qint64 m_id;
    SopRule m_removed;
};

} // namespace Patron

namespace Patron {

/// Imports rules from JSON (all or none); undo deletes them, redo puts them back.
class ImportSopRulesCommand : public Command
{
public:
    ImportSopRulesCommand(CommandContext &context, QByteArray json, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QList<qint64> ruleIds() const { return m_ids; }

private:
    QByteArray m_json;
    QList<qint64> m_ids;
    QList<SopRule> m_removed;
};

} // namespace Patron
