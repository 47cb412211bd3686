#include "tagservice.h"

#include "recordstore.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "util/sqlutil.h"
#include "util/values.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Patron {

namespace {
const int kChunk = 400;

// Rule and system tags follow their condition: refuse to set or clear them by hand.
Status checkManual(const Database &database, qint64 tagId)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name, kind FROM tags WHERE id = ?"));
    q.bindValue(0, tagId);
    if (!q.exec())
        return makeError(Error::Database, q.lastError().text());
    if (!q.next())
        return makeError(Error::NotFound, QCoreApplication::translate("Patron::TagService", "The tag no longer exists."));
    const QString kind = q.value(1).toString();
    if (kind == QLatin1String("rule"))
        return makeError(Error::Invalid, QCoreApplication::translate("Patron::TagService",
                                                                     "\"%1\" is a rule tag: it is set by its condition, "
                                                                     "not by hand. Edit the rule instead.")
                                             .arg(q.value(0).toString()));
    if (kind == QLatin1String("system"))
        return makeError(Error::Invalid, QCoreApplication::translate("Patron::TagService",
                                                                     "\"%1\" is a system tag: it follows the RFM "
                                                                     "analysis and cannot be set by hand.")
                                             .arg(q.value(0).toString()));
    return {};
}
}

TagService::TagService(Database &database, RecordStore &store, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_store(store)
{
}

Result<QList<TagInfo>> TagService::tags() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT t.id, t.name, t.color, (SELECT COUNT(*) FROM customer_tags ct WHERE ct.tag_id = t.id), "
                               "t.kind, t.rule FROM tags t ORDER BY t.name")))
        return makeError(Error::Database, q.lastError().text());
    QList<TagInfo> out;
    while (q.next())
        out << TagInfo{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                       q.value(4).toString(), q.value(5).toString().toUtf8()};
    return out;
}

Result<qint64> TagService::ensureTag(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(Error::Invalid, QCoreApplication::translate("Patron::TagService", "A tag needs a name."));
    {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
        q.bindValue(0, trimmed);
        if (!q.exec())
            return makeError(Error::Database, q.lastError().text());
        if (q.next())
            return q.value(0).toLongLong();
    }
    auto id = m_store.insert(Entity::Tag, Record{{QStringLiteral("name"), trimmed}});
    if (id)
        emit tagsChanged();
    return id;
}

Result<QList<qint64>> TagService::addTag(const QList<qint64> &customerIds, qint64 tagId, const QString &origin)
{
    if (origin == QLatin1String("manual")) {
        Status manual = checkManual(m_database, tagId);
        if (!manual)
            return manual.error();
    }
    QList<qint64> added;
    Transaction tx(m_database);
    if (!tx.isActive())
        return tx.error();
    const QString now = Values::now();
    for (qsizetype i = 0; i < customerIds.size(); i += kChunk) {
        const QList<qint64> chunk = customerIds.mid(i, kChunk);
        QSqlQuery q(tx.connection());
        QStringList rows;
        for (int j = 0; j < chunk.size(); ++j)
            rows << QStringLiteral("(?, ?, ?, ?)");
        q.prepare(QStringLiteral("INSERT INTO customer_tags (customer_id, tag_id, origin, created_at) VALUES %1 "
                                 "ON CONFLICT (customer_id, tag_id) DO NOTHING RETURNING customer_id")
                      .arg(rows.join(QLatin1String(", "))));
        int p = 0;
        for (qint64 id : chunk) {
            q.bindValue(p++, id);
            q.bindValue(p++, tagId);
            q.bindValue(p++, origin);
            q.bindValue(p++, now);
        }
        if (!q.exec())
            return Sql::translateError(m_database.dialect(), q.lastError(), entitySpec(Entity::Tag));
        QList<qint64> done;
        while (q.next())
            done << q.value(0).toLongLong();
        q.finish();
        for (qint64 id : std::as_const(done)) {
            Status a = Sql::writeAudit(tx.connection(), m_store.actor(), QStringLiteral("customer"), id,
                                       QStringLiteral("tag"), QStringLiteral("tags"), QString(), QString::number(tagId));
            if (!a)
                return a.error();
        }
        added << done;
    }
    Status c = tx.commit();
    if (!c)
        return c.error();
    if (!added.isEmpty()) {
        emit tagsChanged();
        for (qint64 id : std::as_const(added))
            m_store.notifyChanged(Entity::Customer, id, id);
    }
    return added;
}

