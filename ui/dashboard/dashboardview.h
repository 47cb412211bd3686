#pragma once

#include "dashboard/dashboarddata.h"
#include "rfm/rfmtypes.h"
#include "segments/condition.h"
#include "util/result.h"

#include <QHash>
#include <QWidget>

class QAction;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPrinter;
class QProgressBar;
class QStandardItemModel;
class QTableView;
class QToolButton;

namespace Patron {

class DashboardJob;
class Workspace;

/// The dashboard screen (数据看板) a manager opens every morning: RFM segments and the
/// value pyramid, revenue concentration, monthly revenue and active customers, retention
/// cohorts, the lifecycle funnel and the rep ranking, for a date range and owner.
///
/// Cached figures show at once; fresh ones are computed in a worker thread
/// (DashboardJob) while a busy indicator runs. Every bar, slice, point and cell asks
/// for the customers behind it with drillDownRequested(). Each chart saves as PNG
/// (context menu or its button); the whole screen prints (Ctrl+P, print preview) or
/// goes to a PDF file.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(Workspace &workspace, QWidget *parent = nullptr);
    ~DashboardView() override;

    /// Reads the filter controls, shows the cached figures and computes fresh ones if
    /// needed. Called on first show and by the filters.
    void reload();
    void setFilter(const DashboardFilter &filter);
    DashboardFilter filter() const;

    /// The figures shown (possibly stale while isLoading()).
    const DashboardData &data() const { return m_data; }
    bool hasData() const { return m_hasData; }
    bool isLoading() const;

    /// A chart by name ("segments", "tiers", "pareto", "months", "funnel"), or the
    /// cohort and rep tables ("cohorts", "reps"), as a widget.
    QWidget *panel(const QString &name) const;
    QChartView *chartView(const QString &name) const;
    QTableView *cohortTable() const { return m_cohortTable; }
    QTableView *repTable() const { return m_repTable; }

    /// Writes one panel as a PNG image.
    Status savePanelPng(const QString &name, const QString &path) const;
    /// The whole dashboard on printer pages (print preview and PDF).
    void render(QPrinter *printer) const;
    Status printToPdf(const QString &path) const;
    /// File → Print… style: a print preview of the dashboard.
    void print();
    QAction *printAction() const { return m_print; }

signals:
    /// The customers behind a bar, slice or cell (for the customer list).
    void drillDownRequested(const Patron::Condition &condition, const QString &title);
    /// Fresh figures are shown (after a cache hit or a computation).
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildFilterBar(QHBoxLayout *bar);
    QWidget *addPanel(QGridLayout *grid, const QString &name, const QString &title, QWidget *content, int row,
                      int column, int columnSpan = 1);
    void loadOwners();
    void onPresetChanged();
    void onDatesEdited();
    void onJobFinished();
    void setLoading(bool loading);
    void display(const DashboardData &data);
    void updateSummary();
    void updateSegmentCharts();
    void updateParetoChart();
    void updateMonthsChart();
    void updateFunnelChart();
    void updateCohortTable();
    void updateRepTable();
    void replaceChart(QChartView *view, QChart *chart);
    void savePanelInteractive(const QString &name);
    void drillCohort(int row, int column);
    void drillRep(int row, int column);
    QString segmentName(const QString &key) const;
    QString tierName(const QString &key) const;

    Workspace &m_workspace;
    RfmLabels m_labels;
    DashboardJob *m_job;
    DashboardData m_data;
    bool m_hasData = false;
    bool m_shownOnce = false;
    bool m_updatingControls = false;

    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_owner;
    QToolButton *m_refresh;
    QToolButton *m_printButton;
    QProgressBar *m_busy;
    QLabel *m_status;
    QLabel *m_summary;
    QLabel *m_noSnapshot;
    QHash<QString, QWidget *> m_panels;
    QHash<QString, QChartView *> m_charts;
    QTableView *m_cohortTable;
    QTableView *m_repTable;
    QStandardItemModel *m_cohortModel;
    QStandardItemModel *m_repModel;
    QWidget *m_content;
    QAction *m_print;
};

} // namespace Patron
