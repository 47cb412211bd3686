// DashboardView: filling the charts and tables from the figures, and their drill-downs.
// (Apart from dashboardview.cpp to keep both files short.)

#include "dashboardview.h"

#include "dashboard/dashboarddrill.h"
#include "rfm/rfmtypes.h"
#include "util/values.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QStandardItemModel>
#include <QTableView>
#include <QHeaderView>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace Patron {

namespace {

QString percentText(double share)
{
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%');
}

// A white-to-blue heat scale for shares 0..1.
QColor heat(double share)
{
    share = std::clamp(share, 0.0, 1.0);
    const QColor low(255, 255, 255), high(33, 102, 172);
    auto mix = [share](int a, int b) { return int(a + (b - a) * share); };
    return QColor(mix(low.red(), high.red()), mix(low.green(), high.green()), mix(low.blue(), high.blue()));
}

QValueAxis *valueAxis(const QString &format, double max)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(format);
    if (max < 5 && format == QLatin1String("%.0f")) {
        // Small counts: whole-number ticks only (no "0 1 1 2").
        const int top = int(std::ceil(max)) + 1;
        axis->setRange(0, top);
        axis->setTickCount(top + 1);
        return axis;
    }
    axis->setRange(0, max > 0 ? max * 1.1 : 1);
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

void DashboardView::updateSegmentCharts()
{
    // Segments: share of customers next to share of revenue, first segment on top.
    auto *chart = new QChart;
    auto *series = new QHorizontalBarSeries;
    auto *customers = new QBarSet(tr("Share of customers"));
    auto *revenue = new QBarSet(tr("Share of revenue"));
    QStringList categories;
    qint64 totalCustomers = 0, totalRevenue = 0;
    for (const SegmentFigure &s : std::as_const(m_data.segments)) {
        totalCustomers += s.customers;
        totalRevenue += s.revenueCents;
    }
    double max = 0;
    for (qsizetype i = m_data.segments.size() - 1; i >= 0; --i) {
        const SegmentFigure &s = m_data.segments.at(i);
        const double c = totalCustomers ? 100.0 * double(s.customers) / double(totalCustomers) : 0;
        const double r = totalRevenue ? 100.0 * double(s.revenueCents) / double(totalRevenue) : 0;
        *customers << c;
        *revenue << r;
        max = std::max({max, c, r});
        categories << segmentName(s.key);
    }
    series->append(customers);
    series->append(revenue);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setTruncateLabels(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = valueAxis(QStringLiteral("%.0f%%"), max);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    const qsizetype n = m_data.segments.size();
    auto segmentAt = [this, n](int index) -> const SegmentFigure * {
        const qsizetype i = n - 1 - index;  // categories run bottom-up
        return i >= 0 && i < n ? &m_data.segments.at(i) : nullptr;
    };
    connect(series, &QBarSeries::clicked, this, [this, segmentAt](int index, QBarSet *) {
        if (const SegmentFigure *s = segmentAt(index))
            emit drillDownRequested(Dashboard::segmentCondition(m_data.filter, s->key),
                                    tr("RFM segment %1").arg(segmentName(s->key)));
    });
    connect(series, &QBarSeries::hovered, this, [this, segmentAt](bool on, int index, QBarSet *) {
        const SegmentFigure *s = on ? segmentAt(index) : nullptr;
        if (s)
            QToolTip::showText(QCursor::pos(), tr("%1: %2 customers, %3")
                                                   .arg(segmentName(s->key))
                                                   .arg(QLocale().toString(s->customers))
                                                   .arg(Values::formatMoney(s->revenueCents)));
        else
            QToolTip::hideText();
    });
    replaceChart(m_charts.value(QStringLiteral("segments")), chart);

    // Tiers: the value pyramid as a pie of customers; slices name customers and revenue.
    auto *pieChart = new QChart;
    auto *pie = new QPieSeries;
    for (const SegmentFigure &t : std::as_const(m_data.tiers)) {
        auto *slice = pie->append(tr("%1: %2 · %3")
                                      .arg(tierName(t.key))
                                      .arg(QLocale().toString(t.customers))
                                      .arg(Values::formatMoney(t.revenueCents)),
                                  double(t.customers));
        slice->setProperty("tierKey", t.key);
        slice->setLabelVisible(t.customers > 0);
    }
    pie->setPieSize(0.6);
    pieChart->addSeries(pie);
    pieChart->legend()->setVisible(false);
    connect(pie, &QPieSeries::clicked, this, [this](QPieSlice *slice) {
        const QString key = slice->property("tierKey").toString();
        emit drillDownRequested(Dashboard::tierCondition(m_data.filter, key), tr("Tier %1").arg(tierName(key)));
    });
    replaceChart(m_charts.value(QStringLiteral("tiers")), pieChart);
}

void DashboardView::updateParetoChart()
{
    auto *chart = new QChart;
    auto *curve = new QLineSeries;
    curve->setName(tr("Cumulative share of revenue"));
    curve->append(0, 0);
    for (const ParetoPoint &p : std::as_const(m_data.pareto))
        curve->append(p.customerShare * 100.0, p.revenueShare * 100.0);
    auto *points = new QScatterSeries;
    points->setName(tr("Top customers"));
    points->setMarkerSize(7);
    for (const ParetoPoint &p : std::as_const(m_data.pareto))
        points->append(p.customerShare * 100.0, p.revenueShare * 100.0);
    auto *even = new QLineSeries;
    even->setName(tr("Even spread"));
    even->append(0, 0);
    even->append(100, 100);
    QPen pen = even->pen();
    pen.setStyle(Qt::DashLine);
    pen.setColor(Qt::gray);
    even->setPen(pen);
    chart->addSeries(even);
    chart->addSeries(curve);
    chart->addSeries(points);
    chart->setTitle(tr("The top 20% of buying customers bring %1 of the revenue").arg(percentText(m_data.top20Share)));
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setLabelFormat(QStringLiteral("%.0f%%"));
    axisX->setTitleText(tr("Buying customers, by revenue"));
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setLabelFormat(QStringLiteral("%.0f%%"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QXYSeries *s : {static_cast<QXYSeries *>(even), static_cast<QXYSeries *>(curve), static_cast<QXYSeries *>(points)}) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    auto drill = [this](const QPointF &at) {
        // The nearest point of the curve by customer share.
        const ParetoPoint *best = nullptr;
        for (const ParetoPoint &p : std::as_const(m_data.pareto)) {
            if (!best || std::abs(p.customerShare * 100.0 - at.x()) < std::abs(best->customerShare * 100.0 - at.x()))
                best = &p;
        }
        if (best)
            emit drillDownRequested(Dashboard::paretoCondition(m_data.filter, *best),
                                    tr("Top %1 of buying customers (%2 customers, %3 of the revenue)")
                                        .arg(percentText(best->customerShare))
                                        .arg(best->customers)
                                        .arg(percentText(best->revenueShare)));
    };
    connect(curve, &QLineSeries::clicked, this, drill);
    connect(points, &QScatterSeries::clicked, this, drill);
    replaceChart(m_charts.value(QStringLiteral("pareto")), chart);
}

void DashboardView::updateMonthsChart()
{
    auto *chart = new QChart;
    auto *bars = new QBarSeries;
    auto *revenue = new QBarSet(tr("Revenue (¥)"));
    auto *active = new QLineSeries;
    active->setName(tr("Active customers"));
    active->setPointsVisible(true);
    QStringList categories;
    double maxRevenue = 0, maxActive = 0;
    for (int i = 0; i < m_data.months.size(); ++i) {
        const MonthFigure &m = m_data.months.at(i);
        const double yuan = double(m.revenueCents) / 100.0;
        *revenue << yuan;
        active->append(i, double(m.activeCustomers));
        maxRevenue = std::max(maxRevenue, yuan);
        maxActive = std::max(maxActive, double(m.activeCustomers));
        categories << m.month();
    }
    bars->append(revenue);
    chart->addSeries(bars);
    chart->addSeries(active);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setLabelsAngle(categories.size() > 6 ? -45 : 0);
    chart->addAxis(axisX, Qt::AlignBottom);
    bars->attachAxis(axisX);
    active->attachAxis(axisX);
    // The label format is printf's (no "¥" in it): the unit goes to the title.
    auto *axisMoney = valueAxis(QStringLiteral("%.0f"), maxRevenue);
    axisMoney->setTitleText(tr("Revenue (¥)"));
    chart->addAxis(axisMoney, Qt::AlignLeft);
    bars->attachAxis(axisMoney);
    auto *axisCustomers = valueAxis(QStringLiteral("%.0f"), maxActive);
    // No title on the right: Qt Charts elides a rotated title there to "…" (the legend
    // names the line).
    chart->addAxis(axisCustomers, Qt::AlignRight);
    active->attachAxis(axisCustomers);
    auto drill = [this](int index) {
        if (index < 0 || index >= m_data.months.size())
            return;
        const MonthFigure &m = m_data.months.at(index);
        emit drillDownRequested(Dashboard::monthCondition(m_data.filter, m), tr("Customers who bought in %1").arg(m.month()));
    };
    connect(bars, &QBarSeries::clicked, this, [drill](int index, QBarSet *) { drill(index); });
    connect(active, &QLineSeries::clicked, this, [drill](const QPointF &p) { drill(int(std::lround(p.x()))); });
    connect(bars, &QBarSeries::hovered, this, [this](bool on, int index, QBarSet *) {
        if (on && index >= 0 && index < m_data.months.size()) {
            const MonthFigure &m = m_data.months.at(index);
            QToolTip::showText(QCursor::pos(), tr("%1: %2, %3 orders, %4 active customers")
                                                   .arg(m.month(), Values::formatMoney(m.revenueCents))
                                                   .arg(m.orders)
                                                   .arg(m.activeCustomers));
        } else {
            QToolTip::hideText();
        }
    });
    replaceChart(m_charts.value(QStringLiteral("months")), chart);
}

void DashboardView::updateFunnelChart()
{
    auto *chart = new QChart;
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(tr("Customers"));
    QStringList categories;
    double max = 0;
    // Awareness on top: categories run bottom-up.
    for (qsizetype i = m_data.funnel.size() - 1; i >= 0; --i) {
        const FunnelStage &s = m_data.funnel.at(i);
        *set << double(s.customers);
        max = std::max(max, double(s.customers));
        categories << Dashboard::translatedStageName(s.key);
    }
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setTruncateLabels(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = valueAxis(QStringLiteral("%.0f"), max);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setVisible(false);
    const qsizetype n = m_data.funnel.size();
    connect(series, &QBarSeries::clicked, this, [this, n](int index, QBarSet *) {
        const qsizetype i = n - 1 - index;
        if (i < 0 || i >= n)
            return;
        const QString key = m_data.funnel.at(i).key;
        emit drillDownRequested(Dashboard::stageCondition(m_data.filter, key),
                                tr("Lifecycle stage %1").arg(Dashboard::translatedStageName(key)));
    });
    replaceChart(m_charts.value(QStringLiteral("funnel")), chart);
}

void DashboardView::updateCohortTable()
{
    m_cohortModel->clear();
    QStringList headers{tr("First order"), tr("Customers")};
    int columns = 0;
    for (const CohortRow &c : std::as_const(m_data.cohorts))
        columns = std::max(columns, int(c.retained.size()));
    for (int k = 1; k < columns; ++k)
        headers << tr("+%1 mo.").arg(k);
    m_cohortModel->setHorizontalHeaderLabels(headers);
    for (const CohortRow &c : std::as_const(m_data.cohorts)) {
        QList<QStandardItem *> row;
        row << new QStandardItem(c.month());
        auto *size = new QStandardItem(QLocale().toString(c.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row << size;
        for (int k = 1; k < columns; ++k) {
            auto *item = new QStandardItem;
            if (k < c.retained.size()) {
                const double share = c.share(k);
                item->setText(c.size > 0 ? percentText(share) : QStringLiteral("–"));
                item->setToolTip(tr("%1 of %2 customers bought in month +%3").arg(c.retained.at(k)).arg(c.size).arg(k));
                // Shares above 50% are rare; the scale saturates there so small ones differ.
                const QColor bg = heat(std::min(1.0, share * 2.0));
                item->setBackground(bg);
                item->setForeground(bg.lightness() < 140 ? Qt::white : Qt::black);
            }
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            row << item;
        }
        m_cohortModel->appendRow(row);
    }
    m_cohortTable->resizeColumnsToContents();
}

void DashboardView::updateRepTable()
{
    m_repModel->clear();
    m_repModel->setHorizontalHeaderLabels({tr("Owner"), tr("Revenue"), tr("New customers"), tr("Follow-ups"), tr("Tasks done")});
    for (const RepFigure &r : std::as_const(m_data.reps)) {
        QList<QStandardItem *> row;
        row << new QStandardItem(r.userId == 0 ? tr("(no owner)") : r.name);
        for (const QString &text : {Values::formatMoney(r.revenueCents), QLocale().toString(r.newCustomers),
                                    QLocale().toString(r.followUps), QLocale().toString(r.tasksDone)}) {
            auto *item = new QStandardItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            row << item;
        }
        m_repModel->appendRow(row);
    }
}

} // namespace Patron
