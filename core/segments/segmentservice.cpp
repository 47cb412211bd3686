#include "segmentservice.h"

#include "rfm/rfmtypes.h"
#include "services/customerservice.h"
#include "services/fieldservice.h"
#include "services/recordstore.h"
#include "services/tagservice.h"
#include "storage/database.h"
#include "util/sqlutil.h"
#include "storage/transaction.h"
#include "util/values.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Patron {

namespace {

constexpr int kMaxName = 100;

} // namespace

SegmentService::SegmentService(Database &database, RecordStore &store, CustomerService &customers, TagService &tags,
                               QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_store(store)
    , m_customers(customers)
    , m_tags(tags)
{
}

Result<SegmentCompiler> SegmentService::compiler(const QDate &asOf) const
{
    return SegmentCompiler::forCustomers(m_database, m_store, asOf);
}

QList<SegmentField> SegmentService::fields() const
{
    auto c = compiler();
    return c ? c->fields() : SegmentCompiler(m_database.dialect()).fields();
}

Status SegmentService::validate(const Condition &condition) const
{
    auto c = compiler();
    if (!c)
        return c.error();
    auto compiled = c->compile(condition);
    if (!compiled)
        return compiled.error();
    return {};
}

Result<qint64> SegmentService::count(const Condition &condition, const QDate &asOf) const
{
    Status valid = validate(condition);
    if (!valid)
        return valid.error();
    CustomerFilter filter;
    filter.condition = condition;
    filter.asOf = asOf;
    return m_customers.count(filter);
}

namespace {
SegmentInfo segmentFromQuery(const QSqlQuery &q)
{
    SegmentInfo s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    auto c = Condition::fromJson(q.value(2).toString().toUtf8());
    if (c)
        s.condition = c.value();
    else
        s.error = c.error().message;
    s.description = q.value(3).toString();
    s.position = q.value(4).toInt();
    s.createdAt = q.value(5).toString();
    s.updatedAt = q.value(6).toString();
    return s;
}
const QString kSegmentColumns = QStringLiteral("id, name, definition, description, position, created_at, updated_at");
} // namespace

Result<QList<SegmentInfo>> SegmentService::segments(bool withCounts) const
{
    QList<SegmentInfo> out;
    {
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM segments ORDER BY position, name, id").arg(kSegmentColumns)))
            return Sql::queryError(q);
        while (q.next())
            out << segmentFromQuery(q);
    }
    if (withCounts) {
        for (SegmentInfo &s : out) {
            if (!s.error.isEmpty()) {
                s.count = 0;
                continue;
            }
            auto n = count(s.condition);
            s.count = n ? n.value() : 0;
            if (!n)
                s.error = n.error().message;
        }
    }
    return out;
}

Result<SegmentInfo> SegmentService::segment(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM segments WHERE id = ?").arg(kSegmentColumns));
    q.bindValue(0, id);
    if (!q.exec())
        return Sql::queryError(q);
    if (!q.next())
        return makeError(Error::NotFound, tr("The segment no longer exists."));
    return segmentFromQuery(q);
}

Result<SegmentInfo> SegmentService::findByName(const QString &name) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM segments WHERE name = ?").arg(kSegmentColumns));
    q.bindValue(0, name.trimmed());
    if (!q.exec())
        return Sql::queryError(q);
    if (!q.next())
        return makeError(Error::NotFound, tr("There is no segment \"%1\".").arg(name.trimmed()));
    return segmentFromQuery(q);
}

Result<QString> SegmentService::checkedName(const QString &name, qint64 exceptId) const
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return makeError(Error::Invalid, tr("A segment needs a name."));
    if (trimmed.size() > kMaxName)
        return makeError(Error::Invalid, tr("A segment name can have at most %1 characters.").arg(kMaxName));
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM segments WHERE name = ? AND id <> ?"));
    q.bindValue(0, trimmed);
    q.bindValue(1, exceptId);
    if (!q.exec())
        return Sql::queryError(q);
    if (q.next())
        return makeError(Error::Duplicate, tr("There is already a segment named \"%1\".").arg(trimmed));
    return trimmed;
}

