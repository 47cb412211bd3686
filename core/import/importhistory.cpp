#include "importhistory.h"

#include "fieldmatcher.h"
#include "services/recordstore.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "util/sqlutil.h"
#include "util/values.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Patron {

namespace {

const QString kBatchColumns = QStringLiteral(
    "id, kind, file_name, imported_at, actor, rows_read, created_count, updated_count, merged_count, skipped_count, "
    "rejected_count, status, undone_at");

ImportBatch batchFromQuery(const QSqlQuery &q)
{
    ImportBatch b;
    b.id = q.value(0).toLongLong();
    parseImportKind(q.value(1).toString(), &b.kind);
    b.fileName = q.value(2).toString();
    b.importedAt = q.value(3).toString();
    b.actor = q.value(4).toString();
    b.rowsRead = q.value(5).toLongLong();
    b.created = q.value(6).toLongLong();
    b.updated = q.value(7).toLongLong();
    b.merged = q.value(8).toLongLong();
    b.skipped = q.value(9).toLongLong();
    b.rejected = q.value(10).toLongLong();
    b.status = q.value(11).toString();
    b.undoneAt = q.value(12).toString();
    return b;
}

QString headerKey(const QStringList &header)
{
    QStringList normalized;
    for (const QString &h : header)
        normalized << FieldMatcher::normalizeHeader(h);
    return normalized.join(QChar(0x1f));
}

const EntitySpec *specByName(const QString &name)
{
    for (Entity e : {Entity::Customer, Entity::Order, Entity::Contact, Entity::Activity, Entity::User}) {
        if (entitySpec(e).name == name)
            return &entitySpec(e);
    }
    return nullptr;
}

Result<qint64> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return makeError(Error::Database, q.lastError().text());
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

ImportHistory::ImportHistory(Database &database, const QString &actor)
    : m_database(database)
    , m_actor(actor.isEmpty() ? QStringLiteral("local") : actor)
{
}

Result<QList<ImportBatch>> ImportHistory::batches() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM import_batches ORDER BY id DESC").arg(kBatchColumns)))
        return makeError(Error::Database, q.lastError().text());
    QList<ImportBatch> out;
    while (q.next())
        out << batchFromQuery(q);
    return out;
}

Result<ImportBatch> ImportHistory::batch(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM import_batches WHERE id = ?").arg(kBatchColumns));
    q.bindValue(0, id);
    if (!q.exec())
        return makeError(Error::Database, q.lastError().text());
    if (!q.next())
        return makeError(Error::NotFound, tr("There is no import batch %1.").arg(id));
    return batchFromQuery(q);
}

Result<QString> ImportHistory::undoBlocker(qint64 batchId) const
{
    auto b = batch(batchId);
    if (!b)
        return b.error();
    if (b.value().status == QLatin1String("undone"))
        return tr("Import %1 was already undone on %2.").arg(batchId).arg(Values::displayDateTime(b.value().undoneAt));
    const QSqlDatabase db = m_database.connection();

    // A later import that changed the same rows, or added rows to customers this one created.
    auto later = scalar(db,
                        QStringLiteral("SELECT MIN(l.batch_id) FROM import_changes l JOIN import_batches lb ON lb.id = l.batch_id "
                                       "WHERE l.batch_id > ? AND lb.status = 'done' AND (EXISTS (SELECT 1 FROM import_changes c "
                                       "WHERE c.batch_id = ? AND c.entity = l.entity AND c.row_id = l.row_id) OR "
                                       "l.customer_id IN (SELECT c.row_id FROM import_changes c WHERE c.batch_id = ? AND "
                                       "c.entity = 'customer' AND c.action = 'create'))"),
                        {batchId, batchId, batchId});
    if (!later)
        return later.error();
    if (later.value() > 0)
        return tr("A later import (%1) changed or added to records of this import; undo import %1 first.")
            .arg(later.value());

    // Rows edited since (their version moved on), or gone.
    qint64 edited = 0;
    for (Entity e : {Entity::Customer, Entity::Order, Entity::Contact, Entity::Activity}) {
        const EntitySpec &spec = entitySpec(e);
        auto n = scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM import_changes c LEFT JOIN %1 t ON t.id = c.row_id WHERE "
                                       "c.batch_id = ? AND c.entity = ? AND c.id = (SELECT MAX(c2.id) FROM import_changes c2 "
                                       "WHERE c2.batch_id = c.batch_id AND c2.entity = c.entity AND c2.row_id = c.row_id) "
                                       "AND (t.id IS NULL OR t.version <> c.after_version)")
                            .arg(spec.table),
                        {batchId, spec.name});
        if (!n)
            return n.error();
        edited += n.value();
    }
    if (edited > 0)
        return tr("%n record(s) of this import were edited or deleted since; undoing it would lose those changes.", "",
                  int(edited));

    // Rows added by hand to customers this import created would be deleted with them.
    static const QStringList children = {QStringLiteral("orders"), QStringLiteral("contacts"),
                                         QStringLiteral("activities"), QStringLiteral("tickets"), QStringLiteral("tasks")};
    static const QStringList childEntities = {QStringLiteral("order"), QStringLiteral("contact"),
                                              QStringLiteral("activity"), QStringLiteral("ticket"), QStringLiteral("task")};
    for (int i = 0; i < children.size(); ++i) {
        auto n = scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM %1 x WHERE x.customer_id IN (SELECT row_id FROM import_changes "
                                       "WHERE batch_id = ? AND entity = 'customer' AND action = 'create') AND NOT EXISTS "
                                       "(SELECT 1 FROM import_changes c WHERE c.batch_id = ? AND c.entity = ? AND "
                                       "c.row_id = x.id AND c.action = 'create')")
                            .arg(children.at(i)),
                        {batchId, batchId, childEntities.at(i)});
        if (!n)
            return n.error();
        if (n.value() > 0)
            return tr("Customers created by this import have %n record(s) (orders, contacts, follow-ups, tickets or "
                      "tasks) added since; undoing it would delete them.",
                      "", int(n.value()));
    }
    return QString();
}

