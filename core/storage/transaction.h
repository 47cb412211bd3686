#pragma once

#include "util/result.h"

#include <QSqlDatabase>

namespace Patron {

class Database;

/// A write transaction (BEGIN IMMEDIATE on SQLite) that rolls back unless committed.
/// Queries run inside must be finished (out of scope or finish()ed) before commit().
class Transaction
{
public:
    explicit Transaction(const Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    QSqlDatabase connection() const { return m_db; }
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    Error m_error;
};

} // namespace Patron
