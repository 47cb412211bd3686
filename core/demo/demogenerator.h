#pragma once

#include "util/result.h"

#include <QDate>

#include <functional>

namespace Patron {

class Database;

struct DemoOptions
{
    qint64 customers = 2000;
    quint64 seed = 1;
    QDate today = QDate::currentDate(); ///< orders span the three years before this day
    double ordersPerCustomer = 10.0;    ///< average; the distribution is long-tailed
};

/// How many rows a run wrote.
struct DemoCounts
{
    qint64 customers = 0, contacts = 0, orders = 0, activities = 0, tickets = 0, tasks = 0;
};

/// Fills an empty database with a realistic, deterministic Chinese SME data set: owners
/// with managers, companies and individuals across provinces and industries, contacts,
/// three years of orders, follow-ups, tickets and tasks. The same seed and options give
/// the same rows. Usable from any thread (uses that thread's connection).
class DemoGenerator
{
public:
    explicit DemoGenerator(Database &database);

    /// progress(done, total) is called now and then; returning false cancels, and a
    /// cancelled or failed run leaves the database as it was. Refuses a database that
    /// already holds customers (Error::Invalid).
    Status generate(const DemoOptions &options,
                    const std::function<bool(qint64 done, qint64 total)> &progress = {});

    /// What the last successful generate() wrote.
    DemoCounts counts() const { return m_counts; }

private:
    Database &m_database;
    DemoCounts m_counts;
};

} // namespace Patron
