#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace Patron {

class Database;
class Dialect;
class RecordStore;

/// One line of the data-quality report. `filter` is the CustomerFilter::quality value that
/// lists exactly the customers counted ("missing:mobile", "invalid:email", "duplicate").
struct QualityItem
{
    QString field; ///< "mobile", "custom.<key>"; empty for "duplicate"
    QString label; ///< translated field label
    qint64 count = 0;
    QString filter;
};

struct QualityReport
{
    qint64 total = 0; ///< active customers (not archived, not in the trash)
    QList<QualityItem> completeness; ///< count = customers with a non-empty value
    QList<QualityItem> invalid; ///< count = customers with a malformed value
    /// Customers sharing a mobile, e-mail or code with another one (what the "duplicate"
    /// filter lists). Company-name duplicates need DuplicateService::findGroups().
    QualityItem duplicates;
};

/// Data quality (数据质量) of the active customers: completeness (完整度) of every built-in
/// and active custom field, malformed values and duplicates, all counted by the database
/// in one pass. Each count has a CustomerFilter::quality value listing those customers.
class DataQualityService
{
public:
    DataQualityService(Database &database, RecordStore &store);

    Result<QualityReport> report() const;

    /// The SQL condition on customers (alias "c") for a CustomerFilter::quality value,
    /// empty when the value is not understood. "missing:<field>" lists customers with the
    /// field empty, "invalid:<field>" those with a malformed value (mobile not
    /// ^1[3-9]\d{9}$, e-mail not name@domain.tld, a phone without digits, a custom date not
    /// YYYY-MM-DD), "duplicate" those sharing a mobile, e-mail or code.
    static QString condition(const QString &quality, const Dialect &dialect);

    /// Fields that can be checked for invalid values: "mobile", "email", "phone" and the
    /// custom date, phone and e-mail fields.
    QStringList checkableFields() const;

private:
    Database &m_database;
    RecordStore &m_store;
};

} // namespace Patron
