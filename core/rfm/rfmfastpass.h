#pragma once

// The SQLite fast path of RfmEngine::compute: one sequential scan of the counted orders
// through SQLite's own API into per-customer arrays, the tie-safe scores by sorting in
// C++, then the snapshot's rows and transitions written with reused prepared statements
// in the same short transactions as the set-based path (RfmWriter). Same results as the
// set-based SQL exactly (tests/core/tst_rfmfastpath.cpp compares them); PostgreSQL keeps
// the set-based SQL, which is fast there.

#include "rfmengine_p.h"

#include <QByteArray>
#include <QHash>

#include <functional>
#include <vector>

namespace Patron {
class Database;
}

namespace Patron::RfmPrivate {

class RfmWriter;

/// Segment and tier texts by a small index (UTF-8, as stored).
class TextPool
{
public:
    quint16 intern(const QByteArray &text);
    const QByteArray &text(quint16 index) const { return m_texts.at(index); }

private:
    QList<QByteArray> m_texts;
    QHash<QByteArray, quint16> m_index;
};

/// A snapshot scored in memory: every customer not in the trash, by id.
struct MemoryScores
{
    struct Row
    {
        qint64 customerId = 0;
        qint64 monetary = 0;
        qint32 recency = -1; ///< -1: no counted order in the window (scores 0, NULL in SQL)
        qint32 frequency = 0;
        quint8 r = 0, f = 0, m = 0;
        quint16 segment = 0, tier = 0; ///< in texts
    };
    std::vector<Row> rows;
    TextPool texts;
    qint64 scoredCount = 0;
    std::optional<double> meanRecency, meanFrequency, meanMonetary;
    ScoreBounds bounds;
};

namespace FastPass {

/// SQLite through Qt's QSQLITE driver handle; PATRON_RFM_PATH=sql turns it off (tests
/// and benchmarks compare both paths).
bool usable(const Database &database);

/// Scores every customer as of the range (progress 0–40 as percent; false cancels and
/// returns `onCancel`). nullopt when the data holds something only the SQL path judges
/// exactly (a date not starting with a valid YYYY-MM-DD, a non-integer amount or id):
/// the caller then takes the SQL path.
Result<std::optional<MemoryScores>> score(Database &database, const RfmSettings &settings,
                                          const DateRange &range,
                                          const std::function<bool(int percent)> &progress,
                                          const Error &onCancel);

/// Writes the rows into rfm_values under snapshotId and their transitions against the
/// snapshot `previous` (read once, merged by customer id), in the writer's short
/// transactions of chunkSize() customers; progress gets 0–1000, false stops (false).
Result<bool> write(Database &database, RfmWriter &writer, const MemoryScores &scores,
                   qint64 snapshotId, const QString &asOf, qint64 previous,
                   const std::function<bool(int permille)> &progress);

} // namespace FastPass

} // namespace Patron::RfmPrivate
