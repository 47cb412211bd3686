#pragma once

#include "command.h"
#include "segments/condition.h"
#include "segments/segmentservice.h"

namespace Patron {

/// Saves a new segment; undo deletes it, redo puts it back with the same id.
class CreateSegmentCommand : public Command
{
public:
    CreateSegmentCommand(CommandContext &context, QString name, Condition condition, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 segmentId() const { return m_saved.id; }

private:
    QString m_name;
    Condition m_condition;
    SegmentInfo m_saved;
};

/// Deletes a segment; undo restores it with its id, name and condition.
class DeleteSegmentCommand : public Command
{
public:
    DeleteSegmentCommand(CommandContext &context, qint64 segmentId, const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    qint64 m_id;
    SegmentInfo m_removed;
};

/// Renames a segment and/or changes its condition (either may stay as it is).
class EditSegmentCommand : public Command
{
public:
    EditSegmentCommand(CommandContext &context, const SegmentInfo &before, QString name, Condition condition,
                       const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Status apply(const QString &name, const Condition &condition, const QString &currentName,
                 const Condition &currentCondition);
    qint64 m_id;
    QString m_oldName, m_newName;
    Condition m_oldCondition, m_newCondition;
};

/// Creates a rule tag (tags the matching customers); undo deletes the tag.
class CreateRuleTagCommand : public Command
{
public:
    CreateRuleTagCommand(CommandContext &context, QString name, Condition condition, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 tagId() const { return m_id; }

private:
    QString m_name;
    Condition m_condition;
    qint64 m_id = 0;
};

/// Changes a rule tag's name and condition (and so who carries it); undo puts both back.
class EditRuleTagCommand : public Command
{
public:
    EditRuleTagCommand(CommandContext &context, qint64 tagId, QString oldName, Condition oldCondition, QString newName,
                       Condition newCondition, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    qint64 m_id;
    QString m_oldName, m_newName;
    Condition m_oldCondition, m_newCondition;
};

} // namespace Patron