Result<qint64> SegmentService::create(const QString &name, const Condition &condition, const QString &description)
{
    auto n = checkedName(name, 0);
    if (!n)
        return n.error();
    Status valid = validate(condition);
    if (!valid)
        return valid.error();
    const QString now = Values::now();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO segments (name, definition, description, position, created_at, updated_at) "
                             "VALUES (?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM segments), ?, ?) RETURNING id"));
    q.bindValue(0, n.value());
    q.bindValue(1, QString::fromUtf8(condition.toJson()));
    q.bindValue(2, description.isNull() ? QStringLiteral("") : description);
    q.bindValue(3, now);
    q.bindValue(4, now);
    if (!q.exec() || !q.next())
        return Sql::queryError(q);
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    emit segmentsChanged();
    return id;
}

Status SegmentService::rename(qint64 id, const QString &name)
{
    auto n = checkedName(name, id);
    if (!n)
        return n.error();
    return setColumn(id, QStringLiteral("name"), n.value());
}

Status SegmentService::updateDefinition(qint64 id, const Condition &condition)
{
    Status valid = validate(condition);
    if (!valid)
        return valid;
    return setColumn(id, QStringLiteral("definition"), QString::fromUtf8(condition.toJson()));
}

Status SegmentService::setColumn(qint64 id, const QString &column, const QVariant &value)
{
    QSqlQuery q(m_database.connection());
    // column is one of this class's own literals, never user input.
    const Status s = Sql::execPositional(
        q, QStringLiteral("UPDATE segments SET %1 = ?, updated_at = ?, version = version + 1 WHERE id = ?").arg(column),
        {value, Values::now(), id});
    if (!s)
        return s;
    if (q.numRowsAffected() == 0)
        return makeError(Error::NotFound, tr("The segment no longer exists."));
    emit segmentsChanged();
    return {};
}

Result<SegmentInfo> SegmentService::remove(qint64 id)
{
    auto s = segment(id);
    if (!s)
        return s;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM segments WHERE id = ?"));
    q.bindValue(0, id);
    if (!q.exec())
        return Sql::queryError(q);
    emit segmentsChanged();
    return s;
}

Status SegmentService::restore(const SegmentInfo &segment)
{
    auto n = checkedName(segment.name, segment.id);
    if (!n)
        return n.error();
    const QString now = Values::now();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO segments (id, name, definition, description, position, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, segment.id);
    q.bindValue(1, n.value());
    q.bindValue(2, QString::fromUtf8(segment.condition.toJson()));
    q.bindValue(3, segment.description.isNull() ? QStringLiteral("") : segment.description);
    q.bindValue(4, segment.position);
    q.bindValue(5, segment.createdAt.isEmpty() ? now : segment.createdAt);
    q.bindValue(6, now);
    if (!q.exec())
        return m_database.dialect().isUniqueViolation(q.lastError())
                   ? makeError(Error::Duplicate, tr("There is already a segment named \"%1\".").arg(segment.name))
                   : Sql::queryError(q);
    emit segmentsChanged();
    return {};
}

// ---- rule and system tags ---------------------------------------------------------

namespace {
Result<bool> tagNameTaken(const Database &db, const QString &name, qint64 exceptId)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT 1 FROM tags WHERE name = ? AND id <> ?"));
    q.bindValue(0, name);
    q.bindValue(1, exceptId);
    if (!q.exec())
        return Sql::queryError(q);
    return q.next();
}

Result<qint64> insertTag(const Database &db, const QString &name, const QString &kind, const QByteArray &rule)
{
    const QString now = Values::now();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO tags (name, color, kind, rule, created_at, updated_at) VALUES (?, '', ?, ?, ?, ?) "
                             "RETURNING id"));
    q.bindValue(0, name);
    q.bindValue(1, kind);
    q.bindValue(2, QString::fromUtf8(rule));
    q.bindValue(3, now);
    q.bindValue(4, now);
    if (!q.exec() || !q.next())
        return Sql::queryError(q);
    return q.value(0).toLongLong();
}
} // namespace

Result<qint64> SegmentService::createRuleTag(const QString &name, const Condition &condition)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return makeError(Error::Invalid, tr("A tag needs a name."));
    Status valid = validate(condition);
    if (!valid)
        return valid.error();
    auto taken = tagNameTaken(m_database, trimmed, 0);
    if (!taken)
        return taken.error();
    if (taken.value())
        return makeError(Error::Duplicate, tr("There is already a tag named \"%1\".").arg(trimmed));
    auto id = insertTag(m_database, trimmed, QStringLiteral("rule"), condition.toJson());
    if (!id)
        return id;
    auto r = refreshRuleTags({}, id.value());
    if (!r)
        return r.error();
    emit m_tags.tagsChanged();
    return id;
}

