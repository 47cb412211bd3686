#pragma once

#include "dashboarddata.h"
#include "util/result.h"

#include <atomic>
#include <optional>

namespace Patron {

class Database;

/// A cached dashboard and whether it still matches the database.
struct CachedDashboard
{
    DashboardData data;
    bool fresh = false;  ///< same resolved range, RFM snapshot and data version
};

/// The figures of the dashboard (数据看板), computed in SQL (GROUP BY and window
/// functions, no per-customer loops) on SQLite and PostgreSQL, and cached.
///
/// Counted orders: status not cancelled or refunded, ordered_at in the range. Customers
/// in the trash are left out everywhere (their orders, follow-ups and tasks too).
///
/// Cache: one entry per filter slot (DashboardFilter::cacheSlot) in the `settings` table
/// (key "dashboard.cache/<slot>", JSON), so no schema change. An entry is fresh while
/// the resolved range, the current RFM snapshot id and the data version are unchanged.
/// The data version is read in O(1) from primary keys and indexes: the newest audit_log
/// id (every change Patron makes — edits, bulk actions, merges, imports and their undo,
/// demo data — writes an audit row, on both backends and from every user of a team
/// server), the newest id of orders, customers, activities and tasks and the newest
/// customers.updated_at. Changes made behind Patron's back with plain SQL that neither
/// add rows nor write the audit log are not seen until something else changes.
/// A stale entry is still worth showing at once while the fresh figures are computed.
///
/// Usable from any thread (each thread uses its own connection); one object per thread.
class DashboardService
{
public:
    explicit DashboardService(Database &database);

    /// Computes every figure now (seconds on millions of orders). cancel, when given and
    /// set, stops between queries with Error::Cancelled.
    Result<DashboardData> compute(const DashboardFilter &filter, const std::atomic<bool> *cancel = nullptr) const;

    /// The cached entry of the filter's slot, fresh or not; nullopt when there is none.
    Result<std::optional<CachedDashboard>> cached(const DashboardFilter &filter) const;
    /// Stores computed figures in their slot (replacing the slot's previous entry).
    Status store(const DashboardData &data);
    /// A fresh cached entry, else computes and stores. *fromCache tells which.
    Result<DashboardData> load(const DashboardFilter &filter, bool *fromCache = nullptr,
                               const std::atomic<bool> *cancel = nullptr);
    /// Drops every cached entry (e.g. after a restore).
    Status clearCache();

    /// What the figures depend on besides the filter (see the class comment).
    Result<QString> dataVersion() const;

    static QString cacheKey(const DashboardFilter &filter);

private:
    Database &m_database;
};

} // namespace Patron
