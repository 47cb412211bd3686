#include "columnsdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Patron {

ColumnsDialog::ColumnsDialog(const QList<CustomerColumn> &available, const QStringList &shown, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("ColumnsDialog"));
    setWindowTitle(tr("Columns"));
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    m_list->setObjectName(QStringLiteral("columnList"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    // Shown columns first, in their order, then the others.
    QList<CustomerColumn> ordered;
    for (const QString &key : shown) {
        for (const CustomerColumn &c : available) {
            if (c.key == key)
                ordered << c;
        }
    }
    for (const CustomerColumn &c : available) {
        if (!shown.contains(c.key))
            ordered << c;
    }
    for (const CustomerColumn &c : std::as_const(ordered)) {
        auto *item = new QListWidgetItem(c.label, m_list);
        item->setData(Qt::UserRole, c.key);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        item->setCheckState(shown.contains(c.key) ? Qt::Checked : Qt::Unchecked);
    }

    auto *up = new QPushButton(tr("Move &up"), this);
    auto *down = new QPushButton(tr("Move &down"), this);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    auto *side = new QVBoxLayout;
    side->addWidget(up);
    side->addWidget(down);
    side->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Tick the columns to show; drag or use the buttons to order them."), this));
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);
    resize(380, 460);
}

QStringList ColumnsDialog::columns() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_list->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

void ColumnsDialog::move(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
}

} // namespace Patron
