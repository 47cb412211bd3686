// FastPass: RfmEngine::compute on SQLite without a round trip per row through QSqlQuery
// (which costs several microseconds per value) and without the temporary tables, window
// functions and join of the set-based path.

#include "rfmfastpass.h"
#include "rfmwriter.h"

#include "rfmtypes.h"
#include "storage/database.h"
#include "storage/sqlitehandle.h"
#include "util/sqlutil.h"

#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace Patron::RfmPrivate {

quint16 TextPool::intern(const QByteArray &text)
{
    const auto it = m_index.constFind(text);
    if (it != m_index.cend())
        return it.value();
    const auto index = quint16(m_texts.size());
    m_texts.append(text);
    m_index.insert(text, index);
    return index;
}

namespace {

Error sqliteError(sqlite3 *h)
{
    return makeError(Error::Database, QString::fromUtf8(sqlite3_errmsg(h)));
}

/// A prepared statement, finalized with its scope (the connection must not keep it: Qt
/// closes the connection later and SQLite refuses to close with statements open).
class Statement
{
public:
    explicit Statement(sqlite3 *h)
        : m_h(h)
    { }
    ~Statement() { sqlite3_finalize(m_s); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool prepare(const QString &sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        return sqlite3_prepare_v3(m_h, utf8.constData(), int(utf8.size()),
                                  SQLITE_PREPARE_PERSISTENT, &m_s, nullptr)
            == SQLITE_OK;
    }
    operator sqlite3_stmt *() const { return m_s; }
    /// Steps a statement without rows and resets it for the next values.
    bool run()
    {
        const int rc = sqlite3_step(m_s);
        sqlite3_reset(m_s);
        return rc == SQLITE_DONE;
    }
    void bindText(int i, const QByteArray &t)
    {
        // constData() is never null, so '' binds as '' (not NULL); the pool outlives the step.
        sqlite3_bind_text(m_s, i, t.constData(), int(t.size()), SQLITE_STATIC);
    }

private:
    sqlite3 *m_h;
    sqlite3_stmt *m_s = nullptr;
};

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint32 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/// The day of a text starting with a valid YYYY-MM-DD (what the SQL path's
/// julianday(substr(x, 1, 10)) reads); false for anything else.
bool parseDay(const unsigned char *s, int n, qint32 *day)
{
    if (n < 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (unsigned(s[i] - '0') > 9)
            return false;
    }
    auto num = [s](int i, int len) {
        int v = 0;
        for (int k = 0; k < len; ++k)
            v = v * 10 + (s[i + k] - '0');
        return v;
    };
    const int y = num(0, 4), m = num(5, 2), d = num(8, 2);
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1] + (m == 2 && leap ? 1 : 0))
        return false;
    *day = daysFromCivil(y, m, d);
    return true;
}

qint32 dayOfText(const QString &date)
{
    const QByteArray t = date.toLatin1();
    qint32 day = 0;
    parseDay(reinterpret_cast<const unsigned char *>(t.constData()), int(t.size()), &day);
    return day;
}

/// 1 + floor(5 * others / n): the reference definition's score from how many customers
/// have a strictly smaller (F, M) or strictly larger (R) value.
quint8 scoreOf(qint64 others, qint64 n)
{
    return quint8(1 + 5 * others / n);
}

QByteArray utf8(const QString &s)
{
    return Sql::text(s).toUtf8();
}

} // namespace

