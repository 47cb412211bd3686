#pragma once

#include "command.h"
#include "services/duplicateservice.h"

namespace Patron {

/// Merges duplicate customers into one (DuplicateService::merge); undo puts every row
/// back as it was (DuplicateService::unmerge), redo merges again with the same choices.
class MergeCustomersCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Patron::MergeCustomersCommand)

public:
    MergeCustomersCommand(CommandContext &context,
                          MergeRequest request,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const MergeUndo &undoRecord() const { return m_undo; }

private:
    MergeRequest m_request;
    MergeUndo m_undo;
};

} // namespace Patron
