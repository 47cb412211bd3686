// CustomerService and TagService: search (Chinese substrings, phone prefixes and 尾号,
// e-mail), scopes, sorting and paging in SQL, bulk operations with their undo data, the
// 360° summary and timeline. Runs on SQLite and PostgreSQL.

#include "search/searchtokenizer.h"
#include "services/customerservice.h"
#include "services/fieldservice.h"
#include "services/recordstore.h"
#include "services/tagservice.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace Patron;

class TestCustomerService : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestDatabase> m_tdb;
    std::unique_ptr<Workspace> m_ws;
    QList<qint64> m_ids;
    qint64 m_owner1 = 0;
    qint64 m_owner2 = 0;

    qint64 add(const QString &name, const QString &code, const QString &mobile, const QString &email,
               const QString &city, qint64 owner)
    {
        Record r{{QStringLiteral("name"), name},       {QStringLiteral("code"), code},
                 {QStringLiteral("mobile"), mobile},   {QStringLiteral("email"), email},
                 {QStringLiteral("city"), city}};
        if (owner)
            r.insert(QStringLiteral("owner_id"), owner);
        auto id = m_ws->store().insert(Entity::Customer, r);
        if (!id)
            qWarning() << id.error().message;
        return id.valueOr(0);
    }

    QStringList names(const CustomerFilter &f, const QString &sort = QStringLiteral("name"),
                      Qt::SortOrder order = Qt::AscendingOrder)
    {
        auto page = m_ws->customers().page(f, {QStringLiteral("name")}, sort, order, 0, 100);
        if (!page) {
            qWarning() << page.error().message;
            return {};
        }
        QStringList out;
        for (const QVariantList &row : page->rows)
            out << row.at(0).toString();
        return out;
    }

    QStringList search(const QString &text)
    {
        CustomerFilter f;
        f.search = text;
        QStringList n = names(f);
        n.sort();
        return n;
    }

