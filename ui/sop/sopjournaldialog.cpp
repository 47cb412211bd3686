#include "sopjournaldialog.h"

#include "services/workspace.h"

#include <QColor>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Patron {

namespace {
enum Column { WhenColumn, RuleColumn, StepColumn, CustomerColumn, ResultColumn, DetailColumn, ColumnCount };
constexpr int kLimit = 5000;
}

SopJournalDialog::SopJournalDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_rule(new QComboBox(this))
    , m_customer(new QLineEdit(this))
    , m_result(new QComboBox(this))
    , m_useDates(new QCheckBox(tr("From"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("sopJournalDialog"));
    setWindowTitle(tr("SOP journal"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_rule->setObjectName(QStringLiteral("journalRule"));
    m_customer->setObjectName(QStringLiteral("journalCustomer"));
    m_customer->setPlaceholderText(tr("Customer name or code"));
    m_customer->setClearButtonEnabled(true);
    m_result->setObjectName(QStringLiteral("journalResult"));
    m_result->addItem(tr("Any result"), QString());
    m_result->addItem(tr("OK"), QStringLiteral("ok"));
    m_result->addItem(tr("Error"), QStringLiteral("error"));
    m_useDates->setObjectName(QStringLiteral("journalUseDates"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDate(QDate::currentDate());
        d->setEnabled(false);
        d->setMinimumWidth(d->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31")) + 48);
    }
    m_from->setObjectName(QStringLiteral("journalFrom"));
    m_to->setObjectName(QStringLiteral("journalTo"));
    m_from->setDate(QDate::currentDate().addDays(-30));
    filters->addWidget(new QLabel(tr("Rule"), this));
    filters->addWidget(m_rule, 1);
    filters->addWidget(m_customer, 1);
    filters->addWidget(m_result);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    auto *reload = new QPushButton(tr("Refresh"), this);
    reload->setObjectName(QStringLiteral("journalRefresh"));
    filters->addWidget(reload);
    layout->addLayout(filters);

    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Rule"), tr("Step"), tr("Customer"), tr("Result"), tr("Why / what")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    m_status->setObjectName(QStringLiteral("journalStatus"));
    layout->addWidget(m_status);

    reloadRules();
    connect(m_rule, &QComboBox::currentIndexChanged, this, &SopJournalDialog::refresh);
    connect(m_result, &QComboBox::currentIndexChanged, this, &SopJournalDialog::fill);
    connect(m_customer, &QLineEdit::textChanged, this, &SopJournalDialog::fill);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        refresh();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &SopJournalDialog::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &SopJournalDialog::refresh);
    connect(reload, &QPushButton::clicked, this, [this] {
        reloadRules();
        refresh();
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem *item = m_table->item(row, CustomerColumn))
            emit openCustomerRequested(item->data(Qt::UserRole).toLongLong());
    });
    connect(&workspace.sop(), &SopService::journalChanged, this, &SopJournalDialog::refresh, Qt::QueuedConnection);
    connect(&workspace.sop(), &SopService::rulesChanged, this, &SopJournalDialog::reloadRules, Qt::QueuedConnection);
    refresh();
    resize(QSize(1000, 560).expandedTo(sizeHint()));
}

void SopJournalDialog::reloadRules()
{
    const qint64 current = m_rule->currentData().toLongLong();
    QSignalBlocker block(m_rule);
    m_rule->clear();
    m_rule->addItem(tr("Any rule"), qint64(0));
    if (auto rules = m_workspace.sop().rules()) {
        for (const SopRule &r : rules.value())
            m_rule->addItem(r.name, r.id);
    }
    m_rule->setCurrentIndex(qMax(0, m_rule->findData(current)));
}

void SopJournalDialog::setRuleFilter(qint64 ruleId)
{
    reloadRules();
    {
        const QSignalBlocker block(m_rule);
        m_rule->setCurrentIndex(qMax(0, m_rule->findData(ruleId)));
    }
    refresh();
}

void SopJournalDialog::refresh()
{
    SopJournalFilter filter;
    filter.ruleId = m_rule->currentData().toLongLong();
    filter.limit = kLimit;
    if (m_useDates->isChecked()) {
        filter.from = m_from->date().toString(Qt::ISODate);
        // Inclusive to the end of that day: as_of is a timestamp.
        filter.to = m_to->date().toString(Qt::ISODate) + QStringLiteral("T23:59:59");
    }
    auto entries = m_workspace.sop().journal(filter);
    if (!entries) {
        m_entries.clear();
        m_status->setText(entries.error().message);
        m_table->setRowCount(0);
        return;
    }
    m_entries = entries.value();
    fill();
}

namespace {

// Objects read "create_task · task: 12", lists join their items with "; ".
QString describeValue(const QJsonValue &v)
{
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items << describeValue(item);
        return items.join(QStringLiteral("; "));
    }
    if (!v.isObject())
        return v.toVariant().toString();
    const QJsonObject o = v.toObject();
    if (o.contains(QLatin1String("error")))
        return o.value(QLatin1String("error")).toString();
    QStringList parts;
    if (o.contains(QLatin1String("kind")))
        parts << o.value(QLatin1String("kind")).toVariant().toString();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("kind"))
            continue;
        const QString text = describeValue(it.value());
        parts << (it.value().isArray() ? text : it.key() + QStringLiteral(": ") + text);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

QString SopJournalDialog::describeDetail(const QString &detail)
{
    const QJsonDocument doc = QJsonDocument::fromJson(detail.toUtf8());
    if (doc.isNull())
        return detail;
    return doc.isArray() ? describeValue(doc.array()) : describeValue(doc.object());
}

void SopJournalDialog::fill()
{
    const QString customer = m_customer->text().trimmed();
    const QString result = m_result->currentData().toString();
    m_table->setRowCount(0);
    for (const SopJournalEntry &e : std::as_const(m_entries)) {
        if (!result.isEmpty() && e.result != result)
            continue;
        if (!customer.isEmpty() && !e.customerName.contains(customer, Qt::CaseInsensitive)
            && !e.customerCode.contains(customer, Qt::CaseInsensitive))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QString when = e.asOf.left(16);
        when.replace(QLatin1Char('T'), QLatin1Char(' '));
        auto *whenItem = new QTableWidgetItem(when);
        whenItem->setToolTip(tr("Run at %1").arg(e.runAt));
        m_table->setItem(row, WhenColumn, whenItem);
        m_table->setItem(row, RuleColumn, new QTableWidgetItem(e.ruleName));
        m_table->setItem(row, StepColumn, new QTableWidgetItem(e.step > 0 ? QString::number(e.step) : QString()));
        auto *who = new QTableWidgetItem(e.customerCode.isEmpty() ? e.customerName
                                                                   : QStringLiteral("%1 %2").arg(e.customerCode, e.customerName));
        who->setData(Qt::UserRole, e.customerId);
        m_table->setItem(row, CustomerColumn, who);
        auto *res = new QTableWidgetItem(e.result == QLatin1String("ok") ? tr("OK") : tr("Error"));
        res->setData(Qt::UserRole, e.result);
        if (e.result != QLatin1String("ok"))
            res->setForeground(QColor(0xb3, 0x26, 0x1e));
        m_table->setItem(row, ResultColumn, res);
        const QString why = describeDetail(e.detail);
        auto *detail = new QTableWidgetItem(why);
        detail->setToolTip(QStringLiteral("%1\n%2").arg(why, e.occurrence));
        m_table->setItem(row, DetailColumn, detail);
    }
    m_status->setText(m_entries.size() >= kLimit
                          ? tr("Showing %1 of the newest %2 entries").arg(m_table->rowCount()).arg(kLimit)
                          : tr("%Ln entr(y/ies)", nullptr, m_table->rowCount()));
}

} // namespace Patron
