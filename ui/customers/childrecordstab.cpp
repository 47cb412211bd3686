#include "childrecordstab.h"

#include "commands/commandcontext.h"
#include "services/customerservice.h"
#include "services/workspace.h"
#include "util/values.h"
#include "widgets/recorddialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Patron {

ChildRecordsTab::ChildRecordsTab(CommandContext &context, Entity entity, const QStringList &columns, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_entity(entity)
    , m_columns(columns)
    , m_table(new QTableWidget(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    const QString name = entitySpec(entity).name;
    setObjectName(name + QStringLiteral("Tab"));
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setColumnCount(int(columns.size()));
    QStringList labels;
    for (const QString &c : columns)
        labels << fieldLabel(entity, c);
    m_table->setHorizontalHeaderLabels(labels);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Widths from typical values and the header text, so nothing common is cut off.
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = fm.horizontalAdvance(QLatin1Char('M')) * 2;
    for (int i = 0; i < columns.size(); ++i) {
        const FieldSpec *f = entitySpec(entity).field(columns.at(i));
        QString sample = QStringLiteral("MMMMMMM");
        if (columns.at(i) == QLatin1String("order_no"))
            sample = QStringLiteral("SO2026091600001");
        else if (columns.at(i) == QLatin1String("product") || columns.at(i) == QLatin1String("email"))
            sample = QStringLiteral("someone@example.com.cn");
        else if (f && f->type == FieldType::Money)
            sample = QStringLiteral("¥1,234,567.00");
        else if (f && f->type == FieldType::Date)
            sample = QStringLiteral("2026-12-31");
        else if (f && (f->type == FieldType::Mobile || f->type == FieldType::Phone))
            sample = QStringLiteral("0571-88886666");
        else if (f && f->type == FieldType::Choice) {
            sample.clear();
            for (const QString &c : f->choices)
                sample = fm.horizontalAdvance(choiceLabel(entity, f->key, c)) > fm.horizontalAdvance(sample)
                             ? choiceLabel(entity, f->key, c)
                             : sample;
        }
        const int header = m_table->horizontalHeader()->fontMetrics().horizontalAdvance(labels.at(i));
        m_table->setColumnWidth(i, std::max(fm.horizontalAdvance(sample), header) + pad);
    }

    auto *add = new QPushButton(entity == Entity::Contact ? tr("&Add contact…") : tr("&Add order…"), this);
    add->setObjectName(QStringLiteral("addButton"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    connect(add, &QPushButton::clicked, this, &ChildRecordsTab::addRecord);
    connect(m_edit, &QPushButton::clicked, this, [this] { editRecord(currentId()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteRecord(currentId()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { editRecord(currentId()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(currentId() > 0);
        m_delete->setEnabled(currentId() > 0);
    });
    m_edit->setEnabled(false);
    m_delete->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
}

void ChildRecordsTab::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    reload();
}

QString ChildRecordsTab::display(const QString &key, const QVariant &value) const
{
    const FieldSpec *f = entitySpec(m_entity).field(key);
    if (!f || value.isNull())
        return value.toString();
    switch (f->type) {
    case FieldType::Money: return Values::formatMoney(value.toLongLong());
    case FieldType::Choice: return choiceLabel(m_entity, key, value.toString());
    case FieldType::Date: return Values::displayDate(value.toString());
    case FieldType::DateTime: return Values::displayDateTime(value.toString());
    case FieldType::Bool: return value.toInt() ? tr("Yes") : QString();
    default: return value.toString();
    }
}

void ChildRecordsTab::reload()
{
    const qint64 selected = currentId();
    m_table->setRowCount(0);
    if (m_customerId <= 0)
        return;
    auto rows = m_context.workspace().customers().children(m_entity, m_customerId);
    if (!rows)
        return;
    m_table->setRowCount(int(rows->size()));
    for (int r = 0; r < rows->size(); ++r) {
        const Record &rec = rows->at(r);
        for (int c = 0; c < m_columns.size(); ++c) {
            auto *item = new QTableWidgetItem(display(m_columns.at(c), rec.value(m_columns.at(c))));
            if (c == 0)
                item->setData(Qt::UserRole, rec.value(QStringLiteral("id")));
            const FieldSpec *f = entitySpec(m_entity).field(m_columns.at(c));
            if (f && f->type == FieldType::Money)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
        if (rec.value(QStringLiteral("id")).toLongLong() == selected)
            m_table->selectRow(r);
    }
}

qint64 ChildRecordsTab::currentId() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0) || m_table->selectedItems().isEmpty())
        return 0;
    return m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

Record ChildRecordsTab::defaults() const
{
    Record r{{entitySpec(m_entity).customerKey, m_customerId}};
    if (m_entity == Entity::Order) {
        r.insert(QStringLiteral("ordered_at"), Values::storeDate(QDate::currentDate()));
        r.insert(QStringLiteral("status"), QStringLiteral("completed"));
        r.insert(QStringLiteral("quantity"), 1);
    }
    return r;
}

void ChildRecordsTab::addRecord()
{
    if (m_customerId > 0)
        RecordDialog::forNew(m_context, m_entity, defaults(), this)->open();
}

void ChildRecordsTab::editRecord(qint64 id)
{
    if (id <= 0)
        return;
    if (RecordDialog *dialog = RecordDialog::forEdit(m_context, m_entity, id, this))
        dialog->open();
    else
        reload();
}

void ChildRecordsTab::deleteRecord(qint64 id)
{
    if (id > 0)
        RecordDialog::deleteRecord(m_context, m_entity, id, this);
}

} // namespace Patron
