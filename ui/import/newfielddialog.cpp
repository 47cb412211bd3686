#include "newfielddialog.h"

#include "services/fieldservice.h"
#include "services/recordstore.h"
#include "services/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Patron {

NewFieldDialog::NewFieldDialog(Workspace &workspace, Entity entity, const QString &label, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_entity(entity)
    , m_label(new QLineEdit(label.trimmed(), this))
    , m_type(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("newFieldDialog"));
    setWindowTitle(tr("New custom field"));
    m_label->setObjectName(QStringLiteral("fieldLabel"));
    m_type->setObjectName(QStringLiteral("fieldType"));
    // Choice fields need their list of choices, which the fields dialog edits; the import
    // offers the types a column can fill as it is.
    for (const char *type : {"text", "number", "money", "date", "phone", "email", "bool"}) {
        const QString t = QString::fromLatin1(type);
        m_type->addItem(choiceLabel(Entity::FieldDef, QStringLiteral("field_type"), t), t);
    }
    m_error->setObjectName(QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Type:"), m_type);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create field"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewFieldDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewFieldDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The column's values will be stored in this new custom field."), this));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_label->selectAll();
    m_label->setFocus();
    setMinimumWidth(420);
}

void NewFieldDialog::accept()
{
    const QString label = m_label->text().trimmed();
    Result<qint64> id = m_workspace.fields().addField(m_entity, label, m_type->currentData().toString());
    if (!id) {
        m_error->setText(id.error().message);
        m_error->show();
        return;
    }
    auto def = m_workspace.store().get(Entity::FieldDef, id.value());
    if (!def) {
        m_error->setText(def.error().message);
        m_error->show();
        return;
    }
    m_key = def->value(QStringLiteral("field_key")).toString();
    m_createdLabel = label;
    QDialog::accept();
}

} // namespace Patron
