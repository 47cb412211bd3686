#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace Patron {

/// A segment condition tree (客户分群条件), the one condition language of Patron: saved
/// segments, rule tags, dashboard drill-downs and SOP rule conditions all use it.
///
/// JSON form (stored in segments.definition and tags.rule):
///   group: {"all": [node, …]}  or  {"any": [node, …]}      (AND / OR; nest freely)
///   leaf:  {"field": "province", "op": "eq", "value": "广东"}
///          optional "days": 90 (a relative period: the last 90 days before the as-of
///          date) or "from"/"to": "YYYY-MM-DD" (inclusive) for the period fields.
///
/// Fields: customer columns (name, code, kind, contact_name, mobile, phone, email,
/// province, city, address, industry, source, notes, lifecycle_stage, created_at,
/// updated_at, archived), "owner" (user id; 0 = none), "custom.<field_key>", "tag"
/// (tag id), RFM values of the current snapshot ("rfm.segment", "rfm.tier",
/// "rfm.recency_days", "rfm.frequency", "rfm.monetary" in yuan, "rfm.r_score",
/// "rfm.f_score", "rfm.m_score"), counted orders in the period ("orders.count",
/// "orders.amount" in yuan; the whole history without a period), "orders.first_at"
/// (date of the first counted order), "days_since_order", "days_since_activity".
///
/// Operators: eq ne lt le gt ge (scalars), between (value = [low, high], inclusive),
/// in not_in (value = list), contains not_contains starts_with (text), empty not_empty,
/// has not_has (tag). Meaning and SQL: core/segments/segmentcompiler.h.
struct Condition
{
    enum class Kind { All, Any, Leaf };

    Kind kind = Kind::All;
    QList<Condition> children;  ///< groups only

    QString field;              ///< leaves only
    QString op;
    QVariant value;             ///< scalar, or QVariantList for between / in / not_in
    int days = 0;               ///< relative period (period fields); 0 = none
    QString from;               ///< absolute period, "YYYY-MM-DD", inclusive
    QString to;

    static Condition all(QList<Condition> children = {});
    static Condition any(QList<Condition> children = {});
    static Condition leaf(const QString &field, const QString &op, const QVariant &value = {});

    bool isGroup() const { return kind != Kind::Leaf; }
    /// A group without children matches every customer.
    bool isEmpty() const { return isGroup() && children.isEmpty(); }

    QJsonObject toJsonObject() const;
    QByteArray toJson() const;
    /// Structural parse only (known keys, groups, value shapes); field and operator
    /// names are checked by the compiler, which knows the custom fields.
    static Result<Condition> fromJsonObject(const QJsonObject &object);
    static Result<Condition> fromJson(const QByteArray &json);

    bool operator==(const Condition &o) const;
    bool operator!=(const Condition &o) const { return !(*this == o); }
};

} // namespace Patron
