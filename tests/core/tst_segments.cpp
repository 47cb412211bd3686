// Segment conditions (SegmentCompiler through CustomerService), saved segments, rule and
// system tags. A hand-made fixture with a fixed as-of date (2026-06-30); every case
// checks the exact customers matched. Runs on SQLite and PostgreSQL.

#include "rfm/rfmtypes.h"
#include "segments/segmentservice.h"
#include "services/customerservice.h"
#include "services/fieldservice.h"
#include "services/recordstore.h"
#include "services/tagservice.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Patron;

namespace {
const QDate kAsOf(2026, 6, 30);
}

class TestSegments : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestDatabase> m_tdb;
    std::unique_ptr<Workspace> m_ws;
    QHash<QString, qint64> m_id;   // "c1" … → id
    qint64 m_u1 = 0, m_u2 = 0, m_tag = 0;

    QVariant exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_ws->database().connection());
        if (!q.prepare(sql))
            qWarning() << q.lastError().text() << sql;
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec())
            qWarning() << q.lastError().text() << sql;
        return q.next() ? q.value(0) : QVariant();
    }

    qint64 customer(const QString &name, const QVariant &code, const QString &kind, const QString &province,
                    const QString &city, qint64 owner, const QString &stage, const QString &custom, int archived,
                    const QString &createdAt, bool trashed = false)
    {
        return exec(QStringLiteral("INSERT INTO customers (name, code, kind, province, city, owner_id, lifecycle_stage, custom, "
                                   "archived, deleted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                   "RETURNING id"),
                    {name, code.isValid() ? code : QVariant(QMetaType::fromType<QString>()), kind, province,
                     city.isNull() ? QStringLiteral("") : city,
                     owner ? QVariant(owner) : QVariant(QMetaType::fromType<qlonglong>()),
                     stage.isNull() ? QStringLiteral("") : stage, custom, archived,
                     trashed ? QVariant(QStringLiteral("2026-06-01T00:00:00")) : QVariant(QMetaType::fromType<QString>()),
                     createdAt, createdAt})
            .toLongLong();
    }

    void order(const QString &c, const QString &at, qint64 cents, const QString &status = QStringLiteral("completed"))
    {
        exec(QStringLiteral("INSERT INTO orders (customer_id, ordered_at, amount_cents, status, created_at, updated_at) "
                            "VALUES (?, ?, ?, ?, ?, ?)"),
             {m_id.value(c), at, cents, status, at, at});
    }

    void activity(const QString &c, const QString &at)
    {
        exec(QStringLiteral("INSERT INTO activities (customer_id, kind, occurred_at, created_at, updated_at) "
                            "VALUES (?, 'call', ?, ?, ?)"),
             {m_id.value(c), at, at, at});
    }

    qint64 snapshot(const QString &asOf, int kept = 1)
    {
        return exec(QStringLiteral("INSERT INTO rfm_snapshots (as_of, computed_at, scheme, window_days, values_kept) "
                                   "VALUES (?, ?, 'rfm8', 365, ?) RETURNING id"),
                    {asOf, QString(asOf + QStringLiteral("T01:00:00")), kept})
            .toLongLong();
    }

    void rfm(qint64 snap, const QString &c, const QVariant &recency, int f, qint64 cents, const QVariant &r,
             const QVariant &fs, const QVariant &m, const QString &segment, const QString &tier)
    {
        const QVariant nullInt(QMetaType::fromType<int>());
        exec(QStringLiteral("INSERT INTO rfm_values (snapshot_id, customer_id, recency_days, frequency, monetary_cents, "
                            "r_score, f_score, m_score, segment, tier) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {snap, m_id.value(c), recency.isValid() ? recency : nullInt, f, cents, r.isValid() ? r : nullInt,
              fs.isValid() ? fs : nullInt, m.isValid() ? m : nullInt, segment, tier.isNull() ? QStringLiteral("") : tier});
    }

    Result<QStringList> match(const QByteArray &json, CustomerFilter::Scope scope = CustomerFilter::Scope::All)
    {
        auto condition = Condition::fromJson(json);
        if (!condition)
            return condition.error();
        CustomerFilter f;
        f.scope = scope;
        f.condition = condition.value();
        f.asOf = kAsOf;
        Status check = m_ws->customers().checkFilter(f);
        if (!check)
            return check.error();
        auto ids = m_ws->customers().ids(f);
        if (!ids)
            return ids.error();
        QStringList names;
        for (qint64 id : ids.value())
            names << m_id.key(id);
        names.sort();
        // count() and page() must agree with ids().
        auto n = m_ws->customers().count(f);
        auto page = m_ws->customers().page(f, {QStringLiteral("name")}, QStringLiteral("name"), Qt::AscendingOrder, 0, 100);
        if (!n || !page || n.value() != names.size() || page->ids.size() != names.size())
            return makeError(Error::Database, QStringLiteral("count/page disagree with ids"));
        return names;
    }

    QString json(QString text) const
    {
        text.replace(QLatin1String("$U1"), QString::number(m_u1));
        text.replace(QLatin1String("$U2"), QString::number(m_u2));
        text.replace(QLatin1String("$TAG"), QString::number(m_tag));
        return text;
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
        m_u1 = m_ws->users().ensureUser(QStringLiteral("zhangwei"), QStringLiteral("张伟")).value();
        m_u2 = m_ws->users().ensureUser(QStringLiteral("lina"), QStringLiteral("李娜")).value();
        FieldService &fields = m_ws->fields();
        QVERIFY(fields.addField(Entity::Customer, QStringLiteral("level"), QStringLiteral("choice"),
                                {QStringLiteral("gold"), QStringLiteral("silver")}));
        QVERIFY(fields.addField(Entity::Customer, QStringLiteral("score"), QStringLiteral("number")));
        QVERIFY(fields.addField(Entity::Customer, QStringLiteral("budget"), QStringLiteral("money")));
        QVERIFY(fields.addField(Entity::Customer, QStringLiteral("since"), QStringLiteral("date")));
        QVERIFY(fields.addField(Entity::Customer, QStringLiteral("vip"), QStringLiteral("bool")));
        QVERIFY(fields.addField(Entity::Customer, QStringLiteral("channels"), QStringLiteral("multichoice"),
                                {QStringLiteral("wechat"), QStringLiteral("phone"), QStringLiteral("email")}));
        QVERIFY(fields.addField(Entity::Customer, QStringLiteral("note"), QStringLiteral("text")));

        m_id.clear();
        m_id[QStringLiteral("c1")] = customer(QStringLiteral("Alpha Trading"), QStringLiteral("A1"), QStringLiteral("company"),
                                              QStringLiteral("广东"), QStringLiteral("深圳"), m_u1, QStringLiteral("loyal"),
                                              QStringLiteral(R"({"level":"gold","score":8.5,"budget":150000,"since":"2024-01-15","vip":true,"channels":["wechat","phone"],"note":"plain"})"),
                                              0, QStringLiteral("2026-01-10T09:00:00"));
        m_id[QStringLiteral("c2")] = customer(QStringLiteral("Beta 50%_off"), {}, QStringLiteral("person"), QStringLiteral("浙江"),
                                              QString(), m_u2, QStringLiteral("purchase"),
                                              QStringLiteral(R"({"level":"silver","score":3,"vip":false,"channels":["email"],"note":"a\\b"})"),
                                              0, QStringLiteral("2026-03-05T18:30:00"));
        m_id[QStringLiteral("c3")] = customer(QStringLiteral("O'Brien'; DROP TABLE customers; --"), QStringLiteral("C3"),
                                              QStringLiteral("company"), QStringLiteral("广东"), QString(), 0, QString(),
                                              QStringLiteral("{}"), 0, QStringLiteral("2026-06-30T23:59:59"));
        m_id[QStringLiteral("c4")] = customer(QStringLiteral("Δelta ünïcode 客户"), QStringLiteral("D4"), QStringLiteral("company"),
                                              QStringLiteral("北京"), QString(), 0, QString(), QStringLiteral(R"({"score":"abc"})"), 1,
                                              QStringLiteral("2025-12-31T00:00:00"));
        m_id[QStringLiteral("c5")] = customer(QStringLiteral("Gamma (trash)"), QStringLiteral("E5"), QStringLiteral("company"),
                                              QStringLiteral("广东"), QString(), m_u1, QString(), QStringLiteral("{}"), 0,
                                              QStringLiteral("2026-01-01T00:00:00"), true);
        for (const qint64 id : std::as_const(m_id))
            QVERIFY(id > 0);

        order(QStringLiteral("c1"), QStringLiteral("2026-06-01T10:00:00"), 80000);
        order(QStringLiteral("c1"), QStringLiteral("2026-03-01"), 50000, QStringLiteral("paid"));
        order(QStringLiteral("c1"), QStringLiteral("2025-01-01T08:00:00"), 10000);
        order(QStringLiteral("c1"), QStringLiteral("2026-06-20T10:00:00"), 999999, QStringLiteral("cancelled"));
        order(QStringLiteral("c2"), QStringLiteral("2026-06-30T10:00:00"), 5000);
        order(QStringLiteral("c2"), QStringLiteral("2026-07-05T10:00:00"), 100); // after the as-of date
        order(QStringLiteral("c4"), QStringLiteral("2024-06-30T10:00:00"), 1000, QStringLiteral("refunded"));
        order(QStringLiteral("c5"), QStringLiteral("2026-06-01T10:00:00"), 900000);
        activity(QStringLiteral("c1"), QStringLiteral("2026-06-25T10:00:00"));
        activity(QStringLiteral("c2"), QStringLiteral("2026-05-31T16:00:00"));

        const qint64 old = snapshot(QStringLiteral("2026-05-31"));
        rfm(old, QStringLiteral("c1"), 10, 2, 90000, 4, 3, 4, Rfm::GeneralValue, Rfm::TierGeneral);
        const qint64 current = snapshot(QStringLiteral("2026-06-30"));
        rfm(current, QStringLiteral("c1"), 29, 3, 140000, 5, 4, 5, Rfm::ImportantValue, Rfm::TierHighValue);
        rfm(current, QStringLiteral("c2"), 0, 1, 5000, 5, 1, 1, Rfm::GeneralDevelop, Rfm::TierGeneral);
        rfm(current, QStringLiteral("c3"), {}, 0, 0, {}, {}, {}, Rfm::NoPurchase, QString());
        const qint64 pruned = snapshot(QStringLiteral("2026-07-15"), 0); // values pruned: never current
        rfm(pruned, QStringLiteral("c1"), 1, 1, 1, 1, 1, 1, Rfm::GeneralWinBack, Rfm::TierGeneral);

        m_tag = m_ws->tags().ensureTag(QStringLiteral("重点")).value();
        QVERIFY(m_ws->tags().addTag({m_id.value(QStringLiteral("c1")), m_id.value(QStringLiteral("c3"))}, m_tag));
    }

    void cleanup()
    {
        m_ws.reset();
        m_tdb.reset();
    }

    void conditions_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *condition, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(condition) << QString::fromUtf8(expected);
        };
        // text
        row("province eq", R"({"field":"province","op":"eq","value":"广东"})", "c1,c3");
        row("province ne", R"({"field":"province","op":"ne","value":"广东"})", "c2,c4");
        row("province in", R"({"field":"province","op":"in","value":["广东","北京"]})", "c1,c3,c4");
        row("province not_in", R"({"field":"province","op":"not_in","value":["广东"]})", "c2,c4");
        row("in empty list", R"({"field":"province","op":"in","value":[]})", "");
        row("name contains %", R"({"field":"name","op":"contains","value":"%"})", "c2");
        row("name contains _", R"({"field":"name","op":"contains","value":"_"})", "c2");
        row("name contains 50%_", R"({"field":"name","op":"contains","value":"50%_"})", "c2");
        row("name contains quote", "{\"field\":\"name\",\"op\":\"contains\",\"value\":\"'\"}", "c3");
        row("name contains injection", "{\"field\":\"name\",\"op\":\"contains\",\"value\":\"'; DROP TABLE customers; --\"}", "c3");
        row("name eq injection", "{\"field\":\"name\",\"op\":\"eq\",\"value\":\"O'Brien'; DROP TABLE customers; --\"}", "c3");
        row("name in injection", "{\"field\":\"name\",\"op\":\"in\",\"value\":[\"x'); DELETE FROM customers; --\",\"Alpha Trading\"]}", "c1");
        row("name contains ascii case", R"({"field":"name","op":"contains","value":"ALPHA"})", "c1");
        row("name contains unicode", R"({"field":"name","op":"contains","value":"ünï"})", "c4");
        row("name contains chinese", R"({"field":"name","op":"contains","value":"客户"})", "c4");
        row("name not_contains", R"({"field":"name","op":"not_contains","value":"ü"})", "c1,c2,c3");
        row("name starts_with", R"({"field":"name","op":"starts_with","value":"Be"})", "c2");
        row("name starts_with %", R"({"field":"name","op":"starts_with","value":"%"})", "");
        row("code empty (null)", R"({"field":"code","op":"empty"})", "c2");
        row("code not_empty", R"({"field":"code","op":"not_empty"})", "c1,c3,c4");
        row("code ne", R"({"field":"code","op":"ne","value":"A1"})", "c2,c3,c4");
        row("city empty", R"({"field":"city","op":"empty"})", "c2,c3,c4");
        // choices
        row("kind eq", R"({"field":"kind","op":"eq","value":"person"})", "c2");
        row("stage in", R"({"field":"lifecycle_stage","op":"in","value":["loyal","purchase"]})", "c1,c2");
        row("stage empty", R"({"field":"lifecycle_stage","op":"empty"})", "c3,c4");
        // owner
        row("owner eq", R"({"field":"owner","op":"eq","value":$U1})", "c1");
        row("owner eq none", R"({"field":"owner","op":"eq","value":0})", "c3,c4");
        row("owner ne", R"({"field":"owner","op":"ne","value":$U1})", "c2,c3,c4");
        row("owner in with none", R"({"field":"owner","op":"in","value":[$U2,0]})", "c2,c3,c4");
        row("owner not_in with none", R"({"field":"owner","op":"not_in","value":[$U1,0]})", "c2");
        row("owner empty", R"({"field":"owner","op":"empty"})", "c3,c4");
        row("owner not_empty", R"({"field":"owner","op":"not_empty"})", "c1,c2");
        // dates
        row("created eq", R"({"field":"created_at","op":"eq","value":"2026-03-05"})", "c2");
        row("created ne", R"({"field":"created_at","op":"ne","value":"2026-03-05"})", "c1,c3,c4");
        row("created lt", R"({"field":"created_at","op":"lt","value":"2026-01-10"})", "c4");
        row("created le", R"({"field":"created_at","op":"le","value":"2026-01-10"})", "c1,c4");
        row("created gt", R"({"field":"created_at","op":"gt","value":"2026-03-05"})", "c3");
        row("created ge", R"({"field":"created_at","op":"ge","value":"2026-03-05"})", "c2,c3");
        row("created between", R"({"field":"created_at","op":"between","value":["2026-01-01","2026-06-30"]})", "c1,c2,c3");
        // bool
        row("archived eq true", R"({"field":"archived","op":"eq","value":true})", "c4");
        row("archived eq false", R"({"field":"archived","op":"eq","value":false})", "c1,c2,c3");
        row("archived ne true", R"({"field":"archived","op":"ne","value":true})", "c1,c2,c3");
        // tags
        row("tag has", R"({"field":"tag","op":"has","value":$TAG})", "c1,c3");
        row("tag not_has", R"({"field":"tag","op":"not_has","value":$TAG})", "c2,c4");
        // custom fields
        row("custom choice eq", R"({"field":"custom.level","op":"eq","value":"gold"})", "c1");
        row("custom choice in", R"({"field":"custom.level","op":"in","value":["gold","silver"]})", "c1,c2");
        row("custom choice empty", R"({"field":"custom.level","op":"empty"})", "c3,c4");
        row("custom number gt", R"({"field":"custom.score","op":"gt","value":5})", "c1");
        row("custom number le", R"({"field":"custom.score","op":"le","value":3})", "c2");
        row("custom number ne", R"({"field":"custom.score","op":"ne","value":3})", "c1,c3,c4");
        row("custom number between", R"({"field":"custom.score","op":"between","value":[3,9]})", "c1,c2");
        row("custom number empty (stray text)", R"({"field":"custom.score","op":"empty"})", "c3,c4");
        row("custom money ge", R"({"field":"custom.budget","op":"ge","value":1500})", "c1");
        row("custom money gt", R"({"field":"custom.budget","op":"gt","value":1500})", "");
        row("custom date lt", R"({"field":"custom.since","op":"lt","value":"2025-01-01"})", "c1");
        row("custom date empty", R"({"field":"custom.since","op":"empty"})", "c2,c3,c4");
        row("custom bool true", R"({"field":"custom.vip","op":"eq","value":true})", "c1");
        row("custom bool false", R"({"field":"custom.vip","op":"eq","value":false})", "c2,c3,c4");
        row("custom bool ne true", R"({"field":"custom.vip","op":"ne","value":true})", "c2,c3,c4");
        row("custom multi contains", R"({"field":"custom.channels","op":"contains","value":"wechat"})", "c1");
        row("custom multi in", R"({"field":"custom.channels","op":"in","value":["email","phone"]})", "c1,c2");
        row("custom multi not_contains", R"({"field":"custom.channels","op":"not_contains","value":"wechat"})", "c2,c3,c4");
        row("custom multi empty", R"({"field":"custom.channels","op":"empty"})", "c3,c4");
        row("custom multi not_empty", R"({"field":"custom.channels","op":"not_empty"})", "c1,c2");
        row("custom text backslash", R"({"field":"custom.note","op":"contains","value":"\\"})", "c2");
        row("custom text empty", R"({"field":"custom.note","op":"empty"})", "c3,c4");
        // orders
        row("orders count eq", R"({"field":"orders.count","op":"eq","value":3})", "c1");
        row("orders count ge", R"({"field":"orders.count","op":"ge","value":1})", "c1,c2");
        row("orders count zero", R"({"field":"orders.count","op":"eq","value":0})", "c3,c4");
        row("orders count 30 days", R"({"field":"orders.count","op":"ge","value":1,"days":30})", "c1,c2");
        row("orders count 29 days", R"({"field":"orders.count","op":"ge","value":1,"days":29})", "c2");
        row("orders count from to", R"({"field":"orders.count","op":"eq","value":2,"from":"2026-03-01","to":"2026-06-01"})", "c1");
        row("orders count from", R"({"field":"orders.count","op":"eq","value":1,"from":"2026-03-02"})", "c1,c2");
        row("orders amount 365 days", R"({"field":"orders.amount","op":"gt","value":1000,"days":365})", "c1");
        row("orders amount all", R"({"field":"orders.amount","op":"ge","value":1400})", "c1");
        row("orders amount between", R"({"field":"orders.amount","op":"between","value":[50,50]})", "c2");
        row("orders first eq", R"({"field":"orders.first_at","op":"eq","value":"2025-01-01"})", "c1");
        row("orders first ge", R"({"field":"orders.first_at","op":"ge","value":"2026-01-01"})", "c2");
        row("orders first empty", R"({"field":"orders.first_at","op":"empty"})", "c3,c4");
        // days since the last order (c1: 29, c2: 0, c3/c4: none)
        row("dso lt 30", R"({"field":"days_since_order","op":"lt","value":30})", "c1,c2");
        row("dso lt 29", R"({"field":"days_since_order","op":"lt","value":29})", "c2");
        row("dso le 29", R"({"field":"days_since_order","op":"le","value":29})", "c1,c2");
        row("dso gt 28", R"({"field":"days_since_order","op":"gt","value":28})", "c1,c3,c4");
        row("dso gt 29", R"({"field":"days_since_order","op":"gt","value":29})", "c3,c4");
        row("dso ge 29", R"({"field":"days_since_order","op":"ge","value":29})", "c1,c3,c4");
        row("dso eq 29", R"({"field":"days_since_order","op":"eq","value":29})", "c1");
        row("dso eq 0", R"({"field":"days_since_order","op":"eq","value":0})", "c2");
        row("dso ne 29", R"({"field":"days_since_order","op":"ne","value":29})", "c2,c3,c4");
        row("dso between", R"({"field":"days_since_order","op":"between","value":[1,30]})", "c1");
        row("dso empty", R"({"field":"days_since_order","op":"empty"})", "c3,c4");
        row("dso not_empty", R"({"field":"days_since_order","op":"not_empty"})", "c1,c2");
        // days since the last follow-up (c1: 5, c2: 30)
        row("dsa gt 30", R"({"field":"days_since_activity","op":"gt","value":30})", "c3,c4");
        row("dsa ge 30", R"({"field":"days_since_activity","op":"ge","value":30})", "c2,c3,c4");
        row("dsa lt 7", R"({"field":"days_since_activity","op":"lt","value":7})", "c1");
        row("dsa eq 30", R"({"field":"days_since_activity","op":"eq","value":30})", "c2");
        // RFM, current snapshot only
        row("rfm segment eq", R"({"field":"rfm.segment","op":"eq","value":"important_value"})", "c1");
        row("rfm segment old", R"({"field":"rfm.segment","op":"eq","value":"general_value"})", "");
        row("rfm segment pruned", R"({"field":"rfm.segment","op":"eq","value":"general_winback"})", "");
        row("rfm segment ne", R"({"field":"rfm.segment","op":"ne","value":"important_value"})", "c2,c3,c4");
        row("rfm segment in", R"({"field":"rfm.segment","op":"in","value":["important_value","general_develop"]})", "c1,c2");
        row("rfm segment not_in", R"({"field":"rfm.segment","op":"not_in","value":["no_purchase"]})", "c1,c2,c4");
        row("rfm tier eq", R"({"field":"rfm.tier","op":"eq","value":"high_value"})", "c1");
        row("rfm tier empty", R"({"field":"rfm.tier","op":"empty"})", "c3,c4");
        row("rfm r ge", R"({"field":"rfm.r_score","op":"ge","value":5})", "c1,c2");
        row("rfm f empty", R"({"field":"rfm.f_score","op":"empty"})", "c3,c4");
        row("rfm monetary ge", R"({"field":"rfm.monetary","op":"ge","value":1400})", "c1");
        row("rfm monetary lt", R"({"field":"rfm.monetary","op":"lt","value":100})", "c2,c3");
        row("rfm recency le", R"({"field":"rfm.recency_days","op":"le","value":0})", "c2");
        row("rfm frequency between", R"({"field":"rfm.frequency","op":"between","value":[1,3]})", "c1,c2");
        // groups
        row("empty all", R"({"all":[]})", "c1,c2,c3,c4");
        row("empty any", R"({"any":[]})", "c1,c2,c3,c4");
        row("nested any/all", R"({"any":[{"field":"province","op":"eq","value":"北京"},{"all":[{"field":"province","op":"eq","value":"广东"},{"field":"owner","op":"eq","value":$U1}]}]})", "c1,c4");
        row("nested all/any", R"({"all":[{"any":[{"field":"kind","op":"eq","value":"person"},{"field":"tag","op":"has","value":$TAG}]},{"field":"days_since_order","op":"gt","value":10}]})", "c1,c3");
        row("all with empty any", R"({"all":[{"any":[]},{"field":"kind","op":"eq","value":"person"}]})", "c2");
    }

    void conditions()
    {
        QFETCH(QString, condition);
        QFETCH(QString, expected);
        auto result = match(json(condition).toUtf8());
        QVERIFY2(result, qPrintable(result.error().message));
        QCOMPARE(result.value().join(QLatin1Char(',')), expected);
        // Nothing was broken by the values.
        QCOMPARE(exec(QStringLiteral("SELECT COUNT(*) FROM customers")).toInt(), 5);
    }

    void activeScopeAndTrash()
    {
        // The trashed c5 matches none of the scopes; the archived c4 only "All".
        auto active = match(R"({"field":"province","op":"eq","value":"广东"})", CustomerFilter::Scope::Active);
        QVERIFY(active);
        QCOMPARE(active.value(), QStringList({QStringLiteral("c1"), QStringLiteral("c3")}));
        auto n = m_ws->segments().count(Condition::leaf(QStringLiteral("province"), QStringLiteral("eq"), QStringLiteral("北京")));
        QVERIFY(n);
        QCOMPARE(n.value(), 0); // c4 is archived
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("mentions");
        auto row = [](const char *name, const char *condition, const char *mentions) {
            QTest::newRow(name) << QString::fromUtf8(condition) << QString::fromUtf8(mentions);
        };
        row("unknown field", R"({"field":"salary","op":"eq","value":1})", "salary");
        row("unknown custom", R"({"field":"custom.nope","op":"eq","value":1})", "custom.nope");
        row("custom injection key", "{\"field\":\"custom.a') OR 1=1 --\",\"op\":\"eq\",\"value\":1}", "custom.a");
        row("bad operator", R"({"field":"owner","op":"contains","value":"x"})", "contains");
        row("unknown operator", R"({"field":"name","op":"like","value":"x"})", "like");
        row("operator names the ones that work", R"({"field":"rfm.monetary","op":"gte","value":1})", "lt, le, gt, ge");
        row("between one value", R"({"field":"orders.count","op":"between","value":[1]})", "between");
        row("eq with list", R"({"field":"province","op":"eq","value":["a"]})", "eq");
        row("eq without value", R"({"field":"province","op":"eq"})", "eq");
        row("bad date", R"({"field":"created_at","op":"eq","value":"2026-13-01"})", "2026-13-01");
        row("not a number", R"({"field":"orders.count","op":"eq","value":"abc"})", "abc");
        row("fractional days", R"({"field":"days_since_order","op":"eq","value":1.5})", "1.5");
        row("bad choice", R"({"field":"kind","op":"eq","value":"robot"})", "robot");
        row("bad segment", R"({"field":"rfm.segment","op":"eq","value":"nonsense"})", "nonsense");
        row("bad custom choice", R"({"field":"custom.level","op":"eq","value":"platinum"})", "platinum");
        row("bad multichoice", R"({"field":"custom.channels","op":"contains","value":"fax"})", "fax");
        row("period on non-period field", R"({"field":"province","op":"eq","value":"x","days":30})", "period");
        row("days and dates", R"({"field":"orders.count","op":"gt","value":1,"days":30,"from":"2026-01-01"})", "days");
        row("period reversed", R"({"field":"orders.count","op":"gt","value":1,"from":"2026-05-01","to":"2026-01-01"})", "period");
        row("bad period date", R"({"field":"orders.amount","op":"gt","value":1,"from":"2026-02-30"})", "2026-02-30");
        row("bad bool", R"({"field":"archived","op":"eq","value":"maybe"})", "maybe");
        row("nested error", R"({"all":[{"any":[{"field":"nope","op":"eq","value":1}]}]})", "nope");
    }

    void invalid()
    {
        QFETCH(QString, condition);
        QFETCH(QString, mentions);
        auto c = Condition::fromJson(condition.toUtf8());
        QVERIFY(c);
        auto compiled = m_ws->segments().compiler(kAsOf).value().compile(c.value());
        QVERIFY(!compiled);
        QCOMPARE(compiled.error().code, Error::Invalid);
        QVERIFY2(compiled.error().message.contains(mentions), qPrintable(compiled.error().message));
        // The list matches nothing and says why.
        CustomerFilter f;
        f.condition = c.value();
        QCOMPARE(m_ws->customers().count(f).value(), 0);
        QVERIFY(!m_ws->customers().checkFilter(f));
        QCOMPARE(m_ws->segments().count(c.value()).error().code, Error::Invalid);
    }

    void messageNamesFieldLabel()
    {
        auto compiled = m_ws->segments().compiler(kAsOf).value().compile(
            Condition::leaf(QStringLiteral("custom.level"), QStringLiteral("gt"), 1));
        QVERIFY(!compiled);
        QVERIFY2(compiled.error().message.contains(QLatin1String("level")), qPrintable(compiled.error().message));
    }

    void bindNamesAreUniqueWithOtherFilters()
    {
        auto seg = m_ws->segments().create(QStringLiteral("广东"), Condition::leaf(QStringLiteral("province"), QStringLiteral("eq"),
                                                                                 QStringLiteral("广东")));
        QVERIFY(seg);
        CustomerFilter f;
        f.ownerId = m_u1;
        f.tagId = m_tag;
        f.search = QStringLiteral("Alpha");
        f.segmentId = seg.value();
        f.condition = Condition::all({Condition::leaf(QStringLiteral("tag"), QStringLiteral("has"), m_tag),
                                      Condition::leaf(QStringLiteral("owner"), QStringLiteral("eq"), m_u1)});
        QVERIFY(m_ws->customers().checkFilter(f));
        QVariantMap binds;
        const QString where = m_ws->customers().filterCondition(f, &binds);
        QVERIFY(binds.contains(QStringLiteral(":owner")));
        QVERIFY(binds.contains(QStringLiteral(":sgs0")));
        QVERIFY(binds.contains(QStringLiteral(":sgc0")));
        QVERIFY(!where.contains(QLatin1String("广东"))); // values are never in the SQL text
        auto ids = m_ws->customers().ids(f);
        QVERIFY2(ids, qPrintable(ids.error().message));
        // The search index is not filled by raw inserts, so search for nothing instead.
        f.search.clear();
        QCOMPARE(m_ws->customers().ids(f).value(), QList<qint64>({m_id.value(QStringLiteral("c1"))}));
    }

    void savedSegments()
    {
        SegmentService &segments = m_ws->segments();
        QSignalSpy changed(&segments, &SegmentService::segmentsChanged);
        const Condition gd = Condition::leaf(QStringLiteral("province"), QStringLiteral("eq"), QStringLiteral("广东"));
        auto id = segments.create(QStringLiteral(" 广东客户 "), gd);
        QVERIFY2(id, qPrintable(id.error().message));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(segments.create(QStringLiteral("广东客户"), gd).error().code, Error::Duplicate);
        QCOMPARE(segments.create(QString(), gd).error().code, Error::Invalid);
        QCOMPARE(segments.create(QStringLiteral("bad"), Condition::leaf(QStringLiteral("nope"), QStringLiteral("eq"), 1)).error().code,
                 Error::Invalid);
        auto second = segments.create(QStringLiteral("个人"), Condition::leaf(QStringLiteral("kind"), QStringLiteral("eq"), QStringLiteral("person")));
        QVERIFY(second);

        auto list = segments.segments();
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).name, QStringLiteral("广东客户"));
        QCOMPARE(list->at(0).count, 2);     // c1, c3 (c5 is in the trash)
        QCOMPARE(list->at(0).condition, gd);
        QCOMPARE(list->at(1).count, 1);

        CustomerFilter f;
        f.segmentId = id.value();
        QCOMPARE(m_ws->customers().count(f).value(), 2);

        QVERIFY(segments.rename(id.value(), QStringLiteral("华南")));
        QCOMPARE(segments.rename(id.value(), QStringLiteral("个人")).error().code, Error::Duplicate);
        QCOMPARE(segments.findByName(QStringLiteral("华南"))->id, id.value());
        QCOMPARE(segments.findByName(QStringLiteral("广东客户")).error().code, Error::NotFound);

        QVERIFY(segments.updateDefinition(id.value(), Condition::leaf(QStringLiteral("province"), QStringLiteral("eq"), QStringLiteral("浙江"))));
        QCOMPARE(m_ws->customers().count(f).value(), 1);
        QVERIFY(!segments.updateDefinition(id.value(), Condition::leaf(QStringLiteral("x"), QStringLiteral("eq"), 1)));

        auto removed = segments.remove(id.value());
        QVERIFY(removed);
        QCOMPARE(removed->name, QStringLiteral("华南"));
        QCOMPARE(m_ws->customers().count(f).value(), 0);
        QCOMPARE(m_ws->customers().checkFilter(f).error().code, Error::NotFound);
        QVERIFY(segments.restore(removed.value()));
        QCOMPARE(segments.segment(id.value())->name, QStringLiteral("华南"));
        QCOMPARE(m_ws->customers().count(f).value(), 1);
        QCOMPARE(changed.size(), 6);
    }

    void ruleTags()
    {
        SegmentService &segments = m_ws->segments();
        const Condition big = Condition::leaf(QStringLiteral("orders.amount"), QStringLiteral("ge"), 1000);
        auto vip = segments.createRuleTag(QStringLiteral("VIP"), big);
        QVERIFY2(vip, qPrintable(vip.error().message));
        auto members = [&](qint64 tag) {
            CustomerFilter f;
            f.scope = CustomerFilter::Scope::All;
            f.tagId = tag;
            QStringList out;
            for (qint64 id : m_ws->customers().ids(f).valueOr({}))
                out << m_id.key(id);
            out.sort();
            return out.join(QLatin1Char(','));
        };
        QCOMPARE(members(vip.value()), QStringLiteral("c1")); // c5 matches but is in the trash

        // Rule tags refuse manual changes.
        auto manual = m_ws->tags().addTag({m_id.value(QStringLiteral("c2"))}, vip.value());
        QCOMPARE(manual.error().code, Error::Invalid);
        QVERIFY(manual.error().message.contains(QLatin1String("VIP")));
        QCOMPARE(m_ws->tags().removeTag({m_id.value(QStringLiteral("c1"))}, vip.value()).error().code, Error::Invalid);
        auto infos = m_ws->tags().tags().value();
        for (const TagInfo &t : infos) {
            if (t.id == vip.value()) {
                QCOMPARE(t.kind, QStringLiteral("rule"));
                QCOMPARE(Condition::fromJson(t.rule).value(), big);
            }
        }
        // A manual-origin row on a rule tag (e.g. from before it became one) stays.
        exec(QStringLiteral("INSERT INTO customer_tags (customer_id, tag_id, origin, created_at) VALUES (?, ?, 'manual', '2026-01-01')"),
             {m_id.value(QStringLiteral("c4")), vip.value()});

        // Data changes: c2 orders a lot, c1's orders are cancelled.
        order(QStringLiteral("c2"), QStringLiteral("2026-06-29"), 200000);
        exec(QStringLiteral("UPDATE orders SET status = 'cancelled' WHERE customer_id = ?"), {m_id.value(QStringLiteral("c1"))});
        auto stats = segments.refreshRuleTags(kAsOf);
        QVERIFY2(stats, qPrintable(stats.error().message));
        QCOMPARE(stats->added, 1);
        QCOMPARE(stats->removed, 1);
        QCOMPARE(members(vip.value()), QStringLiteral("c2,c4"));
        QCOMPARE(exec(QStringLiteral("SELECT origin FROM customer_tags WHERE customer_id = ? AND tag_id = ?"),
                      {m_id.value(QStringLiteral("c2")), vip.value()}).toString(),
                 QStringLiteral("rule"));
        // Idempotent; manual tags untouched.
        stats = segments.refreshRuleTags(kAsOf);
        QCOMPARE(stats->added + stats->removed, 0);
        QCOMPARE(members(m_tag), QStringLiteral("c1,c3"));

        // Editing the rule refreshes the tag; a broken rule is reported, others still run.
        QVERIFY(segments.updateRuleTag(vip.value(), QStringLiteral("VIP 客户"),
                                       Condition::leaf(QStringLiteral("kind"), QStringLiteral("eq"), QStringLiteral("company"))));
        QCOMPARE(members(vip.value()), QStringLiteral("c1,c3,c4"));
        QCOMPARE(segments.updateRuleTag(vip.value(), QStringLiteral("重点"), big).error().code, Error::Duplicate);
        auto other = segments.createRuleTag(QStringLiteral("浙江"), Condition::leaf(QStringLiteral("province"), QStringLiteral("eq"), QStringLiteral("浙江")));
        QVERIFY(other);
        exec(QStringLiteral("UPDATE tags SET rule = '{\"field\":\"gone\",\"op\":\"eq\",\"value\":1}' WHERE id = ?"), {vip.value()});
        stats = segments.refreshRuleTags(kAsOf);
        QVERIFY(stats);
        QCOMPARE(stats->errors.size(), 1);
        QCOMPARE(stats->tags, 1);
        QCOMPARE(members(other.value()), QStringLiteral("c2"));

        QVERIFY(segments.deleteRuleTag(other.value()));
        QCOMPARE(members(other.value()), QString());
        QCOMPARE(segments.deleteRuleTag(m_tag).error().code, Error::NotFound); // manual tags are not rule tags
    }

    void systemTags()
    {
        SegmentService &segments = m_ws->segments();
        RfmLabels labels;
        auto stats = segments.refreshSystemTags(labels);
        QVERIFY2(stats, qPrintable(stats.error().message));
        QHash<QString, TagInfo> byName;
        int system = 0;
        for (const TagInfo &t : m_ws->tags().tags().valueOr({})) {
            byName.insert(t.name, t);
            system += t.kind == QLatin1String("system");
        }
        QCOMPARE(system, int(Rfm::segmentKeys(Rfm::SchemeRfm8).size() + Rfm::tierKeys().size()));
        const QString iv = Rfm::defaultSegmentLabel(Rfm::ImportantValue);
        const QString hv = Rfm::defaultTierLabel(Rfm::TierHighValue);
        QVERIFY(byName.contains(iv));
        QCOMPARE(byName.value(iv).customerCount, 1);
        QCOMPARE(byName.value(hv).customerCount, 1);
        QCOMPARE(byName.value(Rfm::defaultTierLabel(Rfm::TierGeneral)).customerCount, 1); // c2
        QCOMPARE(byName.value(Rfm::defaultSegmentLabel(Rfm::NoPurchase)).customerCount, 1); // c3
        QCOMPARE(m_ws->tags().addTag({m_id.value(QStringLiteral("c2"))}, byName.value(iv).id).error().code, Error::Invalid);

        auto summary = m_ws->customers().summary(m_id.value(QStringLiteral("c1")));
        QVERIFY(summary);
        bool seenSystem = false, seenManual = false;
        for (const auto &t : summary->tags) {
            seenSystem |= t.name == iv && t.kind == QLatin1String("system") && t.origin == QLatin1String("rule");
            seenManual |= t.id == m_tag && t.kind == QLatin1String("manual") && t.origin == QLatin1String("manual");
        }
        QVERIFY(seenSystem);
        QVERIFY(seenManual);

        // A new snapshot moves c1; a relabelled segment keeps its tag id.
        const qint64 next = snapshot(QStringLiteral("2026-07-31"));
        rfm(next, QStringLiteral("c1"), 60, 3, 140000, 3, 4, 5, Rfm::ImportantRetain, Rfm::TierPotential);
        labels.segments.insert(Rfm::ImportantRetain, QStringLiteral("金牌保持"));
        labels.segments.insert(Rfm::ImportantValue, QStringLiteral("重点")); // taken by a manual tag
        QVERIFY(segments.refreshSystemTags(labels));
        byName.clear();
        for (const TagInfo &t : m_ws->tags().tags().valueOr({}))
            byName.insert(t.name, t);
        QCOMPARE(byName.value(QStringLiteral("金牌保持")).customerCount, 1);
        QCOMPARE(byName.value(QStringLiteral("金牌保持")).kind, QStringLiteral("system"));
        QVERIFY(byName.contains(tr("%1 (RFM)").arg(QStringLiteral("重点"))));
        QCOMPARE(byName.value(QStringLiteral("重点")).kind, QStringLiteral("manual"));
        QCOMPARE(byName.value(QStringLiteral("重点")).customerCount, 2);
        QCOMPARE(byName.value(hv).customerCount, 0);
        QCOMPARE(byName.value(Rfm::defaultTierLabel(Rfm::TierPotential)).customerCount, 1);
        // Only c1 is in the new snapshot.
        QCOMPARE(byName.value(Rfm::defaultTierLabel(Rfm::TierGeneral)).customerCount, 0);
    }
};

QTEST_GUILESS_MAIN(TestSegments)
#include "tst_segments.moc"
