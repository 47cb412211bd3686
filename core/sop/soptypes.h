#pragma once

#include "segments/condition.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Patron {

/// SOP rules and playbooks (DESIGN.md "SOP rules and reminders"): the definition stored
/// as JSON in sop_rules.definition. Keys below are the JSON keys; unknown keys are an
/// error (Error::Invalid naming the key), so a typo never silently disables a rule.
///
/// {"trigger": {"kind": "segment_entered", "values": ["important_value"], "repeat_days": 30},
///  "conditions": {"all": […]},                        // segment condition language
///  "actions": [{"kind": "create_task", "title": "一对一维护:{客户名称}", "due_days": 1,
///               "assignee": "owner", "priority": "normal"}],      // rules
///  "steps": [{"day": 0, "actions": […], "only_if": [{"kind": "no_activity_since_step", "step": 1}]}],
///  "stop": [{"kind": "ordered_again"}, {"kind": "left_segment"}]}  // playbooks
namespace Sop {

/// What starts a rule or a playbook for one customer. One occurrence fires once.
struct Trigger
{
    /// segment_entered, segment_left, tier_entered, tier_left (values = segment or tier
    /// keys, any of; empty = any), days_since_order (days = N: the day the last counted
    /// order becomes N days old), no_activity (days = N since the last follow-up, or since
    /// creation when none), tag_added (tagId), field_changed (field = a customer column or
    /// "custom.<key>"; values optional = the new values that count), customer_created
    /// (created or imported), date_approaching (field = a date field, days = N before its
    /// next anniversary or date), task_overdue (a task of the customer passed due_at open).
    QString kind;
    QStringList values;
    int days = 0;
    qint64 tagId = 0;
    QString field;
    /// > 0: fire again every repeatDays days while the trigger's state still holds (still
    /// in the segment, still no order, …); 0: once per occurrence.
    int repeatDays = 0;

    bool operator==(const Trigger &o) const;
};

/// Something a rule or a playbook step does for one customer.
struct Action
{
    /// create_task, start_playbook (ruleId), stop_playbook (ruleId), add_tag (tagId),
    /// remove_tag (tagId), set_field (field, value), assign_owner (userId),
    /// log_activity (activityKind call|visit|email|note, text), notify (text).
    QString kind;
    /// create_task: title and notes are templates: {客户名称} / {name}, {客户编号} / {code},
    /// {负责人} / {owner}, {分群} / {segment}.
    QString title, notes;
    int dueDays = 0;             ///< due at the run's as-of date + dueDays, at dueTime
    QString dueTime = QStringLiteral("18:00");
    QString remindTime = QStringLiteral("09:00"); ///< on the due date; empty: no reminder
    /// owner, manager (the owner's manager; the owner when none), user (userId),
    /// round_robin (userIds, in turn by customer id).
    QString assignee = QStringLiteral("owner");
    qint64 userId = 0;
    QList<qint64> userIds;
    QString priority = QStringLiteral("normal");
    qint64 ruleId = 0;
    qint64 tagId = 0;
    QString field;
    QString value;
    QString activityKind;
    QString text;

    bool operator==(const Action &o) const;
};

/// A guard on a playbook step: the step fires only when every guard holds.
struct StepGuard
{
    /// no_activity_since_step, no_order_since_step (step = the 1-based step whose firing
    /// time counts), condition (condition holds at the step's time).
    QString kind;
    int step = 1;
    Condition condition;

    bool operator==(const StepGuard &o) const;
};

struct Step
{
    int day = 0;                 ///< days after the playbook started
    QList<Action> actions;
    QList<StepGuard> onlyIf;     ///< a step whose guard fails is skipped (journalled), the playbook goes on

    bool operator==(const Step &o) const;
};

/// Ends a running playbook before its next step.
struct StopCondition
{
    /// ordered_again (a counted order after the start), left_segment (no longer in the
    /// trigger's segment or tier), condition (condition holds).
    QString kind;
    Condition condition;

    bool operator==(const StopCondition &o) const;
};

struct Definition
{
    Trigger trigger;
    Condition conditions;        ///< empty All group: every customer
    QList<Action> actions;       ///< rules
    QList<Step> steps;           ///< playbooks
    QList<StopCondition> stop;   ///< playbooks

    QJsonObject toJson() const;
    static Result<Definition> fromJson(const QJsonObject &json);
    bool operator==(const Definition &o) const;
};

} // namespace Sop

/// A row of sop_rules.
struct SopRule
{
    qint64 id = 0;
    QString kind = QStringLiteral("rule");  ///< rule | playbook
    QString name;
    QString templateId;                      ///< built-in template it came from; empty: by hand
    Sop::Definition definition;
    bool enabled = false;
    int position = 0;
    QString createdAt, updatedAt;
    int version = 1;
};

} // namespace Patron
