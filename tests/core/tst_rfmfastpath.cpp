// The SQLite fast path of the RFM full pass (core/rfm/rfmfastpass.cpp) against the
// set-based SQL path: two databases with the same generated data (many ties in dates,
// counts and amounts; cancelled, refunded, pending and future orders; timestamps; orders
// before the window; archived and trashed customers), one computed with
// PATRON_RFM_PATH=sql, one with the fast path, over a sequence of passes with data
// changes in between: every value row, the snapshot's counts, means and score bounds,
// and every transition must be identical. SQLite only (PostgreSQL has the SQL path only).

#include "rfm/rfmengine.h"
#include "rfm/rfmengine_p.h"
#include "rfm/rfmfastpass.h"
#include "rfm/rfmsettings.h"
#include "rfm/rfmtypes.h"
#include "services/customerservice.h"
#include "services/recordstore.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "testdatabase.h"
#include "util/sqlutil.h"
#include "util/values.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Patron;
using namespace Patron::RfmPrivate;

namespace {

const QDate D(2026, 6, 30);

/// A small deterministic generator (the same numbers for both databases).
struct Lcg
{
    quint64 s;
    int next(int n)
    {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        return int((s >> 33) % quint64(n));
    }
};

struct Side
{
    std::unique_ptr<Test::TestDatabase> tdb;
    std::unique_ptr<Workspace> ws;
    bool sql = false;
};

} // namespace

class TestRfmFastPath : public QObject
{
    Q_OBJECT

    Side m_sql, m_fast;

