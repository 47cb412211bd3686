#pragma once

#include "domain/entity.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace Patron {

/// What an editor needs to know about one field: a built-in column of an EntitySpec or a
/// custom field definition.
struct FieldDescriptor
{
    QString key;              ///< column name, or "custom.<field_key>"
    QString label;            ///< translated
    FieldType type = FieldType::Text;
    QStringList choices;      ///< stored values
    QStringList choiceLabels; ///< what the user sees, same order
    bool required = false;
    bool multiChoice = false; ///< custom "multichoice"
    bool decimal = false;     ///< custom "number" (built-in numbers are integers)

    static FieldDescriptor fromSpec(Entity entity, const FieldSpec &spec);
    /// From a field_defs row (FieldService::fields()).
    static FieldDescriptor fromDefinition(const Record &definition);
};

/// Choices for reference fields (owner combo, contact combo).
struct EditorChoices
{
    QList<QPair<qint64, QString>> users;    ///< id, display name
    QList<QPair<qint64, QString>> contacts; ///< id, name
};

/// One input widget for one field, reading and writing stored values: money as cents,
/// dates as "yyyy-MM-dd", choices as their stored keys, references as ids. Generated forms
/// (RecordDialog, the Profile tab) are lists of these.
class FieldEditor : public QObject
{
    Q_OBJECT

public:
    FieldEditor(const FieldDescriptor &field, const EditorChoices &choices, QWidget *parent);

    const FieldDescriptor &field() const { return m_field; }
    QWidget *widget() const { return m_widget; }

    void setValue(const QVariant &stored);
    /// The stored form of what is entered; text the editor cannot convert (an amount like
    /// "abc") is returned as typed so validation can name it.
    QVariant value() const;
    void setReadOnly(bool readOnly);

signals:
    void edited();

private:
    void build(const EditorChoices &choices, QWidget *parent);

    FieldDescriptor m_field;
    QPointer<QWidget> m_widget;
};

} // namespace Patron
