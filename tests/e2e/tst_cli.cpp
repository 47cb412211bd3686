// The command line, end to end: the real patron binary run with QProcess against a
// fresh database of the backend under test.

#include "clirunner.h"
#include "services/customerservice.h"
#include "services/fieldservice.h"
#include "services/recordstore.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Patron;

namespace {

using Run = Patron::Test::CliRun;
using Patron::Test::parseCsv;

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void help();
    void demoSummaryAndRefusal();
    void demoDeterminism();
    void csvColumns();
    void jsonIsValid();
    void ordersAmountsMatchCents();
    void chineseRoundTripAndQuoting();
    void search();
    void scopes();
    void formulaNeutralisation();
    void customFieldColumns();
    void usageErrors_data();
    void usageErrors();
    void missingFolderIsCreated();
    void newerDatabaseIsRefusedUntouched();
    void unopenableDatabase();
    void exportFormatsByExtension();
    void exportEncodingsAndScopes();
    void exportUnwritablePath();
    void duplicatesListAndMerge();

private:
    Run run(const QStringList &args) const;
    QString target(const Test::TestDatabase &db) const;
    void demo(const Test::TestDatabase &db, int customers, int seed);

    Test::CliRunner m_runner;
    std::unique_ptr<Test::TestDatabase> m_demoDb; ///< 400 demo customers, shared by read-only tests
    QByteArray m_customersCsv;
};

Run TestCli::run(const QStringList &args) const
{
    return m_runner.run(args);
}

QString TestCli::target(const Test::TestDatabase &db) const
{
    return Test::CliRunner::target(db);
}

