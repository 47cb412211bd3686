#include "trashcustomerscommand.h"

#include "services/customerservice.h"
#include "services/workspace.h"

namespace Patron {

TrashCustomersCommand::TrashCustomersCommand(CommandContext &context, QList<qint64> customerIds,
                                             Direction direction, const QString &text, QUndoCommand *parent)
    : Command(context, text, parent)
    , m_ids(std::move(customerIds))
    , m_direction(direction)
{
}

Result<QList<qint64>> TrashCustomersCommand::move(const QList<qint64> &ids, bool toTrash)
{
    CustomerService &customers = workspace().customers();
    return toTrash ? customers.moveToTrash(ids) : customers.restoreFromTrash(ids);
}

void TrashCustomersCommand::redo()
{
    auto changed = move(m_ids, m_direction == ToTrash);
    if (!changed) {
        fail(changed.error());
        return;
    }
    m_changed = changed.value();
}

void TrashCustomersCommand::undo()
{
    auto changed = move(m_changed, m_direction != ToTrash);
    if (!changed)
        fail(changed.error());
}

} // namespace Patron
