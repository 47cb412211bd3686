#include "dashboarddrill.h"

namespace Patron::Dashboard {

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

Condition scoped(const DashboardFilter &filter, QList<Condition> children)
{
    if (filter.ownerId != 0)
        children.prepend(Condition::leaf(QStringLiteral("owner"), QStringLiteral("eq"), filter.ownerId));
    return Condition::all(children);
}

Condition ordersIn(const QDate &from, const QDate &to)
{
    Condition c = Condition::leaf(QStringLiteral("orders.count"), QStringLiteral("ge"), 1);
    c.from = iso(from);
    c.to = iso(to);
    return c;
}

} // namespace

Condition segmentCondition(const DashboardFilter &filter, const QString &segmentKey)
{
    return scoped(filter, {Condition::leaf(QStringLiteral("rfm.segment"), QStringLiteral("eq"), segmentKey)});
}

Condition tierCondition(const DashboardFilter &filter, const QString &tierKey)
{
    return scoped(filter, {Condition::leaf(QStringLiteral("rfm.tier"), QStringLiteral("eq"), tierKey)});
}

Condition buyingCondition(const DashboardFilter &filter)
{
    return scoped(filter, {ordersIn(filter.from, filter.to)});
}

Condition paretoCondition(const DashboardFilter &filter, const ParetoPoint &point)
{
    // Yuan as a number with two decimals' precision (the condition language's unit).
    Condition c = Condition::leaf(QStringLiteral("orders.amount"), QStringLiteral("ge"),
                                  double(point.thresholdCents) / 100.0);
    c.from = iso(filter.from);
    c.to = iso(filter.to);
    return scoped(filter, {ordersIn(filter.from, filter.to), c});
}

Condition monthCondition(const DashboardFilter &filter, const MonthFigure &month)
{
    return scoped(filter, {ordersIn(month.from, month.to)});
}

Condition cohortCondition(const DashboardFilter &filter, const CohortRow &row, int k)
{
    QList<Condition> children{Condition::leaf(QStringLiteral("orders.first_at"), QStringLiteral("between"),
                                              QVariantList{iso(row.from), iso(row.to)})};
    if (k >= 1) {
        const QDate start = QDate(row.from.year(), row.from.month(), 1).addMonths(k);
        const QDate end = std::min(start.addMonths(1).addDays(-1), filter.to);
        children << ordersIn(start, end);
    }
    return scoped(filter, children);
}

Condition stageCondition(const DashboardFilter &filter, const QString &stageKey)
{
    return scoped(filter, {Condition::leaf(QStringLiteral("lifecycle_stage"), QStringLiteral("eq"), stageKey)});
}

Condition repCondition(const DashboardFilter &filter, qint64 userId, RepColumn column)
{
    QList<Condition> children{Condition::leaf(QStringLiteral("owner"), QStringLiteral("eq"), userId)};
    if (column == RepColumn::Revenue)
        children << ordersIn(filter.from, filter.to);
    if (column == RepColumn::NewCustomers) {
        // created_at is a timestamp: "before the next day" is right whether the compiler
        // compares text or dates.
        children << Condition::leaf(QStringLiteral("created_at"), QStringLiteral("ge"), iso(filter.from))
                 << Condition::leaf(QStringLiteral("created_at"), QStringLiteral("lt"), iso(filter.to.addDays(1)));
    }
    return Condition::all(children);
}

} // namespace Patron::Dashboard
