// patron rfm [--as-of YYYY-MM-DD] [--window DAYS] [--scheme rfm8|rf-grid] [--monetary
// total|average]
//            [--format csv|json] [--output FILE]
// patron rfm history CUSTOMER_ID [--format csv|json]
// patron rfm settings
#include "clicommands.h"
#include "cliutil.h"

#include "export/tablewriter.h"
#include "rfm/rfmengine.h"
#include "rfm/rfmsettings.h"
#include "segments/segmentservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "util/values.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>

namespace Patron::Cli {

namespace {

const QStringList kColumns
    = {QStringLiteral("customer_id"),  QStringLiteral("code"),      QStringLiteral("name"),
       QStringLiteral("recency_days"), QStringLiteral("frequency"), QStringLiteral("monetary"),
       QStringLiteral("r_score"),      QStringLiteral("f_score"),   QStringLiteral("m_score"),
       QStringLiteral("segment"),      QStringLiteral("tier"),      QStringLiteral("segment_key"),
       QStringLiteral("tier_key")};

QCommandLineOption formatOption()
{
    return QCommandLineOption({QStringLiteral("f"), QStringLiteral("format")},
                              QCoreApplication::translate("Patron::Cli::CommandLine",
                                                          "Output format: csv (default) or json."),
                              QCoreApplication::translate("Patron::Cli::CommandLine", "format"),
                              QStringLiteral("csv"));
}

} // namespace

int CommandLine::runRfm(const QStringList &args)
{
    if (!args.isEmpty() && args.first() == QLatin1String("history"))
        return runRfmHistory(args.mid(1));
    if (!args.isEmpty() && args.first() == QLatin1String("settings"))
        return runRfmSettings(args.mid(1));
    QCommandLineParser p;
    p.setApplicationDescription(tr(
        "Computes the RFM model (最近一次消费, 消费频率, 消费金额) of every customer not in the "
        "trash, stores "
        "it as a snapshot (so segment changes are kept) and prints one row per customer: id, code, "
        "name, "
        "recency in days, number of counted orders, monetary value in yuan, the R/F/M scores 1–5, "
        "the "
        "segment and the tier. Customers without a counted order in the window have empty scores. "
        "Options override the saved RFM settings for this run only.\n"
        "\"patron rfm history CUSTOMER_ID\" lists a customer's segment changes; \"patron rfm "
        "settings\" "
        "prints the saved settings as JSON."));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  tr("Compute as of this date (YYYY-MM-DD; default today)."),
                                  tr("date"));
    const QCommandLineOption window(
        QStringLiteral("window"),
        tr("Only orders of the last DAYS days count; 0 = all history (default: the saved "
           "setting, 365)."),
        tr("days"));
    const QCommandLineOption scheme(
        QStringLiteral("scheme"),
        tr("rfm8 (the eight mean-based segments) or rf-grid (the 10-cell R×F grid)."),
        tr("scheme"));
    const QCommandLineOption monetary(QStringLiteral("monetary"),
                                      tr("Monetary value: total (default) or average order value."),
                                      tr("measure"));
    const QCommandLineOption format = formatOption();
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to this file instead of standard output."),
                                    tr("file"));
    const QCommandLineOption bom(
        QStringLiteral("bom"),
        tr("Start CSV with a UTF-8 byte order mark (for Excel on Windows)."));
    p.addOptions({asOf, window, scheme, monetary, format, output, bom});
    int exit = Success;
    if (!parse(p, QStringLiteral("rfm"), args, &exit))
        return exit;

    ExportOptions options;
    if (!TableWriter::parseFormat(p.value(format), &options.format)) {
        printError(tr("rfm: unknown format \"%1\"; use csv or json.").arg(p.value(format)));
        return Usage;
    }
    options.utf8Bom = p.isSet(bom);
    QDate date = QDate::currentDate();
    if (p.isSet(asOf)) {
        date = QDate::fromString(p.value(asOf), Qt::ISODate);
        if (!date.isValid() || p.value(asOf).size() != 10) {
            printError(
                tr("rfm: --as-of must be a date like 2026-06-30, not \"%1\".").arg(p.value(asOf)));
            return Usage;
        }
    }
    std::optional<int> windowDays;
    if (p.isSet(window)) {
        bool ok = false;
        const int days = p.value(window).toInt(&ok);
        if (!ok || days < 0 || days > 36500) {
            printError(tr("rfm: --window must be a whole number of days from 0 (all history) to "
                          "36500, not \"%1\".")
                           .arg(p.value(window)));
            return Usage;
        }
        windowDays = days;
    }
    if (p.isSet(scheme) && p.value(scheme) != Rfm::SchemeRfm8
        && p.value(scheme) != Rfm::SchemeRfGrid) {
        printError(tr("rfm: unknown scheme \"%1\"; use rfm8 or rf-grid.").arg(p.value(scheme)));
        return Usage;
    }
    std::optional<RfmSettings::Monetary> measure;
    if (p.isSet(monetary)) {
        measure = RfmSettings::parseMonetary(p.value(monetary));
        if (!measure) {
            printError(
                tr("rfm: --monetary must be total or average, not \"%1\".").arg(p.value(monetary)));
            return Usage;
        }
    }

    auto ws = openWorkspace();
    if (!ws) {
        printError(ws.error().message);
        return Failure;
    }
    Database &db = ws.value()->database();
    auto loaded = RfmSettings::load(db);
    if (!loaded) {
        printError(loaded.error().message);
        return Failure;
    }
    RfmSettings settings = loaded.value();
    if (windowDays)
        settings.windowDays = *windowDays;
    if (p.isSet(scheme))
        settings.scheme = p.value(scheme);
    if (measure)
        settings.monetary = *measure;

    RfmEngine engine(db);
    const bool tty = stderrIsTerminal();
    QElapsedTimer timer;
    timer.start();
    Result<RfmSnapshotInfo> snapshot = makeError(Error::None, QString());
    {
        InterruptGuard interrupt;
        snapshot = engine.compute(settings, date, [&](int percent) {
            if (InterruptGuard::interrupted())
                return false;
            if (tty)
                printProgress(
                    tr("Computing RFM… %1% (%2 s)").arg(percent).arg(timer.elapsed() / 1000));
            return true;
        });
    }
    if (tty)
        printProgress(QString());
    if (!snapshot) {
        printError(snapshot.error().message);
        return InterruptGuard::interrupted() || snapshot.error().code == Error::Cancelled
            ? Interrupted
            : Failure;
    }
    // As in the app: RFM system tags and rule tags follow the new snapshot.
    const Result<TagRefreshStats> tags = SegmentService::refreshAfterSnapshot(db, settings.labels, date);
    if (!tags)
        printError(tags.error().message);
    else
        for (const QString &e : tags->errors)
            printError(e);

    Output out(p.value(output));
    QString error;
    QIODevice *device = out.open(&error);
    if (!device) {
        printError(tr("Cannot write %1: %2").arg(out.name(), error));
        return Failure;
    }
    TableWriter w(*device, options, kColumns);
    Status s = w.begin();
    const RfmLabels &labels = settings.labels;
    if (s) {
        s = engine.snapshotRows(snapshot->id, [&](const RfmValue &v) {
            w.beginRow();
            w.integer(v.customerId);
            w.text(v.code);
            w.text(v.name);
            if (v.recencyDays)
                w.integer(*v.recencyDays);
            else
                w.null();
            w.integer(v.frequency);
            w.money(v.monetaryCents);
            for (int score : {v.rScore, v.fScore, v.mScore}) {
                if (score > 0)
                    w.integer(score);
                else
                    w.null();
            }
            w.text(labels.segmentLabel(v.segment));
            w.text(v.tier.isEmpty() ? QString() : labels.tierLabel(v.tier));
            w.text(v.segment);
            w.text(v.tier);
            return w.endRow();
        });
    }
    if (s && w.error().isError())
        s = w.error();
    if (s)
        s = w.finish();
    if (!s) {
        printError(s.error().message);
        return Failure;
    }
    if (!out.commit(&error)) {
        printError(tr("Cannot write %1: %2").arg(out.name(), error));
        return Failure;
    }
    return Success;
}

