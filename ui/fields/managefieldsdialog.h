#pragma once

#include "domain/entity.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Patron {

class CommandContext;

/// Adds, renames and retires custom fields (自定义字段) and edits the choices of choice
/// fields. Every change is an undo command on the window's stack; the dialog has its own
/// Undo/Redo buttons because it is modal.
class ManageFieldsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ManageFieldsDialog(CommandContext &context, QWidget *parent = nullptr);

    void setEntity(Entity entity);
    QTableWidget *table() const { return m_table; }

    /// The actions behind the buttons (also for tests).
    bool addField(const QString &label, const QString &type, const QStringList &choices);
    bool renameField(qint64 id, const QString &label);
    bool setRetired(qint64 id, bool retired);
    bool setChoices(qint64 id, const QStringList &choices);

private:
    void reload();
    void selectionChanged();
    qint64 currentId() const;
    Record currentDefinition() const;
    bool change(qint64 id, const QString &key, const QVariant &value, const QString &text);
    void showError(const QString &message);
    static bool isChoiceType(const QString &type);

    CommandContext &m_context;
    Entity m_entity = Entity::Customer;
    QList<Record> m_defs;
    QComboBox *m_entityCombo;
    QTableWidget *m_table;
    QLineEdit *m_newLabel;
    QComboBox *m_newType;
    QPlainTextEdit *m_newChoices;
    QPushButton *m_rename;
    QPushButton *m_retire;
    QPlainTextEdit *m_choices;
    QPushButton *m_applyChoices;
    QLabel *m_error;
};

} // namespace Patron
