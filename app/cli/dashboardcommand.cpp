// patron dashboard [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--owner NAME] [--format text|json] [--refresh]

#include "clicommands.h"
#include "cliutil.h"

#include "dashboard/dashboardservice.h"
#include "rfm/rfmsettings.h"
#include "rfm/rfmtypes.h"
#include "services/tagservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "util/values.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>

namespace Patron::Cli {

namespace {

// Terminal columns of a text: CJK and full-width characters take two.
int displayWidth(const QString &text)
{
    int w = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                          || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                          || (c >= 0xFFE0 && c <= 0xFFE6);
        w += wide ? 2 : 1;
    }
    return w;
}

QString pad(const QString &text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
}

QString lpad(const QString &text, int width)
{
    return QString(std::max(0, width - displayWidth(text)), QLatin1Char(' ')) + text;
}

QString number(qint64 n)
{
    QString s = QString::number(n < 0 ? -n : n);
    for (int i = int(s.size()) - 3; i > 0; i -= 3)
        s.insert(i, QLatin1Char(','));
    return n < 0 ? QLatin1Char('-') + s : s;
}

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%');
}

} // namespace

// A member of CommandLine so that tr() (and lupdate) use its context.
QString CommandLine::dashboardReport(const DashboardData &d, const QString &ownerName, bool fromCache,
                                     const RfmLabels &labels)
{
    QString out;
    out += tr("Dashboard %1 – %2, owner: %3\n")
               .arg(d.filter.from.toString(Qt::ISODate), d.filter.to.toString(Qt::ISODate),
                    ownerName.isEmpty() ? tr("everyone") : ownerName);
    out += tr("Customers %1, buying in the range %2, counted orders %3, revenue %4\n")
               .arg(number(d.customers), number(d.buyingCustomers), number(d.orders), Values::formatMoney(d.revenueCents));

    out += QLatin1Char('\n');
    if (d.snapshotId == 0) {
        out += tr("RFM segments: no RFM snapshot yet (run patron rfm).\n");
    } else {
        out += tr("RFM segments (snapshot %1 as of %2): customers, revenue in the range\n").arg(d.snapshotId).arg(d.snapshotAsOf);
        for (const SegmentFigure &s : d.segments)
            out += QStringLiteral("  ") + pad(labels.segmentLabel(s.key), 16) + lpad(number(s.customers), 12)
                   + lpad(Values::formatMoney(s.revenueCents), 22) + QLatin1Char('\n');
        out += tr("Tiers (value pyramid):\n");
        for (const SegmentFigure &s : d.tiers)
            out += QStringLiteral("  ") + pad(labels.tierLabel(s.key), 16) + lpad(number(s.customers), 12)
                   + lpad(Values::formatMoney(s.revenueCents), 22) + QLatin1Char('\n');
    }

    out += QLatin1Char('\n');
    out += tr("Revenue concentration: the top 20% of buying customers bring %1 of the revenue.\n").arg(percent(d.top20Share));

    out += QLatin1Char('\n');
    out += tr("Month      revenue                counted orders  active customers\n");
    for (const MonthFigure &m : d.months)
        out += pad(m.month(), 9) + lpad(Values::formatMoney(m.revenueCents), 18) + lpad(number(m.orders), 18)
               + lpad(number(m.activeCustomers), 18) + QLatin1Char('\n');

    out += QLatin1Char('\n');
    out += tr("Retention cohorts (first order month, customers, share buying in month +1, +2, …):\n");
    for (const CohortRow &c : d.cohorts) {
        QString line = QStringLiteral("  ") + pad(c.month(), 9) + lpad(number(c.size), 10);
        for (int k = 1; k < c.retained.size(); ++k)
            line += lpad(percent(c.share(k)), 8);
        out += line + QLatin1Char('\n');
    }

    out += QLatin1Char('\n');
    out += tr("Lifecycle funnel:\n");
    for (const FunnelStage &s : d.funnel)
        out += QStringLiteral("  ") + pad(Dashboard::translatedStageName(s.key), 16) + lpad(number(s.customers), 12)
               + QLatin1Char('\n');

    out += QLatin1Char('\n');
    out += tr("Rep ranking: revenue, new customers, follow-ups, tasks done\n");
    for (const RepFigure &r : d.reps)
        out += QStringLiteral("  ") + pad(r.userId == 0 ? tr("(no owner)") : r.name, 16)
               + lpad(Values::formatMoney(r.revenueCents), 20) + lpad(number(r.newCustomers), 10)
               + lpad(number(r.followUps), 10) + lpad(number(r.tasksDone), 10) + QLatin1Char('\n');

    out += QLatin1Char('\n');
    out += (fromCache ? tr("Figures from the cache, computed at %1 in %2 ms.\n")
                      : tr("Figures computed at %1 in %2 ms.\n"))
               .arg(d.computedAt)
               .arg(d.computeMs);
    return out;
}