Status ImportHistory::undo(qint64 batchId)
{
    Transaction tx(m_database);
    if (!tx.isActive())
        return tx.error();
    auto blocker = undoBlocker(batchId);
    if (!blocker)
        return blocker.error();
    if (!blocker.value().isEmpty())
        return makeError(Error::Conflict, blocker.value());
    const QSqlDatabase db = tx.connection();

    struct Change
    {
        QString entity;
        qint64 rowId;
        QString action;
        QString before;
        int beforeVersion;
    };
    QList<Change> changes;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT entity, row_id, action, before_values, before_version FROM import_changes "
                                 "WHERE batch_id = ? ORDER BY id DESC"));
        q.bindValue(0, batchId);
        if (!q.exec())
            return makeError(Error::Database, q.lastError().text());
        while (q.next())
            changes << Change{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toInt()};
    }
    // Newest first: children before their customers, a second change of a row before its first.
    const QString now = Values::now();
    for (const Change &c : std::as_const(changes)) {
        const EntitySpec *spec = specByName(c.entity);
        if (!spec)
            continue;
        QSqlQuery q(db);
        if (c.action == QLatin1String("create")) {
            if (spec->entity == Entity::User) {
                // A user created for an owner name stays when anything else refers to it now.
                q.prepare(QStringLiteral("DELETE FROM users WHERE id = ? AND NOT EXISTS (SELECT 1 FROM customers WHERE "
                                         "owner_id = users.id) AND NOT EXISTS (SELECT 1 FROM activities WHERE user_id = "
                                         "users.id) AND NOT EXISTS (SELECT 1 FROM tasks WHERE assignee_id = users.id) AND "
                                         "NOT EXISTS (SELECT 1 FROM tickets WHERE assignee_id = users.id) AND NOT EXISTS "
                                         "(SELECT 1 FROM users u WHERE u.manager_id = users.id)"));
            } else {
                q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(spec->table));
            }
            q.bindValue(0, c.rowId);
            if (!q.exec())
                return makeError(Error::Database, q.lastError().text());
            continue;
        }
        const QJsonObject before = QJsonDocument::fromJson(c.before.toUtf8()).object();
        Record current;
        {
            QSqlQuery r(db);
            r.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(spec->table));
            r.bindValue(0, c.rowId);
            if (!r.exec())
                return makeError(Error::Database, r.lastError().text());
            if (!r.next())
                return makeError(Error::NotFound, tr("A record changed by this import no longer exists."));
            current = Sql::recordFromQuery(r);
        }
        QStringList sets;
        QVariantList binds;
        QVariantMap custom = current.value(QStringLiteral("custom")).toMap();
        bool customChanged = false;
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            if (it.key().startsWith(QLatin1String("custom."))) {
                const QString key = it.key().mid(7);
                if (it.value().isNull() || it.value().isUndefined())
                    custom.remove(key);
                else
                    custom.insert(key, it.value().toVariant());
                customChanged = true;
                continue;
            }
            const FieldSpec *field = spec->field(it.key());
            if (!field)
                continue;
            sets << it.key() + QStringLiteral(" = ?");
            const QVariant old = Sql::bindValue(*field, it.value().isNull() || it.value().isUndefined()
                                                            ? QVariant()
                                                            : it.value().toVariant());
            binds << old;
            current.insert(it.key(), old);
        }
        if (customChanged) {
            sets << QStringLiteral("custom = ?");
            binds << Sql::encodeJson(custom);
        }
        if (spec->entity == Entity::Customer) {
            sets << QStringLiteral("search_tokens = ?");
            binds << RecordStore::customerSearchTokens(current);
        }
        // The version moves on (a client that read the imported values must reload).
        sets << QStringLiteral("updated_at = ?") << QStringLiteral("version = version + 1");
        binds << now;
        q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(spec->table, sets.join(QLatin1String(", "))));
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        q.bindValue(int(binds.size()), c.rowId);
        if (!q.exec())
            return makeError(Error::Database, q.lastError().text());
    }
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE import_batches SET status = 'undone', undone_at = ? WHERE id = ?"));
        q.bindValue(0, now);
        q.bindValue(1, batchId);
        if (!q.exec())
            return makeError(Error::Database, q.lastError().text());
    }
    Status s = Sql::writeAudit(db, m_actor, QStringLiteral("import_batch"), batchId,
                               QStringLiteral("undo"), QString(), QString(), QString());
    if (!s)
        return s;
    return tx.commit();
}

