#pragma once

#include "fieldmatcher.h"
#include "tablereader.h"

#include "domain/entity.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

namespace Patron {

/// One imported row in stored form, before it is matched and written.
struct ImportRecord
{
    Record values;             ///< columns of the target table (no ids, no owner)
    QVariantMap custom;        ///< custom field key → normalised value
    QString owner;             ///< a user's name (customers' owner, activities' user)
    /// How orders, contacts and follow-ups find their customer.
    QString customerCode, customerMobile, customerEmail, customerName;
    /// A customer's search tokens of values, made ahead (off the writer's thread) when
    /// hasSearchTokens; the writer makes them itself otherwise.
    QString searchTokens;
    bool hasSearchTokens = false;
    /// A customer's hashed matching keys (ImportWriter::prepareKeys), made ahead the same way.
    std::array<quint64, 5> keys{};
    bool hasKeys = false;

    bool hasCustomerLookup() const
    {
        return !customerCode.isEmpty() || !customerMobile.isEmpty() || !customerEmail.isEmpty()
               || !customerName.isEmpty();
    }
};

/// Why a row was rejected: a short kind for the summary's counts ("invalid mobile") and
/// a message naming the column and the value.
struct RowProblem
{
    QString kind;
    QString message;
};

/// Turns the cells of a row into an ImportRecord with every value normalised and
/// validated (mobiles to 11 digits, e-mails lower-case, dates and amounts parsed,
/// statuses mapped, codes/phones half-width; names kept as written, trimmed).
class RowConverter
{
    Q_DECLARE_TR_FUNCTIONS(Patron::RowConverter)

public:
    /// fields: the field key per column; customFields: active definitions of the
    /// target entity's custom fields; header: for messages.
    RowConverter(ImportKind kind, const QStringList &fields, const QStringList &header,
                 const QList<Record> &customFields);

    /// False with *problem set when the row must be rejected.
    bool convert(const SourceRow &row, ImportRecord *out, RowProblem *problem) const;

    /// The fields that make a mapping usable, as a message, or empty when it is.
    static QString missingRequiredFields(ImportKind kind, const QStringList &fields);

private:
    /// How a column's cells are converted, decided once from its key (not per cell).
    enum class Conversion {
        Custom, CustomerCode, CustomerMobile, CustomerEmail, CustomerName, Owner, Mobile, Email, Phone,
        HalfWidth, DateTime, Date, Amount, Status, Quantity, Bool, Kind, Stage, Text
    };
    struct Column
    {
        int index;
        QString key;
        QString header;
        int custom = -1; ///< index into m_customFields
        Conversion conversion = Conversion::Text;
    };
    static Conversion conversionOf(const QString &key);
    bool convertCell(const Column &column, const QString &text, ImportRecord *out, RowProblem *problem) const;

    ImportKind m_kind;
    QList<Column> m_columns;
    QList<Record> m_customFields;
};

} // namespace Patron
