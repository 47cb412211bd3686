#include "entity.h"

#include <QCoreApplication>

namespace Patron {

namespace {

const char *const kFieldContext = "Patron::Fields";

QList<EntitySpec> buildSpecs()
{
    using F = FieldType;
    const QStringList stages = {QString(), QStringLiteral("awareness"), QStringLiteral("consideration"),
                                QStringLiteral("purchase"), QStringLiteral("use"), QStringLiteral("loyal"),
                                QStringLiteral("churned")};
    QList<EntitySpec> specs;
    specs << EntitySpec{Entity::Customer, QStringLiteral("customers"), QStringLiteral("customer"),
                        {
                            {QStringLiteral("kind"), F::Choice, QT_TRANSLATE_NOOP("Patron::Fields", "Type"), true,
                             {QStringLiteral("company"), QStringLiteral("person")}},
                            {QStringLiteral("code"), F::Text, QT_TRANSLATE_NOOP("Patron::Fields", "Customer code"), false, {}, true},
                            {QStringLiteral("name"), F::Text, QT_TRANSLATE_NOOP("Patron::Fields", "Name"), true},
                            {QStringLiteral("contact_name"), F::Text, QT_TRANSLATE_NOOP("Patron::Fields", "Contact name")},
                            {QStringLiteral("mobile"), F::Mobile, QT_TRANSLATE_NOOP("Patron::Fields", "Mobile")},
                            {QStringLiteral("phone"), F::Phone, QT_TRANSLATE_NOOP("Patron::Fields", "Phone")},
                            {QStringLiteral("email"), F::Email, QT_TRANSLATE_NOOP("Patron::Fields", "Email")},
                            {QStringLiteral("province"), F::Text, QT_TRANSLATE_NOOP("Patron::Fields", "Province")},
                            {QStringLiteral("city"), F::Text, QT_TRANSLATE_NOOP("Patron::Fields", "City")},
                            {QStringLiteral("address"), F::Text, QT_TRANSLATE_NOOP("Patron::Fields", "Address")},
                            {QStringLiteral("industry"), F::Text, QT_TRANSLATE_NOOP("Patron::Fields", "Industry")},
                            {QStringLiteral("source"), F::Text, QT_TRANSLATE_NOOP("Patron::Fields", "Source")},
                            {QStringLiteral("owner_id"), F::UserRef, QT_TRANSLATE_NOOP("Patron::Fields", "Owner"), false, {}, true},
                            {QStringLiteral("lifecycle_stage"), F::Choice, QT_TRANSLATE_NOOP("Patron::Fields", "Lifecycle stage"), false, stages},
                            {QStringLiteral("notes"), F::LongText, QT_TRANSLATE_NOOP("Patron::Fields", "Notes")},
                        },
                        true, QString()};
    specs << EntitySpec{Entity::Contact, QStringLiteral("contacts"), QStringLiteral("contact"),
                        {
                            {QStringLiteral("customer_id"), F::CustomerRef, QT_TRANSLATE_NOOP("Patron::Fields", "Customer"), true},
                            {QStringLiteral("name"), F::Text, QT_TRANSLATE_NOOP("Patron::Fields", "Name"), true},
                            {QStringLiteral("title"), F::Text, QT_TRANSLATE_NOOP("Patron::Fields", "Job title")},
                            {QStringLiteral("mobile"), F::Mobile, QT_TRANSLATE_NOOP("Patron::Fields", "Mobile")},
                            {QStringLiteral("phone"), F::Phone, QT_TRANSLATE_NOOP("Patron::Fields", "Phone")},
                            {QStringLiteral("email"), F::Email, QT_TRANSLATE_NOOP("Patron::Fields", "Email")},
                            {QStringLiteral("wechat"), F::Text, QT_TRANSLATE_NOOP("Patron::Fields", "WeChat")},
                            {QStringLiteral("is_primary"), F::Bool, QT_TRANSLATE_NOOP("Patron::Fields", "Primary contact")},
                            {QStringLiteral("notes"), F::LongText, QT_TRANSLATE_NOOP("Patron::Fields", "Notes")},
                        },
                        false, QStringLiteral("customer_id")};
    specs << EntitySpec{Entity::Order, QStringLiteral("orders"), QStringLiteral("order"),
                        {
                            {QStringLiteral("customer_id"), F::CustomerRef, QT_TRANSLATE_NOOP("Patron::Fields", "Customer"), true},
                            {QStringLiteral("order_no"), F::Text, QT_TRANSLATE_NOOP("Patron::Fields", "Order number"), false, {}, true},
                            {QStringLiteral("ordered_at"), F::Date, QT_TRANSLATE_NOOP("Patron::Fields", "Order date"), true},
                            {QStringLiteral("amount_cents"), F::Money, QT_TRANSLATE_NOOP("Patron::Fields", "Order amount"), true},
                            {QStringLiteral("status"), F::Choice, QT_TRANSLATE_NOOP("Patron::Fields", "Status"), true,
                             {QStringLiteral("completed"), QStringLiteral("paid"), QStringLiteral("pending"),
                              QStringLiteral("cancelled"), QStringLiteral("refunded")}},
                            {QStringLiteral("product"), F::Text, QT_TRANSLATE_NOOP("Patron::Fields", "Product")},
                            {QStringLiteral("quantity"), F::Number, QT_TRANSLATE_NOOP("Patron::Fields", "Quantity")},
                            {QStringLiteral("notes"), F::LongText, QT_TRANSLATE_NOOP("Patron::Fields", "Notes")},
                        },
                        true, QStringLiteral("customer_id")};
    specs << EntitySpec{Entity::Activity, QStringLiteral("activities"), QStringLiteral("activity"),
                        {
                            {QStringLiteral("customer_id"), F::CustomerRef, QT_TRANSLATE_NOOP("Patron::Fields", "Customer"), true},
                            {QStringLiteral("kind"), F::Choice, QT_TRANSLATE_NOOP("Patron::Fields", "Type"), true,
                             {QStringLiteral("call"), QStringLiteral("visit"), QStringLiteral("email"), QStringLiteral("note")}},
                            {QStringLiteral("occurred_at"), F::DateTime, QT_TRANSLATE_NOOP("Patron::Fields", "When"), true},
                            {QStringLiteral("contact_id"), F::ContactRef, QT_TRANSLATE_NOOP("Patron::Fields", "Contact"), false, {}, true},
                            {QStringLiteral("user_id"), F::UserRef, QT_TRANSLATE_NOOP("Patron::Fields", "By"), false, {}, true},
                            {QStringLiteral("subject"), F::Text, QT_TRANSLATE_NOOP("Patron::Fields", "Subject")},
                            {QStringLiteral("body"), F::LongText, QT_TRANSLATE_NOOP("Patron::Fields", "Details")},
                        },
                        false, QStringLiteral("customer_id")};
    specs << EntitySpec{Entity::Ticket, QStringLiteral("tickets"), QStringLiteral("ticket"),
                        {
                            {QStringLiteral("customer_id"), F::CustomerRef, QT_TRANSLATE_NOOP("Patron::Fields", "Customer"), true},
                            {QStringLiteral("title"), F::Text, QT_TRANSLATE_NOOP("Patron::Fields", "Title"), true},
                            {QStringLiteral("description"), F::LongText, QT_TRANSLATE_NOOP("Patron::Fields", "Description")},
                            {QStringLiteral("status"), F::Choice, QT_TRANSLATE_NOOP("Patron::Fields", "Status"), true,
                             {QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("resolved"), QStringLiteral("closed")}},
                            {QStringLiteral("priority"), F::Choice, QT_TRANSLATE_NOOP("Patron::Fields", "Priority"), true,
                             {QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"), QStringLiteral("urgent")}},
                            {QStringLiteral("assignee_id"), F::UserRef, QT_TRANSLATE_NOOP("Patron::Fields", "Assignee"), false, {}, true},
                            {QStringLiteral("opened_at"), F::DateTime, QT_TRANSLATE_NOOP("Patron::Fields", "Opened"), true},
                            {QStringLiteral("closed_at"), F::DateTime, QT_TRANSLATE_NOOP("Patron::Fields", "Closed"), false, {}, true},
                        },
                        true, QStringLiteral("customer_id")};
    specs << EntitySpec{Entity::Task, QStringLiteral("tasks"), QStringLiteral("task"),
                        {
                            {QStringLiteral("customer_id"), F::CustomerRef, QT_TRANSLATE_NOOP("Patron::Fields", "Customer"), false, {}, true},
                            {QStringLiteral("title"), F::Text, QT_TRANSLATE_NOOP("Patron::Fields", "Title"), true},
                            {QStringLiteral("notes"), F::LongText, QT_TRANSLATE_NOOP("Patron::Fields", "Notes")},
                            {QStringLiteral("due_at"), F::DateTime, QT_TRANSLATE_NOOP("Patron::Fields", "Due"), false, {}, true},
                            {QStringLiteral("remind_at"), F::DateTime, QT_TRANSLATE_NOOP("Patron::Fields", "Reminder"), false, {}, true},
                            {QStringLiteral("status"), F::Choice, QT_TRANSLATE_NOOP("Patron::Fields", "Status"), true,
                             {QStringLiteral("open"), QStringLiteral("done"), QStringLiteral("cancelled")}},
                            {QStringLiteral("assignee_id"), F::UserRef, QT_TRANSLATE_NOOP("Patron::Fields", "Assignee"), false, {}, true},
                            {QStringLiteral("priority"), F::Choice, QT_TRANSLATE_NOOP("Patron::Fields", "Priority"), true,
                             {QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high")}},
                            {QStringLiteral("completed_at"), F::DateTime, QT_TRANSLATE_NOOP("Patron::Fields", "Completed"), false, {}, true},
                            // Set by TaskService (acknowledge, snooze), not by forms; in the spec so those
                            // changes are validated, audited and version-checked like any other.
                            {QStringLiteral("reminded_at"), F::DateTime, QT_TRANSLATE_NOOP("Patron::Fields", "Reminder shown"), false, {}, true},
                        },
                        false, QStringLiteral("customer_id")};
    specs << EntitySpec{Entity::User, QStringLiteral("users"), QStringLiteral("user"),
                        {
                            {QStringLiteral("username"), F::Text, QT_TRANSLATE_NOOP("Patron::Fields", "User name"), true},
                            {QStringLiteral("display_name"), F::Text, QT_TRANSLATE_NOOP("Patron::Fields", "Name"), true},
                            {QStringLiteral("email"), F::Email, QT_TRANSLATE_NOOP("Patron::Fields", "Email")},
                            {QStringLiteral("manager_id"), F::UserRef, QT_TRANSLATE_NOOP("Patron::Fields", "Manager"), false, {}, true},
                            {QStringLiteral("active"), F::Bool, QT_TRANSLATE_NOOP("Patron::Fields", "Active")},
                        },
                        false, QString()};
    specs << EntitySpec{Entity::Tag, QStringLiteral("tags"), QStringLiteral("tag"),
                        {
                            {QStringLiteral("name"), F::Text, QT_TRANSLATE_NOOP("Patron::Fields", "Tag"), true},
                            {QStringLiteral("color"), F::Text, QT_TRANSLATE_NOOP("Patron::Fields", "Color")},
                        },
                        false, QString()};
    specs << EntitySpec{Entity::FieldDef, QStringLiteral("field_defs"), QStringLiteral("field"),
                        {
                            {QStringLiteral("entity"), F::Choice, QT_TRANSLATE_NOOP("Patron::Fields", "Applies to"), true,
                             {QStringLiteral("customer"), QStringLiteral("order"), QStringLiteral("ticket")}},
                            {QStringLiteral("field_key"), F::Text, QT_TRANSLATE_NOOP("Patron::Fields", "Key"), true},
                            {QStringLiteral("label"), F::Text, QT_TRANSLATE_NOOP("Patron::Fields", "Label"), true},
                            {QStringLiteral("field_type"), F::Choice, QT_TRANSLATE_NOOP("Patron::Fields", "Field type"), true,
                             {QStringLiteral("text"), QStringLiteral("number"), QStringLiteral("money"), QStringLiteral("date"),
                              QStringLiteral("choice"), QStringLiteral("multichoice"), QStringLiteral("phone"),
                              QStringLiteral("email"), QStringLiteral("bool")}},
                            {QStringLiteral("options"), F::Text, QT_TRANSLATE_NOOP("Patron::Fields", "Choices")},
                            {QStringLiteral("position"), F::Number, QT_TRANSLATE_NOOP("Patron::Fields", "Position")},
                            {QStringLiteral("retired"), F::Bool, QT_TRANSLATE_NOOP("Patron::Fields", "Retired")},
                        },
                        false, QString()};
    return specs;
}

struct ChoiceText
{
    const char *key;
    const char *value;
    const char *text;
};

// Display names of stored choice values. Keys are "<entity>.<field>" or "*.<field>".
const ChoiceText kChoices[] = {
    {"customer.kind", "company", QT_TRANSLATE_NOOP("Patron::Choices", "Company")},
    {"customer.kind", "person", QT_TRANSLATE_NOOP("Patron::Choices", "Individual")},
    {"customer.lifecycle_stage", "awareness", QT_TRANSLATE_NOOP("Patron::Choices", "Awareness")},
    {"customer.lifecycle_stage", "consideration", QT_TRANSLATE_NOOP("Patron::Choices", "Consideration")},
    {"customer.lifecycle_stage", "purchase", QT_TRANSLATE_NOOP("Patron::Choices", "Purchase")},
    {"customer.lifecycle_stage", "use", QT_TRANSLATE_NOOP("Patron::Choices", "Use")},
    {"customer.lifecycle_stage", "loyal", QT_TRANSLATE_NOOP("Patron::Choices", "Loyal")},
    {"customer.lifecycle_stage", "churned", QT_TRANSLATE_NOOP("Patron::Choices", "Churned")},
    {"order.status", "completed", QT_TRANSLATE_NOOP("Patron::Choices", "Completed")},
    {"order.status", "paid", QT_TRANSLATE_NOOP("Patron::Choices", "Paid")},
    {"order.status", "pending", QT_TRANSLATE_NOOP("Patron::Choices", "Pending")},
    {"order.status", "cancelled", QT_TRANSLATE_NOOP("Patron::Choices", "Cancelled")},
    {"order.status", "refunded", QT_TRANSLATE_NOOP("Patron::Choices", "Refunded")},
    {"activity.kind", "call", QT_TRANSLATE_NOOP("Patron::Choices", "Call")},
    {"activity.kind", "visit", QT_TRANSLATE_NOOP("Patron::Choices", "Visit")},
    {"activity.kind", "email", QT_TRANSLATE_NOOP("Patron::Choices", "Email")},
    {"activity.kind", "note", QT_TRANSLATE_NOOP("Patron::Choices", "Note")},
    {"ticket.status", "open", QT_TRANSLATE_NOOP("Patron::Choices", "Open")},
    {"ticket.status", "in_progress", QT_TRANSLATE_NOOP("Patron::Choices", "In progress")},
    {"ticket.status", "resolved", QT_TRANSLATE_NOOP("Patron::Choices", "Resolved")},
    {"ticket.status", "closed", QT_TRANSLATE_NOOP("Patron::Choices", "Closed")},
    {"task.status", "open", QT_TRANSLATE_NOOP("Patron::Choices", "Open")},
    {"task.status", "done", QT_TRANSLATE_NOOP("Patron::Choices", "Done")},
    {"task.status", "cancelled", QT_TRANSLATE_NOOP("Patron::Choices", "Cancelled")},
    {"*.priority", "low", QT_TRANSLATE_NOOP("Patron::Choices", "Low")},
    {"*.priority", "normal", QT_TRANSLATE_NOOP("Patron::Choices", "Normal")},
    {"*.priority", "high", QT_TRANSLATE_NOOP("Patron::Choices", "High")},
    {"*.priority", "urgent", QT_TRANSLATE_NOOP("Patron::Choices", "Urgent")},
    {"field.field_type", "text", QT_TRANSLATE_NOOP("Patron::Choices", "Text")},
    {"field.field_type", "number", QT_TRANSLATE_NOOP("Patron::Choices", "Number")},
    {"field.field_type", "money", QT_TRANSLATE_NOOP("Patron::Choices", "Money")},
    {"field.field_type", "date", QT_TRANSLATE_NOOP("Patron::Choices", "Date")},
    {"field.field_type", "choice", QT_TRANSLATE_NOOP("Patron::Choices", "Choice")},
    {"field.field_type", "multichoice", QT_TRANSLATE_NOOP("Patron::Choices", "Multiple choice")},
    {"field.field_type", "phone", QT_TRANSLATE_NOOP("Patron::Choices", "Phone")},
    {"field.field_type", "email", QT_TRANSLATE_NOOP("Patron::Choices", "Email")},
    {"field.field_type", "bool", QT_TRANSLATE_NOOP("Patron::Choices", "Yes/No")},
};

} // namespace

const FieldSpec *EntitySpec::field(const QString &key) const
{
    for (const FieldSpec &f : fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

const EntitySpec &entitySpec(Entity entity)
{
    static const QList<EntitySpec> specs = buildSpecs();
    for (const EntitySpec &s : specs) {
        if (s.entity == entity)
            return s;
    }
    return specs.first();
}

QString entityDisplayName(Entity entity)
{
    switch (entity) {
    case Entity::Customer: return QCoreApplication::translate("Patron::Entities", "customer");
    case Entity::Contact: return QCoreApplication::translate("Patron::Entities", "contact");
    case Entity::Order: return QCoreApplication::translate("Patron::Entities", "order");
    case Entity::Activity: return QCoreApplication::translate("Patron::Entities", "follow-up record");
    case Entity::Ticket: return QCoreApplication::translate("Patron::Entities", "service ticket");
    case Entity::Task: return QCoreApplication::translate("Patron::Entities", "task");
    case Entity::User: return QCoreApplication::translate("Patron::Entities", "user");
    case Entity::Tag: return QCoreApplication::translate("Patron::Entities", "tag");
    case Entity::FieldDef: return QCoreApplication::translate("Patron::Entities", "custom field");
    }
    return {};
}

QString fieldLabel(const FieldSpec &field)
{
    return QCoreApplication::translate(kFieldContext, field.label);
}

QString fieldLabel(Entity entity, const QString &key)
{
    const FieldSpec *f = entitySpec(entity).field(key);
    return f ? fieldLabel(*f) : key;
}

QString choiceLabel(Entity entity, const QString &key, const QString &value)
{
    const QString specific = entitySpec(entity).name + QLatin1Char('.') + key;
    const QString generic = QStringLiteral("*.") + key;
    for (const ChoiceText &c : kChoices) {
        const QLatin1String k(c.key);
        if ((k == specific || k == generic) && QLatin1String(c.value) == value)
            return QCoreApplication::translate("Patron::Choices", c.text);
    }
    return value;
}

} // namespace Patron
