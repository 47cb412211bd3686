#include "customeractions.h"

#include "commands/addtagcommand.h"
#include "commands/commandcontext.h"
#include "commands/createrecordcommand.h"
#include "commands/removetagcommand.h"
#include "commands/setarchivedcommand.h"
#include "commands/setownercommand.h"
#include "commands/trashcustomerscommand.h"
#include "fields/managefieldsdialog.h"
#include "services/customerservice.h"
#include "services/tagservice.h"
#include "services/workspace.h"
#include "widgets/choicedialog.h"
#include "widgets/recorddialog.h"

#include <QAction>
#include <QComboBox>
#include <QMessageBox>

namespace Patron {

CustomerActions::CustomerActions(CommandContext &context, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_context(context)
    , m_dialogParent(dialogParent)
{
    m_new = new QAction(tr("&New customer…"), this);
    m_new->setObjectName(QStringLiteral("actionNewCustomer"));
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, &CustomerActions::createCustomer);

    m_open = new QAction(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("actionOpenCustomer"));
    m_open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    // Enter opens only where it means "open this row" (the list), not in text fields.
    m_open->setShortcutContext(Qt::WidgetShortcut);
    connect(m_open, &QAction::triggered, this, [this] {
        const QList<qint64> ids = targets();
        if (!ids.isEmpty())
            emit openRequested(ids.first());
    });

    m_assignOwner = new QAction(tr("Assign &owner…"), this);
    m_assignOwner->setObjectName(QStringLiteral("actionAssignOwner"));
    m_assignOwner->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_assignOwner, &QAction::triggered, this, &CustomerActions::chooseOwner);

    m_addTag = new QAction(tr("Add &tag…"), this);
    m_addTag->setObjectName(QStringLiteral("actionAddTag"));
    m_addTag->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_addTag, &QAction::triggered, this, &CustomerActions::chooseTagToAdd);

    m_removeTag = new QAction(tr("&Remove tag…"), this);
    m_removeTag->setObjectName(QStringLiteral("actionRemoveTag"));
    m_removeTag->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_removeTag, &QAction::triggered, this, &CustomerActions::chooseTagToRemove);

    m_archive = new QAction(tr("&Archive"), this);
    m_archive->setObjectName(QStringLiteral("actionArchive"));
    m_archive->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_archive, &QAction::triggered, this, &CustomerActions::toggleArchived);

    m_trash = new QAction(tr("&Delete"), this);
    m_trash->setObjectName(QStringLiteral("actionTrash"));
    m_trash->setShortcut(QKeySequence::Delete);
    m_trash->setShortcutContext(Qt::WidgetShortcut);
    connect(m_trash, &QAction::triggered, this, &CustomerActions::toggleTrash);

    m_manageFields = new QAction(tr("Manage custom &fields…"), this);
    m_manageFields->setObjectName(QStringLiteral("actionManageFields"));
    connect(m_manageFields, &QAction::triggered, this, &CustomerActions::showFieldsDialog);
    updateActions();
}

void CustomerActions::setTargets(qint64 count, CustomerFilter::Scope scope, std::function<QList<qint64>()> ids)
{
    m_count = count;
    m_ids = std::move(ids);
    m_scope = scope;
    updateActions();
}

void CustomerActions::updateActions()
{
    const bool any = m_count > 0;
    const bool inTrash = m_scope == CustomerFilter::Scope::Trash;
    m_open->setEnabled(any);
    m_assignOwner->setEnabled(any && !inTrash);
    m_addTag->setEnabled(any && !inTrash);
    m_removeTag->setEnabled(any && !inTrash);
    m_archive->setEnabled(any && !inTrash);
    m_archive->setText(m_scope == CustomerFilter::Scope::Archived ? tr("Un&archive") : tr("&Archive"));
    m_trash->setEnabled(any);
    m_trash->setText(inTrash ? tr("&Restore from trash") : tr("&Delete"));
}

void CustomerActions::showError(const QString &message)
{
    QMessageBox::warning(m_dialogParent, tr("Patron"), message);
}

void CustomerActions::run(QUndoCommand *command, const QString &doneMessage)
{
    const Status s = m_context.push(command);
    if (!s)
        showError(s.error().message);
    else
        emit statusMessage(doneMessage);
}

void CustomerActions::fillTags(ChoiceDialog *dialog) const
{
    const auto tags = m_context.workspace().tags().tags();
    if (tags) {
        for (const TagInfo &t : tags.value()) {
            if (t.kind == QLatin1String("manual")) // rule and system tags follow their condition
                dialog->addChoice(t.name, t.id);
        }
    }
}

