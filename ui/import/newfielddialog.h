#pragma once

#include "domain/entity.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Patron {

class Workspace;

/// "New custom field…" from the column mapping: a label (the column's header by default)
/// and a type (text by default). Creates the field on OK and stays open on an error.
class NewFieldDialog : public QDialog
{
    Q_OBJECT

public:
    NewFieldDialog(Workspace &workspace, Entity entity, const QString &label, QWidget *parent = nullptr);

    QLineEdit *labelEdit() const { return m_label; }
    QComboBox *typeBox() const { return m_type; }
    /// After accept: the new field's key and label.
    QString fieldKey() const { return m_key; }
    QString fieldLabel() const { return m_createdLabel; }

    void accept() override;

private:
    Workspace &m_workspace;
    Entity m_entity;
    QLineEdit *m_label;
    QComboBox *m_type;
    QLabel *m_error;
    QString m_key;
    QString m_createdLabel;
};

} // namespace Patron
