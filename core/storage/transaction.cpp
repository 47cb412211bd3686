#include "transaction.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Patron {

Transaction::Transaction(const Database &database)
    : m_db(database.connection())
{
    if (!m_db.isOpen()) {
        m_error = makeError(Error::Database, m_db.lastError().text());
        return;
    }
    QSqlQuery q(m_db);
    if (q.exec(database.dialect().beginWrite()))
        m_active = true;
    else
        m_error = makeError(Error::Database, q.lastError().text());
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error.isError() ? m_error : makeError(Error::Database, QStringLiteral("no transaction"));
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = makeError(Error::Database, q.lastError().text());
        rollback();
        return e;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace Patron
