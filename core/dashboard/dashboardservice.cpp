#include "dashboardservice.h"

#include "rfm/rfmtypes.h"
#include "storage/database.h"
#include "util/sqlutil.h"
#include "util/values.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

namespace Patron {

namespace {

const QString kCachePrefix = QStringLiteral("dashboard.cache/");
// Counted orders (DESIGN.md): fixed status keys, not user input.
const QString kCounted = QStringLiteral("o.status NOT IN ('cancelled', 'refunded')");

int monthIndex(const QDate &d)
{
    return d.year() * 12 + d.month() - 1;
}

QDate monthStart(int index)
{
    return QDate(index / 12, index % 12 + 1, 1);
}

// Month index of a stored date, in SQL (same text on both backends).
QString monthExpr(const QString &column)
{
    return QStringLiteral("(CAST(substr(%1, 1, 4) AS INTEGER) * 12 + CAST(substr(%1, 6, 2) AS INTEGER) - 1)")
        .arg(column);
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

qint64 toInt(const QVariant &v)
{
    return v.isNull() ? 0 : v.toLongLong();
}

// The per-computation temporary tables, dropped again however the computation ends.
class TempTables
{
public:
    TempTables(const QSqlDatabase &db, bool postgres)
        : m_db(db)
        , m_schema(postgres ? QStringLiteral("pg_temp.") : QStringLiteral("temp."))
    {
        drop();
    }
    ~TempTables() { drop(); }
    void drop()
    {
        // Qualified: never a real table of the same name.
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("DROP TABLE IF EXISTS %1dash_c").arg(m_schema));
        q.exec(QStringLiteral("DROP TABLE IF EXISTS %1dash_cm").arg(m_schema));
    }

private:
    QSqlDatabase m_db;
    QString m_schema;
};

} // namespace

DashboardService::DashboardService(Database &database)
    : m_database(database)
{
}

QString DashboardService::cacheKey(const DashboardFilter &filter)
{
    return kCachePrefix + filter.cacheSlot();
}

Result<QString> DashboardService::dataVersion() const
{
    QSqlQuery q(m_database.connection());
    // Each sub-select is a primary-key or index lookup (or a small table): O(1) on
    // millions of rows.
    const QString sql = QStringLiteral(
                            "SELECT (SELECT MAX(id) FROM audit_log), (SELECT MAX(id) FROM orders), "
                            "(SELECT MAX(id) FROM customers), (SELECT MAX(updated_at) FROM customers), "
                            "(SELECT MAX(id) FROM activities), (SELECT MAX(id) FROM tasks), "
                            "(SELECT MAX(updated_at) FROM users), (SELECT COUNT(*) FROM users), %1")
                            .arg(Rfm::currentSnapshotSql());
    Status s = Sql::execPositional(q, sql);
    if (!s)
        return s.error();
    if (!q.next())
        return Sql::queryError(q);
    return QStringLiteral("a%1.o%2.c%3.cu%4.ac%5.t%6.u%7.%8.s%9")
        .arg(toInt(q.value(0)))
        .arg(toInt(q.value(1)))
        .arg(toInt(q.value(2)))
        .arg(q.value(3).toString())
        .arg(toInt(q.value(4)))
        .arg(toInt(q.value(5)))
        .arg(q.value(6).toString())
        .arg(toInt(q.value(7)))
        .arg(toInt(q.value(8)));
}

Result<DashboardData> DashboardService::compute(const DashboardFilter &filter, const std::atomic<bool> *cancel) const
{
    if (!filter.isValid())
        return makeError(Error::Invalid, QCoreApplication::translate("Patron::Dashboard",
                                                                     "The dashboard needs a date range whose start "
                                                                     "is not after its end."));
    QElapsedTimer timer;
    timer.start();
    // PATRON_DASHBOARD_TIMING=1 prints how long each step took (for benchmarks).
    const bool trace = qEnvironmentVariableIsSet("PATRON_DASHBOARD_TIMING");
    qint64 lastStep = 0;
    const auto step = [&](const char *name) {
        if (!trace)
            return;
        const qint64 now = timer.elapsed();
        std::fprintf(stderr, "dashboard: %-12s %7.1f s\n", name, double(now - lastStep) / 1000.0);
        lastStep = now;
    };
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    const Error cancelError = makeError(Error::Cancelled, QString());

    // The version first: changes made while computing make the next look recompute.
    Result<QString> version = dataVersion();
    if (!version)
        return version.error();

    DashboardData d;
    d.filter = filter;
    d.dataVersion = version.value();
    const QSqlDatabase db = m_database.connection();
    const bool pg = m_database.backend() == Backend::PostgreSQL;
    const QString from = iso(filter.from);
    const QString toNext = iso(filter.to.addDays(1));  // ordered_at may be a date or a timestamp
    const bool byOwner = filter.ownerId != 0;
    const QString ownerCustomers = byOwner ? QStringLiteral(" AND c.owner_id = ?") : QString();
    auto withOwner = [&](QVariantList values) {
        if (byOwner)
            values << filter.ownerId;
        return values;
    };
    QSqlQuery q(db);

    // --- The current snapshot ------------------------------------------------------
    Status s = Sql::execPositional(q, QStringLiteral("SELECT cur.id, cur.as_of, cur.scheme FROM rfm_snapshots cur WHERE cur.id = %1")
                          .arg(Rfm::currentSnapshotSql()));
    if (!s)
        return s.error();
    if (q.next()) {
        d.snapshotId = toInt(q.value(0));
        d.snapshotAsOf = q.value(1).toString();
        d.scheme = q.value(2).toString();
    }
    q.finish();

    step("snapshot");
    // --- Counted orders of the range per customer and month (one pass over orders) ----
    TempTables temp(db, pg);
    const QStringList create = {
        QStringLiteral("CREATE TEMP TABLE dash_cm (customer_id BIGINT NOT NULL, owner_id BIGINT, m INTEGER NOT NULL, "
                       "revenue BIGINT NOT NULL, orders BIGINT NOT NULL)"),
        QStringLiteral("CREATE TEMP TABLE dash_c (customer_id BIGINT PRIMARY KEY, owner_id BIGINT, "
                       "revenue BIGINT NOT NULL, orders BIGINT NOT NULL, first_m INTEGER NOT NULL)"),
    };
    for (const QString &sql : create) {
        if (!q.exec(sql))
            return Sql::queryError(q);
    }
    if (!pg) {
        // Lets SQLite's sorter use a helper thread for the big GROUP BYs below.
        q.exec(QStringLiteral("PRAGMA threads = 2"));
    }
    // Grouped by the month's text (cheaper to sort than an expression per order); the
    // month index is computed once per group.
    s = Sql::execPositional(q,
            QStringLiteral("INSERT INTO dash_cm (customer_id, owner_id, m, revenue, orders) "
                           "SELECT g.customer_id, g.owner_id, %1, g.revenue, g.orders FROM "
                           "(SELECT o.customer_id AS customer_id, c.owner_id AS owner_id, substr(o.ordered_at, 1, 7) AS ym, "
                           "CAST(SUM(o.amount_cents) AS BIGINT) AS revenue, COUNT(*) AS orders "
                           "FROM orders o JOIN customers c ON c.id = o.customer_id "
                           "WHERE o.ordered_at >= ? AND o.ordered_at < ? AND %2 AND c.deleted_at IS NULL%3 "
                           "GROUP BY o.customer_id, c.owner_id, substr(o.ordered_at, 1, 7)) g")
                .arg(monthExpr(QStringLiteral("g.ym")), kCounted, ownerCustomers),
            withOwner({from, toNext}));
    if (!s)
        return s.error();
    if (cancelled())
        return cancelError;
    step("dash_cm");
    s = Sql::execPositional(q, QStringLiteral("INSERT INTO dash_c (customer_id, owner_id, revenue, orders, first_m) "
                              "SELECT customer_id, MIN(owner_id), CAST(SUM(revenue) AS BIGINT), "
                              "CAST(SUM(orders) AS BIGINT), MIN(m) FROM dash_cm GROUP BY customer_id"));
    if (!s)
        return s.error();
    if (!q.exec(QStringLiteral("CREATE INDEX dash_cm_customer_ix ON dash_cm (customer_id, m)")))
        return Sql::queryError(q);
    if (pg) {
        // Autovacuum never analyses temporary tables; the planner needs their sizes.
        q.exec(QStringLiteral("ANALYZE dash_cm"));
        q.exec(QStringLiteral("ANALYZE dash_c"));
    }
    if (cancelled())
        return cancelError;

    step("dash_c");
    // --- Totals ----------------------------------------------------------------------
    s = Sql::execPositional(q, QStringLiteral("SELECT COUNT(*), CAST(COALESCE(SUM(revenue), 0) AS BIGINT), "
                              "CAST(COALESCE(SUM(orders), 0) AS BIGINT) FROM dash_c"));
    if (!s)
        return s.error();
    if (q.next()) {
        d.buyingCustomers = toInt(q.value(0));
        d.revenueCents = toInt(q.value(1));
        d.orders = toInt(q.value(2));
    }
    q.finish();

    step("totals");
    // --- Lifecycle funnel (and the customer count) -----------------------------------
    s = Sql::execPositional(q,
            QStringLiteral("SELECT c.lifecycle_stage, COUNT(*) FROM customers c WHERE c.deleted_at IS NULL%1 "
                           "GROUP BY c.lifecycle_stage")
                .arg(ownerCustomers),
            withOwner({}));
    if (!s)
        return s.error();
    QHash<QString, qint64> stages;
    while (q.next()) {
        stages.insert(q.value(0).toString(), toInt(q.value(1)));
        d.customers += toInt(q.value(1));
    }
    q.finish();
    for (const QString &key : Dashboard::lifecycleStages())
        d.funnel << FunnelStage{key, stages.value(key)};
    if (cancelled())
        return cancelError;

    step("funnel");
    // --- RFM segments and tiers of the current snapshot -------------------------------
    if (d.snapshotId != 0) {
        s = Sql::execPositional(q,
                QStringLiteral("SELECT v.segment, v.tier, COUNT(*), CAST(COALESCE(SUM(dc.revenue), 0) AS BIGINT) "
                               "FROM rfm_values v JOIN customers c ON c.id = v.customer_id "
                               "LEFT JOIN dash_c dc ON dc.customer_id = v.customer_id "
                               "WHERE v.snapshot_id = ? AND c.deleted_at IS NULL%1 GROUP BY v.segment, v.tier")
                    .arg(ownerCustomers),
                withOwner({d.snapshotId}));
        if (!s)
            return s.error();
        QHash<QString, SegmentFigure> segments, tiers;
        QStringList extra;
        const QStringList known = Rfm::segmentKeys(d.scheme);
        while (q.next()) {
            const QString segment = q.value(0).toString();
            const QString tier = q.value(1).toString();
            const qint64 n = toInt(q.value(2));
            const qint64 revenue = toInt(q.value(3));
            SegmentFigure &sf = segments[segment];
            sf.key = segment;
            sf.customers += n;
            sf.revenueCents += revenue;
            if (!known.contains(segment) && !extra.contains(segment))
                extra << segment;
            if (!tier.isEmpty()) {
                SegmentFigure &tf = tiers[tier];
                tf.key = tier;
                tf.customers += n;
                tf.revenueCents += revenue;
            }
        }
        q.finish();
        for (const QString &key : known + extra)
            d.segments << segments.value(key, SegmentFigure{key, 0, 0});
        for (const QString &key : Rfm::tierKeys())
            d.tiers << tiers.value(key, SegmentFigure{key, 0, 0});
        if (cancelled())
            return cancelError;
    }

    step("segments");
    // --- Revenue concentration (Pareto) ------------------------------------------------
    if (d.buyingCustomers > 0) {
        const qint64 n = d.buyingCustomers;
        const qint64 points = Dashboard::kParetoPoints;
        const qint64 top20 = std::max<qint64>(1, (n * 20 + 99) / 100);  // ceil(20% of n)
        // Row rn ends a step of the curve when floor(rn·P/n) grows: rn = ceil(k·n/P).
        s = Sql::execPositional(q,
                QStringLiteral("SELECT rn, cum, revenue FROM (SELECT revenue, "
                               "ROW_NUMBER() OVER (ORDER BY revenue DESC, customer_id) AS rn, "
                               "CAST(SUM(revenue) OVER (ORDER BY revenue DESC, customer_id ROWS UNBOUNDED PRECEDING) "
                               "AS BIGINT) AS cum FROM dash_c) r "
                               "WHERE (rn * ?) / ? > ((rn - 1) * ?) / ? OR rn = ? ORDER BY rn"),
                {points, n, points, n, top20});
        if (!s)
            return s.error();
        const double total = double(d.revenueCents);
        while (q.next()) {
            const qint64 rn = toInt(q.value(0));
            const qint64 cum = toInt(q.value(1));
            const double share = total != 0 ? double(cum) / total : 0;
            if (rn == top20)
                d.top20Share = share;
            if ((rn * points) / n > ((rn - 1) * points) / n)
                d.pareto << ParetoPoint{rn, double(rn) / double(n), share, toInt(q.value(2))};
        }
        q.finish();
        if (cancelled())
            return cancelError;
    }

    step("pareto");
    // --- Monthly revenue and active customers ------------------------------------------
    const int firstMonth = monthIndex(filter.from);
    const int lastMonth = monthIndex(filter.to);
    QHash<int, MonthFigure> months;
    s = Sql::execPositional(q, QStringLiteral("SELECT m, CAST(SUM(revenue) AS BIGINT), CAST(SUM(orders) AS BIGINT), COUNT(*) "
                              "FROM dash_cm GROUP BY m"));
    if (!s)
        return s.error();
    while (q.next()) {
        MonthFigure &m = months[q.value(0).toInt()];
        m.revenueCents = toInt(q.value(1));
        m.orders = toInt(q.value(2));
        m.activeCustomers = toInt(q.value(3));
    }
    q.finish();
    for (int i = firstMonth; i <= lastMonth; ++i) {
        MonthFigure m = months.value(i);
        m.from = std::max(monthStart(i), filter.from);
        m.to = std::min(monthStart(i).addMonths(1).addDays(-1), filter.to);
        d.months << m;
    }
    if (cancelled())
        return cancelError;

    step("months");
    // --- Retention cohorts: the last 12 months of the range -----------------------------
    const int cohortFirst = std::max(firstMonth, lastMonth - Dashboard::kCohortMonths + 1);
    const QDate cohortStart = std::max(filter.from, monthStart(cohortFirst));
    // A customer belongs to cohort first_m when no counted order precedes the cohort
    // table's start (orders_customer_ix answers that per customer).
    s = Sql::execPositional(q,
            QStringLiteral("SELECT f.first_m, cm.m - f.first_m, COUNT(*) FROM "
                           "(SELECT dc.customer_id, dc.first_m FROM dash_c dc WHERE dc.first_m >= ? AND NOT EXISTS "
                           "(SELECT 1 FROM orders o WHERE o.customer_id = dc.customer_id AND o.ordered_at < ? AND %1)) f "
                           "JOIN dash_cm cm ON cm.customer_id = f.customer_id AND cm.m >= f.first_m "
                           "GROUP BY f.first_m, cm.m - f.first_m")
                .arg(kCounted),
            {cohortFirst, iso(cohortStart)});
    if (!s)
        return s.error();
    QHash<int, QHash<int, qint64>> cohortCounts;
    while (q.next())
        cohortCounts[q.value(0).toInt()].insert(q.value(1).toInt(), toInt(q.value(2)));
    q.finish();
    for (int c = cohortFirst; c <= lastMonth; ++c) {
        CohortRow row;
        row.from = std::max(monthStart(c), filter.from);
        row.to = std::min(monthStart(c).addMonths(1).addDays(-1), filter.to);
        const QHash<int, qint64> counts = cohortCounts.value(c);
        row.size = counts.value(0);
        for (int k = 0; c + k <= lastMonth && k < Dashboard::kCohortMonths; ++k)
            row.retained << counts.value(k);
        d.cohorts << row;
    }
    if (cancelled())
        return cancelError;

    step("cohorts");
    // --- Rep ranking ---------------------------------------------------------------------
    QHash<qint64, RepFigure> reps;
    auto collect = [&](const QString &sql, const QVariantList &values, qint64 RepFigure::*member) -> Status {
        Status st = Sql::execPositional(q, sql, values);
        if (!st)
            return st;
        while (q.next()) {
            const qint64 id = toInt(q.value(0));
            reps[id].userId = id;
            reps[id].*member = toInt(q.value(1));
        }
        q.finish();
        return {};
    };
    s = collect(QStringLiteral("SELECT owner_id, CAST(SUM(revenue) AS BIGINT) FROM dash_c GROUP BY owner_id"), {},
                &RepFigure::revenueCents);
    if (s)
        s = collect(QStringLiteral("SELECT c.owner_id, COUNT(*) FROM customers c WHERE c.deleted_at IS NULL "
                                   "AND c.created_at >= ? AND c.created_at < ?%1 GROUP BY c.owner_id")
                        .arg(ownerCustomers),
                    withOwner({from, toNext}), &RepFigure::newCustomers);
    if (s)
        s = collect(QStringLiteral("SELECT a.user_id, COUNT(*) FROM activities a JOIN customers c ON c.id = a.customer_id "
                                   "WHERE a.occurred_at >= ? AND a.occurred_at < ? AND c.deleted_at IS NULL%1 "
                                   "GROUP BY a.user_id")
                        .arg(byOwner ? QStringLiteral(" AND a.user_id = ?") : QString()),
                    withOwner({from, toNext}), &RepFigure::followUps);
    if (s)
        s = collect(QStringLiteral("SELECT t.assignee_id, COUNT(*) FROM tasks t LEFT JOIN customers c ON c.id = t.customer_id "
                                   "WHERE t.status = 'done' AND t.completed_at >= ? AND t.completed_at < ? "
                                   "AND c.deleted_at IS NULL%1 GROUP BY t.assignee_id")
                        .arg(byOwner ? QStringLiteral(" AND t.assignee_id = ?") : QString()),
                    withOwner({from, toNext}), &RepFigure::tasksDone);
    if (!s)
        return s.error();
    s = Sql::execPositional(q, QStringLiteral("SELECT id, display_name, active FROM users"));
    if (!s)
        return s.error();
    while (q.next()) {
        const qint64 id = toInt(q.value(0));
        // Active reps are listed even with nothing to show; with an owner filter, only them.
        const bool listed = byOwner ? id == filter.ownerId : (reps.contains(id) || q.value(2).toInt() != 0);
        if (!listed)
            continue;
        reps[id].userId = id;
        reps[id].name = q.value(1).toString();
    }
    q.finish();
    for (const RepFigure &r : std::as_const(reps)) {
        if (byOwner && r.userId != filter.ownerId)
            continue;
        if (r.userId == 0 && r.revenueCents == 0 && r.newCustomers == 0 && r.followUps == 0 && r.tasksDone == 0)
            continue;
        d.reps << r;
    }
    std::sort(d.reps.begin(), d.reps.end(), [](const RepFigure &a, const RepFigure &b) {
        if (a.revenueCents != b.revenueCents)
            return a.revenueCents > b.revenueCents;
        if ((a.userId == 0) != (b.userId == 0))
            return b.userId == 0;  // "no owner" last among equals
        return a.name != b.name ? a.name < b.name : a.userId < b.userId;
    });

    step("reps");
    d.computedAt = Values::now();
    d.computeMs = timer.elapsed();
    return d;
}

Result<std::optional<CachedDashboard>> DashboardService::cached(const DashboardFilter &filter) const
{
    const QString json = m_database.setting(cacheKey(filter));
    if (json.isEmpty())
        return std::optional<CachedDashboard>();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    Result<DashboardData> data = doc.isObject() ? DashboardData::fromJson(doc.object())
                                                : Result<DashboardData>(makeError(Error::Invalid, error.errorString()));
    if (!data)  // a damaged or older entry is simply not a cache hit
        return std::optional<CachedDashboard>();
    Result<QString> version = dataVersion();
    if (!version)
        return version.error();
    CachedDashboard c;
    c.data = data.value();
    // The owner and the preset are the slot; the dates must match as resolved today.
    c.fresh = c.data.filter.from == filter.from && c.data.filter.to == filter.to
              && c.data.dataVersion == version.value();
    return std::optional<CachedDashboard>(c);
}

Status DashboardService::store(const DashboardData &data)
{
    const QByteArray json = QJsonDocument(data.toJson()).toJson(QJsonDocument::Compact);
    return m_database.setSetting(cacheKey(data.filter), QString::fromUtf8(json));
}

Result<DashboardData> DashboardService::load(const DashboardFilter &filter, bool *fromCache,
                                             const std::atomic<bool> *cancel)
{
    if (fromCache)
        *fromCache = false;
    auto hit = cached(filter);
    if (hit && hit.value() && hit.value()->fresh) {
        if (fromCache)
            *fromCache = true;
        return hit.value()->data;
    }
    Result<DashboardData> d = compute(filter, cancel);
    if (!d)
        return d;
    // A cache that cannot be written (read-only database) only costs speed.
    (void)store(d.value());
    return d;
}

Status DashboardService::clearCache()
{
    QSqlQuery q(m_database.connection());
    return Sql::execPositional(q, QStringLiteral("DELETE FROM settings WHERE key LIKE ?"), {QString(kCachePrefix + QLatin1Char('%'))});
}

} // namespace Patron
