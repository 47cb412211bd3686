#pragma once

#include "domain/entity.h"
#include "services/duplicateservice.h"

#include <QDialog>
#include <QSet>

#include <atomic>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace Patron {

class CommandContext;

/// Customers → Find duplicates…: the groups of probable duplicates (found off the GUI
/// thread), a side-by-side comparison of a group's customers with a choice per field and
/// of the customer that survives, Merge (an undoable MergeCustomersCommand) and
/// "Not a duplicate", which hides a group for the rest of the session.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DuplicatesDialog(CommandContext &context, QWidget *parent = nullptr);
    ~DuplicatesDialog() override;

    QListWidget *groupList() const { return m_groups; }
    QTableWidget *comparison() const { return m_compare; }
    QPushButton *mergeButton() const { return m_merge; }
    QPushButton *dismissButton() const { return m_dismiss; }
    bool isSearching() const { return m_thread != nullptr; }

    /// Finds the groups again (also after undoing a merge).
    void refresh();
    /// Selects the value of `field` ("city", "custom.<key>") of the customer in `column`.
    void chooseValue(const QString &field, int column);
    void chooseSurvivor(int column);

signals:
    void openCustomerRequested(qint64 customerId);

private:
    void showGroups(const QList<DuplicateGroup> &groups);
    void showGroup(int row);
    void applyDefaultChoices();
    void mergeCurrent();
    void dismissCurrent();
    QString displayValue(const QString &field, const Record &customer) const;

    CommandContext &m_context;
    QCheckBox *m_similar;
    QPushButton *m_find;
    QProgressBar *m_progress;
    QLabel *m_status;
    QListWidget *m_groups;
    QTableWidget *m_compare;
    QLabel *m_message;
    QPushButton *m_merge;
    QPushButton *m_dismiss;
    QButtonGroup *m_survivor = nullptr;
    QHash<QString, QButtonGroup *> m_choices; ///< field → one radio per customer

    QList<DuplicateGroup> m_found;
    QList<Record> m_shown; ///< the current group's customers as read when shown
    QStringList m_fields; ///< rows of the comparison after the survivor row
    QSet<QString> m_dismissed; ///< DuplicateGroup::key() of "not a duplicate" groups
    QHash<qint64, QString> m_userNames;
    QHash<QString, QString> m_customLabels;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel {false};
};

} // namespace Patron
