// The demo data generator, in process, on both backends: counts, realistic
// distributions, valid values, determinism, cancellation and refusal.

#include "demo/demogenerator.h"
#include "services/customerservice.h"
#include "services/recordstore.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "util/values.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>

using namespace Patron;

namespace {

const QDate kToday(2025, 6, 30);
constexpr qint64 kCustomers = 1500;

qint64 scalar(Workspace &ws, const QString &sql)
{
    QSqlQuery q(ws.database().connection());
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

QList<qint64> column(Workspace &ws, const QString &sql)
{
    QSqlQuery q(ws.database().connection());
    q.setForwardOnly(true);
    QList<qint64> out;
    if (!q.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

QStringList texts(Workspace &ws, const QString &sql)
{
    QSqlQuery q(ws.database().connection());
    q.setForwardOnly(true);
    QStringList out;
    if (!q.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

/// A digest of every row of the demo tables, ordered by id (ids included).
QByteArray digest(Workspace &ws)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table : {"customers", "contacts", "orders", "activities", "tickets", "tasks"}) {
        QSqlQuery q(ws.database().connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table))))
            return {};
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(QByteArray(q.value(i).toString().toUtf8() + '\x1f'));
        }
    }
    return hash.result().toHex();
}

DemoOptions options(quint64 seed, qint64 customers = kCustomers)
{
    DemoOptions o;
    o.customers = customers;
    o.seed = seed;
    o.today = kToday;
    return o;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsAndShape();
    void validValues();
    void orderDistributions();
    void followUps();
    void searchIndexMatchesRows();
    void determinism();
    void cancelLeavesDatabaseAsItWas();
    void refusesDatabaseWithCustomers();
    void invalidOptions();

private:
    Test::TestDatabase m_db;
    std::unique_ptr<Workspace> m_ws;
    QStringList m_schemaBefore;
    QList<qint64> m_progress;
};

void TestDemoGenerator::initTestCase()
{
    PATRON_REQUIRE_BACKEND();
    m_ws = m_db.open();
    QVERIFY(m_ws);
    m_schemaBefore = m_ws->database().dialect().describeSchema(m_ws->database().connection());
    DemoGenerator generator(m_ws->database());
    QElapsedTimer t;
    t.start();
    const Status s = generator.generate(options(3), [this](qint64 done, qint64 total) {
        m_progress << done << total;
        return true;
    });
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    qInfo("generated %lld customers in %lld ms", kCustomers, t.elapsed());
}

