#include "mergecustomerscommand.h"

#include "services/workspace.h"

namespace Patron {

MergeCustomersCommand::MergeCustomersCommand(CommandContext &context,
                                             MergeRequest request,
                                             QUndoCommand *parent)
    : Command(
        context, tr("Merge %n customer(s)", nullptr, int(request.mergedIds.size()) + 1), parent)
    , m_request(std::move(request))
{ }

void MergeCustomersCommand::redo()
{
    // unmerge() restored the versions the user saw, so the same request is valid again.
    DuplicateService dupes(workspace().database(), workspace().store());
    auto undo = dupes.merge(m_request);
    if (!undo) {
        fail(undo.error());
        return;
    }
    m_undo = undo.value();
}

void MergeCustomersCommand::undo()
{
    DuplicateService dupes(workspace().database(), workspace().store());
    Status s = dupes.unmerge(m_undo);
    if (!s)
        fail(s.error());
}

} // namespace Patron
