#include "dashboardview.h"

#include "dashboardjob.h"

#include "dashboard/dashboarddrill.h"
#include "dashboard/dashboardservice.h"
#include "rfm/rfmsettings.h"
#include "rfm/rfmtypes.h"
#include "services/tagservice.h"
#include "services/workspace.h"
#include "util/values.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Patron {

DashboardView::DashboardView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_job(new DashboardJob(workspace, this))
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_owner(new QComboBox(this))
    , m_refresh(new QToolButton(this))
    , m_printButton(new QToolButton(this))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_noSnapshot(new QLabel(this))
    , m_cohortTable(new QTableView(this))
    , m_repTable(new QTableView(this))
    , m_cohortModel(new QStandardItemModel(this))
    , m_repModel(new QStandardItemModel(this))
    , m_content(new QWidget(this))
    , m_print(new QAction(tr("&Print dashboard…"), this))
{
    setObjectName(QStringLiteral("dashboardView"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 10, 12, 6);
    outer->setSpacing(8);

    auto *bar = new QHBoxLayout;
    buildFilterBar(bar);
    outer->addLayout(bar);

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    outer->addWidget(m_summary);
    m_noSnapshot->setObjectName(QStringLiteral("noSnapshotLabel"));
    m_noSnapshot->setWordWrap(true);
    m_noSnapshot->setText(tr("No RFM snapshot yet: segments and tiers appear after the first RFM computation."));
    m_noSnapshot->hide();
    outer->addWidget(m_noSnapshot);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content->setObjectName(QStringLiteral("dashboardContent"));
    auto *grid = new QGridLayout(m_content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(10);
    auto chart = [this](const QString &name) {
        auto *view = new QChartView(new QChart, m_content);
        view->setObjectName(name + QStringLiteral("Chart"));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(300);
        view->chart()->setAnimationOptions(QChart::NoAnimation);
        m_charts.insert(name, view);
        return view;
    };
    addPanel(grid, QStringLiteral("segments"), tr("RFM segments: share of customers and of revenue"),
             chart(QStringLiteral("segments")), 0, 0);
    addPanel(grid, QStringLiteral("tiers"), tr("Value pyramid: customers by tier"), chart(QStringLiteral("tiers")), 0, 1);
    addPanel(grid, QStringLiteral("months"), tr("Monthly revenue and active customers"), chart(QStringLiteral("months")), 1, 0);
    addPanel(grid, QStringLiteral("pareto"), tr("Revenue concentration (Pareto)"), chart(QStringLiteral("pareto")), 1, 1);
    m_cohortTable->setObjectName(QStringLiteral("cohortTable"));
    m_cohortTable->setModel(m_cohortModel);
    m_cohortTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cohortTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cohortTable->verticalHeader()->hide();
    m_cohortTable->setMinimumHeight(120);
    addPanel(grid, QStringLiteral("cohorts"), tr("Retention: customers by first order month, share buying again"),
             m_cohortTable, 2, 0, 2);
    addPanel(grid, QStringLiteral("funnel"), tr("Lifecycle funnel"), chart(QStringLiteral("funnel")), 3, 0);
    m_repTable->setObjectName(QStringLiteral("repTable"));
    m_repTable->setModel(m_repModel);
    m_repTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_repTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_repTable->verticalHeader()->hide();
    m_repTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_repTable->setMinimumHeight(300);
    addPanel(grid, QStringLiteral("reps"), tr("Rep ranking"), m_repTable, 3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    scroll->setWidget(m_content);
    outer->addWidget(scroll, 1);

    connect(m_cohortTable, &QTableView::clicked, this,
            [this](const QModelIndex &index) { drillCohort(index.row(), index.column()); });
    connect(m_repTable, &QTableView::clicked, this,
            [this](const QModelIndex &index) { drillRep(index.row(), index.column()); });
    connect(m_job, &DashboardJob::finished, this, &DashboardView::onJobFinished);

    m_print->setObjectName(QStringLiteral("actionPrintDashboard"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_print, &QAction::triggered, this, &DashboardView::print);
    addAction(m_print);

    setFilter(DashboardFilter::defaultFilter());
    setLoading(false);
}

DashboardView::~DashboardView() = default;

void DashboardView::buildFilterBar(QHBoxLayout *bar)
{
    auto *title = new QLabel(tr("Dashboard"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    bar->addWidget(title);
    bar->addSpacing(16);

    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->addItem(tr("This month"), int(DashboardFilter::Preset::ThisMonth));
    m_preset->addItem(tr("Last 3 months"), int(DashboardFilter::Preset::Last3Months));
    m_preset->addItem(tr("Last 12 months"), int(DashboardFilter::Preset::Last12Months));
    m_preset->addItem(tr("This year"), int(DashboardFilter::Preset::ThisYear));
    m_preset->addItem(tr("Custom range"), int(DashboardFilter::Preset::Custom));
    bar->addWidget(m_preset);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to->setObjectName(QStringLiteral("toEdit"));
    bar->addWidget(new QLabel(tr("From"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Owner"), this));
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_owner);
    loadOwners();

    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Check for new data and compute the figures again if needed"));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addWidget(m_refresh);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printButton->setText(tr("Print…"));
    m_printButton->setToolTip(tr("Print the dashboard or save it as PDF (Ctrl+P)"));
    bar->addWidget(m_printButton);
    bar->addStretch(1);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    bar->addWidget(m_busy);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    bar->addWidget(m_status);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &DashboardView::onPresetChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardView::onDatesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardView::onDatesEdited);
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updatingControls)
            reload();
    });
    connect(m_refresh, &QToolButton::clicked, this, [this] {
        loadOwners();
        reload();
    });
    connect(m_printButton, &QToolButton::clicked, this, &DashboardView::print);
}

QWidget *DashboardView::addPanel(QGridLayout *grid, const QString &name, const QString &title, QWidget *content, int row,
                                 int column, int columnSpan)
{
    auto *panel = new QFrame(m_content);
    panel->setObjectName(name + QStringLiteral("Panel"));
    panel->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(8, 6, 8, 8);
    auto *head = new QHBoxLayout;
    auto *label = new QLabel(title, panel);
    label->setObjectName(name + QStringLiteral("Title"));
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setWordWrap(true);
    head->addWidget(label, 1);
    auto *save = new QToolButton(panel);
    save->setObjectName(name + QStringLiteral("SaveButton"));
    save->setText(tr("Save as PNG…"));
    save->setAutoRaise(true);
    head->addWidget(save);
    layout->addLayout(head);
    content->setParent(panel);
    layout->addWidget(content, 1);
    grid->addWidget(panel, row, column, 1, columnSpan);
    m_panels.insert(name, panel);

    connect(save, &QToolButton::clicked, this, [this, name] { savePanelInteractive(name); });
    panel->setContextMenuPolicy(Qt::CustomContextMenu);
    content->setContextMenuPolicy(Qt::CustomContextMenu);
    auto menu = [this, name, panel](const QPoint &) {
        QMenu m(panel);
        m.addAction(tr("Save as PNG…"), this, [this, name] { savePanelInteractive(name); });
        m.addAction(m_print);
        m.exec(QCursor::pos());
    };
    connect(panel, &QWidget::customContextMenuRequested, this, menu);
    connect(content, &QWidget::customContextMenuRequested, this, menu);
    return panel;
}

void DashboardView::loadOwners()
{
    m_updatingControls = true;
    const qint64 current = m_owner->currentData().toLongLong();
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), qint64(0));
    const auto users = m_workspace.users().users();
    if (users) {
        for (const Record &u : users.value())
            m_owner->addItem(u.value(QStringLiteral("display_name")).toString(), u.value(QStringLiteral("id")).toLongLong());
    }
    const int index = m_owner->findData(current);
    m_owner->setCurrentIndex(index >= 0 ? index : 0);
    m_updatingControls = false;
}

void DashboardView::setFilter(const DashboardFilter &filter)
{
    m_updatingControls = true;
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(int(filter.preset))));
    m_from->setDate(filter.from);
    m_to->setDate(filter.to);
    const int owner = m_owner->findData(filter.ownerId);
    m_owner->setCurrentIndex(owner >= 0 ? owner : 0);
    m_updatingControls = false;
    if (m_shownOnce)
        reload();
}

