// The SOP engine's fast paths give exactly the firings of the plain ones, at each edge
// they introduce (core/sop, migration 0005_sop_speed): repeat windows of entered triggers
// read from the transitions' as-of index, days_since_order from the as-of day's snapshot
// (recency index; the orders when the RFM window is too short), journalled occurrences
// left out as they are read, and the same-day snapshot recomputed only for what RFM depends
// on. Runs on SQLite and PostgreSQL.

#include "rfm/rfmengine.h"
#include "rfm/rfmsettings.h"
#include "services/customerservice.h"
#include "services/recordstore.h"
#include "sop/sopservice.h"
#include "storage/database.h"
#include "sopfixture.h"
#include "testdatabase.h"
#include "util/values.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Patron;
using namespace Patron::Test;

class TestSopSpeed : public QObject, protected Test::SopFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { PATRON_REQUIRE_BACKEND(); }
    void init() { QVERIFY(openSop()); }
    void cleanup() { closeSop(); }

    void daysSinceOrderBoundariesFromSnapshot()
    {
        // days_since_order reads the as-of day's snapshot (recency index) when it is up to
        // date and the days that can fire lie in the RFM window, else the orders: the same
        // firings either way, at each edge of the look-back and of the repeat windows.
        const QDate D(2026, 6, 1);
        QHash<QString, qint64> c;
        for (int days : {9, 10, 16, 17, 30, 36, 37, 50}) {
            const QString name = QStringLiteral("d%1").arg(days);
            c.insert(name, customer(name));
            order(c.value(name), Values::storeDate(D.addDays(-days)), 1000);
        }
        auto occ = [&](int days, const QString &suffix = {}) -> QString {
            return id(c.value(QStringLiteral("d%1").arg(days))) + QStringLiteral("|0|o:") + Values::storeDate(D.addDays(-days))
                   + suffix;
        };
        auto sorted = [](QStringList l) -> QStringList {
            std::sort(l.begin(), l.end());
            return l;
        };
        Sop::Definition d = ruleDef(QStringLiteral("days_since_order"));
        d.trigger.days = 10;
        const qint64 once = addRule(d);
        d.trigger.repeatDays = 20;
        const qint64 again = addRule(d, QStringLiteral("rule"), QStringLiteral("again"));
        run(QStringLiteral("2026-06-01T09:00"));
        // 10 … 16 days (the look-back of 7): d10, d16; not d9 or d17.
        QCOMPARE(fired(once), sorted({occ(10), occ(16)}));
        // Repeats every 20 days: 10 … 16, 30 … 36, 50 … 56 days.
        QCOMPARE(fired(again), sorted({occ(10), occ(16), occ(30, QStringLiteral("/1")), occ(36, QStringLiteral("/1")),
                                       occ(50, QStringLiteral("/2"))}));
        QCOMPARE(run(QStringLiteral("2026-06-01T09:00")).fired(), 0);
        // An RFM window of 15 days cannot see a 16-day-old order: the orders are read.
        auto loaded = RfmSettings::load(db());
        QVERIFY(loaded);
        RfmSettings narrow = loaded.value();
        narrow.windowDays = 15;
        QVERIFY(narrow.save(db()));
        d.trigger.repeatDays = 0;
        const qint64 once2 = addRule(d, QStringLiteral("rule"), QStringLiteral("once2"));
        QVERIFY(run(QStringLiteral("2026-06-01T09:00")).snapshotRefreshed);
        QCOMPARE(fired(once2), sorted({occ(10), occ(16)}));
    }

    void repeatWindowsOfEnteredTrigger()
    {
        // Repeats of an entered trigger are read from the transitions dated k·R days (plus
        // the look-back) before the as-of day: entering on the first and last day of such a
        // window fires, the day after it does not.
        const qint64 a = customer(QStringLiteral("A")), b = customer(QStringLiteral("B")), c = customer(QStringLiteral("C"));
        order(a, QStringLiteral("2026-02-20"), 60000);
        order(a, QStringLiteral("2026-02-25"), 60000);
        order(b, QStringLiteral("2026-03-05"), 60000);
        order(b, QStringLiteral("2026-03-06"), 60000);
        order(c, QStringLiteral("2026-03-10"), 60000);
        order(c, QStringLiteral("2026-03-11"), 60000);
        auto settings = RfmSettings::load(db());
        QVERIFY(settings);
        RfmEngine rfm(db());
        // A enters 重要价值客户 as of 03-01, B as of 03-08, C as of 03-13.
        for (const char *day : {"2026-03-01", "2026-03-08", "2026-03-13"})
            QVERIFY(rfm.compute(settings.value(), QDate::fromString(QString::fromLatin1(day), Qt::ISODate)));
        Sop::Definition d = ruleDef(QStringLiteral("segment_entered"));
        d.trigger.values = {Rfm::ImportantValue};
        d.trigger.repeatDays = 10;
        const qint64 rule = addRule(d);
        // 03-27: A 26 days in (window of k = 2 starts there), B 19 (just after k = 2's window
        // ends, before k = 1's), C 14 (inside k = 1's).
        run(QStringLiteral("2026-03-27T09:00"));
        auto occ = [this, rule] {
            QStringList out;
            for (const QString &row : fired(rule))
                out << row.section(QLatin1Char('|'), 0, 0) + QLatin1Char('/') + row.section(QLatin1Char('/'), 1);
            return out;
        };
        QCOMPARE(occ(), (QStringList{id(a) + QStringLiteral("/2"), id(c) + QStringLiteral("/1")}));
        // 03-28: A 27 days (past its window), B 20 (first day of k = 2), C 15 (fired already).
        run(QStringLiteral("2026-03-28T09:00"));
        QCOMPARE(occ(), (QStringList{id(a) + QStringLiteral("/2"), id(b) + QStringLiteral("/2"), id(c) + QStringLiteral("/1")}));
        QCOMPARE(run(QStringLiteral("2026-03-28T09:00")).fired(), 0);
        // A look-back as long as the repeat: every day from R on is inside some window.
        QVERIFY(db().setSetting(QStringLiteral("sop.lookback_days"), QStringLiteral("10")));
        d.conditions = Condition::all({Condition::leaf(QStringLiteral("name"), QStringLiteral("eq"), QStringLiteral("B"))});
        const qint64 wide = addRule(d, QStringLiteral("rule"), QStringLiteral("wide"));
        run(QStringLiteral("2026-03-29T09:00"));
        QCOMPARE(fired(wide).size(), 1);
        QVERIFY(fired(wide).at(0).endsWith(QStringLiteral("/2")));
    }

    void snapshotStaleOnlyForRfmInputs()
    {
        // A same-day snapshot is recomputed only for what RFM values depend on: orders,
        // customers created, trashed, restored or deleted, the RFM settings. Not for the
        // engine's own set_field / assign_owner or any other customer edit.
        const qint64 u = user(QStringLiteral("王五"));
        const qint64 a = customer(QStringLiteral("A"));
        const qint64 b = customer(QStringLiteral("B"));
        order(a, QStringLiteral("2026-05-01"), 200000);
        order(b, QStringLiteral("2026-05-02"), 200000);
        Sop::Action set;
        set.kind = QStringLiteral("set_field");
        set.field = QStringLiteral("lifecycle_stage");
        set.value = QStringLiteral("loyal");
        Sop::Action owner;
        owner.kind = QStringLiteral("assign_owner");
        owner.userId = u;
        const qint64 rule = addRule(ruleDef(QStringLiteral("segment_entered"), {set, owner}));
        const QString T = QStringLiteral("2026-05-10T09:00");
        QVERIFY(run(T).snapshotRefreshed);
        QCOMPARE(fired(rule).size(), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE lifecycle_stage = 'loyal'")), 2);
        // Everything the snapshot saw is dated before it was computed; what the run changed
        // after (the customers above) stays newer. (Wall-clock seconds could tie otherwise.)
        auto age = [this] {
            QSqlQuery q(db().connection());
            for (const char *sql : {"UPDATE rfm_snapshots SET computed_at = '2021-01-01T00:00:00'",
                                    "UPDATE orders SET updated_at = '2020-01-01T00:00:00'",
                                    "UPDATE audit_log SET changed_at = '2020-01-01T00:00:00'"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        };
        age();
        QVERIFY(!run(T).snapshotRefreshed);
        const int version = int(count(QStringLiteral("SELECT version FROM customers WHERE id = %1").arg(b)));
        QVERIFY(m_ws->store().update(Entity::Customer, b, version, Record{{QStringLiteral("name"), QStringLiteral("B2")}}));
        QVERIFY(!run(T).snapshotRefreshed);

        order(a, QStringLiteral("2026-05-09"), 1000);
        QVERIFY(run(T).snapshotRefreshed);
        age();
        const qint64 c = customer(QStringLiteral("C"));
        QVERIFY(run(T).snapshotRefreshed);
        age();
        QVERIFY(m_ws->customers().moveToTrash({c}));
        QVERIFY(run(T).snapshotRefreshed);
        age();
        QVERIFY(!run(T).snapshotRefreshed);
        QVERIFY(m_ws->customers().restoreFromTrash({c}));
        QVERIFY(run(T).snapshotRefreshed);
        age();
        const qint64 lastOrder = count(QStringLiteral("SELECT MAX(id) FROM orders"));
        QVERIFY(m_ws->store().remove(Entity::Order, lastOrder));
        QVERIFY(run(T).snapshotRefreshed);
        age();
        auto loaded = RfmSettings::load(db());
        QVERIFY(loaded);
        RfmSettings changed = loaded.value();
        changed.recencyMaxDays = 61;
        QVERIFY(changed.save(db()));
        QVERIFY(run(T).snapshotRefreshed);
        age();
        QVERIFY(!run(T).snapshotRefreshed);
        // A later day always takes a new snapshot.
        QVERIFY(run(QStringLiteral("2026-05-11T09:00")).snapshotRefreshed);
    }
};

QTEST_GUILESS_MAIN(TestSopSpeed)
#include "tst_sopspeed.moc"
