// rfm_bench: the RFM engine on a given database (bench/rfm). A tool, not a ctest.
//
//   rfm_bench --database FILE --as-of 2026-06-30 [--runs 3] [--incremental 20] [--reset]
//
// Prints the time of each full pass (RfmEngine::compute: aggregate, scores, segments,
// transitions, pruning, commit) and their median; meanwhile another thread with its own
// connection saves a setting every 50 ms (as an edit elsewhere would) and the longest of
// those saves is printed: how long the passes made a writer wait for the database's write
// lock. Then the latency of incremental updates:
// for each of N customers spread over the id range, one order is inserted through
// RecordStore (as the GUI does; not timed) and RfmEngine::updateCustomer() is timed. The
// inserted orders are deleted again afterwards.

#include "rfm/rfmengine.h"
#include "rfm/rfmsettings.h"
#include "rfm/rfmtypes.h"
#include "services/recordstore.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <thread>

using namespace Patron;

namespace {

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("SQLite file or postgresql:// URL."),
                                      QStringLiteral("path"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), QStringLiteral("As-of date."),
                                  QStringLiteral("date"), QStringLiteral("2026-06-30"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Full passes (default 3)."), QStringLiteral("n"),
                                  QStringLiteral("3"));
    const QCommandLineOption incremental(QStringLiteral("incremental"),
                                         QStringLiteral("Incremental updates (default 20)."),
                                         QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption reset(QStringLiteral("reset"),
                                   QStringLiteral("Delete earlier snapshots first."));
    p.addOptions({database, asOf, runs, incremental, reset});
    p.process(app);
    const QString target = p.value(database);
    const ConnectionSettings settings = target.contains(QLatin1String("://"))
        ? ConnectionSettings::fromUrl(target)
        : ConnectionSettings::sqlite(target);
    auto opened = Workspace::open(settings);
    if (!opened) {
        std::fprintf(stderr, "rfm_bench: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    Workspace &ws = *opened.value();
    Database &db = ws.database();
    const QDate date = QDate::fromString(p.value(asOf), Qt::ISODate);
    if (p.isSet(reset)) {
        QSqlQuery q(db.connection());
        for (const char *sql :
             {"DELETE FROM rfm_transitions", "DELETE FROM rfm_values", "DELETE FROM rfm_snapshots"})
            q.exec(QString::fromLatin1(sql));
    }
    RfmSettings rfm;
    rfm.keepSnapshots = 2; // the third pass also prunes a snapshot's values, as steady state does
    RfmEngine engine(db);
    QList<double> full;
    std::atomic<bool> stop {false};
    double longestSave = 0;
    int saves = 0, failedSaves = 0;
    std::thread prober([&] {
        while (!stop) {
            QElapsedTimer t;
            t.start();
            if (!db.setSetting(QStringLiteral("bench.probe"), QString::number(saves)))
                ++failedSaves;
            longestSave = std::max(longestSave, double(t.nsecsElapsed()) / 1e6);
            ++saves;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        db.releaseThreadConnection();
    });
    struct Join
    {
        std::atomic<bool> &stop;
        std::thread &t;
        ~Join()
        {
            stop = true;
            if (t.joinable())
                t.join();
        }
    } join {stop, prober};
    for (int i = 0; i < p.value(runs).toInt(); ++i) {
        QElapsedTimer t;
        t.start();
        const std::clock_t cpu0 = std::clock();
        auto r = engine.compute(rfm, date);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        // Process CPU time (this thread and the prober's few saves): on a machine shared
        // with other builds, the wall clock above mostly measures how loaded it was.
        const double cpuMs = double(std::clock() - cpu0) * 1000.0 / CLOCKS_PER_SEC;
        if (!r) {
            std::fprintf(stderr, "rfm_bench: %s\n", qPrintable(r.error().message));
            return 1;
        }
        full << ms;
        std::printf("full pass %d: %.0f ms, cpu %.0f ms (snapshot %lld: %lld customers, %lld scored)\n",
                    i + 1, ms, cpuMs, r->id, r->customerCount, r->scoredCount);
        std::fflush(stdout);
    }
    std::printf("full pass median: %.0f ms\n", median(full));
    stop = true;
    prober.join();
    std::printf("concurrent saves during the passes: %d, longest %.0f ms, failed %d\n", saves,
                longestSave, failedSaves);
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("DELETE FROM settings WHERE key = 'bench.probe'"));
    }
    {
        // Before the incremental updates below change a few customers' rows.
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT segment, COUNT(*) FROM rfm_values WHERE snapshot_id = ")
               + Rfm::currentSnapshotSql() + QStringLiteral(" GROUP BY segment ORDER BY segment"));
        while (q.next())
            std::printf("segment %s %lld\n", qPrintable(q.value(0).toString()),
                        q.value(1).toLongLong());
    }

    const int n = p.value(incremental).toInt();
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT MIN(id), MAX(id) FROM customers WHERE deleted_at IS NULL"));
    q.next();
    const qint64 lo = q.value(0).toLongLong(), hi = q.value(1).toLongLong();
    q.finish();
    QList<double> inc;
    QList<qint64> added;
    for (int i = 0; i < n && hi >= lo; ++i) {
        const qint64 customer = lo + (hi - lo) * (2 * i + 1) / (2 * n);
        auto order = ws.store().insert(Entity::Order,
                                       Record {{QStringLiteral("customer_id"), customer},
                                               {QStringLiteral("ordered_at"), p.value(asOf)},
                                               {QStringLiteral("amount_cents"), 123456}});
        if (!order) {
            std::fprintf(stderr, "rfm_bench: %s\n", qPrintable(order.error().message));
            continue;
        }
        added << order.value();
        QElapsedTimer t;
        t.start();
        auto r = engine.updateCustomer(customer);
        inc << double(t.nsecsElapsed()) / 1e6;
        if (!r)
            std::fprintf(stderr, "rfm_bench: %s\n", qPrintable(r.error().message));
    }
    for (qint64 id : std::as_const(added))
        ws.store().remove(Entity::Order, id);
    if (!inc.isEmpty())
        std::printf("incremental update (%lld updates): median %.2f ms, max %.2f ms\n",
                    qint64(inc.size()), median(inc), *std::max_element(inc.begin(), inc.end()));
    return 0;
}
