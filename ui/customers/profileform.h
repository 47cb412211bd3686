#pragma once

#include "domain/entity.h"
#include "util/result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QFrame;

namespace Patron {

class CommandContext;
class FieldEditor;

/// The Profile tab: an edit form generated from the customer EntitySpec and the active
/// custom fields. Save applies only the changed fields, as one undo command, against the
/// version the form was loaded with; a conflict keeps everything typed and offers to reload.
class ProfileForm : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileForm(CommandContext &context, QWidget *parent = nullptr);

    /// Shows a freshly read customer row (drops edits).
    void load(const Record &customer);
    /// The row changed elsewhere: reload unless the user is editing, then warn instead.
    void externalChange(const Record &fresh);
    /// Custom fields were added, renamed or retired: rebuild the form, keeping edits.
    void reloadFields();
    bool isDirty() const;
    qint64 customerId() const;

    /// Stored values of the changed fields (custom ones as "custom.<key>").
    Record changes() const;
    /// Saves; false (with a message shown in the form) when it could not.
    bool save();
    void revert();

signals:
    void dirtyChanged(bool dirty);
    void saved();

private:
    void rebuild();
    void updateDirty();
    void showMessage(const QString &text, bool conflict);
    void reloadKeepingEdits();
    void reloadDiscardingEdits();

    CommandContext &m_context;
    Record m_loaded;
    QList<Record> m_customDefs;
    QList<FieldEditor *> m_editors;
    QWidget *m_formHost = nullptr;
    QFrame *m_messageBar;
    QLabel *m_message;
    QPushButton *m_reloadKeep;
    QPushButton *m_reloadDiscard;
    QPushButton *m_save;
    QPushButton *m_revert;
    bool m_dirty = false;
};

} // namespace Patron
