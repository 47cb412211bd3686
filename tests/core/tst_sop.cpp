// SOP engine on small hand-made data sets, with time travel (as-of runs): every trigger
// kind, every built-in template (stop conditions, win-back's "no follow-up since step 1"
// both ways, manager assignment), actions, idempotence (twice, and across as-of times),
// isolation of a failing rule, dry runs writing nothing, strict JSON and export/import,
// the scheduler. (Dry runs against the as-of day's snapshot, unsaved rules, firing counts and
// notifications: tst_sopgaps.) Runs on SQLite and PostgreSQL.

#include "rfm/rfmengine.h"
#include "rfm/rfmsettings.h"
#include "services/fieldservice.h"
#include "services/recordstore.h"
#include "sop/sopscheduler.h"
#include "sop/sopservice.h"
#include "storage/database.h"
#include "sopfixture.h"
#include "testdatabase.h"
#include "util/values.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Patron;
using namespace Patron::Test;

class TestSop : public QObject, protected Test::SopFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { PATRON_REQUIRE_BACKEND(); }
    void init() { QVERIFY(openSop()); }
    void cleanup() { closeSop(); }

    void databaseLanguageAndTemplates()
    {
        // Created under the C locale of the test: Chinese (English only for an English locale).
        QCOMPARE(db().setting(QStringLiteral("database.language")), QStringLiteral("zh_CN"));
        QList<SopTemplate> t = sop().templates();
        QCOMPARE(t.size(), 3);
        QCOMPARE(t.at(0).id, QStringLiteral("high-value-care"));
        QCOMPARE(t.at(0).name, QStringLiteral("高价值客户维护"));
        QCOMPARE(t.at(0).definition.actions.at(0).title, QStringLiteral("一对一维护:{客户名称}"));
        QCOMPARE(t.at(1).id, QStringLiteral("nurture-30d"));
        QCOMPARE(t.at(1).definition.steps.at(2).actions.at(0).title, QStringLiteral("发放专属优惠"));
        QCOMPARE(t.at(2).id, QStringLiteral("win-back"));
        QCOMPARE(t.at(2).definition.steps.at(1).actions.at(0).title, QStringLiteral("升级跟进:{客户名称}"));
        QVERIFY(db().setSetting(QStringLiteral("database.language"), QStringLiteral("en")));
        t = sop().templates();
        QCOMPARE(t.at(0).name, QStringLiteral("High-value customer care"));
        QCOMPARE(t.at(2).definition.steps.at(0).actions.at(0).title, QStringLiteral("Win-back call: {name}"));
        for (const SopTemplate &tpl : t) {
            QVERIFY2(sop().validate(tpl.definition, tpl.kind), qPrintable(tpl.id));
            auto back = Sop::Definition::fromJson(tpl.definition.toJson());
            QVERIFY(back);
            QVERIFY(back.value() == tpl.definition);
        }
        QCOMPARE(sop().addFromTemplate(QStringLiteral("nope")).error().code, Error::NotFound);
    }

    void highValueCareRepeatsWhileInSegment()
    {
        const qint64 u = user(QStringLiteral("张三"));
        const qint64 x = customer(QStringLiteral("华为"), u);
        const qint64 y = customer(QStringLiteral("小米"), u);
        order(x, QStringLiteral("2026-02-20"), 60000);
        order(x, QStringLiteral("2026-02-25"), 60000);
        order(y, QStringLiteral("2026-02-25"), 1000);
        const qint64 rule = enableTemplate(QStringLiteral("high-value-care"));

        SopRunReport r = run(QStringLiteral("2026-03-01T09:00"));
        QVERIFY(r.snapshotRefreshed);
        QCOMPARE(r.fired(), 1);
        QCOMPARE(r.rules.at(0).firings.at(0).what, QStringLiteral("create_task 一对一维护:华为"));
        QCOMPARE(strings(QStringLiteral("SELECT customer_id, title, assignee_id, due_at, remind_at, status, rule_id, "
                                        "COALESCE(step, 0) FROM tasks")),
                 QStringList{QStringLiteral("%1|一对一维护:华为|%2|2026-03-02T18:00:00|2026-03-02T09:00:00|open|%3|0")
                                 .arg(x).arg(u).arg(rule)});
        // Idempotent: the same as-of, and later ones before the 30 days are up.
        QCOMPARE(run(QStringLiteral("2026-03-01T09:00")).fired(), 0);
        QCOMPARE(run(QStringLiteral("2026-03-15T09:00")).fired(), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tasks")), 1);
        // Still in 重要价值客户 30 days after entering (last order 34 days old): a check-in task.
        QCOMPARE(run(QStringLiteral("2026-03-31T09:00")).fired(), 1);
        QCOMPARE(run(QStringLiteral("2026-04-01T09:00")).fired(), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE customer_id = %1").arg(x)), 2);
        const QStringList f = fired(rule);
        QCOMPARE(f.size(), 2);
        QVERIFY(f.at(0).startsWith(id(x) + QStringLiteral("|0|t:")));
        QVERIFY(f.at(1).endsWith(QStringLiteral("/1")));
    }

    void nurtureStopsWhenOrderedAgain()
    {
        const qint64 u = user(QStringLiteral("李四"));
        const qint64 n1 = customer(QStringLiteral("N1"), u);
        const qint64 n2 = customer(QStringLiteral("N2"), u);
        const qint64 n3 = customer(QStringLiteral("N3"), u);
        order(n1, QStringLiteral("2026-03-01"), 200000); // 重要发展客户: recent, once, ¥2000
        order(n2, QStringLiteral("2026-03-01"), 200000);
        order(n3, QStringLiteral("2026-03-01"), 10000);  // 一般发展客户: not a nurture target
        const qint64 rule = enableTemplate(QStringLiteral("nurture-30d"));
        auto titles = [this] {
            return strings(QStringLiteral("SELECT customer_id, title, step FROM tasks ORDER BY customer_id, step"));
        };

        QCOMPARE(run(QStringLiteral("2026-03-30T09:00")).fired(), 0); // 29 days
        run(QStringLiteral("2026-03-31T09:00"));
        QCOMPARE(titles(), (QStringList{id(n1) + QStringLiteral("|发送新品介绍|1"), id(n2) + QStringLiteral("|发送新品介绍|1")}));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE playbook_run_id IS NULL")), 0);
        run(QStringLiteral("2026-04-06T09:00"));
        QCOMPARE(titles().size(), 2);
        run(QStringLiteral("2026-04-07T09:00"));
        QCOMPARE(titles().size(), 4);
        order(n1, QStringLiteral("2026-04-10"), 50000);
        run(QStringLiteral("2026-04-14T09:00"));
        QCOMPARE(titles(), (QStringList{id(n1) + QStringLiteral("|发送新品介绍|1"), id(n1) + QStringLiteral("|分享客户案例|2"),
                                        id(n2) + QStringLiteral("|发送新品介绍|1"), id(n2) + QStringLiteral("|分享客户案例|2"),
                                        id(n2) + QStringLiteral("|发放专属优惠|3")}));
        QCOMPARE(strings(QStringLiteral("SELECT customer_id, status, stop_reason, next_step FROM sop_playbook_runs "
                                        "WHERE rule_id = %1 ORDER BY customer_id").arg(rule)),
                 (QStringList{id(n1) + QStringLiteral("|stopped|ordered_again|3"), id(n2) + QStringLiteral("|done||4")}));
        run(QStringLiteral("2026-04-20T09:00"));
        QCOMPARE(titles().size(), 5);
    }

    void winBackEscalatesOnlyWithoutFollowUp()
    {
        const qint64 mgr = user(QStringLiteral("经理"));
        const qint64 u1 = user(QStringLiteral("销售一"), mgr);
        const qint64 u2 = user(QStringLiteral("销售二"));
        const qint64 w1 = customer(QStringLiteral("W1"), u1); // no follow-up: escalated to the manager
        const qint64 w2 = customer(QStringLiteral("W2"), u2); // owner without a manager: to the owner
        const qint64 w3 = customer(QStringLiteral("W3"), u1); // followed up after step 1: skipped
        const qint64 w4 = customer(QStringLiteral("W4"), u1); // ordered again: stopped
        const qint64 w5 = customer(QStringLiteral("W5"), u1); // order leaves the window: left the segment
        const qint64 v = customer(QStringLiteral("V"), u1);   // 重要发展客户: not a target
        for (qint64 c : {w1, w2, w3, w4})
            order(c, QStringLiteral("2026-01-10"), 300000);
        order(w5, QStringLiteral("2025-06-05"), 300000);
        order(v, QStringLiteral("2026-05-20"), 300000);
        const qint64 rule = enableTemplate(QStringLiteral("win-back"));

        SopRunReport r = run(QStringLiteral("2026-06-01T09:00"));
        QCOMPARE(r.fired(), 5);
        QCOMPARE(strings(QStringLiteral("SELECT customer_id, title, assignee_id, priority, due_at, step FROM tasks ORDER BY customer_id")),
                 (QStringList{QStringLiteral("%1|挽回回访:W1|%2|high|2026-06-03T18:00:00|1").arg(w1).arg(u1),
                              QStringLiteral("%1|挽回回访:W2|%2|high|2026-06-03T18:00:00|1").arg(w2).arg(u2),
                              QStringLiteral("%1|挽回回访:W3|%2|high|2026-06-03T18:00:00|1").arg(w3).arg(u1),
                              QStringLiteral("%1|挽回回访:W4|%2|high|2026-06-03T18:00:00|1").arg(w4).arg(u1),
                              QStringLiteral("%1|挽回回访:W5|%2|high|2026-06-03T18:00:00|1").arg(w5).arg(u1)}));
        activity(w3, QStringLiteral("2026-06-03T10:00:00"));
        order(w4, QStringLiteral("2026-06-04"), 10000);
        QCOMPARE(run(QStringLiteral("2026-06-05T09:00")).fired(), 0);
        run(QStringLiteral("2026-06-08T09:00"));
        QCOMPARE(strings(QStringLiteral("SELECT customer_id, title, assignee_id FROM tasks WHERE step = 2 ORDER BY customer_id")),
                 (QStringList{QStringLiteral("%1|升级跟进:W1|%2").arg(w1).arg(mgr),
                              QStringLiteral("%1|升级跟进:W2|%2").arg(w2).arg(u2)}));
        QCOMPARE(strings(QStringLiteral("SELECT customer_id, status, stop_reason FROM sop_playbook_runs WHERE rule_id = %1 "
                                        "ORDER BY customer_id").arg(rule)),
                 (QStringList{id(w1) + QStringLiteral("|done|"), id(w2) + QStringLiteral("|done|"), id(w3) + QStringLiteral("|done|"),
                              id(w4) + QStringLiteral("|stopped|ordered_again"), id(w5) + QStringLiteral("|stopped|left_segment")}));
        QVERIFY(strings(QStringLiteral("SELECT detail FROM sop_journal WHERE customer_id = %1 AND step = 2").arg(w3))
                    .value(0).contains(QStringLiteral("no_activity_since_step")));
        // Nothing more, whenever it runs again.
        QCOMPARE(run(QStringLiteral("2026-06-08T09:00")).fired(), 0);
        QCOMPARE(run(QStringLiteral("2026-06-20T09:00")).fired(), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tasks")), 7);
    }

    void segmentAndTierTransitions()
    {
        const qint64 w = customer(QStringLiteral("W"));
        order(w, QStringLiteral("2025-06-05"), 300000); // 重要挽留客户 on 06-01, 已沉睡 on 06-08
        Sop::Definition left = ruleDef(QStringLiteral("segment_left"));
        left.trigger.values = {Rfm::ImportantWinBack};
        Sop::Definition tierIn = ruleDef(QStringLiteral("tier_entered"));
        tierIn.trigger.values = {Rfm::TierToWake};
        Sop::Definition tierOut = ruleDef(QStringLiteral("tier_left"));
        tierOut.trigger.values = {Rfm::TierToWake};
        Sop::Definition anyIn = ruleDef(QStringLiteral("segment_entered"));
        const qint64 l = addRule(left), ti = addRule(tierIn), to = addRule(tierOut), any = addRule(anyIn);
        run(QStringLiteral("2026-06-01T09:00"));
        QCOMPARE(fired(ti).size(), 1);
        QCOMPARE(fired(any).size(), 1); // the first snapshot counts as entering
        QCOMPARE(fired(l).size(), 0);
        QCOMPARE(fired(to).size(), 0);
        run(QStringLiteral("2026-06-08T09:00"));
        QCOMPARE(fired(l).size(), 1);
        QCOMPARE(fired(to).size(), 1);
        QCOMPARE(fired(ti).size(), 1);
        QCOMPARE(fired(any).size(), 2); // entered 已沉睡
        // A transition older than the look-back never fires for a rule added later.
        const qint64 late = addRule(anyIn, QStringLiteral("rule"), QStringLiteral("late"));
        run(QStringLiteral("2026-06-30T09:00"));
        QCOMPARE(fired(late).size(), 0);
    }

    void daysSinceOrderWithLookBackAndRepeat()
    {
        const qint64 a = customer(QStringLiteral("A"));
        const qint64 old = customer(QStringLiteral("Old"));
        order(a, QStringLiteral("2026-05-01"), 1000);
        order(old, QStringLiteral("2026-04-01"), 1000);
        Sop::Definition d = ruleDef(QStringLiteral("days_since_order"));
        d.trigger.days = 10;
        const qint64 once = addRule(d);
        d.trigger.repeatDays = 10; // (for "Old" too it would repeat: 40 days without an order on 05-11)
        d.conditions = Condition::all({Condition::leaf(QStringLiteral("name"), QStringLiteral("eq"), QStringLiteral("A"))});
        const qint64 again = addRule(d, QStringLiteral("rule"), QStringLiteral("again"));
        run(QStringLiteral("2026-05-10T09:00"));
        QCOMPARE(fired(once), QStringList());
        run(QStringLiteral("2026-05-11T09:00"));
        // "Old" became 10 days old on 04-11, long before the 7-day look-back.
        QCOMPARE(fired(once), QStringList{id(a) + QStringLiteral("|0|o:2026-05-01")});
        QCOMPARE(fired(again), QStringList{id(a) + QStringLiteral("|0|o:2026-05-01")});
        run(QStringLiteral("2026-05-21T09:00"));
        QCOMPARE(fired(once).size(), 1);
        QCOMPARE(fired(again), (QStringList{id(a) + QStringLiteral("|0|o:2026-05-01"), id(a) + QStringLiteral("|0|o:2026-05-01/1")}));
    }

    void noActivity()
    {
        const qint64 a = customer(QStringLiteral("A"));
        const qint64 b = customer(QStringLiteral("B"), 0, QStringLiteral("2026-05-01T08:00:00"));
        const qint64 c = customer(QStringLiteral("C"));
        activity(a, QStringLiteral("2026-05-01T10:00:00"));
        activity(c, QStringLiteral("2026-05-01T10:00:00"));
        activity(c, QStringLiteral("2026-05-03T10:00:00"));
        Sop::Definition d = ruleDef(QStringLiteral("no_activity"));
        d.trigger.days = 5;
        const qint64 rule = addRule(d);
        run(QStringLiteral("2026-05-06T09:00"));
        QCOMPARE(fired(rule), (QStringList{id(a) + QStringLiteral("|0|a:2026-05-01"), id(b) + QStringLiteral("|0|n:2026-05-01")}));
        run(QStringLiteral("2026-05-08T09:00"));
        QCOMPARE(fired(rule).size(), 3);
        QVERIFY(fired(rule).contains(id(c) + QStringLiteral("|0|a:2026-05-03")));
    }

    void tagAddedCustomerCreatedTaskOverdue()
    {
        const qint64 a = customer(QStringLiteral("A"), 0, QStringLiteral("2026-05-01T10:00:00"));
        const qint64 b = customer(QStringLiteral("B"));
        auto tag = m_ws->store().insert(Entity::Tag, Record{{QStringLiteral("name"), QStringLiteral("VIP")}});
        auto other = m_ws->store().insert(Entity::Tag, Record{{QStringLiteral("name"), QStringLiteral("其他")}});
        QVERIFY(tag && other);
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO customer_tags (customer_id, tag_id, origin, created_at) VALUES "
                                      "(%1, %2, 'manual', '2026-05-02T10:00:00'), (%3, %4, 'manual', '2026-05-02T10:00:00')")
                           .arg(b).arg(tag.value()).arg(a).arg(other.value())));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO tasks (customer_id, title, due_at, status, created_at, updated_at) VALUES "
                                      "(%1, 'late', '2026-05-01T18:00:00', 'open', '%3', '%3'), "
                                      "(%2, 'done', '2026-05-01T18:00:00', 'done', '%3', '%3')")
                           .arg(a).arg(b).arg(kCreated)));
        Sop::Definition tagged = ruleDef(QStringLiteral("tag_added"));
        tagged.trigger.tagId = tag.value();
        const qint64 t = addRule(tagged);
        const qint64 created = addRule(ruleDef(QStringLiteral("customer_created")));
        const qint64 overdue = addRule(ruleDef(QStringLiteral("task_overdue")));
        run(QStringLiteral("2026-05-03T09:00"));
        QCOMPARE(fired(t), QStringList{id(b) + QStringLiteral("|0|g:2026-05-02T10:00:00")});
        QCOMPARE(fired(created), QStringList{id(a) + QStringLiteral("|0|c")});
        QCOMPARE(fired(overdue).size(), 1);
        QVERIFY(fired(overdue).at(0).startsWith(id(a) + QStringLiteral("|0|k:")));
        QCOMPARE(run(QStringLiteral("2026-05-04T09:00")).fired(), 0);
    }

    void fieldChangedAndDateApproaching()
    {
        auto field = FieldService(db(), m_ws->store()).addField(Entity::Customer, QStringLiteral("birthday"), QStringLiteral("date"));
        QVERIFY2(field, qPrintable(field.error().message));
        const qint64 a = customer(QStringLiteral("A"));
        const qint64 b = customer(QStringLiteral("B"));
        QVERIFY(m_ws->store().update(Entity::Customer, a, 1, Record{{QStringLiteral("custom.birthday"), QStringLiteral("1990-05-10")}}));
        Sop::Definition changed = ruleDef(QStringLiteral("field_changed"));
        changed.trigger.field = QStringLiteral("province");
        changed.trigger.values = {QStringLiteral("广东")};
        const qint64 fc = addRule(changed);
        Sop::Definition birthday = ruleDef(QStringLiteral("date_approaching"));
        birthday.trigger.field = QStringLiteral("custom.birthday");
        birthday.trigger.days = 3;
        const qint64 da = addRule(birthday);
        run(QStringLiteral("2026-05-06T09:00"));
        QCOMPARE(fired(da), QStringList());
        run(QStringLiteral("2026-05-07T09:00"));
        QCOMPARE(fired(da), QStringList{id(a) + QStringLiteral("|0|y:2026-05-10")});
        run(QStringLiteral("2026-05-08T09:00"));
        QCOMPARE(fired(da).size(), 1);

        // The audit log is written with the wall clock: this part runs as of now.
        QVERIFY(m_ws->store().update(Entity::Customer, a, 2, Record{{QStringLiteral("province"), QStringLiteral("广东")}}));
        QVERIFY(m_ws->store().update(Entity::Customer, b, 1, Record{{QStringLiteral("province"), QStringLiteral("北京")}}));
        const QString now = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
        run(now);
        QCOMPARE(fired(fc).size(), 1);
        QVERIFY(fired(fc).at(0).startsWith(id(a) + QStringLiteral("|0|f:")));
        QCOMPARE(run(now).fired(), 0);
    }

    void actions()
    {
        const qint64 u1 = user(QStringLiteral("一")), u2 = user(QStringLiteral("二")), u3 = user(QStringLiteral("三"));
        const qint64 a = customer(QStringLiteral("A"), u1, QStringLiteral("2026-05-01T10:00:00"));
        const qint64 b = customer(QStringLiteral("B"), u1, QStringLiteral("2026-05-01T10:00:00"));
        auto t1 = m_ws->store().insert(Entity::Tag, Record{{QStringLiteral("name"), QStringLiteral("新客")}});
        auto t2 = m_ws->store().insert(Entity::Tag, Record{{QStringLiteral("name"), QStringLiteral("旧")}});
        QVERIFY(t1 && t2);
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO customer_tags (customer_id, tag_id, origin, created_at) VALUES (%1, %2, 'manual', '%3')")
                           .arg(a).arg(t2.value()).arg(kCreated)));

        Sop::Definition pb;
        pb.trigger.kind = QStringLiteral("tag_added");
        pb.trigger.tagId = t2.value();
        Sop::Step s1;
        s1.actions = {task(QStringLiteral("剧本:{name}"))};
        pb.steps = {s1};
        const qint64 playbook = addRule(pb, QStringLiteral("playbook"), QStringLiteral("pb"));

        Sop::Action add, remove, set, owner, log, rr, named, start;
        add.kind = QStringLiteral("add_tag");
        add.tagId = t1.value();
        remove.kind = QStringLiteral("remove_tag");
        remove.tagId = t2.value();
        set.kind = QStringLiteral("set_field");
        set.field = QStringLiteral("province");
        set.value = QStringLiteral("浙江");
        owner.kind = QStringLiteral("assign_owner");
        owner.userId = u2;
        log.kind = QStringLiteral("log_activity");
        log.activityKind = QStringLiteral("note");
        log.text = QStringLiteral("自动:{客户名称}/{负责人}");
        rr = task(QStringLiteral("轮流"));
        rr.assignee = QStringLiteral("round_robin");
        rr.userIds = {u1, u2};
        named = task(QStringLiteral("指定"));
        named.assignee = QStringLiteral("user");
        named.userId = u3;
        named.remindTime.clear();
        start.kind = QStringLiteral("start_playbook");
        start.ruleId = playbook;
        const qint64 rule = addRule(ruleDef(QStringLiteral("customer_created"),
                                            {add, remove, set, log, owner, rr, named, start, notify(QStringLiteral("新客户 {客户名称}"))}));
        Sop::Action stop;
        stop.kind = QStringLiteral("stop_playbook");
        stop.ruleId = playbook;
        Sop::Definition stopper = ruleDef(QStringLiteral("customer_created"), {stop});
        stopper.conditions = Condition::all({Condition::leaf(QStringLiteral("name"), QStringLiteral("eq"), QStringLiteral("B"))});
        addRule(stopper, QStringLiteral("rule"), QStringLiteral("stopper"));

        SopRunReport r = run(QStringLiteral("2026-05-02T09:00"));
        QCOMPARE(r.errors(), 0);
        QCOMPARE(fired(rule).size(), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customer_tags WHERE tag_id = %1").arg(t1.value())), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customer_tags WHERE tag_id = %1").arg(t2.value())), 0);
        QCOMPARE(strings(QStringLiteral("SELECT id, province, owner_id FROM customers ORDER BY id")),
                 (QStringList{QStringLiteral("%1|浙江|%2").arg(a).arg(u2), QStringLiteral("%1|浙江|%2").arg(b).arg(u2)}));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'sop' AND field = 'province'")), 2);
        QCOMPARE(strings(QStringLiteral("SELECT customer_id, subject FROM activities ORDER BY customer_id")),
                 (QStringList{QStringLiteral("%1|自动:A/一").arg(a), QStringLiteral("%1|自动:B/一").arg(b)}));
        // Round robin by customer id; a named user; no reminder when remind_time is empty.
        QCOMPARE(strings(QStringLiteral("SELECT customer_id, assignee_id FROM tasks WHERE title = '轮流' ORDER BY customer_id")),
                 (QStringList{QStringLiteral("%1|%2").arg(a).arg(a % 2 ? u2 : u1), QStringLiteral("%1|%2").arg(b).arg(b % 2 ? u2 : u1)}));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE title = '指定' AND assignee_id = %1 AND remind_at IS NULL").arg(u3)), 2);
        // The playbook started for both; the stopper rule ended B's before its first step.
        QCOMPARE(strings(QStringLiteral("SELECT customer_id, status, stop_reason FROM sop_playbook_runs ORDER BY customer_id")),
                 (QStringList{QStringLiteral("%1|done|").arg(a), QStringLiteral("%1|stopped|action").arg(b)}));
        QCOMPARE(strings(QStringLiteral("SELECT customer_id, title, step FROM tasks WHERE rule_id = %1").arg(playbook)),
                 QStringList{QStringLiteral("%1|剧本:A|1").arg(a)});
        // notify: a journal entry the GUI can show.
        auto j = sop().journal({rule, a, {}, {}, 10});
        QVERIFY(j);
        QCOMPARE(j->size(), 1);
        QVERIFY(j->at(0).detail.contains(QStringLiteral("\"kind\":\"notify\"")));
        QVERIFY(j->at(0).detail.contains(QStringLiteral("新客户 A")));
    }

    void failingRuleIsIsolated()
    {
        const qint64 a = customer(QStringLiteral("A"), 0, QStringLiteral("2026-05-01T10:00:00"));
        const qint64 b = customer(QStringLiteral("B"), 0, QStringLiteral("2026-05-01T10:00:00"));
        Sop::Action dup;
        dup.kind = QStringLiteral("set_field");
        dup.field = QStringLiteral("code");
        dup.value = QStringLiteral("DUP"); // unique: fine for the first customer, fails for the second
        const qint64 bad = addRule(ruleDef(QStringLiteral("customer_created"), {task(QStringLiteral("先")), dup}));
        const qint64 good = addRule(ruleDef(QStringLiteral("customer_created")), QStringLiteral("rule"), QStringLiteral("good"));
        // A rule whose condition names a custom field that no longer exists fails as a whole.
        auto field = FieldService(db(), m_ws->store()).addField(Entity::Customer, QStringLiteral("level"), QStringLiteral("text"));
        QVERIFY(field);
        Sop::Definition gone = ruleDef(QStringLiteral("customer_created"));
        gone.conditions = Condition::all({Condition::leaf(QStringLiteral("custom.level"), QStringLiteral("eq"), QStringLiteral("x"))});
        const qint64 broken = addRule(gone, QStringLiteral("rule"), QStringLiteral("gone"));
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM field_defs")));

        SopRunReport r = run(QStringLiteral("2026-05-02T09:00"));
        QCOMPARE(r.rules.size(), 3);
        QCOMPARE(r.rules.at(0).ruleId, bad);
        QCOMPARE(r.rules.at(0).fired, 1);
        QCOMPARE(r.rules.at(0).errors, 1);
        QCOMPARE(r.rules.at(1).fired, 2);
        QVERIFY(!r.rules.at(2).error.isEmpty());
        QCOMPARE(fired(bad), QStringList{id(a) + QStringLiteral("|0|c")});
        QCOMPARE(fired(good).size(), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sop_journal WHERE rule_id = %1 AND result = 'error' AND customer_id = %2")
                           .arg(bad).arg(b)),
                 1);
        // The failing customer's own changes were rolled back (no task), the others' kept.
        QCOMPARE(strings(QStringLiteral("SELECT customer_id FROM tasks")), QStringList{id(a)});
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sop_journal WHERE rule_id = %1").arg(broken)), 0);
        // A later run tries the error again (and fails again); nothing else fires twice.
        r = run(QStringLiteral("2026-05-02T10:00"));
        QCOMPARE(r.fired(), 0);
        QCOMPARE(r.rules.at(0).errors, 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tasks")), 1);
    }

    void dryRunWritesNothing()
    {
        const qint64 x = customer(QStringLiteral("华为"));
        order(x, QStringLiteral("2026-02-20"), 60000);
        order(x, QStringLiteral("2026-02-25"), 60000);
        const qint64 rule = enableTemplate(QStringLiteral("high-value-care"));
        const qint64 wb = enableTemplate(QStringLiteral("win-back"));
        QVERIFY(RfmEngine(db()).compute(RfmSettings::load(db()).value(), QDate(2026, 3, 1)));
        const qint64 snapshots = count(QStringLiteral("SELECT COUNT(*) FROM rfm_snapshots"));
        QVERIFY(sop().setEnabled(rule, false));
        // A disabled rule can be previewed (the rule editor's preview), not run for real.
        SopRunReport r = run(QStringLiteral("2026-03-01T09:00"), true, rule);
        QVERIFY(r.dryRun);
        QCOMPARE(r.fired(), 1);
        QCOMPARE(r.rules.at(0).firings.at(0).customerId, x);
        QCOMPARE(r.rules.at(0).firings.at(0).what, QStringLiteral("create_task 一对一维护:华为"));
        SopRunOptions real;
        real.onlyRuleId = rule;
        QCOMPARE(sop().run(real).error().code, Error::Invalid);
        r = run(QStringLiteral("2026-03-20T09:00"), true);
        QCOMPARE(r.rules.size(), 1);
        QCOMPARE(r.rules.at(0).ruleId, wb);
        for (const char *table : {"tasks", "sop_journal", "sop_playbook_runs"})
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_snapshots")), snapshots);
    }

    void strictJson()
    {
        auto parse = [](const char *json) {
            return Sop::Definition::fromJson(QJsonDocument::fromJson(QByteArray(json)).object());
        };
        QVERIFY(parse(R"({"trigger": {"kind": "customer_created"}, "actions": [{"kind": "notify", "text": "x"}]})"));
        auto e = parse(R"({"trigger": {"kind": "customer_created", "dayz": 3}, "actions": []})");
        QCOMPARE(e.error().code, Error::Invalid);
        QVERIFY2(e.error().message.contains(QStringLiteral("dayz")), qPrintable(e.error().message));
        e = parse(R"({"trigger": {"kind": "moon_phase"}})");
        QVERIFY(e.error().message.contains(QStringLiteral("moon_phase")));
        e = parse(R"({"trigger": {"kind": "customer_created"}, "actions": [{"kind": "send_fax"}]})");
        QVERIFY(e.error().message.contains(QStringLiteral("send_fax")));
        e = parse(R"({"trigger": {"kind": "customer_created"}, "actions": [{"kind": "notify", "text": "x", "colour": 1}]})");
        QVERIFY(e.error().message.contains(QStringLiteral("colour")));
        e = parse(R"({"trigger": {"kind": "customer_created"}, "extra": 1})");
        QVERIFY(e.error().message.contains(QStringLiteral("extra")));
        e = parse(R"({"trigger": {"kind": "segment_entered", "values": ["vip"]}})");
        QVERIFY(e.error().message.contains(QStringLiteral("vip")));
        e = parse(R"({"trigger": {"kind": "days_since_order", "days": "30"}})");
        QCOMPARE(e.error().code, Error::Invalid);
        e = parse(R"({"trigger": {"kind": "customer_created"}, "steps": [{"day": 0, "actions": [], "only_if": [{"kind": "maybe"}]}]})");
        QVERIFY(e.error().message.contains(QStringLiteral("maybe")));
        e = parse(R"({"trigger": {"kind": "customer_created"}, "stop": [{"kind": "never"}]})");
        QVERIFY(e.error().message.contains(QStringLiteral("never")));
        e = parse(R"({"trigger": {"kind": "customer_created"}, "conditions": {"all": [{"field": "province"}]}})");
        QCOMPARE(e.error().code, Error::Invalid);

        // Round trip of a definition using every part.
        Sop::Definition d;
        d.trigger.kind = QStringLiteral("segment_entered");
        d.trigger.values = {Rfm::ImportantWinBack};
        d.conditions = Condition::any({Condition::leaf(QStringLiteral("province"), QStringLiteral("eq"), QStringLiteral("广东"))});
        Sop::Action a = task(QStringLiteral("t {name}"));
        a.notes = QStringLiteral("n");
        a.dueDays = 3;
        a.dueTime = QStringLiteral("10:30");
        a.remindTime = QString();
        a.assignee = QStringLiteral("round_robin");
        a.userIds = {3, 4};
        a.priority = QStringLiteral("low");
        Sop::Step s0, s1;
        s0.actions = {a};
        s1.day = 5;
        s1.actions = {notify()};
        Sop::StepGuard g1, g2;
        g1.kind = QStringLiteral("no_order_since_step");
        g2.kind = QStringLiteral("condition");
        g2.condition = Condition::all({Condition::leaf(QStringLiteral("days_since_activity"), QStringLiteral("gt"), 3)});
        s1.onlyIf = {g1, g2};
        d.steps = {s0, s1};
        Sop::StopCondition st1, st2;
        st1.kind = QStringLiteral("left_segment");
        st2.kind = QStringLiteral("condition");
        st2.condition = Condition::all({Condition::leaf(QStringLiteral("tag"), QStringLiteral("has"), 7)});
        d.stop = {st1, st2};
        auto back = Sop::Definition::fromJson(d.toJson());
        QVERIFY2(back, qPrintable(back.error().message));
        QVERIFY(back.value() == d);
        QCOMPARE(back->toJson(), d.toJson());
    }

    void exportImportRoundTrip()
    {
        enableTemplate(QStringLiteral("win-back"));
        sop().addFromTemplate(QStringLiteral("nurture-30d"));
        auto before = sop().rules();
        QVERIFY(before);
        auto json = sop().exportJson();
        QVERIFY(json);
        auto ids = sop().importJson(json.value());
        QVERIFY2(ids, qPrintable(ids.error().message));
        QCOMPARE(ids->size(), 2);
        auto after = sop().rules();
        QCOMPARE(after->size(), 4);
        for (int i = 0; i < 2; ++i) {
            const SopRule &o = before->at(i), &n = after->at(i + 2);
            QCOMPARE(n.name, o.name);
            QCOMPARE(n.kind, o.kind);
            QCOMPARE(n.templateId, o.templateId);
            QCOMPARE(n.enabled, o.enabled);
            QVERIFY(n.definition == o.definition);
        }
        // Never partial: one bad rule and nothing is added.
        QJsonDocument doc = QJsonDocument::fromJson(json.value());
        QJsonObject root = doc.object();
        QJsonArray rules = root.value(QLatin1String("rules")).toArray();
        QJsonObject broken = rules.at(1).toObject();
        QJsonObject def = broken.value(QLatin1String("definition")).toObject();
        def.insert(QLatin1String("triggr"), QJsonObject());
        broken.insert(QLatin1String("definition"), def);
        rules.replace(1, broken);
        root.insert(QLatin1String("rules"), rules);
        auto bad = sop().importJson(QJsonDocument(root).toJson());
        QCOMPARE(bad.error().code, Error::Invalid);
        QVERIFY2(bad.error().message.contains(QStringLiteral("triggr")), qPrintable(bad.error().message));
        QCOMPARE(sop().rules()->size(), 4);
        QCOMPARE(sop().importJson("{not json").error().code, Error::Invalid);
        QCOMPARE(sop().importJson(R"({"patron_sop": 2, "rules": []})").error().code, Error::Invalid);
        // References are checked against the database too.
        Sop::Definition d = ruleDef(QStringLiteral("tag_added"));
        d.trigger.tagId = 999;
        QCOMPARE(sop().validate(d).error().code, Error::Invalid);
        // Remove and restore (undo) keep the id.
        const qint64 first = after->at(0).id;
        auto removed = sop().remove(first);
        QVERIFY(removed);
        QCOMPARE(sop().rule(first).error().code, Error::NotFound);
        QVERIFY(sop().restore(removed.value()));
        QCOMPARE(sop().rule(first)->name, removed->name);
        // Optimistic locking.
        SopRule r = sop().rule(first).value();
        r.name = QStringLiteral("改名");
        QVERIFY(sop().update(r, r.version));
        QCOMPARE(sop().update(r, r.version).error().code, Error::Conflict);
    }

    void schedulerRunsOffThread()
    {
        const qint64 a = customer(QStringLiteral("A"), 0, Values::now());
        const qint64 rule = addRule(ruleDef(QStringLiteral("customer_created")));
        SopScheduler scheduler(db(), &m_ws->store());
        scheduler.setDebounceInterval(50);
        QSignalSpy finished(&scheduler, &SopScheduler::finished);
        scheduler.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(fired(rule), QStringList{id(a) + QStringLiteral("|0|c")});
        // Requests while a pass is queued or running collapse into one more pass; nothing fires twice.
        scheduler.requestRun();
        scheduler.requestRun();
        scheduler.requestRun();
        QTRY_VERIFY_WITH_TIMEOUT(!scheduler.isBusy(), 30000);
        QVERIFY(scheduler.passes() >= 2 && scheduler.passes() <= 3);
        QCOMPARE(fired(rule).size(), 1);
        // An edit starts a pass after the quiet period.
        const int passes = scheduler.passes();
        const qint64 b = customer(QStringLiteral("B"), 0, Values::now());
        QTRY_VERIFY_WITH_TIMEOUT(scheduler.passes() > passes && !scheduler.isBusy(), 30000);
        QCOMPARE(fired(rule).size(), 2);
        QVERIFY(fired(rule).contains(id(b) + QStringLiteral("|0|c")));
    }
};

QTEST_GUILESS_MAIN(TestSop)
#include "tst_sop.moc"
