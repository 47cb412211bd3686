#pragma once

#include "command.h"

#include <QCoreApplication>

namespace Patron {

/// Changes some fields of one row (any Entity; custom fields as "custom.<key>").
///
/// The first redo uses the version the user was looking at, so editing a row someone else
/// changed meanwhile is a conflict, never a silent overwrite. Later undo/redo steps use the
/// version this command left behind; if the row moved on since (a later edit of other
/// fields, a bulk action), they go ahead only while the fields this command touches still
/// hold what it expects.
class ChangeRecordCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Patron::ChangeRecordCommand)

public:
    ChangeRecordCommand(CommandContext &context, Entity entity, qint64 id, int expectedVersion,
                        Record oldValues, Record newValues, const QString &text,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /// The row's version after the last successful step.
    int version() const { return m_version; }

private:
    void apply(const Record &from, const Record &to);

    Entity m_entity;
    qint64 m_id;
    int m_version;
    bool m_firstRedo = true;
    Record m_old;
    Record m_new;
};

} // namespace Patron