    static bool exec(Database &db, const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(db.connection());
        if (!Sql::execPositional(q, sql, values)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }

    // Customers 1..n; orders over 2024-06..2026-07 from few dates and amounts (ties).
    static bool generate(Workspace &ws, int customers, quint64 seed)
    {
        Lcg rnd {seed};
        Database &db = ws.database();
        Transaction tx(db);
        if (!tx.isActive())
            return false;
        const QString now = Values::now();
        for (int c = 1; c <= customers; ++c) {
            if (!exec(db,
                      QStringLiteral("INSERT INTO customers (id, name, archived, deleted_at, "
                                     "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                      {c, QStringLiteral("客户%1").arg(c), c % 11 == 0 ? 1 : 0,
                       c % 17 == 0 ? QVariant(now) : QVariant(QMetaType::fromType<QString>()),
                       now, now}))
                return false;
            const int orders = rnd.next(7);
            for (int k = 0; k < orders; ++k) {
                QString date = QDate(2024, 6, 1).addDays(10 * rnd.next(77)).toString(Qt::ISODate);
                if (rnd.next(5) == 0)
                    date += QStringLiteral("T%1:30:00").arg(10 + rnd.next(10));
                static const char *statuses[] = {"completed", "completed", "completed", "paid",
                                                 "pending", "cancelled", "refunded"};
                if (!exec(db,
                          QStringLiteral("INSERT INTO orders (customer_id, ordered_at, amount_cents, "
                                         "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                          {c, date, qint64(100) * (1 + rnd.next(6)) * (1 + rnd.next(3)),
                           QString::fromLatin1(statuses[rnd.next(7)]), now, now}))
                    return false;
            }
        }
        return bool(tx.commit());
    }

    static bool change(Workspace &ws, quint64 seed)
    {
        Lcg rnd {seed};
        Database &db = ws.database();
        const QString now = Values::now();
        for (int i = 0; i < 40; ++i) {
            const int c = 1 + rnd.next(300);
            if (!exec(db,
                      QStringLiteral("INSERT INTO orders (customer_id, ordered_at, amount_cents, "
                                     "status, created_at, updated_at) VALUES (?, ?, ?, 'completed', ?, ?)"),
                      {c, D.addDays(-rnd.next(30)).toString(Qt::ISODate), 50000, now, now}))
                return false;
        }
        return exec(db, QStringLiteral("UPDATE customers SET deleted_at = ? WHERE id IN (5, 6)"),
                    {now})
            && exec(db, QStringLiteral("UPDATE customers SET deleted_at = NULL WHERE id = 17"), {});
    }

    static RfmSnapshotInfo compute(Side &side, const RfmSettings &s, const QDate &asOf)
    {
        if (side.sql)
            qputenv("PATRON_RFM_PATH", "sql");
        auto r = RfmEngine(side.ws->database()).compute(s, asOf);
        qunsetenv("PATRON_RFM_PATH");
        if (!r)
            qWarning() << r.error().message;
        return r.valueOr(RfmSnapshotInfo {});
    }

    static QList<RfmValue> rows(Side &side, qint64 snapshot)
    {
        QList<RfmValue> out;
        RfmEngine(side.ws->database()).snapshotRows(snapshot, [&](const RfmValue &v) {
            out << v;
            return true;
        });
        return out;
    }

    static QStringList transitions(Side &side, qint64 snapshot)
    {
        QSqlQuery q(side.ws->database().connection());
        QStringList out;
        if (!Sql::execPositional(q,
                                 QStringLiteral("SELECT customer_id, from_segment, to_segment, "
                                                "from_tier, to_tier, as_of FROM rfm_transitions "
                                                "WHERE snapshot_id = ? ORDER BY customer_id"),
                                 {snapshot}))
            return {QStringLiteral("error")};
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < 6; ++i)
                cols << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            out << cols.join(QLatin1Char('|'));
        }
        return out;
    }

    static QString bounds(Side &side, qint64 snapshot)
    {
        QSqlQuery q(side.ws->database().connection());
        if (!Sql::execPositional(q, QStringLiteral("SELECT score_bounds FROM rfm_snapshots WHERE id = ?"),
                                 {snapshot})
            || !q.next())
            return {};
        return q.value(0).toString();
    }

    void compareSnapshots(Side &a, const RfmSnapshotInfo &x, Side &b, const RfmSnapshotInfo &y)
    {
        QVERIFY(x.id > 0 && y.id > 0);
        QCOMPARE(y.customerCount, x.customerCount);
        QCOMPARE(y.scoredCount, x.scoredCount);
        QCOMPARE(y.meanRecency, x.meanRecency);
        QCOMPARE(y.meanFrequency, x.meanFrequency);
        QCOMPARE(y.meanMonetary, x.meanMonetary);
        QCOMPARE(bounds(b, y.id), bounds(a, x.id));
        const QList<RfmValue> rx = rows(a, x.id), ry = rows(b, y.id);
        QCOMPARE(ry.size(), rx.size());
        QCOMPARE(qint64(rx.size()), x.customerCount);
        for (int i = 0; i < rx.size(); ++i) {
            const RfmValue &u = rx.at(i), &v = ry.at(i);
            QCOMPARE(v.customerId, u.customerId);
            QCOMPARE(v.recencyDays, u.recencyDays);
            QCOMPARE(v.frequency, u.frequency);
            QCOMPARE(v.monetaryCents, u.monetaryCents);
            QCOMPARE(v.rScore, u.rScore);
            QCOMPARE(v.fScore, u.fScore);
            QCOMPARE(v.mScore, u.mScore);
            QCOMPARE(v.segment, u.segment);
            QCOMPARE(v.tier, u.tier);
        }
        QStringList tx = transitions(a, x.id), ty = transitions(b, y.id);
        // The snapshot ids are the same on both sides (same sequence of passes).
        QCOMPARE(ty, tx);
    }