DashboardFilter DashboardView::filter() const
{
    const auto preset = DashboardFilter::Preset(m_preset->currentData().toInt());
    const qint64 owner = m_owner->currentData().toLongLong();
    if (preset == DashboardFilter::Preset::Custom)
        return DashboardFilter::custom(m_from->date(), m_to->date(), owner);
    return DashboardFilter::forPreset(preset, QDate::currentDate(), owner);
}

void DashboardView::onPresetChanged()
{
    if (m_updatingControls)
        return;
    const auto preset = DashboardFilter::Preset(m_preset->currentData().toInt());
    if (preset != DashboardFilter::Preset::Custom) {
        const DashboardFilter f = DashboardFilter::forPreset(preset, QDate::currentDate());
        m_updatingControls = true;
        m_from->setDate(f.from);
        m_to->setDate(f.to);
        m_updatingControls = false;
    }
    reload();
}

void DashboardView::onDatesEdited()
{
    if (m_updatingControls)
        return;
    // Typing a date makes the range a custom one.
    m_updatingControls = true;
    m_preset->setCurrentIndex(m_preset->findData(int(DashboardFilter::Preset::Custom)));
    m_updatingControls = false;
    reload();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        reload();
    }
}

bool DashboardView::isLoading() const
{
    return m_job->isRunning();
}

