#pragma once

#include "services/customerquery.h"
#include "tablesink.h"
#include "tablewriter.h"
#include "util/result.h"

#include <QList>

#include <functional>
#include <optional>

class QIODevice;

namespace Patron {

class CustomerService;
class Database;
class FieldService;

/// Which customers an export covers: the list as a CustomerFilter describes it (the
/// current list, or --search/--archived on the command line), or exactly the customers
/// of an id list (a selection; the filter is then ignored). A saved segment plugs in as
/// one more way to describe the set once segments exist.
struct CustomerSet
{
    CustomerFilter filter;
    std::optional<QList<qint64>> ids;

    static CustomerSet filtered(const CustomerFilter &filter) { return {filter, std::nullopt}; }
    static CustomerSet only(const QList<qint64> &ids) { return {CustomerFilter{}, ids}; }
};

/// The tables an export can write. Orders, activities and contacts are those of the
/// customers in the set.
enum class ExportTable { Customers, Orders, Activities, Contacts };

/// Exports customers, their orders, follow-up records (activities) and contacts as rows
/// into a TableSink (CSV, JSON, XLSX), and contacts as vCards. One forward-only query
/// streams the rows (SQLite steps through them, PostgreSQL sends them in single-row
/// mode), so a million customers need no more memory than ten, and the export is one
/// consistent snapshot even while others edit.
class CustomerExport
{
public:
    CustomerExport(Database &database, CustomerService &customers, FieldService &fields);

    /// Called every few thousand rows with the rows written so far; false cancels.
    using Progress = std::function<bool(qint64 rows)>;

    /// Rows between progress calls (default 5000).
    void setProgressInterval(qint64 rows) { m_progressEvery = std::max<qint64>(1, rows); }

    /// The columns of a table: machine names (CSV header, JSON keys), translated labels
    /// (XLSX header) and types. Customers: the built-in columns, then one per active
    /// custom field (named by its key, labelled by its label).
    Result<QList<ExportColumn>> columns(ExportTable table) const;
    /// How many rows exportTable() would write (for a progress bar).
    Result<qint64> rowCount(ExportTable table, const CustomerSet &set) const;

    /// Writes begin(), the rows and finish() of the sink. Returns the number of rows.
    Result<qint64> exportTable(ExportTable table, const CustomerSet &set, TableSink &sink,
                               const ExportOptions &options, const Progress &progress = {}) const;

    /// Contacts as vCard 4.0: one card per contact (ORG = the customer's name), plus a
    /// card from the customer's own contact fields when the customer is an individual,
    /// or a company with no contact rows but a contact name, mobile, phone or email.
    /// Returns the number of cards.
    Result<qint64> exportVCards(const CustomerSet &set, QIODevice &device, const Progress &progress = {}) const;

    /// The machine column names of a table (convenience over columns()).
    Result<QStringList> customerColumns() const;
    static QStringList orderColumns();

    /// CSV/JSON into a device: the `customers list` and `orders list` commands.
    Result<qint64> exportCustomers(QIODevice &device, const CustomerFilter &filter, const ExportOptions &options,
                                   const Progress &progress = {}) const;
    /// Orders of the customers the filter selects (Scope::All keeps archived customers'
    /// history), in the order they were entered.
    Result<qint64> exportOrders(QIODevice &device, const CustomerFilter &customers, const ExportOptions &options,
                                const Progress &progress = {}) const;

private:
    Result<QHash<qint64, QString>> ownerNames() const;
    /// The SQL condition on customers "c" for the set, with values to bind.
    QString condition(const CustomerSet &set, QVariantMap *binds) const;

    Database &m_database;
    CustomerService &m_customers;
    FieldService &m_fields;
    qint64 m_progressEvery = 5000;
};

} // namespace Patron