void TestCli::demo(const Test::TestDatabase &db, int customers, int seed)
{
    const Run r = run({QStringLiteral("--database"), target(db), QStringLiteral("demo"), QStringLiteral("--customers"),
                       QString::number(customers), QStringLiteral("--seed"), QString::number(seed),
                       QStringLiteral("--today"), QStringLiteral("2025-06-30")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCli::initTestCase()
{
    PATRON_REQUIRE_BACKEND();
    QVERIFY2(QFileInfo::exists(QStringLiteral(PATRON_BINARY)), PATRON_BINARY);
    m_demoDb = std::make_unique<Test::TestDatabase>();
    demo(*m_demoDb, 400, 42);
    const Run r = run({QStringLiteral("--database"), target(*m_demoDb), QStringLiteral("customers"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    m_customersCsv = r.out;
}

void TestCli::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out).trimmed(), QStringLiteral("patron ") + QStringLiteral(PATRON_VERSION));
}

void TestCli::help()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    for (const char *s : {"demo", "customers list", "orders list", "export", "--database", "--lang"})
        QVERIFY2(text.contains(QLatin1String(s)), s);
    const Run sub = run({QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--help")});
    QCOMPARE(sub.exitCode, 0);
    QVERIFY(QString::fromUtf8(sub.out).contains(QStringLiteral("--format")));
}

void TestCli::demoSummaryAndRefusal()
{
    Test::TestDatabase db;
    const Run r = run({QStringLiteral("--database"), target(db), QStringLiteral("demo"), QStringLiteral("--customers"),
                       QStringLiteral("120")});
    QCOMPARE(r.exitCode, 0);
    static const QRegularExpression summary(QStringLiteral("^Created 120 customers, \\d+ contacts, (\\d+) orders, .* in [0-9.]+ s \\(seed 1\\)\\.$"));
    const auto m = summary.match(QString::fromUtf8(r.out).trimmed());
    QVERIFY2(m.hasMatch(), r.out.constData());
    QVERIFY(m.captured(1).toInt() > 600);
    QVERIFY2(r.err.isEmpty(), r.err.constData()); // no progress noise when stderr is not a terminal

    const Run again = run({QStringLiteral("--database"), target(db), QStringLiteral("demo")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.out.isEmpty());
    QVERIFY2(!again.errLine().contains(QLatin1Char('\n')), again.err.constData());
    QVERIFY2(again.errLine().contains(QStringLiteral("already holds 120 customers")), again.err.constData());
}

void TestCli::demoDeterminism()
{
    Test::TestDatabase same, other;
    demo(same, 400, 42);
    demo(other, 400, 43);
    const QStringList list = {QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--all")};
    const Run a = run(QStringList{QStringLiteral("--database"), target(*m_demoDb)} + list);
    const Run b = run(QStringList{QStringLiteral("--database"), target(same)} + list);
    const Run c = run(QStringList{QStringLiteral("--database"), target(other)} + list);
    QCOMPARE(a.exitCode, 0);
    QVERIFY(a.out.size() > 20000);
    QCOMPARE(a.out, b.out); // byte for byte
    QVERIFY(a.out != c.out);
    const QStringList orders = {QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--format"),
                                QStringLiteral("json")};
    QCOMPARE(run(QStringList{QStringLiteral("--database"), target(*m_demoDb)} + orders).out,
             run(QStringList{QStringLiteral("--database"), target(same)} + orders).out);
}

void TestCli::csvColumns()
{
    const QList<QStringList> rows = parseCsv(m_customersCsv);
    QVERIFY(rows.size() > 300);
    const QStringList header = rows.first();
    const QStringList required = {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"),
                                  QStringLiteral("kind"), QStringLiteral("contact_name"), QStringLiteral("mobile"),
                                  QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("province"),
                                  QStringLiteral("city"), QStringLiteral("industry"), QStringLiteral("source"),
                                  QStringLiteral("owner"), QStringLiteral("created_at")};
    qsizetype last = -1;
    for (const QString &c : required) {
        const qsizetype at = header.indexOf(c);
        QVERIFY2(at > last, qPrintable(c)); // present, in this order
        last = at;
    }
    QVERIFY(m_customersCsv.endsWith("\r\n"));
    QVERIFY(!m_customersCsv.startsWith("\xEF\xBB\xBF"));
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"));
    static const QRegularExpression mobile(QStringLiteral("^(1[3-9]\\d{9})?$"));
    const qsizetype id = header.indexOf(QStringLiteral("id")), created = header.indexOf(QStringLiteral("created_at")),
                    updated = header.indexOf(QStringLiteral("updated_at")), mob = header.indexOf(QStringLiteral("mobile")),
                    owner = header.indexOf(QStringLiteral("owner"));
    qint64 previousId = 0;
    int owned = 0;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &r = rows.at(i);
        QCOMPARE(r.size(), header.size());
        QVERIFY(r.at(id).toLongLong() > previousId); // id order
        previousId = r.at(id).toLongLong();
        QVERIFY2(iso.match(r.at(created)).hasMatch(), qPrintable(r.at(created)));
        QVERIFY2(iso.match(r.at(updated)).hasMatch(), qPrintable(r.at(updated)));
        QVERIFY2(mobile.match(r.at(mob)).hasMatch(), qPrintable(r.at(mob)));
        if (!r.at(owner).isEmpty()) {
            ++owned;
            QVERIFY2(!r.at(owner).at(0).isDigit(), qPrintable(r.at(owner))); // a display name, not an id
        }
    }
    QVERIFY(owned > rows.size() * 8 / 10);
}

void TestCli::jsonIsValid()
{
    const Run r = run({QStringLiteral("--database"), target(*m_demoDb), QStringLiteral("customers"),
                       QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().size(), parseCsv(m_customersCsv).size() - 1);
    const QJsonObject first = doc.array().first().toObject();
    QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("C000001"));
    QVERIFY(first.value(QStringLiteral("id")).isDouble());
    QVERIFY(first.contains(QStringLiteral("grade"))); // the demo's custom field

    // An empty list is still a valid (empty) array.
    Test::TestDatabase empty;
    const Run e = run({QStringLiteral("--database"), target(empty), QStringLiteral("customers"), QStringLiteral("list"),
                       QStringLiteral("-f"), QStringLiteral("JSON")});
    QCOMPARE(e.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(e.out).array().size(), 0);
    QVERIFY(QJsonDocument::fromJson(e.out).isArray());
}

void TestCli::ordersAmountsMatchCents()
{
    auto ws = m_demoDb->open();
    QVERIFY(ws);
    QHash<QString, qint64> cents;
    QSqlQuery q(ws->database().connection());
    // Orders of customers in the trash are not listed.
    QVERIFY(q.exec(QStringLiteral("SELECT o.order_no, o.amount_cents FROM orders o JOIN customers c ON c.id = o.customer_id "
                                  "WHERE c.deleted_at IS NULL")));
    while (q.next())
        cents.insert(q.value(0).toString(), q.value(1).toLongLong());
    QVERIFY(cents.size() > 2000);

    const Run csv = run({QStringLiteral("--database"), target(*m_demoDb), QStringLiteral("orders"), QStringLiteral("list")});
    QCOMPARE(csv.exitCode, 0);
    const QList<QStringList> rows = parseCsv(csv.out);
    QCOMPARE(rows.first().mid(0, 6), (QStringList{QStringLiteral("order_no"), QStringLiteral("customer_code"),
                                                   QStringLiteral("customer_name"), QStringLiteral("ordered_at"),
                                                   QStringLiteral("amount"), QStringLiteral("status")}));
    QCOMPARE(rows.size() - 1, cents.size());
    static const QRegularExpression amount(QStringLiteral("^(\\d+)\\.(\\d{2})$"));
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    QString previousDate;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &r = rows.at(i);
        const auto m = amount.match(r.at(4));
        QVERIFY2(m.hasMatch(), qPrintable(r.at(4)));
        QCOMPARE(m.captured(1).toLongLong() * 100 + m.captured(2).toLongLong(), cents.value(r.at(0)));
        QVERIFY2(date.match(r.at(3)).hasMatch(), qPrintable(r.at(3)));
        QVERIFY(r.at(3) >= previousDate); // oldest first
        previousDate = r.at(3);
    }

    const Run json = run({QStringLiteral("--database"), target(*m_demoDb), QStringLiteral("orders"), QStringLiteral("list"),
                          QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray orders = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(orders.size(), cents.size());
    for (const QJsonValue &v : orders) {
        const QJsonObject o = v.toObject();
        QCOMPARE(qRound64(o.value(QStringLiteral("amount")).toDouble() * 100), cents.value(o.value(QStringLiteral("order_no")).toString()));
    }
    // The amount is written as a number with exactly two decimals.
    QVERIFY(QRegularExpression(QStringLiteral("\"amount\":\\d+\\.\\d{2},")).match(QString::fromUtf8(json.out)).hasMatch());
}

void TestCli::chineseRoundTripAndQuoting()
{
    Test::TestDatabase db;
    const QString name = QStringLiteral("上海恒瑞贸易有限公司（浦东分部）");
    const QString notes = QStringLiteral("他说：\"下周,再联系\"\n第二行 😀");
    {
        auto ws = db.open();
        QVERIFY(ws);
        QVERIFY(ws->store().insert(Entity::Customer, Record{{QStringLiteral("name"), name},
                                                            {QStringLiteral("notes"), notes},
                                                            {QStringLiteral("city"), QStringLiteral("上海市")}}).ok());
    }
    const Run r = run({QStringLiteral("--database"), target(db), QStringLiteral("customers"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out).toUtf8(), r.out); // valid UTF-8
    const QList<QStringList> rows = parseCsv(r.out);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).at(rows.at(0).indexOf(QStringLiteral("name"))), name);
    QCOMPARE(rows.at(1).at(rows.at(0).indexOf(QStringLiteral("notes"))), notes);
    QCOMPARE(rows.at(1).at(rows.at(0).indexOf(QStringLiteral("city"))), QStringLiteral("上海市"));

    const Run j = run({QStringLiteral("--database"), target(db), QStringLiteral("customers"), QStringLiteral("list"),
                       QStringLiteral("--format=json")});
    const QJsonObject o = QJsonDocument::fromJson(j.out).array().first().toObject();
    QCOMPARE(o.value(QStringLiteral("notes")).toString(), notes);

    const Run bom = run({QStringLiteral("--database"), target(db), QStringLiteral("customers"), QStringLiteral("list"),
                         QStringLiteral("--bom")});
    QVERIFY(bom.out.startsWith("\xEF\xBB\xBF" "id,code,"));
}

void TestCli::search()
{
    Test::TestDatabase db;
    {
        auto ws = db.open();
        QVERIFY(ws);
        for (const auto &[n, m] : {std::pair{"深圳市华联电子科技有限公司", "13812345678"}, std::pair{"北京华联商厦有限公司", ""},
                                   std::pair{"王小明", "13900001111"}, std::pair{"杭州西湖茶叶商行", "15055556666"}})
            QVERIFY(ws->store().insert(Entity::Customer, Record{{QStringLiteral("name"), QString::fromUtf8(n)},
                                                                {QStringLiteral("mobile"), QString::fromUtf8(m)}}).ok());
    }
    auto names = [&](const QString &text) {
        const Run r = run({QStringLiteral("--database"), target(db), QStringLiteral("customers"), QStringLiteral("list"),
                           QStringLiteral("--search"), text});
        QStringList out;
        const QList<QStringList> rows = parseCsv(r.out);
        for (qsizetype i = 1; i < rows.size(); ++i)
            out << rows.at(i).at(2);
        return out;
    };
    QCOMPARE(names(QStringLiteral("华联")).size(), 2);
    QCOMPARE(names(QStringLiteral("华联 深圳")), QStringList{QStringLiteral("深圳市华联电子科技有限公司")});
    QCOMPARE(names(QStringLiteral("5678")), QStringList{QStringLiteral("深圳市华联电子科技有限公司")}); // 尾号
    QCOMPARE(names(QStringLiteral("1390")), QStringList{QStringLiteral("王小明")});                   // mobile prefix
    QCOMPARE(names(QStringLiteral("王")), QStringList{QStringLiteral("王小明")});
    QCOMPARE(names(QStringLiteral("茶叶")), QStringList{QStringLiteral("杭州西湖茶叶商行")});
    QVERIFY(names(QStringLiteral("不存在的客户")).isEmpty());
    QVERIFY(names(QStringLiteral("\"*) OR 1")).isEmpty()); // query syntax is never passed through
}

void TestCli::scopes()
{
    Test::TestDatabase db;
    {
        auto ws = db.open();
        QVERIFY(ws);
        QList<qint64> ids;
        for (const char *n : {"在用客户", "归档客户", "回收站客户"})
            ids << ws->store().insert(Entity::Customer, Record{{QStringLiteral("name"), QString::fromUtf8(n)}}).value();
        QVERIFY(ws->customers().setArchived({ids.at(1)}, true).ok());
        QVERIFY(ws->customers().moveToTrash({ids.at(2)}).ok());
    }
    auto names = [&](const QStringList &scope) {
        const Run r = run(QStringList{QStringLiteral("--database"), target(db), QStringLiteral("customers"),
                                      QStringLiteral("list")} + scope);
        QStringList out;
        const QList<QStringList> rows = parseCsv(r.out);
        for (qsizetype i = 1; i < rows.size(); ++i)
            out << rows.at(i).at(2);
        return out;
    };
    QCOMPARE(names({}), QStringList{QStringLiteral("在用客户")});
    QCOMPARE(names({QStringLiteral("--archived")}), QStringList{QStringLiteral("归档客户")});
    QCOMPARE(names({QStringLiteral("--trash")}), QStringList{QStringLiteral("回收站客户")});
    QCOMPARE(names({QStringLiteral("--all")}), (QStringList{QStringLiteral("在用客户"), QStringLiteral("归档客户")}));
    const Run both = run({QStringLiteral("--database"), target(db), QStringLiteral("customers"), QStringLiteral("list"),
                          QStringLiteral("--all"), QStringLiteral("--trash")});
    QCOMPARE(both.exitCode, 2);
}

void TestCli::formulaNeutralisation()
{
    Test::TestDatabase db;
    const QStringList dangerous = {QStringLiteral("=1+2"), QStringLiteral("+8613800138000"), QStringLiteral("-5"),
                                   QStringLiteral("@SUM(A1:A9)"), QStringLiteral("\tTab公司"),
                                   QStringLiteral("\rCR公司")};
    {
        auto ws = db.open();
        QVERIFY(ws);
        for (const QString &n : dangerous) {
            auto id = ws->store().insert(Entity::Customer, Record{{QStringLiteral("name"), QStringLiteral("客户")},
                                                                  {QStringLiteral("notes"), n}});
            QVERIFY(id.ok());
            QVERIFY(ws->store().insert(Entity::Order, Record{{QStringLiteral("customer_id"), id.value()},
                                                              {QStringLiteral("ordered_at"), QStringLiteral("2025-01-02")},
                                                              {QStringLiteral("amount_cents"), 123456},
                                                              {QStringLiteral("product"), n}}).ok());
        }
        QVERIFY(ws->store().insert(Entity::Customer, Record{{QStringLiteral("name"), QStringLiteral("=HYPERLINK(\"x\")")}}).ok());
    }
    const Run r = run({QStringLiteral("--database"), target(db), QStringLiteral("customers"), QStringLiteral("list")});
    const QList<QStringList> rows = parseCsv(r.out);
    const qsizetype notes = rows.first().indexOf(QStringLiteral("notes")), name = rows.first().indexOf(QStringLiteral("name"));
    for (qsizetype i = 0; i < dangerous.size(); ++i)
        QCOMPARE(rows.at(i + 1).at(notes), QLatin1Char('\'') + dangerous.at(i));
    QCOMPARE(rows.last().at(name), QStringLiteral("'=HYPERLINK(\"x\")"));
    QCOMPARE(rows.at(1).at(0), QStringLiteral("1")); // numbers untouched

    const Run o = run({QStringLiteral("--database"), target(db), QStringLiteral("orders"), QStringLiteral("list")});
    const QList<QStringList> orders = parseCsv(o.out);
    const qsizetype product = orders.first().indexOf(QStringLiteral("product"));
    for (qsizetype i = 0; i < 4; ++i) { // one-line fields are trimmed on save: no tab or CR left

        QCOMPARE(orders.at(i + 1).at(product), QLatin1Char('\'') + dangerous.at(i));
        QCOMPARE(orders.at(i + 1).at(4), QStringLiteral("1234.56"));
    }
    // JSON is data for programs, not a spreadsheet: values stay as they are.
    const Run j = run({QStringLiteral("--database"), target(db), QStringLiteral("customers"), QStringLiteral("list"),
                       QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(j.out).array().first().toObject().value(QStringLiteral("notes")).toString(),
             dangerous.first());
}

void TestCli::customFieldColumns()
{
    Test::TestDatabase db;
    {
        auto ws = db.open();
        QVERIFY(ws);
        QVERIFY(ws->fields().addField(Entity::Customer, QStringLiteral("Region code"), QStringLiteral("text")).ok());
        QVERIFY(ws->fields().addField(Entity::Customer, QStringLiteral("Budget"), QStringLiteral("money")).ok());
        QVERIFY(ws->fields().addField(Entity::Customer, QStringLiteral("Channels"), QStringLiteral("multichoice"),
                                      {QStringLiteral("微信"), QStringLiteral("电话")}).ok());
        auto id = ws->store().insert(Entity::Customer, Record{{QStringLiteral("name"), QStringLiteral("带自定义字段的客户")}});
        QVERIFY(id.ok());
        auto v = ws->store().update(Entity::Customer, id.value(), 1,
                                    Record{{QStringLiteral("custom.region_code"), QStringLiteral("=华东")},
                                           {QStringLiteral("custom.budget"), QStringLiteral("1234.5")},
                                           {QStringLiteral("custom.channels"), QStringLiteral("微信,电话")}});
        QVERIFY2(v.ok(), qPrintable(v.error().message));
        QVERIFY(ws->store().insert(Entity::Customer, Record{{QStringLiteral("name"), QStringLiteral("没有值的客户")}}).ok());
    }
    const Run r = run({QStringLiteral("--database"), target(db), QStringLiteral("customers"), QStringLiteral("list")});
    const QList<QStringList> rows = parseCsv(r.out);
    QCOMPARE(rows.first().mid(rows.first().size() - 3),
             (QStringList{QStringLiteral("region_code"), QStringLiteral("budget"), QStringLiteral("channels")}));
    QCOMPARE(rows.at(1).mid(rows.at(1).size() - 3),
             (QStringList{QStringLiteral("'=华东"), QStringLiteral("1234.50"), QStringLiteral("微信; 电话")}));
    QCOMPARE(rows.at(2).mid(rows.at(2).size() - 3), (QStringList{QString(), QString(), QString()}));

    const Run j = run({QStringLiteral("--database"), target(db), QStringLiteral("customers"), QStringLiteral("list"),
                       QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray a = QJsonDocument::fromJson(j.out).array();
    const QJsonObject first = a.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("region_code")).toString(), QStringLiteral("=华东"));
    QCOMPARE(first.value(QStringLiteral("budget")).toDouble(), 1234.5);
    QCOMPARE(first.value(QStringLiteral("channels")).toArray().size(), 2);
    QVERIFY(a.at(1).toObject().value(QStringLiteral("budget")).isNull());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << QStringLiteral("frobnicate");
    QTest::newRow("bad format") << QStringList{QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format"),
                                               QStringLiteral("xml")}
                                << 2 << QStringLiteral("xml");
    QTest::newRow("orders bad format") << QStringList{QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("-f"),
                                                      QStringLiteral("xlsx")}
                                       << 2 << QStringLiteral("xlsx");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("customers"), QStringLiteral("list"),
                                                   QStringLiteral("--colour")}
                                    << 2 << QStringLiteral("colour");
    QTest::newRow("missing value") << QStringList{QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format")}
                                   << 2 << QStringLiteral("format");
    QTest::newRow("unknown action") << QStringList{QStringLiteral("customers"), QStringLiteral("delete")} << 2
                                    << QStringLiteral("delete");
    QTest::newRow("no action") << QStringList{QStringLiteral("orders")} << 2 << QStringLiteral("list");
    QTest::newRow("bad count") << QStringList{QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("lots")}
                               << 2 << QStringLiteral("lots");
    QTest::newRow("negative count") << QStringList{QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("-5")}
                                    << 2 << QStringLiteral("-5");
    QTest::newRow("bad seed") << QStringList{QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("x1")} << 2
                              << QStringLiteral("x1");
    QTest::newRow("bad date") << QStringList{QStringLiteral("demo"), QStringLiteral("--today"), QStringLiteral("2025-02-30")}
                              << 2 << QStringLiteral("2025-02-30");
    QTest::newRow("bad language") << QStringList{QStringLiteral("--lang"), QStringLiteral("klingon"), QStringLiteral("demo")}
                                  << 2 << QStringLiteral("klingon");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("demo"), QStringLiteral("now")} << 2 << QStringLiteral("now");
    auto exportArgs = [](std::initializer_list<const char *> a) {
        QStringList out{QStringLiteral("export")};
        for (const char *s : a)
            out << QString::fromUtf8(s);
        return out;
    };
    QTest::newRow("export nothing") << exportArgs({}) << 2 << QStringLiteral("export");
    QTest::newRow("export what") << exportArgs({"widgets", "x.csv"}) << 2 << QStringLiteral("widgets");
    QTest::newRow("export format") << exportArgs({"customers", "x.csv", "--format", "xls"}) << 2 << QStringLiteral("xls");
    QTest::newRow("export no extension") << exportArgs({"customers", "out"}) << 2 << QStringLiteral("out");
    QTest::newRow("export unknown extension") << exportArgs({"orders", "out.xls"}) << 2 << QStringLiteral("out.xls");
    QTest::newRow("export vcard orders") << exportArgs({"orders", "x.vcf"}) << 2 << QStringLiteral("vCard");
    QTest::newRow("export gb18030 xlsx") << exportArgs({"customers", "x.xlsx", "--encoding", "gb18030"}) << 2
                                         << QStringLiteral("GB18030");
    QTest::newRow("export encoding") << exportArgs({"customers", "x.csv", "--encoding", "latin1"}) << 2
                                     << QStringLiteral("latin1");
    QTest::newRow("export scopes") << exportArgs({"customers", "x.csv", "--trash", "--all"}) << 2
                                   << QStringLiteral("--trash");
    QTest::newRow("export stdout xlsx") << exportArgs({"customers", "-", "--format", "xlsx"}) << 1
                                        << QStringLiteral("XLSX");
    QTest::newRow("bad url") << QStringList{QStringLiteral("--database"), QStringLiteral("postgresql://u@h:5432"),
                                            QStringLiteral("customers"), QStringLiteral("list")}
                             << 1 << QStringLiteral("database");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    // A throwaway SQLite file, so failures after parsing could not touch anything shared.
    QTemporaryDir dir;
    const Run r = run(QStringList{QStringLiteral("--database"), dir.filePath(QStringLiteral("x.sqlite"))} + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.out.isEmpty());
    const QString line = r.errLine();
    QVERIFY2(line.startsWith(QStringLiteral("patron: ")), r.err.constData());
    QVERIFY2(!line.contains(QLatin1Char('\n')), r.err.constData()); // one line
    QVERIFY2(line.contains(mentions), r.err.constData());
    if (exitCode == 2) // usage errors stop before opening (and so creating) the database
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.sqlite"))));
}

void TestCli::missingFolderIsCreated()
{
    if (Test::backendUnderTest() != Backend::SQLite)
        QSKIP("SQLite files only");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/c/patron.sqlite"));
    const Run r = run({QStringLiteral("--database"), path, QStringLiteral("demo"), QStringLiteral("--customers"),
                       QStringLiteral("5")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFileInfo::exists(path));
    // The default database (no --database) goes to the user's data folder, created too.
    const Run d = run({QStringLiteral("customers"), QStringLiteral("list")});
    QVERIFY2(d.exitCode == 0, d.err.constData());
    QVERIFY(QFileInfo::exists(m_runner.home() + QStringLiteral("/data/Patron/patron.sqlite")));
}

void TestCli::newerDatabaseIsRefusedUntouched()
{
    Test::TestDatabase db;
    if (Test::backendUnderTest() == Backend::SQLite) {
        const QString path = db.settings().path;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE future (x TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO future VALUES ('from a newer Patron')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        const QDateTime modified = QFileInfo(path).lastModified();
        for (const char *command : {"customers", "demo"}) {
            const Run r = run({QStringLiteral("--database"), path, QString::fromLatin1(command),
                               QString::fromLatin1(command) == QLatin1String("demo") ? QStringLiteral("--customers=3")
                                                                                     : QStringLiteral("list")});
            QCOMPARE(r.exitCode, 1);
            QVERIFY(r.out.isEmpty());
            QVERIFY2(r.errLine().contains(QStringLiteral("newer Patron")), r.err.constData());
            QVERIFY2(!r.errLine().contains(QLatin1Char('\n')), r.err.constData());
        }
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    } else {
        {
            auto ws = db.open();
            QVERIFY(ws);
            QSqlQuery q(ws->database().connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 999")));
        }
        const Run r = run({QStringLiteral("--database"), target(db), QStringLiteral("customers"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errLine().contains(QStringLiteral("newer Patron")), r.err.constData());
        auto ws = Workspace::open(db.settings());
        QVERIFY(!ws.ok());
    }
}

void TestCli::unopenableDatabase()
{
    if (Test::backendUnderTest() != Backend::SQLite) {
        // Nothing listens on port 1.
        const Run r = run({QStringLiteral("--database"), QStringLiteral("postgresql://nobody@127.0.0.1:1/none"),
                           QStringLiteral("customers"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errLine().startsWith(QStringLiteral("patron: ")) && !r.errLine().contains(QLatin1Char('\n')),
                 r.err.constData());
        return;
    }
    QTemporaryDir dir;
    // A folder where the file should be.
    const Run folder = run({QStringLiteral("--database"), dir.path(), QStringLiteral("customers"), QStringLiteral("list")});
    QCOMPARE(folder.exitCode, 1);
    QVERIFY2(!folder.errLine().contains(QLatin1Char('\n')) && folder.errLine().size() > 10, folder.err.constData());
    // A file that is not a database at all.
    const QString junk = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray content(8192, 'x');
    f.write(content);
    f.close();
    const Run r = run({QStringLiteral("--database"), junk, QStringLiteral("customers"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errLine().contains(QStringLiteral("not a Patron database")), r.err.constData());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
}

void TestCli::exportFormatsByExtension()
{
    QTemporaryDir dir;
    auto exportTo = [&](const QString &what, const QString &name, const QStringList &extra = {}) {
        const QString path = dir.filePath(name);
        const Run r = run(QStringList{QStringLiteral("--database"), target(*m_demoDb), QStringLiteral("export"), what, path}
                          + extra);
        QFile f(path);
        return std::make_pair(r, f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray());
    };
    const qsizetype customers = parseCsv(m_customersCsv).size() - 1; // the active ones
    QVERIFY(customers > 300);

    auto [csvRun, csv] = exportTo(QStringLiteral("customers"), QStringLiteral("客户.csv"));
    QCOMPARE(csvRun.exitCode, 0);
    // "customers" once patron_en.ts has the plural; "customer(s)" until then.
    QVERIFY2(QString::fromUtf8(csvRun.out).startsWith(QStringLiteral("Exported %1 customer").arg(customers)),
             csvRun.out.constData());
    QVERIFY(QString::fromUtf8(csvRun.out).trimmed().endsWith(dir.filePath(QStringLiteral("客户.csv")) + QLatin1Char('.')));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF" "id,code,name,")); // files get a BOM by default
    QCOMPARE(parseCsv(csv.mid(3)).size() - 1, customers);

    auto [plainRun, plain] = exportTo(QStringLiteral("customers"), QStringLiteral("plain.csv"), {QStringLiteral("--no-bom")});
    QCOMPARE(plainRun.exitCode, 0);
    QVERIFY(plain.startsWith("id,code,name,"));

    auto [xlsxRun, xlsx] = exportTo(QStringLiteral("orders"), QStringLiteral("orders.XLSX"));
    QVERIFY2(xlsxRun.exitCode == 0, xlsxRun.err.constData());
    QVERIFY(xlsx.startsWith("PK\x03\x04")); // a zip container

    auto [jsonRun, json] = exportTo(QStringLiteral("activities"), QStringLiteral("follow-ups.json"));
    QCOMPARE(jsonRun.exitCode, 0);
    const QJsonArray a = QJsonDocument::fromJson(json).array();
    QVERIFY(a.size() > 0);
    QVERIFY(a.at(0).toObject().contains(QStringLiteral("occurred_at")));
    static const QStringList kinds = {QStringLiteral("call"), QStringLiteral("visit"), QStringLiteral("email"),
                                      QStringLiteral("note")};
    QVERIFY(kinds.contains(a.at(0).toObject().value(QStringLiteral("kind")).toString())); // stored values in JSON

    auto [vcfRun, vcf] = exportTo(QStringLiteral("contacts"), QStringLiteral("contacts.vcf"));
    QCOMPARE(vcfRun.exitCode, 0);
    QVERIFY(vcf.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
    QCOMPARE(qsizetype(vcf.count("BEGIN:VCARD")), qsizetype(vcf.count("END:VCARD")));
    QVERIFY(vcf.count("BEGIN:VCARD") >= 300);

    // --format overrides the extension; "-" is standard output, without BOM.
    const Run out = run({QStringLiteral("--database"), target(*m_demoDb), QStringLiteral("export"), QStringLiteral("customers"),
                         QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(out.exitCode, 0);
    QCOMPARE(out.out, m_customersCsv); // the same as customers list: stored values, no BOM
}

void TestCli::exportEncodingsAndScopes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gb.csv"));
    Run r = run({QStringLiteral("--database"), target(*m_demoDb), QStringLiteral("export"), QStringLiteral("customers"), path,
                 QStringLiteral("--encoding"), QStringLiteral("gb18030"), QStringLiteral("--search"), QStringLiteral("公司")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QStringDecoder decode("GB18030");
    const QString text = decode(bytes);
    QVERIFY(!decode.hasError());
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(text.contains(QStringLiteral("公司")));
    QVERIFY(text.count(QStringLiteral("\r\n")) < 401); // the search narrowed it

    // Scope options as in customers list.
    r = run({QStringLiteral("--database"), target(*m_demoDb), QStringLiteral("export"), QStringLiteral("customers"),
             dir.filePath(QStringLiteral("trash.json")), QStringLiteral("--trash")});
    QCOMPARE(r.exitCode, 0);
    const Run list = run({QStringLiteral("--database"), target(*m_demoDb), QStringLiteral("customers"), QStringLiteral("list"),
                          QStringLiteral("--trash"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(list.exitCode, 0);
    const qsizetype inTrash = QJsonDocument::fromJson(list.out).array().size();
    QVERIFY2(QString::fromUtf8(r.out).startsWith(QStringLiteral("Exported %1 customer").arg(inTrash)), r.out.constData());
    QFile trash(dir.filePath(QStringLiteral("trash.json")));
    QVERIFY(trash.open(QIODevice::ReadOnly));
    QCOMPARE(trash.readAll(), list.out);
}

void TestCli::exportUnwritablePath()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    // A folder where a file is expected, and a path below a plain file.
    for (const QString &path : {dir.path(), dir.filePath(QStringLiteral("file/x.xlsx")), dir.filePath(QStringLiteral("file/x.csv"))}) {
        const Run r = run({QStringLiteral("--database"), target(*m_demoDb), QStringLiteral("export"), QStringLiteral("customers"),
                           path, QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.errLine().startsWith(QStringLiteral("patron: ")), r.err.constData());
        QVERIFY2(!r.errLine().contains(QLatin1Char('\n')), r.err.constData());
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden), QStringList{QStringLiteral("file")});
}

void TestCli::duplicatesListAndMerge()
{
    Test::TestDatabase db;
    qint64 a = 0, b = 0, c = 0, d = 0;
    {
        auto ws = db.open();
        QVERIFY(ws);
        auto add = [&](const QString &name, const QString &mobile, const QString &email) {
            return ws->store()
                .insert(Entity::Customer, Record{{QStringLiteral("name"), name},
                                                 {QStringLiteral("mobile"), mobile},
                                                 {QStringLiteral("email"), email}})
                .valueOr(0);
        };
        a = add(QStringLiteral("华联商贸有限公司"), QStringLiteral("13800138000"), QString());
        b = add(QStringLiteral("华联商贸"), QStringLiteral("13800138000"), QStringLiteral("x@hualian.cn"));
        c = add(QStringLiteral("恒瑞科技"), QString(), QStringLiteral("hr@hengrui.cn"));
        d = add(QStringLiteral("北京恒瑞"), QString(), QStringLiteral("HR@hengrui.cn"));
        QVERIFY(a && b && c && d);
    }
    const Run r = run({QStringLiteral("--database"), target(db), QStringLiteral("duplicates")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QStringList> rows = parseCsv(r.out);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("group"), QStringLiteral("reason"), QStringLiteral("customer_id"),
                                      QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("mobile"),
                                      QStringLiteral("email")}));
    QCOMPARE(rows.at(1).mid(0, 3), (QStringList{QStringLiteral("1"), QStringLiteral("mobile+company_name"), QString::number(a)}));
    QCOMPARE(rows.at(2).mid(0, 3), (QStringList{QStringLiteral("1"), QStringLiteral("mobile+company_name"), QString::number(b)}));
    QCOMPARE(rows.at(3).mid(0, 3), (QStringList{QStringLiteral("2"), QStringLiteral("email"), QString::number(c)}));
    QCOMPARE(rows.at(4).at(2), QString::number(d));

    const Run j = run({QStringLiteral("--database"), target(db), QStringLiteral("duplicates"), QStringLiteral("--format"),
                       QStringLiteral("json"), QStringLiteral("--similar")});
    QCOMPARE(j.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(j.out).array();
    QCOMPARE(array.size(), 4);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("customer_id")).toInteger(), a);

    // Merge through the command line; the list is then empty.
    const Run m = run({QStringLiteral("--database"), target(db), QStringLiteral("duplicates"), QStringLiteral("merge"),
                       QString::number(c), QString::number(d)});
    QVERIFY2(m.exitCode == 0, m.err.constData());
    const Run after = run({QStringLiteral("--database"), target(db), QStringLiteral("duplicates")});
    QCOMPARE(parseCsv(after.out).size(), 3);
    const Run trash = run({QStringLiteral("--database"), target(db), QStringLiteral("customers"), QStringLiteral("list"),
                           QStringLiteral("--trash")});
    QCOMPARE(parseCsv(trash.out).size(), 2);
    QVERIFY(trash.out.contains("北京恒瑞"));

    const Run bad = run({QStringLiteral("--database"), target(db), QStringLiteral("duplicates"), QStringLiteral("merge"),
                         QString::number(a)});
    QCOMPARE(bad.exitCode, 2);
    const Run gone = run({QStringLiteral("--database"), target(db), QStringLiteral("duplicates"), QStringLiteral("merge"),
                          QString::number(a), QString::number(d)});
    QCOMPARE(gone.exitCode, 1);
    QVERIFY(run({QStringLiteral("--help")}).out.contains("duplicates"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
