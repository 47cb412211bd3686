#pragma once

// The writing half of RfmEngine::compute: short write transactions, so that SQLite's write
// lock is never held for the whole pass (a save elsewhere waits at most its busy timeout).

#include "rfmengine_p.h"

#include <functional>

namespace Patron {
class Database;
}

namespace Patron::RfmPrivate {

/// Customers per write transaction (25,000): well under a second of SQLite's write lock on an
/// idle machine, a couple of seconds at most on a heavily loaded one (bench/rfm).
/// PATRON_RFM_CHUNK overrides it (tests cross chunk boundaries with a handful of customers).
int chunkSize();

/// Writes a snapshot scored into the calling thread's temporary table rfm_scored (every
/// customer's row) and its transitions: the snapshot row unpublished
/// (values_kept = 0, published = 0, so Rfm::currentSnapshotSql() does not see it), its
/// values in chunks of customers, then publish() in one short transaction. A pass that
/// crashes in between leaves an unpublished snapshot that cleanUp() removes later.
class RfmWriter
{
public:
    RfmWriter(Database &database, bool timing);

    /// The snapshot with values transitions compare against: the newest as of asOf or
    /// earlier, and when on asOf, made before `before`. 0 when none.
    Result<qint64> previousSnapshot(const QString &asOf, qint64 before);
    Result<qint64> createSnapshot(const RfmSnapshotInfo &info, const ScoreBounds &bounds);
    /// Copies rfm_scored into rfm_values and writes the transitions against `previous`,
    /// chunk by chunk; progress gets 0–1000 and returns false to stop (result false).
    Result<bool> copyValues(qint64 snapshotId, const QString &asOf, qint64 previous,
                            const std::function<bool(int permille)> &progress);
    /// Publishes the snapshot, redoes its transitions for customers an incremental update
    /// changed since `transitionMark` (all of them when the previous snapshot is no longer
    /// `previous`) and marks the snapshots beyond `keep` as pruned. Returns those.
    Result<QList<qint64>> publish(qint64 snapshotId, const QString &asOf, qint64 previous,
                                  qint64 transitionMark, int keep);
    /// Deletes a snapshot's values, chunk by chunk.
    Status deleteValues(qint64 snapshotId);
    /// Deletes an unpublished snapshot, its values and transitions.
    void discard(qint64 snapshotId);
    /// Removes values of pruned snapshots and unpublished snapshots older than an hour
    /// (younger ones may belong to a pass still running elsewhere).
    void cleanUp();
    /// PATRON_RFM_TIMING: the write transactions' count, longest and total time.
    void report() const;
    /// The longest write transaction so far, in milliseconds.
    qint64 longestMs() const { return m_longestMs; }

    /// Runs fn in one write transaction of the calling thread's connection (committed when
    /// fn succeeds) and counts its time for report().
    Status write(const std::function<Status(QSqlQuery &)> &fn);

private:

    Database &m_database;
    bool m_timing = false;
    qint64 m_longestMs = 0;
    qint64 m_totalMs = 0;
    int m_count = 0;
};

} // namespace Patron::RfmPrivate