Status SegmentService::updateRuleTag(qint64 tagId, const QString &name, const Condition &condition)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return makeError(Error::Invalid, tr("A tag needs a name."));
    Status valid = validate(condition);
    if (!valid)
        return valid;
    auto taken = tagNameTaken(m_database, trimmed, tagId);
    if (!taken)
        return taken.error();
    if (taken.value())
        return makeError(Error::Duplicate, tr("There is already a tag named \"%1\".").arg(trimmed));
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE tags SET name = ?, rule = ?, updated_at = ?, version = version + 1 "
                             "WHERE id = ? AND kind = 'rule'"));
    q.bindValue(0, trimmed);
    q.bindValue(1, QString::fromUtf8(condition.toJson()));
    q.bindValue(2, Values::now());
    q.bindValue(3, tagId);
    if (!q.exec())
        return Sql::queryError(q);
    if (q.numRowsAffected() == 0)
        return makeError(Error::NotFound, tr("The rule tag no longer exists."));
    q.finish();
    auto r = refreshRuleTags({}, tagId);
    if (!r)
        return r.error();
    emit m_tags.tagsChanged();
    return {};
}

Status SegmentService::deleteRuleTag(qint64 tagId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM tags WHERE id = ? AND kind = 'rule'"));
    q.bindValue(0, tagId);
    if (!q.exec())
        return Sql::queryError(q);
    if (q.numRowsAffected() == 0)
        return makeError(Error::NotFound, tr("The rule tag no longer exists."));
    emit m_tags.tagsChanged();
    emit m_customers.customersChanged();
    return {};
}

Result<TagRefreshStats> SegmentService::refreshRuleTags(const QDate &asOf, std::optional<qint64> onlyTag)
{
    return refreshTags(QStringLiteral("rule"), asOf, onlyTag);
}

Result<TagRefreshStats> SegmentService::refreshTags(const QString &kind, const QDate &asOf, std::optional<qint64> onlyTag)
{
    struct Tag { qint64 id; QString name; QByteArray rule; };
    QList<Tag> tags;
    {
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, name, rule FROM tags WHERE kind = ?%1 ORDER BY id")
                      .arg(onlyTag ? QStringLiteral(" AND id = ?") : QString()));
        q.bindValue(0, kind);
        if (onlyTag)
            q.bindValue(1, *onlyTag);
        if (!q.exec())
            return Sql::queryError(q);
        while (q.next())
            tags << Tag{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString().toUtf8()};
    }
    auto compiler = this->compiler(asOf);
    if (!compiler)
        return compiler.error();
    compiler.value().setBindPrefix(QStringLiteral(":rt"));
    TagRefreshStats stats;
    const QString now = Values::now();
    for (const Tag &tag : std::as_const(tags)) {
        auto condition = Condition::fromJson(tag.rule);
        auto compiled = condition ? compiler->compile(condition.value()) : Result<CompiledCondition>(condition.error());
        if (!compiled) {
            stats.errors << QStringLiteral("%1: %2").arg(tag.name, compiled.error().message);
            continue;
        }
        const QString matching = QStringLiteral("SELECT c.id FROM customers c WHERE c.deleted_at IS NULL AND (%1)").arg(compiled->sql);
        Transaction tx(m_database);
        if (!tx.isActive())
            return tx.error();
        auto bindAll = [&](QSqlQuery &q) {
            Sql::bindAll(q, compiled->binds);
        };
        {
            QSqlQuery q(tx.connection());
            q.prepare(QStringLiteral("DELETE FROM customer_tags WHERE tag_id = :tagid AND origin = 'rule' "
                                     "AND customer_id NOT IN (%1)").arg(matching));
            q.bindValue(QStringLiteral(":tagid"), tag.id);
            bindAll(q);
            if (!q.exec())
                return Sql::queryError(q);
            stats.removed += qMax(0, q.numRowsAffected());
        }
        {
            // Typed casts: PostgreSQL cannot infer parameter types in a SELECT list.
            QSqlQuery q(tx.connection());
            q.prepare(QStringLiteral("INSERT INTO customer_tags (customer_id, tag_id, origin, created_at) "
                                     "SELECT c.id, CAST(:tagid AS BIGINT), 'rule', CAST(:now AS TEXT) FROM customers c "
                                     "WHERE c.deleted_at IS NULL AND (%1) ON CONFLICT (customer_id, tag_id) DO NOTHING")
                          .arg(compiled->sql));
            q.bindValue(QStringLiteral(":tagid"), tag.id);
            q.bindValue(QStringLiteral(":now"), now);
            bindAll(q);
            if (!q.exec())
                return Sql::queryError(q);
            stats.added += qMax(0, q.numRowsAffected());
        }
        Status c = tx.commit();
        if (!c)
            return c.error();
        ++stats.tags;
    }
    if (stats.added || stats.removed) {
        emit m_tags.tagsChanged();
        emit m_customers.customersChanged();
    }
    return stats;
}

