#include "demogenerator.h"

#include "demogenerator_p.h"
#include "services/recordstore.h"
#include "storage/bulkload.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "util/sqlutil.h"
#include "util/values.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <cmath>
#include <vector>

namespace Patron {

namespace {

struct UserDef
{
    const char *username;
    const char *displayName;
    int manager; ///< index into kUsers, -1 for managers
    double weight; ///< share of customers owned
};

// Three sales managers and nine reps; reps own most customers, unevenly (a top seller,
// a newcomer), as in a real team.
const UserDef kUsers[] = {
    {"wang.jianguo", "王建国", -1, 0.5}, {"li.xiuying", "李秀英", -1, 0.4}, {"chen.zhiqiang", "陈志强", -1, 0.4},
    {"zhang.wei", "张伟", 0, 1.6},       {"liu.yang", "刘洋", 0, 1.2},      {"yang.jing", "杨静", 0, 1.0},
    {"zhao.lei", "赵磊", 1, 1.4},        {"huang.li", "黄丽", 1, 0.9},      {"zhou.jie", "周杰", 1, 0.7},
    {"wu.min", "吴敏", 2, 1.1},          {"xu.tao", "徐涛", 2, 0.8},        {"sun.ting", "孙婷", 2, 0.6},
};

const char *const kTagColors[] = {"#d9534f", "#f0ad4e", "#5bc0de", "#5cb85c", "#337ab7", "#9b59b6", "#e67e22"};

} // namespace

namespace DemoInternal {

QString Generator::dateTime(qint64 jd, int second) const
{
    const qint64 i = std::clamp(jd, m_minJd, m_maxJd) - m_minJd;
    const int h = second / 3600, m = (second / 60) % 60, s = second % 60;
    QString out;
    out.reserve(19);
    out += m_dates.at(i);
    out += QLatin1Char('T');
    const char16_t digits[8] = {char16_t(u'0' + h / 10), char16_t(u'0' + h % 10), u':', char16_t(u'0' + m / 10),
                                char16_t(u'0' + m % 10), u':', char16_t(u'0' + s / 10), char16_t(u'0' + s % 10)};
    out.append(reinterpret_cast<const QChar *>(digits), 8);
    return out;
}

Plan Generator::plan(qint64 index) const
{
    Rng r(m_options.seed, PlanDomain, quint64(index));
    Plan p;
    p.company = r.chance(0.7);
    // More customers were created recently (the business grows): density ∝ √t.
    const double t = (double(index) + r.uniform()) / double(std::max<qint64>(1, m_options.customers));
    p.createdJd = std::min(m_todayJd - 1, m_todayJd - kHistoryDays + qint64(double(kHistoryDays) * std::pow(t, 0.667)));
    p.createdSecond = 8 * 3600 + 30 * 60 + r.below(10 * 3600);
    const double m = m_options.ordersPerCustomer;
    p.buyer = m > 0 && r.chance(m >= 1.2 ? 0.85 : std::min(0.85, m * 0.7));
    p.activeStart = std::max(p.createdJd, m_todayJd - kWindowDays + 1);
    p.activeEnd = m_todayJd;
    if (p.buyer && p.activeStart < m_todayJd - 420 && r.chance(0.18)) {
        // Lost customers: their last order is more than a year old.
        p.churned = true;
        p.activeEnd = p.activeStart + 30 + r.below64(m_todayJd - 400 - p.activeStart - 30);
    }
    p.rate = std::exp(1.0 * r.normal() - 0.5);
    p.valueFactor = std::exp(0.8 * r.normal());
    return p;
}

Person Generator::person(Rng &r) const
{
    const D::Syllable &surname = D::surnames().at(m_surnamePick.pick(r));
    const auto &given = D::givenNameChars();
    Person p;
    const D::Syllable &g1 = r.pick(given);
    p.name = surname.hanzi + g1.hanzi;
    p.pinyin = surname.pinyin + QLatin1Char('.') + g1.pinyin;
    if (r.chance(0.7)) {
        const D::Syllable &g2 = r.pick(given);
        p.name += g2.hanzi;
        p.pinyin += g2.pinyin;
    }
    return p;
}

QString Generator::mobile(Rng &r) const
{
    return r.pick(D::mobilePrefixes()) + QStringLiteral("%1").arg(r.below(100000000), 8, 10, QLatin1Char('0'));
}

qint64 Generator::pickOwner(Rng &r) const
{
    if (m_ownerIds.isEmpty() || r.chance(0.03)) // 公海: nobody owns it yet
        return 0;
    return m_ownerIds.at(m_ownerPick.pick(r));
}

Status Generator::readBaseIds()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    auto maxId = [&](const char *table, qint64 *out) -> Status {
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(QLatin1String(table))) || !q.next())
            return query(q, QLatin1String(table));
        *out = q.value(0).toLongLong();
        return {};
    };
    for (auto [table, out] : {std::pair{"customers", &m_customerBase}, std::pair{"contacts", &m_contactBase},
                              std::pair{"orders", &m_orderBase}, std::pair{"activities", &m_activityBase},
                              std::pair{"tickets", &m_ticketBase}, std::pair{"tasks", &m_taskBase}}) {
        Status s = maxId(table, out);
        if (!s)
            return s;
    }
    return {};
}

