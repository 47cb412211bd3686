// patron_bench: how the customer list feels on a given database, measured through the
// real CustomerTableModel in a QTableView (offscreen by default): time to the first
// screen, search-as-you-type latency per keystroke, sorting by every list column,
// scrolling, and resident memory afterwards. Prints a plain table.
//
//   patron_bench --database ~/.cache/patron/bench/demo-1000000-seed42.sqlite

#include "importgen.h"
#include "models/customertablemodel.h"
#include "services/customerservice.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableView>
#include <QWindow>

#include <algorithm>
#include <cstdio>

using namespace Patron;

namespace {

struct Stats
{
    QList<double> samples;
    double median() const { return quantile(0.5); }
    double p95() const { return quantile(0.95); }
    double max() const { return samples.isEmpty() ? 0 : *std::max_element(samples.begin(), samples.end()); }
    double quantile(double q) const
    {
        if (samples.isEmpty())
            return 0;
        QList<double> s = samples;
        std::sort(s.begin(), s.end());
        // Nearest rank: the smallest value with at least q of the samples at or below it.
        const qsizetype rank = std::clamp<qsizetype>(qsizetype(std::ceil(q * double(s.size()))) - 1, 0, s.size() - 1);
        return s.at(rank);
    }
};

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QString status(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("n/a");
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key))
            return QString::fromLatin1(line.mid(qsizetype(qstrlen(key)) + 1).trimmed());
    }
    return QStringLiteral("n/a");
}

void row(const QString &metric, const QString &value)
{
    std::printf("%-58s %s\n", metric.toUtf8().constData(), value.toUtf8().constData());
    std::fflush(stdout);
}

QString fmt(double v)
{
    return v >= 100 ? QString::number(v, 'f', 0) : QString::number(v, 'f', 1);
}

QString statsText(const Stats &s)
{
    return QStringLiteral("median %1 ms   p95 %2 ms   max %3 ms   (n=%4)")
        .arg(fmt(s.median()), fmt(s.p95()), fmt(s.max()))
        .arg(s.samples.size());
}

/// Paints the visible rows now (fetching their page if needed), as the user would see them.
void paint(QTableView &view)
{
    view.viewport()->repaint();
}

struct Query
{
    const char *text;
    const char *what;
};

