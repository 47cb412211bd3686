#include "recorddialog.h"

#include "commands/changerecordcommand.h"
#include "commands/commandcontext.h"
#include "commands/createrecordcommand.h"
#include "commands/deleterecordcommand.h"
#include "services/customerservice.h"
#include "services/fieldservice.h"
#include "services/recordstore.h"
#include "services/tagservice.h"
#include "services/workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Patron {

RecordDialog::RecordDialog(Workspace &workspace, Entity entity, bool isNew, const Record &values, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_entity(entity)
    , m_isNew(isNew)
    , m_initial(values)
{
    setObjectName(QStringLiteral("RecordDialog"));
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    const QString noun = entityDisplayName(entity);
    setWindowTitle(isNew ? tr("New %1").arg(noun) : tr("Edit %1").arg(noun));
    if (entitySpec(entity).hasCustomFields) {
        auto defs = workspace.fields().fields(entity, false);
        if (defs)
            m_customDefs = defs.value();
    }
    build();
}

EditorChoices RecordDialog::loadChoices(Workspace &workspace, qint64 customerId)
{
    EditorChoices choices;
    auto users = workspace.users().users();
    if (users) {
        for (const Record &u : users.value())
            choices.users.append({u.value(QStringLiteral("id")).toLongLong(), u.value(QStringLiteral("display_name")).toString()});
    }
    if (customerId > 0) {
        auto contacts = workspace.customers().children(Entity::Contact, customerId);
        if (contacts) {
            for (const Record &c : contacts.value())
                choices.contacts.append({c.value(QStringLiteral("id")).toLongLong(), c.value(QStringLiteral("name")).toString()});
        }
    }
    return choices;
}

void RecordDialog::build()
{
    const EntitySpec &spec = entitySpec(m_entity);
    const EditorChoices choices = loadChoices(m_workspace, m_initial.value(spec.customerKey).toLongLong());

    auto *layout = new QVBoxLayout(this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b42318; background: #fef3f2; border: 1px solid #fecdca;"
                                          " border-radius: 4px; padding: 6px; }"));
    m_error->hide();

    auto *formHost = new QWidget(this);
    auto *form = new QFormLayout(formHost);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto addEditor = [&](const FieldDescriptor &d) {
        auto *e = new FieldEditor(d, choices, formHost);
        e->setValue(Patron::recordValue(m_initial, d.key));
        form->addRow(d.required ? d.label + QStringLiteral(" *") : d.label, e->widget());
        m_editors << e;
    };
    for (const FieldSpec &f : spec.fields) {
        if (f.type == FieldType::CustomerRef)
            continue;
        // Set by TaskService when a reminder is shown or snoozed, never typed.
        if (m_entity == Entity::Task && f.key == QLatin1String("reminded_at"))
            continue;
        if (f.type == FieldType::ContactRef && choices.contacts.isEmpty())
            continue;
        addEditor(FieldDescriptor::fromSpec(m_entity, f));
    }
    for (const Record &def : std::as_const(m_customDefs))
        addEditor(FieldDescriptor::fromDefinition(def));

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(formHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_isNew ? tr("Create") : tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);

    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_buttons);
    formHost->adjustSize();
    resize(std::max(480, formHost->sizeHint().width() + 40), std::min(640, formHost->sizeHint().height() + 110));
}

void RecordDialog::setVisibleFields(const QStringList &keys)
{
    if (m_editors.isEmpty())
        return;
    auto *form = qobject_cast<QFormLayout *>(m_editors.first()->widget()->parentWidget()->layout());
    // Take every row out, then put back the wanted ones in the wanted order. Hidden editors
    // stay alive: their values (defaults such as the kind of a note) are still submitted.
    QHash<FieldEditor *, QWidget *> labels;
    for (FieldEditor *e : std::as_const(m_editors)) {
        QFormLayout::TakeRowResult row = form->takeRow(e->widget());
        if (row.labelItem)
            labels.insert(e, row.labelItem->widget());
        delete row.labelItem;
        delete row.fieldItem;
        e->widget()->hide();
        if (QWidget *label = labels.value(e))
            label->hide();
    }
    for (const QString &k : keys) {
        FieldEditor *e = editor(k);
        if (!e)
            continue;
        QWidget *label = labels.take(e);
        form->addRow(label, e->widget());
        if (label)
            label->show();
        e->widget()->show();
    }
    qDeleteAll(labels);
    adjustSize();
}

void RecordDialog::setIntro(const QString &text)
{
    auto *intro = new QLabel(text, this);
    intro->setWordWrap(true);
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, intro);
}

void RecordDialog::addExtraRow(int row, const QString &key, const QString &label, QWidget *widget,
                               std::function<QVariant()> value)
{
    QFormLayout *form = nullptr;
    if (!m_editors.isEmpty())
        form = qobject_cast<QFormLayout *>(m_editors.first()->widget()->parentWidget()->layout());
    if (!form)
        return;
    widget->setParent(form->parentWidget());
    form->insertRow(row, label, widget);
    m_extras.append({key, std::move(value)});
    adjustSize();
}

FieldEditor *RecordDialog::editor(const QString &key) const
{
    for (FieldEditor *e : m_editors) {
        if (e->field().key == key)
            return e;
    }
    return nullptr;
}