Status Generator::createUsers()
{
    const QString created = dateTime(m_todayJd - kHistoryDays, 9 * 3600);
    QList<qint64> ids;
    QList<double> weights;
    for (const UserDef &u : kUsers) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id FROM users WHERE username = ?"));
        q.bindValue(0, QString::fromUtf8(u.username));
        if (!q.exec())
            return query(q, QStringLiteral("users"));
        qint64 id = 0;
        if (q.next()) {
            id = q.value(0).toLongLong();
        } else {
            q.prepare(QStringLiteral("INSERT INTO users (username, display_name, email, manager_id, active, "
                                     "created_at, updated_at, version) VALUES (?, ?, ?, ?, 1, ?, ?, 1) RETURNING id"));
            q.bindValue(0, QString::fromUtf8(u.username));
            q.bindValue(1, QString::fromUtf8(u.displayName));
            q.bindValue(2, QString(QString::fromUtf8(u.username) + QStringLiteral("@example.com")));
            q.bindValue(3, u.manager >= 0 ? QVariant(ids.at(u.manager)) : QVariant(QMetaType::fromType<qlonglong>()));
            q.bindValue(4, created);
            q.bindValue(5, created);
            if (!q.exec() || !q.next())
                return query(q, QStringLiteral("users"));
            id = q.value(0).toLongLong();
        }
        ids << id;
        weights << u.weight;
    }
    m_ownerIds = ids;
    m_ownerPick = WeightedIndex(weights, [](double w) { return w; });
    return {};
}

Status Generator::createTags()
{
    const QString now = dateTime(m_todayJd - kHistoryDays, 9 * 3600);
    int i = 0;
    for (const QString &name : D::tagNames()) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
        q.bindValue(0, name);
        if (!q.exec())
            return query(q, QStringLiteral("tags"));
        if (q.next()) {
            m_tagIds << q.value(0).toLongLong();
        } else {
            q.prepare(QStringLiteral("INSERT INTO tags (name, color, created_at, updated_at, version) "
                                     "VALUES (?, ?, ?, ?, 1) RETURNING id"));
            q.bindValue(0, name);
            q.bindValue(1, QString::fromLatin1(kTagColors[i % 7]));
            q.bindValue(2, now);
            q.bindValue(3, now);
            if (!q.exec() || !q.next())
                return query(q, QStringLiteral("tags"));
            m_tagIds << q.value(0).toLongLong();
        }
        ++i;
    }
    return {};
}

