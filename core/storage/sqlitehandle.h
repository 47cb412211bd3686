#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace Patron {

/// The sqlite3 handle under a Qt SQLite connection, for the fast paths that use SQLite's
/// own API (RFM full pass, import writes); nullptr for any other driver.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace Patron