void CustomerActions::createCustomer()
{
    Workspace &ws = m_context.workspace();
    auto *dialog = new RecordDialog(ws, Entity::Customer, true, Record{{QStringLiteral("kind"), QStringLiteral("company")}},
                                    m_dialogParent);
    dialog->setSubmitHandler([this](const Record &values) -> Status {
        auto *command = new CreateRecordCommand(m_context, Entity::Customer, values,
                                                tr("New customer “%1”").arg(values.value(QStringLiteral("name")).toString()));
        Status s = m_context.push(command);
        if (s) {
            // The command is on the stack now; its id is the new customer.
            const qint64 id = command->recordId();
            QMetaObject::invokeMethod(this, [this, id] { emit customerCreated(id); }, Qt::QueuedConnection);
        }
        return s;
    });
    dialog->open();
}

void CustomerActions::assignOwnerTo(const QList<qint64> &ids, const QVariant &ownerId)
{
    const QString text = ownerId.isNull() ? tr("Remove owner of %n customer(s)", nullptr, int(ids.size()))
                                          : tr("Assign owner to %n customer(s)", nullptr, int(ids.size()));
    run(new SetOwnerCommand(m_context, ids, ownerId, text), text);
}

void CustomerActions::chooseOwner()
{
    const QList<qint64> ids = targets();
    if (ids.isEmpty())
        return;
    auto *dialog = new ChoiceDialog(tr("Assign owner"),
                                    tr("Owner for %n selected customer(s):", nullptr, int(ids.size())), m_dialogParent);
    auto users = m_context.workspace().users().users();
    if (users) {
        for (const Record &u : users.value())
            dialog->addChoice(u.value(QStringLiteral("display_name")).toString(), u.value(QStringLiteral("id")));
    }
    dialog->addChoice(tr("(no owner)"), QVariant());
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] { assignOwnerTo(ids, dialog->selectedData()); });
    dialog->open();
}

void CustomerActions::addTagTo(const QList<qint64> &ids, const QString &tagName)
{
    if (tagName.trimmed().isEmpty())
        return;
    const QString text = tr("Tag %n customer(s) “%1”", nullptr, int(ids.size())).arg(tagName.trimmed());
    run(new AddTagCommand(m_context, ids, tagName.trimmed(), text), text);
}

void CustomerActions::chooseTagToAdd()
{
    const QList<qint64> ids = targets();
    if (ids.isEmpty())
        return;
    auto *dialog = new ChoiceDialog(tr("Add tag"),
                                    tr("Tag for %n selected customer(s) — pick one or type a new tag:", nullptr,
                                       int(ids.size())),
                                    m_dialogParent);
    fillTags(dialog);
    dialog->setEditable(true);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] { addTagTo(ids, dialog->selectedText()); });
    dialog->open();
}

void CustomerActions::removeTagFrom(const QList<qint64> &ids, qint64 tagId)
{
    const QString text = tr("Untag %n customer(s)", nullptr, int(ids.size()));
    run(new RemoveTagCommand(m_context, ids, tagId, text), text);
}

void CustomerActions::chooseTagToRemove()
{
    const QList<qint64> ids = targets();
    if (ids.isEmpty())
        return;
    auto *dialog = new ChoiceDialog(tr("Remove tag"),
                                    tr("Tag to remove from %n selected customer(s):", nullptr, int(ids.size())),
                                    m_dialogParent);
    fillTags(dialog);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        if (dialog->selectedData().isValid())
            removeTagFrom(ids, dialog->selectedData().toLongLong());
    });
    dialog->open();
}

void CustomerActions::setArchived(const QList<qint64> &ids, bool archived)
{
    const QString text = archived ? tr("Archive %n customer(s)", nullptr, int(ids.size()))
                                  : tr("Unarchive %n customer(s)", nullptr, int(ids.size()));
    run(new SetArchivedCommand(m_context, ids, archived, text), text);
}

void CustomerActions::toggleArchived()
{
    const QList<qint64> ids = targets();
    if (!ids.isEmpty())
        setArchived(ids, m_scope != CustomerFilter::Scope::Archived);
}

void CustomerActions::moveToTrash(const QList<qint64> &ids, bool toTrash)
{
    const QString text = toTrash ? tr("Delete %n customer(s)", nullptr, int(ids.size()))
                                 : tr("Restore %n customer(s) from the trash", nullptr, int(ids.size()));
    run(new TrashCustomersCommand(
        m_context, ids, toTrash ? TrashCustomersCommand::ToTrash : TrashCustomersCommand::FromTrash, text), toTrash ? tr("Moved %n customer(s) to the trash (Ctrl+Z undoes).", nullptr, int(ids.size()))
                                   : text);
}

void CustomerActions::toggleTrash()
{
    const QList<qint64> ids = targets();
    if (!ids.isEmpty())
        moveToTrash(ids, m_scope != CustomerFilter::Scope::Trash);
}

void CustomerActions::showFieldsDialog()
{
    auto *dialog = new ManageFieldsDialog(m_context, m_dialogParent);
    dialog->open();
}

} // namespace Patron
