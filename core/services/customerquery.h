#pragma once

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

    bool operator==(const CustomerFilter &o) const
    {
        return search == o.search && scope == o.scope && ownerId == o.ownerId && tagId == o.tagId
               && quality == o.quality;
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
