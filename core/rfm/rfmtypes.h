#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Patron {

/// Stable keys of RFM segments and tiers (stored in rfm_values, rfm_transitions, rule
/// conditions and SOP rules; never translated) and their labels.
namespace Rfm {

// The eight mean-based segments of the default scheme (DESIGN.md).
inline const QString ImportantValue = QStringLiteral("important_value");
inline const QString ImportantDevelop = QStringLiteral("important_develop");
inline const QString ImportantRetain = QStringLiteral("important_retain");
inline const QString ImportantWinBack = QStringLiteral("important_winback");
inline const QString GeneralValue = QStringLiteral("general_value");
inline const QString GeneralDevelop = QStringLiteral("general_develop");
inline const QString GeneralRetain = QStringLiteral("general_retain");
inline const QString GeneralWinBack = QStringLiteral("general_winback");
// Customers without a counted order in the window (both schemes).
inline const QString NoPurchase = QStringLiteral("no_purchase");  ///< 无交易: none ever before the as-of date
inline const QString Dormant = QStringLiteral("dormant");         ///< 已沉睡: only before the window
// The 10-cell R×F grid scheme ("rf-grid").
inline const QString Champions = QStringLiteral("champions");
inline const QString Loyal = QStringLiteral("loyal");
inline const QString PotentialLoyalists = QStringLiteral("potential_loyalists");
inline const QString NewCustomers = QStringLiteral("new_customers");
inline const QString Promising = QStringLiteral("promising");
inline const QString NeedAttention = QStringLiteral("need_attention");
inline const QString AboutToSleep = QStringLiteral("about_to_sleep");
inline const QString AtRisk = QStringLiteral("at_risk");
inline const QString CantLose = QStringLiteral("cant_lose");
inline const QString Hibernating = QStringLiteral("hibernating");

// Tiers (客户层级). Customers without a counted order have the empty tier.
inline const QString TierHighValue = QStringLiteral("high_value");  ///< 高价值
inline const QString TierPotential = QStringLiteral("potential");   ///< 潜力
inline const QString TierToWake = QStringLiteral("to_wake");        ///< 待唤醒
inline const QString TierGeneral = QStringLiteral("general");       ///< 一般

inline const QString SchemeRfm8 = QStringLiteral("rfm8");
inline const QString SchemeRfGrid = QStringLiteral("rf-grid");

/// Segment keys of a scheme, in display order, followed by dormant and no_purchase.
QStringList segmentKeys(const QString &scheme);
/// Every segment key of both schemes (for validation of conditions).
QStringList allSegmentKeys();
QStringList tierKeys();

/// The default label: the Chinese name from DESIGN.md (what `patron rfm` prints and
/// what a new database stores). Empty for an unknown key.
QString defaultSegmentLabel(const QString &key);
QString defaultTierLabel(const QString &key);
/// The name to show in the UI language (tr()); for an unknown key the key itself.
QString translatedSegmentName(const QString &key);
QString translatedTierName(const QString &key);

/// The default tier of a segment (DESIGN.md for rfm8; the grid maps champions/loyal to
/// high value, potential loyalists/new/promising to potential, need attention/at risk/
/// can't lose to to-wake, the rest to general). Empty for no_purchase/dormant.
QString defaultTierOf(const QString &segmentKey);

/// A SQL sub-select giving the id of the current snapshot (the newest as-of date, then
/// the newest computation, among snapshots that kept their values), or NULL when there
/// is none. Same text on both backends.
QString currentSnapshotSql();

} // namespace Rfm

/// Editable labels (settings); a label left empty or equal to the default shows the
/// translated default in the UI and the Chinese default in data output.
struct RfmLabels
{
    QHash<QString, QString> segments;  ///< key → label the user set
    QHash<QString, QString> tiers;

    /// For data output (CLI, exports): the user's label, else the Chinese default.
    QString segmentLabel(const QString &key) const;
    QString tierLabel(const QString &key) const;
    /// For the UI: the user's label when it differs from the default, else tr() name.
    QString segmentDisplayName(const QString &key) const;
    QString tierDisplayName(const QString &key) const;
};

} // namespace Patron