void TestDemoGenerator::countsAndShape()
{
    Workspace &ws = *m_ws;
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM customers")), kCustomers);
    // The bulk load drops and rebuilds indexes on SQLite: the schema must be as before.
    QCOMPARE(ws.database().dialect().describeSchema(ws.database().connection()), m_schemaBefore);

    // Progress came in steps, ending at done == total.
    QVERIFY(m_progress.size() >= 4);
    QCOMPARE(m_progress.at(m_progress.size() - 2), m_progress.last());

    // Every reference points at a row (SQLite loads without row-by-row foreign key
    // checks; PostgreSQL checked each row), and the checks are on again afterwards.
    if (ws.database().backend() == Backend::SQLite) {
        QSqlQuery q(ws.database().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        if (q.next())
            QFAIL(qPrintable(QStringLiteral("dangling reference in %1").arg(q.value(0).toString())));
        QCOMPARE(scalar(ws, QStringLiteral("PRAGMA foreign_keys")), 1);
        QSqlQuery j(ws.database().connection());
        QVERIFY(j.exec(QStringLiteral("PRAGMA journal_mode")) && j.next());
        QCOMPARE(j.value(0).toString(), QStringLiteral("wal"));
    }

    const double companies = double(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM customers WHERE kind = 'company'")));
    QVERIFY2(companies / kCustomers > 0.62 && companies / kCustomers < 0.78, qPrintable(QString::number(companies)));
    QVERIFY(scalar(ws, QStringLiteral("SELECT COUNT(DISTINCT province) FROM customers")) >= 25);
    QVERIFY(scalar(ws, QStringLiteral("SELECT COUNT(DISTINCT city) FROM customers")) >= 60);
    QVERIFY(scalar(ws, QStringLiteral("SELECT COUNT(DISTINCT industry) FROM customers WHERE kind = 'company'")) >= 12);
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM customers WHERE kind = 'company' AND industry = ''")), 0);
    QVERIFY(scalar(ws, QStringLiteral("SELECT COUNT(DISTINCT source) FROM customers")) >= 10);
    QVERIFY(scalar(ws, QStringLiteral("SELECT COUNT(DISTINCT lifecycle_stage) FROM customers")) >= 6);

    // Owners: twelve users, two or three of them managers of the others.
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM users")), 12);
    const qint64 managers = scalar(ws, QStringLiteral("SELECT COUNT(DISTINCT manager_id) FROM users WHERE manager_id IS NOT NULL"));
    QVERIFY(managers >= 2 && managers <= 3);
    const qint64 unowned = scalar(ws, QStringLiteral("SELECT COUNT(*) FROM customers WHERE owner_id IS NULL"));
    QVERIFY(unowned > 0 && unowned < kCustomers / 10);
    QVERIFY(scalar(ws, QStringLiteral("SELECT COUNT(DISTINCT owner_id) FROM customers")) >= 10);

    // Companies have one to three contacts, one of them primary; individuals none.
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM customers c WHERE kind = 'company' AND "
                                       "(SELECT COUNT(*) FROM contacts k WHERE k.customer_id = c.id) NOT BETWEEN 1 AND 3")),
             0);
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM contacts k JOIN customers c ON c.id = k.customer_id "
                                       "WHERE c.kind = 'person'")),
             0);
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE is_primary = 1")),
             scalar(ws, QStringLiteral("SELECT COUNT(*) FROM customers WHERE kind = 'company'")));

    // A few archived and a few in the trash, most active.
    const qint64 active = scalar(ws, QStringLiteral("SELECT COUNT(*) FROM customers WHERE archived = 0 AND deleted_at IS NULL"));
    QVERIFY(active > kCustomers * 95 / 100 && active <= kCustomers);
}

