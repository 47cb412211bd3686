#include "dashboarddata.h"

#include "domain/entity.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Patron {

namespace {

QString date(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QDate parseDate(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

qint64 integer(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

QJsonArray segmentsJson(const QList<SegmentFigure> &list)
{
    QJsonArray a;
    for (const SegmentFigure &s : list)
        a.append(QJsonObject{{QStringLiteral("key"), s.key},
                             {QStringLiteral("customers"), s.customers},
                             {QStringLiteral("revenue_cents"), s.revenueCents}});
    return a;
}

QList<SegmentFigure> segmentsFrom(const QJsonValue &v)
{
    QList<SegmentFigure> out;
    for (const QJsonValue &item : v.toArray()) {
        const QJsonObject o = item.toObject();
        out << SegmentFigure{o.value(QLatin1String("key")).toString(), integer(o, "customers"),
                             integer(o, "revenue_cents")};
    }
    return out;
}

} // namespace

DashboardFilter DashboardFilter::forPreset(Preset preset, const QDate &today, qint64 ownerId)
{
    DashboardFilter f;
    f.preset = preset;
    f.ownerId = ownerId;
    f.to = today;
    const QDate monthStart(today.year(), today.month(), 1);
    switch (preset) {
    case Preset::ThisMonth:
        f.from = monthStart;
        break;
    case Preset::Last3Months:
        f.from = monthStart.addMonths(-2);
        break;
    case Preset::ThisYear:
        f.from = QDate(today.year(), 1, 1);
        break;
    case Preset::Custom:
    case Preset::Last12Months:
        f.preset = Preset::Last12Months;
        f.from = monthStart.addMonths(-11);
        break;
    }
    return f;
}

DashboardFilter DashboardFilter::custom(const QDate &from, const QDate &to, qint64 ownerId)
{
    DashboardFilter f;
    f.preset = Preset::Custom;
    f.from = from;
    f.to = to;
    f.ownerId = ownerId;
    return f;
}

QString DashboardFilter::presetKey(Preset preset)
{
    switch (preset) {
    case Preset::ThisMonth: return QStringLiteral("this_month");
    case Preset::Last3Months: return QStringLiteral("last_3_months");
    case Preset::Last12Months: return QStringLiteral("last_12_months");
    case Preset::ThisYear: return QStringLiteral("this_year");
    case Preset::Custom: break;
    }
    return QStringLiteral("custom");
}

QString DashboardFilter::cacheSlot() const
{
    const QString range = preset == Preset::Custom ? date(from) + QLatin1Char('_') + date(to) : presetKey(preset);
    return range + QStringLiteral("/owner=") + QString::number(ownerId);
}

QJsonObject DashboardData::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("from"), date(filter.from));
    o.insert(QStringLiteral("to"), date(filter.to));
    o.insert(QStringLiteral("preset"), DashboardFilter::presetKey(filter.preset));
    o.insert(QStringLiteral("owner_id"), filter.ownerId);
    o.insert(QStringLiteral("snapshot_id"), snapshotId);
    o.insert(QStringLiteral("snapshot_as_of"), snapshotAsOf);
    o.insert(QStringLiteral("scheme"), scheme);
    o.insert(QStringLiteral("computed_at"), computedAt);
    o.insert(QStringLiteral("data_version"), dataVersion);
    o.insert(QStringLiteral("compute_ms"), computeMs);
    o.insert(QStringLiteral("customers"), customers);
    o.insert(QStringLiteral("buying_customers"), buyingCustomers);
    o.insert(QStringLiteral("orders"), orders);
    o.insert(QStringLiteral("revenue_cents"), revenueCents);
    o.insert(QStringLiteral("segments"), segmentsJson(segments));
    o.insert(QStringLiteral("tiers"), segmentsJson(tiers));
    o.insert(QStringLiteral("top20_share"), top20Share);
    QJsonArray pa;
    for (const ParetoPoint &p : pareto)
        pa.append(QJsonObject{{QStringLiteral("customers"), p.customers},
                              {QStringLiteral("customer_share"), p.customerShare},
                              {QStringLiteral("revenue_share"), p.revenueShare},
                              {QStringLiteral("threshold_cents"), p.thresholdCents}});
    o.insert(QStringLiteral("pareto"), pa);
    QJsonArray ma;
    for (const MonthFigure &m : months)
        ma.append(QJsonObject{{QStringLiteral("month"), m.month()},
                              {QStringLiteral("from"), date(m.from)},
                              {QStringLiteral("to"), date(m.to)},
                              {QStringLiteral("revenue_cents"), m.revenueCents},
                              {QStringLiteral("orders"), m.orders},
                              {QStringLiteral("active_customers"), m.activeCustomers}});
    o.insert(QStringLiteral("months"), ma);
    QJsonArray ca;
    for (const CohortRow &c : cohorts) {
        QJsonArray retained;
        for (qint64 n : c.retained)
            retained.append(n);
        ca.append(QJsonObject{{QStringLiteral("month"), c.month()},
                              {QStringLiteral("from"), date(c.from)},
                              {QStringLiteral("to"), date(c.to)},
                              {QStringLiteral("size"), c.size},
                              {QStringLiteral("retained"), retained}});
    }
    o.insert(QStringLiteral("cohorts"), ca);
    QJsonArray fa;
    for (const FunnelStage &s : funnel)
        fa.append(QJsonObject{{QStringLiteral("stage"), s.key}, {QStringLiteral("customers"), s.customers}});
    o.insert(QStringLiteral("funnel"), fa);
    QJsonArray ra;
    for (const RepFigure &r : reps)
        ra.append(QJsonObject{{QStringLiteral("user_id"), r.userId},
                              {QStringLiteral("name"), r.name},
                              {QStringLiteral("revenue_cents"), r.revenueCents},
                              {QStringLiteral("new_customers"), r.newCustomers},
                              {QStringLiteral("follow_ups"), r.followUps},
                              {QStringLiteral("tasks_done"), r.tasksDone}});
    o.insert(QStringLiteral("reps"), ra);
    return o;
}

Result<DashboardData> DashboardData::fromJson(const QJsonObject &o)
{
    DashboardData d;
    d.filter.from = parseDate(o.value(QLatin1String("from")));
    d.filter.to = parseDate(o.value(QLatin1String("to")));
    const QString preset = o.value(QLatin1String("preset")).toString();
    d.filter.preset = DashboardFilter::Preset::Custom;
    for (auto p : {DashboardFilter::Preset::ThisMonth, DashboardFilter::Preset::Last3Months,
                   DashboardFilter::Preset::Last12Months, DashboardFilter::Preset::ThisYear}) {
        if (DashboardFilter::presetKey(p) == preset)
            d.filter.preset = p;
    }
    d.filter.ownerId = integer(o, "owner_id");
    if (!d.filter.isValid())
        return makeError(Error::Invalid, QStringLiteral("dashboard cache entry without a valid range"));
    d.snapshotId = integer(o, "snapshot_id");
    d.snapshotAsOf = o.value(QLatin1String("snapshot_as_of")).toString();
    d.scheme = o.value(QLatin1String("scheme")).toString();
    d.computedAt = o.value(QLatin1String("computed_at")).toString();
    d.dataVersion = o.value(QLatin1String("data_version")).toString();
    d.computeMs = integer(o, "compute_ms");
    d.customers = integer(o, "customers");
    d.buyingCustomers = integer(o, "buying_customers");
    d.orders = integer(o, "orders");
    d.revenueCents = integer(o, "revenue_cents");
    d.segments = segmentsFrom(o.value(QLatin1String("segments")));
    d.tiers = segmentsFrom(o.value(QLatin1String("tiers")));
    d.top20Share = o.value(QLatin1String("top20_share")).toDouble();
    for (const QJsonValue &v : o.value(QLatin1String("pareto")).toArray()) {
        const QJsonObject p = v.toObject();
        d.pareto << ParetoPoint{integer(p, "customers"), p.value(QLatin1String("customer_share")).toDouble(),
                                p.value(QLatin1String("revenue_share")).toDouble(), integer(p, "threshold_cents")};
    }
    for (const QJsonValue &v : o.value(QLatin1String("months")).toArray()) {
        const QJsonObject m = v.toObject();
        d.months << MonthFigure{parseDate(m.value(QLatin1String("from"))), parseDate(m.value(QLatin1String("to"))),
                                integer(m, "revenue_cents"), integer(m, "orders"), integer(m, "active_customers")};
    }
    for (const QJsonValue &v : o.value(QLatin1String("cohorts")).toArray()) {
        const QJsonObject c = v.toObject();
        CohortRow row{parseDate(c.value(QLatin1String("from"))), parseDate(c.value(QLatin1String("to"))),
                      integer(c, "size"), {}};
        for (const QJsonValue &n : c.value(QLatin1String("retained")).toArray())
            row.retained << qint64(n.toDouble());
        d.cohorts << row;
    }
    for (const QJsonValue &v : o.value(QLatin1String("funnel")).toArray()) {
        const QJsonObject s = v.toObject();
        d.funnel << FunnelStage{s.value(QLatin1String("stage")).toString(), integer(s, "customers")};
    }
    for (const QJsonValue &v : o.value(QLatin1String("reps")).toArray()) {
        const QJsonObject r = v.toObject();
        d.reps << RepFigure{integer(r, "user_id"), r.value(QLatin1String("name")).toString(),
                            integer(r, "revenue_cents"), integer(r, "new_customers"), integer(r, "follow_ups"),
                            integer(r, "tasks_done")};
    }
    return d;
}

namespace Dashboard {

QStringList lifecycleStages()
{
    return {QStringLiteral("awareness"), QStringLiteral("consideration"), QStringLiteral("purchase"),
            QStringLiteral("use"), QStringLiteral("loyal"), QStringLiteral("churned")};
}

QString translatedStageName(const QString &key)
{
    return choiceLabel(Entity::Customer, QStringLiteral("lifecycle_stage"), key);
}

} // namespace Dashboard

} // namespace Patron
