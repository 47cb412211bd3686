#pragma once

// Shared by rfmengine.cpp (computation) and rfmqueries.cpp (reading back).

#include "rfmengine.h"

#include <QSqlQuery>

#include <array>

namespace Patron::RfmPrivate {

/// Statuses of orders that never count.
inline const QString kNotCounted = QStringLiteral("o.status NOT IN ('cancelled', 'refunded')");

/// Per dimension and score k = 2..5 (index k-2): F/M: the largest value that scored
/// below k (a value scores >= k when it is larger); R: the smallest recency that scored
/// below k (a recency scores >= k when it is smaller). Exact for the stored distribution.
struct ScoreBounds
{
    std::array<std::optional<qint64>, 4> r, f, m;
    QString toJson() const;
    static ScoreBounds fromJson(const QString &json);
    int rScore(qint64 recency) const;
    int fScore(qint64 frequency) const;
    int mScore(qint64 monetary) const;
};

QString rfm8Segment(bool rHigh, bool fHigh, bool mHigh);
/// The 10-cell R×F grid on scores 1–5.
QString gridSegment(int r, int f);

/// The order-date bounds of a computation: ordered_at >= from (when windowed) and
/// ordered_at < to (the day after D), as text, which also holds for timestamps.
struct DateRange
{
    QString from; ///< empty: all history
    QString to;
    qint64 asOfDay = 0; ///< days since 1970-01-01
};
DateRange dateRange(const QDate &asOf, int windowDays);

/// "SELECT <snapshot columns> FROM rfm_snapshots s" and the reader for it.
QString snapshotSelect();
Result<RfmSnapshotInfo> readSnapshot(const QSqlQuery &q);
/// "SELECT <value columns> FROM rfm_values v" (prefix v.) and the reader for it.
QString valueColumns();
RfmValue readValue(const QSqlQuery &q, int first = 0);

} // namespace Patron::RfmPrivate
