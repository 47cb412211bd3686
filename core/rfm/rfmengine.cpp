// RfmEngine: the full set-based pass and the incremental update of one customer.

#include "rfmengine_p.h"
#include "rfmfastpass.h"
#include "rfmwriter.h"

#include "storage/database.h"
#include "storage/transaction.h"
#include "util/sqlutil.h"
#include "util/values.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QVariant>

#include <cstdio>
#include <ctime>
#include <limits>

namespace Patron {

using namespace RfmPrivate;

namespace {

QString trEngine(const char *text)
{
    return QCoreApplication::translate("Patron::RfmEngine", text);
}

Error cancelled()
{
    return makeError(Error::Cancelled,
                     trEngine("The RFM computation was cancelled; nothing was changed."));
}

/// Named values of one statement: the SQL only names what it uses, and exactly those are
/// bound (the drivers reject values without a placeholder).
struct Params
{
    QVariantMap values;
    QString add(const QString &name, const QVariant &value)
    {
        const QString p = QLatin1Char(':') + name;
        values.insert(p, value);
        return p;
    }
};

// The call sites read best as `if (!execute(…)) return error;`.
bool execute(QSqlQuery &q, const QString &sql, const Params &params, Error *error)
{
    const Status s = Sql::exec(q, sql, params.values);
    if (!s)
        *error = s.error();
    return bool(s);
}

// CAST(:k AS TEXT) of a constant key: typed for PostgreSQL's unknown-literal inference.
QString textParam(Params &p, const QString &name, const QString &value)
{
    return QStringLiteral("CAST(%1 AS TEXT)").arg(p.add(name, Sql::text(value)));
}

/// The CASE giving the segment of a scored row from columns rh/fh/mh (0/1) or the scores.
QString segmentCase(Params &p, const QString &scheme)
{
    auto k = [&p](const QString &key) {
        return textParam(p, QStringLiteral("k_") + key, key);
    };
    if (scheme == Rfm::SchemeRfGrid) {
        return QStringLiteral("CASE WHEN r_score = 5 AND f_score >= 4 THEN %1 "
                              "WHEN r_score >= 3 AND f_score >= 4 THEN %2 "
                              "WHEN r_score >= 4 AND f_score >= 2 THEN %3 "
                              "WHEN r_score = 5 THEN %4 "
                              "WHEN r_score = 4 THEN %5 "
                              "WHEN r_score = 3 AND f_score = 3 THEN %6 "
                              "WHEN r_score = 3 THEN %7 "
                              "WHEN f_score = 5 THEN %8 "
                              "WHEN f_score >= 3 THEN %9 "
                              "ELSE %10 END")
            .arg(k(Rfm::Champions), k(Rfm::Loyal), k(Rfm::PotentialLoyalists), k(Rfm::NewCustomers),
                 k(Rfm::Promising), k(Rfm::NeedAttention), k(Rfm::AboutToSleep), k(Rfm::CantLose),
                 k(Rfm::AtRisk))
            .arg(k(Rfm::Hibernating));
    }
    return QStringLiteral("CASE WHEN mh = 1 AND rh = 1 AND fh = 1 THEN %1 "
                          "WHEN mh = 1 AND rh = 1 THEN %2 "
                          "WHEN mh = 1 AND fh = 1 THEN %3 "
                          "WHEN mh = 1 THEN %4 "
                          "WHEN rh = 1 AND fh = 1 THEN %5 "
                          "WHEN rh = 1 THEN %6 "
                          "WHEN fh = 1 THEN %7 "
                          "ELSE %8 END")
        .arg(k(Rfm::ImportantValue), k(Rfm::ImportantDevelop), k(Rfm::ImportantRetain),
             k(Rfm::ImportantWinBack), k(Rfm::GeneralValue), k(Rfm::GeneralDevelop),
             k(Rfm::GeneralRetain), k(Rfm::GeneralWinBack));
}

/// CASE <column> WHEN segment THEN its tier … ELSE '' END.
QString
tierCase(Params &p, const RfmSettings &settings, const QString &column, const QStringList &keys)
{
    QString sql = QStringLiteral("CASE ") + column;
    for (const QString &key : keys) {
        sql += QStringLiteral(" WHEN %1 THEN %2")
                   .arg(textParam(p, QStringLiteral("k_") + key, key),
                        textParam(p, QStringLiteral("t_") + key, settings.tierFor(key)));
    }
    return sql + QStringLiteral(" ELSE '' END");
}

QString orderWindow(Params &p, const DateRange &range)
{
    QString sql = QStringLiteral("o.ordered_at < ") + p.add(QStringLiteral("to_date"), range.to);
    if (!range.from.isEmpty())
        sql += QStringLiteral(" AND o.ordered_at >= ")
            + p.add(QStringLiteral("from_date"), range.from);
    return sql;
}

// Integer cents: the total, or the average order value rounded half up (integer division
// on both backends once SUM is cast back to BIGINT).
QString monetaryExpr(RfmSettings::Monetary m, const QString &total, const QString &count)
{
    if (m == RfmSettings::Monetary::Average)
        return QStringLiteral("((2 * %1 + %2) / (2 * %2))").arg(total, count);
    return total;
}

} // namespace

Result<RfmSnapshotInfo>
RfmEngine::compute(const RfmSettings &settings, const QDate &asOf, const Progress &progress)
{
    return computeSnapshot(settings, asOf, progress, true);
}

Result<RfmSnapshotInfo>
RfmEngine::computeUnpublished(const RfmSettings &settings, const QDate &asOf, const Progress &progress)
{
    return computeSnapshot(settings, asOf, progress, false);
}

void RfmEngine::discardUnpublished(qint64 snapshotId)
{
    if (snapshotId <= 0)
        return;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT published FROM rfm_snapshots WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), snapshotId);
    if (!q.exec() || !q.next() || q.value(0).toInt() != 0)
        return; // gone, or published: never delete a snapshot others read
    q.finish();
    RfmWriter(m_database, false).discard(snapshotId);
}

