// The dashboard screen offscreen: figures of the fixture (tests/common/dashboardfixture.h)
// in its charts and tables, drill-downs from a mouse click on a bar and from the other
// charts' and tables' clicks, PNG and PDF output, the loading state and navigation.
// PATRON_SCREENSHOT_DIR=/some/dir also saves a screenshot of the screen there.

#include "customers/customerlistview.h"
#include "dashboard/dashboarddrill.h"
#include "dashboard/dashboardservice.h"
#include "dashboard/dashboardview.h"
#include "dashboardfixture.h"
#include "mainwindow.h"
#include "models/customertablemodel.h"
#include "rfm/rfmtypes.h"
#include "testdatabase.h"
#include "util/i18n.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QPieSeries>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QBarSeries>
#include <QScatterSeries>

using namespace Patron;
using Fx = Test::DashboardFixture;

class TestDashboardView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<DashboardView> m_view;
    QList<QPair<Condition, QString>> m_drills;

    DashboardFilter range() const { return DashboardFilter::custom(Fx::from(), Fx::to()); }

    bool waitLoaded()
    {
        return QTest::qWaitFor([this] { return m_view->hasData() && !m_view->isLoading(); }, 20000);
    }

    QAbstractSeries *series(const QString &chart) const
    {
        QChartView *v = m_view->chartView(chart);
        return v && !v->chart()->series().isEmpty() ? v->chart()->series().constFirst() : nullptr;
    }

