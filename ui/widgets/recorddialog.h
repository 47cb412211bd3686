#pragma once

#include "domain/entity.h"
#include "fieldeditor.h"
#include "util/result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;

namespace Patron {

class CommandContext;
class Workspace;

/// The one generic form dialog: builds its inputs from the EntitySpec (plus the entity's
/// active custom fields) and is used for new customers, contacts, orders and follow-up
/// records, and for editing them. OK validates with core and runs the submit handler;
/// errors are shown inside the dialog, which stays open with everything the user typed.
///
/// Use open() (not exec()) and the accepted() signal, so the dialog never blocks.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    /// values: the row being edited, or defaults for a new one. Keys without an editor
    /// (customer_id, id…) are passed through unchanged.
    RecordDialog(Workspace &workspace, Entity entity, bool isNew, const Record &values, QWidget *parent = nullptr);

    /// Shows only these fields, in this order (default: every editable field).
    void setVisibleFields(const QStringList &keys);
    void setIntro(const QString &text);
    /// Adds a form row at `row` (-1: the end) holding a widget the EntitySpec does not
    /// build (a customer picker); value() is read on OK and submitted under key like an
    /// editor's value. Call after setVisibleFields().
    void addExtraRow(int row, const QString &key, const QString &label, QWidget *widget,
                     std::function<QVariant()> value);

    /// Everything in the form, as stored values. Custom values: "custom" map for a new
    /// row, "custom.<key>" entries when editing.
    Record values() const;
    /// Only what differs from the values the dialog opened with (for an edit).
    Record changedValues() const;
    /// The values the dialog opened with, for the same keys as changedValues().
    Record originalValues(const Record &changes) const;

    /// Called on OK with values() (new) or changedValues() (edit); an error keeps the
    /// dialog open and shows the message.
    void setSubmitHandler(std::function<Status(const Record &values)> handler);
    void showError(const QString &message);
    FieldEditor *editor(const QString &key) const;

    void accept() override;

    static EditorChoices loadChoices(Workspace &workspace, qint64 customerId);

    /// A dialog that creates a row through CreateRecordCommand; call open() on it.
    static RecordDialog *forNew(CommandContext &context, Entity entity, const Record &defaults, QWidget *parent);
    /// A dialog that edits row id through ChangeRecordCommand (nullptr and a message when
    /// the row is gone); call open() on it.
    static RecordDialog *forEdit(CommandContext &context, Entity entity, qint64 id, QWidget *parent);
    /// Deletes a row through DeleteRecordCommand, telling the user if it failed.
    static void deleteRecord(CommandContext &context, Entity entity, qint64 id, QWidget *parent);

private:
    void build();
    Status checkValues(Record &values) const;

    Workspace &m_workspace;
    Entity m_entity;
    bool m_isNew;
    Record m_initial;
    QList<Record> m_customDefs;
    QList<FieldEditor *> m_editors;
    struct ExtraRow { QString key; std::function<QVariant()> value; };
    QList<ExtraRow> m_extras;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::function<Status(const Record &)> m_submit;
};

} // namespace Patron