int CommandLine::runDashboard(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Prints the figures of the dashboard (数据看板): customers and revenue by RFM segment and tier "
           "(current snapshot), revenue concentration (top 20% and the Pareto curve), monthly revenue and "
           "active customers, retention cohorts, the lifecycle funnel and the rep ranking. Revenue counts "
           "orders that are not cancelled or refunded, in the date range (default: the last 12 months up to "
           "today); customers in the trash are left out. Figures are cached in the database and computed "
           "again when the data changed."));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day of the range (YYYY-MM-DD)."), tr("date"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day of the range (YYYY-MM-DD, default today)."), tr("date"));
    const QCommandLineOption owner(QStringLiteral("owner"), tr("Only the customers of this owner (user name or display name)."),
                                   tr("name"));
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")}, tr("Output format: text (default) or json."),
                                    tr("format"), QStringLiteral("text"));
    const QCommandLineOption refresh(QStringLiteral("refresh"), tr("Compute the figures again even when the cached ones are current."));
    p.addOptions({from, to, owner, format, refresh});
    int exit = Success;
    if (!parse(p, QStringLiteral("dashboard"), args, &exit))
        return exit;
    const QString fmt = p.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json")) {
        printError(tr("dashboard: unknown format \"%1\"; use text or json.").arg(fmt));
        return Usage;
    }
    auto parseDate = [&](const QCommandLineOption &o, QDate *out) {
        if (!p.isSet(o))
            return true;
        *out = QDate::fromString(p.value(o), Qt::ISODate);
        if (!out->isValid() || p.value(o).size() != 10) {
            printError(tr("dashboard: --%1 must be a date like 2025-06-30, not \"%2\".").arg(o.names().constFirst(), p.value(o)));
            return false;
        }
        return true;
    };
    QDate fromDate, toDate;
    if (!parseDate(from, &fromDate) || !parseDate(to, &toDate))
        return Usage;

    auto ws = openWorkspace();
    if (!ws) {
        printError(ws.error().message);
        return Failure;
    }
    Workspace &workspace = *ws.value();
    qint64 ownerId = 0;
    if (p.isSet(owner)) {
        const auto id = workspace.users().findByName(p.value(owner));
        if (!id) {
            printError(tr("dashboard: %1").arg(id.error().message));
            return Failure;
        }
        ownerId = id.value();
    }
    // The GUI's default (last 12 months) when no date is given, so both share the cache.
    DashboardFilter filter;
    if (!p.isSet(from) && !p.isSet(to)) {
        filter = DashboardFilter::forPreset(DashboardFilter::Preset::Last12Months, QDate::currentDate(), ownerId);
    } else {
        if (!toDate.isValid())
            toDate = QDate::currentDate();
        if (!fromDate.isValid())
            fromDate = QDate(toDate.year(), toDate.month(), 1).addMonths(-11);
        if (fromDate > toDate) {
            printError(tr("dashboard: --from must not be after --to."));
            return Usage;
        }
        filter = DashboardFilter::custom(fromDate, toDate, ownerId);
    }

    DashboardService service(workspace.database());
    bool fromCache = false;
    Result<DashboardData> data = p.isSet(refresh) ? service.compute(filter) : service.load(filter, &fromCache);
    if (data && p.isSet(refresh))
        (void)service.store(data.value());
    if (!data) {
        printError(data.error().message);
        return Failure;
    }
    if (fmt == QLatin1String("json")) {
        QJsonObject o = data->toJson();
        o.insert(QStringLiteral("from_cache"), fromCache);
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        return Success;
    }
    QString ownerName;
    for (const RepFigure &r : data->reps) {
        if (ownerId != 0 && r.userId == ownerId)
            ownerName = r.name;
    }
    if (ownerId != 0 && ownerName.isEmpty())
        ownerName = p.value(owner);
    const Result<RfmSettings> rfm = RfmSettings::load(workspace.database());
    printOut(dashboardReport(data.value(), ownerName, fromCache, rfm ? rfm->labels : RfmLabels{}));
    return Success;
}

} // namespace Patron::Cli
