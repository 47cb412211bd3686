#include "dataqualitydialog.h"

#include "commands/commandcontext.h"
#include "services/dataqualityservice.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Patron {

namespace {
const int kQualityRole = Qt::UserRole;
const int kLabelRole = Qt::UserRole + 1;
const QString kFindDuplicates = QStringLiteral("#find-duplicates");
} // namespace

DataQualityDialog::DataQualityDialog(CommandContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_summary(new QLabel(this))
    , m_table(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("DataQualityDialog"));
    setWindowTitle(tr("Data quality"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_table->setObjectName(QStringLiteral("qualityTable"));
    m_table->setColumnCount(3);
    m_table->setHeaderLabels({tr("Check"), tr("Customers"), tr("Completeness")});
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setToolTip(tr("Click a line to list these customers"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *reload = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 620);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(reload, &QPushButton::clicked, this, &DataQualityDialog::refresh);
    connect(m_table, &QTreeWidget::itemClicked, this, &DataQualityDialog::activate);
    connect(m_table, &QTreeWidget::itemActivated, this, &DataQualityDialog::activate);
}

DataQualityDialog::~DataQualityDialog()
{
    if (m_thread)
        m_thread->wait();
}

void DataQualityDialog::refresh()
{
    if (m_thread)
        return;
    m_summary->setText(tr("Counting…"));
    Database *db = &m_context.workspace().database();
    RecordStore *store = &m_context.workspace().store();
    // One pass over every customer: a worker thread keeps the window responsive.
    m_thread = QThread::create([this, db, store] {
        const auto report = DataQualityService(*db, *store).report();
        db->releaseThreadConnection();
        QMetaObject::invokeMethod(
            this,
            [this, report] {
                m_thread->wait();
                m_thread = nullptr;
                if (!report) {
                    m_summary->setText(report.error().message);
                    return;
                }
                showReport(report.value());
            },
            Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

void DataQualityDialog::showReport(const QualityReport &report)
{
    m_table->clear();
    m_summary->setText(tr("%n active customer(s). Click a line to list the customers concerned.",
                          nullptr, int(report.total)));
    auto section = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_table, {title});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFlags(Qt::ItemIsEnabled);
        return item;
    };
    auto line
        = [this](const QString &text, qint64 count, const QString &quality, const QString &label) {
              auto *item = new QTreeWidgetItem(m_table, {text, QString::number(count)});
              item->setData(0, kQualityRole, quality);
              item->setData(0, kLabelRole, label);
              item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
              return item;
          };
    section(tr("Completeness"));
    for (const QualityItem &i : report.completeness) {
        // The bar shows the filled share; a click lists the customers where it is missing.
        QTreeWidgetItem *item
            = line(i.label, report.total - i.count, i.filter, tr("Missing: %1").arg(i.label));
        item->setToolTip(0, tr("%1 customers have no %2").arg(report.total - i.count).arg(i.label));
        auto *bar = new QProgressBar(m_table);
        bar->setRange(0, 1000);
        bar->setValue(report.total > 0 ? int(i.count * 1000 / report.total) : 0);
        bar->setFormat(report.total > 0 ? tr("%1%").arg(
                           double(i.count) * 100.0 / double(report.total), 0, 'f', 1)
                                        : QStringLiteral("–"));
        bar->setMaximumHeight(m_table->fontMetrics().height() + 4);
        m_table->setItemWidget(item, 2, bar);
    }
    section(tr("Invalid values"));
    for (const QualityItem &i : report.invalid)
        line(i.label, i.count, i.filter, tr("Invalid: %1").arg(i.label));
    section(tr("Duplicates"));
    line(tr("Same mobile, email or customer code"), report.duplicates.count,
         report.duplicates.filter, tr("Duplicates"));
    QTreeWidgetItem *find
        = line(tr("Find duplicate groups (also by company name)…"), 0, kFindDuplicates, QString());
    find->setText(1, QString());
}

void DataQualityDialog::activate(QTreeWidgetItem *item)
{
    const QString quality = item ? item->data(0, kQualityRole).toString() : QString();
    if (quality.isEmpty())
        return;
    if (quality == kFindDuplicates)
        emit findDuplicatesRequested();
    else
        emit showCustomersRequested(quality, item->data(0, kLabelRole).toString());
}

} // namespace Patron
