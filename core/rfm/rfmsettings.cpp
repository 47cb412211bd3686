#include "rfmsettings.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Patron {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Patron::RfmSettings", text);
}

constexpr int kMaxWindowDays = 36500;
constexpr int kMaxKeep = 1000;
constexpr int kMaxLabelLength = 40;

QJsonObject hashToJson(const QHash<QString, QString> &hash)
{
    QJsonObject o;
    for (auto it = hash.cbegin(); it != hash.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

Result<QHash<QString, QString>> jsonToHash(const QJsonValue &value, const QString &what)
{
    QHash<QString, QString> out;
    if (value.isUndefined() || value.isNull())
        return out;
    if (!value.isObject())
        return makeError(Error::Invalid, tr("RFM settings: \"%1\" must be an object.").arg(what));
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString())
            return makeError(Error::Invalid,
                             tr("RFM settings: \"%1.%2\" must be text.").arg(what, it.key()));
        out.insert(it.key(), it.value().toString());
    }
    return out;
}

} // namespace

QString RfmSettings::monetaryName(Monetary m)
{
    return m == Monetary::Average ? QStringLiteral("average") : QStringLiteral("total");
}

std::optional<RfmSettings::Monetary> RfmSettings::parseMonetary(const QString &name)
{
    if (name == QLatin1String("total"))
        return Monetary::Total;
    if (name == QLatin1String("average"))
        return Monetary::Average;
    return std::nullopt;
}

QString RfmSettings::tierFor(const QString &segmentKey) const
{
    const auto it = tierOf.constFind(segmentKey);
    return it != tierOf.cend() ? it.value() : Rfm::defaultTierOf(segmentKey);
}

