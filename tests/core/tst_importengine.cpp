// ImportEngine and ImportHistory: mapping, normalisation, ID mapping (within the file and
// against the database), duplicate policies, dry run, strict, cancel, error file, batches
// and their undo, saved mappings. Files are written at test time. Runs on both backends.

#include "import/importengine.h"
#include "import/importhistory.h"
#include "services/customerservice.h"
#include "services/fieldservice.h"
#include "services/recordstore.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using namespace Patron;

namespace {

qint64 scalar(Workspace &ws, const QString &sql)
{
    QSqlQuery q(ws.database().connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString text(Workspace &ws, const QString &sql)
{
    QSqlQuery q(ws.database().connection());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<none>");
    return q.value(0).toString();
}

// Every column of every customer, ordered: what undo must restore exactly.
QStringList dumpCustomers(Workspace &ws)
{
    QSqlQuery q(ws.database().connection());
    q.exec(QStringLiteral("SELECT id, kind, code, name, mobile, email, province, city, owner_id, notes, custom, "
                          "search_tokens, deleted_at FROM customers ORDER BY id"));
    QStringList out;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < 13; ++i)
            row << q.value(i).toString();
        out << row.join(QLatin1Char('|'));
    }
    return out;
}

class Fixture
{
public:
    Fixture()
        : m_ws(m_db.open())
    {
    }
    Workspace &ws() { return *m_ws; }
    bool ok() const { return bool(m_ws); }

    QString write(const QString &name, const QString &content, const char *encoding = "UTF-8", bool bom = false)
    {
        const QString path = m_db.dir() + QLatin1Char('/') + name;
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        if (bom)
            f.write("\xEF\xBB\xBF");
        QStringEncoder enc(encoding);
        f.write(enc.encode(content));
        return path;
    }

    Result<ImportSummary> import(const QString &path, ImportKind kind = ImportKind::Customers,
                                 const std::function<void(ImportRequest &)> &tweak = {})
    {
        ImportRequest r;
        r.kind = kind;
        r.path = path;
        if (tweak)
            tweak(r);
        ImportEngine engine(*m_ws);
        return engine.run(r);
    }

    Record customerByMobile(const QString &mobile)
    {
        QSqlQuery q(m_ws->database().connection());
        q.prepare(QStringLiteral("SELECT id FROM customers WHERE mobile = ?"));
        q.bindValue(0, mobile);
        if (!q.exec() || !q.next())
            return {};
        return m_ws->store().get(Entity::Customer, q.value(0).toLongLong()).valueOr({});
    }

private:
    Test::TestDatabase m_db;
    std::unique_ptr<Workspace> m_ws;
};

#define REQUIRE_OK(result)                                                                                    \
    do {                                                                                                      \
        if (!(result))                                                                                        \
            QFAIL(qPrintable((result).error().message));                                                      \
    } while (false)

const QString kCustomers = QStringLiteral(
    "客户名称,手机,邮箱,省份,城市,负责人,备注\r\n"
    "上海华联商贸有限公司,+86 138-0013-8000, Sales@HuaLian.COM ,上海,上海,王芳,老客户\r\n"
    "北京恒信科技有限公司,139 1234 5678,,北京,北京,李强,\r\n"
    "张伟,8613700001111,zhangwei@example.com,广东,深圳,王芳,个人\r\n");

} // namespace

class TestImportEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { PATRON_REQUIRE_BACKEND(); }

    void importsCustomersWithNormalisedValues()
    {
        Fixture fx;
        QVERIFY(fx.ok());
        auto s = fx.import(fx.write(QStringLiteral("customers.csv"), kCustomers, "UTF-8", true));
        REQUIRE_OK(s);
        QCOMPARE(s->rowsRead, 3);
        QCOMPARE(s->created, 3);
        QVERIFY(s->balanced());
        QCOMPARE(s->usersCreated, 2);
        QVERIFY(s->batchId > 0);
        const Record c = fx.customerByMobile(QStringLiteral("13800138000"));
        QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("上海华联商贸有限公司"));
        QCOMPARE(c.value(QStringLiteral("email")).toString(), QStringLiteral("sales@hualian.com"));
        QCOMPARE(c.value(QStringLiteral("notes")).toString(), QStringLiteral("老客户"));
        QVERIFY(c.value(QStringLiteral("search_tokens")).toString().contains(QStringLiteral("华联")));
        QCOMPARE(text(fx.ws(), QStringLiteral("SELECT u.display_name FROM customers c JOIN users u ON u.id = c.owner_id "
                                              "WHERE c.mobile = '13700001111'")),
                 QStringLiteral("王芳"));
        // The list and its search see the imported customers at once.
        CustomerFilter filter;
        filter.search = QStringLiteral("恒信");
        QCOMPARE(fx.ws().customers().count(filter).valueOr(-1), 1);
    }

    void gb18030FileWithTitleRowAndTotals()
    {
        Fixture fx;
        const QString content = QStringLiteral("2024年客户名单,,\r\n"
                                               "客户编号,公司名称,手机号码,订单金额\r\n"
                                               "C001,杭州西湖茶业有限公司,13800138001,100\r\n"
                                               "C002,苏州园林建筑有限公司,13800138002,200\r\n"
                                               "合计,,,300\r\n");
        auto s = fx.import(fx.write(QStringLiteral("gbk.csv"), content, "GB18030"));
        REQUIRE_OK(s);
        QCOMPARE(s->headerRow, 2);
        QCOMPARE(s->rowsRead, 3);
        QCOMPARE(s->created, 2);
        QCOMPARE(s->skipped, 1);
        QCOMPARE(s->totalsRows, 1);
        QVERIFY(s->unmappedColumns.contains(QStringLiteral("订单金额")));
        QCOMPARE(text(fx.ws(), QStringLiteral("SELECT name FROM customers WHERE code = 'C002'")),
                 QStringLiteral("苏州园林建筑有限公司"));
    }

    void rejectsBadRowsIntoAnErrorFileThatReimports()
    {
        Fixture fx;
        const QString content = QStringLiteral("客户名称,手机,邮箱\n"
                                               "好公司,13800138000,a@b.cn\n"
                                               "坏手机公司,12345,\n"
                                               "坏邮箱公司,,not-an-email\n"
                                               ",,\n"
                                               ",13911112222,\n");
        const QString errors = fx.write(QStringLiteral("errors.csv"), QString());
        auto s = fx.import(fx.write(QStringLiteral("bad.csv"), content), ImportKind::Customers,
                           [&](ImportRequest &r) { r.errorFile = errors; });
        REQUIRE_OK(s);
        QCOMPARE(s->rowsRead, 4); // the blank row is not a data row
        QCOMPARE(s->created, 1);
        QCOMPARE(s->rejected, 3);
        QVERIFY(s->balanced());
        QCOMPARE(s->rejectedRows.size(), 3);
        QCOMPARE(s->rejectedRows.at(0).line, 3);
        QVERIFY2(s->rejectedRows.at(0).reason.contains(QStringLiteral("12345")), qPrintable(s->rejectedRows.at(0).reason));
        QVERIFY(s->rejectedRows.at(1).reason.contains(QStringLiteral("not-an-email")));
        QCOMPARE(s->errorFile, errors);

        QFile f(errors);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString written = QString::fromUtf8(bytes.mid(3));
        QVERIFY(written.startsWith(QStringLiteral("客户名称,手机,邮箱,")));
        QVERIFY(written.contains(QStringLiteral("坏手机公司,12345,,3,")));

        // Fix the file as a user would and import it again, as it is.
        QString fixed = written;
        fixed.replace(QStringLiteral("12345"), QStringLiteral("13822223333"));
        fixed.replace(QStringLiteral("not-an-email"), QStringLiteral("ok@example.com"));
        fixed.replace(QStringLiteral(",13911112222,"), QStringLiteral("无名公司,13911112222,"));
        auto again = fx.import(fx.write(QStringLiteral("fixed.csv"), fixed, "UTF-8", true));
        REQUIRE_OK(again);
        QCOMPARE(again->created, 3);
        QCOMPARE(again->rejected, 0);
        QCOMPARE(scalar(fx.ws(), QStringLiteral("SELECT COUNT(*) FROM customers")), 4);
    }

    void matchesWithinTheFileAndAgainstTheDatabase()
    {
        Fixture fx;
        Record existing{{QStringLiteral("name"), QStringLiteral("华联商贸（上海）有限公司")},
                        {QStringLiteral("city"), QStringLiteral("上海")}};
        auto id = fx.ws().store().insert(Entity::Customer, existing);
        REQUIRE_OK(id);
        Record person{{QStringLiteral("name"), QStringLiteral("张伟")}, {QStringLiteral("kind"), QStringLiteral("person")}};
        REQUIRE_OK(fx.ws().store().insert(Entity::Customer, person));
        const QString content = QStringLiteral("客户名称,手机,邮箱,城市\n"
                                               "（上海）华联商贸,13800138000,,杭州\n"   // company name → existing
                                               "新公司甲,13900000001,jia@example.com,\n" // new
                                               "新公司甲(重复),13900000001,,苏州\n"      // same mobile as the row above
                                               "另一个名字,,JIA@example.com,\n"          // same e-mail as row 2
                                               "张伟,13700000000,,\n");                  // a person's name never matches
        auto s = fx.import(fx.write(QStringLiteral("dupes.csv"), content));
        REQUIRE_OK(s);
        QCOMPARE(s->rowsRead, 5);
        QCOMPARE(s->created, 2);
        QCOMPARE(s->merged, 3);
        const Record merged = fx.ws().store().get(Entity::Customer, id.value()).valueOr({});
        QCOMPARE(merged.value(QStringLiteral("mobile")).toString(), QStringLiteral("13800138000"));
        QCOMPARE(merged.value(QStringLiteral("city")).toString(), QStringLiteral("上海")); // merge never overwrites
        QCOMPARE(merged.value(QStringLiteral("version")).toInt(), 2);
        const Record jia = fx.customerByMobile(QStringLiteral("13900000001"));
        QCOMPARE(jia.value(QStringLiteral("city")).toString(), QStringLiteral("苏州")); // filled from the duplicate row
        QCOMPARE(jia.value(QStringLiteral("name")).toString(), QStringLiteral("新公司甲"));
        QCOMPARE(scalar(fx.ws(), QStringLiteral("SELECT COUNT(*) FROM customers WHERE name = '张伟'")), 2);
    }

    // A file big enough (≥ 10,000 rows by its size) into a small table: on SQLite the
    // writer drops the customers' secondary indexes and search triggers for the import and
    // rebuilds them at the end. The outcome must be the same as row by row, and the search
    // index must hold every row, including a pre-existing one whose tokens changed.
    void bigImportIntoSmallTableRebuildsIndexes()
    {
        Fixture fx;
        Record existing{{QStringLiteral("name"), QStringLiteral("老客户贸易有限公司")}};
        auto id = fx.ws().store().insert(Entity::Customer, existing);
        REQUIRE_OK(id);
        auto schema = [&] {
            return text(fx.ws(), fx.ws().database().backend() == Backend::SQLite
                                     ? QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master "
                                                      "WHERE tbl_name = 'customers' ORDER BY name)")
                                     : QStringLiteral("SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes "
                                                      "WHERE tablename = 'customers' AND schemaname = current_schema()"));
        };
        const QString before = schema();
        QVERIFY2(before.contains(QStringLiteral("customers_city_ix")), qPrintable(before));
        QString content = QStringLiteral("客户名称,手机,城市,备注\n老客户贸易,,苏州,\n");
        const QString padding(200, QLatin1Char('x'));
        for (int i = 0; i < 12000; ++i)
            content += QStringLiteral("批量客户%1有限公司,1390%2,杭州,%3\n").arg(i).arg(i, 7, 10, QLatin1Char('0')).arg(padding);
        content += QStringLiteral("批量客户重复,13900000007,宁波,\n"); // the mobile of row 7
        auto s = fx.import(fx.write(QStringLiteral("big.csv"), content));
        REQUIRE_OK(s);
        QCOMPARE(s->rowsRead, 12002);
        QCOMPARE(s->created, 12000);
        QCOMPARE(s->merged, 2);
        QCOMPARE(schema(), before);
        const Record old = fx.ws().store().get(Entity::Customer, id.value()).valueOr({});
        QCOMPARE(old.value(QStringLiteral("city")).toString(), QStringLiteral("苏州"));
        QCOMPARE(old.value(QStringLiteral("version")).toInt(), 2);
        if (fx.ws().database().backend() == Backend::SQLite) {
            QCOMPARE(scalar(fx.ws(), QStringLiteral("SELECT COUNT(*) FROM customer_fts")), 12001);
            QCOMPARE(scalar(fx.ws(), QStringLiteral("SELECT COUNT(*) FROM customer_fts WHERE customer_fts MATCH '苏州'")), 1);
            QCOMPARE(scalar(fx.ws(), QStringLiteral("SELECT COUNT(*) FROM customer_fts WHERE customer_fts MATCH '杭州'")), 12000);
            QSqlQuery check(fx.ws().database().connection());
            QVERIFY2(check.exec(QStringLiteral("INSERT INTO customer_fts (customer_fts, rank) VALUES ('integrity-check', 1)")),
                     qPrintable(check.lastError().text()));
        }
        ImportHistory history(fx.ws().database());
        REQUIRE_OK(history.undo(s->batchId));
        QCOMPARE(scalar(fx.ws(), QStringLiteral("SELECT COUNT(*) FROM customers")), 1);
        if (fx.ws().database().backend() == Backend::SQLite) {
            QCOMPARE(scalar(fx.ws(), QStringLiteral("SELECT COUNT(*) FROM customer_fts WHERE customer_fts MATCH '苏州'")), 0);
            QSqlQuery check(fx.ws().database().connection());
            QVERIFY2(check.exec(QStringLiteral("INSERT INTO customer_fts (customer_fts, rank) VALUES ('integrity-check', 1)")),
                     qPrintable(check.lastError().text()));
        }
    }

    void duplicatePolicies_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("city");
        QTest::addColumn<int>("customers");
        QTest::addColumn<int>("created");
        QTest::addColumn<int>("updated");
        QTest::addColumn<int>("merged");
        QTest::addColumn<int>("skipped");
        QTest::newRow("merge") << "merge" << "上海" << 1 << 0 << 0 << 1 << 0;
        QTest::newRow("update") << "update" << "杭州" << 1 << 0 << 1 << 0 << 0;
        QTest::newRow("skip") << "skip" << "上海" << 1 << 0 << 0 << 0 << 1;
        QTest::newRow("create") << "create" << "上海" << 2 << 1 << 0 << 0 << 0;
    }

    void duplicatePolicies()
    {
        QFETCH(QString, policy);
        QFETCH(QString, city);
        QFETCH(int, customers);
        Fixture fx;
        REQUIRE_OK(fx.ws().store().insert(Entity::Customer, Record{{QStringLiteral("name"), QStringLiteral("老客户")},
                                                                   {QStringLiteral("mobile"), QStringLiteral("13800138000")},
                                                                   {QStringLiteral("city"), QStringLiteral("上海")}}));
        auto s = fx.import(fx.write(QStringLiteral("p.csv"), QStringLiteral("姓名,手机,城市,地址\n老客户,13800138000,杭州,西湖路1号\n")),
                           ImportKind::Customers, [&](ImportRequest &r) { QVERIFY(parseDuplicatePolicy(policy, &r.onDuplicate)); });
        REQUIRE_OK(s);
        QTEST(int(s->created), "created");
        QTEST(int(s->updated), "updated");
        QTEST(int(s->merged), "merged");
        QTEST(int(s->skipped), "skipped");
        QCOMPARE(scalar(fx.ws(), QStringLiteral("SELECT COUNT(*) FROM customers")), customers);
        QCOMPARE(text(fx.ws(), QStringLiteral("SELECT city FROM customers ORDER BY id LIMIT 1")), city);
    }

    void dryRunCountsExactlyAndWritesNothing()
    {
        Fixture fx;
        REQUIRE_OK(fx.ws().store().insert(Entity::Customer, Record{{QStringLiteral("name"), QStringLiteral("上海华联商贸有限公司")}}));
        const QString path = fx.write(QStringLiteral("c.csv"), kCustomers + QStringLiteral("坏,123,,,,,\n"));
        const QStringList before = dumpCustomers(fx.ws());
        auto dry = fx.import(path, ImportKind::Customers, [](ImportRequest &r) { r.dryRun = true; });
        REQUIRE_OK(dry);
        QVERIFY(dry->dryRun);
        QCOMPARE(dry->batchId, 0);
        QCOMPARE(dumpCustomers(fx.ws()), before);
        QCOMPARE(scalar(fx.ws(), QStringLiteral("SELECT COUNT(*) FROM import_batches")), 0);
        QCOMPARE(scalar(fx.ws(), QStringLiteral("SELECT COUNT(*) FROM users")), 0);
        auto real = fx.import(path);
        REQUIRE_OK(real);
        QCOMPARE(dry->created, real->created);
        QCOMPARE(dry->merged, real->merged);
        QCOMPARE(dry->rejected, real->rejected);
        QCOMPARE(dry->usersCreated, real->usersCreated);
        QCOMPARE(real->merged, 1);
        QCOMPARE(real->rejected, 1);
    }

    void strictImportsAllOrNothing()
    {
        Fixture fx;
        auto s = fx.import(fx.write(QStringLiteral("c.csv"), kCustomers + QStringLiteral("坏,123,,,,,\n")),
                           ImportKind::Customers, [](ImportRequest &r) { r.strict = true; });
        REQUIRE_OK(s);
        QCOMPARE(s->rejected, 1);
        QCOMPARE(s->batchId, 0);
        QCOMPARE(scalar(fx.ws(), QStringLiteral("SELECT COUNT(*) FROM customers")), 0);
        QCOMPARE(scalar(fx.ws(), QStringLiteral("SELECT COUNT(*) FROM import_batches")), 0);
    }

    void cancelLeavesTheDatabaseAsBefore()
    {
        Fixture fx;
        QString content = QStringLiteral("客户名称,手机\n");
        for (int i = 0; i < 3000; ++i)
            content += QStringLiteral("公司%1,139%2\n").arg(i).arg(i, 8, 10, QLatin1Char('0'));
        ImportRequest r;
        r.path = fx.write(QStringLiteral("big.csv"), content);
        ImportEngine engine(fx.ws());
        int calls = 0;
        auto s = engine.run(r, [&](const ImportProgress &p) {
            ++calls;
            return p.rows < 1000;
        });
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Cancelled);
        QVERIFY(calls >= 2);
        QCOMPARE(scalar(fx.ws(), QStringLiteral("SELECT COUNT(*) FROM customers")), 0);
        QCOMPARE(scalar(fx.ws(), QStringLiteral("SELECT COUNT(*) FROM import_batches")), 0);
        // And the same file then imports completely.
        auto again = engine.run(r);
        REQUIRE_OK(again);
        QCOMPARE(again->created, 3000);
    }

    void undoRemovesWhatItCreatedAndRestoresWhatItChanged()
    {
        Fixture fx;
        auto existing = fx.ws().store().insert(Entity::Customer, Record{{QStringLiteral("name"), QStringLiteral("老客户")},
                                                                        {QStringLiteral("mobile"), QStringLiteral("13800138000")},
                                                                        {QStringLiteral("city"), QStringLiteral("上海")}});
        REQUIRE_OK(existing);
        const QStringList before = dumpCustomers(fx.ws());
        auto s = fx.import(fx.write(QStringLiteral("u.csv"), QStringLiteral("客户名称,手机,城市,邮箱,负责人\n"
                                                                            "老客户,13800138000,杭州,old@example.com,新销售\n"
                                                                            "新客户,13900000000,苏州,,新销售\n")),
                           ImportKind::Customers, [](ImportRequest &r) { r.onDuplicate = DuplicatePolicy::Update; });
        REQUIRE_OK(s);
        QCOMPARE(s->updated, 1);
        QCOMPARE(s->created, 1);
        QVERIFY(dumpCustomers(fx.ws()) != before);
        ImportHistory history(fx.ws().database());
        auto batches = history.batches();
        REQUIRE_OK(batches);
        QCOMPARE(batches->size(), 1);
        QCOMPARE(batches->first().created, 1);
        QCOMPARE(batches->first().fileName, QStringLiteral("u.csv"));
        QCOMPARE(history.undoBlocker(s->batchId).valueOr(QStringLiteral("?")), QString());
        REQUIRE_OK(history.undo(s->batchId));
        QCOMPARE(dumpCustomers(fx.ws()), before);
        QCOMPARE(scalar(fx.ws(), QStringLiteral("SELECT COUNT(*) FROM users")), 0);
        QCOMPARE(history.batch(s->batchId).value().status, QStringLiteral("undone"));
        // The restored customer can be edited again (its version moved on).
        const Record back = fx.ws().store().get(Entity::Customer, existing.value()).valueOr({});
        QVERIFY(fx.ws().store().update(Entity::Customer, existing.value(), back.value(QStringLiteral("version")).toInt(),
                                       {{QStringLiteral("city"), QStringLiteral("南京")}}));
        // Twice is refused with a reason.
        const Status twice = history.undo(s->batchId);
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, Error::Conflict);
    }

    void undoIsRefusedWhenSomethingDependsOnTheBatch()
    {
        Fixture fx;
        auto first = fx.import(fx.write(QStringLiteral("a.csv"), QStringLiteral("客户编号,客户名称\nC1,甲公司\nC2,乙公司\n")));
        REQUIRE_OK(first);
        auto orders = fx.import(fx.write(QStringLiteral("o.csv"), QStringLiteral("客户编号,下单日期,金额\nC1,2024-03-05,100\n")),
                                ImportKind::Orders);
        REQUIRE_OK(orders);
        QCOMPARE(orders->created, 1);
        ImportHistory history(fx.ws().database());
        QVERIFY(!history.undoBlocker(first->batchId).value().isEmpty());
        QVERIFY(!history.undo(first->batchId));
        QCOMPARE(scalar(fx.ws(), QStringLiteral("SELECT COUNT(*) FROM customers")), 2);
        REQUIRE_OK(history.undo(orders->batchId));
        REQUIRE_OK(history.undo(first->batchId));
        QCOMPARE(scalar(fx.ws(), QStringLiteral("SELECT COUNT(*) FROM customers")), 0);

        // A user's edit after the import blocks its undo too.
        auto third = fx.import(fx.write(QStringLiteral("b.csv"), QStringLiteral("客户编号,客户名称\nC3,丙公司\n")));
        REQUIRE_OK(third);
        const qint64 id = scalar(fx.ws(), QStringLiteral("SELECT id FROM customers WHERE code = 'C3'"));
        REQUIRE_OK(fx.ws().store().update(Entity::Customer, id, 1, {{QStringLiteral("city"), QStringLiteral("成都")}}));
        const QString why = history.undoBlocker(third->batchId).valueOr(QString());
        QVERIFY2(!why.isEmpty(), "an edited record must block the undo");
        QVERIFY(!history.undo(third->batchId));
        // And so does a follow-up added by hand to a customer the import created.
        auto fourth = fx.import(fx.write(QStringLiteral("c.csv"), QStringLiteral("客户编号,客户名称\nC4,丁公司\n")));
        REQUIRE_OK(fourth);
        const qint64 id4 = scalar(fx.ws(), QStringLiteral("SELECT id FROM customers WHERE code = 'C4'"));
        REQUIRE_OK(fx.ws().store().insert(Entity::Activity, Record{{QStringLiteral("customer_id"), id4},
                                                                   {QStringLiteral("kind"), QStringLiteral("call")},
                                                                   {QStringLiteral("occurred_at"), QStringLiteral("2024-01-01T10:00:00")}}));
        QVERIFY(!history.undoBlocker(fourth->batchId).value().isEmpty());
    }

    void importsOrdersLinkedToCustomers()
    {
        Fixture fx;
        REQUIRE_OK(fx.import(fx.write(QStringLiteral("c.csv"), kCustomers)));
        const QString content = QStringLiteral("订单号,客户名称,手机,下单日期,订单金额,状态,产品,数量\n"
                                               "SO-1,,13800138000,2024/3/5,\"¥1,234.50\",已完成,茶叶,2\n"
                                               "SO-2,北京恒信科技有限公司,,2024年3月6日,1.2万,已取消,茶具,1\n"
                                               "SO-3,不存在的公司,,2024-03-07,10,已付款,,\n"
                                               "SO-4,张伟,,2024-02-30,10,已付款,,\n"
                                               "SO-5,张伟,,2024-03-08,abc元,已付款,,\n");
        const QString path = fx.write(QStringLiteral("orders.csv"), content);
        auto s = fx.import(path, ImportKind::Orders);
        REQUIRE_OK(s);
        QCOMPARE(s->rowsRead, 5);
        QCOMPARE(s->created, 2);
        QCOMPARE(s->rejected, 3);
        QCOMPARE(text(fx.ws(), QStringLiteral("SELECT amount_cents FROM orders WHERE order_no = 'SO-1'")), QStringLiteral("123450"));
        QCOMPARE(text(fx.ws(), QStringLiteral("SELECT status FROM orders WHERE order_no = 'SO-2'")), QStringLiteral("cancelled"));
        QCOMPARE(text(fx.ws(), QStringLiteral("SELECT amount_cents FROM orders WHERE order_no = 'SO-2'")), QStringLiteral("1200000"));
        QCOMPARE(text(fx.ws(), QStringLiteral("SELECT ordered_at FROM orders WHERE order_no = 'SO-2'")), QStringLiteral("2024-03-06"));
        QVERIFY(s->rejectedRows.at(0).reason.contains(QStringLiteral("不存在的公司")));
        // Importing the same file again duplicates nothing.
        auto again = fx.import(path, ImportKind::Orders);
        REQUIRE_OK(again);
        QCOMPARE(again->created, 0);
        QCOMPARE(again->merged, 2);
        QCOMPARE(scalar(fx.ws(), QStringLiteral("SELECT COUNT(*) FROM orders")), 2);
        // Asked to, a missing customer is created.
        auto create = fx.import(path, ImportKind::Orders, [](ImportRequest &r) { r.createMissingCustomers = true; });
        REQUIRE_OK(create);
        QCOMPARE(create->created, 1);
        QCOMPARE(create->customersCreated, 1);
        QCOMPARE(scalar(fx.ws(), QStringLiteral("SELECT COUNT(*) FROM customers WHERE name = '不存在的公司'")), 1);
    }

    void importsContactsAndFollowUps()
    {
        Fixture fx;
        REQUIRE_OK(fx.import(fx.write(QStringLiteral("c.csv"), QStringLiteral("客户编号,客户名称\nC1,甲公司\n"))));
        auto contacts = fx.import(fx.write(QStringLiteral("ct.csv"), QStringLiteral("客户编号,联系人,职务,手机\n"
                                                                                  "C1,李雷,经理,13800138000\n"
                                                                                  "C1,李雷,总经理,13800138000\n")),
                                  ImportKind::Contacts);
        REQUIRE_OK(contacts);
        QCOMPARE(contacts->created, 1);
        QCOMPARE(contacts->merged, 1);
        QCOMPARE(text(fx.ws(), QStringLiteral("SELECT title FROM contacts")), QStringLiteral("经理"));
        auto acts = fx.import(fx.write(QStringLiteral("a.csv"), QStringLiteral("客户编号,跟进方式,跟进时间,主题,跟进内容\n"
                                                                              "C1,电话,2024-03-05 14:30,回访,客户满意\n"
                                                                              "C1,拜访,2024/3/6,,上门\n")),
                              ImportKind::Activities);
        REQUIRE_OK(acts);
        QCOMPARE(acts->created, 2);
        QCOMPARE(text(fx.ws(), QStringLiteral("SELECT occurred_at FROM activities WHERE kind = 'call'")),
                 QStringLiteral("2024-03-05T14:30:00"));
        QCOMPARE(scalar(fx.ws(), QStringLiteral("SELECT COUNT(*) FROM activities WHERE kind = 'visit'")), 1);
    }

    void customFieldsAndMappingOverrides()
    {
        Fixture fx;
        auto field = fx.ws().fields().addField(Entity::Customer, QStringLiteral("签约日期"), QStringLiteral("date"));
        REQUIRE_OK(field);
        const QString path = fx.write(QStringLiteral("cf.csv"), QStringLiteral("公司,联系电话,签约日期,部门\n"
                                                                              "甲公司,13800138000,2024年3月5日,销售部\n"));
        ImportRequest r;
        r.path = path;
        r.mapOverrides.insert(QStringLiteral("联系电话"), QStringLiteral("mobile"));
        ImportEngine engine(fx.ws());
        auto mapping = engine.resolveMapping(r, {QStringLiteral("公司"), QStringLiteral("联系电话"), QStringLiteral("签约日期"),
                                                 QStringLiteral("部门")});
        REQUIRE_OK(mapping);
        QCOMPARE(mapping->at(1), QStringLiteral("mobile"));
        QVERIFY(mapping->at(2).startsWith(QStringLiteral("custom.")));
        QCOMPARE(mapping->at(3), QString());
        auto s = engine.run(r);
        REQUIRE_OK(s);
        QCOMPARE(s->created, 1);
        const Record c = fx.customerByMobile(QStringLiteral("13800138000"));
        QCOMPARE(c.value(QStringLiteral("custom")).toMap().value(mapping->at(2).mid(7)).toString(), QStringLiteral("2024-03-05"));
        QCOMPARE(s->unmappedColumns, QStringList{QStringLiteral("部门")});

        // The override was remembered: the same header maps the same way next time.
        ImportHistory history(fx.ws().database());
        auto profile = history.profileForHeader(ImportKind::Customers, s->header);
        REQUIRE_OK(profile);
        ImportRequest next;
        next.path = path;
        auto preview = engine.preview(next);
        REQUIRE_OK(preview);
        QCOMPARE(preview->profile, profile->name);
        QCOMPARE(preview->fields.at(1), QStringLiteral("mobile"));

        // Bad overrides are clear errors.
        r.mapOverrides.insert(QStringLiteral("没有这一列"), QStringLiteral("email"));
        auto bad = engine.run(r);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("没有这一列")));
        r.mapOverrides.clear();
        r.mapOverrides.insert(QStringLiteral("部门"), QStringLiteral("no_such_field"));
        QVERIFY(!engine.run(r));
    }

    void mappingWithoutAnyIdentityIsRefused()
    {
        Fixture fx;
        auto s = fx.import(fx.write(QStringLiteral("x.csv"), QStringLiteral("省份,城市\n浙江,杭州\n")));
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Invalid);
    }

    void previewDetectsHeaderAndSuggestsFields()
    {
        Fixture fx;
        const QString path = fx.write(QStringLiteral("p.csv"), QStringLiteral("客户资料导出 2024-03-05\n\n"
                                                                             "客户名称,手机,邮箱,负责人\n"
                                                                             "甲,13800138000,,王芳\n"));
        ImportRequest r;
        r.path = path;
        ImportEngine engine(fx.ws());
        auto p = engine.preview(r);
        REQUIRE_OK(p);
        QCOMPARE(p->headerRow, 3);
        QCOMPARE(p->fields, (QStringList{QStringLiteral("name"), QStringLiteral("mobile"), QStringLiteral("email"),
                                         QStringLiteral("owner")}));
        QVERIFY(p->rows.size() >= 3);
        QVERIFY(!p->availableFields.isEmpty());
        r.headerRow = 1;
        auto forced = engine.preview(r);
        REQUIRE_OK(forced);
        QCOMPARE(forced->headerRow, 1);
        r.headerRow = 99;
        QVERIFY(!engine.preview(r));
    }
};

QTEST_GUILESS_MAIN(TestImportEngine)
#include "tst_importengine.moc"
