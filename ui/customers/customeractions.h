#pragma once

#include "services/customerquery.h"

#include <QObject>

#include <functional>

class QAction;
class QUndoCommand;
class QWidget;

namespace Patron {

class ChoiceDialog;
class CommandContext;

/// The Customers menu: actions on the selected customers (from the list or the open 360°
/// page). Every change goes through an undo command.
class CustomerActions : public QObject
{
    Q_OBJECT

public:
    CustomerActions(CommandContext &context, QWidget *dialogParent);

    QAction *newCustomer() const { return m_new; }
    QAction *open() const { return m_open; }
    QAction *assignOwner() const { return m_assignOwner; }
    QAction *addTag() const { return m_addTag; }
    QAction *removeTag() const { return m_removeTag; }
    QAction *archive() const { return m_archive; }
    QAction *trash() const { return m_trash; }
    QAction *manageFields() const { return m_manageFields; }

    /// The customers the actions apply to and where they are shown (which decides
    /// Archive vs Unarchive and Delete vs Restore).
    /// ids is asked only when an action runs: a selection of a million rows stays cheap.
    void setTargets(qint64 count, CustomerFilter::Scope scope, std::function<QList<qint64>()> ids);
    QList<qint64> targets() const { return m_count > 0 && m_ids ? m_ids() : QList<qint64>(); }

    /// Runs the bulk actions directly (also used by tests and the page).
    void assignOwnerTo(const QList<qint64> &ids, const QVariant &ownerId);
    void addTagTo(const QList<qint64> &ids, const QString &tagName);
    void removeTagFrom(const QList<qint64> &ids, qint64 tagId);
    void setArchived(const QList<qint64> &ids, bool archived);
    void moveToTrash(const QList<qint64> &ids, bool toTrash);

signals:
    void openRequested(qint64 customerId);
    void customerCreated(qint64 customerId);
    void statusMessage(const QString &message);

private:
    void createCustomer();
    void chooseOwner();
    void chooseTagToAdd();
    void chooseTagToRemove();
    void toggleArchived();
    void toggleTrash();
    void showFieldsDialog();
    void showError(const QString &message);
    /// Pushes the command; reports its error, or doneMessage in the status bar.
    void run(QUndoCommand *command, const QString &doneMessage);
    void fillTags(ChoiceDialog *dialog) const;
    void updateActions();

    CommandContext &m_context;
    QWidget *m_dialogParent;
    qint64 m_count = 0;
    std::function<QList<qint64>()> m_ids;
    CustomerFilter::Scope m_scope = CustomerFilter::Scope::Active;
    QAction *m_new;
    QAction *m_open;
    QAction *m_assignOwner;
    QAction *m_addTag;
    QAction *m_removeTag;
    QAction *m_archive;
    QAction *m_trash;
    QAction *m_manageFields;
};

} // namespace Patron