Status Generator::createCustomFields()
{
    // Only into a database without customer fields of its own: never mix with a
    // business's real field definitions.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM field_defs WHERE entity = 'customer'")) || !q.next())
        return query(q, QStringLiteral("field_defs"));
    if (q.value(0).toLongLong() > 0)
        return {};
    const QString now = dateTime(m_todayJd - kHistoryDays, 9 * 3600);
    q.prepare(QStringLiteral("INSERT INTO field_defs (entity, field_key, label, field_type, options, position, retired, "
                             "created_at, updated_at, version) VALUES ('customer', ?, ?, ?, ?, ?, 0, ?, ?, 1)"));
    const struct { const char *key, *label, *type, *options; } fields[] = {
        {"grade", "客户等级", "choice", R"(["A","B","C","D"])"},
        {"credit_limit", "信用额度", "money", "[]"},
    };
    int position = 1;
    for (const auto &f : fields) {
        q.bindValue(0, QString::fromUtf8(f.key));
        q.bindValue(1, QString::fromUtf8(f.label));
        q.bindValue(2, QString::fromUtf8(f.type));
        q.bindValue(3, QString::fromUtf8(f.options));
        q.bindValue(4, position++);
        q.bindValue(5, now);
        q.bindValue(6, now);
        if (!q.exec())
            return query(q, QStringLiteral("field_defs"));
    }
    m_customFields = true;
    return {};
}

Status Generator::resyncSequences()
{
    if (m_database.backend() != Backend::PostgreSQL)
        return {};
    // Rows were written with explicit ids; move the identity sequences past them so
    // the next normal insert does not collide. setval(…, NULL) is a no-op for empty tables.
    QSqlQuery q(m_db);
    for (const char *table : {"customers", "contacts", "orders", "activities", "tickets", "tasks"}) {
        const QString t = QLatin1String(table);
        if (!q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT MAX(id) FROM %1))").arg(t)))
            return query(q, t);
    }
    return {};
}

void Generator::trace(const char *phase)
{
    // PATRON_DEMO_TIMING=1 prints how long each phase took (for benchmarks).
    if (!m_trace)
        return;
    const qint64 now = m_clock.elapsed();
    std::fprintf(stderr, "demo: %-14s %7.1f s  (done at %.1f s)\n", phase, double(now - m_lastTrace) / 1000.0,
                 double(now) / 1000.0);
    m_lastTrace = now;
}

Status Generator::dropIndexes()
{
    if (m_database.backend() != Backend::SQLite)
        return {};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Only secondary indexes written as SQL (not the implicit ones of UNIQUE/PRIMARY KEY
    // constraints, whose sql is NULL) of the tables this run fills.
    if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
                               "AND sql IS NOT NULL AND tbl_name IN ('customers', 'contacts', 'orders', "
                               "'activities', 'tickets', 'tasks', 'customer_tags') ORDER BY type, name")))
        return query(q, QStringLiteral("sqlite_master"));
    QList<QPair<QString, QString>> drops;
    while (q.next()) {
        const QString type = q.value(0).toString(), name = q.value(1).toString(), sql = q.value(2).toString();
        // Only the trigger that feeds the search index on insert (0001_initial.sql) is
        // replaced by one bulk statement in rebuildIndexes(); every other trigger stays.
        if (type == QLatin1String("trigger") && name != QLatin1String("customers_fts_ai"))
            continue;
        (type == QLatin1String("index") ? m_droppedIndexes : m_droppedTriggers) << sql;
        drops.append({type, name});
    }
    q.finish();
    for (const auto &[type, name] : std::as_const(drops)) {
        if (!q.exec(QStringLiteral("DROP %1 \"%2\"").arg(type.toUpper(), name)))
            return query(q, name);
    }
    return {};
}