void TestDemoGenerator::validValues()
{
    Workspace &ws = *m_ws;
    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    static const QRegularExpression code(QStringLiteral("^C\\d{6}$"));
    static const QRegularExpression dateTime(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"));
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression phone(QStringLiteral("^0\\d{2,3}-[2-8]\\d{6,7}$"));

    const QStringList mobiles = texts(ws, QStringLiteral("SELECT mobile FROM customers WHERE mobile <> '' "
                                                         "UNION ALL SELECT mobile FROM contacts WHERE mobile <> ''"));
    QVERIFY(mobiles.size() > kCustomers * 8 / 10);
    for (const QString &m : mobiles)
        QVERIFY2(mobile.match(m).hasMatch(), qPrintable(m));
    const QStringList phones = texts(ws, QStringLiteral("SELECT phone FROM customers WHERE phone <> ''"));
    QVERIFY(!phones.isEmpty());
    for (const QString &p : phones)
        QVERIFY2(phone.match(p).hasMatch(), qPrintable(p));
    const QStringList emails = texts(ws, QStringLiteral("SELECT email FROM customers WHERE email <> '' "
                                                        "UNION ALL SELECT email FROM contacts WHERE email <> ''"));
    QVERIFY(emails.size() > kCustomers / 4);
    for (const QString &e : emails)
        QVERIFY2(Values::normalizeEmail(e) == e, qPrintable(e));

    const QStringList codes = texts(ws, QStringLiteral("SELECT code FROM customers ORDER BY id"));
    QCOMPARE(codes.first(), QStringLiteral("C000001"));
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), codes.size());
    for (const QString &c : codes)
        QVERIFY2(code.match(c).hasMatch(), qPrintable(c));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(DISTINCT order_no) FROM orders")),
             scalar(ws, QStringLiteral("SELECT COUNT(*) FROM orders")));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM orders WHERE order_no IS NULL")), 0);

    // Company names look like 「深圳市华联电子科技有限公司」; individuals have 2–4 character names.
    for (const QString &n : texts(ws, QStringLiteral("SELECT name FROM customers WHERE kind = 'company'")))
        QVERIFY2(n.size() >= 8 && (n.endsWith(QStringLiteral("公司")) || n.endsWith(QStringLiteral("商行"))
                                   || n.endsWith(QStringLiteral("经营部")) || n.endsWith(QStringLiteral("工作室"))),
                 qPrintable(n));
    for (const QString &n : texts(ws, QStringLiteral("SELECT name FROM customers WHERE kind = 'person'")))
        QVERIFY2(n.size() >= 2 && n.size() <= 4, qPrintable(n));

    for (const char *table : {"customers", "contacts", "orders", "activities", "tickets", "tasks"}) {
        const QString t = QLatin1String(table);
        for (const QString &v : texts(ws, QStringLiteral("SELECT created_at FROM %1 UNION ALL SELECT updated_at FROM %1").arg(t)))
            QVERIFY2(dateTime.match(v).hasMatch(), qPrintable(t + QLatin1Char(' ') + v));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE updated_at < created_at").arg(t)), 0);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE version <> 1").arg(t)), 0);
    }
    for (const QString &d : texts(ws, QStringLiteral("SELECT DISTINCT ordered_at FROM orders")))
        QVERIFY2(date.match(d).hasMatch(), qPrintable(d));

    // search_tokens are exactly what a normal insert would store.
    QSqlQuery q(ws.database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT code, name, contact_name, mobile, phone, email, province, city, search_tokens "
                                  "FROM customers WHERE id % 97 = 1")));
    int checked = 0;
    while (q.next()) {
        Record r;
        for (int i = 0; i < 8; ++i)
            r.insert(q.record().fieldName(i), q.value(i));
        QCOMPARE(q.value(8).toString(), RecordStore::customerSearchTokens(r));
        ++checked;
    }
    QVERIFY(checked > 10);

    // Custom fields were defined, and their values fit them.
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM field_defs WHERE entity = 'customer'")), 2);
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM customers WHERE custom NOT LIKE '%\"grade\":\"_\"%'")), 0);
}

