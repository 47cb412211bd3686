#include "choicedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Patron {

ChoiceDialog::ChoiceDialog(const QString &title, const QString &prompt, QWidget *parent)
    : QDialog(parent)
    , m_combo(new QComboBox(this))
{
    setObjectName(QStringLiteral("ChoiceDialog"));
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    m_combo->setObjectName(QStringLiteral("choice"));
    m_combo->setMinimumWidth(260);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ChoiceDialog::addChoice(const QString &text, const QVariant &data)
{
    m_combo->addItem(text, data);
}

void ChoiceDialog::setEditable(bool editable)
{
    m_combo->setEditable(editable);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    if (editable)
        m_combo->setCurrentText(QString());
}

QVariant ChoiceDialog::selectedData() const
{
    if (m_combo->isEditable()) {
        // A typed text that matches an entry means that entry.
        const int i = m_combo->findText(m_combo->currentText().trimmed());
        return i >= 0 ? m_combo->itemData(i) : QVariant();
    }
    return m_combo->currentData();
}

QString ChoiceDialog::selectedText() const
{
    return m_combo->currentText().trimmed();
}

} // namespace Patron
