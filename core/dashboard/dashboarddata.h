#pragma once

#include "util/result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Patron {

/// What the dashboard (数据看板) looks at: counted orders in [from, to] (inclusive) of
/// the customers of one owner or of everyone. A preset is resolved against "today" when
/// the filter is made; the cache keeps one entry per preset (or per custom range) and
/// owner, so tomorrow's "last 12 months" finds today's figures to show while it updates.
struct DashboardFilter
{
    enum class Preset { Custom, ThisMonth, Last3Months, Last12Months, ThisYear };

    Preset preset = Preset::Last12Months;
    QDate from;
    QDate to;
    qint64 ownerId = 0;  ///< 0 = every owner

    /// Last 12 months = from the first day of the month 11 months ago to today (12 month
    /// buckets, the current one partial); last 3 months likewise; this month; this year.
    static DashboardFilter forPreset(Preset preset, const QDate &today, qint64 ownerId = 0);
    static DashboardFilter custom(const QDate &from, const QDate &to, qint64 ownerId = 0);
    /// The default: the last 12 months up to today, everyone.
    static DashboardFilter defaultFilter() { return forPreset(Preset::Last12Months, QDate::currentDate()); }

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    /// The cache slot: preset name (or the dates of a custom range) and owner.
    QString cacheSlot() const;
    static QString presetKey(Preset preset);
    bool operator==(const DashboardFilter &o) const
    {
        return preset == o.preset && from == o.from && to == o.to && ownerId == o.ownerId;
    }
};

/// Customers and revenue of one RFM segment or tier of the current snapshot.
struct SegmentFigure
{
    QString key;            ///< segment or tier key (core/rfm/rfmtypes.h)
    qint64 customers = 0;
    qint64 revenueCents = 0; ///< their counted orders in the range
};

/// One point of the revenue concentration (Pareto) curve: the top `customers` buying
/// customers, ranked by revenue in the range, bring `revenueShare` of the revenue.
struct ParetoPoint
{
    qint64 customers = 0;
    double customerShare = 0;  ///< customers / buying customers, 0..1
    double revenueShare = 0;   ///< 0..1
    qint64 thresholdCents = 0; ///< revenue of the last customer in the top group
};

struct MonthFigure
{
    QDate from;               ///< first day of the month within the range
    QDate to;                 ///< last day of the month within the range
    qint64 revenueCents = 0;
    qint64 orders = 0;
    qint64 activeCustomers = 0; ///< customers with ≥ 1 counted order in the month
    QString month() const { return from.toString(QStringLiteral("yyyy-MM")); }
};

/// Customers whose first counted order ever fell in one month of the range, and how
/// many of them bought again in each later month.
struct CohortRow
{
    QDate from;             ///< the cohort month, clipped to the range
    QDate to;
    qint64 size = 0;
    /// retained[k] = cohort customers with a counted order in month +k (k ≥ 1); index 0
    /// holds the size. Only months up to the end of the range are present.
    QList<qint64> retained;
    QString month() const { return from.toString(QStringLiteral("yyyy-MM")); }
    double share(int k) const { return size > 0 && k < retained.size() ? double(retained.at(k)) / double(size) : 0; }
};

struct FunnelStage
{
    QString key;  ///< lifecycle_stage: awareness … churned
    qint64 customers = 0;
};

/// One sales rep (负责人) in the range. userId 0 = customers without an owner.
struct RepFigure
{
    qint64 userId = 0;
    QString name;
    qint64 revenueCents = 0;  ///< counted orders of the customers the rep owns
    qint64 newCustomers = 0;  ///< customers the rep owns created in the range
    qint64 followUps = 0;     ///< activities the rep logged in the range
    qint64 tasksDone = 0;     ///< tasks assigned to the rep completed in the range
};

/// Every figure of the dashboard for one filter. Plain values, JSON round-trip (the
/// cache and `patron dashboard --format json` use the same form; money in cents).
struct DashboardData
{
    DashboardFilter filter;
    qint64 snapshotId = 0;    ///< current RFM snapshot, 0 = none
    QString snapshotAsOf;
    QString scheme;           ///< rfm8 or rf-grid
    QString computedAt;       ///< stored timestamp
    QString dataVersion;      ///< what the figures were computed from (cache key)
    qint64 computeMs = 0;

    qint64 customers = 0;       ///< not in the trash (owner filter applied)
    qint64 buyingCustomers = 0; ///< with ≥ 1 counted order in the range
    qint64 orders = 0;          ///< counted orders in the range
    qint64 revenueCents = 0;

    QList<SegmentFigure> segments;  ///< in the scheme's display order
    QList<SegmentFigure> tiers;     ///< high value, potential, to wake, general
    double top20Share = 0;          ///< revenue share of the top 20% buying customers
    QList<ParetoPoint> pareto;
    QList<MonthFigure> months;
    QList<CohortRow> cohorts;
    QList<FunnelStage> funnel;
    QList<RepFigure> reps;          ///< by revenue, highest first

    QJsonObject toJson() const;
    static Result<DashboardData> fromJson(const QJsonObject &object);
};

namespace Dashboard {
/// Lifecycle stages of the funnel in order (认知 → 流失).
QStringList lifecycleStages();
/// The stage's name in the UI language.
QString translatedStageName(const QString &key);
/// Points of the Pareto curve (at most; fewer when there are fewer buying customers).
constexpr int kParetoPoints = 40;
/// Cohort table cap: the last 12 cohort months of the range, 12 months after each.
constexpr int kCohortMonths = 12;
} // namespace Dashboard

} // namespace Patron
