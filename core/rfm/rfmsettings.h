#pragma once

#include "rfmtypes.h"
#include "util/result.h"

#include <QHash>
#include <QString>

#include <optional>

namespace Patron {

class Database;

/// How an RFM computation is done (DESIGN.md "RFM"). Stored as JSON in the settings
/// table (key "rfm.settings") and copied into every snapshot row, so each snapshot can
/// be explained later.
///
/// High/low per dimension (rfm8 scheme): by default against the mean over the scored
/// customers (R high: recency_days < mean, F high: frequency > mean, M high: monetary >
/// mean). A fixed threshold replaces the mean with an inclusive comparison:
///   R high when recency_days <= recencyMaxDays,
///   F high when frequency >= frequencyMin,
///   M high when monetary (cents, the chosen measure) >= monetaryMinCents.
struct RfmSettings
{
    enum class Monetary { Total, Average };

    static inline const QString SettingsKey = QStringLiteral("rfm.settings");

    int windowDays = 365; ///< 0 = all history up to the as-of date
    Monetary monetary = Monetary::Total; ///< Average: total / orders, rounded half up to a cent
    QString scheme = Rfm::SchemeRfm8;
    std::optional<int> recencyMaxDays; ///< unset: the mean
    std::optional<int> frequencyMin; ///< unset: the mean
    std::optional<qint64> monetaryMinCents; ///< unset: the mean
    RfmLabels labels;
    /// segment key → tier key ("" = no tier); keys missing here use Rfm::defaultTierOf.
    QHash<QString, QString> tierOf;
    /// How many snapshots keep their per-customer values (the newest ones); older ones
    /// keep their row and transitions only (values_kept = 0).
    int keepSnapshots = 5;

    /// The tier of a segment under these settings.
    QString tierFor(const QString &segmentKey) const;

    QString toJson() const;
    /// Parses and validates; unknown keys are ignored, missing ones take the defaults.
    static Result<RfmSettings> fromJson(const QString &json);
    /// Clear, translated messages for the first bad value.
    Status validate() const;

    static QString monetaryName(Monetary m);
    static std::optional<Monetary> parseMonetary(const QString &name);

    /// The stored settings of this database (defaults when none were saved).
    static Result<RfmSettings> load(const Database &database);
    /// Validates and saves.
    Status save(Database &database) const;

    bool operator==(const RfmSettings &other) const { return toJson() == other.toJson(); }
    bool operator!=(const RfmSettings &other) const { return !(*this == other); }
};

} // namespace Patron
