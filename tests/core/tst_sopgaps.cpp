// The SOP feature's user-facing gaps, closed: a dry run evaluates against the snapshot of
// its as-of day (computed unpublished, invisible to other readers, removed even when
// cancelled; the database is identical afterwards), transitions of unpublished snapshots are
// no events, unsaved rules are previewed without a stored copy, firing counts per rule from
// one grouped query, notify actions grouped by rule with the "shown up to" mark, and guards
// that may only refer to earlier steps. Runs on SQLite and PostgreSQL.

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

class TestSopGaps : public QObject, protected Test::SopFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { PATRON_REQUIRE_BACKEND(); }
    void init() { QVERIFY(openSop()); }
    void cleanup() { closeSop(); }

    /// Everything a dry run must leave as it was, as text.
    QStringList state()
    {
        QStringList out;
        out << strings(QStringLiteral("SELECT id, as_of, computed_at, published, values_kept FROM rfm_snapshots ORDER BY id"));
        out << strings(QStringLiteral("SELECT id, customer_id, snapshot_id, as_of, COALESCE(from_segment, '-'), to_segment "
                                      "FROM rfm_transitions ORDER BY id"));
        out << strings(QStringLiteral("SELECT snapshot_id, customer_id, segment FROM rfm_values ORDER BY snapshot_id, customer_id"));
        out << strings(QStringLiteral("SELECT id, rule_id, step, customer_id, occurrence, result FROM sop_journal ORDER BY id"));
        out << strings(QStringLiteral("SELECT id, customer_id, title FROM tasks ORDER BY id"));
        out << strings(QStringLiteral("SELECT id, customer_id, status FROM sop_playbook_runs ORDER BY id"));
        out << strings(QStringLiteral("SELECT customer_id, tag_id FROM customer_tags ORDER BY customer_id, tag_id"));
        return out;
    }

    void dryRunUsesTheAsOfDaysSnapshot()
    {
        // W is 重要挽留客户 in the snapshot of 06-01; its only order leaves the 365-day window
        // on 06-06, so only the snapshot of 06-08 has it 已沉睡 (dormant).
        const qint64 w = customer(QStringLiteral("W"));
        const qint64 v = customer(QStringLiteral("V"));
        order(w, QStringLiteral("2025-06-05"), 300000);
        order(v, QStringLiteral("2026-05-20"), 300000);
        Sop::Definition dormant = ruleDef(QStringLiteral("segment_entered"), {notify(QStringLiteral("沉睡 {name}"))});
        dormant.trigger.values = {Rfm::Dormant};
        // A condition on the snapshot too: it must read the as-of day's values, not the current ones.
        Condition inDormant;
        inDormant.kind = Condition::Kind::Leaf;
        inDormant.field = QStringLiteral("rfm.segment");
        inDormant.op = QStringLiteral("eq");
        inDormant.value = Rfm::Dormant;
        dormant.conditions.children << inDormant;
        const qint64 rule = addRule(dormant, QStringLiteral("rule"), QStringLiteral("dormant"));
        QCOMPARE(run(QStringLiteral("2026-06-01T09:00")).fired(), 0);
        const auto current = RfmEngine(db()).currentSnapshot();
        QVERIFY(current && current->has_value());
        QCOMPARE(current->value().asOf, QStringLiteral("2026-06-01"));
        const QStringList before = state();

        // The day after tomorrow's dry run sees the entry into 已沉睡.
        bool checkedDuring = false;
        SopRunOptions o;
        o.asOf = QDateTime(QDate(2026, 6, 8), QTime(9, 0));
        o.dryRun = true;
        o.progress = [&](int) {
            // Meanwhile every reader still sees the snapshot of 06-01 as the current one.
            auto now = RfmEngine(db()).currentSnapshot();
            checkedDuring = now && now->has_value() && now->value().asOf == QStringLiteral("2026-06-01");
            return true;
        };
        auto r = sop().run(o);
        QVERIFY2(r, qPrintable(r.error().message));
        QVERIFY(checkedDuring);
        QVERIFY(r->snapshotId != current->value().id);
        QVERIFY(!r->snapshotRefreshed);
        QCOMPARE(r->fired(), 1);
        QCOMPARE(r->rules.at(0).firings.at(0).customerId, w);
        QCOMPARE(r->rules.at(0).firings.at(0).what, QStringLiteral("notify 沉睡 W"));
        // Nothing left behind: snapshots, transitions, values, journal, tasks as they were.
        QCOMPARE(state(), before);

        // Cancelled halfway: still nothing left behind.
        o.progress = [](int) { return false; };
        QCOMPARE(sop().run(o).error().code, Error::Cancelled);
        QCOMPARE(state(), before);

        // The real run of that day fires the same.
        SopRunReport real = run(QStringLiteral("2026-06-08T09:00"));
        QVERIFY(real.snapshotRefreshed);
        QCOMPARE(fired(rule).size(), 1);
        QVERIFY(fired(rule).first().startsWith(id(w) + QStringLiteral("|0|t:")));
    }

    void unpublishedTransitionsAreNoEvents()
    {
        // A snapshot still being written (or a dry run's preview) elsewhere is no event for a
        // real run: its transitions count only once it is published.
        const qint64 w = customer(QStringLiteral("W"));
        order(w, QStringLiteral("2026-05-20"), 300000);
        const qint64 rule = addRule(ruleDef(QStringLiteral("segment_entered")));
        const auto preview = RfmEngine(db()).computeUnpublished(RfmSettings::load(db()).value(), QDate(2026, 6, 1));
        QVERIFY2(preview, qPrintable(preview.error().message));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_transitions WHERE snapshot_id = %1").arg(preview->id)), 1);
        QVERIFY(!RfmEngine(db()).currentSnapshot()->has_value());
        // A dry run evaluates against its own snapshot, not the other one.
        QCOMPARE(run(QStringLiteral("2026-06-01T09:00"), true).fired(), 1);
        // So does a real run: one firing, for the transition of the snapshot it published.
        QCOMPARE(run(QStringLiteral("2026-06-01T09:00")).fired(), 1);
        QCOMPARE(fired(rule).size(), 1);
        const qint64 published = RfmEngine(db()).currentSnapshot()->value().id;
        QVERIFY(fired(rule).first().endsWith(
            QStringLiteral("t:%1").arg(count(QStringLiteral("SELECT id FROM rfm_transitions WHERE snapshot_id = %1").arg(published)))));
        RfmEngine(db()).discardUnpublished(preview->id);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_snapshots")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_transitions")), 1);
        // A published snapshot is never discarded.
        RfmEngine(db()).discardUnpublished(published);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_snapshots")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rfm_values")), 1);
    }

    void adhocRulePreview()
    {
        const qint64 a = customer(QStringLiteral("A"), 0, QStringLiteral("2026-06-01T08:00:00"));
        const qint64 b = customer(QStringLiteral("B"), 0, QStringLiteral("2026-06-01T08:00:00"));
        SopRule draft;
        draft.name = QStringLiteral("draft");
        draft.definition = ruleDef(QStringLiteral("customer_created"), {task(QStringLiteral("欢迎 {客户名称}"))});
        SopRunOptions o;
        o.asOf = QDateTime(QDate(2026, 6, 2), QTime(9, 0));
        o.dryRun = true;
        o.adhocRule = draft;
        auto r = sop().run(o);
        QVERIFY2(r, qPrintable(r.error().message));
        QCOMPARE(r->rules.size(), 1);
        QCOMPARE(r->fired(), 2);
        QCOMPARE(r->rules.at(0).firings.at(1).what, QStringLiteral("create_task 欢迎 B"));
        // Nothing stored: no rule, no journal, no task.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sop_rules")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sop_journal")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tasks")), 0);
        // Only as a dry run, and validated like a saved rule.
        o.dryRun = false;
        QCOMPARE(sop().run(o).error().code, Error::Invalid);
        o.dryRun = true;
        SopRule bad = draft;
        bad.definition.trigger.kind = QStringLiteral("tag_added"); // needs a tag
        o.adhocRule = bad;
        QCOMPARE(sop().run(o).error().code, Error::Invalid);

        // An edit of a saved rule keeps its id: what its journal says has fired is not previewed again.
        const qint64 saved = addRule(draft.definition, QStringLiteral("rule"), QStringLiteral("saved"));
        QCOMPARE(run(QStringLiteral("2026-06-02T09:00"), false, saved).fired(), 2);
        SopRule edited = sop().rule(saved).value();
        edited.definition.actions = {task(QStringLiteral("改过 {客户名称}"))};
        o.adhocRule = edited;
        r = sop().run(o);
        QVERIFY(r);
        QCOMPARE(r->fired(), 0);
        const qint64 c = customer(QStringLiteral("C"), 0, QStringLiteral("2026-06-02T08:00:00"));
        r = sop().run(o);
        QCOMPARE(r->fired(), 1);
        QCOMPARE(r->rules.at(0).firings.at(0).customerId, c);
        QCOMPARE(r->rules.at(0).firings.at(0).what, QStringLiteral("create_task 改过 C"));
        QCOMPARE(sop().rule(saved)->definition.actions.first().title, QStringLiteral("欢迎 {客户名称}"));
        Q_UNUSED(a);
        Q_UNUSED(b);
    }

    void ruleStatsAndNotifications()
    {
        for (int i = 1; i <= 5; ++i)
            customer(QStringLiteral("N%1").arg(i), 0, QStringLiteral("2026-06-01T08:00:00"));
        const qint64 hello = addRule(ruleDef(QStringLiteral("customer_created"), {notify(QStringLiteral("新客户 {客户名称}"))}),
                                     QStringLiteral("rule"), QStringLiteral("hello"));
        const qint64 quiet = addRule(ruleDef(QStringLiteral("customer_created"), {task(QStringLiteral("t"))}),
                                     QStringLiteral("rule"), QStringLiteral("quiet"));
        const qint64 never = addRule(ruleDef(QStringLiteral("task_overdue")), QStringLiteral("rule"), QStringLiteral("never"));
        QCOMPARE(sop().lastJournalId().value(), qint64(0));
        QCOMPARE(run(QStringLiteral("2026-06-02T09:00")).fired(), 10);
        // An error row as a failing firing would journal it.
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM sop_journal")) == 10);
        {
            QSqlQuery q(db().connection());
            q.prepare(QStringLiteral("INSERT INTO sop_journal (rule_id, step, customer_id, occurrence, as_of, run_at, result, "
                                     "detail) VALUES (?, 0, NULL, 'x', '2026-06-02T09:00:00', '2026-06-02T09:00:01', 'error', "
                                     "'{\"error\":\"boom\"}')"));
            q.bindValue(0, quiet);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        auto stats = sop().ruleStats();
        QVERIFY2(stats, qPrintable(stats.error().message));
        QCOMPARE(stats->value(hello).ok, 5);
        QCOMPARE(stats->value(hello).errors, 0);
        QVERIFY(!stats->value(hello).lastFiredAt.isEmpty());
        QCOMPARE(stats->value(quiet).ok, 5);
        QCOMPARE(stats->value(quiet).errors, 1);
        QVERIFY(!stats->contains(never));

        // The notify rows: one group for the rule, however many customers.
        auto groups = sop().notifications(0);
        QVERIFY2(groups, qPrintable(groups.error().message));
        QCOMPARE(groups->size(), 1);
        QCOMPARE(groups->first().ruleId, hello);
        QCOMPARE(groups->first().ruleName, QStringLiteral("hello"));
        QCOMPARE(groups->first().customers, 5);
        QCOMPARE(groups->first().customerId, qint64(0));
        QCOMPARE(groups->first().texts.size(), 3);
        QCOMPARE(groups->first().texts.first(), QStringLiteral("新客户 N5"));
        const qint64 last = sop().lastJournalId().value();
        QVERIFY(groups->first().lastJournalId <= last);
        QVERIFY(sop().notifications(last)->isEmpty());
        QVERIFY(sop().notifications(0, 0, QStringLiteral("2999-01-01"))->isEmpty());
        // One customer: the group names it.
        const qint64 six = customer(QStringLiteral("N6"), 0, QStringLiteral("2026-06-02T08:00:00"));
        run(QStringLiteral("2026-06-02T10:00"));
        groups = sop().notifications(last);
        QCOMPARE(groups->size(), 1);
        QCOMPARE(groups->first().customers, 1);
        QCOMPARE(groups->first().customerId, six);
        QCOMPARE(groups->first().customerName, QStringLiteral("N6"));
        QCOMPARE(groups->first().texts, QStringList{QStringLiteral("新客户 N6")});
        QVERIFY(sop().notifications(last, last)->isEmpty()); // the upper bound

        // The mark of what the GUI showed, per user.
        QVERIFY(!sop().notifiedMark(std::nullopt));
        QVERIFY(sop().setNotifiedMark(std::nullopt, 7));
        QVERIFY(sop().setNotifiedMark(qint64(3), 9));
        QCOMPARE(sop().notifiedMark(std::nullopt).value_or(-1), qint64(7));
        QCOMPARE(sop().notifiedMark(qint64(3)).value_or(-1), qint64(9));
        QVERIFY(!sop().notifiedMark(qint64(4)));
    }

    void guardsReferToEarlierSteps()
    {
        Sop::Definition d;
        d.trigger.kind = QStringLiteral("customer_created");
        Sop::Step one, two;
        one.actions = {notify()};
        two.day = 7;
        two.actions = {notify()};
        Sop::StepGuard g;
        g.kind = QStringLiteral("no_activity_since_step");
        g.step = 1;
        two.onlyIf = {g};
        d.steps = {one, two};
        QVERIFY(sop().validate(d, QStringLiteral("playbook")));
        d.steps[1].onlyIf[0].step = 2; // itself
        QCOMPARE(sop().validate(d, QStringLiteral("playbook")).error().code, Error::Invalid);
        d.steps[1].onlyIf[0].step = 1;
        d.steps[0].onlyIf = {g}; // the first step has no earlier one
        QCOMPARE(sop().validate(d, QStringLiteral("playbook")).error().code, Error::Invalid);
        d.steps[0].onlyIf.clear();
        Sop::StepGuard cond;
        cond.kind = QStringLiteral("condition");
        d.steps[0].onlyIf = {cond}; // a condition guard needs no earlier step
        QVERIFY(sop().validate(d, QStringLiteral("playbook")));
    }

};

QTEST_GUILESS_MAIN(TestSopGaps)
#include "tst_sopgaps.moc"