private slots:
    void initTestCase()
    {
        PATRON_REQUIRE_BACKEND();
        Test::isolateSettings(m_settingsDir);
        // Not a check: with PATRON_SCREENSHOT_DIR, PATRON_SCREENSHOT_LANG=zh_CN shows the
        // screen in Chinese.
        if (!qEnvironmentVariable("PATRON_SCREENSHOT_LANG").isEmpty())
            installTranslations(qEnvironmentVariable("PATRON_SCREENSHOT_LANG"));
    }

    void init()
    {
        m_db = std::make_unique<Test::TestDatabase>();
        m_ws = m_db->open();
        QVERIFY(m_ws);
        QVERIFY(Fx::insert(m_ws->database()));
        m_view = std::make_unique<DashboardView>(*m_ws);
        m_view->resize(1400, 1000);
        m_drills.clear();
        connect(m_view.get(), &DashboardView::drillDownRequested, this,
                [this](const Condition &c, const QString &title) { m_drills.append({c, title}); });
        m_view->setFilter(range());
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QVERIFY(waitLoaded());
    }

    void cleanup()
    {
        m_view.reset();
        m_ws.reset();
        m_db.reset();
    }

    void showsTheFigures()
    {
        QCOMPARE(m_view->data().revenueCents, 121000);
        auto *summary = m_view->findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QVERIFY(summary->text().contains(QStringLiteral("¥1,210.00")));
        QVERIFY(summary->text().contains(QStringLiteral("41.3%")));
        QVERIFY(!m_view->findChild<QLabel *>(QStringLiteral("noSnapshotLabel"))->isVisible());

        // Segments: share of customers of important_value (2 of 5) on the top row.
        auto *segments = qobject_cast<QHorizontalBarSeries *>(series(QStringLiteral("segments")));
        QVERIFY(segments);
        QCOMPARE(segments->barSets().size(), 2);
        const int n = int(Rfm::segmentKeys(Rfm::SchemeRfm8).size());
        QCOMPARE(segments->barSets().at(0)->count(), n);
        QCOMPARE(segments->barSets().at(0)->at(n - 1), 40.0);
        QCOMPARE(segments->barSets().at(1)->at(n - 1), 100.0 * 95000 / 121000);
        auto *tiers = qobject_cast<QPieSeries *>(series(QStringLiteral("tiers")));
        QVERIFY(tiers);
        QCOMPARE(tiers->count(), 4);
        QCOMPARE(tiers->slices().at(0)->value(), 2.0);
        QVERIFY(tiers->slices().at(0)->label().contains(QStringLiteral("¥950.00")));

        // Months: revenue bars in yuan.
        QBarSeries *months = nullptr;
        for (QAbstractSeries *s : m_view->chartView(QStringLiteral("months"))->chart()->series())
            months = months ? months : qobject_cast<QBarSeries *>(s);
        QVERIFY(months);
        QCOMPARE(months->barSets().at(0)->at(1), 500.0);

        // Cohorts: Jan 2026, 1 customer, 100% in +1, 0% in +2.
        QAbstractItemModel *cohorts = m_view->cohortTable()->model();
        QCOMPARE(cohorts->rowCount(), 3);
        QCOMPARE(cohorts->index(0, 0).data().toString(), QStringLiteral("2026-01"));
        QCOMPARE(cohorts->index(0, 1).data().toString(), QStringLiteral("1"));
        QCOMPARE(cohorts->index(0, 2).data().toString(), QStringLiteral("100.0%"));
        QCOMPARE(cohorts->index(0, 3).data().toString(), QStringLiteral("0.0%"));
        QVERIFY(cohorts->index(0, 2).data(Qt::BackgroundRole).value<QBrush>().color() != QColor(Qt::white));

        // Reps: alice first, with money as ¥.
        QAbstractItemModel *reps = m_view->repTable()->model();
        QCOMPARE(reps->rowCount(), 4);
        QCOMPARE(reps->index(0, 0).data().toString(), QStringLiteral("王丽"));
        QCOMPARE(reps->index(0, 1).data().toString(), QStringLiteral("¥750.00"));
        QCOMPARE(reps->index(0, 3).data().toString(), QStringLiteral("2"));

        const QString dir = qEnvironmentVariable("PATRON_SCREENSHOT_DIR");
        if (!dir.isEmpty())
        {
            // The whole screen, scrolled parts included.
            m_view->resize(1400, 1900);
            QCoreApplication::processEvents();
            QVERIFY(m_view->grab().save(dir + QStringLiteral("/dashboard-%1.png").arg(Test::backendName())));
        }
    }

    void clickOnABarDrillsDown()
    {
        // A real mouse click in the middle of the "loyal" bar of the funnel.
        QChartView *view = m_view->chartView(QStringLiteral("funnel"));
        auto *funnel = qobject_cast<QHorizontalBarSeries *>(series(QStringLiteral("funnel")));
        QVERIFY(funnel);
        const int loyal = int(Dashboard::lifecycleStages().indexOf(QStringLiteral("loyal")));
        const int category = int(Dashboard::lifecycleStages().size()) - 1 - loyal;  // bottom-up
        const QPointF scene = view->chart()->mapToPosition(QPointF(0.5, category), funnel);
        const QPoint at = view->mapFromScene(scene);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(m_drills.size(), 1);
        QCOMPARE(m_drills.at(0).first, Dashboard::stageCondition(range(), QStringLiteral("loyal")));
        QVERIFY(!m_drills.at(0).second.isEmpty());
    }

    void everyChartAndTableDrillsDown()
    {
        const int n = int(Rfm::segmentKeys(Rfm::SchemeRfm8).size());
        auto *segments = qobject_cast<QHorizontalBarSeries *>(series(QStringLiteral("segments")));
        emit segments->clicked(n - 1, segments->barSets().at(0));
        QCOMPARE(m_drills.last().first, Dashboard::segmentCondition(range(), Rfm::ImportantValue));

        auto *tiers = qobject_cast<QPieSeries *>(series(QStringLiteral("tiers")));
        emit tiers->clicked(tiers->slices().at(1));
        QCOMPARE(m_drills.last().first, Dashboard::tierCondition(range(), Rfm::TierPotential));

        for (QAbstractSeries *s : m_view->chartView(QStringLiteral("months"))->chart()->series()) {
            if (auto *bars = qobject_cast<QBarSeries *>(s))
                emit bars->clicked(2, bars->barSets().at(0));
        }
        QCOMPARE(m_drills.last().first, Dashboard::monthCondition(range(), m_view->data().months.at(2)));

        for (QAbstractSeries *s : m_view->chartView(QStringLiteral("pareto"))->chart()->series()) {
            if (auto *points = qobject_cast<QScatterSeries *>(s))
                emit points->clicked(QPointF(26, 40));
        }
        QCOMPARE(m_drills.last().first, Dashboard::paretoCondition(range(), m_view->data().pareto.at(0)));

        // Cohort cell: January, month +1.
        QTableView *cohorts = m_view->cohortTable();
        QTest::mouseClick(cohorts->viewport(), Qt::LeftButton, {}, cohorts->visualRect(cohorts->model()->index(0, 2)).center());
        QCOMPARE(m_drills.last().first, Dashboard::cohortCondition(range(), m_view->data().cohorts.at(0), 1));

        // Rep table: bob's revenue.
        QTableView *reps = m_view->repTable();
        QTest::mouseClick(reps->viewport(), Qt::LeftButton, {}, reps->visualRect(reps->model()->index(1, 1)).center());
        QCOMPARE(m_drills.last().first, Dashboard::repCondition(range(), Fx::Bob, Dashboard::RepColumn::Revenue));
        QCOMPARE(m_drills.size(), 6);
    }

    void ownerFilter()
    {
        auto *owner = m_view->findChild<QComboBox *>(QStringLiteral("ownerCombo"));
        QVERIFY(owner);
        const int alice = owner->findData(Fx::Alice);
        QVERIFY(alice > 0);
        owner->setCurrentIndex(alice);
        QVERIFY(QTest::qWaitFor([this] { return m_view->data().filter.ownerId == Fx::Alice && !m_view->isLoading(); }, 20000));
        QCOMPARE(m_view->data().revenueCents, 75000);
        QCOMPARE(m_view->repTable()->model()->rowCount(), 1);
        auto *tiers = qobject_cast<QPieSeries *>(series(QStringLiteral("tiers")));
        emit tiers->clicked(tiers->slices().at(0));
        QCOMPARE(m_drills.last().first.children.at(0),
                 Condition::leaf(QStringLiteral("owner"), QStringLiteral("eq"), Fx::Alice));
    }

    void loadingStateThenCachedAtOnce()
    {
        // A new filter computes in the background: the busy indicator shows meanwhile.
        DashboardService(m_ws->database()).clearCache();
        m_view->setFilter(DashboardFilter::custom(QDate(2026, 2, 1), Fx::to()));
        QVERIFY(m_view->isLoading());
        QVERIFY(m_view->findChild<QProgressBar *>(QStringLiteral("busyIndicator"))->isVisible());
        QVERIFY(waitLoaded());
        QVERIFY(!m_view->findChild<QProgressBar *>(QStringLiteral("busyIndicator"))->isVisible());
        QCOMPARE(m_view->data().revenueCents, 86000);
        m_view->setFilter(range());
        QVERIFY(m_view->isLoading());  // its cache entry was cleared too
        QVERIFY(waitLoaded());
        // Back to the February range: cached and current, so shown without a computation.
        m_view->setFilter(DashboardFilter::custom(QDate(2026, 2, 1), Fx::to()));
        QVERIFY(!m_view->isLoading());
        QCOMPARE(m_view->data().revenueCents, 86000);
    }

    void savesPng()
    {
        QTemporaryDir dir;
        for (const QString &name : {QStringLiteral("segments"), QStringLiteral("pareto"), QStringLiteral("cohorts")}) {
            const QString path = dir.filePath(name + QStringLiteral(".png"));
            const Status s = m_view->savePanelPng(name, path);
            QVERIFY2(s.ok(), qPrintable(s.error().message));
            QImage image(path);
            QVERIFY(!image.isNull());
            QVERIFY(image.width() > 100 && image.height() > 100);
        }
        QVERIFY(!m_view->savePanelPng(QStringLiteral("nonsense"), dir.filePath(QStringLiteral("x.png"))).ok());
    }

    void printsToPdf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dashboard.pdf"));
        const Status s = m_view->printToPdf(path);
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.size() > 10000);  // the screen's image is in it
        QVERIFY(m_view->printAction());
        QCOMPARE(m_view->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
    }

    void mainWindowNavigation()
    {
        MainWindow window(*m_ws);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *stack = window.findChild<QStackedWidget *>();
        QVERIFY(stack);
        QAction *toDashboard = window.findChild<QAction *>(QStringLiteral("actionShowDashboard"));
        QVERIFY(toDashboard);
        QCOMPARE(toDashboard->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
        toDashboard->trigger();
        QCOMPARE(stack->currentWidget(), window.dashboard());
        QTRY_VERIFY_WITH_TIMEOUT(window.dashboard()->hasData() && !window.dashboard()->isLoading(), 20000);
        window.findChild<QAction *>(QStringLiteral("actionShowCustomers"))->trigger();
        QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(window.customerList()));
    }

    void drillDownOpensTheCustomersInTheList()
    {
        // The main window connects the dashboard to the list: a click on a segment's bar
        // shows exactly the customers the dashboard counted for it (its own SQL) through
        // the segment compiler's condition.
        MainWindow window(*m_ws);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction *>(QStringLiteral("actionShowDashboard"))->trigger();
        DashboardView *dashboard = window.dashboard();
        dashboard->setFilter(range());
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->hasData() && !dashboard->isLoading(), 20000);
        qint64 expected = -1;
        for (const SegmentFigure &f : dashboard->data().segments) {
            if (f.key == Rfm::ImportantValue)
                expected = f.customers;
        }
        QCOMPARE(expected, 2);
        QChartView *view = dashboard->chartView(QStringLiteral("segments"));
        auto *segments = qobject_cast<QHorizontalBarSeries *>(view->chart()->series().constFirst());
        QVERIFY(segments);
        const int n = int(Rfm::segmentKeys(Rfm::SchemeRfm8).size());
        emit segments->clicked(n - 1, segments->barSets().at(0));
        auto *stack = window.findChild<QStackedWidget *>();
        QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(window.customerList()));
        QTRY_COMPARE(window.customerList()->model()->totalCount(), expected);
    }
};

QTEST_MAIN(TestDashboardView)
#include "tst_dashboard.moc"
