#include "setrfmsettingscommand.h"

#include "services/workspace.h"
#include "storage/database.h"

namespace Patron {

SetRfmSettingsCommand::SetRfmSettingsCommand(CommandContext &context,
                                             RfmSettings previous,
                                             RfmSettings next,
                                             std::function<void()> changed,
                                             QUndoCommand *parent)
    : Command(context, tr("Change RFM settings"), parent)
    , m_previous(std::move(previous))
    , m_next(std::move(next))
    , m_changed(std::move(changed))
{ }

void SetRfmSettingsCommand::apply(const RfmSettings &settings)
{
    Status s = settings.save(workspace().database());
    if (!s) {
        fail(s.error());
        return;
    }
    if (m_changed)
        m_changed();
}

void SetRfmSettingsCommand::redo()
{
    apply(m_next);
}

void SetRfmSettingsCommand::undo()
{
    apply(m_previous);
}

} // namespace Patron