Result<RfmSnapshotInfo> RfmEngine::computeSnapshot(const RfmSettings &settings, const QDate &asOf,
                                                   const Progress &progress, bool publish)
{
    Status valid = settings.validate();
    if (!valid)
        return valid.error();
    if (!asOf.isValid())
        return makeError(Error::Invalid, trEngine("The RFM as-of date is not a valid date."));
    // PATRON_RFM_TIMING=1 prints each step's time on stderr (bench/rfm).
    static const bool timing = qEnvironmentVariableIsSet("PATRON_RFM_TIMING");
    QElapsedTimer clock;
    clock.start();
    auto step = [&](int percent) {
        if (timing) {
            // CPU time too: on a loaded machine the wall clock mostly measures the others.
            std::fprintf(stderr, "rfm: step %3d%% at %lld ms (cpu %lld ms)\n", percent,
                         clock.elapsed(), qint64(std::clock()) * 1000 / CLOCKS_PER_SEC);
            std::fflush(stderr);
        }
        return !progress || progress(percent);
    };
    if (!step(0))
        return cancelled();

    const Dialect &dialect = m_database.dialect();
    const DateRange range = dateRange(asOf, settings.windowDays);
    const QString asOfText = Values::storeDate(asOf);
    // The connection this thread's Transaction will use; the temporary table is its own.
    QSqlQuery q0(m_database.connection());
    Error error;
    struct DropScored
    {
        QSqlQuery &q;
        ~DropScored() { q.exec(QStringLiteral("DROP TABLE IF EXISTS rfm_scored")); }
    } dropScored {q0};
    if (!q0.exec(QStringLiteral("DROP TABLE IF EXISTS rfm_scored"))
        || !q0.exec(QStringLiteral(
            "CREATE TEMPORARY TABLE rfm_scored (customer_id BIGINT, "
            "recency_days INTEGER, frequency INTEGER, monetary_cents BIGINT, r_score INTEGER, "
            "f_score INTEGER, m_score INTEGER, segment TEXT, tier TEXT)")))
        return Sql::queryError(q0);
    // Snapshots a crashed or failed pass left behind, and values pruning left.
    RfmWriter(m_database, false).cleanUp();
    RfmSnapshotInfo info;
    info.asOf = asOfText;
    info.scheme = settings.scheme;
    info.windowDays = settings.windowDays;
    info.settings = settings;
    ScoreBounds bounds;

    // The SQLite fast path scores in memory (rfmfastpass.h); without it (PostgreSQL, or
    // data only SQL judges exactly) the set-based SQL below scores into rfm_scored.
    std::optional<MemoryScores> memory;
    if (FastPass::usable(m_database)) {
        auto scored = FastPass::score(m_database, settings, range, step, cancelled());
        if (!scored)
            return scored.error();
        memory = std::move(scored.value());
    }
    if (memory) {
        info.scoredCount = memory->scoredCount;
        info.customerCount = qint64(memory->rows.size());
        info.meanRecency = memory->meanRecency;
        info.meanFrequency = memory->meanFrequency;
        info.meanMonetary = memory->meanMonetary;
        bounds = memory->bounds;
    } else {
        // 2. Scored customers: aggregate, tie-safe scores (RANK() - 1 = how many are strictly
        // smaller, or strictly larger for recency), means over the scored, segment and tier.
        // Into a temporary table before the write transaction: on SQLite the heavy part (the
        // scan of all orders, three sorts) then does not hold the database's write lock.
        {
            Params p;
            auto highTest = [&p](const std::optional<qint64> &fixed, const QString &column,
                                 const QString &fixedOp, const QString &meanOp, const QString &name) {
                if (fixed)
                    return QStringLiteral("%1 %2 %3").arg(column, fixedOp, p.add(name, *fixed));
                return QStringLiteral("%1 %2 AVG(%1) OVER ()").arg(column, meanOp);
            };
            const QString rHigh
                = highTest(settings.recencyMaxDays ? std::optional<qint64>(*settings.recencyMaxDays)
                                                   : std::nullopt,
                           QStringLiteral("b.recency"), QStringLiteral("<="), QStringLiteral("<"),
                           QStringLiteral("r_fixed"));
            const QString fHigh = highTest(
                settings.frequencyMin ? std::optional<qint64>(*settings.frequencyMin) : std::nullopt,
                QStringLiteral("b.frequency"), QStringLiteral(">="), QStringLiteral(">"),
                QStringLiteral("f_fixed"));
            const QString mHigh
                = highTest(settings.monetaryMinCents, QStringLiteral("b.monetary"),
                           QStringLiteral(">="), QStringLiteral(">"), QStringLiteral("m_fixed"));
            const QString window = orderWindow(p, range);
            const QString day = p.add(QStringLiteral("day"), range.asOfDay);
            const QString segment = segmentCase(p, settings.scheme);
            const QString tier = tierCase(
                p, settings, QStringLiteral("segment"),
                Rfm::segmentKeys(settings.scheme).mid(0, Rfm::segmentKeys(settings.scheme).size() - 2));
            const QString sql
                = QStringLiteral(
                      "WITH agg AS ("
                      "  SELECT o.customer_id AS customer_id, COUNT(*) AS frequency,"
                      "         CAST(SUM(o.amount_cents) AS BIGINT) AS total,"
                      "         MAX(o.ordered_at) AS last_at"
                      "  FROM orders o%11 WHERE %1 AND %2 GROUP BY o.customer_id"
                      "), base AS ("
                      "  SELECT a.customer_id, %3 - %4 AS recency, a.frequency, %5 AS monetary"
                      "  FROM agg a JOIN customers c ON c.id = a.customer_id"
                      "  WHERE c.deleted_at IS NULL"
                      "), ranked AS ("
                      "  SELECT b.customer_id, b.recency, b.frequency, b.monetary,"
                      "    1 + (5 * (RANK() OVER (ORDER BY b.recency DESC) - 1))"
                      "      / COUNT(*) OVER () AS r_score,"
                      "    1 + (5 * (RANK() OVER (ORDER BY b.frequency) - 1))"
                      "      / COUNT(*) OVER () AS f_score,"
                      "    1 + (5 * (RANK() OVER (ORDER BY b.monetary) - 1))"
                      "      / COUNT(*) OVER () AS m_score,"
                      "    CASE WHEN %6 THEN 1 ELSE 0 END AS rh,"
                      "    CASE WHEN %7 THEN 1 ELSE 0 END AS fh,"
                      "    CASE WHEN %8 THEN 1 ELSE 0 END AS mh"
                      "  FROM base b"
                      "), segmented AS ("
                      "  SELECT r.*, %9 AS segment FROM ranked r"
                      ") "
                      "INSERT INTO rfm_scored (customer_id, recency_days, frequency, monetary_cents,"
                      "                        r_score, f_score, m_score, segment, tier) "
                      "SELECT customer_id, recency, frequency, monetary, r_score, f_score, m_score,"
                      "       segment, %10 "
                      "FROM segmented")
                      .arg(kNotCounted, window, day,
                           dialect.dayNumber(QStringLiteral("substr(a.last_at, 1, 10)")),
                           monetaryExpr(settings.monetary, QStringLiteral("a.total"),
                                        QStringLiteral("a.frequency")),
                           rHigh, fHigh, mHigh, segment)
                      // SQLite would walk orders_date_ix and look each order up at random; one
                      // sequential scan of the table is 2-3 times faster for any window of months.
                      .arg(tier, dialect.forceIndex(QString()));
            if (!execute(q0, sql, p, &error))
                return error;
            q0.finish();
        }
        if (!step(40))
            return cancelled();

        // 3. Everyone else not in the trash, still into rfm_scored: dormant (counted orders only
        // before the window) or no purchase (none on or before D).
        if (!q0.exec(QStringLiteral("CREATE INDEX rfm_scored_ix ON rfm_scored (customer_id)")))
            return Sql::queryError(q0);
        {
            Params p;
            const QString before
                = QStringLiteral("o.ordered_at < ") + p.add(QStringLiteral("to_date"), range.to);
            const QString dormant = textParam(p, QStringLiteral("k_") + Rfm::Dormant, Rfm::Dormant);
            const QString none = textParam(p, QStringLiteral("k_") + Rfm::NoPurchase, Rfm::NoPurchase);
            const QString sql
                = QStringLiteral(
                      "INSERT INTO rfm_scored (customer_id, frequency, monetary_cents, segment, tier) "
                      "SELECT u.id, 0, 0, u.segment, %1 FROM ("
                      "  SELECT c.id AS id, CASE WHEN EXISTS (SELECT 1 FROM orders o"
                      "    WHERE o.customer_id = c.id AND %2 AND %3) THEN %4 ELSE %5 END AS segment"
                      "  FROM customers c WHERE c.deleted_at IS NULL AND NOT EXISTS"
                      "    (SELECT 1 FROM rfm_scored v WHERE v.customer_id = c.id)"
                      ") u")
                      .arg(tierCase(p, settings, QStringLiteral("u.segment"),
                                    {Rfm::Dormant, Rfm::NoPurchase}),
                           kNotCounted, before, dormant, none);
            if (!execute(q0, sql, p, &error))
                return error;
            q0.finish();
        }

        // 4. Counts, means and score bounds of the snapshot.
        {
            QString cols
                = QStringLiteral("COUNT(*), AVG(v.recency_days * 1.0), AVG(v.frequency * 1.0), "
                                 "AVG(v.monetary_cents * 1.0)");
            for (int k = 2; k <= 5; ++k)
                cols
                    += QStringLiteral(", MIN(CASE WHEN v.r_score < %1 THEN v.recency_days END)").arg(k);
            for (int k = 2; k <= 5; ++k)
                cols += QStringLiteral(", MAX(CASE WHEN v.f_score < %1 THEN v.frequency END)").arg(k);
            for (int k = 2; k <= 5; ++k)
                cols += QStringLiteral(", MAX(CASE WHEN v.m_score < %1 THEN v.monetary_cents END)")
                            .arg(k);
            if (!q0.exec(QStringLiteral("SELECT %1 FROM rfm_scored v WHERE v.r_score IS NOT NULL")
                             .arg(cols))
                || !q0.next())
                return Sql::queryError(q0);
            info.scoredCount = q0.value(0).toLongLong();
            auto opt = [&q0](int i) {
                return q0.value(i).isNull() ? std::nullopt
                                            : std::optional<double>(q0.value(i).toDouble());
            };
            info.meanRecency = opt(1);
            info.meanFrequency = opt(2);
            info.meanMonetary = opt(3);
            auto bound = [&q0](int i) {
                return q0.value(i).isNull() ? std::nullopt
                                            : std::optional<qint64>(q0.value(i).toLongLong());
            };
            for (int i = 0; i < 4; ++i) {
                bounds.r[size_t(i)] = bound(4 + i);
                bounds.f[size_t(i)] = bound(8 + i);
                bounds.m[size_t(i)] = bound(12 + i);
            }
            q0.finish();
            if (!q0.exec(QStringLiteral("SELECT COUNT(*), MIN(customer_id), MAX(customer_id) "
                                        "FROM rfm_scored"))
                || !q0.next())
                return Sql::queryError(q0);
            info.customerCount = q0.value(0).toLongLong();
            q0.finish();
        }
    }

    // 5. The previous snapshot with values (the newest on or before D) the transitions
    // compare against, and a mark: an incremental update committed from now on adds a
    // transition with a larger id, and publishing redoes those customers.
    RfmWriter writer(m_database, timing);
    qint64 previous = 0;
    qint64 transitionMark = 0;
    {
        if (!q0.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM rfm_transitions"))
            || !q0.next())
            return Sql::queryError(q0);
        transitionMark = q0.value(0).toLongLong();
        q0.finish();
        auto prev = writer.previousSnapshot(asOfText, std::numeric_limits<qint64>::max());
        if (!prev)
            return prev.error();
        previous = prev.value();
    }
    if (!step(45))
        return cancelled();

    // 6. The snapshot row, unpublished (values_kept = 0: Rfm::currentSnapshotSql() does not
    // see it), then its values in short transactions of a range of customers each: a save
    // elsewhere waits for one chunk at most, never for the whole pass.
    auto created = writer.createSnapshot(info, bounds);
    if (!created)
        return created.error();
    info.id = created.value();
    const qint64 snapshotId = info.id;
    struct Discard
    {
        RfmWriter &w;
        qint64 id;
        bool armed = true;
        ~Discard()
        {
            if (armed)
                w.discard(id);
        }
    } discard {writer, snapshotId};

    {
        auto progressed = [&](int permille) { return step(45 + permille * 45 / 1000); };
        auto copied = memory ? FastPass::write(m_database, writer, *memory, snapshotId, asOfText,
                                               previous, progressed)
                             : writer.copyValues(snapshotId, asOfText, previous, progressed);
        if (!copied)
            return copied.error();
        if (!copied.value())
            return cancelled();
    }
    if (!step(95))
        return cancelled();
    if (!publish) {
        // A preview: the caller reads it by id and discards it.
        discard.armed = false;
        auto stored = snapshot(snapshotId);
        if (stored && stored.value())
            info.computedAt = stored.value()->computedAt;
        step(100);
        return info;
    }

    // 7. Publishing, in one short transaction: the flag, transitions redone for customers
    // an incremental update changed meanwhile, which snapshots
    // lose their values. Nothing can be cancelled after this.
    auto old = writer.publish(snapshotId, asOfText, previous, transitionMark, settings.keepSnapshots);
    if (!old)
        return old.error();
    discard.armed = false;

    // 8. Pruning, in chunks again; a failure leaves values the next pass removes.
    for (qint64 id : old.value())
        writer.deleteValues(id);
    writer.report();

    // The stored computed_at, for the caller.
    auto stored = snapshot(snapshotId);
    if (stored && stored.value())
        info.computedAt = stored.value()->computedAt;
    step(100);
    return info;
}