void DashboardView::reload()
{
    m_shownOnce = true;
    const DashboardFilter f = filter();
    if (!f.isValid()) {
        m_status->setText(tr("The start of the range is after its end."));
        return;
    }
    // The cache lookup is a few primary-key reads: fine on the GUI thread.
    DashboardService service(m_workspace.database());
    const auto cached = service.cached(f);
    if (cached && cached.value()) {
        display(cached.value()->data);
        if (cached.value()->fresh) {
            setLoading(false);
            emit loaded();
            return;
        }
    }
    setLoading(true);
    m_job->start(f);
}

void DashboardView::onJobFinished()
{
    const Result<DashboardData> &r = m_job->result();
    setLoading(false);
    if (!r) {
        if (r.error().code != Error::Cancelled)
            m_status->setText(tr("Could not compute the figures: %1").arg(r.error().message));
        return;
    }
    display(r.value());
    emit loaded();
}

void DashboardView::setLoading(bool loading)
{
    m_busy->setVisible(loading);
    if (loading)
        m_status->setText(m_hasData ? tr("Updating the figures…") : tr("Computing the figures…"));
    else if (m_hasData)
        m_status->setText(tr("Figures of %1 (computed in %2 s)")
                              .arg(Values::displayDateTime(m_data.computedAt))
                              .arg(double(m_data.computeMs) / 1000.0, 0, 'f', 1));
    else
        m_status->clear();
}

void DashboardView::display(const DashboardData &data)
{
    m_data = data;
    // The user may have renamed segments or tiers since the last figures.
    if (const Result<RfmSettings> settings = RfmSettings::load(m_workspace.database()))
        m_labels = settings->labels;
    m_hasData = true;
    updateSummary();
    updateSegmentCharts();
    updateParetoChart();
    updateMonthsChart();
    updateFunnelChart();
    updateCohortTable();
    updateRepTable();
}

void DashboardView::updateSummary()
{
    const QLocale locale;
    m_summary->setText(tr("<b>%1</b> customers &nbsp;·&nbsp; <b>%2</b> bought in the range &nbsp;·&nbsp; "
                          "<b>%3</b> orders &nbsp;·&nbsp; revenue <b>%4</b> &nbsp;·&nbsp; the top 20% of buying "
                          "customers bring <b>%5%</b> of it")
                           .arg(locale.toString(m_data.customers), locale.toString(m_data.buyingCustomers),
                                locale.toString(m_data.orders), Values::formatMoney(m_data.revenueCents))
                           .arg(m_data.top20Share * 100.0, 0, 'f', 1));
    m_noSnapshot->setVisible(m_data.snapshotId == 0);
}

QString DashboardView::segmentName(const QString &key) const
{
    return m_labels.segmentDisplayName(key);
}

QString DashboardView::tierName(const QString &key) const
{
    return m_labels.tierDisplayName(key);
}

QWidget *DashboardView::panel(const QString &name) const
{
    return m_panels.value(name);
}

QChartView *DashboardView::chartView(const QString &name) const
{
    return m_charts.value(name);
}

