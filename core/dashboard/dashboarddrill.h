#pragma once

#include "dashboarddata.h"
#include "segments/condition.h"

namespace Patron::Dashboard {

/// The customers behind a figure of the dashboard, as a segment condition
/// (core/segments/condition.h) for the customer list. Every condition is an "all" group;
/// with an owner filter its first child is `owner eq <id>`. Period leaves carry the
/// filter's dates ("from"/"to", inclusive).

/// rfm.segment eq key (current snapshot).
Condition segmentCondition(const DashboardFilter &filter, const QString &segmentKey);
/// rfm.tier eq key.
Condition tierCondition(const DashboardFilter &filter, const QString &tierKey);
/// Customers with ≥ 1 counted order in the range.
Condition buyingCondition(const DashboardFilter &filter);
/// The top group of a Pareto point: orders.amount (yuan, in the range) ≥ the point's
/// threshold. Ties at the threshold are included.
Condition paretoCondition(const DashboardFilter &filter, const ParetoPoint &point);
/// Customers with ≥ 1 counted order in the month (its part within the range).
Condition monthCondition(const DashboardFilter &filter, const MonthFigure &month);
/// The cohort (first counted order in its month) and, for k ≥ 1, of them those who
/// bought in month +k.
Condition cohortCondition(const DashboardFilter &filter, const CohortRow &row, int k);
/// lifecycle_stage eq key.
Condition stageCondition(const DashboardFilter &filter, const QString &stageKey);

enum class RepColumn { Customers, Revenue, NewCustomers };
/// The rep's customers (owner eq id; 0 = without owner), the buying ones (Revenue) or
/// those created in the range (NewCustomers). The owner filter is implied by the row.
Condition repCondition(const DashboardFilter &filter, qint64 userId, RepColumn column);

} // namespace Patron::Dashboard
