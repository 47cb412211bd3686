#include "rfmtypes.h"

#include <QCoreApplication>

namespace Patron::Rfm {

namespace {

struct Name
{
    const QString &key;
    const char *chinese;
    const char *english;
};

// QT_TRANSLATE_NOOP so lupdate sees the English names under one context.
const Name kSegments[] = {
    {ImportantValue, "重要价值客户", QT_TRANSLATE_NOOP("Patron::Rfm", "Important value")},
    {ImportantDevelop, "重要发展客户", QT_TRANSLATE_NOOP("Patron::Rfm", "Important develop")},
    {ImportantRetain, "重要保持客户", QT_TRANSLATE_NOOP("Patron::Rfm", "Important retain")},
    {ImportantWinBack, "重要挽留客户", QT_TRANSLATE_NOOP("Patron::Rfm", "Important win-back")},
    {GeneralValue, "一般价值客户", QT_TRANSLATE_NOOP("Patron::Rfm", "General value")},
    {GeneralDevelop, "一般发展客户", QT_TRANSLATE_NOOP("Patron::Rfm", "General develop")},
    {GeneralRetain, "一般保持客户", QT_TRANSLATE_NOOP("Patron::Rfm", "General retain")},
    {GeneralWinBack, "一般挽留客户", QT_TRANSLATE_NOOP("Patron::Rfm", "General win-back")},
    {Champions, "冠军客户", QT_TRANSLATE_NOOP("Patron::Rfm", "Champions")},
    {Loyal, "忠诚客户", QT_TRANSLATE_NOOP("Patron::Rfm", "Loyal")},
    {PotentialLoyalists, "潜力忠诚客户", QT_TRANSLATE_NOOP("Patron::Rfm", "Potential loyalists")},
    {NewCustomers, "新客户", QT_TRANSLATE_NOOP("Patron::Rfm", "New customers")},
    {Promising, "有潜力客户", QT_TRANSLATE_NOOP("Patron::Rfm", "Promising")},
    {NeedAttention, "需要关注客户", QT_TRANSLATE_NOOP("Patron::Rfm", "Need attention")},
    {AboutToSleep, "即将沉睡客户", QT_TRANSLATE_NOOP("Patron::Rfm", "About to sleep")},
    {AtRisk, "有流失风险客户", QT_TRANSLATE_NOOP("Patron::Rfm", "At risk")},
    {CantLose, "不能失去的客户", QT_TRANSLATE_NOOP("Patron::Rfm", "Can't lose")},
    {Hibernating, "冬眠客户", QT_TRANSLATE_NOOP("Patron::Rfm", "Hibernating")},
    {Dormant, "已沉睡", QT_TRANSLATE_NOOP("Patron::Rfm", "Dormant")},
    {NoPurchase, "无交易", QT_TRANSLATE_NOOP("Patron::Rfm", "No purchase")},
};

const Name kTiers[] = {
    {TierHighValue, "高价值", QT_TRANSLATE_NOOP("Patron::Rfm", "High value")},
    {TierPotential, "潜力", QT_TRANSLATE_NOOP("Patron::Rfm", "Potential")},
    {TierToWake, "待唤醒", QT_TRANSLATE_NOOP("Patron::Rfm", "To wake")},
    {TierGeneral, "一般", QT_TRANSLATE_NOOP("Patron::Rfm", "General")},
};

template<size_t N>
const Name *find(const Name (&names)[N], const QString &key)
{
    for (const Name &n : names) {
        if (n.key == key)
            return &n;
    }
    return nullptr;
}

} // namespace

QStringList segmentKeys(const QString &scheme)
{
    QStringList keys;
    if (scheme == SchemeRfGrid)
        keys = {Champions, Loyal, PotentialLoyalists, NewCustomers, Promising,
                NeedAttention, AboutToSleep, AtRisk, CantLose, Hibernating};
    else
        keys = {ImportantValue, ImportantDevelop, ImportantRetain, ImportantWinBack,
                GeneralValue, GeneralDevelop, GeneralRetain, GeneralWinBack};
    keys << Dormant << NoPurchase;
    return keys;
}

QStringList allSegmentKeys()
{
    QStringList keys;
    for (const Name &n : kSegments)
        keys << n.key;
    return keys;
}

QStringList tierKeys()
{
    return {TierHighValue, TierPotential, TierToWake, TierGeneral};
}

QString defaultSegmentLabel(const QString &key)
{
    const Name *n = find(kSegments, key);
    return n ? QString::fromUtf8(n->chinese) : QString();
}

QString defaultTierLabel(const QString &key)
{
    const Name *n = find(kTiers, key);
    return n ? QString::fromUtf8(n->chinese) : QString();
}

QString translatedSegmentName(const QString &key)
{
    const Name *n = find(kSegments, key);
    return n ? QCoreApplication::translate("Patron::Rfm", n->english) : key;
}

QString translatedTierName(const QString &key)
{
    const Name *n = find(kTiers, key);
    return n ? QCoreApplication::translate("Patron::Rfm", n->english) : key;
}

QString defaultTierOf(const QString &segmentKey)
{
    if (segmentKey == ImportantValue || segmentKey == Champions || segmentKey == Loyal)
        return TierHighValue;
    if (segmentKey == ImportantDevelop || segmentKey == ImportantRetain || segmentKey == PotentialLoyalists
        || segmentKey == NewCustomers || segmentKey == Promising)
        return TierPotential;
    if (segmentKey == ImportantWinBack || segmentKey == NeedAttention || segmentKey == AtRisk
        || segmentKey == CantLose)
        return TierToWake;
    if (segmentKey == GeneralValue || segmentKey == GeneralDevelop || segmentKey == GeneralRetain
        || segmentKey == GeneralWinBack || segmentKey == AboutToSleep || segmentKey == Hibernating)
        return TierGeneral;
    return QString();
}

QString currentSnapshotSql()
{
    return QStringLiteral("(SELECT s.id FROM rfm_snapshots s WHERE s.values_kept = 1 "
                          "ORDER BY s.as_of DESC, s.id DESC LIMIT 1)");
}

} // namespace Patron::Rfm

namespace Patron {

namespace {
QString chosen(const QHash<QString, QString> &labels, const QString &key, const QString &fallback)
{
    const QString label = labels.value(key).trimmed();
    return label.isEmpty() ? fallback : label;
}
} // namespace

QString RfmLabels::segmentLabel(const QString &key) const
{
    return chosen(segments, key, Rfm::defaultSegmentLabel(key));
}

QString RfmLabels::tierLabel(const QString &key) const
{
    return chosen(tiers, key, Rfm::defaultTierLabel(key));
}

QString RfmLabels::segmentDisplayName(const QString &key) const
{
    const QString label = segments.value(key).trimmed();
    if (label.isEmpty() || label == Rfm::defaultSegmentLabel(key))
        return Rfm::translatedSegmentName(key);
    return label;
}

QString RfmLabels::tierDisplayName(const QString &key) const
{
    const QString label = tiers.value(key).trimmed();
    if (label.isEmpty() || label == Rfm::defaultTierLabel(key))
        return Rfm::translatedTierName(key);
    return label;
}

} // namespace Patron
