#pragma once

#include "condition.h"
#include "domain/entity.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QVariantMap>

namespace Patron {

class Database;
class RecordStore;

class Dialect;

/// A compiled condition: a SQL boolean expression over `customers c` and the values to
/// bind to its named placeholders.
struct CompiledCondition
{
    QString sql;
    QVariantMap binds;
};

/// What the segment builder needs to know about a field.
struct SegmentField
{
    QString key;          ///< "province", "custom.level", "rfm.segment" …
    QString label;        ///< translated
    /// "text", "choice", "number", "money", "date", "bool", "owner", "tag",
    /// "multichoice", "days" (days since …), "count" / "amount" (orders in a period)
    QString type;
    QStringList operators;
    QList<QPair<QString, QString>> choices;  ///< value → label (choice fields)
    bool periodic = false;                    ///< takes days / from / to
};

/// Compiles a Condition (condition.h) to SQL. Everything is parameterised: values only
/// ever travel as bind values, field names only come from a whitelist (custom fields
/// must exist in the given definitions), so no user text reaches the SQL text.
///
/// Meaning:
///  - Groups: "all" is AND, "any" is OR. An empty group of either kind matches every
///    customer (an unfinished builder row group filters nothing).
///  - Text fields compare exactly (eq ne in not_in); contains / not_contains /
///    starts_with are case-insensitive for ASCII letters, and % _ \ match literally.
///    A missing value counts as the empty text.
///  - Dates (created_at, updated_at, orders.first_at, custom date fields) compare by
///    calendar day: "eq 2026-03-05" matches any time that day.
///  - Money ("orders.amount", "rfm.monetary", custom money fields) is given in yuan and
///    compared in cents.
///  - Periods (orders.count, orders.amount): "days": N is (as-of − N, as-of]; "from" /
///    "to" are inclusive dates ("to" defaults to the as-of date); without a period every
///    counted order up to the as-of date (later, future-dated orders never count).
///    Counted orders are those not cancelled or refunded.
///  - days_since_order / days_since_activity count whole days from the last counted
///    order / follow-up record on or before the as-of date. A customer without any
///    counts as infinitely long ago: it matches gt / ge / ne and "empty", never lt / le
///    / eq / "not_empty" — so "no follow-up for 30 days" (gt 30) includes those never
///    followed up.
///  - rfm.* read the current snapshot (Rfm::currentSnapshotSql()). Negative operators
///    (ne, not_in) and "empty" also match customers that have no value in it.
///  - tag: has / not_has a tag id. owner: a user id, 0 meaning "no owner".
///  - custom multichoice fields: contains / not_contains one option, in (any of the
///    listed options), not_in (none of them), empty / not_empty.
///  - custom bool fields: eq / ne true or false; a missing value counts as false.
class SegmentCompiler
{
public:
    /// customFields: the customer field definitions (FieldService::fields), retired ones
    /// included so old conditions still compile.
    SegmentCompiler(const Dialect &dialect, QList<Record> customFields = {});
    /// A compiler over the database's customer custom fields, as of asOf. With a
    /// condition, the fields are read only when it names one (list pages skip the query).
    static Result<SegmentCompiler> forCustomers(Database &database, RecordStore &store, const QDate &asOf = {},
                                                const Condition *condition = nullptr);

    /// The date relative periods and days_since_* count from (default: today).
    void setAsOf(const QDate &date) { m_asOf = date; }
    QDate asOf() const;
    /// Bind names are "<prefix><n>" (default ":sg"); give two conditions of one query
    /// different prefixes.
    void setBindPrefix(const QString &prefix) { m_prefix = prefix; }
    /// rfm.* read this snapshot instead of the current one (0: the current one). For an
    /// SOP dry run against an unpublished snapshot of a later day.
    void setRfmSnapshot(qint64 snapshotId) { m_rfmSnapshot = snapshotId; }

    Result<CompiledCondition> compile(const Condition &condition) const;

    /// Whether the condition names any custom field (callers may skip loading them).
    static bool usesCustomFields(const Condition &condition);

    /// The fields a condition can use, in builder order: built-in ones, then the active
    /// custom fields of this compiler.
    QList<SegmentField> fields() const;
    /// The translated name of an operator ("eq" → "is").
    static QString operatorLabel(const QString &op);

private:
    struct Context;
    Result<QString> compileNode(const Condition &node, Context &ctx) const;
    Result<QString> compileLeaf(const Condition &leaf, Context &ctx) const;

    const Dialect &m_dialect;
    QList<Record> m_customFields;
    QDate m_asOf;
    QString m_prefix = QStringLiteral(":sg");
    qint64 m_rfmSnapshot = 0;
};

} // namespace Patron
