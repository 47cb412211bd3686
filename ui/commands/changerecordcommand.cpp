#include "changerecordcommand.h"

#include "services/recordstore.h"
#include "services/workspace.h"

namespace Patron {

ChangeRecordCommand::ChangeRecordCommand(CommandContext &context, Entity entity, qint64 id, int expectedVersion,
                                         Record oldValues, Record newValues, const QString &text,
                                         QUndoCommand *parent)
    : Command(context, text, parent)
    , m_entity(entity)
    , m_id(id)
    , m_version(expectedVersion)
    , m_old(std::move(oldValues))
    , m_new(std::move(newValues))
{
}

void ChangeRecordCommand::redo()
{
    apply(m_old, m_new);
}

void ChangeRecordCommand::undo()
{
    apply(m_new, m_old);
}

void ChangeRecordCommand::apply(const Record &from, const Record &to)
{
    RecordStore &store = workspace().store();
    int expected = m_version;
    if (!m_firstRedo) {
        auto current = store.get(m_entity, m_id);
        if (!current) {
            fail(current.error());
            return;
        }
        const int currentVersion = current->value(QStringLiteral("version")).toInt();
        if (currentVersion != m_version) {
            for (auto it = from.begin(); it != from.end(); ++it) {
                if (!sameStoredValue(recordValue(current.value(), it.key()), it.value())) {
                    const QString label = it.key().startsWith(QLatin1String("custom."))
                                              ? it.key().mid(7)
                                              : fieldLabel(m_entity, it.key());
                    fail(makeError(Error::Conflict,
                                   tr("“%1” was changed again since this edit (now “%2”), so the edit "
                                      "cannot be undone or redone without losing that change.")
                                       .arg(label, canonicalValue(recordValue(current.value(), it.key())))));
                    return;
                }
            }
            expected = currentVersion;
        }
    }
    auto result = store.update(m_entity, m_id, expected, to);
    if (!result) {
        fail(result.error());
        return;
    }
    m_firstRedo = false;
    m_version = result.value();
}

} // namespace Patron
