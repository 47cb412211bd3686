#include "segmentcommands.h"

#include "services/workspace.h"

namespace Patron {

CreateSegmentCommand::CreateSegmentCommand(CommandContext &context, QString name, Condition condition,
                                           QUndoCommand *parent)
    : Command(context, tr("New segment “%1”").arg(name.simplified()), parent)
    , m_name(std::move(name))
    , m_condition(std::move(condition))
{
}

void CreateSegmentCommand::redo()
{
    SegmentService &segments = workspace().segments();
    if (m_saved.id != 0) {
        Status s = segments.restore(m_saved);
        if (!s)
            fail(s.error());
        return;
    }
    auto id = segments.create(m_name, m_condition);
    if (!id) {
        fail(id.error());
        return;
    }
    auto saved = segments.segment(id.value());
    if (!saved) {
        fail(saved.error());
        return;
    }
    m_saved = saved.value();
}

void CreateSegmentCommand::undo()
{
    auto removed = workspace().segments().remove(m_saved.id);
    if (!removed)
        fail(removed.error());
}

DeleteSegmentCommand::DeleteSegmentCommand(CommandContext &context, qint64 segmentId, const QString &text,
                                           QUndoCommand *parent)
    : Command(context, text, parent)
    , m_id(segmentId)
{
}

void DeleteSegmentCommand::redo()
{
    auto removed = workspace().segments().remove(m_id);
    if (!removed) {
        fail(removed.error());
        return;
    }
    m_removed = removed.value();
}

void DeleteSegmentCommand::undo()
{
    Status s = workspace().segments().restore(m_removed);
    if (!s)
        fail(s.error());
}

EditSegmentCommand::EditSegmentCommand(CommandContext &context, const SegmentInfo &before, QString name,
                                       Condition condition, const QString &text, QUndoCommand *parent)
    : Command(context, text, parent)
    , m_id(before.id)
    , m_oldName(before.name)
    , m_newName(std::move(name))
    , m_oldCondition(before.condition)
    , m_newCondition(std::move(condition))
{
}

Status EditSegmentCommand::apply(const QString &name, const Condition &condition, const QString &currentName,
                                 const Condition &currentCondition)
{
    SegmentService &segments = workspace().segments();
    if (condition != currentCondition) {
        Status s = segments.updateDefinition(m_id, condition);
        if (!s)
            return s;
    }
    if (name.simplified() != currentName) {
        Status s = segments.rename(m_id, name);
        if (!s) {
            if (condition != currentCondition)
                segments.updateDefinition(m_id, currentCondition); // all or nothing
            return s;
        }
    }
    return {};
}

void EditSegmentCommand::redo()
{
    Status s = apply(m_newName, m_newCondition, m_oldName, m_oldCondition);
    if (!s)
        fail(s.error());
}

void EditSegmentCommand::undo()
{
    Status s = apply(m_oldName, m_oldCondition, m_newName.simplified(), m_newCondition);
    if (!s)
        fail(s.error());
}

CreateRuleTagCommand::CreateRuleTagCommand(CommandContext &context, QString name, Condition condition,
                                           QUndoCommand *parent)
    : Command(context, tr("New rule tag “%1”").arg(name.simplified()), parent)
    , m_name(std::move(name))
    , m_condition(std::move(condition))
{
}

void CreateRuleTagCommand::redo()
{
    auto id = workspace().segments().createRuleTag(m_name, m_condition);
    if (!id) {
        fail(id.error());
        return;
    }
    m_id = id.value();
}

void CreateRuleTagCommand::undo()
{
    Status s = workspace().segments().deleteRuleTag(m_id);
    if (!s)
        fail(s.error());
}

EditRuleTagCommand::EditRuleTagCommand(CommandContext &context, qint64 tagId, QString oldName, Condition oldCondition,
                                       QString newName, Condition newCondition, QUndoCommand *parent)
    : Command(context, tr("Edit rule tag “%1”").arg(newName.simplified()), parent)
    , m_id(tagId)
    , m_oldName(std::move(oldName))
    , m_newName(std::move(newName))
    , m_oldCondition(std::move(oldCondition))
    , m_newCondition(std::move(newCondition))
{
}

void EditRuleTagCommand::redo()
{
    Status s = workspace().segments().updateRuleTag(m_id, m_newName, m_newCondition);
    if (!s)
        fail(s.error());
}

void EditRuleTagCommand::undo()
{
    Status s = workspace().segments().updateRuleTag(m_id, m_oldName, m_oldCondition);
    if (!s)
        fail(s.error());
}

} // namespace Patron
