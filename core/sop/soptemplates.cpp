#include "soptemplates_p.h"

#include "rfm/rfmtypes.h"

namespace Patron::Sop {

namespace {

Action task(const QString &title, int dueDays, const QString &assignee = QStringLiteral("owner"),
            const QString &priority = QStringLiteral("normal"))
{
    Action a;
    a.kind = QStringLiteral("create_task");
    a.title = title;
    a.dueDays = dueDays;
    a.assignee = assignee;
    a.priority = priority;
    return a;
}

Step step(int day, QList<Action> actions, QList<StepGuard> onlyIf = {})
{
    Step s;
    s.day = day;
    s.actions = std::move(actions);
    s.onlyIf = std::move(onlyIf);
    return s;
}

StepGuard guard(const QString &kind, int stepNo)
{
    StepGuard g;
    g.kind = kind;
    g.step = stepNo;
    return g;
}

StopCondition stopWhen(const QString &kind)
{
    StopCondition s;
    s.kind = kind;
    return s;
}

} // namespace

QList<SopTemplate> builtInTemplates(const QString &language)
{
    const bool en = language == QLatin1String("en");
    // Texts are data in the database language (see the header), chosen here, not tr()'d.
    auto pick = [en](const char *zh, const char *english) {
        return en ? QString::fromUtf8(english) : QString::fromUtf8(zh);
    };
    QList<SopTemplate> out;

    SopTemplate care;
    care.id = QStringLiteral("high-value-care");
    care.kind = QStringLiteral("rule");
    care.name = pick("高价值客户维护", "High-value customer care");
    care.description = pick("客户进入重要价值客户时，为负责人创建一对一维护任务（1 天内）；仍在该客群时每 30 天再创建一次回访任务。",
                            "When a customer enters Important value: a one-on-one care task for the owner, due in "
                            "1 day; then every 30 days while still in that segment, a check-in task.");
    care.definition.trigger.kind = QStringLiteral("segment_entered");
    care.definition.trigger.values = {Rfm::ImportantValue};
    care.definition.trigger.repeatDays = 30;
    care.definition.actions = {task(pick("一对一维护:{客户名称}", "One-on-one care: {name}"), 1)};
    out << care;

    SopTemplate nurture;
    nurture.id = QStringLiteral("nurture-30d");
    nurture.kind = QStringLiteral("playbook");
    nurture.name = pick("潜力客户培育", "Potential customer nurturing");
    nurture.description = pick("重要发展客户或重要保持客户距上次下单满 30 天时：第 0 天发送新品介绍，第 7 天分享客户案例，"
                               "第 14 天发放专属优惠；客户再次下单即停止。",
                               "When a customer in Important develop or Important retain reaches 30 days since the "
                               "last order: day 0 send the new product introduction, day 7 share a customer case, "
                               "day 14 offer an exclusive discount; stops when the customer orders again.");
    nurture.definition.trigger.kind = QStringLiteral("days_since_order");
    nurture.definition.trigger.days = 30;
    nurture.definition.conditions = Condition::all(
        {Condition::leaf(QStringLiteral("rfm.segment"), QStringLiteral("in"),
                         QVariantList{Rfm::ImportantDevelop, Rfm::ImportantRetain})});
    nurture.definition.steps = {step(0, {task(pick("发送新品介绍", "Send the new product introduction"), 1)}),
                                step(7, {task(pick("分享客户案例", "Share a customer case"), 1)}),
                                step(14, {task(pick("发放专属优惠", "Offer an exclusive discount"), 1)})};
    nurture.definition.stop = {stopWhen(QStringLiteral("ordered_again"))};
    out << nurture;

    SopTemplate winBack;
    winBack.id = QStringLiteral("win-back");
    winBack.kind = QStringLiteral("playbook");
    winBack.name = pick("流失挽回", "Win back");
    winBack.description = pick("客户进入重要挽留客户时：立即为负责人创建挽回回访任务（2 天内，高优先级）；第 7 天若自第 1 步起"
                               "没有跟进记录且客户没有下单，为负责人的上级（没有上级时为负责人）创建升级跟进任务（1 天内）。"
                               "客户再次下单或离开该客群即停止。",
                               "When a customer enters Important win-back: at once a win-back call task for the owner, "
                               "due in 2 days, high priority; on day 7, if no follow-up was logged since step 1 and "
                               "the customer has not ordered since, an escalation task for the owner's manager (the "
                               "owner when none), due in 1 day. Stops when the customer orders again or leaves the "
                               "segment.");
    winBack.definition.trigger.kind = QStringLiteral("segment_entered");
    winBack.definition.trigger.values = {Rfm::ImportantWinBack};
    winBack.definition.steps
        = {step(0, {task(pick("挽回回访:{客户名称}", "Win-back call: {name}"), 2, QStringLiteral("owner"),
                         QStringLiteral("high"))}),
           step(7, {task(pick("升级跟进:{客户名称}", "Escalated follow-up: {name}"), 1, QStringLiteral("manager"))},
                {guard(QStringLiteral("no_activity_since_step"), 1), guard(QStringLiteral("no_order_since_step"), 1)})};
    winBack.definition.stop = {stopWhen(QStringLiteral("ordered_again")), stopWhen(QStringLiteral("left_segment"))};
    out << winBack;
    return out;
}

} // namespace Patron::Sop