Result<QList<MappingProfile>> ImportHistory::queryProfiles(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name, kind, header, mapping, updated_at FROM import_profiles %1").arg(where));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return makeError(Error::Database, q.lastError().text());
    QList<MappingProfile> out;
    while (q.next()) {
        MappingProfile p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        parseImportKind(q.value(2).toString(), &p.kind);
        p.header = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).toVariant().toStringList();
        const QVariantMap m = Sql::decodeJson(q.value(4).toString());
        for (auto it = m.constBegin(); it != m.constEnd(); ++it)
            p.fields.insert(it.key(), it.value().toString());
        p.updatedAt = q.value(5).toString();
        out << p;
    }
    return out;
}

Result<QList<MappingProfile>> ImportHistory::profiles() const
{
    return queryProfiles(QStringLiteral("ORDER BY name"), {});
}

Result<MappingProfile> ImportHistory::profileForHeader(ImportKind kind, const QStringList &header) const
{
    auto found = queryProfiles(QStringLiteral("WHERE kind = ? AND header_key = ? ORDER BY updated_at DESC, id DESC LIMIT 1"),
                               {importKindName(kind), headerKey(header)});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return makeError(Error::NotFound, tr("No saved mapping for this header."));
    return found.value().first();
}

Result<MappingProfile> ImportHistory::profile(const QString &name) const
{
    auto found = queryProfiles(QStringLiteral("WHERE name = ?"), {name});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return makeError(Error::NotFound, tr("There is no saved mapping named \"%1\".").arg(name));
    return found.value().first();
}

Status ImportHistory::saveProfile(const QString &name, ImportKind kind, const QStringList &header,
                                  const QStringList &fields)
{
    if (name.trimmed().isEmpty())
        return makeError(Error::Invalid, tr("A saved mapping needs a name."));
    QJsonObject mapping;
    for (int i = 0; i < header.size(); ++i)
        mapping.insert(FieldMatcher::normalizeHeader(header.at(i)), fields.value(i));
    const QString now = Values::now();
    Transaction tx(m_database);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery del(tx.connection());
    del.prepare(QStringLiteral("DELETE FROM import_profiles WHERE name = ?"));
    del.bindValue(0, name.trimmed());
    if (!del.exec())
        return makeError(Error::Database, del.lastError().text());
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("INSERT INTO import_profiles (name, kind, header_key, header, mapping, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, name.trimmed());
    q.bindValue(1, importKindName(kind));
    q.bindValue(2, headerKey(header));
    q.bindValue(3, QString::fromUtf8(QJsonDocument::fromVariant(header).toJson(QJsonDocument::Compact)));
    q.bindValue(4, QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)));
    q.bindValue(5, now);
    q.bindValue(6, now);
    if (!q.exec())
        return makeError(Error::Database, q.lastError().text());
    return tx.commit();
}

Status ImportHistory::removeProfile(const QString &name)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM import_profiles WHERE name = ?"));
    q.bindValue(0, name);
    if (!q.exec())
        return makeError(Error::Database, q.lastError().text());
    if (q.numRowsAffected() == 0)
        return makeError(Error::NotFound, tr("There is no saved mapping named \"%1\".").arg(name));
    return {};
}

} // namespace Patron