private slots:
    void initTestCase()
    {
        PATRON_REQUIRE_BACKEND();
    }

    void init()
    {
        m_tdb = std::make_unique<Test::TestDatabase>();
        m_ws = m_tdb->open();
        QVERIFY(m_ws);
        m_owner1 = m_ws->users().ensureUser(QStringLiteral("zhangwei"), QStringLiteral("张伟")).value();
        m_owner2 = m_ws->users().ensureUser(QStringLiteral("lina"), QStringLiteral("李娜")).value();
        m_ids.clear();
        m_ids << add(QStringLiteral("上海恒瑞贸易有限公司"), QStringLiteral("C001"), QStringLiteral("13800138000"),
                     QStringLiteral("sales@hengrui.com"), QStringLiteral("上海"), m_owner1);
        m_ids << add(QStringLiteral("深圳市华联电子科技有限公司"), QStringLiteral("C002"), QStringLiteral("13912345678"),
                     QString(), QStringLiteral("深圳"), m_owner2);
        m_ids << add(QStringLiteral("王芳"), QStringLiteral("C003"), QStringLiteral("15087654321"),
                     QStringLiteral("wangfang@qq.com"), QStringLiteral("杭州"), 0);
        m_ids << add(QStringLiteral("Acme Trading"), QString(), QString(), QStringLiteral("buy@acme.example"),
                     QStringLiteral("北京"), m_owner1);
        QVERIFY(!m_ids.contains(0));
    }

    void cleanup()
    {
        m_ws.reset();
        m_tdb.reset();
    }

    void searchFindsSubstringsPrefixesAndTails_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const QString hengrui = QStringLiteral("上海恒瑞贸易有限公司");
        const QString hualian = QStringLiteral("深圳市华联电子科技有限公司");
        const QString wang = QStringLiteral("王芳");
        const QString acme = QStringLiteral("Acme Trading");
        QTest::newRow("two-char chinese") << QStringLiteral("恒瑞") << QStringList{hengrui};
        QTest::newRow("inner chinese") << QStringLiteral("华联电子") << QStringList{hualian};
        QTest::newRow("one char") << QStringLiteral("芳") << QStringList{wang};
        QTest::newRow("shared suffix") << QStringLiteral("有限公司") << QStringList{hengrui, hualian};
        QTest::newRow("two words") << QStringLiteral("深圳 科技") << QStringList{hualian};
        QTest::newRow("mobile prefix") << QStringLiteral("1380013") << QStringList{hengrui};
        QTest::newRow("mobile tail") << QStringLiteral("4321") << QStringList{wang};
        QTest::newRow("email") << QStringLiteral("wangfang@qq") << QStringList{wang};
        QTest::newRow("latin prefix, any case") << QStringLiteral("ACM") << QStringList{acme};
        QTest::newRow("full-width latin") << QStringLiteral("ａｃｍｅ") << QStringList{acme};
        QTest::newRow("code") << QStringLiteral("c002") << QStringList{hualian};
        QTest::newRow("city") << QStringLiteral("杭州") << QStringList{wang};
        QTest::newRow("no match") << QStringLiteral("恒华") << QStringList{};
        QTest::newRow("lone latin letter = no filter") << QStringLiteral("a") << QStringList{acme, hengrui, wang, hualian};
        QTest::newRow("punctuation only = no filter") << QStringLiteral("!!") << QStringList{acme, hengrui, wang, hualian};
        QTest::newRow("query syntax is literal") << QStringLiteral("\"恒瑞\"*^") << QStringList{hengrui};
        QTest::newRow("injection attempt") << QStringLiteral("'); DROP TABLE customers; --") << QStringList{};
    }

    void searchFindsSubstringsPrefixesAndTails()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        expected.sort();
        QCOMPARE(search(query), expected);
        CustomerFilter f;
        f.search = query;
        QCOMPARE(m_ws->customers().count(f).value(), qint64(expected.size()));
    }

    void searchFollowsEdits()
    {
        QVERIFY(search(QStringLiteral("蓝天")).isEmpty());
        QVERIFY(m_ws->store().update(Entity::Customer, m_ids.at(3), 1, {{QStringLiteral("name"), QStringLiteral("蓝天航空")}}).ok());
        QCOMPARE(search(QStringLiteral("蓝天")), QStringList{QStringLiteral("蓝天航空")});
        QVERIFY(search(QStringLiteral("trading")).isEmpty());
        QVERIFY(m_ws->store().remove(Entity::Customer, m_ids.at(3)).ok());
        QVERIFY(search(QStringLiteral("蓝天")).isEmpty());
    }

    void sortingAndPagingHappenInSql()
    {
        CustomerFilter all;
        QCOMPARE(m_ws->customers().count(all).value(), 4);
        QStringList byCodeDesc;
        auto page = m_ws->customers().page(all, {QStringLiteral("code"), QStringLiteral("name")}, QStringLiteral("code"),
                                           Qt::DescendingOrder, 0, 2);
        QVERIFY(page.ok());
        QCOMPARE(page->rows.size(), 2);
        QCOMPARE(page->rows.at(0).at(0).toString(), QStringLiteral("C003"));
        auto rest = m_ws->customers().page(all, {QStringLiteral("code")}, QStringLiteral("code"), Qt::DescendingOrder, 2, 2);
        QCOMPARE(rest->rows.size(), 2);
        QCOMPARE(rest->rows.at(0).at(0).toString(), QStringLiteral("C001"));
        // Owner sorts by the raw owner id, not the display string; customers without owner
        // stay together.
        auto byOwner = m_ws->customers().page(all, {QStringLiteral("owner")}, QStringLiteral("owner"), Qt::AscendingOrder, 0, 10);
        QStringList owners;
        for (const auto &r : byOwner->rows)
            owners << r.at(0).toString();
        QCOMPARE(owners.count(QStringLiteral("张伟")), 2);
        QCOMPARE(owners.indexOf(QStringLiteral("张伟")) + 1, owners.lastIndexOf(QStringLiteral("张伟")));
        // Unknown sort keys fall back to id order instead of reaching SQL.
        auto weird = m_ws->customers().page(all, {QStringLiteral("name")}, QStringLiteral("name; DROP TABLE x"), Qt::AscendingOrder, 0, 10);
        QVERIFY(weird.ok());
        QCOMPARE(weird->ids, m_ids);
    }

    void everyColumnSortsBothWaysWithPlannerStatistics()
    {
        // With ANALYZE statistics SQLite may prefer other indexes; the page query names
        // the sort column's index, which must work for every column and direction.
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(q.exec(QStringLiteral("ANALYZE")));
        q.finish();
        CustomerFilter f;
        const auto cols = m_ws->customers().availableColumns();
        QStringList keys;
        for (const CustomerColumn &c : cols)
            keys << c.key;
        for (const QString &key : std::as_const(keys)) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                auto page = m_ws->customers().page(f, keys, key, order, 0, 10);
                QVERIFY2(page.ok(), qPrintable(key + QLatin1String(": ") + page.error().message));
                QCOMPARE(page->rows.size(), 4);
                const int col = int(keys.indexOf(key));
                for (int i = 1; i < page->rows.size(); ++i) {
                    const QVariant a = page->rows.at(i - 1).at(col);
                    const QVariant b = page->rows.at(i).at(col);
                    if (key == QLatin1String("owner") || a.isNull() || b.isNull())
                        continue; // owner sorts by id; NULL placement is checked elsewhere
                    QVERIFY2(order == Qt::AscendingOrder ? a.toString() <= b.toString() : a.toString() >= b.toString(),
                             qPrintable(key));
                }
            }
        }
        // The search path and the tag filter keep working with the same statistics.
        f.search = QStringLiteral("有限公司");
        QCOMPARE(m_ws->customers().page(f, keys, QStringLiteral("name"), Qt::AscendingOrder, 0, 10)->rows.size(), 2);
    }

    void scopesAndFilters()
    {
        CustomerFilter f;
        f.ownerId = m_owner1;
        QCOMPARE(m_ws->customers().count(f).value(), 2);
        f.ownerId = 0;
        QCOMPARE(names(f), QStringList{QStringLiteral("王芳")});

        auto archived = m_ws->customers().setArchived({m_ids.at(0), m_ids.at(1)}, true);
        QCOMPARE(archived->size(), 2);
        // Archiving again changes nothing.
        QCOMPARE(m_ws->customers().setArchived({m_ids.at(0)}, true)->size(), 0);
        CustomerFilter active;
        QCOMPARE(m_ws->customers().count(active).value(), 2);
        CustomerFilter arch;
        arch.scope = CustomerFilter::Scope::Archived;
        QCOMPARE(m_ws->customers().count(arch).value(), 2);
        QCOMPARE(m_ws->store().get(Entity::Customer, m_ids.at(0))->value(QStringLiteral("version")).toInt(), 2);
        QVERIFY(m_ws->customers().setArchived(archived.value(), false).ok());
        QCOMPARE(m_ws->customers().count(active).value(), 4);

        auto trashed = m_ws->customers().moveToTrash({m_ids.at(2)});
        QCOMPARE(trashed->size(), 1);
        QCOMPARE(m_ws->customers().count(active).value(), 3);
        CustomerFilter trash;
        trash.scope = CustomerFilter::Scope::Trash;
        QCOMPARE(names(trash), QStringList{QStringLiteral("王芳")});
        // Trashed customers are not found by search in the active list.
        QVERIFY(search(QStringLiteral("王芳")).isEmpty());
        QVERIFY(m_ws->customers().restoreFromTrash(trashed.value()).ok());
        QCOMPARE(search(QStringLiteral("王芳")), QStringList{QStringLiteral("王芳")});
    }

    void bulkOwnerChangeCanBeUndone()
    {
        auto previous = m_ws->customers().setOwner(m_ids, m_owner2);
        QVERIFY(previous.ok());
        QCOMPARE(previous->size(), 3); // one already belonged to owner2
        CustomerFilter f;
        f.ownerId = m_owner2;
        QCOMPARE(m_ws->customers().count(f).value(), 4);
        QVERIFY(m_ws->customers().restoreOwners(previous.value()).ok());
        QCOMPARE(m_ws->store().get(Entity::Customer, m_ids.at(0))->value(QStringLiteral("owner_id")).toLongLong(), m_owner1);
        QVERIFY(m_ws->store().get(Entity::Customer, m_ids.at(2))->value(QStringLiteral("owner_id")).isNull());
        QCOMPARE(m_ws->customers().count(f).value(), 1);
    }

    void tagsAddRemoveAndRestore()
    {
        const qint64 vip = m_ws->tags().ensureTag(QStringLiteral("VIP")).value();
        QCOMPARE(m_ws->tags().ensureTag(QStringLiteral(" VIP ")).value(), vip);
        QCOMPARE(m_ws->tags().addTag({m_ids.at(0), m_ids.at(1)}, vip)->size(), 2);
        QCOMPARE(m_ws->tags().addTag({m_ids.at(1), m_ids.at(2)}, vip, QStringLiteral("rule"))->size(), 1);
        CustomerFilter f;
        f.tagId = vip;
        QCOMPARE(m_ws->customers().count(f).value(), 3);
        auto removed = m_ws->tags().removeTag(m_ids, vip);
        QCOMPARE(removed->size(), 3);
        QCOMPARE(removed->value(m_ids.at(2)), QStringLiteral("rule"));
        QCOMPARE(m_ws->customers().count(f).value(), 0);
        QVERIFY(m_ws->tags().restoreTag(removed.value(), vip).ok());
        QCOMPARE(m_ws->customers().count(f).value(), 3);
        const auto s = m_ws->customers().summary(m_ids.at(2)).value();
        QCOMPARE(s.tags.size(), 1);
        QCOMPARE(s.tags.first().origin, QStringLiteral("rule"));
        const auto tags = m_ws->tags().tags().value();
        QCOMPARE(tags.size(), 1);
        QCOMPARE(tags.first().customerCount, 3);
    }

    void summaryCountsOnlyCountedOrders()
    {
        const qint64 cid = m_ids.at(0);
        auto order = [&](const QString &no, const QString &date, qint64 cents, const QString &status) {
            return m_ws->store().insert(Entity::Order, {{QStringLiteral("customer_id"), cid},
                                                        {QStringLiteral("order_no"), no},
                                                        {QStringLiteral("ordered_at"), date},
                                                        {QStringLiteral("amount_cents"), cents},
                                                        {QStringLiteral("status"), status}}).ok();
        };
        QVERIFY(order(QStringLiteral("A1"), QStringLiteral("2026-01-10"), 100000, QStringLiteral("completed")));
        QVERIFY(order(QStringLiteral("A2"), QStringLiteral("2026-03-01"), 25050, QStringLiteral("paid")));
        QVERIFY(order(QStringLiteral("A3"), QStringLiteral("2026-04-01"), 999999, QStringLiteral("cancelled")));
        QVERIFY(order(QStringLiteral("A4"), QStringLiteral("2026-05-01"), 888888, QStringLiteral("refunded")));
        QVERIFY(m_ws->store().insert(Entity::Activity, {{QStringLiteral("customer_id"), cid}, {QStringLiteral("kind"), QStringLiteral("visit")},
                                                       {QStringLiteral("occurred_at"), QStringLiteral("2026-03-15T09:30:00")},
                                                       {QStringLiteral("subject"), QStringLiteral("上门拜访")}}).ok());
        QVERIFY(m_ws->store().insert(Entity::Activity, {{QStringLiteral("customer_id"), cid}, {QStringLiteral("kind"), QStringLiteral("note")},
                                                       {QStringLiteral("occurred_at"), QStringLiteral("2026-06-01T08:00:00")},
                                                       {QStringLiteral("subject"), QStringLiteral("备注")}}).ok());
        QVERIFY(m_ws->store().insert(Entity::Task, {{QStringLiteral("customer_id"), cid}, {QStringLiteral("title"), QStringLiteral("回访")},
                                                   {QStringLiteral("due_at"), QStringLiteral("2026-02-01T10:00:00")},
                                                   {QStringLiteral("status"), QStringLiteral("open")},
                                                   {QStringLiteral("priority"), QStringLiteral("high")}}).ok());
        const auto s = m_ws->customers().summary(cid);
        QVERIFY(s.ok());
        QCOMPARE(s->orderCount, 2);
        QCOMPARE(s->lifetimeValueCents, 125050);
        QCOMPARE(s->lastOrderAt, QStringLiteral("2026-03-01"));
        QCOMPARE(s->lastActivityAt, QStringLiteral("2026-06-01T08:00:00"));
        QCOMPARE(s->ownerName, QStringLiteral("张伟"));

        const auto t = m_ws->customers().timeline(cid).value();
        QCOMPARE(t.size(), 7);
        QCOMPARE(t.first().kind, TimelineEntry::Note);
        for (int i = 1; i < t.size(); ++i)
            QVERIFY2(t.at(i - 1).at >= t.at(i).at, "timeline is not newest first");
        QCOMPARE(t.last().kind, TimelineEntry::Order);
        const auto orders = m_ws->customers().children(Entity::Order, cid).value();
        QCOMPARE(orders.size(), 4);
        QCOMPARE(orders.first().value(QStringLiteral("order_no")).toString(), QStringLiteral("A4"));
    }

    void columnsIncludeCustomFields()
    {
        QVERIFY(m_ws->fields().addField(Entity::Customer, QStringLiteral("Level"), QStringLiteral("text")).ok());
        const auto cols = m_ws->customers().availableColumns();
        QCOMPARE(cols.last().key, QStringLiteral("custom.level"));
        QVERIFY(m_ws->store().update(Entity::Customer, m_ids.at(0), 1, {{QStringLiteral("custom.level"), QStringLiteral("gold")}}).ok());
        CustomerFilter f;
        auto page = m_ws->customers().page(f, {QStringLiteral("name"), QStringLiteral("custom.level")}, QStringLiteral("custom.level"),
                                           Qt::DescendingOrder, 0, 10);
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        QCOMPARE(page->rows.first().at(1).toString(), QStringLiteral("gold"));
    }
};

QTEST_GUILESS_MAIN(TestCustomerService)
#include "tst_customerservice.moc"