void TestDemoGenerator::orderDistributions()
{
    Workspace &ws = *m_ws;
    const qint64 orders = scalar(ws, QStringLiteral("SELECT COUNT(*) FROM orders"));
    const double mean = double(orders) / kCustomers;
    QVERIFY2(mean > 9.0 && mean < 11.0, qPrintable(QString::number(mean)));

    // Long-tailed frequency: some prospects without orders, a few very frequent buyers.
    const QList<qint64> perCustomer = column(ws, QStringLiteral("SELECT (SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.id) "
                                                                "FROM customers c ORDER BY 1"));
    const qint64 zero = std::count(perCustomer.begin(), perCustomer.end(), 0);
    QVERIFY2(zero > kCustomers / 10 && zero < kCustomers / 4, qPrintable(QString::number(zero)));
    QVERIFY2(perCustomer.last() > 6 * mean, qPrintable(QString::number(perCustomer.last())));
    const qint64 medianCount = perCustomer.at(perCustomer.size() / 2);
    QVERIFY2(medianCount < mean, qPrintable(QString::number(medianCount))); // skewed right

    // Long-tailed amounts in integer cents.
    const QList<qint64> amounts = column(ws, QStringLiteral("SELECT amount_cents FROM orders ORDER BY amount_cents"));
    QVERIFY(amounts.first() > 0);
    const qint64 median = amounts.at(amounts.size() / 2);
    const qint64 p99 = amounts.at(amounts.size() * 99 / 100);
    QVERIFY2(median > 20000 && median < 1000000, qPrintable(QString::number(median)));
    QVERIFY2(p99 > 10 * median, qPrintable(QStringLiteral("p99 %1 median %2").arg(p99).arg(median)));
    QVERIFY(amounts.last() > 50 * median);
    double sum = 0;
    for (qint64 a : amounts)
        sum += double(a);
    QVERIFY(sum / double(amounts.size()) > 1.5 * double(median)); // mean well above median

    // Mostly completed or paid; some cancelled and refunded; a few pending, recent ones.
    auto share = [&](const char *status) {
        return double(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = '%1'").arg(QLatin1String(status))))
               / double(orders);
    };
    QVERIFY(share("completed") + share("paid") > 0.88);
    QVERIFY(share("cancelled") > 0.02 && share("cancelled") < 0.07);
    QVERIFY(share("refunded") > 0.005 && share("refunded") < 0.04);
    QVERIFY(share("pending") > 0.0 && share("pending") < 0.03);

    // Three years before today, never before the customer existed.
    const QString from = Values::storeDate(kToday.addDays(-3 * 365));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM orders WHERE ordered_at < '%1' OR ordered_at > '%2'")
                            .arg(from, Values::storeDate(kToday))),
             0);
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM orders o JOIN customers c ON c.id = o.customer_id "
                                       "WHERE o.ordered_at < substr(c.created_at, 1, 10)")),
             0);
    QVERIFY(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM orders WHERE ordered_at < '%1'")
                           .arg(Values::storeDate(kToday.addDays(-2 * 365))))
            > orders / 10);
    // Order ids grow with time, like a real shop's.
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM orders a JOIN orders b ON b.id = a.id + 1 "
                                       "WHERE b.ordered_at < a.ordered_at")),
             0);
}