int CommandLine::runRfmHistory(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Lists a customer's RFM segment and tier changes, newest first: as-of date, "
           "from segment (empty when the customer entered), to segment, from tier, to tier."));
    p.addPositionalArgument(QStringLiteral("customer"), tr("Id of the customer."));
    const QCommandLineOption format = formatOption();
    p.addOption(format);
    int exit = Success;
    if (!parse(p, QStringLiteral("rfm history"), args, &exit, 1))
        return exit;
    ExportOptions options;
    if (!TableWriter::parseFormat(p.value(format), &options.format)) {
        printError(tr("rfm history: unknown format \"%1\"; use csv or json.").arg(p.value(format)));
        return Usage;
    }
    bool ok = false;
    const qint64 id = p.positionalArguments().value(0).toLongLong(&ok);
    if (!ok || id <= 0) {
        printError(tr("rfm history: give a customer id, not \"%1\".")
                       .arg(p.positionalArguments().value(0)));
        return Usage;
    }
    auto ws = openWorkspace();
    if (!ws) {
        printError(ws.error().message);
        return Failure;
    }
    auto settings = RfmSettings::load(ws.value()->database());
    const RfmLabels labels = settings ? settings->labels : RfmLabels {};
    const auto history = RfmEngine(ws.value()->database()).history(id);
    if (!history) {
        printError(history.error().message);
        return Failure;
    }
    Output out(QString {});
    QString error;
    QIODevice *device = out.open(&error);
    if (!device) {
        printError(tr("Cannot write %1: %2").arg(out.name(), error));
        return Failure;
    }
    TableWriter w(*device, options,
                  {QStringLiteral("as_of"), QStringLiteral("from_segment"),
                   QStringLiteral("to_segment"), QStringLiteral("from_tier"),
                   QStringLiteral("to_tier")});
    Status s = w.begin();
    for (const RfmTransition &t : history.value()) {
        if (!s)
            break;
        w.beginRow();
        w.date(t.asOf);
        if (t.entered())
            w.null();
        else
            w.text(labels.segmentLabel(t.fromSegment));
        w.text(labels.segmentLabel(t.toSegment));
        if (t.fromTier.isEmpty())
            w.null();
        else
            w.text(labels.tierLabel(t.fromTier));
        w.text(t.toTier.isEmpty() ? QString() : labels.tierLabel(t.toTier));
        if (!w.endRow())
            s = w.error();
    }
    if (s)
        s = w.finish();
    if (!s || !out.commit(&error)) {
        printError(s ? error : s.error().message);
        return Failure;
    }
    return Success;
}

int CommandLine::runRfmSettings(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Prints the saved RFM settings as JSON (window, monetary measure, scheme, "
           "thresholds, labels, tier mapping, snapshots kept)."));
    int exit = Success;
    if (!parse(p, QStringLiteral("rfm settings"), args, &exit))
        return exit;
    auto ws = openWorkspace();
    if (!ws) {
        printError(ws.error().message);
        return Failure;
    }
    auto settings = RfmSettings::load(ws.value()->database());
    if (!settings) {
        printError(settings.error().message);
        return Failure;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(settings->toJson().toUtf8());
    printOut(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    return Success;
}

} // namespace Patron::Cli
