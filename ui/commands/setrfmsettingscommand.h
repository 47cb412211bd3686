#pragma once

#include "command.h"
#include "rfm/rfmsettings.h"

#include <functional>

namespace Patron {

/// Saves the RFM settings; undo saves the previous ones back. changed() runs after both,
/// so a new snapshot can be computed with the settings now in force.
class SetRfmSettingsCommand : public Command
{
public:
    SetRfmSettingsCommand(CommandContext &context,
                          RfmSettings previous,
                          RfmSettings next,
                          std::function<void()> changed = {},
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const RfmSettings &settings);

    RfmSettings m_previous;
    RfmSettings m_next;
    std::function<void()> m_changed;
};

} // namespace Patron