void TestDemoGenerator::followUps()
{
    Workspace &ws = *m_ws;
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(DISTINCT kind) FROM activities")), 4);
    QVERIFY(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM activities")) > kCustomers);
    QVERIFY(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM tickets")) > kCustomers / 20);
    QVERIFY(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status IN ('open', 'in_progress')")) > 0);
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status IN ('resolved', 'closed') AND closed_at IS NULL")), 0);
    const QString now = Values::storeDate(kToday) + QStringLiteral("T00:00:00");
    QVERIFY(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM tasks WHERE status = 'open' AND due_at < '%1'").arg(now)) > 0);
    QVERIFY(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM tasks WHERE status = 'open' AND due_at >= '%1'").arg(now)) > 0);
    QVERIFY(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM tasks WHERE remind_at IS NOT NULL")) > 0);
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM tasks WHERE status = 'done' AND completed_at IS NULL")), 0);
    QVERIFY(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM customer_tags")) > kCustomers / 10);
}

void TestDemoGenerator::searchIndexMatchesRows()
{
    // The generator feeds the full-text index in bulk; it must answer exactly like one
    // filled row by row: compare the index's answer with a plain scan.
    Workspace &ws = *m_ws;
    const QString fields = QStringLiteral("(code || ' ' || name || ' ' || contact_name || ' ' || mobile || ' ' || phone "
                                          "|| ' ' || email || ' ' || province || ' ' || city)");
    for (const QString &text : {QStringLiteral("有限公司"), QStringLiteral("华"), QStringLiteral("深圳"),
                                QStringLiteral("王"), QStringLiteral("C0001"), QStringLiteral("qq.com")}) {
        CustomerFilter filter;
        filter.search = text;
        auto count = ws.customers().count(filter);
        QVERIFY(count.ok());
        const qint64 scanned = scalar(ws, QStringLiteral("SELECT COUNT(*) FROM customers WHERE archived = 0 AND "
                                                         "deleted_at IS NULL AND %1 LIKE '%%2%'")
                                              .arg(fields, text));
        QVERIFY2(scanned > 0, qPrintable(text));
        // A lone CJK character is matched as the prefix of a token, which can only be more
        // specific than LIKE (same character at a token start); otherwise counts agree.
        if (text.size() == 1)
            QVERIFY2(count.value() > 0 && count.value() <= scanned, qPrintable(text));
        else
            QCOMPARE(count.value(), scanned);
    }
}

void TestDemoGenerator::determinism()
{
    Test::TestDatabase a, b, c;
    auto wa = a.open(), wb = b.open(), wc = c.open();
    QVERIFY(wa && wb && wc);
    QVERIFY(DemoGenerator(wa->database()).generate(options(11, 300)).ok());
    QVERIFY(DemoGenerator(wb->database()).generate(options(11, 300)).ok());
    QVERIFY(DemoGenerator(wc->database()).generate(options(12, 300)).ok());
    const QByteArray da = digest(*wa), db = digest(*wb), dc = digest(*wc);
    QVERIFY(!da.isEmpty());
    QCOMPARE(da, db);
    QVERIFY(da != dc);
}

void TestDemoGenerator::cancelLeavesDatabaseAsItWas()
{
    Test::TestDatabase fresh;
    auto ws = fresh.open();
    QVERIFY(ws);
    const QStringList schema = ws->database().dialect().describeSchema(ws->database().connection());
    const qint64 users = scalar(*ws, QStringLiteral("SELECT COUNT(*) FROM users"));
    for (int stopAfter : {1, 3}) { // during the customers, then during the orders
        int calls = 0;
        DemoOptions o = options(5, 2500);
        const Status s = DemoGenerator(ws->database()).generate(o, [&](qint64 done, qint64) {
            return ++calls < stopAfter || (stopAfter == 3 && done < o.customers);
        });
        QVERIFY(!s.ok());
        for (const char *table : {"customers", "contacts", "orders", "activities", "tickets", "tasks", "customer_tags",
                                  "tags", "field_defs", "audit_log"})
            QCOMPARE(scalar(*ws, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))), 0);
        QCOMPARE(scalar(*ws, QStringLiteral("SELECT COUNT(*) FROM users")), users);
        QCOMPARE(ws->database().dialect().describeSchema(ws->database().connection()), schema);
    }
    // And the database still takes demo data afterwards, and normal inserts after that.
    QVERIFY(DemoGenerator(ws->database()).generate(options(5, 50)).ok());
    auto id = ws->store().insert(Entity::Customer, Record{{QStringLiteral("name"), QStringLiteral("后来的客户")}});
    QVERIFY2(id.ok(), qPrintable(id.error().message));
    QCOMPARE(id.value(), 51);
}

void TestDemoGenerator::refusesDatabaseWithCustomers()
{
    const qint64 before = scalar(*m_ws, QStringLiteral("SELECT COUNT(*) FROM orders"));
    const Status s = DemoGenerator(m_ws->database()).generate(options(3, 10));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Invalid);
    QVERIFY2(s.error().message.contains(QStringLiteral("empty database")), qPrintable(s.error().message));
    QCOMPARE(scalar(*m_ws, QStringLiteral("SELECT COUNT(*) FROM orders")), before);
}

void TestDemoGenerator::invalidOptions()
{
    Test::TestDatabase fresh;
    auto ws = fresh.open();
    QVERIFY(ws);
    DemoOptions o = options(1, -1);
    QCOMPARE(DemoGenerator(ws->database()).generate(o).error().code, Error::Invalid);
    o = options(1, 10);
    o.ordersPerCustomer = -2;
    QCOMPARE(DemoGenerator(ws->database()).generate(o).error().code, Error::Invalid);
    o = options(1, 10);
    o.today = QDate();
    QCOMPARE(DemoGenerator(ws->database()).generate(o).error().code, Error::Invalid);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
