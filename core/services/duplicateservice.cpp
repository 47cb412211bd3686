#include "duplicateservice.h"

#include "fieldservice.h"
#include "import/matchkeys.h"
#include "recordstore.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "util/sqlutil.h"
#include "util/values.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <vector>

namespace Patron {

namespace {

// A similarity bucket this large is a generic name ("贸易"), not a duplicate.
const int kMaxSimilarBucket = 24;

const char *const kChildTables[] = {"contacts", "orders", "activities", "tickets", "tasks"};

// Union-find over the customers that share some key; each root carries its reasons.
class Components
{
public:
    qint64 find(qint64 id)
    {
        auto it = m_parent.find(id);
        if (it == m_parent.end()) {
            m_parent.insert(id, id);
            return id;
        }
        qint64 root = id;
        while (m_parent.value(root) != root)
            root = m_parent.value(root);
        while (id != root) { // path compression
            const qint64 next = m_parent.value(id);
            m_parent[id] = root;
            id = next;
        }
        return root;
    }
    void unite(qint64 a, qint64 b, MatchReason reason)
    {
        qint64 ra = find(a), rb = find(b);
        if (ra != rb) {
            if (rb < ra)
                std::swap(ra, rb);
            m_parent[rb] = ra;
            m_reasons[ra] |= m_reasons.take(rb);
        }
        m_reasons[ra] |= reason;
    }
    QList<DuplicateGroup> groups()
    {
        QHash<qint64, QList<qint64>> members;
        const QList<qint64> ids = m_parent.keys();
        for (qint64 id : ids)
            members[find(id)] << id;
        QList<DuplicateGroup> out;
        for (auto it = members.begin(); it != members.end(); ++it) {
            if (it.value().size() < 2)
                continue;
            DuplicateGroup g;
            g.customerIds = it.value();
            std::sort(g.customerIds.begin(), g.customerIds.end());
            g.reasons = m_reasons.value(it.key());
            out << g;
        }
        std::sort(out.begin(), out.end(), [](const DuplicateGroup &a, const DuplicateGroup &b) {
            return a.customerIds.first() < b.customerIds.first();
        });
        return out;
    }

private:
    QHash<qint64, qint64> m_parent;
    QHash<qint64, MatchReasons> m_reasons;
};

quint64 hash64(QStringView s)
{
    // FNV-1a over UTF-16 code units: stable across runs (qHash is seeded per process).
    quint64 h = 1469598103934665603ULL;
    for (QChar c : s) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

struct HashedId
{
    quint64 hash;
    qint64 id;
    bool operator<(const HashedId &o) const { return hash < o.hash || (hash == o.hash && id < o.id); }
};

// Runs of equal hashes with at least two distinct ids.
QList<QList<qint64>> collisionRuns(std::vector<HashedId> &v, int maxRun)
{
    std::sort(v.begin(), v.end());
    QList<QList<qint64>> runs;
    for (size_t i = 0; i < v.size();) {
        size_t j = i;
        QList<qint64> ids;
        while (j < v.size() && v[j].hash == v[i].hash) {
            if (ids.isEmpty() || ids.last() != v[j].id)
                ids << v[j].id;
            ++j;
        }
        if (ids.size() > 1 && (maxRun <= 0 || ids.size() <= maxRun))
            runs << ids;
        i = j;
    }
    return runs;
}

const QStringList &regionNames()
{
    static const QStringList names = {
        QStringLiteral("内蒙古"), QStringLiteral("黑龙江"), QStringLiteral("北京"), QStringLiteral("天津"),
        QStringLiteral("上海"),   QStringLiteral("重庆"),   QStringLiteral("河北"), QStringLiteral("山西"),
        QStringLiteral("辽宁"),   QStringLiteral("吉林"),   QStringLiteral("江苏"), QStringLiteral("浙江"),
        QStringLiteral("安徽"),   QStringLiteral("福建"),   QStringLiteral("江西"), QStringLiteral("山东"),
        QStringLiteral("河南"),   QStringLiteral("湖北"),   QStringLiteral("湖南"), QStringLiteral("广东"),
        QStringLiteral("海南"),   QStringLiteral("四川"),   QStringLiteral("贵州"), QStringLiteral("云南"),
        QStringLiteral("陕西"),   QStringLiteral("甘肃"),   QStringLiteral("青海"), QStringLiteral("台湾"),
        QStringLiteral("广西"),   QStringLiteral("西藏"),   QStringLiteral("宁夏"), QStringLiteral("新疆"),
        QStringLiteral("香港"),   QStringLiteral("澳门")};
    return names;
}

QString stripRegionSuffix(QString region)
{
    for (const char *s : {"特别行政区", "自治区", "自治州", "省", "市", "区", "县"}) {
        const QString suffix = QString::fromUtf8(s);
        if (region.size() > suffix.size() + 1 && region.endsWith(suffix)) {
            region.chop(suffix.size());
            break;
        }
    }
    return region;
}

// The company key without a leading region: the customer's own city or province, or a
// province-level name, optionally followed by 省/市 ("上海市华联商贸" → "华联商贸").
QString withoutRegion(const QString &key, const QString &region)
{
    if (region.size() < 2 || !key.startsWith(region))
        return {};
    QStringView rest = QStringView(key).mid(region.size());
    if (rest.startsWith(QChar(0x7701)) || rest.startsWith(QChar(0x5E02))) // 省 市
        rest = rest.mid(1);
    return rest.size() >= 2 ? rest.toString() : QString();
}

QString regionlessKey(const QString &key, const QString &province, const QString &city)
{
    if (key.size() < 4)
        return key;
    for (const QString &r : {city, province}) {
        if (!r.isEmpty()) {
            const QString rest = withoutRegion(key, stripRegionSuffix(r.trimmed()));
            if (!rest.isEmpty())
                return rest;
        }
    }
    // Only names that start with a province-level name: compare two characters first.
    const QStringView head = QStringView(key).left(2);
    for (const QString &r : regionNames()) {
        if (QStringView(r).left(2) == head) {
            const QString rest = withoutRegion(key, r);
            if (!rest.isEmpty())
                return rest;
        }
    }
    return key;
}

bool withinOneEdit(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    const QString &s = a.size() <= b.size() ? a : b;
    const QString &l = a.size() <= b.size() ? b : a;
    if (l.size() - s.size() > 1)
        return false;
    qsizetype i = 0;
    while (i < s.size() && s.at(i) == l.at(i))
        ++i;
    if (s.size() == l.size())
        return QStringView(s).mid(i + 1) == QStringView(l).mid(i + 1);
    return QStringView(s).mid(i) == QStringView(l).mid(i + 1);
}

QString canonical(const QVariant &v)
{
    return v.isNull() || !v.isValid() ? QString() : v.toString();
}

// A row exactly as stored (custom stays JSON text), for an exact restore.
Record rawRecord(const QSqlQuery &q)
{
    Record r;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        r.insert(rec.fieldName(i), q.value(i));
    return r;
}


QString joinIds(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

Error conflict()
{
    return makeError(Error::Conflict,
                     QCoreApplication::translate("Patron::DuplicateService",
                                                 "Someone changed one of these customers since they were shown. "
                                                 "Find duplicates again, then merge."));
}

} // namespace

QString DuplicateGroup::key() const
{
    return joinIds(customerIds);
}

DuplicateService::DuplicateService(Database &database, RecordStore &store)
    : m_database(database)
    , m_store(store)
{
}

QString DuplicateService::reasonText(MatchReasons reasons)
{
    QStringList parts;
    if (reasons & MatchReason::Code)
        parts << QCoreApplication::translate("Patron::DuplicateService", "same customer code");
    if (reasons & MatchReason::Mobile)
        parts << QCoreApplication::translate("Patron::DuplicateService", "same mobile");
    if (reasons & MatchReason::Email)
        parts << QCoreApplication::translate("Patron::DuplicateService", "same email");
    if (reasons & MatchReason::CompanyName)
        parts << QCoreApplication::translate("Patron::DuplicateService", "same company name");
    if (reasons & MatchReason::SimilarName)
        parts << QCoreApplication::translate("Patron::DuplicateService", "similar company name");
    return parts.join(QCoreApplication::translate("Patron::DuplicateService", ", "));
}

Result<QList<DuplicateGroup>> DuplicateService::findGroups(const DuplicateOptions &options,
                                                           const std::function<bool(qint64, qint64)> &progress) const
{
    QSqlDatabase db = m_database.connection();
    Components components;
    QSqlQuery q(db);
    q.setForwardOnly(true);

    // Stored mobiles and e-mails are normalised already; codes differ only in case. The
    // inner query counts trashed customers too, so it reads only the column's index (no
    // table rows); the outer one drops the trash, and a key left with one customer unites
    // nobody below.
    const struct { const char *expr; const char *notEmpty; MatchReason reason; } sqlKeys[] = {
        {"mobile", "mobile <> ''", MatchReason::Mobile},
        {"email", "email <> ''", MatchReason::Email},
        {"UPPER(code)", "code IS NOT NULL", MatchReason::Code}};
    for (const auto &k : sqlKeys) {
        const QString e = QString::fromLatin1(k.expr);
        QString candidates = QStringLiteral("SELECT %1 FROM customers WHERE %2 GROUP BY %1 HAVING COUNT(*) > 1")
                                 .arg(e, QString::fromLatin1(k.notEmpty));
        QString column = e;
        if (k.reason == MatchReason::Code) {
            // No index on UPPER(code): find the stored codes first, then look those up.
            candidates = QStringLiteral("SELECT code FROM customers WHERE code IS NOT NULL AND UPPER(code) IN (%1)").arg(candidates);
            column = QStringLiteral("code");
        }
        if (!q.exec(QStringLiteral("SELECT %1, id FROM customers WHERE deleted_at IS NULL AND %2 IN (%3) ORDER BY 1, 2")
                        .arg(e, column, candidates)))
            return Sql::queryError(q);
        QString current;
        qint64 first = 0;
        while (q.next()) {
            const QString key = q.value(0).toString();
            const qint64 id = q.value(1).toLongLong();
            if (key != current) {
                current = key;
                first = id;
            } else {
                components.unite(first, id, k.reason);
            }
        }
    }

    qint64 total = 0;
    // For progress only: all customers not in the trash (the state index answers it).
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM customers WHERE deleted_at IS NULL")) || !q.next())
        return Sql::queryError(q);
    total = q.value(0).toLongLong();

    // Company names: only 16 bytes per customer and key kept while streaming.
    std::vector<HashedId> exact, regionless, edits;
    exact.reserve(size_t(total));
    // One sequential pass over the table, not index lookups row by row.
    if (!q.exec(QStringLiteral("SELECT id, name, province, city FROM customers%1 WHERE deleted_at IS NULL AND kind = 'company'")
                    .arg(m_database.dialect().forceIndex(QString()))))
        return Sql::queryError(q);
    qint64 done = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString key = MatchKeys::companyName(q.value(1).toString());
        if (progress && (++done % 4096) == 0 && !progress(std::min(done, total), total))
            return makeError(Error::Invalid, QString());
        if (key.isEmpty())
            continue;
        exact.push_back({hash64(key), id});
        if (!options.similarNames)
            continue;
        const QString r = regionlessKey(key, q.value(2).toString(), q.value(3).toString());
        regionless.push_back({hash64(r), id});
        // Keys within one edit after their first two characters share one of these variants
        // (a substitution: the same deletion; an insertion: the shorter key is a deletion of
        // the longer), so only keys in one bucket are ever compared. Without the region,
        // or "北京优利" and "北京隆利" would count as one company.
        if (r.size() >= 4) {
            edits.push_back({hash64(r), id});
            for (qsizetype i = 2; i < r.size(); ++i) {
                QString variant = r;
                variant.remove(i, 1);
                edits.push_back({hash64(variant), id});
            }
        }
    }
    q.finish();
    const QList<QList<qint64>> exactRuns = collisionRuns(exact, 0);
    std::vector<HashedId>().swap(exact);
    QList<QList<qint64>> regionRuns, editRuns;
    if (options.similarNames) {
        regionRuns = collisionRuns(regionless, kMaxSimilarBucket);
        std::vector<HashedId>().swap(regionless);
        editRuns = collisionRuns(edits, kMaxSimilarBucket);
        std::vector<HashedId>().swap(edits);
    }

    // Confirm on the real keys (a 64-bit hash may collide), reading back only candidates.
    QSet<qint64> candidates;
    const std::initializer_list<const QList<QList<qint64>> *> allRuns = {&exactRuns, &regionRuns, &editRuns};
    for (const QList<QList<qint64>> *runs : allRuns) {
        for (const QList<qint64> &run : *runs)
            candidates.unite(QSet<qint64>(run.begin(), run.end()));
    }
    QHash<qint64, QString> keys, regionKeys;
    QList<qint64> candidateList = candidates.values();
    std::sort(candidateList.begin(), candidateList.end());
    Status read = Sql::forIdChunks(candidateList, [&](const QList<qint64> &chunk) -> Status {
        QSqlQuery c(db);
        c.setForwardOnly(true);
        c.prepare(QStringLiteral("SELECT id, name, province, city FROM customers WHERE id IN (%1)")
                      .arg(Sql::placeholders(int(chunk.size()))));
        Sql::bindIds(c, chunk, 0);
        if (!c.exec())
            return Sql::queryError(c);
        while (c.next()) {
            const QString key = MatchKeys::companyName(c.value(1).toString());
            keys.insert(c.value(0).toLongLong(), key);
            if (options.similarNames)
                regionKeys.insert(c.value(0).toLongLong(), regionlessKey(key, c.value(2).toString(), c.value(3).toString()));
        }
        return {};
    });
    if (!read)
        return read.error();

    auto uniteEqual = [&](const QList<qint64> &run, const QHash<qint64, QString> &by, MatchReason reason) {
        QHash<QString, qint64> firstOf;
        for (qint64 id : run) {
            const QString k = by.value(id);
            if (k.isEmpty())
                continue;
            auto it = firstOf.constFind(k);
            if (it == firstOf.constEnd())
                firstOf.insert(k, id);
            else if (reason != MatchReason::SimilarName || keys.value(*it) != keys.value(id))
                components.unite(*it, id, reason);
        }
    };
    for (const QList<qint64> &run : exactRuns)
        uniteEqual(run, keys, MatchReason::CompanyName);
    for (const QList<qint64> &run : std::as_const(regionRuns))
        uniteEqual(run, regionKeys, MatchReason::SimilarName);
    for (const QList<qint64> &run : std::as_const(editRuns)) {
        for (int i = 0; i < run.size(); ++i) {
            for (int j = i + 1; j < run.size(); ++j) {
                const QString a = regionKeys.value(run.at(i)), b = regionKeys.value(run.at(j));
                if (a != b && a.size() >= 4 && b.size() >= 4 && a.left(2) == b.left(2) && withinOneEdit(a, b))
                    components.unite(run.at(i), run.at(j), MatchReason::SimilarName);
            }
        }
    }
    if (progress)
        progress(total, total);
    return components.groups();
}

Result<qint64> DuplicateService::duplicateCustomerCount() const
{
    auto groups = findGroups();
    if (!groups)
        return groups.error();
    qint64 n = 0;
    for (const DuplicateGroup &g : groups.value())
        n += g.customerIds.size();
    return n;
}

Result<QHash<qint64, Record>> DuplicateService::summaries(const QList<qint64> &customerIds) const
{
    QHash<qint64, Record> out;
    Status s = Sql::forIdChunks(customerIds, [&](const QList<qint64> &chunk) -> Status {
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, code, name, mobile, email FROM customers WHERE id IN (%1)")
                      .arg(Sql::placeholders(int(chunk.size()))));
        Sql::bindIds(q, chunk, 0);
        if (!q.exec())
            return Sql::queryError(q);
        while (q.next())
            out.insert(q.value(0).toLongLong(), Sql::recordFromQuery(q));
        return {};
    });
    if (!s)
        return s.error();
    return out;
}

QStringList DuplicateService::mergeFields() const
{
    QStringList out;
    for (const FieldSpec &f : entitySpec(Entity::Customer).fields)
        out << f.key;
    FieldService fields(m_database, m_store);
    const auto defs = fields.fields(Entity::Customer, false);
    if (defs) {
        for (const Record &d : defs.value())
            out << QStringLiteral("custom.") + d.value(QStringLiteral("field_key")).toString();
    }
    return out;
}

Result<MergeUndo> DuplicateService::merge(const MergeRequest &request)
{
    const EntitySpec &spec = entitySpec(Entity::Customer);
    QList<qint64> all{request.survivorId};
    for (qint64 id : request.mergedIds) {
        if (!all.contains(id))
            all << id;
    }
    if (request.survivorId <= 0 || all.size() < 2)
        return makeError(Error::Invalid, QCoreApplication::translate("Patron::DuplicateService",
                                                                     "Choose at least two customers to merge."));
    const QList<qint64> others = all.mid(1);

    Transaction tx(m_database);
    if (!tx.isActive())
        return tx.error();
    QSqlDatabase db = tx.connection();
    QHash<qint64, Record> rows;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT * FROM customers WHERE id IN (%1)%2")
                      .arg(Sql::placeholders(int(all.size())), m_database.dialect().lockRowSuffix()));
        Sql::bindIds(q, all, 0);
        if (!q.exec())
            return Sql::queryError(q);
        while (q.next()) {
            const Record r = rawRecord(q);
            rows.insert(r.value(QStringLiteral("id")).toLongLong(), r);
        }
    }
    for (qint64 id : std::as_const(all)) {
        const Record r = rows.value(id);
        if (r.isEmpty() || !r.value(QStringLiteral("deleted_at")).isNull()
            || r.value(QStringLiteral("version")).toInt() != request.versions.value(id, -1))
            return conflict();
    }

    MergeUndo undo;
    undo.survivorId = request.survivorId;
    for (qint64 id : std::as_const(all))
        undo.customersBefore << rows.value(id);

    // The survivor's value, else the first non-empty one, unless the user picked a customer.
    auto pick = [&](const QString &field, const std::function<QVariant(const Record &)> &get) {
        const qint64 source = request.fieldSources.value(field, 0);
        if (source && rows.contains(source))
            return get(rows.value(source));
        for (qint64 id : std::as_const(all)) {
            const QVariant v = get(rows.value(id));
            if (!canonical(v).isEmpty())
                return v;
        }
        return QVariant();
    };
    const Record &survivor = rows[request.survivorId];
    Record merged = survivor;
    QList<std::pair<QString, QVariant>> sets;
    for (const FieldSpec &f : spec.fields) {
        const QVariant v = pick(f.key, [&](const Record &r) { return r.value(f.key); });
        if (canonical(v) != canonical(survivor.value(f.key))) {
            sets.append({f.key, Sql::bindValue(f, v)});
            merged.insert(f.key, v);
        }
    }
    QVariantMap custom = Sql::decodeJson(survivor.value(QStringLiteral("custom")).toString());
    QSet<QString> customKeys;
    QHash<qint64, QVariantMap> customs;
    for (qint64 id : std::as_const(all)) {
        customs.insert(id, Sql::decodeJson(rows.value(id).value(QStringLiteral("custom")).toString()));
        const auto k = customs.value(id).keys();
        customKeys.unite(QSet<QString>(k.begin(), k.end()));
    }
    for (const QString &key : std::as_const(customKeys)) {
        const QVariant v = pick(QStringLiteral("custom.") + key, [&](const Record &r) {
            return customs.value(r.value(QStringLiteral("id")).toLongLong()).value(key);
        });
        if (canonical(v).isEmpty())
            custom.remove(key);
        else
            custom.insert(key, v);
    }
    const QString customJson = Sql::encodeJson(custom);
    const bool customChanged = custom != customs.value(request.survivorId);

    const QString now = Values::now();
    const QString newCode = canonical(merged.value(QStringLiteral("code")));
    // The others go to the trash first: a code the survivor takes over must be free.
    for (qint64 id : others) {
        QSqlQuery q(db);
        const bool freeCode = !newCode.isEmpty() && canonical(rows.value(id).value(QStringLiteral("code"))) == newCode;
        q.prepare(QStringLiteral("UPDATE customers SET deleted_at = ?, updated_at = ?, version = version + 1%1 WHERE id = ?")
                      .arg(freeCode ? QStringLiteral(", code = NULL") : QString()));
        q.bindValue(0, now);
        q.bindValue(1, now);
        q.bindValue(2, id);
        if (!q.exec())
            return Sql::queryError(q);
        undo.versionsAfter.insert(id, rows.value(id).value(QStringLiteral("version")).toInt() + 1);
        Status a = Sql::writeAudit(db, m_store.actor(), spec.name, id, QStringLiteral("merge"),
                                   QStringLiteral("merged_into"), QString(), QString::number(request.survivorId));
        if (!a)
            return a.error();
    }
    {
        QStringList assignments;
        for (const auto &s : std::as_const(sets))
            assignments << s.first + QStringLiteral(" = ?");
        assignments << QStringLiteral("custom = ?") << QStringLiteral("search_tokens = ?") << QStringLiteral("updated_at = ?")
                    << QStringLiteral("version = version + 1");
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE customers SET %1 WHERE id = ?").arg(assignments.join(QLatin1String(", "))));
        int p = 0;
        for (const auto &s : std::as_const(sets))
            q.bindValue(p++, s.second);
        merged.insert(QStringLiteral("custom"), custom);
        q.bindValue(p++, customJson);
        q.bindValue(p++, RecordStore::customerSearchTokens(merged));
        q.bindValue(p++, now);
        q.bindValue(p++, request.survivorId);
        if (!q.exec())
            return Sql::translateError(m_database.dialect(), q.lastError(), spec);
        undo.versionsAfter.insert(request.survivorId, survivor.value(QStringLiteral("version")).toInt() + 1);
        for (const auto &s : std::as_const(sets)) {
            Status a = Sql::writeAudit(db, m_store.actor(), spec.name, request.survivorId, QStringLiteral("merge"), s.first,
                                       canonical(survivor.value(s.first)), canonical(s.second));
            if (!a)
                return a.error();
        }
        if (customChanged) {
            Status a = Sql::writeAudit(db, m_store.actor(), spec.name, request.survivorId, QStringLiteral("merge"),
                                       QStringLiteral("custom"), survivor.value(QStringLiteral("custom")).toString(), customJson);
            if (!a)
                return a.error();
        }
        Status a = Sql::writeAudit(db, m_store.actor(), spec.name, request.survivorId, QStringLiteral("merge"),
                                   QStringLiteral("merged_ids"), QString(), joinIds(others));
        if (!a)
            return a.error();
    }

    // Child rows keep their ids, versions and timestamps; only their customer changes.
    const QString otherList = Sql::placeholders(int(others.size()));
    for (const char *t : kChildTables) {
        const QString table = QString::fromLatin1(t);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, customer_id FROM %1 WHERE customer_id IN (%2)").arg(table, otherList));
        Sql::bindIds(q, others, 0);
        if (!q.exec())
            return Sql::queryError(q);
        QHash<qint64, qint64> moved;
        while (q.next())
            moved.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        q.finish();
        if (moved.isEmpty())
            continue;
        q.prepare(QStringLiteral("UPDATE %1 SET customer_id = ? WHERE customer_id IN (%2)").arg(table, otherList));
        q.bindValue(0, request.survivorId);
        Sql::bindIds(q, others, 1);
        if (!q.exec())
            return Sql::queryError(q);
        undo.movedRows.insert(table, moved);
    }

    // Tags: the union. The others keep theirs, so restoring one from the trash is complete.
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT tag_id, origin, created_at, customer_id FROM customer_tags WHERE customer_id IN (%1)")
                      .arg(Sql::placeholders(int(all.size()))));
        Sql::bindIds(q, all, 0);
        if (!q.exec())
            return Sql::queryError(q);
        QSet<qint64> have;
        QHash<qint64, std::pair<QString, QString>> toAdd;
        QList<qint64> order;
        QList<std::tuple<qint64, QString, QString, qint64>> tagRows;
        while (q.next())
            tagRows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
        q.finish();
        for (const auto &[tag, origin, created, customer] : std::as_const(tagRows)) {
            if (customer == request.survivorId)
                have.insert(tag);
        }
        // Origin from the first other customer (in merge order) that carries the tag.
        for (qint64 id : others) {
            for (const auto &[tag, origin, created, customer] : std::as_const(tagRows)) {
                if (customer == id && !have.contains(tag) && !toAdd.contains(tag)) {
                    toAdd.insert(tag, {origin, created});
                    order << tag;
                }
            }
        }
        for (qint64 tag : std::as_const(order)) {
            q.prepare(QStringLiteral("INSERT INTO customer_tags (customer_id, tag_id, origin, created_at) VALUES (?, ?, ?, ?)"));
            q.bindValue(0, request.survivorId);
            q.bindValue(1, tag);
            q.bindValue(2, toAdd.value(tag).first);
            q.bindValue(3, toAdd.value(tag).second);
            if (!q.exec())
                return Sql::queryError(q);
            Status a = Sql::writeAudit(db, m_store.actor(), spec.name, request.survivorId, QStringLiteral("tag"),
                                       QStringLiteral("tags"), QString(), QString::number(tag));
            if (!a)
                return a.error();
        }
        undo.addedTagIds = order;
    }

    Status c = tx.commit();
    if (!c)
        return c.error();
    for (qint64 id : std::as_const(all))
        m_store.notifyChanged(Entity::Customer, id, id);
    return undo;
}

