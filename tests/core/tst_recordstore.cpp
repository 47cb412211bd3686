// RecordStore: validation and normalisation, optimistic locking, audit log, delete and
// restore, custom fields. Runs on SQLite and PostgreSQL.

#include "services/fieldservice.h"
#include "services/recordstore.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Patron;

namespace {
Record customer(const QString &name)
{
    return Record{{QStringLiteral("name"), name}};
}

qint64 countRows(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
} // namespace

class TestRecordStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { PATRON_REQUIRE_BACKEND(); }

    void insertNormalisesAndReadsBack()
    {
        Test::TestDatabase tdb;
        auto ws = tdb.open();
        QVERIFY(ws);
        Record r = customer(QStringLiteral("上海恒瑞贸易有限公司"));
        r.insert(QStringLiteral("mobile"), QStringLiteral("+86 138-0013-8000"));
        r.insert(QStringLiteral("email"), QStringLiteral("  Sales@HengRui.COM "));
        r.insert(QStringLiteral("code"), QStringLiteral("Ｃ００１"));
        auto id = ws->store().insert(Entity::Customer, r);
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        auto back = ws->store().get(Entity::Customer, id.value());
        QVERIFY(back.ok());
        QCOMPARE(back->value(QStringLiteral("name")).toString(), QStringLiteral("上海恒瑞贸易有限公司"));
        QCOMPARE(back->value(QStringLiteral("mobile")).toString(), QStringLiteral("13800138000"));
        QCOMPARE(back->value(QStringLiteral("email")).toString(), QStringLiteral("sales@hengrui.com"));
        QCOMPARE(back->value(QStringLiteral("code")).toString(), QStringLiteral("C001"));
        QCOMPARE(back->value(QStringLiteral("kind")).toString(), QStringLiteral("company"));
        QCOMPARE(back->value(QStringLiteral("version")).toInt(), 1);
        QVERIFY(!back->value(QStringLiteral("created_at")).toString().isEmpty());
        QVERIFY(back->value(QStringLiteral("search_tokens")).toString().contains(QStringLiteral("恒瑞")));
    }

