// patron_dashboard_bench: how the dashboard screen opens on a given database, through
// the real DashboardView offscreen. Prints plain lines:
//   - cold: cache cleared, time until the computed figures are shown, and the longest
//     stall of the GUI event loop meanwhile (the worker thread computes);
//   - cached: a fresh view on the cached figures, time until they are shown (median).
//
//   patron_dashboard_bench --database FILE --from 2025-07-01 --to 2026-06-30 [--runs 3]

#include "dashboard/dashboardservice.h"
#include "dashboard/dashboardview.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Patron;

namespace {

void row(const QString &metric, const QString &value)
{
    std::printf("%-58s %s\n", metric.toUtf8().constData(), value.toUtf8().constData());
    std::fflush(stdout);
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

struct Open
{
    double shownMs = 0;    ///< until the figures are on screen and no computation runs
    double maxStallMs = 0; ///< longest gap between 10 ms ticks of the GUI event loop
};

Open openView(Workspace &ws, const DashboardFilter &filter)
{
    QElapsedTimer timer;
    timer.start();
    DashboardView view(ws);
    view.resize(1400, 1000);
    view.setFilter(filter);
    view.show();
    // Ticks every 10 ms: a long gap means the GUI thread was busy.
    QElapsedTimer tick;
    tick.start();
    double maxStall = 0;
    QTimer probe;
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, &view, [&] {
        maxStall = std::max(maxStall, double(tick.nsecsElapsed()) / 1e6);
        tick.restart();
    });
    probe.start();
    while (!(view.hasData() && !view.isLoading()))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QCoreApplication::processEvents();
    Open o;
    o.shownMs = double(timer.nsecsElapsed()) / 1e6;
    o.maxStallMs = maxStall;
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("SQLite file or URL"), QStringLiteral("db"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("first day"), QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("last day"), QStringLiteral("date"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("runs per measurement"), QStringLiteral("n"),
                                  QStringLiteral("3"));
    p.addOptions({database, from, to, runs});
    p.addHelpOption();
    p.process(app);
    const QString target = p.value(database);
    ConnectionSettings settings = target.contains(QLatin1String("://")) ? ConnectionSettings::fromUrl(target)
                                                                         : ConnectionSettings::sqlite(target);
    auto ws = Workspace::open(settings);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        return 1;
    }
    const DashboardFilter filter = DashboardFilter::custom(QDate::fromString(p.value(from), Qt::ISODate),
                                                           QDate::fromString(p.value(to), Qt::ISODate));
    const int n = std::max(1, p.value(runs).toInt());
    DashboardService service(ws.value()->database());

    QList<double> cold, stalls;
    for (int i = 0; i < n; ++i) {
        (void)service.clearCache();
        const Open o = openView(*ws.value(), filter);
        cold << o.shownMs;
        stalls << o.maxStallMs;
    }
    row(QStringLiteral("GUI open, no cache: figures shown (median of %1)").arg(n),
        QStringLiteral("%1 ms   (runs: %2)").arg(median(cold), 0, 'f', 0).arg([&] {
            QStringList s;
            for (double v : cold)
                s << QString::number(v, 'f', 0);
            return s.join(QLatin1Char(' '));
        }()));
    row(QStringLiteral("  longest GUI event-loop stall meanwhile (median)"), QStringLiteral("%1 ms").arg(median(stalls), 0, 'f', 0));

    QList<double> cached;
    for (int i = 0; i < n; ++i)
        cached << openView(*ws.value(), filter).shownMs;
    row(QStringLiteral("GUI open, cached figures shown (median of %1)").arg(n),
        QStringLiteral("%1 ms   (runs: %2)").arg(median(cached), 0, 'f', 0).arg([&] {
            QStringList s;
            for (double v : cached)
                s << QString::number(v, 'f', 0);
            return s.join(QLatin1Char(' '));
        }()));

    // Stale cache: the data changed since (a new audit row); old figures show at once.
    {
        QElapsedTimer t;
        t.start();
        auto c = service.cached(filter);
        row(QStringLiteral("cache lookup (version check + read)"), QStringLiteral("%1 ms").arg(double(t.nsecsElapsed()) / 1e6, 0, 'f', 1));
        if (c && c.value())
            row(QStringLiteral("computation time stored with the figures"), QStringLiteral("%1 ms").arg(c.value()->data.computeMs));
    }
    return 0;
}
