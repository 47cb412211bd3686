// DuplicateService and DataQualityService: grouping by every key, company-name
// normalisation, similar names, merge of every kind of child row with undo restoring the
// exact rows, optimistic locking; data-quality counts and the quality filter of the
// customer list. Runs on SQLite and PostgreSQL.

#include "services/customerservice.h"
#include "services/dataqualityservice.h"
#include "services/duplicateservice.h"
#include "services/fieldservice.h"
#include "services/recordstore.h"
#include "services/tagservice.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Patron;

class TestDuplicateService : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestDatabase> m_tdb;
    std::unique_ptr<Workspace> m_ws;

    qint64 add(Record r)
    {
        auto id = m_ws->store().insert(Entity::Customer, r);
        if (!id)
            qWarning() << id.error().message;
        return id.valueOr(0);
    }
    qint64 add(const QString &name,
               const QString &mobile = {},
               const QString &email = {},
               const QString &code = {})
    {
        return add(Record {{QStringLiteral("name"), name},
                           {QStringLiteral("mobile"), mobile},
                           {QStringLiteral("email"), email},
                           {QStringLiteral("code"), code}});
    }
    DuplicateService dupes() const { return DuplicateService(m_ws->database(), m_ws->store()); }

    QList<DuplicateGroup> groups(bool similar = false)
    {
        DuplicateOptions o;
        o.similarNames = similar;
        auto g = dupes().findGroups(o);
        if (!g)
            qWarning() << g.error().message;
        return g.valueOr({});
    }
    const DuplicateGroup *groupOf(const QList<DuplicateGroup> &gs, qint64 id)
    {
        for (const DuplicateGroup &g : gs) {
            if (g.customerIds.contains(id))
                return &g;
        }
        return nullptr;
    }

    // Every column of every row that belongs to these customers, as stored.
    QStringList snapshot(const QList<qint64> &ids)
    {
        QStringList out;
        QStringList idList;
        for (qint64 id : ids)
            idList << QString::number(id);
        const QString in = idList.join(QLatin1Char(','));
        const QStringList queries
            = {QStringLiteral("SELECT * FROM customers WHERE id IN (%1) ORDER BY id"),
               QStringLiteral("SELECT * FROM contacts WHERE customer_id IN (%1) ORDER BY id"),
               QStringLiteral("SELECT * FROM orders WHERE customer_id IN (%1) ORDER BY id"),
               QStringLiteral("SELECT * FROM activities WHERE customer_id IN (%1) ORDER BY id"),
               QStringLiteral("SELECT * FROM tickets WHERE customer_id IN (%1) ORDER BY id"),
               QStringLiteral("SELECT * FROM tasks WHERE customer_id IN (%1) ORDER BY id"),
               QStringLiteral("SELECT customer_id, tag_id, origin, created_at FROM customer_tags "
                              "WHERE customer_id IN (%1) "
                              "ORDER BY customer_id, tag_id")};
        for (const QString &sql : queries) {
            QSqlQuery q(m_ws->database().connection());
            if (!q.exec(sql.arg(in)))
                qWarning() << "snapshot failed" << sql;
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i)
                    cells << q.record().fieldName(i) + QLatin1Char('=')
                            + (q.value(i).isNull() ? QStringLiteral("NULL")
                                                   : q.value(i).toString());
                out << cells.join(QLatin1Char('|'));
            }
        }
        return out;
    }
    qint64 countWhere(const QString &sql)
    {
        QSqlQuery q(m_ws->database().connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    int version(qint64 id)
    {
        return m_ws->store()
            .get(Entity::Customer, id)
            .value()
            .value(QStringLiteral("version"))
            .toInt();
    }
    qint64 child(Entity e, Record r)
    {
        auto id = m_ws->store().insert(e, r);
        if (!id)
            qWarning() << id.error().message;
        return id.valueOr(0);
    }

private slots:
    void initTestCase() { PATRON_REQUIRE_BACKEND(); }

    void init()
    {
        m_tdb = std::make_unique<Test::TestDatabase>();
        m_ws = m_tdb->open();
        QVERIFY(m_ws);
    }
    void cleanup()
    {
        m_ws.reset();
        m_tdb.reset();
    }

    void groupsBySqlKeys()
    {
        const qint64 a = add(QStringLiteral("甲公司"), QStringLiteral("13800138000"));
        const qint64 b = add(QStringLiteral("乙公司"), QStringLiteral("+86 138-0013-8000"));
        const qint64 c = add(QStringLiteral("丙公司"), {}, QStringLiteral("Sales@Example.com"));
        const qint64 d = add(QStringLiteral("丁公司"), {}, QStringLiteral("sales@example.com"));
        const qint64 e = add(QStringLiteral("戊公司"), {}, {}, QStringLiteral("c-001"));
        const qint64 f = add(QStringLiteral("己公司"), {}, {}, QStringLiteral("C-001"));
        const qint64 lone = add(QStringLiteral("庚公司"), QStringLiteral("13900139000"));
        const auto gs = groups();
        QCOMPARE(gs.size(), 3);
        QCOMPARE(groupOf(gs, a)->customerIds, (QList<qint64> {a, b}));
        QCOMPARE(groupOf(gs, a)->reasons, MatchReasons(MatchReason::Mobile));
        QCOMPARE(groupOf(gs, c)->customerIds, (QList<qint64> {c, d}));
        QCOMPARE(groupOf(gs, c)->reasons, MatchReasons(MatchReason::Email));
        QCOMPARE(groupOf(gs, e)->customerIds, (QList<qint64> {e, f}));
        QCOMPARE(groupOf(gs, e)->reasons, MatchReasons(MatchReason::Code));
        QVERIFY(!groupOf(gs, lone));
        const auto rows = dupes().summaries({a, e});
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->value(e).value(QStringLiteral("code")).toString(), QStringLiteral("c-001"));
        QCOMPARE(rows->value(a).value(QStringLiteral("mobile")).toString(),
                 QStringLiteral("13800138000"));
        QVERIFY(DuplicateService::reasonText(MatchReason::Mobile | MatchReason::Email)
                    .contains(QLatin1String("mobile")));
    }

    void groupsAreConnectedComponents()
    {
        const qint64 a = add(QStringLiteral("甲"), QStringLiteral("13800138000"));
        const qint64 b
            = add(QStringLiteral("乙"), QStringLiteral("13800138000"), QStringLiteral("x@y.cn"));
        const qint64 c = add(QStringLiteral("丙"), {}, QStringLiteral("x@y.cn"));
        const auto gs = groups();
        QCOMPARE(gs.size(), 1);
        QCOMPARE(gs.first().customerIds, (QList<qint64> {a, b, c}));
        QCOMPARE(gs.first().reasons, MatchReason::Mobile | MatchReason::Email);
        QCOMPARE(gs.first().key(), QStringLiteral("%1,%2,%3").arg(a).arg(b).arg(c));
    }

    void companyNames()
    {
        const qint64 a = add(QStringLiteral("上海华联商贸有限公司"));
        const qint64 b = add(QStringLiteral("上海 华联商贸 (有限公司)"));
        const qint64 c = add(QStringLiteral("（上海）华联商贸"));
        const qint64 d = add(QStringLiteral("华联商贸有限公司"));
        const qint64 other = add(QStringLiteral("北京恒瑞科技有限公司"));
        // People are not matched by name: two 张伟 are two people.
        add(Record {{QStringLiteral("name"), QStringLiteral("张伟")},
                    {QStringLiteral("kind"), QStringLiteral("person")}});
        add(Record {{QStringLiteral("name"), QStringLiteral("张伟")},
                    {QStringLiteral("kind"), QStringLiteral("person")}});
        auto gs = groups();
        QCOMPARE(gs.size(), 2);
        QCOMPARE(groupOf(gs, a)->customerIds, (QList<qint64> {a, b}));
        QCOMPARE(groupOf(gs, a)->reasons, MatchReasons(MatchReason::CompanyName));
        QCOMPARE(groupOf(gs, c)->customerIds, (QList<qint64> {c, d}));
        QVERIFY(!groupOf(gs, other));

        // Similar: the region prefix removed joins both groups.
        gs = groups(true);
        QCOMPARE(gs.size(), 1);
        QCOMPARE(gs.first().customerIds, (QList<qint64> {a, b, c, d}));
        QCOMPARE(gs.first().reasons, MatchReason::CompanyName | MatchReason::SimilarName);
    }

    void similarByOneEdit()
    {
        const qint64 a = add(QStringLiteral("恒瑞科技发展有限公司"));
        const qint64 b = add(QStringLiteral("恒瑞科枝发展有限公司")); // one character typed wrong
        const qint64 c = add(QStringLiteral("恒瑞科技发展中心")); // two more characters
        const qint64 d = add(QStringLiteral("华瑞科技发展有限公司")); // differs in the first two
        QVERIFY(groups().isEmpty());
        const auto gs = groups(true);
        QCOMPARE(gs.size(), 1);
        QCOMPARE(gs.first().customerIds, (QList<qint64> {a, b}));
        QCOMPARE(gs.first().reasons, MatchReasons(MatchReason::SimilarName));
        Q_UNUSED(c);
        Q_UNUSED(d);
    }

    void trashedCustomersIgnored()
    {
        const qint64 a = add(QStringLiteral("甲"), QStringLiteral("13800138000"));
        const qint64 b = add(QStringLiteral("乙"), QStringLiteral("13800138000"));
        add(QStringLiteral("华联商贸有限公司"));
        const qint64 d = add(QStringLiteral("华联商贸"));
        QCOMPARE(groups().size(), 2);
        QVERIFY(m_ws->customers().moveToTrash({b, d}));
        QVERIFY(groups().isEmpty());
        QCOMPARE(dupes().duplicateCustomerCount().value(), 0);
        Q_UNUSED(a);
    }

    void mergeMovesEverythingAndUnmergeRestores()
    {
        auto &fields = m_ws->fields();
        QVERIFY(fields.addField(Entity::Customer, QStringLiteral("Level"), QStringLiteral("text")));
        QVERIFY(
            fields.addField(Entity::Customer, QStringLiteral("Region"), QStringLiteral("text")));
        const qint64 owner
            = m_ws->users().ensureUser(QStringLiteral("lina"), QStringLiteral("李娜")).value();
        const qint64 a
            = add(Record {{QStringLiteral("name"), QStringLiteral("华联商贸有限公司")},
                          {QStringLiteral("code"), QStringLiteral("C001")},
                          {QStringLiteral("mobile"), QStringLiteral("13800138000")},
                          {QStringLiteral("city"), QStringLiteral("")},
                          {QStringLiteral("custom"),
                           QVariantMap {{QStringLiteral("level"), QStringLiteral("A")}}}});
        const qint64 b
            = add(Record {{QStringLiteral("name"), QStringLiteral("上海华联商贸")},
                          {QStringLiteral("code"), QStringLiteral("C002")},
                          {QStringLiteral("mobile"), QStringLiteral("13800138000")},
                          {QStringLiteral("email"), QStringLiteral("hl@hualian.cn")},
                          {QStringLiteral("city"), QStringLiteral("上海")},
                          {QStringLiteral("owner_id"), owner},
                          {QStringLiteral("custom"),
                           QVariantMap {{QStringLiteral("level"), QStringLiteral("B")},
                                        {QStringLiteral("region"), QStringLiteral("华东")}}}});
        const qint64 c = add(Record {{QStringLiteral("name"), QStringLiteral("华联")},
                                     {QStringLiteral("mobile"), QStringLiteral("13800138000")},
                                     {QStringLiteral("phone"), QStringLiteral("021-5555")}});
        const qint64 contact = child(
            Entity::Contact,
            {{QStringLiteral("customer_id"), b}, {QStringLiteral("name"), QStringLiteral("王芳")}});
        const qint64 order1 = child(Entity::Order,
                                    {{QStringLiteral("customer_id"), b},
                                     {QStringLiteral("ordered_at"), QStringLiteral("2026-01-02")},
                                     {QStringLiteral("amount_cents"), 1000},
                                     {QStringLiteral("status"), QStringLiteral("completed")}});
        const qint64 order2 = child(Entity::Order,
                                    {{QStringLiteral("customer_id"), c},
                                     {QStringLiteral("ordered_at"), QStringLiteral("2026-01-03")},
                                     {QStringLiteral("amount_cents"), 2000},
                                     {QStringLiteral("status"), QStringLiteral("paid")}});
        const qint64 ownOrder = child(Entity::Order,
                                      {{QStringLiteral("customer_id"), a},
                                       {QStringLiteral("ordered_at"), QStringLiteral("2026-01-01")},
                                       {QStringLiteral("amount_cents"), 500},
                                       {QStringLiteral("status"), QStringLiteral("paid")}});
        const qint64 activity
            = child(Entity::Activity,
                    {{QStringLiteral("customer_id"), b},
                     {QStringLiteral("kind"), QStringLiteral("call")},
                     {QStringLiteral("occurred_at"), QStringLiteral("2026-01-05T10:00:00")},
                     {QStringLiteral("contact_id"), contact}});
        const qint64 ticket
            = child(Entity::Ticket,
                    {{QStringLiteral("customer_id"), c},
                     {QStringLiteral("title"), QStringLiteral("坏了")},
                     {QStringLiteral("status"), QStringLiteral("open")},
                     {QStringLiteral("priority"), QStringLiteral("normal")},
                     {QStringLiteral("opened_at"), QStringLiteral("2026-01-06T09:00:00")}});
        const qint64 task = child(Entity::Task,
                                  {{QStringLiteral("customer_id"), c},
                                   {QStringLiteral("title"), QStringLiteral("回访")},
                                   {QStringLiteral("status"), QStringLiteral("open")},
                                   {QStringLiteral("priority"), QStringLiteral("normal")}});
        const qint64 vip = m_ws->tags().ensureTag(QStringLiteral("VIP")).value();
        const qint64 shared = m_ws->tags().ensureTag(QStringLiteral("老客户")).value();
        QVERIFY(m_ws->tags().addTag({b}, vip, QStringLiteral("rule")));
        QVERIFY(m_ws->tags().addTag({a, c}, shared));

        const QList<qint64> all {a, b, c};
        const QStringList before = snapshot(all);

        MergeRequest req;
        req.survivorId = a;
        req.mergedIds = {b, c};
        req.versions = {{a, version(a)}, {b, version(b)}, {c, version(c)}};
        req.fieldSources = {{QStringLiteral("name"), b},
                            {QStringLiteral("code"), b},
                            {QStringLiteral("custom.level"), b}};
        auto undo = dupes().merge(req);
        QVERIFY2(undo, qPrintable(undo.error().message));

        const Record s = m_ws->store().get(Entity::Customer, a).value();
        QCOMPARE(s.value(QStringLiteral("name")).toString(),
                 QStringLiteral("上海华联商贸")); // chosen
        QCOMPARE(s.value(QStringLiteral("code")).toString(), QStringLiteral("C002")); // taken over
        QCOMPARE(s.value(QStringLiteral("email")).toString(),
                 QStringLiteral("hl@hualian.cn")); // first non-empty
        QCOMPARE(s.value(QStringLiteral("phone")).toString(), QStringLiteral("021-5555"));
        QCOMPARE(s.value(QStringLiteral("city")).toString(), QStringLiteral("上海"));
        QCOMPARE(s.value(QStringLiteral("owner_id")).toLongLong(), owner);
        QCOMPARE(
            s.value(QStringLiteral("custom")).toMap().value(QStringLiteral("level")).toString(),
            QStringLiteral("B"));
        QCOMPARE(
            s.value(QStringLiteral("custom")).toMap().value(QStringLiteral("region")).toString(),
            QStringLiteral("华东"));
        QCOMPARE(s.value(QStringLiteral("version")).toInt(), req.versions.value(a) + 1);
        for (const auto &[table, id] : {std::pair {"contacts", contact},
                                        {"orders", order1},
                                        {"orders", order2},
                                        {"orders", ownOrder},
                                        {"activities", activity},
                                        {"tickets", ticket},
                                        {"tasks", task}})
            QCOMPARE(countWhere(QStringLiteral("SELECT customer_id FROM %1 WHERE id = %2")
                                    .arg(QLatin1String(table))
                                    .arg(id)),
                     a);
        QCOMPARE(
            countWhere(
                QStringLiteral("SELECT COUNT(*) FROM customer_tags WHERE customer_id = %1").arg(a)),
            2);
        QCOMPARE(countWhere(QStringLiteral("SELECT COUNT(*) FROM customer_tags WHERE customer_id = "
                                           "%1 AND tag_id = %2 AND origin = 'rule'")
                                .arg(a)
                                .arg(vip)),
                 1);
        QCOMPARE(countWhere(QStringLiteral("SELECT COUNT(*) FROM customers WHERE id IN (%1, %2) "
                                           "AND deleted_at IS NOT NULL")
                                .arg(b)
                                .arg(c)),
                 2);
        // name, code, email, phone, city, owner, custom and merged_ids on the survivor, one per
        // other
        QCOMPARE(
            countWhere(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'merge'")),
            10);
        QVERIFY(countWhere(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'merge' "
                                          "AND entity_id = %1 AND field = 'merged_ids'")
                               .arg(a))
                == 1);
        QVERIFY(groups().isEmpty());
        // Search finds the survivor under its new name.
        CustomerFilter f;
        f.search = QStringLiteral("hl@hualian.cn");
        QCOMPARE(m_ws->customers().ids(f).value(), QList<qint64> {a});

        Status u = dupes().unmerge(undo.value());
        QVERIFY2(u, qPrintable(u.error().message));
        QCOMPARE(snapshot(all), before);
        QCOMPARE(groups().size(), 1);

        // Redo with the same request works again: versions are back to what the user saw.
        auto again = dupes().merge(req);
        QVERIFY2(again, qPrintable(again.error().message));
        QVERIFY(dupes().unmerge(again.value()));
        QCOMPARE(snapshot(all), before);
    }

    void defaultsKeepSurvivorValues()
    {
        const qint64 a
            = add(QStringLiteral("甲"), QStringLiteral("13800138000"), QStringLiteral("a@x.cn"));
        const qint64 b = add(QStringLiteral("乙"), QStringLiteral("13800138000"),
                             QStringLiteral("b@x.cn"), QStringLiteral("B1"));
        MergeRequest req {b, {a}, {{a, version(a)}, {b, version(b)}}, {}};
        auto undo = dupes().merge(req);
        QVERIFY(undo);
        const Record s = m_ws->store().get(Entity::Customer, b).value();
        QCOMPARE(s.value(QStringLiteral("name")).toString(), QStringLiteral("乙"));
        QCOMPARE(s.value(QStringLiteral("email")).toString(), QStringLiteral("b@x.cn"));
        QCOMPARE(s.value(QStringLiteral("code")).toString(), QStringLiteral("B1"));
        // The merged customer is in the trash and can be restored from there.
        CustomerFilter trash;
        trash.scope = CustomerFilter::Scope::Trash;
        QCOMPARE(m_ws->customers().ids(trash).value(), QList<qint64> {a});
    }

    void staleVersionConflicts()
    {
        const qint64 a = add(QStringLiteral("甲"), QStringLiteral("13800138000"));
        const qint64 b = add(QStringLiteral("乙"), QStringLiteral("13800138000"));
        MergeRequest req {a, {b}, {{a, version(a)}, {b, version(b)}}, {}};
        QVERIFY(m_ws->store().update(Entity::Customer, b, version(b),
                                     {{QStringLiteral("city"), QStringLiteral("杭州")}}));
        const QStringList before = snapshot({a, b});
        auto r = dupes().merge(req);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Conflict);
        QCOMPARE(snapshot({a, b}), before);

        // Unmerge refuses when the survivor changed after the merge.
        req.versions[b] = version(b);
        auto undo = dupes().merge(req);
        QVERIFY(undo);
        QVERIFY(m_ws->store().update(Entity::Customer, a, version(a),
                                     {{QStringLiteral("city"), QStringLiteral("苏州")}}));
        Status u = dupes().unmerge(undo.value());
        QVERIFY(!u);
        QCOMPARE(u.error().code, Error::Conflict);
        // Merging into oneself is refused.
        QCOMPARE(dupes().merge(MergeRequest {a, {a}, {{a, version(a)}}, {}}).error().code,
                 Error::Invalid);
    }

    void dataQualityCountsAndFilter()
    {
        auto &fields = m_ws->fields();
        QVERIFY(
            fields.addField(Entity::Customer, QStringLiteral("Birthday"), QStringLiteral("date")));
        const qint64 a
            = add(QStringLiteral("甲"), QStringLiteral("13800138000"), QStringLiteral("a@x.cn"));
        const qint64 b = add(QStringLiteral("乙"), QStringLiteral("13800138000"));
        const qint64 c = add(QStringLiteral("丙"), {}, QStringLiteral("c@x.cn"));
        const qint64 d = add(QStringLiteral("丁"));
        const qint64 archived = add(QStringLiteral("戊"));
        QVERIFY(m_ws->customers().setArchived({archived}, true));
        // Bad values can arrive past validation (old imports, other tools): write them raw.
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(q.exec(
            QStringLiteral(
                "UPDATE customers SET mobile = '12345', phone = '无', email = 'not-an-email', "
                "custom = '{\"birthday\":\"1990-13-01\"}' WHERE id = %1")
                .arg(d)));
        QVERIFY(q.exec(QStringLiteral("UPDATE customers SET phone = '021-1234', custom = "
                                      "'{\"birthday\":\"1990-02-01\"}' WHERE id = %1")
                           .arg(c)));

        DataQualityService dq(m_ws->database(), m_ws->store());
        auto report = dq.report();
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->total, 4);
        auto item = [&](const QList<QualityItem> &items, const QString &field) {
            for (const QualityItem &i : items) {
                if (i.field == field)
                    return i;
            }
            return QualityItem {};
        };
        QCOMPARE(item(report->completeness, QStringLiteral("mobile")).count, 3);
        QCOMPARE(item(report->completeness, QStringLiteral("email")).count, 3);
        QCOMPARE(item(report->completeness, QStringLiteral("code")).count, 0);
        QCOMPARE(item(report->completeness, QStringLiteral("owner_id")).count, 0);
        QCOMPARE(item(report->completeness, QStringLiteral("custom.birthday")).count, 2);
        QCOMPARE(item(report->invalid, QStringLiteral("mobile")).count, 1);
        QCOMPARE(item(report->invalid, QStringLiteral("email")).count, 1);
        QCOMPARE(item(report->invalid, QStringLiteral("phone")).count, 1);
        QCOMPARE(item(report->invalid, QStringLiteral("custom.birthday")).count, 1);
        QCOMPARE(report->duplicates.count, 2);

        // The page and the count agree, or the list would show phantom rows.
        auto listed = [&](const QString &quality) {
            CustomerFilter f;
            f.quality = quality;
            auto page = m_ws->customers().page(f, {QStringLiteral("name")}, QStringLiteral("name"),
                                               Qt::AscendingOrder, 0, 100);
            if (!page) {
                qWarning() << quality << page.error().message;
                return QList<qint64> {-1};
            }
            if (m_ws->customers().count(f).valueOr(-1) != page->ids.size())
                return QList<qint64> {-2};
            QList<qint64> ids = page->ids;
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        QCOMPARE(listed(QStringLiteral("missing:mobile")), (QList<qint64> {c}));
        QCOMPARE(listed(QStringLiteral("missing:email")), (QList<qint64> {b}));
        QCOMPARE(listed(QStringLiteral("missing:owner_id")), (QList<qint64> {a, b, c, d}));
        QCOMPARE(listed(QStringLiteral("missing:custom.birthday")), (QList<qint64> {a, b}));
        QCOMPARE(listed(QStringLiteral("invalid:mobile")), (QList<qint64> {d}));
        QCOMPARE(listed(QStringLiteral("invalid:email")), (QList<qint64> {d}));
        QCOMPARE(listed(QStringLiteral("invalid:phone")), (QList<qint64> {d}));
        QCOMPARE(listed(QStringLiteral("invalid:date:custom.birthday")), (QList<qint64> {d}));
        QCOMPARE(listed(QStringLiteral("duplicate")), (QList<qint64> {a, b}));
        QCOMPARE(listed(QStringLiteral("nonsense")), QList<qint64> {});
        QCOMPARE(listed(QStringLiteral("missing:custom.x' OR 1=1")), QList<qint64> {});

        CustomerFilter f1, f2;
        f1.quality = QStringLiteral("duplicate");
        QVERIFY(!(f1 == f2));
        f2.quality = QStringLiteral("duplicate");
        QVERIFY(f1 == f2);
    }
};

QTEST_GUILESS_MAIN(TestDuplicateService)
#include "tst_duplicateservice.moc"