    void invalidInputIsRejectedWithAClearMessage_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no name") << "name" << "   " << "Name";
        QTest::newRow("bad mobile") << "mobile" << "12345" << "12345";
        QTest::newRow("bad email") << "email" << "not-an-email" << "not-an-email";
        QTest::newRow("bad kind") << "kind" << "robot" << "robot";
        QTest::newRow("bad stage") << "lifecycle_stage" << "happy" << "happy";
    }

    void invalidInputIsRejectedWithAClearMessage()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, mentions);
        Test::TestDatabase tdb;
        auto ws = tdb.open();
        Record r = customer(QStringLiteral("Valid Co"));
        r.insert(field, value);
        auto id = ws->store().insert(Entity::Customer, r);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, Error::Invalid);
        QVERIFY2(id.error().message.contains(mentions), qPrintable(id.error().message));
        QCOMPARE(countRows(ws->database(), QStringLiteral("SELECT COUNT(*) FROM customers")), 0);
    }

    void duplicateCodeIsReported()
    {
        Test::TestDatabase tdb;
        auto ws = tdb.open();
        Record a = customer(QStringLiteral("A"));
        a.insert(QStringLiteral("code"), QStringLiteral("K-1"));
        QVERIFY(ws->store().insert(Entity::Customer, a).ok());
        Record b = customer(QStringLiteral("B"));
        b.insert(QStringLiteral("code"), QStringLiteral("K-1"));
        auto id = ws->store().insert(Entity::Customer, b);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, Error::Duplicate);
        // Duplicate order numbers name the field too.
        const qint64 cid = ws->store().insert(Entity::Customer, customer(QStringLiteral("O"))).value();
        Record order{{QStringLiteral("customer_id"), cid},
                     {QStringLiteral("order_no"), QStringLiteral("SO-9")},
                     {QStringLiteral("ordered_at"), QStringLiteral("2026-03-05")},
                     {QStringLiteral("amount_cents"), 100},
                     {QStringLiteral("status"), QStringLiteral("completed")}};
        QVERIFY(ws->store().insert(Entity::Order, order).ok());
        auto dup = ws->store().insert(Entity::Order, order);
        QCOMPARE(dup.error().code, Error::Duplicate);
        QVERIFY2(dup.error().message.contains(fieldLabel(Entity::Order, QStringLiteral("order_no"))),
                 qPrintable(dup.error().message));
        // Customers without a code do not collide.
        QVERIFY(ws->store().insert(Entity::Customer, customer(QStringLiteral("C"))).ok());
        QVERIFY(ws->store().insert(Entity::Customer, customer(QStringLiteral("D"))).ok());
    }

    void updateChecksVersionAndNeverOverwritesSilently()
    {
        Test::TestDatabase tdb;
        auto ws = tdb.open();
        const qint64 id = ws->store().insert(Entity::Customer, customer(QStringLiteral("Old"))).value();
        // Two users read version 1.
        auto v2 = ws->store().update(Entity::Customer, id, 1, {{QStringLiteral("name"), QStringLiteral("Alice's")}});
        QVERIFY(v2.ok());
        QCOMPARE(v2.value(), 2);
        auto lost = ws->store().update(Entity::Customer, id, 1, {{QStringLiteral("name"), QStringLiteral("Bob's")}});
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().code, Error::Conflict);
        QCOMPARE(ws->store().get(Entity::Customer, id)->value(QStringLiteral("name")).toString(), QStringLiteral("Alice's"));
        // A no-op update does not bump the version.
        auto same = ws->store().update(Entity::Customer, id, 2, {{QStringLiteral("name"), QStringLiteral("Alice's")}});
        QVERIFY(same.ok());
        QCOMPARE(same.value(), 2);
        auto gone = ws->store().update(Entity::Customer, 999999, 1, {{QStringLiteral("name"), QStringLiteral("x")}});
        QCOMPARE(gone.error().code, Error::NotFound);
        auto unknown = ws->store().update(Entity::Customer, id, 2, {{QStringLiteral("nonsense"), 1}});
        QCOMPARE(unknown.error().code, Error::Invalid);
    }

    void auditLogRecordsWhoChangedWhat()
    {
        Test::TestDatabase tdb;
        auto ws = tdb.open();
        ws->store().setActor(QStringLiteral("lihua"));
        const qint64 id = ws->store().insert(Entity::Customer, customer(QStringLiteral("Before"))).value();
        QVERIFY(ws->store().update(Entity::Customer, id, 1, {{QStringLiteral("name"), QStringLiteral("After")},
                                                            {QStringLiteral("city"), QStringLiteral("杭州")}}).ok());
        QSqlQuery q(ws->database().connection());
        q.prepare(QStringLiteral("SELECT actor, action, field, old_value, new_value FROM audit_log "
                                 "WHERE entity = 'customer' AND entity_id = ? ORDER BY id"));
        q.addBindValue(id);
        QVERIFY(q.exec());
        QStringList rows;
        while (q.next())
            rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString()}.join(QLatin1Char('|'));
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.at(0).startsWith(QLatin1String("lihua|create|")));
        QVERIFY(rows.contains(QStringLiteral("lihua|update|name|Before|After")));
        QVERIFY(rows.contains(QStringLiteral("lihua|update|city||杭州")));
    }

    void removeAndRestoreKeepsTheSameRow()
    {
        Test::TestDatabase tdb;
        auto ws = tdb.open();
        const qint64 cid = ws->store().insert(Entity::Customer, customer(QStringLiteral("Parent"))).value();
        Record order{{QStringLiteral("customer_id"), cid},
                     {QStringLiteral("order_no"), QStringLiteral("SO-1")},
                     {QStringLiteral("ordered_at"), QStringLiteral("2026-03-05")},
                     {QStringLiteral("amount_cents"), 123450},
                     {QStringLiteral("status"), QStringLiteral("completed")}};
        auto oid = ws->store().insert(Entity::Order, order);
        QVERIFY2(oid.ok(), qPrintable(oid.error().message));
        QSignalSpy spy(&ws->store(), &RecordStore::changed);
        auto removed = ws->store().remove(Entity::Order, oid.value(), 1);
        QVERIFY(removed.ok());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(2).toLongLong(), cid);
        QVERIFY(!ws->store().get(Entity::Order, oid.value()).ok());
        auto restored = ws->store().insert(Entity::Order, removed.value());
        QVERIFY2(restored.ok(), qPrintable(restored.error().message));
        QCOMPARE(restored.value(), oid.value());
        auto back = ws->store().get(Entity::Order, oid.value());
        QCOMPARE(back->value(QStringLiteral("amount_cents")).toLongLong(), 123450);
        QCOMPARE(back->value(QStringLiteral("order_no")).toString(), QStringLiteral("SO-1"));
        // A new row after the restore does not reuse the id.
        order.insert(QStringLiteral("order_no"), QStringLiteral("SO-2"));
        QVERIFY(ws->store().insert(Entity::Order, order).value() != oid.value());
    }

    void orderNeedsAnExistingCustomerAndValidValues()
    {
        Test::TestDatabase tdb;
        auto ws = tdb.open();
        Record order{{QStringLiteral("customer_id"), 424242},
                     {QStringLiteral("ordered_at"), QStringLiteral("2026-03-05")},
                     {QStringLiteral("amount_cents"), 100},
                     {QStringLiteral("status"), QStringLiteral("completed")}};
        auto r = ws->store().insert(Entity::Order, order);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Invalid);
        const qint64 cid = ws->store().insert(Entity::Customer, customer(QStringLiteral("P"))).value();
        order.insert(QStringLiteral("customer_id"), cid);
        order.insert(QStringLiteral("ordered_at"), QStringLiteral("2026-02-30"));
        QCOMPARE(ws->store().insert(Entity::Order, order).error().code, Error::Invalid);
        order.insert(QStringLiteral("ordered_at"), QStringLiteral("2026-02-28"));
        order.insert(QStringLiteral("status"), QStringLiteral("lost"));
        QCOMPARE(ws->store().insert(Entity::Order, order).error().code, Error::Invalid);
    }

    void deletingACustomerRemovesItsRows()
    {
        Test::TestDatabase tdb;
        auto ws = tdb.open();
        const qint64 cid = ws->store().insert(Entity::Customer, customer(QStringLiteral("P"))).value();
        QVERIFY(ws->store().insert(Entity::Contact, {{QStringLiteral("customer_id"), cid}, {QStringLiteral("name"), QStringLiteral("王经理")}}).ok());
        QVERIFY(ws->store().insert(Entity::Activity, {{QStringLiteral("customer_id"), cid}, {QStringLiteral("kind"), QStringLiteral("call")},
                                                     {QStringLiteral("occurred_at"), QStringLiteral("2026-01-01T10:00:00")}}).ok());
        QVERIFY(ws->store().remove(Entity::Customer, cid).ok());
        QCOMPARE(countRows(ws->database(), QStringLiteral("SELECT COUNT(*) FROM contacts")), 0);
        QCOMPARE(countRows(ws->database(), QStringLiteral("SELECT COUNT(*) FROM activities")), 0);
    }

    void customFieldsAreTypedAndAudited()
    {
        Test::TestDatabase tdb;
        auto ws = tdb.open();
        auto f1 = ws->fields().addField(Entity::Customer, QStringLiteral("年采购额"), QStringLiteral("money"));
        QVERIFY2(f1.ok(), qPrintable(f1.error().message));
        auto f2 = ws->fields().addField(Entity::Customer, QStringLiteral("Contract date"), QStringLiteral("date"));
        QVERIFY(f2.ok());
        auto f3 = ws->fields().addField(Entity::Customer, QStringLiteral("等级"), QStringLiteral("choice"),
                                        {QStringLiteral("A"), QStringLiteral("B")});
        QVERIFY(f3.ok());
        QVERIFY(!ws->fields().addField(Entity::Customer, QStringLiteral("等级"), QStringLiteral("text")).ok());
        QVERIFY(!ws->fields().addField(Entity::Customer, QStringLiteral("Empty choice"), QStringLiteral("choice")).ok());
        const auto defs = ws->fields().fields(Entity::Customer, false).value();
        QCOMPARE(defs.size(), 3);
        QCOMPARE(defs.at(0).value(QStringLiteral("field_key")).toString(), QStringLiteral("f1"));
        QCOMPARE(defs.at(1).value(QStringLiteral("field_key")).toString(), QStringLiteral("contract_date"));

        const qint64 id = ws->store().insert(Entity::Customer, customer(QStringLiteral("X"))).value();
        auto v = ws->store().update(Entity::Customer, id, 1, {{QStringLiteral("custom.f1"), QStringLiteral("1.5万")},
                                                             {QStringLiteral("custom.contract_date"), QStringLiteral("2026-06-30")},
                                                             {QStringLiteral("custom.f2"), QStringLiteral("B")}});
        QVERIFY2(v.ok(), qPrintable(v.error().message));
        const QVariantMap custom = ws->store().get(Entity::Customer, id)->value(QStringLiteral("custom")).toMap();
        QCOMPARE(custom.value(QStringLiteral("f1")).toLongLong(), 1500000);
        QCOMPARE(custom.value(QStringLiteral("contract_date")).toString(), QStringLiteral("2026-06-30"));
        QCOMPARE(custom.value(QStringLiteral("f2")).toString(), QStringLiteral("B"));
        QCOMPARE(ws->store().update(Entity::Customer, id, 2, {{QStringLiteral("custom.f2"), QStringLiteral("Z")}}).error().code,
                 Error::Invalid);
        QCOMPARE(ws->store().update(Entity::Customer, id, 2, {{QStringLiteral("custom.nope"), QStringLiteral("1")}}).error().code,
                 Error::Invalid);
        // Clearing a value removes the key.
        QVERIFY(ws->store().update(Entity::Customer, id, 2, {{QStringLiteral("custom.f2"), QString()}}).ok());
        QVERIFY(!ws->store().get(Entity::Customer, id)->value(QStringLiteral("custom")).toMap().contains(QStringLiteral("f2")));
        // Inserting validates custom values too.
        Record withCustom = customer(QStringLiteral("Y"));
        withCustom.insert(QStringLiteral("custom"), QVariantMap{{QStringLiteral("f1"), QStringLiteral("¥2,000")}});
        auto yid = ws->store().insert(Entity::Customer, withCustom);
        QVERIFY2(yid.ok(), qPrintable(yid.error().message));
        QCOMPARE(ws->store().get(Entity::Customer, yid.value())->value(QStringLiteral("custom")).toMap().value(QStringLiteral("f1")).toLongLong(),
                 200000);
        withCustom.insert(QStringLiteral("custom"), QVariantMap{{QStringLiteral("f1"), QStringLiteral("lots")}});
        QCOMPARE(ws->store().insert(Entity::Customer, withCustom).error().code, Error::Invalid);
        withCustom.insert(QStringLiteral("custom"), QVariantMap{{QStringLiteral("ghost"), QStringLiteral("1")}});
        QCOMPARE(ws->store().insert(Entity::Customer, withCustom).error().code, Error::Invalid);
        // Retiring hides the field from the active list but keeps the value readable.
        const qint64 defId = defs.at(0).value(QStringLiteral("id")).toLongLong();
        QVERIFY(ws->store().update(Entity::FieldDef, defId, 1, {{QStringLiteral("retired"), true}}).ok());
        QCOMPARE(ws->fields().fields(Entity::Customer, false)->size(), 2);
        QCOMPARE(ws->fields().fields(Entity::Customer, true)->size(), 3);
        QCOMPARE(ws->store().get(Entity::Customer, id)->value(QStringLiteral("custom")).toMap().value(QStringLiteral("f1")).toLongLong(),
                 1500000);
    }
};

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"