Result<std::optional<RfmValue>> RfmEngine::updateCustomer(qint64 customerId)
{
    Transaction tx(m_database);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(tx.connection());
    Error error;
    if (!q.exec(snapshotSelect() + QStringLiteral(" WHERE s.id = ") + Rfm::currentSnapshotSql()))
        return Sql::queryError(q);
    if (!q.next())
        return std::optional<RfmValue>();
    auto snap = readSnapshot(q);
    if (!snap)
        return snap.error();
    const RfmSnapshotInfo info = snap.value();
    q.finish();
    Params sp;
    if (!execute(q,
                 QStringLiteral("SELECT score_bounds FROM rfm_snapshots WHERE id = %1")
                     .arg(sp.add(QStringLiteral("sid"), info.id)),
                 sp, &error)
        || !q.next())
        return error.isError() ? error : Sql::queryError(q);
    const ScoreBounds bounds = ScoreBounds::fromJson(q.value(0).toString());
    q.finish();

    // The customer is still there and not in the trash?
    Params cp;
    if (!execute(q,
                 QStringLiteral("SELECT deleted_at FROM customers WHERE id = %1")
                     .arg(cp.add(QStringLiteral("c"), customerId)),
                 cp, &error))
        return error;
    const bool present = q.next() && q.value(0).isNull();
    q.finish();

    // The old row, for the transition.
    Params op;
    const QString oldSql = QStringLiteral("SELECT ") + valueColumns()
        + QStringLiteral(" FROM rfm_values v WHERE v.snapshot_id = %1 AND v.customer_id = %2")
              .arg(op.add(QStringLiteral("sid"), info.id), op.add(QStringLiteral("c"), customerId));
    if (!execute(q, oldSql, op, &error))
        return error;
    std::optional<RfmValue> old;
    if (q.next())
        old = readValue(q);
    q.finish();

    if (!present) {
        if (old) {
            Params dp;
            if (!execute(q,
                         QStringLiteral(
                             "DELETE FROM rfm_values WHERE snapshot_id = %1 AND customer_id = %2")
                             .arg(dp.add(QStringLiteral("sid"), info.id),
                                  dp.add(QStringLiteral("c"), customerId)),
                         dp, &error))
                return error;
            q.finish();
        }
        Status s = tx.commit();
        if (!s)
            return s.error();
        return std::optional<RfmValue>();
    }

    // Its own aggregate, with the snapshot's as-of date and window (orders_customer_ix).
    const RfmSettings &settings = info.settings;
    const DateRange range = dateRange(Values::parseStoredDate(info.asOf), info.windowDays);
    Params ap;
    const QString aggSql
        = QStringLiteral("SELECT COUNT(*), CAST(SUM(o.amount_cents) AS BIGINT), MAX(o.ordered_at) "
                         "FROM orders o WHERE o.customer_id = %1 AND %2 AND %3")
              .arg(ap.add(QStringLiteral("c"), customerId), kNotCounted, orderWindow(ap, range));
    if (!execute(q, aggSql, ap, &error) || !q.next())
        return error.isError() ? error : Sql::queryError(q);
    RfmValue v;
    v.snapshotId = info.id;
    v.customerId = customerId;
    v.frequency = q.value(0).toInt();
    const qint64 total = q.value(1).toLongLong();
    const QString last = q.value(2).toString().left(10);
    q.finish();
    if (v.frequency > 0) {
        v.recencyDays
            = int(Values::parseStoredDate(last).daysTo(Values::parseStoredDate(info.asOf)));
        v.monetaryCents = settings.monetary == RfmSettings::Monetary::Average
            ? (2 * total + v.frequency) / (2 * qint64(v.frequency))
            : total;
        v.rScore = bounds.rScore(*v.recencyDays);
        v.fScore = bounds.fScore(v.frequency);
        v.mScore = bounds.mScore(v.monetaryCents);
        if (info.scheme == Rfm::SchemeRfGrid) {
            v.segment = gridSegment(v.rScore, v.fScore);
        } else {
            // Means of the snapshot; a snapshot without scored customers has none, and the
            // customer alone is its own mean (never strictly above or below it).
            const bool rHigh = settings.recencyMaxDays
                ? *v.recencyDays <= *settings.recencyMaxDays
                : info.meanRecency && *v.recencyDays < *info.meanRecency;
            const bool fHigh = settings.frequencyMin
                ? v.frequency >= *settings.frequencyMin
                : info.meanFrequency && v.frequency > *info.meanFrequency;
            const bool mHigh = settings.monetaryMinCents
                ? v.monetaryCents >= *settings.monetaryMinCents
                : info.meanMonetary && double(v.monetaryCents) > *info.meanMonetary;
            v.segment = rfm8Segment(rHigh, fHigh, mHigh);
        }
    } else {
        Params ep;
        const QString existsSql
            = QStringLiteral(
                  "SELECT 1 FROM orders o WHERE o.customer_id = %1 AND %2 AND o.ordered_at < %3")
                  .arg(ep.add(QStringLiteral("c"), customerId), kNotCounted,
                       ep.add(QStringLiteral("to_date"), range.to));
        if (!execute(q, existsSql, ep, &error))
            return error;
        v.segment = q.next() ? Rfm::Dormant : Rfm::NoPurchase;
        q.finish();
    }
    v.tier = settings.tierFor(v.segment);

    Params up;
    const QString sid = up.add(QStringLiteral("sid"), info.id);
    const QString cid = up.add(QStringLiteral("c"), customerId);
    const QString nullInt = QStringLiteral("CAST(NULL AS INTEGER)");
    auto intOrNull = [&up](const QString &name, int value, bool isNull) {
        return isNull ? QStringLiteral("CAST(NULL AS INTEGER)") : up.add(name, value);
    };
    const QString values
        = QStringLiteral("%1, %2, %3, %4, %5, %6, %7, %8")
              .arg(v.recencyDays ? up.add(QStringLiteral("rd"), *v.recencyDays) : nullInt,
                   up.add(QStringLiteral("fr"), v.frequency),
                   up.add(QStringLiteral("mo"), v.monetaryCents),
                   intOrNull(QStringLiteral("rs"), v.rScore, v.rScore == 0),
                   intOrNull(QStringLiteral("fs"), v.fScore, v.fScore == 0),
                   intOrNull(QStringLiteral("ms"), v.mScore, v.mScore == 0),
                   up.add(QStringLiteral("seg"), v.segment),
                   up.add(QStringLiteral("tier"), Sql::text(v.tier)));
    const QString upsert = old
        ? QStringLiteral("UPDATE rfm_values SET (recency_days, frequency, monetary_cents, r_score, "
                         "f_score, m_score, segment, tier) = (%1) "
                         "WHERE snapshot_id = %2 AND customer_id = %3")
              .arg(values, sid, cid)
        : QStringLiteral(
              "INSERT INTO rfm_values (snapshot_id, customer_id, recency_days, frequency, "
              "monetary_cents, r_score, f_score, m_score, segment, tier) "
              "VALUES (%1, %2, %3)")
              .arg(sid, cid, values);
    if (!execute(q, upsert, up, &error))
        return error;
    q.finish();

    if (!old || old->segment != v.segment || old->tier != v.tier) {
        Params tp;
        const QString sql
            = QStringLiteral(
                  "INSERT INTO rfm_transitions (customer_id, snapshot_id, as_of, from_segment, "
                  "to_segment, from_tier, to_tier) VALUES (%1, %2, %3, %4, %5, %6, %7)")
                  .arg(tp.add(QStringLiteral("c"), customerId),
                       tp.add(QStringLiteral("sid"), info.id),
                       tp.add(QStringLiteral("as_of"), info.asOf),
                       tp.add(QStringLiteral("fs"),
                              old ? QVariant(old->segment)
                                  : QVariant(QMetaType::fromType<QString>())),
                       tp.add(QStringLiteral("ts"), v.segment),
                       tp.add(QStringLiteral("ft"),
                              old ? QVariant(Sql::text(old->tier))
                                  : QVariant(QMetaType::fromType<QString>())),
                       tp.add(QStringLiteral("tt"), Sql::text(v.tier)));
        if (!execute(q, sql, tp, &error))
            return error;
        q.finish();
    }
    Status s = tx.commit();
    if (!s)
        return s.error();
    return std::optional<RfmValue>(v);
}

} // namespace Patron
