#include "soptypes.h"

#include "rfm/rfmtypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Patron::Sop {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Patron::Sop", text);
}

Error invalid(const QString &message)
{
    return Error{Error::Invalid, message};
}

const QStringList &triggerKinds()
{
    static const QStringList kinds{
        QStringLiteral("segment_entered"), QStringLiteral("segment_left"),  QStringLiteral("tier_entered"),
        QStringLiteral("tier_left"),       QStringLiteral("days_since_order"), QStringLiteral("no_activity"),
        QStringLiteral("tag_added"),       QStringLiteral("field_changed"), QStringLiteral("customer_created"),
        QStringLiteral("date_approaching"), QStringLiteral("task_overdue")};
    return kinds;
}

const QStringList &actionKinds()
{
    static const QStringList kinds{QStringLiteral("create_task"), QStringLiteral("start_playbook"),
                                   QStringLiteral("stop_playbook"), QStringLiteral("add_tag"),
                                   QStringLiteral("remove_tag"),  QStringLiteral("set_field"),
                                   QStringLiteral("assign_owner"), QStringLiteral("log_activity"),
                                   QStringLiteral("notify")};
    return kinds;
}

/// Every key of an object must be one of `allowed`: a typo is an error naming it.
Status checkKeys(const QJsonObject &o, const QStringList &allowed, const QString &where)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            return invalid(tr("Unknown key \"%1\" in %2.").arg(it.key(), where));
    }
    return {};
}

Result<QString> readString(const QJsonObject &o, const QString &key, const QString &where, const QString &fallback = {})
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isString())
        return invalid(tr("\"%1\" in %2 must be a text.").arg(key, where));
    return v.toString();
}

Result<int> readInt(const QJsonObject &o, const QString &key, const QString &where, int min, int max, int fallback = 0)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fallback;
    const double d = v.toDouble(-1e18);
    if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max)
        return invalid(tr("\"%1\" in %2 must be a whole number from %3 to %4.").arg(key, where).arg(min).arg(max));
    return int(d);
}

Result<qint64> readId(const QJsonObject &o, const QString &key, const QString &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return qint64(0);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 1 || d > 9e15 || d != double(qint64(d)))
        return invalid(tr("\"%1\" in %2 must be an id (a whole number above 0).").arg(key, where));
    return qint64(d);
}

Result<Condition> readCondition(const QJsonObject &o, const QString &key, const QString &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return Condition::all();
    if (!v.isObject())
        return invalid(tr("\"%1\" in %2 must be a condition object.").arg(key, where));
    Result<Condition> c = Condition::fromJsonObject(v.toObject());
    if (!c)
        return invalid(tr("%1: %2").arg(where, c.error().message));
    return c;
}

bool isClockTime(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
    return re.match(s).hasMatch();
}

