#include "soppreviewpanel.h"

#include <QLocale>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Patron {

SopPreviewPanel::SopPreviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
{
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Preview runs the rule as a dry run: it lists the customers it would touch now, "
                          "and changes nothing."));
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setHorizontalHeaderLabels({tr("Customer code"), tr("Customer"), tr("Step"), tr("What would happen")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem *item = m_table->item(row, 0))
            emit openCustomerRequested(item->data(Qt::UserRole).toLongLong());
    });
}

void SopPreviewPanel::showRunning()
{
    m_table->setRowCount(0);
    m_summary->setProperty("customers", QVariant());
    m_summary->setText(tr("Running the preview…"));
}

void SopPreviewPanel::showError(const QString &message)
{
    m_table->setRowCount(0);
    m_summary->setText(tr("The preview failed: %1").arg(message));
}

void SopPreviewPanel::showReport(const SopRunReport &report)
{
    m_table->setRowCount(0);
    QSet<qint64> customers;
    QStringList ruleErrors;
    for (const SopRuleReport &rule : report.rules) {
        if (!rule.error.isEmpty())
            ruleErrors << rule.error;
        for (const SopFiring &f : rule.firings) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto *code = new QTableWidgetItem(f.customerCode);
            code->setData(Qt::UserRole, f.customerId);
            m_table->setItem(row, 0, code);
            m_table->setItem(row, 1, new QTableWidgetItem(f.customerName));
            m_table->setItem(row, 2, new QTableWidgetItem(f.step > 0 ? QString::number(f.step) : QString()));
            auto *what = new QTableWidgetItem(f.error ? tr("Error: %1").arg(f.what) : f.what);
            m_table->setItem(row, 3, what);
            customers.insert(f.customerId);
        }
    }
    m_summary->setProperty("customers", int(customers.size()));
    QString text = tr("As of %1 this would touch %Ln customer(s).", nullptr, int(customers.size()))
                       .arg(QLocale().toString(report.asOf, QLocale::ShortFormat));
    if (!report.snapshotError.isEmpty())
        text += QLatin1Char('\n') + tr("The RFM values could not be brought up to date: %1").arg(report.snapshotError);
    if (!ruleErrors.isEmpty())
        text += QLatin1Char('\n') + ruleErrors.join(QLatin1Char('\n'));
    m_summary->setText(text);
}

} // namespace Patron