namespace FastPass {

bool usable(const Database &database)
{
    if (database.backend() != Backend::SQLite
        || qEnvironmentVariable("PATRON_RFM_PATH") == QLatin1String("sql"))
        return false;
    return sqliteHandle(database.connection()) != nullptr;
}

Result<std::optional<MemoryScores>> score(Database &database, const RfmSettings &settings,
                                          const DateRange &range,
                                          const std::function<bool(int percent)> &progress,
                                          const Error &onCancel)
{
    sqlite3 *h = sqliteHandle(database.connection());
    if (!h)
        return std::optional<MemoryScores>();
    // Customers and orders read in one read transaction: one consistent state, as the SQL
    // path's single statement sees it (in WAL mode this blocks no writer).
    struct ReadTransaction
    {
        sqlite3 *h;
        bool open = false;
        ~ReadTransaction()
        {
            if (open)
                sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
        }
    } read {h};
    if (sqlite3_get_autocommit(h)) {
        if (sqlite3_exec(h, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
            return sqliteError(h);
        read.open = true;
    }

    // Customers not in the trash, by id (the rowid: a walk of the table in order).
    std::vector<qint64> ids;
    {
        Statement s(h);
        if (!s.prepare(QStringLiteral("SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY id")))
            return sqliteError(h);
        int rc;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW)
            ids.push_back(sqlite3_column_int64(s, 0));
        if (rc != SQLITE_DONE)
            return sqliteError(h);
    }
    const size_t n = ids.size();
    // Customer id → position: a dense table when ids are compact (they are rowids), else
    // a binary search.
    const qint64 lo = n ? ids.front() : 0, hi = n ? ids.back() : -1;
    const bool dense = n && hi - lo < 4 * qint64(n) + 65536;
    std::vector<qint32> slot;
    if (dense) {
        slot.assign(size_t(hi - lo + 1), -1);
        for (size_t i = 0; i < n; ++i)
            slot[size_t(ids[i] - lo)] = qint32(i);
    }
    auto find = [&](qint64 id) -> qint32 {
        if (id < lo || id > hi)
            return -1;
        if (dense)
            return slot[size_t(id - lo)];
        const auto it = std::lower_bound(ids.begin(), ids.end(), id);
        return it != ids.end() && *it == id ? qint32(it - ids.begin()) : -1;
    };

    // One sequential scan of the orders counted on or before D (the table, not
    // orders_date_ix: random lookups of each order would be slower for any window).
    std::vector<qint32> frequency(n, 0), last(n, std::numeric_limits<qint32>::min());
    std::vector<qint64> total(n, 0);
    std::vector<quint8> ever(n, 0);
    {
        qint64 maxOrder = 0;
        {
            Statement s(h);
            if (!s.prepare(QStringLiteral("SELECT MAX(id) FROM orders")))
                return sqliteError(h);
            if (sqlite3_step(s) == SQLITE_ROW)
                maxOrder = sqlite3_column_int64(s, 0);
        }
        Statement s(h);
        if (!s.prepare(QStringLiteral("SELECT o.id, o.customer_id, o.ordered_at, o.amount_cents "
                                      "FROM orders o NOT INDEXED WHERE ")
                       + kNotCounted + QStringLiteral(" AND o.ordered_at < ?1")))
            return sqliteError(h);
        const QByteArray to = range.to.toUtf8();
        sqlite3_bind_text(s, 1, to.constData(), int(to.size()), SQLITE_STATIC);
        const qint32 toDay = dayOfText(range.to);
        const qint32 fromDay = range.from.isEmpty() ? std::numeric_limits<qint32>::min()
                                                    : dayOfText(range.from);
        qint64 seen = 0;
        int rc;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            if ((++seen & 0xffff) == 0 && progress
                && !progress(maxOrder > 0 ? int(38 * sqlite3_column_int64(s, 0) / maxOrder) : 0))
                return onCancel;
            if (sqlite3_column_type(s, 1) != SQLITE_INTEGER)
                return std::optional<MemoryScores>();
            const qint32 c = find(sqlite3_column_int64(s, 1));
            if (c < 0)
                continue; // in the trash
            if (sqlite3_column_type(s, 2) != SQLITE_TEXT || sqlite3_column_type(s, 3) != SQLITE_INTEGER)
                return std::optional<MemoryScores>();
            qint32 day = 0;
            if (!parseDay(sqlite3_column_text(s, 2), sqlite3_column_bytes(s, 2), &day))
                return std::optional<MemoryScores>();
            if (day >= toDay)
                continue;
            ever[size_t(c)] = 1;
            if (day < fromDay)
                continue;
            ++frequency[size_t(c)];
            if (__builtin_add_overflow(total[size_t(c)], sqlite3_column_int64(s, 3), &total[size_t(c)]))
                return std::optional<MemoryScores>(); // the SQL path reports the overflow
            last[size_t(c)] = std::max(last[size_t(c)], day);
        }
        if (rc != SQLITE_DONE)
            return sqliteError(h);
    }
    if (progress && !progress(39))
        return onCancel;

    MemoryScores out;
    out.rows.resize(n);
    std::vector<qint32> recencies, frequencies;
    std::vector<qint64> monetaries;
    const bool average = settings.monetary == RfmSettings::Monetary::Average;
    qint64 sumR = 0, sumF = 0, sumM = 0;
    for (size_t i = 0; i < n; ++i) {
        MemoryScores::Row &row = out.rows[i];
        row.customerId = ids[i];
        if (frequency[i] == 0)
            continue;
        row.frequency = frequency[i];
        row.recency = qint32(range.asOfDay - last[i]);
        // The average rounded half up, as the SQL's integer division does it.
        row.monetary = average ? (2 * total[i] + row.frequency) / (2 * qint64(row.frequency))
                               : total[i];
        recencies.push_back(row.recency);
        frequencies.push_back(row.frequency);
        monetaries.push_back(row.monetary);
        sumR += row.recency;
        sumF += row.frequency;
        if (__builtin_add_overflow(sumM, row.monetary, &sumM))
            return std::optional<MemoryScores>(); // beyond exact sums: the SQL path
    }
    const qint64 scored = qint64(recencies.size());
    out.scoredCount = scored;
    if (scored > 0) {
        // AVG over integers: the exact sum divided once, as SQLite's and PostgreSQL's do
        // while the sum stays within a double's integers.
        out.meanRecency = double(sumR) / double(scored);
        out.meanFrequency = double(sumF) / double(scored);
        out.meanMonetary = double(sumM) / double(scored);
    }
    std::sort(recencies.begin(), recencies.end());
    std::sort(frequencies.begin(), frequencies.end());
    std::sort(monetaries.begin(), monetaries.end());

    // Segment and tier of each case, interned once.
    auto segmentAndTier = [&](const QString &segment) {
        return std::pair<quint16, quint16>(out.texts.intern(utf8(segment)),
                                           out.texts.intern(utf8(settings.tierFor(segment))));
    };
    const bool grid = settings.scheme == Rfm::SchemeRfGrid;
    std::pair<quint16, quint16> byCase[36];
    if (grid) {
        for (int r = 1; r <= 5; ++r) {
            for (int f = 1; f <= 5; ++f)
                byCase[r * 6 + f] = segmentAndTier(gridSegment(r, f));
        }
    } else {
        for (int c = 0; c < 8; ++c)
            byCase[c] = segmentAndTier(rfm8Segment(c & 4, c & 2, c & 1));
    }
    const auto dormant = segmentAndTier(Rfm::Dormant);
    const auto none = segmentAndTier(Rfm::NoPurchase);

    for (size_t i = 0; i < n; ++i) {
        MemoryScores::Row &row = out.rows[i];
        if (row.recency < 0) {
            std::tie(row.segment, row.tier) = ever[i] ? dormant : none;
            continue;
        }
        const qint64 larger = qint64(recencies.end()
                                     - std::upper_bound(recencies.begin(), recencies.end(), row.recency));
        const qint64 fewer = qint64(std::lower_bound(frequencies.begin(), frequencies.end(), row.frequency)
                                    - frequencies.begin());
        const qint64 less = qint64(std::lower_bound(monetaries.begin(), monetaries.end(), row.monetary)
                                   - monetaries.begin());
        row.r = scoreOf(larger, scored);
        row.f = scoreOf(fewer, scored);
        row.m = scoreOf(less, scored);
        for (int k = 2; k <= 5; ++k) {
            auto &rb = out.bounds.r[size_t(k - 2)];
            auto &fb = out.bounds.f[size_t(k - 2)];
            auto &mb = out.bounds.m[size_t(k - 2)];
            if (row.r < k && (!rb || row.recency < *rb))
                rb = row.recency;
            if (row.f < k && (!fb || row.frequency > *fb))
                fb = row.frequency;
            if (row.m < k && (!mb || row.monetary > *mb))
                mb = row.monetary;
        }
        if (grid) {
            std::tie(row.segment, row.tier) = byCase[row.r * 6 + row.f];
        } else {
            const bool rHigh = settings.recencyMaxDays ? row.recency <= *settings.recencyMaxDays
                                                       : row.recency < *out.meanRecency;
            const bool fHigh = settings.frequencyMin ? row.frequency >= *settings.frequencyMin
                                                     : row.frequency > *out.meanFrequency;
            const bool mHigh = settings.monetaryMinCents
                ? row.monetary >= *settings.monetaryMinCents
                : double(row.monetary) > *out.meanMonetary;
            std::tie(row.segment, row.tier)
                = byCase[(rHigh ? 4 : 0) | (fHigh ? 2 : 0) | (mHigh ? 1 : 0)];
        }
    }
    if (progress && !progress(40))
        return onCancel;
    return std::optional<MemoryScores>(std::move(out));
}

Result<bool> write(Database &database, RfmWriter &writer, const MemoryScores &scores,
                   qint64 snapshotId, const QString &asOf, qint64 previous,
                   const std::function<bool(int permille)> &progress)
{
    sqlite3 *h = sqliteHandle(database.connection());
    if (!h)
        return makeError(Error::Database, QStringLiteral("no SQLite handle"));
    TextPool texts = scores.texts;

    // The previous snapshot's segments and tiers, by customer (its primary key order).
    struct Previous
    {
        qint64 customerId;
        quint16 segment, tier;
    };
    std::vector<Previous> before;
    if (previous > 0) {
        Statement s(h);
        if (!s.prepare(QStringLiteral("SELECT customer_id, segment, tier FROM rfm_values "
                                      "WHERE snapshot_id = ?1 ORDER BY customer_id")))
            return sqliteError(h);
        sqlite3_bind_int64(s, 1, previous);
        before.reserve(scores.rows.size());
        int rc;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            auto text = [&s](int i) {
                return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, i)),
                                  sqlite3_column_bytes(s, i));
            };
            before.push_back({sqlite3_column_int64(s, 0), texts.intern(text(1)), texts.intern(text(2))});
        }
        if (rc != SQLITE_DONE)
            return sqliteError(h);
    }

    Statement values(h), transitions(h);
    if (!values.prepare(QStringLiteral(
            "INSERT INTO rfm_values (snapshot_id, customer_id, recency_days, frequency, "
            "monetary_cents, r_score, f_score, m_score, segment, tier) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"))
        || !transitions.prepare(QStringLiteral(
            "INSERT INTO rfm_transitions (customer_id, snapshot_id, as_of, from_segment, "
            "to_segment, from_tier, to_tier) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")))
        return sqliteError(h);
    const QByteArray asOfText = asOf.toUtf8();
    sqlite3_bind_int64(values, 1, snapshotId);
    sqlite3_bind_int64(transitions, 2, snapshotId);
    transitions.bindText(3, asOfText);

    const size_t total = scores.rows.size();
    const size_t chunk = size_t(chunkSize());
    size_t p = 0;
    for (size_t from = 0; from < total; from += chunk) {
        const size_t to = std::min(total, from + chunk);
        Status s = writer.write([&](QSqlQuery &) -> Status {
            for (size_t i = from; i < to; ++i) {
                const MemoryScores::Row &row = scores.rows[i];
                sqlite3_bind_int64(values, 2, row.customerId);
                if (row.recency < 0) {
                    for (int c : {3, 6, 7, 8})
                        sqlite3_bind_null(values, c);
                } else {
                    sqlite3_bind_int(values, 3, row.recency);
                    sqlite3_bind_int(values, 6, row.r);
                    sqlite3_bind_int(values, 7, row.f);
                    sqlite3_bind_int(values, 8, row.m);
                }
                sqlite3_bind_int(values, 4, row.frequency);
                sqlite3_bind_int64(values, 5, row.monetary);
                values.bindText(9, texts.text(row.segment));
                values.bindText(10, texts.text(row.tier));
                if (!values.run())
                    return sqliteError(h);

                // Merge with the previous snapshot: a transition when the customer is new
                // to the snapshots (from NULL) or its segment or tier changed.
                while (p < before.size() && before[p].customerId < row.customerId)
                    ++p;
                const bool had = p < before.size() && before[p].customerId == row.customerId;
                if (had && before[p].segment == row.segment && before[p].tier == row.tier)
                    continue;
                sqlite3_bind_int64(transitions, 1, row.customerId);
                if (had) {
                    transitions.bindText(4, texts.text(before[p].segment));
                    transitions.bindText(6, texts.text(before[p].tier));
                } else {
                    sqlite3_bind_null(transitions, 4);
                    sqlite3_bind_null(transitions, 6);
                }
                transitions.bindText(5, texts.text(row.segment));
                transitions.bindText(7, texts.text(row.tier));
                if (!transitions.run())
                    return sqliteError(h);
            }
            return {};
        });
        if (!s)
            return s.error();
        if (progress && !progress(int(to * 1000 / total)))
            return false;
    }
    return true;
}

} // namespace FastPass

} // namespace Patron::RfmPrivate