Result<Trigger> parseTrigger(const QJsonValue &value)
{
    const QString where = tr("the trigger");
    if (!value.isObject())
        return invalid(tr("The rule needs a trigger object."));
    const QJsonObject o = value.toObject();
    if (Status s = checkKeys(o, {QStringLiteral("kind"), QStringLiteral("values"), QStringLiteral("days"),
                                 QStringLiteral("tag_id"), QStringLiteral("field"), QStringLiteral("repeat_days")},
                             where);
        !s)
        return s.error();
    Trigger t;
    Result<QString> kind = readString(o, QStringLiteral("kind"), where);
    if (!kind)
        return kind.error();
    t.kind = kind.value();
    if (!triggerKinds().contains(t.kind))
        return invalid(tr("Unknown trigger kind \"%1\".").arg(t.kind));
    const QJsonValue values = o.value(QLatin1String("values"));
    if (!values.isUndefined()) {
        if (!values.isArray())
            return invalid(tr("\"values\" in the trigger must be a list of texts."));
        for (const QJsonValue &v : values.toArray()) {
            if (!v.isString())
                return invalid(tr("\"values\" in the trigger must be a list of texts."));
            t.values << v.toString();
        }
    }
    Result<int> days = readInt(o, QStringLiteral("days"), where, 0, 36'500);
    Result<int> repeat = readInt(o, QStringLiteral("repeat_days"), where, 0, 36'500);
    Result<qint64> tag = readId(o, QStringLiteral("tag_id"), where);
    Result<QString> field = readString(o, QStringLiteral("field"), where);
    if (!days)
        return days.error();
    if (!repeat)
        return repeat.error();
    if (!tag)
        return tag.error();
    if (!field)
        return field.error();
    t.days = days.value();
    t.repeatDays = repeat.value();
    t.tagId = tag.value();
    t.field = field.value();

    if (t.kind == QLatin1String("segment_entered") || t.kind == QLatin1String("segment_left")) {
        const QStringList known = Rfm::allSegmentKeys();
        for (const QString &v : std::as_const(t.values))
            if (!known.contains(v))
                return invalid(tr("Unknown RFM segment \"%1\" in the trigger.").arg(v));
    } else if (t.kind == QLatin1String("tier_entered") || t.kind == QLatin1String("tier_left")) {
        const QStringList known = Rfm::tierKeys();
        for (const QString &v : std::as_const(t.values))
            if (!known.contains(v))
                return invalid(tr("Unknown customer tier \"%1\" in the trigger.").arg(v));
    } else if (t.kind == QLatin1String("days_since_order") || t.kind == QLatin1String("no_activity")) {
        if (t.days < 1)
            return invalid(tr("The trigger \"%1\" needs \"days\" of at least 1.").arg(t.kind));
    } else if (t.kind == QLatin1String("tag_added")) {
        if (t.tagId <= 0)
            return invalid(tr("The trigger \"tag_added\" needs a \"tag_id\"."));
    } else if (t.kind == QLatin1String("field_changed") || t.kind == QLatin1String("date_approaching")) {
        if (t.field.isEmpty())
            return invalid(tr("The trigger \"%1\" needs a \"field\".").arg(t.kind));
    }
    return t;
}

Result<Action> parseAction(const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        return invalid(tr("Each action in %1 must be an object.").arg(where));
    const QJsonObject o = value.toObject();
    if (Status s = checkKeys(o,
                             {QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("notes"),
                              QStringLiteral("due_days"), QStringLiteral("due_time"), QStringLiteral("remind_time"),
                              QStringLiteral("assignee"), QStringLiteral("user_id"), QStringLiteral("user_ids"),
                              QStringLiteral("priority"), QStringLiteral("rule_id"), QStringLiteral("tag_id"),
                              QStringLiteral("field"), QStringLiteral("value"), QStringLiteral("activity_kind"),
                              QStringLiteral("text")},
                             tr("an action of %1").arg(where));
        !s)
        return s.error();
    Action a;
    const QString w = tr("an action of %1").arg(where);
    struct StrKey { const char *key; QString *target; };
    Result<QString> kind = readString(o, QStringLiteral("kind"), w);
    if (!kind)
        return kind.error();
    a.kind = kind.value();
    if (!actionKinds().contains(a.kind))
        return invalid(tr("Unknown action kind \"%1\" in %2.").arg(a.kind, where));
    for (const StrKey &k : {StrKey{"title", &a.title}, StrKey{"notes", &a.notes}, StrKey{"due_time", &a.dueTime},
                            StrKey{"remind_time", &a.remindTime}, StrKey{"assignee", &a.assignee},
                            StrKey{"priority", &a.priority}, StrKey{"field", &a.field},
                            StrKey{"activity_kind", &a.activityKind}, StrKey{"text", &a.text}}) {
        Result<QString> s = readString(o, QString::fromLatin1(k.key), w, *k.target);
        if (!s)
            return s.error();
        *k.target = s.value();
    }
    // set_field takes a text, a number or a yes/no; it is kept as text.
    const QJsonValue v = o.value(QLatin1String("value"));
    if (v.isString())
        a.value = v.toString();
    else if (v.isDouble())
        a.value = QString::number(v.toDouble(), 'g', 15);
    else if (v.isBool())
        a.value = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (!v.isUndefined() && !v.isNull())
        return invalid(tr("\"value\" in %1 must be a text, a number or true/false.").arg(w));
    Result<int> due = readInt(o, QStringLiteral("due_days"), w, 0, 3650);
    Result<qint64> user = readId(o, QStringLiteral("user_id"), w);
    Result<qint64> rule = readId(o, QStringLiteral("rule_id"), w);
    Result<qint64> tag = readId(o, QStringLiteral("tag_id"), w);
    if (!due)
        return due.error();
    if (!user)
        return user.error();
    if (!rule)
        return rule.error();
    if (!tag)
        return tag.error();
    a.dueDays = due.value();
    a.userId = user.value();
    a.ruleId = rule.value();
    a.tagId = tag.value();
    const QJsonValue users = o.value(QLatin1String("user_ids"));
    if (!users.isUndefined()) {
        if (!users.isArray())
            return invalid(tr("\"user_ids\" in %1 must be a list of user ids.").arg(w));
        for (const QJsonValue &u : users.toArray()) {
            const double d = u.toDouble(-1);
            if (!u.isDouble() || d < 1 || d != double(qint64(d)))
                return invalid(tr("\"user_ids\" in %1 must be a list of user ids.").arg(w));
            a.userIds << qint64(d);
        }
    }

    if (!isClockTime(a.dueTime))
        return invalid(tr("\"due_time\" in %1 must be a time HH:MM.").arg(w));
    if (!a.remindTime.isEmpty() && !isClockTime(a.remindTime))
        return invalid(tr("\"remind_time\" in %1 must be a time HH:MM or empty.").arg(w));
    if (a.kind == QLatin1String("create_task")) {
        if (a.title.trimmed().isEmpty())
            return invalid(tr("The task of %1 needs a title.").arg(where));
        static const QStringList assignees{QStringLiteral("owner"), QStringLiteral("manager"), QStringLiteral("user"),
                                           QStringLiteral("round_robin")};
        if (!assignees.contains(a.assignee))
            return invalid(tr("Unknown assignee \"%1\" in %2 (owner, manager, user or round_robin).").arg(a.assignee, where));
        if (a.assignee == QLatin1String("user") && a.userId <= 0)
            return invalid(tr("The assignee \"user\" in %1 needs a \"user_id\".").arg(where));
        if (a.assignee == QLatin1String("round_robin") && a.userIds.isEmpty())
            return invalid(tr("The assignee \"round_robin\" in %1 needs \"user_ids\".").arg(where));
        static const QStringList priorities{QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high")};
        if (!priorities.contains(a.priority))
            return invalid(tr("Unknown priority \"%1\" in %2 (low, normal or high).").arg(a.priority, where));
    } else if (a.kind == QLatin1String("start_playbook") || a.kind == QLatin1String("stop_playbook")) {
        if (a.ruleId <= 0)
            return invalid(tr("The action \"%1\" in %2 needs a \"rule_id\".").arg(a.kind, where));
    } else if (a.kind == QLatin1String("add_tag") || a.kind == QLatin1String("remove_tag")) {
        if (a.tagId <= 0)
            return invalid(tr("The action \"%1\" in %2 needs a \"tag_id\".").arg(a.kind, where));
    } else if (a.kind == QLatin1String("set_field")) {
        if (a.field.isEmpty())
            return invalid(tr("The action \"set_field\" in %1 needs a \"field\".").arg(where));
    } else if (a.kind == QLatin1String("assign_owner")) {
        if (a.userId <= 0)
            return invalid(tr("The action \"assign_owner\" in %1 needs a \"user_id\".").arg(where));
    } else if (a.kind == QLatin1String("log_activity")) {
        static const QStringList kinds{QStringLiteral("call"), QStringLiteral("visit"), QStringLiteral("email"),
                                       QStringLiteral("note")};
        if (!kinds.contains(a.activityKind))
            return invalid(tr("The action \"log_activity\" in %1 needs \"activity_kind\" call, visit, email or note.").arg(where));
    } else if (a.kind == QLatin1String("notify")) {
        if (a.text.trimmed().isEmpty())
            return invalid(tr("The action \"notify\" in %1 needs a \"text\".").arg(where));
    }
    return a;
}

Result<QList<Action>> parseActions(const QJsonValue &value, const QString &where)
{
    QList<Action> actions;
    if (value.isUndefined())
        return actions;
    if (!value.isArray())
        return invalid(tr("\"actions\" in %1 must be a list.").arg(where));
    for (const QJsonValue &v : value.toArray()) {
        Result<Action> a = parseAction(v, where);
        if (!a)
            return a.error();
        actions << a.value();
    }
    return actions;
}

Result<StepGuard> parseGuard(const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        return invalid(tr("Each guard (\"only_if\") of %1 must be an object.").arg(where));
    const QJsonObject o = value.toObject();
    const QString w = tr("a guard of %1").arg(where);
    if (Status s = checkKeys(o, {QStringLiteral("kind"), QStringLiteral("step"), QStringLiteral("condition")}, w); !s)
        return s.error();
    StepGuard g;
    Result<QString> kind = readString(o, QStringLiteral("kind"), w);
    if (!kind)
        return kind.error();
    g.kind = kind.value();
    if (g.kind != QLatin1String("no_activity_since_step") && g.kind != QLatin1String("no_order_since_step")
        && g.kind != QLatin1String("condition"))
        return invalid(tr("Unknown guard kind \"%1\" in %2.").arg(g.kind, where));
    Result<int> step = readInt(o, QStringLiteral("step"), w, 1, 1000, 1);
    if (!step)
        return step.error();
    g.step = step.value();
    Result<Condition> c = readCondition(o, QStringLiteral("condition"), w);
    if (!c)
        return c.error();
    g.condition = c.value();
    return g;
}

} // namespace

bool Trigger::operator==(const Trigger &o) const
{
    return kind == o.kind && values == o.values && days == o.days && tagId == o.tagId && field == o.field
           && repeatDays == o.repeatDays;
}

bool Action::operator==(const Action &o) const
{
    return kind == o.kind && title == o.title && notes == o.notes && dueDays == o.dueDays && dueTime == o.dueTime
           && remindTime == o.remindTime && assignee == o.assignee && userId == o.userId && userIds == o.userIds
           && priority == o.priority && ruleId == o.ruleId && tagId == o.tagId && field == o.field
           && value == o.value && activityKind == o.activityKind && text == o.text;
}

bool StepGuard::operator==(const StepGuard &o) const
{
    return kind == o.kind && step == o.step && condition == o.condition;
}

bool Step::operator==(const Step &o) const
{
    return day == o.day && actions == o.actions && onlyIf == o.onlyIf;
}

bool StopCondition::operator==(const StopCondition &o) const
{
    return kind == o.kind && condition == o.condition;
}

bool Definition::operator==(const Definition &o) const
{
    return trigger == o.trigger && conditions == o.conditions && actions == o.actions && steps == o.steps
           && stop == o.stop;
}

namespace {

QJsonObject actionJson(const Action &a)
{
    // Only what differs from a default Action: the JSON stays readable and parses back equal.
    const Action d;
    QJsonObject o;
    o.insert(QLatin1String("kind"), a.kind);
    auto put = [&](const char *key, const QString &v, const QString &def) {
        if (v != def)
            o.insert(QLatin1String(key), v);
    };
    put("title", a.title, d.title);
    put("notes", a.notes, d.notes);
    if (a.dueDays != d.dueDays)
        o.insert(QLatin1String("due_days"), a.dueDays);
    put("due_time", a.dueTime, d.dueTime);
    put("remind_time", a.remindTime, d.remindTime);
    put("assignee", a.assignee, d.assignee);
    if (a.userId)
        o.insert(QLatin1String("user_id"), double(a.userId));
    if (!a.userIds.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : a.userIds)
            ids.append(double(id));
        o.insert(QLatin1String("user_ids"), ids);
    }
    put("priority", a.priority, d.priority);
    if (a.ruleId)
        o.insert(QLatin1String("rule_id"), double(a.ruleId));
    if (a.tagId)
        o.insert(QLatin1String("tag_id"), double(a.tagId));
    put("field", a.field, d.field);
    put("value", a.value, d.value);
    put("activity_kind", a.activityKind, d.activityKind);
    put("text", a.text, d.text);
    return o;
}

QJsonArray actionsJson(const QList<Action> &actions)
{
    QJsonArray list;
    for (const Action &a : actions)
        list.append(actionJson(a));
    return list;
}

} // namespace

QJsonObject Definition::toJson() const
{
    QJsonObject t;
    t.insert(QLatin1String("kind"), trigger.kind);
    if (!trigger.values.isEmpty())
        t.insert(QLatin1String("values"), QJsonArray::fromStringList(trigger.values));
    if (trigger.days)
        t.insert(QLatin1String("days"), trigger.days);
    if (trigger.tagId)
        t.insert(QLatin1String("tag_id"), double(trigger.tagId));
    if (!trigger.field.isEmpty())
        t.insert(QLatin1String("field"), trigger.field);
    if (trigger.repeatDays)
        t.insert(QLatin1String("repeat_days"), trigger.repeatDays);

    QJsonObject o;
    o.insert(QLatin1String("trigger"), t);
    o.insert(QLatin1String("conditions"), conditions.toJsonObject());
    if (!actions.isEmpty())
        o.insert(QLatin1String("actions"), actionsJson(actions));
    if (!steps.isEmpty()) {
        QJsonArray list;
        for (const Step &s : steps) {
            QJsonObject so;
            so.insert(QLatin1String("day"), s.day);
            so.insert(QLatin1String("actions"), actionsJson(s.actions));
            if (!s.onlyIf.isEmpty()) {
                QJsonArray guards;
                for (const StepGuard &g : s.onlyIf) {
                    QJsonObject go;
                    go.insert(QLatin1String("kind"), g.kind);
                    if (g.kind == QLatin1String("condition"))
                        go.insert(QLatin1String("condition"), g.condition.toJsonObject());
                    else
                        go.insert(QLatin1String("step"), g.step);
                    if (g.kind != QLatin1String("condition") && !g.condition.isEmpty())
                        go.insert(QLatin1String("condition"), g.condition.toJsonObject());
                    if (g.kind == QLatin1String("condition") && g.step != 1)
                        go.insert(QLatin1String("step"), g.step);
                    guards.append(go);
                }
                so.insert(QLatin1String("only_if"), guards);
            }
            list.append(so);
        }
        o.insert(QLatin1String("steps"), list);
    }
    if (!stop.isEmpty()) {
        QJsonArray list;
        for (const StopCondition &s : stop) {
            QJsonObject so;
            so.insert(QLatin1String("kind"), s.kind);
            if (!s.condition.isEmpty() || s.kind == QLatin1String("condition"))
                so.insert(QLatin1String("condition"), s.condition.toJsonObject());
            list.append(so);
        }
        o.insert(QLatin1String("stop"), list);
    }
    return o;
}

Result<Definition> Definition::fromJson(const QJsonObject &json)
{
    if (Status s = checkKeys(json, {QStringLiteral("trigger"), QStringLiteral("conditions"), QStringLiteral("actions"),
                                    QStringLiteral("steps"), QStringLiteral("stop")},
                             tr("the rule"));
        !s)
        return s.error();
    Definition d;
    Result<Trigger> t = parseTrigger(json.value(QLatin1String("trigger")));
    if (!t)
        return t.error();
    d.trigger = t.value();
    Result<Condition> c = readCondition(json, QStringLiteral("conditions"), tr("the rule"));
    if (!c)
        return c.error();
    d.conditions = c.value();
    Result<QList<Action>> actions = parseActions(json.value(QLatin1String("actions")), tr("the rule"));
    if (!actions)
        return actions.error();
    d.actions = actions.value();

    const QJsonValue steps = json.value(QLatin1String("steps"));
    if (!steps.isUndefined()) {
        if (!steps.isArray())
            return invalid(tr("\"steps\" must be a list."));
        int n = 0;
        int lastDay = 0;
        for (const QJsonValue &v : steps.toArray()) {
            ++n;
            const QString where = tr("step %1").arg(n);
            if (!v.isObject())
                return invalid(tr("%1 must be an object.").arg(where));
            const QJsonObject so = v.toObject();
            if (Status s = checkKeys(so, {QStringLiteral("day"), QStringLiteral("actions"), QStringLiteral("only_if")},
                                     where);
                !s)
                return s.error();
            Step step;
            Result<int> day = readInt(so, QStringLiteral("day"), where, 0, 3650);
            if (!day)
                return day.error();
            step.day = day.value();
            if (step.day < lastDay)
                return invalid(tr("The days of the steps must not go back (step %1 is on day %2, before day %3).")
                                   .arg(n)
                                   .arg(step.day)
                                   .arg(lastDay));
            lastDay = step.day;
            Result<QList<Action>> sa = parseActions(so.value(QLatin1String("actions")), where);
            if (!sa)
                return sa.error();
            step.actions = sa.value();
            const QJsonValue guards = so.value(QLatin1String("only_if"));
            if (!guards.isUndefined()) {
                if (!guards.isArray())
                    return invalid(tr("\"only_if\" of %1 must be a list.").arg(where));
                for (const QJsonValue &g : guards.toArray()) {
                    Result<StepGuard> guard = parseGuard(g, where);
                    if (!guard)
                        return guard.error();
                    if (guard->kind != QLatin1String("condition") && guard->step >= n)
                        return invalid(tr("The guard of %1 refers to step %2, which has not fired yet.")
                                           .arg(where)
                                           .arg(guard->step));
                    step.onlyIf << guard.value();
                }
            }
            d.steps << step;
        }
    }

    const QJsonValue stop = json.value(QLatin1String("stop"));
    if (!stop.isUndefined()) {
        if (!stop.isArray())
            return invalid(tr("\"stop\" must be a list."));
        for (const QJsonValue &v : stop.toArray()) {
            const QString where = tr("a stop condition");
            if (!v.isObject())
                return invalid(tr("Each stop condition must be an object."));
            const QJsonObject so = v.toObject();
            if (Status s = checkKeys(so, {QStringLiteral("kind"), QStringLiteral("condition")}, where); !s)
                return s.error();
            StopCondition sc;
            Result<QString> kind = readString(so, QStringLiteral("kind"), where);
            if (!kind)
                return kind.error();
            sc.kind = kind.value();
            if (sc.kind != QLatin1String("ordered_again") && sc.kind != QLatin1String("left_segment")
                && sc.kind != QLatin1String("condition"))
                return invalid(tr("Unknown stop condition kind \"%1\".").arg(sc.kind));
            Result<Condition> cond = readCondition(so, QStringLiteral("condition"), where);
            if (!cond)
                return cond.error();
            sc.condition = cond.value();
            d.stop << sc;
        }
    }
    return d;
}

} // namespace Patron::Sop