Result<TagRefreshStats> SegmentService::refreshSystemTags(const RfmLabels &labels)
{
    return refreshSystemTagsWith(&labels);
}

Result<TagRefreshStats> SegmentService::refreshSystemTags()
{
    return refreshSystemTagsWith(nullptr);
}

Result<TagRefreshStats> SegmentService::refreshSystemTagsWith(const RfmLabels *labels)
{
    const RfmLabels defaults;
    QString scheme;
    {
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT scheme FROM rfm_snapshots WHERE id = %1").arg(Rfm::currentSnapshotSql())))
            return Sql::queryError(q);
        if (q.next())
            scheme = q.value(0).toString();
    }
    if (!scheme.isEmpty()) {
        struct Wanted { QByteArray rule; QString name; };
        QList<Wanted> wanted;
        for (const QString &key : Rfm::segmentKeys(scheme))
            wanted << Wanted{Condition::leaf(QStringLiteral("rfm.segment"), QStringLiteral("eq"), key).toJson(),
                              (labels ? labels : &defaults)->segmentLabel(key)};
        for (const QString &key : Rfm::tierKeys())
            wanted << Wanted{Condition::leaf(QStringLiteral("rfm.tier"), QStringLiteral("eq"), key).toJson(),
                              (labels ? labels : &defaults)->tierLabel(key)};
        QHash<QByteArray, QPair<qint64, QString>> existing;
        {
            QSqlQuery q(m_database.connection());
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT id, rule, name FROM tags WHERE kind = 'system'")))
                return Sql::queryError(q);
            while (q.next())
                existing.insert(q.value(1).toString().toUtf8(), {q.value(0).toLongLong(), q.value(2).toString()});
        }
        QSet<QByteArray> keep;
        for (const Wanted &w : std::as_const(wanted)) {
            keep.insert(w.rule);
            const auto found = existing.value(w.rule, {0, QString()});
            if (found.first != 0 && !labels)
                continue; // keep its name
            // A manual tag may already carry the label: the system tag then gets a suffix.
            QString name = w.name;
            auto taken = tagNameTaken(m_database, name, found.first);
            if (!taken)
                return taken.error();
            if (taken.value())
                name = tr("%1 (RFM)").arg(w.name);
            if (found.first == 0) {
                auto id = insertTag(m_database, name, QStringLiteral("system"), w.rule);
                if (!id)
                    return id.error();
            } else if (found.second != name) {
                QSqlQuery q(m_database.connection());
                q.prepare(QStringLiteral("UPDATE tags SET name = ?, updated_at = ?, version = version + 1 WHERE id = ?"));
                q.bindValue(0, name);
                q.bindValue(1, Values::now());
                q.bindValue(2, found.first);
                if (!q.exec())
                    return Sql::queryError(q);
            }
        }
        // Segments of the other scheme: their tags go with their assignments.
        for (auto it = existing.begin(); it != existing.end(); ++it) {
            if (keep.contains(it.key()))
                continue;
            QSqlQuery q(m_database.connection());
            q.prepare(QStringLiteral("DELETE FROM tags WHERE id = ? AND kind = 'system'"));
            q.bindValue(0, it.value().first);
            if (!q.exec())
                return Sql::queryError(q);
        }
    }
    auto stats = refreshTags(QStringLiteral("system"), {}, {});
    if (stats)
        emit m_tags.tagsChanged();
    return stats;
}

Result<TagRefreshStats> SegmentService::refreshAfterSnapshot(Database &database, const RfmLabels &labels,
                                                            const QDate &asOf)
{
    RecordStore store(database);
    CustomerService customers(database, store);
    TagService tags(database, store);
    SegmentService segments(database, store, customers, tags);
    Result<TagRefreshStats> system = segments.refreshSystemTags(labels);
    if (!system)
        return system.error();
    Result<TagRefreshStats> rules = segments.refreshRuleTags(asOf);
    if (!rules)
        return rules.error();
    TagRefreshStats stats = system.value();
    stats.tags += rules->tags;
    stats.added += rules->added;
    stats.removed += rules->removed;
    stats.errors += rules->errors;
    return stats;
}

} // namespace Patron