Status DuplicateService::unmerge(const MergeUndo &undo)
{
    if (undo.isEmpty())
        return {};
    const EntitySpec &spec = entitySpec(Entity::Customer);
    QList<qint64> all;
    for (const Record &r : undo.customersBefore)
        all << r.value(QStringLiteral("id")).toLongLong();

    Transaction tx(m_database);
    if (!tx.isActive())
        return tx.error();
    QSqlDatabase db = tx.connection();
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id, version FROM customers WHERE id IN (%1)%2")
                      .arg(Sql::placeholders(int(all.size())), m_database.dialect().lockRowSuffix()));
        Sql::bindIds(q, all, 0);
        if (!q.exec())
            return Sql::queryError(q);
        int found = 0;
        while (q.next()) {
            ++found;
            if (q.value(1).toInt() != undo.versionsAfter.value(q.value(0).toLongLong(), -1))
                return conflict();
        }
        if (found != all.size())
            return conflict();
    }
    // The survivor first: it gives back a code the others had.
    for (const Record &row : undo.customersBefore) {
        QStringList assignments;
        QVariantList values;
        for (auto it = row.begin(); it != row.end(); ++it) {
            if (it.key() == QLatin1String("id"))
                continue;
            assignments << it.key() + QStringLiteral(" = ?");
            values << it.value();
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE customers SET %1 WHERE id = ?").arg(assignments.join(QLatin1String(", "))));
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        const qint64 id = row.value(QStringLiteral("id")).toLongLong();
        q.bindValue(int(values.size()), id);
        if (!q.exec())
            return Sql::translateError(m_database.dialect(), q.lastError(), spec);
        Status a = Sql::writeAudit(db, m_store.actor(), spec.name, id, QStringLiteral("unmerge"),
                                   id == undo.survivorId ? QStringLiteral("merged_ids") : QStringLiteral("merged_into"),
                                   id == undo.survivorId ? joinIds(all.mid(1)) : QString::number(undo.survivorId), QString());
        if (!a)
            return a.error();
    }
    for (auto t = undo.movedRows.begin(); t != undo.movedRows.end(); ++t) {
        QHash<qint64, QList<qint64>> byCustomer;
        for (auto it = t.value().begin(); it != t.value().end(); ++it)
            byCustomer[it.value()] << it.key();
        for (auto it = byCustomer.begin(); it != byCustomer.end(); ++it) {
            Status s = Sql::forIdChunks(it.value(), [&](const QList<qint64> &chunk) -> Status {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("UPDATE %1 SET customer_id = ? WHERE id IN (%2)")
                              .arg(t.key(), Sql::placeholders(int(chunk.size()))));
                q.bindValue(0, it.key());
                Sql::bindIds(q, chunk, 1);
                return q.exec() ? Status() : Status(Sql::queryError(q));
            });
            if (!s)
                return s;
        }
    }
    for (qint64 tag : undo.addedTagIds) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ? AND tag_id = ?"));
        q.bindValue(0, undo.survivorId);
        q.bindValue(1, tag);
        if (!q.exec())
            return Sql::queryError(q);
        Status a = Sql::writeAudit(db, m_store.actor(), spec.name, undo.survivorId, QStringLiteral("untag"),
                                   QStringLiteral("tags"), QString::number(tag), QString());
        if (!a)
            return a.error();
    }
    Status c = tx.commit();
    if (!c)
        return c;
    for (qint64 id : std::as_const(all))
        m_store.notifyChanged(Entity::Customer, id, id);
    return {};
}

} // namespace Patron