private slots:
    void initTestCase()
    {
        if (Test::backendUnderTest() != Backend::SQLite)
            QSKIP("The fast path is SQLite's; PostgreSQL has the set-based SQL only.");
    }

    void init()
    {
        for (Side *side : {&m_sql, &m_fast}) {
            side->tdb = std::make_unique<Test::TestDatabase>();
            side->ws = side->tdb->open();
            QVERIFY(side->ws);
        }
        m_sql.sql = true;
        m_fast.sql = false;
        QVERIFY(FastPass::usable(m_fast.ws->database()));
    }
    void cleanup()
    {
        for (Side *side : {&m_sql, &m_fast}) {
            side->ws.reset();
            side->tdb.reset();
        }
        qunsetenv("PATRON_RFM_CHUNK");
    }

    void sameSnapshots_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QByteArray>("chunk");
        QTest::addRow("rfm8, window 365") << 0 << QByteArray();
        QTest::addRow("chunks of 7") << 0 << QByteArray("7");
        QTest::addRow("window 0") << 1 << QByteArray();
        QTest::addRow("window 90, chunks of 50") << 2 << QByteArray("50");
        QTest::addRow("average") << 3 << QByteArray();
        QTest::addRow("rf-grid") << 4 << QByteArray();
        QTest::addRow("fixed thresholds") << 5 << QByteArray();
        QTest::addRow("own tiers") << 6 << QByteArray();
    }
    void sameSnapshots()
    {
        QFETCH(int, variant);
        QFETCH(QByteArray, chunk);
        RfmSettings s;
        switch (variant) {
        case 1: s.windowDays = 0; break;
        case 2: s.windowDays = 90; break;
        case 3: s.monetary = RfmSettings::Monetary::Average; break;
        case 4: s.scheme = Rfm::SchemeRfGrid; break;
        case 5:
            s.recencyMaxDays = 60;
            s.frequencyMin = 2;
            s.monetaryMinCents = 80000;
            break;
        case 6:
            s.tierOf.insert(Rfm::GeneralDevelop, Rfm::TierPotential);
            s.tierOf.insert(Rfm::Dormant, Rfm::TierToWake);
            s.tierOf.insert(Rfm::ImportantValue, QString());
            break;
        default: break;
        }
        QVERIFY(s.validate());
        s.keepSnapshots = 2;
        if (!chunk.isEmpty())
            qputenv("PATRON_RFM_CHUNK", chunk);
        for (Side *side : {&m_sql, &m_fast})
            QVERIFY(generate(*side->ws, 300, 42));
        // The fast path takes this data (no fallback to SQL that would make this vacuous).
        auto direct = FastPass::score(m_fast.ws->database(), s, dateRange(D, s.windowDays), {}, Error {});
        QVERIFY(direct && direct.value());
        QVERIFY(direct.value()->scoredCount > 50);

        const QDate dates[] = {D, D, D.addDays(10), D.addDays(40)};
        for (int pass = 0; pass < 4; ++pass) {
            if (pass == 2) {
                for (Side *side : {&m_sql, &m_fast})
                    QVERIFY(change(*side->ws, 7));
            }
            const RfmSnapshotInfo x = compute(m_sql, s, dates[pass]);
            const RfmSnapshotInfo y = compute(m_fast, s, dates[pass]);
            QCOMPARE(y.id, x.id);
            compareSnapshots(m_sql, x, m_fast, y);
            if (QTest::currentTestFailed())
                return;
        }
        // Pruned the same way.
        QCOMPARE(transitions(m_fast, 0), transitions(m_sql, 0));
    }

    // Back to back on one database: the fast pass after a SQL pass on the same data finds
    // no customer whose segment or tier changed.
    void fastAfterSqlChangesNothing()
    {
        QVERIFY(generate(*m_fast.ws, 300, 9));
        m_fast.sql = true;
        const RfmSnapshotInfo x = compute(m_fast, RfmSettings {}, D);
        m_fast.sql = false;
        const RfmSnapshotInfo y = compute(m_fast, RfmSettings {}, D);
        QVERIFY(y.id > x.id);
        QCOMPARE(transitions(m_fast, x.id).size(), qsizetype(x.customerCount));
        QCOMPARE(transitions(m_fast, y.id), QStringList());
        QCOMPARE(y.meanMonetary, x.meanMonetary);
    }

    // A date only SQL reads the same way (not YYYY-MM-DD…): the fast path steps aside and
    // the pass still gives the SQL path's result.
    void oddDataFallsBackToSql()
    {
        for (Side *side : {&m_sql, &m_fast}) {
            QVERIFY(generate(*side->ws, 60, 3));
            QVERIFY(exec(side->ws->database(),
                         QStringLiteral("INSERT INTO orders (customer_id, ordered_at, amount_cents, "
                                        "created_at, updated_at) VALUES (1, '2025-7-1', 700, ?, ?)"),
                         {Values::now(), Values::now()}));
        }
        RfmSettings s;
        auto direct = FastPass::score(m_fast.ws->database(), s, dateRange(D, s.windowDays), {}, Error {});
        QVERIFY(direct);
        QVERIFY(!direct.value());
        const RfmSnapshotInfo x = compute(m_sql, s, D);
        const RfmSnapshotInfo y = compute(m_fast, s, D);
        compareSnapshots(m_sql, x, m_fast, y);
    }
};

QTEST_GUILESS_MAIN(TestRfmFastPath)
#include "tst_rfmfastpath.moc"
