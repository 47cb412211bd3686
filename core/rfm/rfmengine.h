#pragma once

#include "rfmsettings.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Patron {

class Database;

/// One stored RFM computation (a row of rfm_snapshots).
struct RfmSnapshotInfo
{
    qint64 id = 0;
    QString asOf; ///< "YYYY-MM-DD"
    QString computedAt; ///< "YYYY-MM-DDTHH:MM:SS"
    QString scheme;
    int windowDays = 0;
    qint64 customerCount = 0; ///< rows: every customer not in the trash
    qint64 scoredCount = 0; ///< customers with a counted order in the window
    std::optional<double> meanRecency, meanFrequency, meanMonetary; ///< over the scored
    bool valuesKept = true;
    RfmSettings settings; ///< the settings the snapshot was computed with
};

/// One customer's values in a snapshot. Scores are 0 when the customer has no counted
/// order in the window (segment no_purchase or dormant).
struct RfmValue
{
    qint64 snapshotId = 0;
    qint64 customerId = 0;
    std::optional<int> recencyDays;
    int frequency = 0;
    qint64 monetaryCents = 0; ///< the snapshot's measure: total or average order value
    int rScore = 0, fScore = 0, mScore = 0;
    QString segment;
    QString tier;
    QString code, name; ///< of the customer, filled by snapshotRows() only
};

/// A customer's segment or tier changed in a snapshot. An empty fromSegment (NULL) means
/// the customer entered: it was in no earlier snapshot with values.
struct RfmTransition
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 snapshotId = 0;
    QString asOf;
    QString fromSegment, toSegment;
    QString fromTier, toTier;
    bool entered() const { return fromSegment.isNull(); }
};

/// Computes RFM snapshots exactly as DESIGN.md "RFM" defines them, and reads them back.
///
/// - Counted orders: status not cancelled/refunded, dated on or before the as-of date D
///   and (window W > 0) after D − W. Orders dated after D never count.
/// - Customers in the trash are not part of a snapshot; archived customers are (they
///   bought, and an archived customer can come back: its value is still worth knowing).
/// - On SQLite the full pass scores in memory (rfmfastpass.h: one scan of the orders
///   through SQLite's API, scores by sorting) and writes with reused prepared statements;
///   it gives exactly the set-based path's results and falls back to it for data only SQL
///   reads exactly. Elsewhere (and with PATRON_RFM_PATH=sql) the full pass is set-based:
///   one INSERT … SELECT with an aggregate over orders and
///   window functions for the tie-safe scores and the means, one for the customers without
///   counted orders, one for transitions, into temporary tables of the calling thread's
///   connection without any write lock. The snapshot is then written unpublished in short
///   transactions of 25,000 customers and published (with its transitions) in one short
///   transaction, so a save elsewhere never waits for the whole pass. Cancelling (progress
///   returns false) removes what was written; nothing is visible before publishing.
/// - updateCustomer() recomputes one customer in the current snapshot against that
///   snapshot's stored distribution (score bounds, means, settings). Other customers'
///   scores catch up at the next full pass.
/// Usable from any thread; each thread uses its own connection.
class RfmEngine
{
public:
    explicit RfmEngine(Database &database);

    /// percent 0–100; returning false cancels (Error::Cancelled, nothing written).
    using Progress = std::function<bool(int percent)>;

    /// Computes and stores a snapshot as of that date, records transitions against the
    /// previous snapshot with values and prunes old snapshots' values.
    Result<RfmSnapshotInfo>
    compute(const RfmSettings &settings, const QDate &asOf, const Progress &progress = {});

    /// What compute() would store, left unpublished: the snapshot row (values_kept = 0,
    /// published = 0), its values and its transitions against the previous snapshot, which
    /// no reader of the current snapshot (or of published transitions) sees. For previews
    /// (an SOP dry run as of a later day); the caller must discardUnpublished() it when
    /// done (cleanUp() removes it after an hour if the caller crashed).
    Result<RfmSnapshotInfo>
    computeUnpublished(const RfmSettings &settings, const QDate &asOf, const Progress &progress = {});
    /// Deletes an unpublished snapshot with its values and transitions (never a published one).
    void discardUnpublished(qint64 snapshotId);

    /// Recomputes one customer in the current snapshot after its orders changed; records
    /// a transition when its segment or tier changed. Returns the new values, or nullopt
    /// when there is no current snapshot (or the customer is in the trash or gone, in which
    /// case its row is removed).
    Result<std::optional<RfmValue>> updateCustomer(qint64 customerId);

    /// The current snapshot (Rfm::currentSnapshotSql()), nullopt when none.
    Result<std::optional<RfmSnapshotInfo>> currentSnapshot() const;
    Result<std::optional<RfmSnapshotInfo>> snapshot(qint64 snapshotId) const;
    /// The customer's row in the current snapshot, nullopt when none.
    Result<std::optional<RfmValue>> currentValues(qint64 customerId) const;
    /// The customer's transitions, newest first.
    Result<QList<RfmTransition>> history(qint64 customerId) const;
    /// Transitions of snapshots as of from..to (inclusive), oldest first (SOP triggers).
    Result<QList<RfmTransition>> transitionsBetween(const QDate &from, const QDate &to) const;
    /// Streams a snapshot's rows by customer id, with code and name; fn returns false to stop.
    Status snapshotRows(qint64 snapshotId, const std::function<bool(const RfmValue &)> &fn) const;

private:
    Result<RfmSnapshotInfo> computeSnapshot(const RfmSettings &settings, const QDate &asOf,
                                            const Progress &progress, bool publish);

    Database &m_database;
};

} // namespace Patron