void DashboardView::replaceChart(QChartView *view, QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

Status DashboardView::savePanelPng(const QString &name, const QString &path) const
{
    QWidget *w = m_charts.contains(name) ? static_cast<QWidget *>(m_charts.value(name)) : m_panels.value(name);
    if (!w)
        return makeError(Error::NotFound, tr("There is no chart \"%1\".").arg(name));
    if (!w->grab().save(path, "PNG"))
        return makeError(Error::Io, tr("Cannot write %1.").arg(path));
    return {};
}

void DashboardView::savePanelInteractive(const QString &name)
{
    const QString suggested = QStringLiteral("dashboard-%1-%2.png").arg(name, m_data.filter.to.toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart as PNG"), suggested, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const Status s = savePanelPng(name, path);
    if (!s)
        QMessageBox::warning(this, tr("Save as PNG"), s.error().message);
}

void DashboardView::render(QPrinter *printer) const
{
    QPainter painter(printer);
    if (!painter.isActive())
        return;
    const QRect page = painter.viewport();
    // The header in printer units, then the screen's panels scaled to the page width.
    QFont titleFont = font();
    titleFont.setPointSizeF(14);
    titleFont.setBold(true);
    painter.setFont(titleFont);
    const int line = painter.fontMetrics().height();
    painter.drawText(QRect(page.left(), page.top(), page.width(), line), Qt::AlignLeft,
                     tr("Dashboard %1 – %2").arg(m_data.filter.from.toString(Qt::ISODate), m_data.filter.to.toString(Qt::ISODate)));
    QFont body = font();
    body.setPointSizeF(9);
    painter.setFont(body);
    const QString owner = m_owner->currentIndex() > 0 ? m_owner->currentText() : tr("everyone");
    const QString summary = tr("Owner: %1. Customers %2, bought in the range %3, orders %4, revenue %5, top 20% bring %6%. "
                               "Figures of %7.")
                                .arg(owner)
                                .arg(m_data.customers)
                                .arg(m_data.buyingCustomers)
                                .arg(m_data.orders)
                                .arg(Values::formatMoney(m_data.revenueCents))
                                .arg(m_data.top20Share * 100.0, 0, 'f', 1)
                                .arg(Values::displayDateTime(m_data.computedAt));
    QRect textRect(page.left(), page.top() + line + line / 3, page.width(), page.height());
    QRect used = painter.boundingRect(textRect, Qt::TextWordWrap, summary);
    painter.drawText(textRect, Qt::TextWordWrap, summary);
    int y = used.bottom() + line / 2;

    const QPixmap shot = m_content->grab();
    if (shot.isNull() || shot.width() == 0)
        return;
    const double scale = double(page.width()) / double(shot.width());
    int sourceY = 0;
    while (sourceY < shot.height()) {
        const int room = page.bottom() - y;
        const int sourceHeight = std::min(shot.height() - sourceY, int(double(room) / scale));
        if (sourceHeight <= 0)
            break;
        const QRect target(page.left(), y, page.width(), int(double(sourceHeight) * scale));
        painter.drawPixmap(target, shot, QRect(0, sourceY, shot.width(), sourceHeight));
        sourceY += sourceHeight;
        if (sourceY < shot.height()) {
            printer->newPage();
            y = page.top();
        }
    }
}

Status DashboardView::printToPdf(const QString &path) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(tr("Dashboard"));
    render(&printer);
    if (printer.printerState() == QPrinter::Error)
        return makeError(Error::Io, tr("Cannot write %1.").arg(path));
    return {};
}

void DashboardView::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(tr("Dashboard"));
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("dashboardPrintPreview"));
    preview.setWindowTitle(tr("Print dashboard"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { render(p); });
    preview.exec();
}

void DashboardView::drillCohort(int row, int column)
{
    if (row < 0 || row >= m_data.cohorts.size())
        return;
    const CohortRow &c = m_data.cohorts.at(row);
    const int k = std::max(0, column - 1);  // columns 0 and 1: the cohort itself; 2: month +1 …
    if (k >= c.retained.size())
        return;
    const QString title = k == 0 ? tr("First order in %1").arg(c.month())
                                 : tr("First order in %1, bought again in month +%2").arg(c.month()).arg(k);
    emit drillDownRequested(Dashboard::cohortCondition(m_data.filter, c, k), title);
}

void DashboardView::drillRep(int row, int column)
{
    if (row < 0 || row >= m_data.reps.size())
        return;
    const RepFigure &r = m_data.reps.at(row);
    const QString name = r.userId == 0 ? tr("(no owner)") : r.name;
    if (column == 1)
        emit drillDownRequested(Dashboard::repCondition(m_data.filter, r.userId, Dashboard::RepColumn::Revenue),
                                tr("Customers of %1 who bought in the range").arg(name));
    else if (column == 2)
        emit drillDownRequested(Dashboard::repCondition(m_data.filter, r.userId, Dashboard::RepColumn::NewCustomers),
                                tr("New customers of %1 in the range").arg(name));
    else
        emit drillDownRequested(Dashboard::repCondition(m_data.filter, r.userId, Dashboard::RepColumn::Customers),
                                tr("Customers of %1").arg(name));
}

} // namespace Patron