Status Generator::rebuildIndexes()
{
    if (m_database.backend() != Backend::SQLite)
        return {};
    QSqlQuery q(m_db);
    // The rows are done; the rest of the progress bar moves one step per index.
    const qint64 rowsDone = m_done;
    const qint64 work = m_total - rowsDone;
    const QStringList steps = m_droppedIndexes + m_droppedTriggers;
    const qint64 stepCount = steps.size() + 1;
    qint64 step = 0;
    auto advance = [&] {
        m_done = rowsDone + work * ++step / stepCount;
        return reportProgress();
    };
    if (!m_droppedTriggers.isEmpty()) {
        // What the insert trigger would have done, row by row, in one statement.
        if (!q.exec(QStringLiteral("INSERT INTO customer_fts (rowid, search_tokens) "
                                   "SELECT id, search_tokens FROM customers WHERE id > %1").arg(m_customerBase)))
            return query(q, QStringLiteral("customer_fts"));
        trace("search index");
    }
    if (!advance())
        return cancelled();
    for (const QString &sql : steps) {
        if (!q.exec(sql))
            return query(q, sql.left(60));
        if (!advance())
            return cancelled();
    }
    trace("indexes");
    return {};
}

Status Generator::run()
{
    if (m_options.customers < 0 || m_options.customers > 50'000'000)
        return makeError(Error::Invalid, QCoreApplication::translate(
                                             "Patron::DemoGenerator",
                                             "The number of demo customers must be between 0 and 50,000,000."));
    if (!m_options.today.isValid())
        return makeError(Error::Invalid, QCoreApplication::translate("Patron::DemoGenerator",
                                                                     "The demo data needs a valid date for today."));
    if (!(m_options.ordersPerCustomer >= 0 && m_options.ordersPerCustomer <= 1000))
        return makeError(Error::Invalid, QCoreApplication::translate(
                                             "Patron::DemoGenerator",
                                             "The average number of orders per customer must be between 0 and 1000."));
    if (!m_db.isOpen())
        return makeError(Error::Database, m_db.lastError().text());
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) || !q.next())
            return query(q, QStringLiteral("customers"));
        const qint64 existing = q.value(0).toLongLong();
        if (existing > 0)
            return makeError(Error::Invalid,
                             QCoreApplication::translate("Patron::DemoGenerator",
                                                         "This database already holds %1 customers; demo data can only "
                                                         "be added to an empty database. Use a new database file.")
                                 .arg(existing));
    }

    Transaction tx(m_database);
    if (!tx.isActive())
        return tx.error();
    m_trace = qEnvironmentVariableIsSet("PATRON_DEMO_TIMING");
    m_clock.start();
    for (auto step : {&Generator::readBaseIds, &Generator::createUsers, &Generator::createTags,
                      &Generator::createCustomFields, &Generator::dropIndexes, &Generator::writeCustomers,
                      &Generator::writeOrders, &Generator::rebuildIndexes, &Generator::resyncSequences}) {
        Status s = (this->*step)();
        if (!s)
            return s; // the transaction rolls back
    }
    Status audit = Sql::writeAudit(m_db, qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("local"))),
                                   QStringLiteral("customer"), 0, QStringLiteral("demo"), QString(), QString(),
                                   QStringLiteral("customers=%1 orders=%2 seed=%3")
                                       .arg(m_options.customers)
                                       .arg(orderCount())
                                       .arg(m_options.seed));
    if (!audit)
        return audit;
    Status committed = tx.commit();
    trace("commit");
    return committed;
}

} // namespace DemoInternal

DemoGenerator::DemoGenerator(Database &database)
    : m_database(database)
{
}

Status DemoGenerator::generate(const DemoOptions &options, const std::function<bool(qint64, qint64)> &progress)
{
    // A bigger page cache, file sorts on both cores, one write of each page; foreign key
    // checks off: every order would look its customer up, millions of random reads once
    // the customers outgrow the cache. The generator writes parents before children with
    // ids it assigned itself (tests run foreign_key_check).
    BulkLoad::Options bulk;
    bulk.cacheKiB = 131072;
    bulk.fileSorts = true;
    bulk.sortThreads = 2;
    bulk.noForeignKeys = true;
    BulkLoad settings(m_database, bulk);
    DemoInternal::Generator generator(m_database, options, progress);
    Status s = generator.run();
    if (s)
        m_counts = generator.counts();
    return s;
}

} // namespace Patron