// What sales staff type into the search box, one key (or one IME commit) at a time.
const Query kQueries[] = {
    {"华联电子", "company name fragment"},
    {"上海恒瑞", "city + trade name"},
    {"深圳市华", "city prefix"},
    {"科技有限公司", "common name part"},
    {"王", "surname"},
    {"张伟", "full name"},
    {"欧阳", "two-character surname"},
    {"138", "mobile prefix"},
    {"1391234", "mobile prefix, long"},
    {"5678", "mobile last four digits (尾号)"},
    {"0755", "area code"},
    {"zhang.wei", "email local part"},
    {"qq.com", "email domain"},
    {"C00012", "customer code"},
    {"华联 深圳", "two words"},
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Import benchmarks (bench/import): no GUI needed.
    if (argc > 1 && (qstrcmp(argv[1], "gen-import") == 0 || qstrcmp(argv[1], "read-table") == 0)) {
        QCoreApplication app(argc, argv);
        QStringList args = app.arguments();
        args.removeAt(1);
        if (qstrcmp(argv[1], "gen-import") == 0)
            return Bench::generateImport(args);
        return Bench::readTable(args);
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks Patron's customer list on a database."));
    parser.addHelpOption();
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("SQLite file or postgresql:// URL."),
                                      QStringLiteral("path"));
    const QCommandLineOption jumps(QStringLiteral("jumps"), QStringLiteral("Scroll-bar jumps across the list (default 40)."),
                                   QStringLiteral("n"), QStringLiteral("40"));
    const QCommandLineOption firstScreenOnly(QStringLiteral("first-screen-only"),
                                             QStringLiteral("Only measure the time to the first screen."));
    parser.addOptions({database, jumps, firstScreenOnly});
    parser.process(app);
    if (!parser.isSet(database)) {
        std::fprintf(stderr, "patron_bench: --database is required\n");
        return 2;
    }
    const QString target = parser.value(database);
    const ConnectionSettings settings = target.contains(QLatin1String("://")) ? ConnectionSettings::fromUrl(target)
                                                                              : ConnectionSettings::sqlite(target);
    const double appReady = ms(sinceStart);

    // 1. First screen: open, count, first page, window shown and painted.
    QElapsedTimer t;
    t.start();
    auto opened = Workspace::open(settings);
    if (!opened) {
        std::fprintf(stderr, "patron_bench: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    Workspace &ws = *opened.value();
    const double openMs = ms(t);
    CustomerTableModel model(ws.customers(), ws.store());
    const double modelMs = ms(t);
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(24);
    view.setSortingEnabled(false); // sorting is driven below, column by column
    view.setModel(&model);
    view.resize(1400, 900);
    view.show();
    while (!view.windowHandle() || !view.windowHandle()->isExposed())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    paint(view);
    const double firstScreen = ms(t);
    const QString firstName = model.data(model.index(0, 1)).toString();

    qint64 orders = -1;
    {
        QSqlQuery q(ws.database().connection());
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM orders")) && q.next())
            orders = q.value(0).toLongLong();
    }
    std::printf("Patron customer list benchmark — %s\n", qPrintable(settings.describe()));
    std::printf("%lld active customers, %lld orders; window %dx%d, %d visible rows\n\n", model.totalCount(), orders,
                view.width(), view.height(), view.viewport()->height() / 24);
    row(QStringLiteral("Qt start-up (process start → QApplication)"), fmt(appReady) + QStringLiteral(" ms"));
    row(QStringLiteral("open workspace (connect, check schema)"), fmt(openMs) + QStringLiteral(" ms"));
    row(QStringLiteral("model ready (count of active customers)"), fmt(modelMs) + QStringLiteral(" ms"));
    row(QStringLiteral("first screen (open + model + first page + painted)"),
        fmt(firstScreen) + QStringLiteral(" ms   (") + fmt(appReady + firstScreen)
            + QStringLiteral(" ms from process start; first row: ") + firstName + QStringLiteral(")"));

    if (parser.isSet(firstScreenOnly))
        return 0;

    // 2. Search as you type.
    Stats all;
    QList<QPair<double, QString>> slowest;
    std::printf("\nSearch as you type (each keystroke: filter, count, first page, paint)\n");
    for (const Query &query : kQueries) {
        const QString text = QString::fromUtf8(query.text);
        Stats keys;
        qint64 matches = 0;
        for (qsizetype i = 1; i <= text.size(); ++i) {
            CustomerFilter filter;
            filter.search = text.left(i);
            QElapsedTimer k;
            k.start();
            model.setFilter(filter);
            paint(view);
            const double elapsed = ms(k);
            keys.samples << elapsed;
            all.samples << elapsed;
            slowest.append({elapsed, filter.search});
            matches = model.totalCount();
        }
        row(QStringLiteral("  %1 \"%2\"").arg(QString::fromUtf8(query.what), text),
            QStringLiteral("median %1 ms   max %2 ms   → %3 matches").arg(fmt(keys.median()), fmt(keys.max())).arg(matches));
        model.setFilter(CustomerFilter{});
    }
    row(QStringLiteral("all keystrokes"), statsText(all));
    std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList worst;
    for (qsizetype i = 0; i < std::min<qsizetype>(5, slowest.size()); ++i)
        worst << QStringLiteral("\"%1\" %2 ms").arg(slowest.at(i).second, fmt(slowest.at(i).first));
    row(QStringLiteral("slowest keystrokes"), worst.join(QLatin1String(", ")));
    {
        CustomerFilter filter;
        filter.search = QStringLiteral("华联");
        model.setFilter(filter);
        QElapsedTimer k;
        k.start();
        model.setFilter(CustomerFilter{});
        paint(view);
        row(QStringLiteral("clear the search (back to the full list)"), fmt(ms(k)) + QStringLiteral(" ms"));
    }

    // 3. Sort by every list column, both directions.
    std::printf("\nSort by column (sort, first page, paint; target < 1000 ms)\n");
    Stats sorts;
    for (int c = 0; c < model.columnCount(); ++c) {
        QStringList parts;
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QElapsedTimer k;
            k.start();
            model.sort(c, order);
            paint(view);
            const double elapsed = ms(k);
            sorts.samples << elapsed;
            parts << QStringLiteral("%1 %2 ms%3")
                         .arg(order == Qt::AscendingOrder ? QStringLiteral("asc ") : QStringLiteral("desc"))
                         .arg(fmt(elapsed), 6)
                         .arg(elapsed >= 1000 ? QStringLiteral(" (SLOW)") : QString());
        }
        row(QStringLiteral("  %1").arg(model.headerData(c, Qt::Horizontal, CustomerTableModel::ColumnKeyRole).toString()),
            parts.join(QLatin1String("   ")));
    }
    row(QStringLiteral("all sorts"), statsText(sorts));
    model.sort(-1, Qt::AscendingOrder);
    paint(view);

    // 4. Scrolling: page by page from the top, then scroll-bar jumps across the list.
    std::printf("\nScrolling\n");
    Stats pages, jumpsStats;
    QScrollBar *bar = view.verticalScrollBar();
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer k;
        k.start();
        bar->setValue(bar->value() + bar->pageStep());
        paint(view);
        pages.samples << ms(k);
    }
    row(QStringLiteral("page down ×200 from the top"), statsText(pages));
    const int n = std::max(2, parser.value(jumps).toInt());
    for (int i = 0; i < n; ++i) {
        QElapsedTimer k;
        k.start();
        bar->setValue(int(qint64(bar->maximum()) * i / (n - 1)));
        paint(view);
        jumpsStats.samples << ms(k);
    }
    row(QStringLiteral("scroll-bar jumps across the whole list"), statsText(jumpsStats));
    row(QStringLiteral("  jump to the end"), fmt(jumpsStats.samples.last()) + QStringLiteral(" ms"));

    std::printf("\nMemory\n");
    row(QStringLiteral("VmRSS after scrolling"), status("VmRSS:"));
    row(QStringLiteral("VmHWM (peak resident)"), status("VmHWM:"));
    return 0;
}
