#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Patron {

/// The kinds of rows a user edits. Each has a table and a field list (EntitySpec) that
/// drives validation, the generic edit forms, undo commands and the command line.
enum class Entity { Customer, Contact, Order, Activity, Ticket, Task, User, Tag, FieldDef };

enum class FieldType {
    Text,
    LongText,
    Number,    ///< integer
    Money,     ///< integer cents
    Date,      ///< "yyyy-MM-dd"
    DateTime,  ///< "yyyy-MM-ddTHH:mm:ss"
    Choice,    ///< one of FieldSpec::choices
    Mobile,    ///< mainland mobile, stored as 11 digits
    Phone,
    Email,
    Bool,
    UserRef,   ///< users.id or null
    ContactRef,///< contacts.id or null
    CustomerRef,
};

/// A row as column → value. Null values are invalid QVariants.
using Record = QVariantMap;

struct FieldSpec
{
    QString key;           ///< column name
    FieldType type = FieldType::Text;
    const char *label = nullptr; ///< untranslated; use fieldLabel()
    bool required = false;
    QStringList choices;   ///< stored values for Choice
    bool nullable = false; ///< empty means SQL NULL (unique codes, optional refs)
};

struct EntitySpec
{
    Entity entity;
    QString table;
    QString name;          ///< stable English name used in the audit log ("customer")
    QList<FieldSpec> fields;
    bool hasCustomFields = false;
    QString customerKey;   ///< column linking to the customer ("customer_id"), if any

    const FieldSpec *field(const QString &key) const;
};

const EntitySpec &entitySpec(Entity entity);

/// Translated lower-case noun for messages ("customer" → "客户").
QString entityDisplayName(Entity entity);
/// Translated label of a field.
QString fieldLabel(const FieldSpec &field);
QString fieldLabel(Entity entity, const QString &key);
/// Translated display text for a stored choice value ("company" → "企业客户").
QString choiceLabel(Entity entity, const QString &key, const QString &value);

} // namespace Patron
