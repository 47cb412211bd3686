#include "soptemplatesdialog.h"

#include "services/workspace.h"
#include "sop/sopservice.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Patron {

SopTemplatesDialog::SopTemplatesDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_description(new QLabel(this))
{
    setObjectName(QStringLiteral("sopTemplatesDialog"));
    setWindowTitle(tr("SOP templates"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Ready-made SOPs. They are added disabled: preview, then enable."), this));
    m_list->setObjectName(QStringLiteral("templateList"));
    for (const SopTemplate &t : workspace.sop().templates()) {
        auto *item = new QListWidgetItem(t.kind == QLatin1String("playbook") ? tr("%1 (playbook)").arg(t.name) : t.name, m_list);
        item->setData(Qt::UserRole, t.id);
        item->setData(Qt::UserRole + 1, t.description);
        item->setData(Qt::UserRole + 2, t.name);
    }
    layout->addWidget(m_list, 1);
    m_description->setObjectName(QStringLiteral("templateDescription"));
    m_description->setWordWrap(true);
    m_description->setMinimumHeight(fontMetrics().height() * 4);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_description);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, [this, buttons](int row) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0);
        m_description->setText(row >= 0 ? m_list->item(row)->data(Qt::UserRole + 1).toString() : QString());
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    resize(QSize(520, 360).expandedTo(sizeHint()));
}

QString SopTemplatesDialog::templateId() const
{
    QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString SopTemplatesDialog::templateName() const
{
    QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole + 2).toString() : QString();
}

} // namespace Patron
