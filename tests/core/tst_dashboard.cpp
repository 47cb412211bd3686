// DashboardService: every figure of the hand-computed fixture (tests/common/
// dashboardfixture.h), the owner filter, an empty database, the cache and its
// invalidation, and the drill-down conditions. Runs on SQLite and PostgreSQL.

#include "dashboard/dashboarddrill.h"
#include "dashboard/dashboardservice.h"
#include "dashboardfixture.h"
#include "rfm/rfmtypes.h"
#include "services/recordstore.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QTest>

using namespace Patron;
using Fx = Test::DashboardFixture;

namespace {

const SegmentFigure *find(const QList<SegmentFigure> &list, const QString &key)
{
    for (const SegmentFigure &s : list) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

const RepFigure *rep(const QList<RepFigure> &list, qint64 id)
{
    for (const RepFigure &r : list) {
        if (r.userId == id)
            return &r;
    }
    return nullptr;
}

QList<qint64> funnel(const DashboardData &d)
{
    QList<qint64> out;
    for (const FunnelStage &s : d.funnel)
        out << s.customers;
    return out;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestDatabase> m_tdb;
    std::unique_ptr<Workspace> m_ws;

    DashboardFilter range(qint64 owner = 0) const { return DashboardFilter::custom(Fx::from(), Fx::to(), owner); }

private slots:
    void initTestCase() { PATRON_REQUIRE_BACKEND(); }

    void init()
    {
        m_tdb = std::make_unique<Test::TestDatabase>();
        m_ws = m_tdb->open();
        QVERIFY(m_ws);
    }

    void cleanup()
    {
        m_ws.reset();
        m_tdb.reset();
    }

    void presets()
    {
        const QDate today(2026, 5, 17);
        auto f = DashboardFilter::forPreset(DashboardFilter::Preset::Last12Months, today);
        QCOMPARE(f.from, QDate(2025, 6, 1));
        QCOMPARE(f.to, today);
        QCOMPARE(DashboardFilter::forPreset(DashboardFilter::Preset::Last3Months, today).from, QDate(2026, 3, 1));
        QCOMPARE(DashboardFilter::forPreset(DashboardFilter::Preset::ThisMonth, today).from, QDate(2026, 5, 1));
        QCOMPARE(DashboardFilter::forPreset(DashboardFilter::Preset::ThisYear, today).from, QDate(2026, 1, 1));
        // The slot of a preset does not depend on the day: tomorrow finds today's figures.
        QCOMPARE(f.cacheSlot(), DashboardFilter::forPreset(DashboardFilter::Preset::Last12Months, today.addDays(1)).cacheSlot());
        QVERIFY(range().cacheSlot() != range(Fx::Alice).cacheSlot());
    }

    void everyFigure()
    {
        QVERIFY(Fx::insert(m_ws->database()));
        DashboardService service(m_ws->database());
        auto r = service.compute(range());
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const DashboardData &d = r.value();

        QCOMPARE(d.customers, 5);  // the one in the trash is left out
        QCOMPARE(d.buyingCustomers, 4);
        QCOMPARE(d.orders, 7);
        QCOMPARE(d.revenueCents, 121000);

        // Segments and tiers of snapshot 2 (the current one), revenue in the range.
        QCOMPARE(d.snapshotId, 2);
        QCOMPARE(d.scheme, Rfm::SchemeRfm8);
        QCOMPARE(d.segments.size(), Rfm::segmentKeys(Rfm::SchemeRfm8).size());
        QCOMPARE(d.segments.first().key, Rfm::ImportantValue);
        QCOMPARE(find(d.segments, Rfm::ImportantValue)->customers, 2);
        QCOMPARE(find(d.segments, Rfm::ImportantValue)->revenueCents, 95000);
        QCOMPARE(find(d.segments, Rfm::ImportantDevelop)->customers, 1);
        QCOMPARE(find(d.segments, Rfm::ImportantDevelop)->revenueCents, 25000);
        QCOMPARE(find(d.segments, Rfm::GeneralDevelop)->customers, 1);
        QCOMPARE(find(d.segments, Rfm::GeneralDevelop)->revenueCents, 1000);
        QCOMPARE(find(d.segments, Rfm::Dormant)->customers, 1);
        QCOMPARE(find(d.segments, Rfm::Dormant)->revenueCents, 0);
        QCOMPARE(find(d.segments, Rfm::GeneralValue)->customers, 0);  // only the trashed customer
        QCOMPARE(find(d.segments, Rfm::GeneralWinBack)->customers, 0); // the old snapshot
        QCOMPARE(d.tiers.size(), 4);
        QCOMPARE(find(d.tiers, Rfm::TierHighValue)->customers, 2);
        QCOMPARE(find(d.tiers, Rfm::TierHighValue)->revenueCents, 95000);
        QCOMPARE(find(d.tiers, Rfm::TierPotential)->customers, 1);
        QCOMPARE(find(d.tiers, Rfm::TierPotential)->revenueCents, 25000);
        QCOMPARE(find(d.tiers, Rfm::TierToWake)->customers, 0);
        QCOMPARE(find(d.tiers, Rfm::TierGeneral)->customers, 1);
        QCOMPARE(find(d.tiers, Rfm::TierGeneral)->revenueCents, 1000);

        // Pareto: 500.00, 450.00, 250.00, 10.00 — the top 20% (1 of 4) bring 500/1210.
        QCOMPARE(d.pareto.size(), 4);
        const QList<qint64> cum = {50000, 95000, 120000, 121000};
        const QList<qint64> thresholds = {50000, 45000, 25000, 1000};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(d.pareto.at(i).customers, i + 1);
            QCOMPARE(d.pareto.at(i).customerShare, (i + 1) / 4.0);
            QCOMPARE(d.pareto.at(i).revenueShare, double(cum.at(i)) / 121000.0);
            QCOMPARE(d.pareto.at(i).thresholdCents, thresholds.at(i));
        }
        QCOMPARE(d.top20Share, 50000.0 / 121000.0);

        // Months.
        QCOMPARE(d.months.size(), 3);
        QCOMPARE(d.months.at(0).month(), QStringLiteral("2026-01"));
        QCOMPARE(d.months.at(0).revenueCents, 35000);
        QCOMPARE(d.months.at(0).orders, 2);
        QCOMPARE(d.months.at(0).activeCustomers, 2);
        QCOMPARE(d.months.at(1).revenueCents, 50000);
        QCOMPARE(d.months.at(1).activeCustomers, 2);
        QCOMPARE(d.months.at(2).revenueCents, 36000);
        QCOMPARE(d.months.at(2).orders, 3);
        QCOMPARE(d.months.at(2).activeCustomers, 3);
        QCOMPARE(d.months.at(2).from, QDate(2026, 3, 1));
        QCOMPARE(d.months.at(2).to, QDate(2026, 3, 31));

        // Cohorts: customer 1 bought before the range (no cohort); 2 in Jan (again in Feb,
        // March only refunded), 3 in Feb (again in Mar), 5 in Mar.
        QCOMPARE(d.cohorts.size(), 3);
        QCOMPARE(d.cohorts.at(0).month(), QStringLiteral("2026-01"));
        QCOMPARE(d.cohorts.at(0).retained, (QList<qint64>{1, 1, 0}));
        QCOMPARE(d.cohorts.at(0).size, 1);
        QCOMPARE(d.cohorts.at(0).share(1), 1.0);
        QCOMPARE(d.cohorts.at(1).retained, (QList<qint64>{1, 1}));
        QCOMPARE(d.cohorts.at(2).retained, (QList<qint64>{1}));

        // Funnel: awareness … churned.
        QCOMPARE(funnel(d), (QList<qint64>{1, 0, 1, 1, 1, 1}));

        // Reps: by revenue; carol (active, nothing) listed, dave (inactive) not.
        QCOMPARE(d.reps.size(), 4);
        QCOMPARE(d.reps.at(0).userId, Fx::Alice);
        QCOMPARE(d.reps.at(0).name, QStringLiteral("王丽"));
        QCOMPARE(d.reps.at(0).revenueCents, 75000);
        QCOMPARE(d.reps.at(0).newCustomers, 1);
        QCOMPARE(d.reps.at(0).followUps, 2);
        QCOMPARE(d.reps.at(0).tasksDone, 1);
        QCOMPARE(d.reps.at(1).userId, Fx::Bob);
        QCOMPARE(d.reps.at(1).revenueCents, 45000);
        QCOMPARE(d.reps.at(1).newCustomers, 1);
        QCOMPARE(d.reps.at(1).followUps, 1);
        QCOMPARE(d.reps.at(1).tasksDone, 1);
        QCOMPARE(d.reps.at(2).userId, 0);  // customers without an owner
        QCOMPARE(d.reps.at(2).revenueCents, 1000);
        QCOMPARE(d.reps.at(2).newCustomers, 1);
        QCOMPARE(d.reps.at(3).userId, Fx::Carol);
        QCOMPARE(d.reps.at(3).revenueCents, 0);
        QVERIFY(!rep(d.reps, Fx::Dave));

        // JSON round trip (the cache's form).
        auto back = DashboardData::fromJson(d.toJson());
        QVERIFY(back.ok());
        QCOMPARE(QJsonDocument(back->toJson()).toJson(), QJsonDocument(d.toJson()).toJson());
    }

    void ownerFilter()
    {
        QVERIFY(Fx::insert(m_ws->database()));
        DashboardService service(m_ws->database());
        auto r = service.compute(range(Fx::Alice));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const DashboardData &d = r.value();
        QCOMPARE(d.customers, 2);
        QCOMPARE(d.buyingCustomers, 2);
        QCOMPARE(d.orders, 4);
        QCOMPARE(d.revenueCents, 75000);
        QCOMPARE(find(d.segments, Rfm::ImportantValue)->customers, 1);
        QCOMPARE(find(d.segments, Rfm::ImportantValue)->revenueCents, 50000);
        QCOMPARE(find(d.segments, Rfm::ImportantDevelop)->revenueCents, 25000);
        QCOMPARE(find(d.segments, Rfm::Dormant)->customers, 0);
        QCOMPARE(d.top20Share, 50000.0 / 75000.0);
        QCOMPARE(d.pareto.size(), 2);
        QCOMPARE(d.months.at(0).revenueCents, 35000);
        QCOMPARE(d.months.at(1).revenueCents, 10000);
        QCOMPARE(d.months.at(1).activeCustomers, 1);
        QCOMPARE(d.months.at(2).revenueCents, 30000);
        QCOMPARE(d.cohorts.at(0).retained, (QList<qint64>{1, 1, 0}));
        QCOMPARE(d.cohorts.at(1).retained, (QList<qint64>{0, 0}));
        QCOMPARE(funnel(d), (QList<qint64>{0, 0, 0, 1, 1, 0}));
        QCOMPARE(d.reps.size(), 1);
        QCOMPARE(d.reps.at(0).userId, Fx::Alice);
        QCOMPARE(d.reps.at(0).revenueCents, 75000);
        QCOMPARE(d.reps.at(0).followUps, 2);
        QCOMPARE(d.reps.at(0).tasksDone, 1);
    }

    void emptyDatabase()
    {
        DashboardService service(m_ws->database());
        auto r = service.compute(range());
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const DashboardData &d = r.value();
        QCOMPARE(d.customers, 0);
        QCOMPARE(d.revenueCents, 0);
        QCOMPARE(d.snapshotId, 0);
        QVERIFY(d.segments.isEmpty());
        QVERIFY(d.pareto.isEmpty());
        QCOMPARE(d.top20Share, 0.0);
        QCOMPARE(d.months.size(), 3);
        QCOMPARE(d.months.at(1).revenueCents, 0);
        QCOMPARE(d.cohorts.size(), 3);
        QCOMPARE(d.cohorts.at(0).retained, (QList<qint64>{0, 0, 0}));
        QCOMPARE(funnel(d), (QList<qint64>{0, 0, 0, 0, 0, 0}));
        QVERIFY(d.reps.isEmpty());
        // An inverted range is refused, not computed.
        QCOMPARE(service.compute(DashboardFilter::custom(Fx::to(), Fx::from())).error().code, Error::Invalid);
    }

    void cacheAndInvalidation()
    {
        QVERIFY(Fx::insert(m_ws->database()));
        DashboardService service(m_ws->database());
        bool fromCache = true;
        auto first = service.load(range(), &fromCache);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QVERIFY(!fromCache);
        auto second = service.load(range(), &fromCache);
        QVERIFY(second.ok());
        QVERIFY(fromCache);
        QCOMPARE(second->revenueCents, 121000);
        QCOMPARE(second->computedAt, first->computedAt);
        // Another owner is another slot.
        QVERIFY(service.load(range(Fx::Alice), &fromCache).ok());
        QVERIFY(!fromCache);

        // A new order through Patron: the cached entry is stale but still there to show.
        auto id = m_ws->store().insert(Entity::Order, {{QStringLiteral("customer_id"), 5},
                                                       {QStringLiteral("ordered_at"), QStringLiteral("2026-02-20")},
                                                       {QStringLiteral("amount_cents"), 2500},
                                                       {QStringLiteral("status"), QStringLiteral("completed")}});
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        auto stale = service.cached(range());
        QVERIFY(stale.ok() && stale.value().has_value());
        QVERIFY(!stale.value()->fresh);
        QCOMPARE(stale.value()->data.revenueCents, 121000);
        auto third = service.load(range(), &fromCache);
        QVERIFY(third.ok());
        QVERIFY(!fromCache);
        QCOMPARE(third->revenueCents, 123500);
        QCOMPARE(third->months.at(1).revenueCents, 52500);
        QVERIFY(service.load(range(), &fromCache).ok());
        QVERIFY(fromCache);

        // An edit (no new row): cancelling an order changes the figures too.
        auto order = m_ws->store().get(Entity::Order, id.value());
        QVERIFY(order.ok());
        auto updated = m_ws->store().update(Entity::Order, id.value(), order->value(QStringLiteral("version")).toInt(),
                                            {{QStringLiteral("status"), QStringLiteral("cancelled")}});
        QVERIFY2(updated.ok(), qPrintable(updated.error().message));
        auto fourth = service.load(range(), &fromCache);
        QVERIFY(fourth.ok());
        QVERIFY(!fromCache);
        QCOMPARE(fourth->revenueCents, 121000);

        // A new RFM snapshot is a new version as well.
        QVERIFY(Test::execSql(m_ws->database(),
                              QStringLiteral("INSERT INTO rfm_snapshots (as_of, computed_at, scheme, window_days) "
                                             "VALUES ('2026-04-02', '2026-04-02T08:00:00', 'rfm8', 365)")));
        QVERIFY(service.load(range(), &fromCache).ok());
        QVERIFY(!fromCache);

        // Another day, same preset slot: yesterday's figures are shown, but not as fresh.
        const QDate today(2026, 3, 30);
        auto yesterday = DashboardFilter::forPreset(DashboardFilter::Preset::ThisMonth, today);
        QVERIFY(service.load(yesterday).ok());
        auto now = service.cached(DashboardFilter::forPreset(DashboardFilter::Preset::ThisMonth, today.addDays(1)));
        QVERIFY(now.ok() && now.value().has_value());
        QVERIFY(!now.value()->fresh);

        QVERIFY(service.clearCache().ok());
        auto none = service.cached(range());
        QVERIFY(none.ok());
        QVERIFY(!none.value().has_value());
    }

    void cancel()
    {
        QVERIFY(Fx::insert(m_ws->database()));
        DashboardService service(m_ws->database());
        std::atomic<bool> stop{true};
        auto r = service.compute(range(), &stop);
        QCOMPARE(r.error().code, Error::Cancelled);
        // The temporary tables are gone: the next computation works on the same connection.
        QVERIFY(service.compute(range()).ok());
    }

    void drillDownConditions()
    {
        const DashboardFilter f = range(Fx::Alice);
        const Condition owner = Condition::leaf(QStringLiteral("owner"), QStringLiteral("eq"), Fx::Alice);
        QCOMPARE(Dashboard::segmentCondition(f, Rfm::ImportantValue),
                 Condition::all({owner, Condition::leaf(QStringLiteral("rfm.segment"), QStringLiteral("eq"), Rfm::ImportantValue)}));
        QCOMPARE(Dashboard::tierCondition(range(), Rfm::TierPotential),
                 Condition::all({Condition::leaf(QStringLiteral("rfm.tier"), QStringLiteral("eq"), Rfm::TierPotential)}));
        Condition march = Condition::leaf(QStringLiteral("orders.count"), QStringLiteral("ge"), 1);
        march.from = QStringLiteral("2026-03-01");
        march.to = QStringLiteral("2026-03-31");
        MonthFigure m;
        m.from = QDate(2026, 3, 1);
        m.to = QDate(2026, 3, 31);
        QCOMPARE(Dashboard::monthCondition(range(), m), Condition::all({march}));
        CohortRow jan;
        jan.from = QDate(2026, 1, 1);
        jan.to = QDate(2026, 1, 31);
        const Condition firstJan = Condition::leaf(QStringLiteral("orders.first_at"), QStringLiteral("between"),
                                                   QVariantList{QStringLiteral("2026-01-01"), QStringLiteral("2026-01-31")});
        QCOMPARE(Dashboard::cohortCondition(range(), jan, 0), Condition::all({firstJan}));
        QCOMPARE(Dashboard::cohortCondition(range(), jan, 2), Condition::all({firstJan, march}));
        QCOMPARE(Dashboard::stageCondition(range(), QStringLiteral("loyal")),
                 Condition::all({Condition::leaf(QStringLiteral("lifecycle_stage"), QStringLiteral("eq"), QStringLiteral("loyal"))}));
        ParetoPoint p;
        p.thresholdCents = 45000;
        const Condition pc = Dashboard::paretoCondition(range(), p);
        QCOMPARE(pc.children.size(), 2);
        QCOMPARE(pc.children.at(1).field, QStringLiteral("orders.amount"));
        QCOMPARE(pc.children.at(1).value.toDouble(), 450.0);
        QCOMPARE(pc.children.at(1).from, QStringLiteral("2026-01-01"));
        const Condition created = Dashboard::repCondition(range(), Fx::Bob, Dashboard::RepColumn::NewCustomers);
        QCOMPARE(created.children.size(), 3);
        QCOMPARE(created.children.at(0), Condition::leaf(QStringLiteral("owner"), QStringLiteral("eq"), Fx::Bob));
        QCOMPARE(created.children.at(2).value.toString(), QStringLiteral("2026-04-01"));
        // Conditions survive their JSON form (what the customer list and segments store).
        auto parsed = Condition::fromJson(Dashboard::cohortCondition(f, jan, 2).toJson());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value(), Dashboard::cohortCondition(f, jan, 2));
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
