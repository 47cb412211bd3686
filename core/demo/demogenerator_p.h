#pragma once

// Internals of DemoGenerator shared by its two source files (set-up in
// demogenerator.cpp, the customer and order passes in demorows.cpp).

#include "demogenerator.h"
#include "demodata.h"
#include "demorandom.h"
#include "storage/database.h"
#include "util/values.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <functional>
#include <vector>

namespace Patron::DemoInternal {

using DemoRandom::Rng;
using DemoRandom::WeightedIndex;
namespace D = DemoData;

// Each purpose draws from its own stream, so changing one (say, the number of orders)
// leaves the others — names, phones, owners — as they were for the same seed.
enum Domain : quint64 { PlanDomain = 1, ProfileDomain, OrderDayDomain, OrderDomain, ActivityDomain,
                        TicketDomain, TaskDomain, TagDomain };

constexpr qint64 kWindowDays = 3 * 365 + 1; // orders span the three years before today
constexpr qint64 kHistoryDays = 5 * 365;    // customers were created over five years
constexpr qint64 kBlock = 1000;             // customers written per round (and progress step)
constexpr qint64 kOrderBlock = 20000;
constexpr qint64 kMaxOrdersPerCustomer = 5000;

/// What is decided about a customer before its row is written (also needed to scale
/// order counts so their mean meets the requested average).
struct Plan
{
    bool company = true;
    qint64 createdJd = 0;
    int createdSecond = 0;
    bool buyer = false;
    bool churned = false;
    qint64 activeStart = 0; ///< julian days of the period it orders in
    qint64 activeEnd = 0;
    double rate = 0;        ///< relative order frequency (long-tailed, mean 1)
    double valueFactor = 1; ///< relative order size (long-tailed, median 1)

    double orderWeight() const { return buyer ? rate * double(activeEnd - activeStart + 1) / kWindowDays : 0.0; }
};

struct Person
{
    QString name;
    QString pinyin; ///< "zhang.wei"
};

struct Sinks; // the per-table bulk inserters of the customer pass

class Generator
{
public:
    Generator(Database &database, const DemoOptions &options,
              const std::function<bool(qint64, qint64)> &progress)
        : m_database(database)
        , m_options(options)
        , m_progress(progress)
        , m_db(database.connection())
        , m_todayJd(options.today.toJulianDay())
        , m_minJd(m_todayJd - kHistoryDays - 10)
        , m_maxJd(m_todayJd + 120)
    {
        const qint64 rows = options.customers + qint64(std::llround(double(options.customers) * options.ordersPerCustomer));
        m_total = rows + indexWork(rows);
        for (qint64 jd = m_minJd; jd <= m_maxJd; ++jd)
            m_dates << Values::storeDate(QDate::fromJulianDay(jd));
        m_cityPick = WeightedIndex(D::cities(), [](const D::City &c) { return c.weight; });
        m_surnamePick = WeightedIndex(D::surnames(), [](const D::Syllable &s) { return s.weight; });
        m_industryPick = WeightedIndex(D::industries(), [](const D::Industry &i) { return i.weight; });
        m_suffixPick = WeightedIndex(D::companySuffixes(), [](const D::Weighted &w) { return w.weight; });
        m_sourcePick = WeightedIndex(D::sources(), [](const D::Weighted &w) { return w.weight; });
    }

    Status run();
    qint64 orderCount() const { return m_orderTotal; }
    DemoCounts counts() const
    {
        return {m_options.customers, m_contactCount, m_orderTotal, m_activityCount, m_ticketCount, m_taskCount};
    }

private:
    Status query(QSqlQuery &q, const QString &what) const
    {
        return makeError(Error::Database, QStringLiteral("%1: %2").arg(what, q.lastError().text()));
    }
    bool reportProgress()
    {
        return !m_progress || m_progress(m_done, m_total);
    }
    Status cancelled() const
    {
        return makeError(Error::Invalid, QCoreApplication::translate("Patron::DemoGenerator",
                                                                     "Cancelled; the database was left as it was."));
    }

    Status readBaseIds();
    Status createUsers();
    Status createTags();
    Status createCustomFields();
    Status writeCustomers();
    Status writeOrders();
    Status resyncSequences();
    Status dropIndexes();
    /// Progress units given to rebuilding the indexes after the rows (SQLite only).
    qint64 indexWork(qint64 rows) const { return m_database.backend() == Backend::SQLite ? rows / 4 : 0; }
    Status rebuildIndexes();
    void trace(const char *phase);

    Plan plan(qint64 index) const;
    Person person(Rng &r) const;
    QString mobile(Rng &r) const;
    QString dateTime(qint64 jd, int second) const;
    qint64 pickOwner(Rng &r) const;
    QString landline(Rng &r, const D::City &city) const;
    void writeCustomer(qint64 index, const Plan &plan, Sinks &sinks);
    void writeFollowUps(qint64 index, qint64 id, const Plan &plan, qint64 ownerId, const QList<qint64> &contactIds,
                        qint64 orders, Sinks &sinks);

    Database &m_database;
    const DemoOptions m_options;
    std::function<bool(qint64, qint64)> m_progress;
    QSqlDatabase m_db;
    const qint64 m_todayJd;
    const qint64 m_minJd;
    const qint64 m_maxJd;
    QStringList m_dates; ///< "yyyy-MM-dd" for m_minJd … m_maxJd (formatting is hot)
    qint64 m_done = 0;
    qint64 m_total = 0;

    WeightedIndex m_cityPick, m_surnamePick, m_industryPick, m_suffixPick, m_sourcePick, m_ownerPick;
    QList<qint64> m_ownerIds;
    QList<qint64> m_tagIds;
    bool m_customFields = false;
    double m_ordersScale = 0; ///< extra orders per unit of Plan::orderWeight()

    qint64 m_customerBase = 0, m_contactBase = 0, m_orderBase = 0, m_activityBase = 0, m_ticketBase = 0,
           m_taskBase = 0;
    // SQLite bulk load: index and trigger definitions dropped for the load, recreated
    // from the same SQL afterwards (sorting once is far cheaper than millions of
    // random B-tree inserts).
    QStringList m_droppedIndexes;
    QStringList m_droppedTriggers;
    QElapsedTimer m_clock;
    bool m_trace = false;
    qint64 m_lastTrace = 0;

    qint64 m_contactCount = 0, m_activityCount = 0, m_ticketCount = 0, m_taskCount = 0;

    // Orders are written after all customers, sorted by date, so order ids and order
    // numbers grow with time like in a real shop. One 64-bit key per order:
    // (day - m_minJd) << 32 | customer index.
    std::vector<quint64> m_orderKeys;
    qint64 m_orderTotal = 0;
    std::vector<float> m_valueFactor;   ///< per customer, for order amounts
    std::vector<bool> m_isCompany;
};

} // namespace Patron::DemoInternal