Result<QHash<qint64, QString>> TagService::removeTag(const QList<qint64> &customerIds, qint64 tagId)
{
    Status manual = checkManual(m_database, tagId);
    if (!manual)
        return manual.error();
    QHash<qint64, QString> removed;
    Transaction tx(m_database);
    if (!tx.isActive())
        return tx.error();
    for (qsizetype i = 0; i < customerIds.size(); i += kChunk) {
        const QList<qint64> chunk = customerIds.mid(i, kChunk);
        QSqlQuery q(tx.connection());
        q.prepare(QStringLiteral("DELETE FROM customer_tags WHERE tag_id = ? AND customer_id IN (%1) RETURNING customer_id, origin")
                      .arg(Sql::placeholders(int(chunk.size()))));
        q.bindValue(0, tagId);
        for (int j = 0; j < chunk.size(); ++j)
            q.bindValue(j + 1, chunk.at(j));
        if (!q.exec())
            return makeError(Error::Database, q.lastError().text());
        QList<qint64> done;
        while (q.next()) {
            removed.insert(q.value(0).toLongLong(), q.value(1).toString());
            done << q.value(0).toLongLong();
        }
        q.finish();
        for (qint64 id : std::as_const(done)) {
            Status a = Sql::writeAudit(tx.connection(), m_store.actor(), QStringLiteral("customer"), id,
                                       QStringLiteral("untag"), QStringLiteral("tags"), QString::number(tagId), QString());
            if (!a)
                return a.error();
        }
    }
    Status c = tx.commit();
    if (!c)
        return c.error();
    if (!removed.isEmpty()) {
        emit tagsChanged();
        for (auto it = removed.begin(); it != removed.end(); ++it)
            m_store.notifyChanged(Entity::Customer, it.key(), it.key());
    }
    return removed;
}

Status TagService::restoreTag(const QHash<qint64, QString> &origins, qint64 tagId)
{
    QHash<QString, QList<qint64>> byOrigin;
    for (auto it = origins.begin(); it != origins.end(); ++it)
        byOrigin[it.value()] << it.key();
    for (auto it = byOrigin.begin(); it != byOrigin.end(); ++it) {
        auto r = addTag(it.value(), tagId, it.key());
        if (!r)
            return r.error();
    }
    return {};
}

UserService::UserService(Database &database, RecordStore &store)
    : m_database(database)
    , m_store(store)
{
}

Result<QList<Record>> UserService::users(bool includeInactive) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT * FROM users %1 ORDER BY display_name, id")
                    .arg(includeInactive ? QString() : QStringLiteral("WHERE active = 1"))))
        return makeError(Error::Database, q.lastError().text());
    QList<Record> out;
    while (q.next())
        out << Sql::recordFromQuery(q);
    return out;
}

Result<qint64> UserService::findByName(const QString &name) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id FROM users WHERE username = ? OR display_name = ? ORDER BY id LIMIT 1"));
    q.bindValue(0, name.trimmed());
    q.bindValue(1, name.trimmed());
    if (!q.exec())
        return makeError(Error::Database, q.lastError().text());
    if (!q.next())
        return makeError(Error::NotFound, QCoreApplication::translate("Patron::UserService", "There is no user \"%1\".").arg(name));
    return q.value(0).toLongLong();
}

Result<qint64> UserService::ensureUser(const QString &username, const QString &displayName)
{
    {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("SELECT id FROM users WHERE username = ?"));
        q.bindValue(0, username);
        if (!q.exec())
            return makeError(Error::Database, q.lastError().text());
        if (q.next())
            return q.value(0).toLongLong();
    }
    return m_store.insert(Entity::User, Record{{QStringLiteral("username"), username},
                                               {QStringLiteral("display_name"), displayName.isEmpty() ? username : displayName},
                                               {QStringLiteral("active"), true}});
}

} // namespace Patron
