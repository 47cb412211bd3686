#pragma once

#include "domain/entity.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Patron {

class CommandContext;
class Workspace;

/// Base of Patron's undo commands (the Tiled editor's pattern: small commands over the core
/// services). A redo or undo that fails marks the command obsolete, so QUndoStack drops it
/// instead of pretending it happened, and reports the error through the context.
class Command : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Patron::Command)

public:
    Command(CommandContext &context, const QString &text, QUndoCommand *parent = nullptr);

protected:
    Workspace &workspace() const;
    /// Marks the command failed and tells the user (or the caller of push()).
    void fail(const Error &error);

    CommandContext &m_context;
};

/// Stored values compared the way the database stores them (null equals empty text,
/// true equals 1, lists by their items).
QString canonicalValue(const QVariant &value);
bool sameStoredValue(const QVariant &a, const QVariant &b);
/// The value of key in a record read from RecordStore; "custom.<key>" reads the custom map.
QVariant recordValue(const Record &record, const QString &key);

} // namespace Patron
