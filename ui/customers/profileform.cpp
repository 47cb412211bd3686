#include "profileform.h"

#include "commands/changerecordcommand.h"
#include "commands/commandcontext.h"
#include "services/fieldservice.h"
#include "services/recordstore.h"
#include "services/workspace.h"
#include "widgets/fieldeditor.h"
#include "widgets/recorddialog.h"

#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Patron {

namespace {
// Which built-in fields go in the left and right column; the rest span the width below.
const char *const kLeft[] = {"kind", "name", "code", "contact_name", "mobile", "phone", "email"};
const char *const kRight[] = {"owner_id", "lifecycle_stage", "province", "city", "address", "industry", "source"};
} // namespace

ProfileForm::ProfileForm(CommandContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_messageBar(new QFrame(this))
    , m_message(new QLabel(m_messageBar))
    , m_reloadKeep(new QPushButton(tr("Reload, keep my edits"), m_messageBar))
    , m_reloadDiscard(new QPushButton(tr("Reload, discard my edits"), m_messageBar))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
{
    setObjectName(QStringLiteral("profileForm"));
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_message->setObjectName(QStringLiteral("messageText"));
    m_message->setWordWrap(true);
    m_reloadKeep->setObjectName(QStringLiteral("reloadKeepButton"));
    m_reloadDiscard->setObjectName(QStringLiteral("reloadDiscardButton"));
    auto *bar = new QHBoxLayout(m_messageBar);
    bar->addWidget(m_message, 1);
    bar->addWidget(m_reloadKeep);
    bar->addWidget(m_reloadDiscard);
    m_messageBar->hide();
    connect(m_reloadKeep, &QPushButton::clicked, this, &ProfileForm::reloadKeepingEdits);
    connect(m_reloadDiscard, &QPushButton::clicked, this, &ProfileForm::reloadDiscardingEdits);

    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save the changed fields (Ctrl+S)"));
    m_revert->setObjectName(QStringLiteral("revertButton"));
    connect(m_save, &QPushButton::clicked, this, &ProfileForm::save);
    connect(m_revert, &QPushButton::clicked, this, &ProfileForm::revert);

    m_formHost = new QWidget;
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_formHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    updateDirty();
}

qint64 ProfileForm::customerId() const
{
    return m_loaded.value(QStringLiteral("id")).toLongLong();
}

void ProfileForm::rebuild()
{
    Workspace &ws = m_context.workspace();
    auto defs = ws.fields().fields(Entity::Customer, false);
    m_customDefs = defs ? defs.value() : QList<Record>();
    qDeleteAll(m_editors);
    m_editors.clear();
    delete m_formHost->layout();
    const auto children = m_formHost->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(children);

    const EditorChoices choices = RecordDialog::loadChoices(ws, 0);
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    auto *bottom = new QFormLayout;
    // Explicit spacing: a nested form would inherit the 24 px gap between the columns.
    for (auto *f : {left, right, bottom}) {
        f->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        f->setVerticalSpacing(6);
        f->setHorizontalSpacing(12);
    }
    const EntitySpec &spec = entitySpec(Entity::Customer);
    auto add = [&](QFormLayout *form, const FieldDescriptor &d) {
        auto *e = new FieldEditor(d, choices, m_formHost);
        connect(e, &FieldEditor::edited, this, &ProfileForm::updateDirty);
        form->addRow(d.required ? d.label + QStringLiteral(" *") : d.label, e->widget());
        m_editors << e;
    };
    QStringList placed;
    for (const char *k : kLeft) {
        add(left, FieldDescriptor::fromSpec(Entity::Customer, *spec.field(QLatin1String(k))));
        placed << QLatin1String(k);
    }
    for (const char *k : kRight) {
        add(right, FieldDescriptor::fromSpec(Entity::Customer, *spec.field(QLatin1String(k))));
        placed << QLatin1String(k);
    }
    for (const FieldSpec &f : spec.fields) {
        if (!placed.contains(f.key))
            add(bottom, FieldDescriptor::fromSpec(Entity::Customer, f));
    }
    // The two columns keep their natural height; extra room goes below the form.
    auto *columnsHost = new QWidget(m_formHost);
    columnsHost->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *columns = new QHBoxLayout(columnsHost);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(24);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(m_formHost);
    layout->addWidget(columnsHost);
    layout->addLayout(bottom);
    if (!m_customDefs.isEmpty()) {
        auto *box = new QGroupBox(tr("Custom fields"), m_formHost);
        auto *customLeft = new QFormLayout;
        auto *customRight = new QFormLayout;
        for (auto *f : {customLeft, customRight}) {
            f->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
            f->setVerticalSpacing(6);
            f->setHorizontalSpacing(12);
        }
        for (int i = 0; i < m_customDefs.size(); ++i) {
            auto *e = new FieldEditor(FieldDescriptor::fromDefinition(m_customDefs.at(i)), choices, box);
            connect(e, &FieldEditor::edited, this, &ProfileForm::updateDirty);
            (i % 2 == 0 ? customLeft : customRight)->addRow(e->field().label, e->widget());
            m_editors << e;
        }
        auto *boxLayout = new QHBoxLayout(box);
        boxLayout->setSpacing(24);
        boxLayout->addLayout(customLeft, 1);
        boxLayout->addLayout(customRight, 1);
        layout->addWidget(box);
    }
    layout->addStretch();
}

void ProfileForm::load(const Record &customer)
{
    const bool sameCustomer = customerId() == customer.value(QStringLiteral("id")).toLongLong();
    m_loaded = customer;
    if (!sameCustomer || m_editors.isEmpty())
        rebuild();
    for (FieldEditor *e : std::as_const(m_editors))
        e->setValue(recordValue(m_loaded, e->field().key));
    m_messageBar->hide();
    updateDirty();
}

void ProfileForm::reloadFields()
{
    const Record edits = changes();
    rebuild();
    for (FieldEditor *e : std::as_const(m_editors))
        e->setValue(edits.contains(e->field().key) ? edits.value(e->field().key) : recordValue(m_loaded, e->field().key));
    updateDirty();
}

void ProfileForm::externalChange(const Record &fresh)
{
    if (fresh.value(QStringLiteral("version")) == m_loaded.value(QStringLiteral("version")))
        return;
    if (!isDirty()) {
        load(fresh);
        return;
    }
    showMessage(tr("This customer was changed elsewhere while you were editing. Your edits are kept; "
                   "reload to see the other changes."),
                true);
}

Record ProfileForm::changes() const
{
    Record out;
    for (FieldEditor *e : m_editors) {
        const QVariant v = e->value();
        if (!sameStoredValue(v, recordValue(m_loaded, e->field().key)))
            out.insert(e->field().key, v);
    }
    return out;
}

bool ProfileForm::isDirty() const
{
    return !changes().isEmpty();
}

void ProfileForm::updateDirty()
{
    const bool dirty = isDirty();
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
    if (dirty != m_dirty) {
        m_dirty = dirty;
        emit dirtyChanged(dirty);
    }
}

void ProfileForm::showMessage(const QString &text, bool conflict)
{
    m_message->setText(text);
    m_reloadKeep->setVisible(conflict);
    m_reloadDiscard->setVisible(conflict);
    m_messageBar->setStyleSheet(conflict ? QStringLiteral("#messageBar { background: #fffaeb; border: 1px solid #fedf89; border-radius: 4px; }")
                                         : QStringLiteral("#messageBar { background: #fef3f2; border: 1px solid #fecdca; border-radius: 4px; }"));
    m_messageBar->show();
}

bool ProfileForm::save()
{
    Record changed = changes();
    if (changed.isEmpty())
        return true;
    // Normalise first, so the command holds what the database will hold (undo compares).
    Record builtin;
    for (auto it = changed.begin(); it != changed.end(); ++it) {
        if (!it.key().startsWith(QLatin1String("custom.")))
            builtin.insert(it.key(), it.value());
    }
    Status valid = m_context.workspace().store().validate(Entity::Customer, builtin, false);
    if (!valid) {
        showMessage(valid.error().message, false);
        return false;
    }
    for (auto it = builtin.begin(); it != builtin.end(); ++it)
        changed.insert(it.key(), it.value());
    for (const Record &def : std::as_const(m_customDefs)) {
        const QString key = QStringLiteral("custom.") + def.value(QStringLiteral("field_key")).toString();
        if (!changed.contains(key))
            continue;
        auto v = FieldService::normalizeValue(def, changed.value(key));
        if (!v) {
            showMessage(v.error().message, false);
            return false;
        }
        changed.insert(key, v.value());
    }
    Record old;
    for (auto it = changed.begin(); it != changed.end(); ++it)
        old.insert(it.key(), recordValue(m_loaded, it.key()));

    const QString name = m_loaded.value(QStringLiteral("name")).toString();
    const int version = m_loaded.value(QStringLiteral("version")).toInt();
    Status s = m_context.push(new ChangeRecordCommand(m_context, Entity::Customer, customerId(), version, old, changed,
                                                      tr("Edit customer “%1”").arg(name)));
    if (!s) {
        if (s.error().code == Error::Conflict)
            showMessage(s.error().message, true);
        else if (s.error().code == Error::NotFound)
            showMessage(tr("This customer was deleted by someone else. Your edits could not be saved."), false);
        else
            showMessage(s.error().message, false);
        return false;
    }
    auto fresh = m_context.workspace().store().get(Entity::Customer, customerId());
    if (fresh)
        load(fresh.value());
    emit saved();
    return true;
}

void ProfileForm::revert()
{
    load(m_loaded);
}

void ProfileForm::reloadKeepingEdits()
{
    const Record edits = changes();
    auto fresh = m_context.workspace().store().get(Entity::Customer, customerId());
    if (!fresh) {
        showMessage(fresh.error().message, false);
        return;
    }
    load(fresh.value());
    for (auto it = edits.begin(); it != edits.end(); ++it) {
        for (FieldEditor *e : std::as_const(m_editors)) {
            if (e->field().key == it.key())
                e->setValue(it.value());
        }
    }
    updateDirty();
}

void ProfileForm::reloadDiscardingEdits()
{
    auto fresh = m_context.workspace().store().get(Entity::Customer, customerId());
    if (!fresh) {
        showMessage(fresh.error().message, false);
        return;
    }
    load(fresh.value());
}

} // namespace Patron