Record RecordDialog::values() const
{
    Record out = m_initial;
    out.remove(QStringLiteral("custom"));
    QVariantMap custom = m_initial.value(QStringLiteral("custom")).toMap();
    for (FieldEditor *e : m_editors) {
        const QString key = e->field().key;
        if (key.startsWith(QLatin1String("custom."))) {
            if (m_isNew) {
                const QVariant v = e->value();
                if (v.isNull() || canonicalValue(v).isEmpty())
                    custom.remove(key.mid(7));
                else
                    custom.insert(key.mid(7), v);
            } else {
                out.insert(key, e->value());
            }
            continue;
        }
        const QVariant v = e->value();
        // An empty optional value on a new row: let the database default apply.
        if (m_isNew && v.isNull() && !entitySpec(m_entity).field(key)->nullable)
            continue;
        out.insert(key, v);
    }
    for (const ExtraRow &x : m_extras) {
        const QVariant v = x.value();
        if (m_isNew && v.isNull())
            out.remove(x.key);
        else
            out.insert(x.key, v);
    }
    if (m_isNew && entitySpec(m_entity).hasCustomFields)
        out.insert(QStringLiteral("custom"), custom);
    return out;
}

Record RecordDialog::changedValues() const
{
    Record out;
    for (FieldEditor *e : m_editors) {
        const QVariant v = e->value();
        if (canonicalValue(v) != canonicalValue(Patron::recordValue(m_initial, e->field().key)))
            out.insert(e->field().key, v);
    }
    for (const ExtraRow &x : m_extras) {
        const QVariant v = x.value();
        if (canonicalValue(v) != canonicalValue(Patron::recordValue(m_initial, x.key)))
            out.insert(x.key, v);
    }
    return out;
}

Record RecordDialog::originalValues(const Record &changes) const
{
    Record out;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        out.insert(it.key(), Patron::recordValue(m_initial, it.key()));
    return out;
}

void RecordDialog::setSubmitHandler(std::function<Status(const Record &)> handler)
{
    m_submit = std::move(handler);
}

void RecordDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

Status RecordDialog::checkValues(Record &values) const
{
    // Custom values are checked against their definitions; built-in ones by RecordStore.
    Record builtin;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.key().startsWith(QLatin1String("custom."))) {
            for (const Record &def : m_customDefs) {
                if (QStringLiteral("custom.") + def.value(QStringLiteral("field_key")).toString() != it.key())
                    continue;
                auto v = FieldService::normalizeValue(def, it.value());
                if (!v)
                    return v.error();
                it.value() = v.value();
            }
        } else if (it.key() == QLatin1String("custom")) {
            QVariantMap custom = it.value().toMap();
            for (const Record &def : m_customDefs) {
                const QString key = def.value(QStringLiteral("field_key")).toString();
                if (!custom.contains(key))
                    continue;
                auto v = FieldService::normalizeValue(def, custom.value(key));
                if (!v)
                    return v.error();
                if (v->isNull())
                    custom.remove(key);
                else
                    custom.insert(key, v.value());
            }
            it.value() = custom;
        } else if (entitySpec(m_entity).field(it.key())) {
            builtin.insert(it.key(), it.value());
        }
    }
    Status s = m_workspace.store().validate(m_entity, builtin, m_isNew);
    if (!s)
        return s;
    for (auto it = builtin.begin(); it != builtin.end(); ++it)
        values.insert(it.key(), it.value());
    return {};
}

void RecordDialog::accept()
{
    Record v = m_isNew ? values() : changedValues();
    if (!m_isNew && v.isEmpty()) {
        QDialog::accept(); // nothing changed
        return;
    }
    Status s = checkValues(v);
    if (s && m_submit)
        s = m_submit(v);
    if (!s) {
        showError(s.error().message);
        return;
    }
    showError(QString());
    QDialog::accept();
}

RecordDialog *RecordDialog::forNew(CommandContext &context, Entity entity, const Record &defaults, QWidget *parent)
{
    auto *dialog = new RecordDialog(context.workspace(), entity, true, defaults, parent);
    dialog->setSubmitHandler([&context, entity](const Record &values) {
        return context.push(new CreateRecordCommand(context, entity, values, tr("New %1").arg(entityDisplayName(entity))));
    });
    return dialog;
}

RecordDialog *RecordDialog::forEdit(CommandContext &context, Entity entity, qint64 id, QWidget *parent)
{
    auto rec = context.workspace().store().get(entity, id);
    if (!rec) {
        QMessageBox::warning(parent, tr("Patron"), rec.error().message);
        return nullptr;
    }
    auto *dialog = new RecordDialog(context.workspace(), entity, false, rec.value(), parent);
    const int version = rec->value(QStringLiteral("version")).toInt();
    dialog->setSubmitHandler([&context, dialog, entity, id, version](const Record &changes) {
        return context.push(new ChangeRecordCommand(context, entity, id, version, dialog->originalValues(changes), changes,
                                                    tr("Edit %1").arg(entityDisplayName(entity))));
    });
    return dialog;
}

void RecordDialog::deleteRecord(CommandContext &context, Entity entity, qint64 id, QWidget *parent)
{
    auto rec = context.workspace().store().get(entity, id);
    const int version = rec ? rec->value(QStringLiteral("version")).toInt() : -1;
    Status s = context.push(new DeleteRecordCommand(context, entity, id, version,
                                                    tr("Delete %1").arg(entityDisplayName(entity))));
    if (!s)
        QMessageBox::warning(parent, tr("Patron"), s.error().message);
}

} // namespace Patron
