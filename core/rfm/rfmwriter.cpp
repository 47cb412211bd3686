// RfmWriter: a computed snapshot into rfm_values/rfm_transitions in short transactions.

#include "rfmwriter.h"

#include "storage/database.h"
#include "util/sqlutil.h"
#include "storage/transaction.h"
#include "util/values.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QVariant>

#include <algorithm>
#include <cstdio>

namespace Patron::RfmPrivate {

int chunkSize()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("PATRON_RFM_CHUNK", &ok);
    return ok && n > 0 ? n : 25000;
}

namespace {

using Binds = QVariantMap;

QVariant optionalDouble(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

/// Start of the chunk after the one starting at `from`: the (chunkSize()+1)-th customer id from
/// there (an index range scan), nullopt when the chunk is the last.
Result<std::optional<qint64>>
nextChunk(QSqlQuery &q, const QString &table, const QString &filter, const Binds &binds, qint64 from)
{
    Binds b = binds;
    b.insert(QStringLiteral(":from"), from);
    Status s = Sql::exec(q,
                   QStringLiteral("SELECT customer_id FROM %1 WHERE %2 customer_id >= :from "
                                  "ORDER BY customer_id LIMIT 1 OFFSET %3")
                       .arg(table, filter)
                       .arg(chunkSize()),
                   b);
    if (!s)
        return s.error();
    std::optional<qint64> next;
    if (q.next())
        next = q.value(0).toLongLong();
    q.finish();
    return next;
}

/// Transitions of snapshot :sid's rows against snapshot :prev (as of :as_of).
QString transitionsSql()
{
    return QStringLiteral(
        "INSERT INTO rfm_transitions (customer_id, snapshot_id, as_of, from_segment, "
        "to_segment, from_tier, to_tier) SELECT v.customer_id, v.snapshot_id, "
        "CAST(:as_of AS TEXT), p.segment, v.segment, p.tier, v.tier "
        "FROM rfm_values v LEFT JOIN rfm_values p ON p.snapshot_id = CAST(:prev AS BIGINT) "
        "AND p.customer_id = v.customer_id "
        "WHERE v.snapshot_id = :sid AND (p.customer_id IS NULL "
        "OR p.segment <> v.segment OR p.tier <> v.tier)");
}

} // namespace

RfmWriter::RfmWriter(Database &database, bool timing)
    : m_database(database)
    , m_timing(timing)
{ }

Status RfmWriter::write(const std::function<Status(QSqlQuery &)> &fn)
{
    QElapsedTimer clock;
    clock.start();
    Status s;
    {
        Transaction tx(m_database);
        if (!tx.isActive())
            return tx.error();
        {
            QSqlQuery q(tx.connection());
            s = fn(q);
        }
        if (s)
            s = tx.commit();
    }
    const qint64 ms = clock.elapsed();
    m_longestMs = std::max(m_longestMs, ms);
    m_totalMs += ms;
    ++m_count;
    return s;
}

Result<qint64> RfmWriter::previousSnapshot(const QString &asOf, qint64 before)
{
    QSqlQuery q(m_database.connection());
    Status s = Sql::exec(q,
                   QStringLiteral("SELECT s.id FROM rfm_snapshots s WHERE s.values_kept = 1 "
                                  "AND (s.as_of < :as_of OR (s.as_of = :as_of AND s.id < :before)) "
                                  "ORDER BY s.as_of DESC, s.id DESC LIMIT 1"),
                   {{QStringLiteral(":as_of"), asOf}, {QStringLiteral(":before"), before}});
    if (!s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<qint64> RfmWriter::createSnapshot(const RfmSnapshotInfo &info, const ScoreBounds &bounds)
{
    qint64 id = 0;
    Status s = write([&](QSqlQuery &q) -> Status {
        Status r = Sql::exec(
            q,
            QStringLiteral(
                "INSERT INTO rfm_snapshots (as_of, computed_at, scheme, window_days, settings, "
                "customer_count, scored_count, mean_recency, mean_frequency, mean_monetary, "
                "score_bounds, values_kept, published) VALUES (:as_of, :now, :scheme, :window, "
                ":settings, :cc, :sc, :mr, :mf, :mm, :bounds, 0, 0) RETURNING id"),
            {{QStringLiteral(":as_of"), info.asOf},
             {QStringLiteral(":now"), Values::now()},
             {QStringLiteral(":scheme"), info.scheme},
             {QStringLiteral(":window"), info.windowDays},
             {QStringLiteral(":settings"), info.settings.toJson()},
             {QStringLiteral(":cc"), info.customerCount},
             {QStringLiteral(":sc"), info.scoredCount},
             {QStringLiteral(":mr"), optionalDouble(info.meanRecency)},
             {QStringLiteral(":mf"), optionalDouble(info.meanFrequency)},
             {QStringLiteral(":mm"), optionalDouble(info.meanMonetary)},
             {QStringLiteral(":bounds"), bounds.toJson()}});
        if (!r)
            return r;
        if (!q.next())
            return Sql::queryError(q);
        id = q.value(0).toLongLong();
        q.finish();
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

Result<bool> RfmWriter::copyValues(qint64 snapshotId, const QString &asOf, qint64 previous,
                                   const std::function<bool(int permille)> &progress)
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*), MIN(customer_id) FROM rfm_scored")) || !q.next())
        return Sql::queryError(q);
    const qint64 total = q.value(0).toLongLong();
    std::optional<qint64> from;
    if (!q.value(1).isNull())
        from = q.value(1).toLongLong();
    q.finish();
    qint64 done = 0;
    while (from) {
        auto next = nextChunk(q, QStringLiteral("rfm_scored"), QString(), {}, *from);
        if (!next)
            return next.error();
        // In customer order: the primary key and the customer index grow at their end.
        Binds b {{QStringLiteral(":sid"), snapshotId}, {QStringLiteral(":from"), *from}};
        QString range = QStringLiteral("customer_id >= :from");
        if (next.value()) {
            range += QStringLiteral(" AND customer_id < :to");
            b.insert(QStringLiteral(":to"), *next.value());
        }
        Status s = write([&](QSqlQuery &w) {
            Status r = Sql::exec(w,
                           QStringLiteral(
                               "INSERT INTO rfm_values (snapshot_id, customer_id, recency_days, "
                               "frequency, monetary_cents, r_score, f_score, m_score, segment, "
                               "tier) SELECT CAST(:sid AS BIGINT), customer_id, recency_days, "
                               "frequency, monetary_cents, r_score, f_score, m_score, segment, "
                               "tier FROM rfm_scored WHERE %1 ORDER BY customer_id")
                               .arg(range),
                           b);
            if (!r)
                return r;
            // The chunk's transitions against the previous snapshot, tied to the
            // unpublished one (history() and transitionsBetween() only read those of
            // published snapshots). Both sides in primary-key order: no random lookups.
            Binds bt = b;
            bt.insert(QStringLiteral(":as_of"), asOf);
            bt.insert(QStringLiteral(":prev"), previous);
            return Sql::exec(w,
                       transitionsSql()
                           + QStringLiteral(" AND v.customer_id >= :from")
                           + (next.value() ? QStringLiteral(" AND v.customer_id < :to")
                                           : QString())
                           + QStringLiteral(" ORDER BY v.customer_id"),
                       bt);
        });
        if (!s)
            return s.error();
        done += next.value() ? chunkSize() : total - done;
        from = next.value();
        if (progress && !progress(int(total > 0 ? done * 1000 / total : 1000)))
            return false;
    }
    return true;
}

Result<QList<qint64>> RfmWriter::publish(qint64 snapshotId, const QString &asOf, qint64 previous,
                                         qint64 transitionMark, int keep)
{
    QList<qint64> pruned;
    Status s = write([&](QSqlQuery &q) -> Status {
        const QString sid = QStringLiteral(":sid");
        Status r = Sql::exec(q,
                       QStringLiteral("UPDATE rfm_snapshots SET values_kept = 1, published = 1 "
                                      "WHERE id = :sid AND published = 0"),
                       {{sid, snapshotId}});
        if (!r)
            return r;
        if (q.numRowsAffected() != 1) {
            return makeError(Error::Conflict,
                             QCoreApplication::translate(
                                 "Patron::RfmEngine",
                                 "The RFM snapshot being written was removed by another "
                                 "computation; nothing was changed."));
        }
        q.finish();
        auto now = previousSnapshot(asOf, snapshotId);
        if (!now)
            return now.error();
        const QString redo = transitionsSql();
        if (now.value() != previous) {
            // Another pass published meanwhile: compare against its snapshot instead (rare,
            // and the one case that rewrites every transition under the lock).
            r = Sql::exec(q, QStringLiteral("DELETE FROM rfm_transitions WHERE snapshot_id = :sid"),
                    {{sid, snapshotId}});
            if (r)
                r = Sql::exec(q, redo,
                        {{sid, snapshotId},
                         {QStringLiteral(":prev"), now.value()},
                         {QStringLiteral(":as_of"), asOf}});
            if (!r)
                return r;
        }
        // Customers an incremental update moved since the transitions were computed: a
        // transition on the previous snapshot newer than the mark (snapshot index + id).
        r = Sql::exec(q,
                QStringLiteral("SELECT DISTINCT t.customer_id FROM rfm_transitions t "
                               "WHERE t.snapshot_id = :prev AND t.id > :mark"),
                {{QStringLiteral(":prev"), previous}, {QStringLiteral(":mark"), transitionMark}});
        if (!r)
            return r;
        QList<qint64> changed;
        while (q.next() && now.value() == previous)
            changed << q.value(0).toLongLong();
        q.finish();
        for (qint64 c : std::as_const(changed)) {
            const Binds b {{sid, snapshotId}, {QStringLiteral(":c"), c}};
            r = Sql::exec(q,
                    QStringLiteral("DELETE FROM rfm_transitions WHERE snapshot_id = :sid "
                                   "AND customer_id = :c"),
                    b);
            if (r)
                r = Sql::exec(q, redo + QStringLiteral(" AND v.customer_id = :c"),
                              {{sid, snapshotId}, {QStringLiteral(":c"), c}, {QStringLiteral(":prev"), previous},
                               {QStringLiteral(":as_of"), asOf}});
            if (!r)
                return r;
        }
        // Pruning: the newest computations keep their values (never the one just made).
        if (!q.exec(QStringLiteral(
                "SELECT id FROM rfm_snapshots WHERE values_kept = 1 ORDER BY id DESC")))
            return Sql::queryError(q);
        int seen = 0;
        while (q.next()) {
            if (++seen > keep)
                pruned << q.value(0).toLongLong();
        }
        q.finish();
        for (qint64 id : std::as_const(pruned)) {
            r = Sql::exec(q, QStringLiteral("UPDATE rfm_snapshots SET values_kept = 0 WHERE id = :sid"),
                    {{sid, id}});
            if (!r)
                return r;
        }
        return {};
    });
    if (!s)
        return s.error();
    return pruned;
}

Status RfmWriter::deleteValues(qint64 snapshotId)
{
    QSqlQuery q(m_database.connection());
    const Binds sid {{QStringLiteral(":sid"), snapshotId}};
    Status s = Sql::exec(q, QStringLiteral("SELECT MIN(customer_id) FROM rfm_values WHERE snapshot_id = :sid"),
                   sid);
    if (!s)
        return s;
    std::optional<qint64> from;
    if (q.next() && !q.value(0).isNull())
        from = q.value(0).toLongLong();
    q.finish();
    while (from) {
        auto next = nextChunk(q, QStringLiteral("rfm_values"),
                              QStringLiteral("snapshot_id = :sid AND"), sid, *from);
        if (!next)
            return next.error();
        Binds b = sid;
        b.insert(QStringLiteral(":from"), *from);
        QString range = QStringLiteral("customer_id >= :from");
        if (next.value()) {
            range += QStringLiteral(" AND customer_id < :to");
            b.insert(QStringLiteral(":to"), *next.value());
        }
        s = write([&](QSqlQuery &w) {
            return Sql::exec(w,
                       QStringLiteral("DELETE FROM rfm_values WHERE snapshot_id = :sid AND %1")
                           .arg(range),
                       b);
        });
        if (!s)
            return s;
        from = next.value();
    }
    return {};
}

void RfmWriter::discard(qint64 snapshotId)
{
    if (!deleteValues(snapshotId))
        return;
    // Its transitions, chunk by chunk too, before the row (whose cascade would do it all
    // in one transaction).
    for (;;) {
        int deleted = 0;
        Status s = write([&](QSqlQuery &q) {
            Status r = Sql::exec(q,
                           QStringLiteral("DELETE FROM rfm_transitions WHERE id IN (SELECT t.id "
                                          "FROM rfm_transitions t WHERE t.snapshot_id = :sid "
                                          "LIMIT %1)")
                               .arg(chunkSize()),
                           {{QStringLiteral(":sid"), snapshotId}});
            deleted = q.numRowsAffected();
            return r;
        });
        if (!s)
            return;
        if (deleted < chunkSize())
            break;
    }
    write([&](QSqlQuery &q) {
        return Sql::exec(q, QStringLiteral("DELETE FROM rfm_snapshots WHERE id = :sid AND published = 0"),
                   {{QStringLiteral(":sid"), snapshotId}});
    });
}

void RfmWriter::cleanUp()
{
    QSqlQuery q(m_database.connection());
    const QString cutoff = Values::storeDateTime(QDateTime::currentDateTime().addSecs(-3600));
    if (!Sql::exec(q,
             QStringLiteral("SELECT s.id, s.published FROM rfm_snapshots s WHERE s.values_kept = 0 "
                            "AND ((s.published = 0 AND s.computed_at < :cutoff) OR (s.published "
                            "= 1 AND EXISTS (SELECT 1 FROM rfm_values v WHERE v.snapshot_id = "
                            "s.id)))"),
             {{QStringLiteral(":cutoff"), cutoff}}))
        return;
    QList<QPair<qint64, bool>> found;
    while (q.next())
        found.append({q.value(0).toLongLong(), q.value(1).toInt() != 0});
    q.finish();
    for (const auto &f : std::as_const(found)) {
        if (f.second)
            deleteValues(f.first);
        else
            discard(f.first);
    }
}

void RfmWriter::report() const
{
    if (!m_timing)
        return;
    std::fprintf(stderr, "rfm: %d write transactions, longest %lld ms, total %lld ms\n", m_count,
                 m_longestMs, m_totalMs);
    std::fflush(stderr);
}

} // namespace Patron::RfmPrivate
