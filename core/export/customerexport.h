#pragma once

#include "services/customerquery.h"
#include "tablewriter.h"
#include "util/result.h"

#include <functional>

class QIODevice;

namespace Patron {

class CustomerService;
class Database;
class FieldService;

/// Exports the customer list (the same CustomerFilter the GUI list uses) and orders as
/// CSV or JSON. One forward-only query streams the rows (SQLite steps through them,
/// PostgreSQL sends them in single-row mode), so a million customers need no more memory
/// than ten, and the export is one consistent snapshot even while others edit.
class CustomerExport
{
public:
    CustomerExport(Database &database, CustomerService &customers, FieldService &fields);

    /// Called every few thousand rows with the rows written so far; false cancels.
    using Progress = std::function<bool(qint64 rows)>;

    /// The columns of exportCustomers(): the built-in ones, then one per active custom
    /// field (named by its key).
    Result<QStringList> customerColumns() const;
    static QStringList orderColumns();

    /// Returns the number of customers written.
    Result<qint64> exportCustomers(QIODevice &device, const CustomerFilter &filter, const ExportOptions &options,
                                   const Progress &progress = {}) const;
    /// Orders of the customers the filter selects (Scope::All keeps archived customers'
    /// history), oldest first. Returns the number of orders written.
    Result<qint64> exportOrders(QIODevice &device, const CustomerFilter &customers, const ExportOptions &options,
                                const Progress &progress = {}) const;

private:
    Result<QHash<qint64, QString>> ownerNames() const;

    Database &m_database;
    CustomerService &m_customers;
    FieldService &m_fields;
};

} // namespace Patron
