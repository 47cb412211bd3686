// RFM: settings JSON and validation; the engine on hand-computed fixtures (ties, zero and
// one customer, ignored cancelled/refunded/future orders, window 365 and 0, the window's
// edge, both schemes, total vs average, fixed thresholds, 无交易 vs 已沉睡, trash vs
// archived), snapshots and transitions, pruning, incremental updates against a full
// recompute, cancel leaving nothing. Runs on SQLite and PostgreSQL.

#include "rfm/rfmengine.h"
#include "rfm/rfmengine_p.h"
#include "rfm/rfmscheduler.h"
#include "rfm/rfmsettings.h"
#include "services/customerservice.h"
#include "services/recordstore.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "util/values.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Patron;

namespace {
const QDate D(2026, 6, 30);
}

class TestRfm : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestDatabase> m_tdb;
    std::unique_ptr<Workspace> m_ws;
    qint64 A = 0, B = 0, C = 0, Dc = 0, E = 0, F = 0, G = 0, H = 0;

    qint64 customer(const QString &name)
    {
        auto id = m_ws->store().insert(Entity::Customer, Record {{QStringLiteral("name"), name}});
        if (!id)
            qWarning() << id.error().message;
        return id.valueOr(0);
    }
    qint64 order(qint64 customerId,
                 const QString &date,
                 qint64 cents,
                 const QString &status = QStringLiteral("completed"))
    {
        auto id = m_ws->store().insert(Entity::Order,
                                       Record {{QStringLiteral("customer_id"), customerId},
                                               {QStringLiteral("ordered_at"), date},
                                               {QStringLiteral("amount_cents"), cents},
                                               {QStringLiteral("status"), status}});
        if (!id)
            qWarning() << id.error().message;
        return id.valueOr(0);
    }
    qint64 count(const QString &sql)
    {
        QSqlQuery q(m_ws->database().connection());
        if (!q.exec(sql) || !q.next()) {
            qWarning() << sql << q.lastError().text();
            return -1;
        }
        return q.value(0).toLongLong();
    }
    RfmEngine engine() { return RfmEngine(m_ws->database()); }
    RfmSnapshotInfo compute(const RfmSettings &s = {}, const QDate &asOf = D)
    {
        auto r = engine().compute(s, asOf);
        if (!r)
            qWarning() << r.error().message;
        return r.valueOr(RfmSnapshotInfo {});
    }
    RfmValue value(qint64 customerId)
    {
        auto v = engine().currentValues(customerId);
        if (!v || !v.value())
            return RfmValue {};
        return *v.value();
    }
    QString seg(qint64 id) { return value(id).segment; }
    QList<int> scores(qint64 id)
    {
        const RfmValue v = value(id);
        return {v.rScore, v.fScore, v.mScore};
    }

    // The fixture (as of 2026-06-30, window 365: orders after 2025-06-30 count):
    //   A: 06-20 ¥100 (+ a cancelled ¥90,000)     R10  F1 M10000
    //   B: 06-20 ¥100                              R10  F1 M10000 (ties with A)
    //   C: 05-31, 06-10 ¥200 each                  R20  F2 M40000
    //   D (archived): 01-01, 03-01, 04-01 ¥100     R90  F3 M30000
    //   E: five ¥1000 orders, last 2025-12-31      R181 F5 M500000
    //   F: cancelled, refunded, and one after D    无交易
    //   G: 2025-06-30 only (the window's edge)     已沉睡
    //   H: in the trash (with an order)            not in the snapshot
    void fixture()
    {
        A = customer(QStringLiteral("甲"));
        B = customer(QStringLiteral("乙"));
        C = customer(QStringLiteral("丙"));
        Dc = customer(QStringLiteral("丁"));
        E = customer(QStringLiteral("戊"));
        F = customer(QStringLiteral("己"));
        G = customer(QStringLiteral("庚"));
        H = customer(QStringLiteral("辛"));
        order(A, QStringLiteral("2026-06-20"), 10000);
        order(A, QStringLiteral("2026-06-25"), 9000000, QStringLiteral("cancelled"));
        order(B, QStringLiteral("2026-06-20"), 10000);
        order(C, QStringLiteral("2026-05-31"), 20000);
        order(C, QStringLiteral("2026-06-10"), 20000);
        order(Dc, QStringLiteral("2026-01-01"), 10000);
        order(Dc, QStringLiteral("2026-03-01"), 10000);
        order(Dc, QStringLiteral("2026-04-01"), 10000);
        for (const char *d : {"2025-08-01", "2025-09-01", "2025-10-01", "2025-11-01", "2025-12-31"})
            order(E, QString::fromLatin1(d), 100000);
        order(F, QStringLiteral("2026-06-01"), 50000, QStringLiteral("cancelled"));
        order(F, QStringLiteral("2026-06-02"), 50000, QStringLiteral("refunded"));
        order(F, QStringLiteral("2026-07-05"), 50000);
        order(G, QStringLiteral("2025-06-30"), 5000);
        order(H, QStringLiteral("2026-06-01"), 10000);
        QVERIFY(m_ws->customers().setArchived({Dc}, true));
        QVERIFY(m_ws->customers().moveToTrash({H}));
    }

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

    void settingsRoundTrip()
    {
        RfmSettings s;
        QCOMPARE(s.windowDays, 365);
        QCOMPARE(s.scheme, Rfm::SchemeRfm8);
        QCOMPARE(s.tierFor(Rfm::ImportantRetain), Rfm::TierPotential);
        s.windowDays = 0;
        s.monetary = RfmSettings::Monetary::Average;
        s.scheme = Rfm::SchemeRfGrid;
        s.recencyMaxDays = 30;
        s.frequencyMin = 3;
        s.monetaryMinCents = 123450;
        s.labels.segments.insert(Rfm::Champions, QStringLiteral("金牌客户"));
        s.labels.tiers.insert(Rfm::TierPotential, QStringLiteral("成长"));
        s.tierOf.insert(Rfm::Champions, Rfm::TierPotential);
        s.tierOf.insert(Rfm::Dormant, Rfm::TierToWake);
        s.keepSnapshots = 3;
        auto back = RfmSettings::fromJson(s.toJson());
        QVERIFY2(back, qPrintable(back.error().message));
        QCOMPARE(back->toJson(), s.toJson());
        QCOMPARE(back->monetaryMinCents.value(), qint64(123450));
        QCOMPARE(back->tierFor(Rfm::Champions), Rfm::TierPotential);
        QCOMPARE(back->tierFor(Rfm::Dormant), Rfm::TierToWake);
        QCOMPARE(back->labels.segmentLabel(Rfm::Champions), QStringLiteral("金牌客户"));

        QVERIFY(s.save(m_ws->database()));
        auto loaded = RfmSettings::load(m_ws->database());
        QVERIFY(loaded);
        QCOMPARE(loaded->toJson(), s.toJson());
        // Defaults when nothing was saved, and missing keys take the defaults.
        QCOMPARE(RfmSettings::fromJson(QString())->windowDays, 365);
        QCOMPARE(RfmSettings::fromJson(QStringLiteral("{\"scheme\":\"rf-grid\"}"))->windowDays,
                 365);
    }

    void settingsValidation_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("window") << "{\"window_days\":-1}"
                                << "window";
        QTest::newRow("window big") << "{\"window_days\":99999}"
                                    << "window";
        QTest::newRow("window text") << "{\"window_days\":\"x\"}"
                                     << "window";
        QTest::newRow("scheme") << "{\"scheme\":\"rfm9\"}"
                                << "rfm9";
        QTest::newRow("monetary") << "{\"monetary\":\"median\"}"
                                  << "monetary";
        QTest::newRow("frequency") << "{\"thresholds\":{\"frequency_min\":0}}"
                                   << "frequency";
        QTest::newRow("monetary min") << "{\"thresholds\":{\"monetary_min_cents\":-5}}"
                                      << "monetary";
        QTest::newRow("keep") << "{\"keep_snapshots\":0}"
                              << "Snapshots";
        QTest::newRow("tier") << "{\"tier_of\":{\"champions\":\"gold\"}}"
                              << "gold";
        QTest::newRow("segment") << "{\"tier_of\":{\"vip\":\"general\"}}"
                                 << "vip";
        QTest::newRow("label") << "{\"labels\":{\"segments\":{\"nobody\":\"x\"}}}"
                               << "nobody";
        QTest::newRow("not json") << "{"
                                  << "JSON";
    }
    void settingsValidation()
    {
        QFETCH(QString, json);
        QFETCH(QString, message);
        auto s = RfmSettings::fromJson(json);
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Invalid);
        QVERIFY2(s.error().message.contains(message, Qt::CaseInsensitive),
                 qPrintable(s.error().message));
    }

    void gridCoversEveryCellOnce()
    {
        // R rows 5..1, F columns 1..5 (the table).
        const QStringList expected[5] = {
            {Rfm::NewCustomers, Rfm::PotentialLoyalists, Rfm::PotentialLoyalists, Rfm::Champions,
             Rfm::Champions},
            {Rfm::Promising, Rfm::PotentialLoyalists, Rfm::PotentialLoyalists, Rfm::Loyal,
             Rfm::Loyal},
            {Rfm::AboutToSleep, Rfm::AboutToSleep, Rfm::NeedAttention, Rfm::Loyal, Rfm::Loyal},
            {Rfm::Hibernating, Rfm::Hibernating, Rfm::AtRisk, Rfm::AtRisk, Rfm::CantLose},
            {Rfm::Hibernating, Rfm::Hibernating, Rfm::AtRisk, Rfm::AtRisk, Rfm::CantLose},
        };
        QSet<QString> seen;
        for (int r = 5; r >= 1; --r) {
            for (int f = 1; f <= 5; ++f) {
                const QString s = RfmPrivate::gridSegment(r, f);
                QCOMPARE(s, expected[5 - r].at(f - 1));
                seen.insert(s);
            }
        }
        QCOMPARE(seen.size(), 10);
    }

    void zeroCustomers()
    {
        const RfmSnapshotInfo s = compute();
        QVERIFY(s.id > 0);
        QCOMPARE(s.customerCount, 0);
        QCOMPARE(s.scoredCount, 0);
        QVERIFY(!s.meanRecency);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_values")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_transitions")), 0);
        auto current = engine().currentSnapshot();
        QVERIFY(current && current.value());
        QCOMPARE(current.value()->asOf, QStringLiteral("2026-06-30"));
    }

    void oneCustomer()
    {
        const qint64 id = customer(QStringLiteral("独"));
        order(id, QStringLiteral("2026-06-29"), 1);
        order(id, QStringLiteral("2026-06-30"), 2); // on D: counts
        RfmSettings s;
        s.monetary = RfmSettings::Monetary::Average;
        const RfmSnapshotInfo snap = compute(s);
        QCOMPARE(snap.scoredCount, 1);
        const RfmValue v = value(id);
        QCOMPARE(v.recencyDays.value(), 0);
        QCOMPARE(v.frequency, 2);
        QCOMPARE(v.monetaryCents, 2); // 1.5 cents rounds half up
        QCOMPARE(scores(id), (QList<int> {1, 1, 1}));
        // Alone it equals every mean: never strictly above or below.
        QCOMPARE(v.segment, Rfm::GeneralWinBack);
        QCOMPARE(v.tier, Rfm::TierGeneral);
    }

    void fixtureRfm8()
    {
        fixture();
        const RfmSnapshotInfo s = compute();
        QCOMPARE(s.customerCount, 7); // H is in the trash; D is archived and counts
        QCOMPARE(s.scoredCount, 5);
        QCOMPARE(s.windowDays, 365);
        QCOMPARE(s.meanRecency.value(), 62.2);
        QCOMPARE(s.meanFrequency.value(), 2.4);
        QCOMPARE(s.meanMonetary.value(), 118000.0);
        QCOMPARE(value(A).recencyDays.value(), 10);
        QCOMPARE(value(A).monetaryCents, 10000); // the cancelled order is ignored
        QCOMPARE(value(E).recencyDays.value(), 181);
        QCOMPARE(value(E).monetaryCents, 500000);
        // Ties: A and B are equal in everything and score the same.
        QCOMPARE(scores(A), (QList<int> {4, 1, 1}));
        QCOMPARE(scores(B), (QList<int> {4, 1, 1}));
        QCOMPARE(scores(C), (QList<int> {3, 3, 4}));
        QCOMPARE(scores(Dc), (QList<int> {2, 4, 3}));
        QCOMPARE(scores(E), (QList<int> {1, 5, 5}));
        QCOMPARE(seg(A), Rfm::GeneralDevelop);
        QCOMPARE(seg(B), Rfm::GeneralDevelop);
        QCOMPARE(seg(C), Rfm::GeneralDevelop);
        QCOMPARE(seg(Dc), Rfm::GeneralRetain);
        QCOMPARE(seg(E), Rfm::ImportantRetain);
        QCOMPARE(value(E).tier, Rfm::TierPotential);
        QCOMPARE(value(A).tier, Rfm::TierGeneral);
        QCOMPARE(seg(F), Rfm::NoPurchase);
        QCOMPARE(seg(G), Rfm::Dormant);
        const RfmValue g = value(G);
        QVERIFY(!g.recencyDays);
        QCOMPARE(g.frequency, 0);
        QCOMPARE(g.rScore, 0);
        QCOMPARE(g.tier, QString());
        auto h = engine().currentValues(H);
        QVERIFY(h && !h.value());
    }

    void windowZeroCountsAllHistory()
    {
        fixture();
        RfmSettings s;
        s.windowDays = 0;
        const RfmSnapshotInfo snap = compute(s);
        QCOMPARE(snap.scoredCount, 6);
        QCOMPARE(value(G).recencyDays.value(), 365);
        QCOMPARE(scores(A), (QList<int> {4, 1, 1}));
        QCOMPARE(scores(C), (QList<int> {3, 3, 4}));
        QCOMPARE(scores(Dc), (QList<int> {2, 4, 3}));
        QCOMPARE(scores(E), (QList<int> {1, 5, 5}));
        QCOMPARE(scores(G), (QList<int> {1, 1, 1}));
        QCOMPARE(seg(G), Rfm::GeneralWinBack);
        QCOMPARE(seg(F), Rfm::NoPurchase); // future, cancelled and refunded never count
    }

    void averageMonetary()
    {
        fixture();
        RfmSettings s;
        s.monetary = RfmSettings::Monetary::Average;
        compute(s);
        QCOMPARE(value(C).monetaryCents, 20000);
        QCOMPARE(value(Dc).monetaryCents, 10000);
        QCOMPARE(value(E).monetaryCents, 100000);
        // M: A10000 B10000 C20000 D10000 E100000 → smaller: 0 0 3 0 4
        QCOMPARE(value(A).mScore, 1);
        QCOMPARE(value(Dc).mScore, 1);
        QCOMPARE(value(C).mScore, 4);
        QCOMPARE(value(E).mScore, 5);
    }

    void fixedThresholds()
    {
        fixture();
        RfmSettings s;
        s.recencyMaxDays = 20; // R high: recency <= 20
        s.frequencyMin = 3; // F high: frequency >= 3
        s.monetaryMinCents = 30000; // M high: monetary >= ¥300
        compute(s);
        QCOMPARE(seg(A), Rfm::GeneralDevelop);
        QCOMPARE(seg(C), Rfm::ImportantDevelop); // 20 days and ¥400: both thresholds inclusive
        QCOMPARE(seg(Dc), Rfm::ImportantRetain); // 3 orders, ¥300
        QCOMPARE(seg(E), Rfm::ImportantRetain);
        QCOMPARE(value(C).tier, Rfm::TierPotential);
    }

    void rfGrid()
    {
        fixture();
        RfmSettings s;
        s.scheme = Rfm::SchemeRfGrid;
        s.tierOf.insert(Rfm::NeedAttention, Rfm::TierGeneral);
        const RfmSnapshotInfo snap = compute(s);
        QCOMPARE(snap.scheme, Rfm::SchemeRfGrid);
        QCOMPARE(seg(A), Rfm::Promising);
        QCOMPARE(seg(B), Rfm::Promising);
        QCOMPARE(seg(C), Rfm::NeedAttention);
        QCOMPARE(seg(Dc), Rfm::AtRisk);
        QCOMPARE(seg(E), Rfm::CantLose);
        QCOMPARE(seg(G), Rfm::Dormant);
        QCOMPARE(value(A).tier, Rfm::TierPotential);
        QCOMPARE(value(C).tier, Rfm::TierGeneral); // the edited mapping
        QCOMPARE(value(E).tier, Rfm::TierToWake);
    }

    void transitions()
    {
        fixture();
        // An order after D: not in the first snapshot, in the second (as of 07-01).
        order(A, QStringLiteral("2026-07-01"), 100000000);
        const RfmSnapshotInfo first = compute();
        QCOMPARE(value(A).frequency, 1);
        // First snapshot: everyone enters (from NULL).
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM rfm_transitions WHERE from_segment IS NULL")),
                 7);
        auto h = engine().history(A);
        QVERIFY(h);
        QCOMPARE(h->size(), 1);
        QVERIFY(h->first().entered());
        QCOMPARE(h->first().toSegment, Rfm::GeneralDevelop);

        // The same day again: nothing changed, no rows.
        const RfmSnapshotInfo same = compute();
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_transitions WHERE snapshot_id = %1")
                           .arg(same.id)),
                 0);

        const RfmSnapshotInfo second = compute(RfmSettings {}, D.addDays(1));
        QCOMPARE(value(A).frequency, 2);
        QCOMPARE(seg(A), Rfm::ImportantDevelop);
        QCOMPARE(seg(E), Rfm::GeneralRetain); // A's big order lifted the mean
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_transitions WHERE snapshot_id = %1")
                           .arg(second.id)),
                 2);
        h = engine().history(A);
        QCOMPARE(h->size(), 2);
        QCOMPARE(h->first().asOf, QStringLiteral("2026-07-01")); // newest first
        QCOMPARE(h->first().fromSegment, Rfm::GeneralDevelop);
        QCOMPARE(h->first().toSegment, Rfm::ImportantDevelop);
        QCOMPARE(h->first().fromTier, Rfm::TierGeneral);
        QCOMPARE(h->first().toTier, Rfm::TierPotential);

        auto between = engine().transitionsBetween(D.addDays(1), D.addDays(1));
        QVERIFY(between);
        QCOMPARE(between->size(), 2);
        QSet<qint64> who {between->at(0).customerId, between->at(1).customerId};
        QCOMPARE(who, (QSet<qint64> {A, E}));
        QCOMPARE(engine().transitionsBetween(D, D.addDays(1))->size(), 9);
        Q_UNUSED(first);
    }

    void pruning()
    {
        fixture();
        RfmSettings s;
        s.keepSnapshots = 2;
        const RfmSnapshotInfo one = compute(s);
        compute(s, D.addDays(1));
        const RfmSnapshotInfo three = compute(s, D.addDays(2));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_snapshots")), 3);
        QCOMPARE(
            count(
                QStringLiteral("SELECT values_kept FROM rfm_snapshots WHERE id = %1").arg(one.id)),
            0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_values WHERE snapshot_id = %1")
                           .arg(one.id)),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_values WHERE snapshot_id = %1")
                           .arg(three.id)),
                 7);
        // The pruned snapshot's transitions stay for the history.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_transitions WHERE snapshot_id = %1")
                           .arg(one.id)),
                 7);
        QCOMPARE(engine().currentSnapshot().value()->id, three.id);
    }

    // Values written in chunks of two customers (chunk boundaries inside the fixture) are
    // the same as in one chunk; transitions and pruning too.
    void chunkedWrites()
    {
        fixture();
        RfmSettings s;
        s.keepSnapshots = 1;
        const RfmSnapshotInfo whole = compute(s);
        QList<RfmValue> expected;
        QVERIFY(engine().snapshotRows(whole.id, [&](const RfmValue &v) {
            expected << v;
            return true;
        }));
        qputenv("PATRON_RFM_CHUNK", "2");
        const RfmSnapshotInfo chunked = compute(s, D.addDays(1));
        qunsetenv("PATRON_RFM_CHUNK");
        QVERIFY(chunked.id > whole.id);
        QCOMPARE(engine().currentSnapshot().value()->id, chunked.id);
        QCOMPARE(chunked.customerCount, 7);
        QList<RfmValue> got;
        QVERIFY(engine().snapshotRows(chunked.id, [&](const RfmValue &v) {
            got << v;
            return true;
        }));
        QCOMPARE(got.size(), expected.size());
        for (int i = 0; i < got.size(); ++i) {
            QCOMPARE(got.at(i).customerId, expected.at(i).customerId);
            QCOMPARE(got.at(i).segment, expected.at(i).segment);
            QCOMPARE(got.at(i).tier, expected.at(i).tier);
            QCOMPARE(got.at(i).frequency, expected.at(i).frequency);
            QCOMPARE(got.at(i).monetaryCents, expected.at(i).monetaryCents);
            QCOMPARE(got.at(i).rScore, expected.at(i).rScore);
            QCOMPARE(got.at(i).fScore, expected.at(i).fScore);
            QCOMPARE(got.at(i).mScore, expected.at(i).mScore);
        }
        // Recency grew by a day for everyone, nobody changed segment.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_transitions WHERE snapshot_id = %1")
                           .arg(chunked.id)),
                 0);
        // The first snapshot's values were pruned, in chunks too.
        qputenv("PATRON_RFM_CHUNK", "3");
        const RfmSnapshotInfo third = compute(s, D.addDays(2));
        qunsetenv("PATRON_RFM_CHUNK");
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_values WHERE snapshot_id <> %1")
                           .arg(third.id)),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_values")), 7);
    }

    // A pass's snapshot is invisible until published: a crash mid-way leaves an
    // unpublished one, which is never current and which a later pass removes once it is
    // old enough not to belong to a pass still running elsewhere.
    void unpublishedSnapshots()
    {
        fixture();
        const RfmSnapshotInfo first = compute();
        QSqlQuery q(m_ws->database().connection());
        auto abandoned = [&](const QString &computedAt) {
            q.prepare(QStringLiteral(
                "INSERT INTO rfm_snapshots (as_of, computed_at, scheme, window_days, "
                "values_kept, published) VALUES ('2026-07-05', :at, 'rfm8', 365, 0, 0) "
                "RETURNING id"));
            q.bindValue(QStringLiteral(":at"), computedAt);
            if (!q.exec() || !q.next())
                qWarning() << q.lastError().text();
            const qint64 id = q.value(0).toLongLong();
            q.finish();
            q.prepare(QStringLiteral(
                "INSERT INTO rfm_values (snapshot_id, customer_id, segment) VALUES (:s, :c, 'dormant')"));
            for (qint64 c : {A, B, C}) {
                q.bindValue(QStringLiteral(":s"), id);
                q.bindValue(QStringLiteral(":c"), c);
                if (!q.exec())
                    qWarning() << q.lastError().text();
            }
            return id;
        };
        const qint64 old = abandoned(QStringLiteral("2026-01-01T00:00:00"));
        const qint64 young = abandoned(Values::now());
        QCOMPARE(engine().currentSnapshot().value()->id, first.id);
        QCOMPARE(seg(A), Rfm::GeneralDevelop);
        const RfmSnapshotInfo second = compute();
        QCOMPARE(engine().currentSnapshot().value()->id, second.id);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_snapshots WHERE id = %1").arg(old)), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_values WHERE snapshot_id = %1").arg(old)), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_values WHERE snapshot_id = %1").arg(young)), 3);
        QCOMPARE(count(QStringLiteral("SELECT published FROM rfm_snapshots WHERE id = %1").arg(second.id)), 1);
        // Previous snapshot for the transitions: the published one, not the abandoned ones.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_transitions WHERE snapshot_id = %1")
                           .arg(second.id)),
                 0);
    }

    // An incremental update committed while the pass writes its chunks changes the
    // previous snapshot: the new snapshot's transition starts from the updated segment.
    void incrementalUpdateDuringPass()
    {
        fixture();
        const RfmSnapshotInfo first = compute();
        QCOMPARE(seg(F), Rfm::NoPurchase);
        QString updated;
        bool done = false;
        auto r = engine().compute(RfmSettings {}, D, [&](int percent) {
            if (percent > 45 && !done) {
                done = true;
                order(F, QStringLiteral("2026-06-29"), 50000);
                auto v = engine().updateCustomer(F);
                if (v && v.value())
                    updated = v.value()->segment;
            }
            return true;
        });
        QVERIFY(r);
        QVERIFY(done);
        QVERIFY(!updated.isEmpty());
        QVERIFY(updated != Rfm::NoPurchase);
        // The pass scored before the order: F is no_purchase again, coming from `updated`.
        QCOMPARE(seg(F), Rfm::NoPurchase);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_transitions WHERE snapshot_id = %1")
                           .arg(r->id)),
                 1);
        auto h = engine().history(F);
        QVERIFY(h);
        QCOMPARE(h->first().snapshotId, r->id);
        QCOMPARE(h->first().fromSegment, updated);
        QCOMPARE(h->first().toSegment, Rfm::NoPurchase);
        Q_UNUSED(first);
    }

    void incrementalMatchesFullRecompute()
    {
        fixture();
        compute();
        // No snapshot for an unknown customer's changes to land in: a new customer gets a row.
        const qint64 fresh = customer(QStringLiteral("新"));
        auto r = engine().updateCustomer(fresh);
        QVERIFY(r && r.value());
        QCOMPARE(r.value()->segment, Rfm::NoPurchase);
        QVERIFY(engine().history(fresh)->first().entered());

        order(B, QStringLiteral("2026-06-30"), 20000000);
        order(B, QStringLiteral("2026-07-02"), 20000000); // after D: ignored
        order(G, QStringLiteral("2026-06-01"), 20000); // dormant G buys again
        for (qint64 id : {B, G, fresh}) {
            r = engine().updateCustomer(id);
            QVERIFY2(r, qPrintable(r.error().message));
        }
        const RfmValue b = value(B);
        QCOMPARE(b.recencyDays.value(), 0);
        QCOMPARE(b.frequency, 2);
        QCOMPARE(b.monetaryCents, 20010000);
        // Against the stored distribution: the most recent and the largest amount.
        QCOMPARE(b.rScore, 5);
        QCOMPARE(b.mScore, 5);
        QCOMPARE(b.segment, Rfm::ImportantDevelop);
        QCOMPARE(engine().history(B)->first().fromSegment, Rfm::GeneralDevelop);
        QCOMPARE(seg(G), Rfm::GeneralDevelop);
        const RfmValue g = value(G);

        compute();
        QCOMPARE(value(B).recencyDays, b.recencyDays);
        QCOMPARE(value(B).frequency, b.frequency);
        QCOMPARE(value(B).monetaryCents, b.monetaryCents);
        QCOMPARE(value(B).segment, b.segment);
        QCOMPARE(value(G).recencyDays, g.recencyDays);
        QCOMPARE(value(G).frequency, g.frequency);
        QCOMPARE(value(G).monetaryCents, g.monetaryCents);

        // Into the trash: out of the snapshot.
        QVERIFY(m_ws->customers().moveToTrash({C}));
        r = engine().updateCustomer(C);
        QVERIFY(r && !r.value());
        QVERIFY(!engine().currentValues(C).value());
    }

    void incrementalWithoutSnapshot()
    {
        const qint64 id = customer(QStringLiteral("无"));
        auto r = engine().updateCustomer(id);
        QVERIFY(r);
        QVERIFY(!r.value());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_values")), 0);
    }

    void cancelLeavesNothing_data()
    {
        QTest::addColumn<int>("at");
        for (int at : {0, 40, 45, 55, 70, 80, 90, 95})
            QTest::addRow("at %d", at) << at;
    }
    void cancelLeavesNothing()
    {
        QFETCH(int, at);
        fixture();
        RfmSettings s;
        s.keepSnapshots = 1;
        const RfmSnapshotInfo before = compute(s);
        auto r = engine().compute(s, D.addDays(1), [at](int percent) { return percent < at; });
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Cancelled);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_snapshots")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_values WHERE snapshot_id = %1")
                           .arg(before.id)),
                 7);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_values")), 7);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_transitions")), 7);
        QCOMPARE(engine().currentSnapshot().value()->id, before.id);
    }

    void schedulerKeepsSnapshotCurrent()
    {
        fixture();
        RfmScheduler scheduler(m_ws->database(), &m_ws->store());
        scheduler.setDebounceInterval(50);
        QSignalSpy ready(&scheduler, &RfmScheduler::snapshotReady);
        QSignalSpy updated(&scheduler, &RfmScheduler::customerUpdated);
        QSignalSpy failed(&scheduler, &RfmScheduler::failed);
        // Not started: changes do not compute.
        order(A, Values::storeDate(QDate::currentDate()), 100);
        QTest::qWait(200);
        QCOMPARE(ready.size() + updated.size(), 0);

        // Started without a snapshot of today: a full pass at once (on the worker thread).
        scheduler.start();
        QVERIFY(ready.wait(20000));
        auto current = engine().currentSnapshot();
        QCOMPARE(current.value()->asOf, Values::storeDate(QDate::currentDate()));
        QCOMPARE(current.value()->id, ready.first().first().toLongLong());
        QCOMPARE(value(A).recencyDays.value(), 0); // today's order counts

        // An order: that customer at once, then a debounced full pass.
        ready.clear();
        order(B, Values::storeDate(QDate::currentDate()), 5000000);
        QTRY_VERIFY_WITH_TIMEOUT(updated.contains(QVariantList {B}), 20000);
        QVERIFY(ready.wait(20000));
        QCOMPARE(value(B).recencyDays.value(), 0);
        QCOMPARE(failed.size(), 0);
    }

    void snapshotRowsForOutput()
    {
        fixture();
        const RfmSnapshotInfo s = compute();
        QList<RfmValue> rows;
        QVERIFY(engine().snapshotRows(s.id, [&rows](const RfmValue &v) {
            rows << v;
            return true;
        }));
        QCOMPARE(rows.size(), 7);
        QCOMPARE(rows.first().customerId, A);
        QCOMPARE(rows.first().name, QStringLiteral("甲"));
        QVERIFY(std::is_sorted(rows.begin(), rows.end(), [](const RfmValue &a, const RfmValue &b) {
            return a.customerId < b.customerId;
        }));
        auto stored = engine().snapshot(s.id);
        QVERIFY(stored && stored.value());
        QCOMPARE(stored.value()->settings.toJson(), RfmSettings {}.toJson());
        QCOMPARE(stored.value()->customerCount, 7);
    }
};

QTEST_GUILESS_MAIN(TestRfm)
#include "tst_rfm.moc"