QString RfmSettings::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("window_days"), windowDays);
    o.insert(QStringLiteral("monetary"), monetaryName(monetary));
    o.insert(QStringLiteral("scheme"), scheme);
    QJsonObject thresholds;
    thresholds.insert(QStringLiteral("recency_max_days"),
                      recencyMaxDays ? QJsonValue(*recencyMaxDays) : QJsonValue());
    thresholds.insert(QStringLiteral("frequency_min"),
                      frequencyMin ? QJsonValue(*frequencyMin) : QJsonValue());
    // Cents as a JSON number: exact up to 2^53, far beyond any threshold.
    thresholds.insert(QStringLiteral("monetary_min_cents"),
                      monetaryMinCents ? QJsonValue(double(*monetaryMinCents)) : QJsonValue());
    o.insert(QStringLiteral("thresholds"), thresholds);
    QJsonObject labels;
    labels.insert(QStringLiteral("segments"), hashToJson(this->labels.segments));
    labels.insert(QStringLiteral("tiers"), hashToJson(this->labels.tiers));
    o.insert(QStringLiteral("labels"), labels);
    o.insert(QStringLiteral("tier_of"), hashToJson(tierOf));
    o.insert(QStringLiteral("keep_snapshots"), keepSnapshots);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<RfmSettings> RfmSettings::fromJson(const QString &json)
{
    RfmSettings s;
    if (json.trimmed().isEmpty())
        return s;
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(Error::Invalid,
                         tr("RFM settings are not valid JSON: %1").arg(perr.errorString()));
    const QJsonObject o = doc.object();

    auto integer = [](const QJsonValue &v, qint64 *out) {
        if (!v.isDouble())
            return false;
        const double d = v.toDouble();
        if (d != double(qint64(d)))
            return false;
        *out = qint64(d);
        return true;
    };
    qint64 n = 0;
    if (o.contains(QStringLiteral("window_days"))) {
        if (!integer(o.value(QStringLiteral("window_days")), &n))
            return makeError(Error::Invalid,
                             tr("RFM settings: the window must be a whole number of days."));
        s.windowDays = int(std::clamp<qint64>(n, -1, kMaxWindowDays + 1));
    }
    if (o.contains(QStringLiteral("monetary"))) {
        const auto m = parseMonetary(o.value(QStringLiteral("monetary")).toString());
        if (!m)
            return makeError(
                Error::Invalid,
                tr("RFM settings: the monetary measure must be \"total\" or \"average\"."));
        s.monetary = *m;
    }
    if (o.contains(QStringLiteral("scheme")))
        s.scheme = o.value(QStringLiteral("scheme")).toString();
    const QJsonObject t = o.value(QStringLiteral("thresholds")).toObject();
    const QJsonValue r = t.value(QStringLiteral("recency_max_days"));
    if (!r.isNull() && !r.isUndefined()) {
        if (!integer(r, &n))
            return makeError(
                Error::Invalid,
                tr("RFM settings: the recency threshold must be a whole number of days."));
        s.recencyMaxDays = int(std::clamp<qint64>(n, -1, kMaxWindowDays + 1));
    }
    const QJsonValue f = t.value(QStringLiteral("frequency_min"));
    if (!f.isNull() && !f.isUndefined()) {
        if (!integer(f, &n))
            return makeError(
                Error::Invalid,
                tr("RFM settings: the frequency threshold must be a whole number of orders."));
        s.frequencyMin = int(std::clamp<qint64>(n, -1, 1'000'000'000));
    }
    const QJsonValue m = t.value(QStringLiteral("monetary_min_cents"));
    if (!m.isNull() && !m.isUndefined()) {
        if (!integer(m, &n))
            return makeError(
                Error::Invalid,
                tr("RFM settings: the monetary threshold must be a whole number of cents."));
        s.monetaryMinCents = n;
    }
    const QJsonObject labels = o.value(QStringLiteral("labels")).toObject();
    auto seg
        = jsonToHash(labels.value(QStringLiteral("segments")), QStringLiteral("labels.segments"));
    if (!seg)
        return seg.error();
    s.labels.segments = seg.value();
    auto tiers = jsonToHash(labels.value(QStringLiteral("tiers")), QStringLiteral("labels.tiers"));
    if (!tiers)
        return tiers.error();
    s.labels.tiers = tiers.value();
    auto tierOf = jsonToHash(o.value(QStringLiteral("tier_of")), QStringLiteral("tier_of"));
    if (!tierOf)
        return tierOf.error();
    s.tierOf = tierOf.value();
    if (o.contains(QStringLiteral("keep_snapshots"))) {
        if (!integer(o.value(QStringLiteral("keep_snapshots")), &n))
            return makeError(
                Error::Invalid,
                tr("RFM settings: the number of snapshots to keep must be a whole number."));
        s.keepSnapshots = int(std::clamp<qint64>(n, 0, kMaxKeep + 1));
    }
    Status v = s.validate();
    if (!v)
        return v.error();
    return s;
}

Status RfmSettings::validate() const
{
    if (windowDays < 0 || windowDays > kMaxWindowDays)
        return makeError(Error::Invalid,
                         tr("The RFM window must be from 0 (all history) to %1 days, not %2.")
                             .arg(kMaxWindowDays)
                             .arg(windowDays));
    if (scheme != Rfm::SchemeRfm8 && scheme != Rfm::SchemeRfGrid)
        return makeError(Error::Invalid,
                         tr("Unknown RFM scheme \"%1\"; use rfm8 or rf-grid.").arg(scheme));
    if (recencyMaxDays && (*recencyMaxDays < 0 || *recencyMaxDays > kMaxWindowDays))
        return makeError(Error::Invalid,
                         tr("The recency threshold must be from 0 to %1 days, not %2.")
                             .arg(kMaxWindowDays)
                             .arg(*recencyMaxDays));
    if (frequencyMin && *frequencyMin < 1)
        return makeError(
            Error::Invalid,
            tr("The frequency threshold must be at least 1 order, not %1.").arg(*frequencyMin));
    if (monetaryMinCents && *monetaryMinCents < 0)
        return makeError(Error::Invalid, tr("The monetary threshold cannot be negative."));
    if (keepSnapshots < 1 || keepSnapshots > kMaxKeep)
        return makeError(Error::Invalid,
                         tr("Snapshots keeping their values must be from 1 to %1, not %2.")
                             .arg(kMaxKeep)
                             .arg(keepSnapshots));
    const QStringList segments = Rfm::allSegmentKeys();
    const QStringList tiers = Rfm::tierKeys();
    for (auto it = labels.segments.cbegin(); it != labels.segments.cend(); ++it) {
        if (!segments.contains(it.key()))
            return makeError(Error::Invalid,
                             tr("Unknown RFM segment \"%1\" in the labels.").arg(it.key()));
        if (it.value().trimmed().size() > kMaxLabelLength)
            return makeError(Error::Invalid,
                             tr("The label of %1 is longer than %2 characters.")
                                 .arg(Rfm::translatedSegmentName(it.key()))
                                 .arg(kMaxLabelLength));
    }
    for (auto it = labels.tiers.cbegin(); it != labels.tiers.cend(); ++it) {
        if (!tiers.contains(it.key()))
            return makeError(Error::Invalid,
                             tr("Unknown tier \"%1\" in the labels.").arg(it.key()));
        if (it.value().trimmed().size() > kMaxLabelLength)
            return makeError(Error::Invalid,
                             tr("The label of %1 is longer than %2 characters.")
                                 .arg(Rfm::translatedTierName(it.key()))
                                 .arg(kMaxLabelLength));
    }
    for (auto it = tierOf.cbegin(); it != tierOf.cend(); ++it) {
        if (!segments.contains(it.key()))
            return makeError(Error::Invalid,
                             tr("Unknown RFM segment \"%1\" in the tier mapping.").arg(it.key()));
        if (!it.value().isEmpty() && !tiers.contains(it.value()))
            return makeError(Error::Invalid,
                             tr("Unknown tier \"%1\" for %2.")
                                 .arg(it.value(), Rfm::translatedSegmentName(it.key())));
    }
    return {};
}

Result<RfmSettings> RfmSettings::load(const Database &database)
{
    return fromJson(database.setting(SettingsKey));
}

Status RfmSettings::save(Database &database) const
{
    Status v = validate();
    if (!v)
        return v;
    return database.setSetting(SettingsKey, toJson());
}

} // namespace Patron
