// sop_bench: the SOP engine on a given database (bench/sop). A tool, not a ctest.
//
//   sop_bench --database FILE [--as-of 2026-07-10T09:00]
//
// Adds 20 enabled rules and playbooks (a mix of every trigger kind, conditions and
// actions, the three built-in templates among them) unless the database has some, then:
//   run 1 as of T: brings the RFM snapshot up to date (timed apart) and fires what is due;
//   run 2 as of T: the steady state — every rule evaluated again, nothing new fires;
//   run 3 as of T + 1 day: a new snapshot (timed apart) and that day's occurrences.
// Prints, per run, the snapshot refresh time, the rule evaluation time and what fired.

#include "rfm/rfmtypes.h"
#include "services/recordstore.h"
#include "services/workspace.h"
#include "sop/sopservice.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>

using namespace Patron;

namespace {

Sop::Action task(const QString &title, const QString &assignee = QStringLiteral("owner"))
{
    Sop::Action a;
    a.kind = QStringLiteral("create_task");
    a.title = title;
    a.dueDays = 2;
    a.assignee = assignee;
    return a;
}

Sop::Action notify(const QString &text)
{
    Sop::Action a;
    a.kind = QStringLiteral("notify");
    a.text = text;
    return a;
}

Condition leaf(const char *field, const char *op, const QVariant &value)
{
    return Condition::leaf(QString::fromLatin1(field), QString::fromLatin1(op), value);
}

QList<SopRule> benchRules(qint64 tagId, qint64 playbookId)
{
    QList<SopRule> out;
    auto rule = [&out](const QString &name, const QString &trigger, QList<Sop::Action> actions,
                       Condition cond = Condition::all(), int days = 0, QStringList values = {}, int repeat = 0) {
        SopRule r;
        r.name = name;
        r.enabled = true;
        r.definition.trigger.kind = trigger;
        r.definition.trigger.days = days;
        r.definition.trigger.values = values;
        r.definition.trigger.repeatDays = repeat;
        r.definition.conditions = cond;
        r.definition.actions = std::move(actions);
        out << r;
        return &out.last();
    };
    rule(QStringLiteral("left value"), QStringLiteral("segment_left"), {notify(QStringLiteral("{name} left"))}, Condition::all(), 0,
         {Rfm::ImportantValue});
    Sop::Action tag;
    tag.kind = QStringLiteral("add_tag");
    tag.tagId = tagId;
    rule(QStringLiteral("tier high"), QStringLiteral("tier_entered"), {tag}, Condition::all(), 0, {Rfm::TierHighValue});
    rule(QStringLiteral("tier potential left"), QStringLiteral("tier_left"), {task(QStringLiteral("回访 {name}"))}, Condition::all(), 0,
         {Rfm::TierPotential});
    rule(QStringLiteral("60 days, loyal"), QStringLiteral("days_since_order"), {task(QStringLiteral("关怀 {name}"))},
         Condition::all({leaf("orders.count", "ge", 3)}), 60);
    rule(QStringLiteral("90 days repeat"), QStringLiteral("days_since_order"), {notify(QStringLiteral("90 天未下单"))},
         Condition::all({leaf("province", "ne", QStringLiteral("西藏"))}), 90, {}, 30);
    rule(QStringLiteral("no follow-up, high value"), QStringLiteral("no_activity"), {task(QStringLiteral("跟进 {name}"))},
         Condition::all({leaf("rfm.tier", "eq", Rfm::TierHighValue)}), 30);
    rule(QStringLiteral("no follow-up 90"), QStringLiteral("no_activity"), {notify(QStringLiteral("90 天未跟进"))},
         Condition::all({leaf("rfm.monetary", "gt", 5000)}), 90);
    rule(QStringLiteral("tagged"), QStringLiteral("tag_added"), {task(QStringLiteral("新标签 {name}"))})->definition.trigger.tagId = tagId;
    rule(QStringLiteral("owner changed"), QStringLiteral("field_changed"), {notify(QStringLiteral("换负责人"))})->definition.trigger.field
        = QStringLiteral("owner_id");
    rule(QStringLiteral("new customer"), QStringLiteral("customer_created"), {task(QStringLiteral("欢迎 {name}"))});
    rule(QStringLiteral("anniversary"), QStringLiteral("date_approaching"), {notify(QStringLiteral("周年"))}, Condition::all(), 7)
        ->definition.trigger.field = QStringLiteral("created_at");
    rule(QStringLiteral("overdue"), QStringLiteral("task_overdue"), {task(QStringLiteral("逾期 {name}"), QStringLiteral("manager"))});
    rule(QStringLiteral("develop, big"), QStringLiteral("segment_entered"), {task(QStringLiteral("发展 {name}"))},
         Condition::all({leaf("orders.amount", "gt", 1000)}), 0, {Rfm::ImportantDevelop});
    rule(QStringLiteral("general value"), QStringLiteral("segment_entered"), {notify(QStringLiteral("一般价值"))},
         Condition::any({leaf("city", "eq", QStringLiteral("上海")), leaf("city", "eq", QStringLiteral("北京"))}), 0,
         {Rfm::GeneralValue});
    Sop::Action churn;
    churn.kind = QStringLiteral("set_field");
    churn.field = QStringLiteral("lifecycle_stage");
    churn.value = QStringLiteral("churned");
    rule(QStringLiteral("180 days churned"), QStringLiteral("days_since_order"), {churn},
         Condition::all({leaf("lifecycle_stage", "ne", QStringLiteral("churned"))}), 180);
    rule(QStringLiteral("30 days Guangzhou"), QStringLiteral("days_since_order"), {notify(QStringLiteral("广州 30 天"))},
         Condition::all({leaf("city", "eq", QStringLiteral("广州"))}), 30);
    Sop::Action start;
    start.kind = QStringLiteral("start_playbook");
    start.ruleId = playbookId;
    rule(QStringLiteral("retain → nurture"), QStringLiteral("segment_entered"), {start}, Condition::all(), 0, {Rfm::ImportantRetain});
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("SQLite file or postgresql:// URL."),
                                      QStringLiteral("path"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), QStringLiteral("As-of time."), QStringLiteral("time"),
                                  QStringLiteral("2026-07-10T09:00"));
    p.addOptions({database, asOf});
    p.process(app);
    const QString target = p.value(database);
    const ConnectionSettings settings = target.contains(QLatin1String("://")) ? ConnectionSettings::fromUrl(target)
                                                                              : ConnectionSettings::sqlite(target);
    QElapsedTimer clock;
    clock.start();
    auto opened = Workspace::open(settings);
    if (!opened) {
        std::fprintf(stderr, "sop_bench: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    std::printf("open (and migrate): %.1f s\n", clock.elapsed() / 1000.0);
    Workspace &ws = *opened.value();
    SopService &sop = ws.sop();
    {
        QSqlQuery q(ws.database().connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM customers"));
        q.next();
        std::printf("customers: %lld\n", q.value(0).toLongLong());
    }
    if (sop.rules().valueOr({}).isEmpty()) {
        auto tag = ws.store().insert(Entity::Tag, Record{{QStringLiteral("name"), QStringLiteral("SOP bench")}});
        QList<qint64> ids;
        for (const char *t : {"high-value-care", "win-back", "nurture-30d"}) {
            auto id = sop.addFromTemplate(QString::fromLatin1(t));
            if (!id || !sop.setEnabled(id.value(), true)) {
                std::fprintf(stderr, "sop_bench: template %s: %s\n", t, qPrintable(id.error().message));
                return 1;
            }
            ids << id.value();
        }
        for (const SopRule &r : benchRules(tag.valueOr(0), ids.last())) {
            auto id = sop.create(r);
            if (!id) {
                std::fprintf(stderr, "sop_bench: %s: %s\n", qPrintable(r.name), qPrintable(id.error().message));
                return 1;
            }
        }
    }
    std::printf("enabled rules: %lld\n", qlonglong(sop.rules().valueOr({}).size()));

    const QDateTime t = QDateTime::fromString(p.value(asOf), QStringLiteral("yyyy-MM-ddTHH:mm"));
    const QList<std::pair<const char *, QDateTime>> runs{{"run 1 (as of T)", t}, {"run 2 (as of T again)", t},
                                                         {"run 3 (as of T + 1 day)", t.addDays(1)}};
    for (const auto &[label, when] : runs) {
        SopRunOptions o;
        o.asOf = when;
        clock.restart();
        auto report = sop.run(o);
        const qint64 total = clock.elapsed();
        if (!report) {
            std::fprintf(stderr, "sop_bench: %s\n", qPrintable(report.error().message));
            return 1;
        }
        std::printf("%s %s: snapshot refresh %.2f s%s, rule evaluation %.2f s, fired %d, errors %d (total %.2f s)\n", label,
                    qPrintable(when.toString(Qt::ISODate)), report->snapshotMs / 1000.0,
                    report->snapshotRefreshed ? "" : " (was current)", report->evaluateMs / 1000.0, report->fired(),
                    report->errors(), total / 1000.0);
        if (!report->snapshotError.isEmpty())
            std::printf("    snapshot: %s\n", qPrintable(report->snapshotError));
        for (const SopRuleReport &r : report->rules)
            std::printf("    %-28s %6.2f s  fired %6d errors %d %s\n", qPrintable(r.name), r.ms / 1000.0, r.fired, r.errors,
                        qPrintable(r.error));
    }
    return 0;
}
