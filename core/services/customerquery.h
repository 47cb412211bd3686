#pragma once

#include "segments/condition.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace Patron {

/// Which customers a list shows. Everything here is applied in SQL.
struct CustomerFilter
{
    enum class Scope { Active, Archived, Trash, All };
    QString search;                 ///< what the user typed; matched with the full-text index
    Scope scope = Scope::Active;
    std::optional<qint64> ownerId;  ///< 0 = customers without owner
    std::optional<qint64> tagId;
    /// A data-quality check ("missing:mobile", "invalid:email", "duplicate"); see
    /// DataQualityService::condition(). A value not understood matches no customer.
    QString quality;
    /// An ad-hoc segment condition (dashboard drill-down, builder preview). One that
    /// does not compile matches no customer; CustomerService::checkFilter() says why.
    std::optional<Condition> condition;
    /// A saved segment (segments.id); an unknown id matches no customer.
    std::optional<qint64> segmentId;
    /// The as-of date of relative periods in the conditions (invalid = today).
    QDate asOf;

    bool operator==(const CustomerFilter &o) const
    {
        return search == o.search && scope == o.scope && ownerId == o.ownerId && tagId == o.tagId
               && quality == o.quality && condition == o.condition && segmentId == o.segmentId && asOf == o.asOf;
    }
};

/// A column the customer list can show and sort by.
struct CustomerColumn
{
    QString key;        ///< "name", "owner", "custom.<field_key>" …
    QString label;      ///< translated
    QString type;       ///< "text", "date", "datetime", "choice", "money", "number", "bool"
};

/// One page of the list: ids, versions and the values of the requested columns (raw
/// stored values; the model formats them for display).
struct CustomerPage
{
    QList<qint64> ids;
    QList<QVariantList> rows;
};

} // namespace Patron
