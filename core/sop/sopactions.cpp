// What SOP actions do for one customer, and the checks of a definition against the database.
#include "sopengine_p.h"

#include "domain/entity.h"
#include "segments/segmentcompiler.h"
#include "services/fieldservice.h"
#include "services/recordstore.h"
#include "storage/database.h"
#include "util/sqlutil.h"
#include "util/values.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace Patron {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Patron::SopEngine", text);
}

Error invalid(const QString &message)
{
    return Error{Error::Invalid, message};
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

namespace Sop {

const QStringList &settableCustomerFields()
{
    static const QStringList fields{
        QStringLiteral("kind"),     QStringLiteral("code"),     QStringLiteral("name"),
        QStringLiteral("contact_name"), QStringLiteral("mobile"), QStringLiteral("phone"),
        QStringLiteral("email"),    QStringLiteral("province"), QStringLiteral("city"),
        QStringLiteral("address"),  QStringLiteral("industry"), QStringLiteral("source"),
        QStringLiteral("notes"),    QStringLiteral("lifecycle_stage"), QStringLiteral("archived")};
    return fields;
}

QString renderTemplate(const QString &text, const SopEngine::Target &t, const RfmLabels &labels)
{
    if (!text.contains(QLatin1Char('{')))
        return text;
    QString out = text;
    const QString segment = t.segment.isEmpty() ? QString() : labels.segmentLabel(t.segment);
    const std::pair<const char *, QString> values[] = {
        {"{客户名称}", t.name}, {"{name}", t.name},        {"{客户编号}", t.code},   {"{code}", t.code},
        {"{负责人}", t.ownerName}, {"{owner}", t.ownerName}, {"{分群}", segment}, {"{segment}", segment}};
    for (const auto &[key, value] : values)
        out.replace(QString::fromUtf8(key), value);
    return out;
}

QString describeAction(const Action &a, const SopEngine::Target &t, const RfmLabels &labels)
{
    if (a.kind == QLatin1String("create_task"))
        return QStringLiteral("create_task %1").arg(renderTemplate(a.title, t, labels));
    if (a.kind == QLatin1String("add_tag") || a.kind == QLatin1String("remove_tag"))
        return QStringLiteral("%1 %2").arg(a.kind).arg(a.tagId);
    if (a.kind == QLatin1String("start_playbook") || a.kind == QLatin1String("stop_playbook"))
        return QStringLiteral("%1 %2").arg(a.kind).arg(a.ruleId);
    if (a.kind == QLatin1String("set_field"))
        return QStringLiteral("set_field %1=%2").arg(a.field, a.value);
    if (a.kind == QLatin1String("assign_owner"))
        return QStringLiteral("assign_owner %1").arg(a.userId);
    if (a.kind == QLatin1String("log_activity"))
        return QStringLiteral("log_activity %1 %2").arg(a.activityKind, renderTemplate(a.text, t, labels));
    if (a.kind == QLatin1String("notify"))
        return QStringLiteral("notify %1").arg(renderTemplate(a.text, t, labels));
    return a.kind;
}

} // namespace Sop

Result<QJsonObject> SopEngine::execute(const QList<Sop::Action> &actions, const SopRule &rule, int step,
                                       const Target &target, RunContext &ctx)
{
    QJsonArray done;
    for (const Sop::Action &a : actions) {
        Result<QJsonObject> one = executeOne(a, rule, step, target, ctx);
        if (!one)
            return Error{one.error().code, QStringLiteral("%1: %2").arg(a.kind, one.error().message)};
        done.append(one.value());
    }
    QJsonObject detail;
    detail.insert(QLatin1String("actions"), done);
    return detail;
}

Result<QJsonObject> SopEngine::executeOne(const Sop::Action &a, const SopRule &rule, int step, const Target &t,
                                          RunContext &ctx)
{
    QSqlQuery q(ctx.db);
    QJsonObject out;
    out.insert(QLatin1String("kind"), a.kind);
    // Rows the engine makes carry the run's as-of time: a run is reproducible from its as-of.
    const QString now = ctx.asOfText;
    if (a.kind == QLatin1String("create_task")) {
        qint64 assignee = t.ownerId;
        if (a.assignee == QLatin1String("manager"))
            assignee = t.managerId > 0 ? t.managerId : t.ownerId;
        else if (a.assignee == QLatin1String("user"))
            assignee = a.userId;
        else if (a.assignee == QLatin1String("round_robin") && !a.userIds.isEmpty())
            assignee = a.userIds.at(int(t.customerId % a.userIds.size()));
        const QDate due = ctx.day.addDays(a.dueDays);
        const QString dueAt = Values::storeDate(due) + QLatin1Char('T') + a.dueTime + QStringLiteral(":00");
        const QVariant remindAt = a.remindTime.isEmpty()
                                      ? QVariant(QMetaType::fromType<QString>())
                                      : QVariant(Values::storeDate(due) + QLatin1Char('T') + a.remindTime + QStringLiteral(":00"));
        const QString title = Sop::renderTemplate(a.title, t, ctx.labels).left(500);
        Result<QSqlQuery *> ins = ctx.exec(
            QStringLiteral("INSERT INTO tasks (customer_id, title, notes, due_at, remind_at, status, assignee_id, "
                           "priority, created_at, updated_at, version, rule_id, playbook_run_id, step) VALUES "
                           "(?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, 1, ?, ?, ?) RETURNING id"),
            {t.customerId, title, Sql::text(Sop::renderTemplate(a.notes, t, ctx.labels)), dueAt, remindAt,
             nullableId(assignee), a.priority, now, now, rule.id, nullableId(t.runId),
             step > 0 ? QVariant(step) : QVariant(QMetaType::fromType<int>())});
        if (!ins)
            return ins.error();
        if (ins.value()->next())
            out.insert(QLatin1String("task_id"), double(ins.value()->value(0).toLongLong()));
        ins.value()->finish();
        out.insert(QLatin1String("title"), title);
        out.insert(QLatin1String("assignee_id"), double(assignee));
    } else if (a.kind == QLatin1String("start_playbook")) {
        // One running playbook per customer; the occurrence ties the run to this firing.
        if (Status s = Sql::execPositional(q, QStringLiteral("SELECT 1 FROM sop_playbook_runs WHERE rule_id = ? AND customer_id = ? "
                                                             "AND status = 'running'"),
                                           {a.ruleId, t.customerId});
            !s)
            return s.error();
        const bool running = q.next();
        q.finish();
        if (!running) {
            const QString occurrence = QStringLiteral("r%1:%2").arg(rule.id).arg(t.occurrence);
            if (Status s = Sql::execPositional(q, QStringLiteral("INSERT INTO sop_playbook_runs (rule_id, customer_id, occurrence, "
                                                                 "started_at, next_step, status) VALUES (?, ?, ?, ?, 1, 'running') "
                                                                 "ON CONFLICT (rule_id, customer_id, occurrence) DO NOTHING"),
                                               {a.ruleId, t.customerId, occurrence, now});
                !s)
                return s.error();
        }
        out.insert(QLatin1String("playbook"), double(a.ruleId));
        out.insert(QLatin1String("already_running"), running);
    } else if (a.kind == QLatin1String("stop_playbook")) {
        if (Status s = Sql::execPositional(q, QStringLiteral("UPDATE sop_playbook_runs SET status = 'stopped', "
                                                             "stop_reason = 'action', ended_at = ? WHERE rule_id = ? "
                                                             "AND customer_id = ? AND status = 'running'"),
                                           {now, a.ruleId, t.customerId});
            !s)
            return s.error();
        out.insert(QLatin1String("playbook"), double(a.ruleId));
    } else if (a.kind == QLatin1String("add_tag")) {
        Result<QSqlQuery *> ins = ctx.exec(QStringLiteral("INSERT INTO customer_tags (customer_id, tag_id, origin, created_at) "
                                                          "VALUES (?, ?, 'manual', ?) ON CONFLICT (customer_id, tag_id) DO NOTHING"),
                                           {t.customerId, a.tagId, now});
        if (!ins)
            return ins.error();
        ins.value()->finish();
        out.insert(QLatin1String("tag_id"), double(a.tagId));
    } else if (a.kind == QLatin1String("remove_tag")) {
        if (Status s = Sql::execPositional(q, QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ? AND tag_id = ?"),
                                           {t.customerId, a.tagId});
            !s)
            return s.error();
        out.insert(QLatin1String("tag_id"), double(a.tagId));
    } else if (a.kind == QLatin1String("set_field")) {
        if (Status s = setField(a.field, a.value, t.customerId, ctx); !s)
            return s.error();
        out.insert(QLatin1String("field"), a.field);
        out.insert(QLatin1String("value"), a.value);
    } else if (a.kind == QLatin1String("assign_owner")) {
        if (Status s = Sql::execPositional(q, QStringLiteral("UPDATE customers SET owner_id = ?, updated_at = ?, version = version + 1 "
                                                             "WHERE id = ?"),
                                           {a.userId, Values::now(), t.customerId});
            !s)
            return s.error();
        if (Status s = Sql::writeAudit(ctx.db, QStringLiteral("sop"), QStringLiteral("customer"), t.customerId,
                                       QStringLiteral("update"), QStringLiteral("owner_id"),
                                       t.ownerId ? QString::number(t.ownerId) : QString(), QString::number(a.userId));
            !s)
            return s.error();
        out.insert(QLatin1String("user_id"), double(a.userId));
    } else if (a.kind == QLatin1String("log_activity")) {
        const QString text = Sop::renderTemplate(a.text, t, ctx.labels);
        if (Status s = Sql::execPositional(q, QStringLiteral("INSERT INTO activities (customer_id, kind, occurred_at, user_id, subject, "
                                                             "body, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, '', ?, ?, 1)"),
                                           {t.customerId, a.activityKind, now, nullableId(t.ownerId), Sql::text(text), now, now});
            !s)
            return s.error();
        out.insert(QLatin1String("text"), text);
    } else if (a.kind == QLatin1String("notify")) {
        // A notification is its journal entry (detail kind notify): the GUI shows those.
        out.insert(QLatin1String("text"), Sop::renderTemplate(a.text, t, ctx.labels));
    } else {
        return invalid(tr("Unknown action kind \"%1\".").arg(a.kind));
    }
    return out;
}

Status SopEngine::setField(const QString &field, const QString &value, qint64 customerId, RunContext &ctx)
{
    QSqlQuery q(ctx.db);
    if (Status s = Sql::execPositional(q, QStringLiteral("SELECT * FROM customers WHERE id = ?"), {customerId}); !s)
        return s;
    if (!q.next())
        return makeError(Error::NotFound, tr("The customer no longer exists."));
    Record row = Sql::recordFromQuery(q);
    q.finish();
    const QString actor = QStringLiteral("sop");
    if (field.startsWith(QLatin1String("custom."))) {
        const QString key = field.mid(7);
        Result<QVariant> checked = FieldService(m_database, m_store).checkedValue(Entity::Customer, key, value);
        if (!checked)
            return checked.error();
        QVariantMap custom = row.value(QStringLiteral("custom")).toMap();
        const QString old = custom.value(key).toString();
        if (checked->isNull() || checked->toString().isEmpty())
            custom.remove(key);
        else
            custom.insert(key, checked.value());
        if (Status s = Sql::execPositional(q, QStringLiteral("UPDATE customers SET custom = ?, updated_at = ?, version = version + 1 "
                                                             "WHERE id = ?"),
                                           {Sql::encodeJson(custom), Values::now(), customerId});
            !s)
            return s;
        return Sql::writeAudit(ctx.db, actor, QStringLiteral("customer"), customerId, QStringLiteral("update"), field, old,
                               checked->toString());
    }
    if (!Sop::settableCustomerFields().contains(field))
        return invalid(tr("The field \"%1\" cannot be set by an SOP rule.").arg(field));
    Record change{{field, value}};
    if (Status s = m_store.validate(Entity::Customer, change, false); !s)
        return s;
    const QVariant newValue = change.value(field);
    const QString old = row.value(field).toString();
    row.insert(field, newValue);
    const FieldSpec *spec = entitySpec(Entity::Customer).field(field);
    const QVariant bound = spec ? Sql::bindValue(*spec, newValue) : newValue;
    // field comes from the whitelist above, never from the user's text. search_tokens only
    // when they change: tokenizing costs, and naming the column fires SQLite's full-text
    // trigger (a delete and an insert in the index) even for the same value.
    QString tokens;
    bool retokenize = false;
    if (RecordStore::isCustomerSearchField(field)) {
        tokens = RecordStore::customerSearchTokens(row);
        retokenize = tokens != row.value(QStringLiteral("search_tokens")).toString();
    }
    QVariantList values{bound};
    if (retokenize)
        values << tokens;
    values << Values::now() << customerId;
    if (Status s = Sql::execPositional(q, QStringLiteral("UPDATE customers SET %1 = ?, %2updated_at = ?, "
                                                         "version = version + 1 WHERE id = ?")
                                              .arg(field, retokenize ? QStringLiteral("search_tokens = ?, ") : QString()),
                                       values);
        !s)
        return s;
    return Sql::writeAudit(ctx.db, actor, QStringLiteral("customer"), customerId, QStringLiteral("update"), field, old,
                           newValue.toString());
}

Status SopEngine::checkAction(const Sop::Action &a) const
{
    QSqlQuery q(m_database.connection());
    auto exists = [&q](const QString &sql, qint64 id) {
        return Sql::execPositional(q, sql, {id}) && q.next();
    };
    if (a.kind == QLatin1String("add_tag") || a.kind == QLatin1String("remove_tag")) {
        if (!exists(QStringLiteral("SELECT 1 FROM tags WHERE id = ?"), a.tagId))
            return invalid(tr("The action \"%1\" names tag %2, which does not exist.").arg(a.kind).arg(a.tagId));
    } else if (a.kind == QLatin1String("start_playbook") || a.kind == QLatin1String("stop_playbook")) {
        if (!exists(QStringLiteral("SELECT 1 FROM sop_rules WHERE id = ? AND kind = 'playbook'"), a.ruleId))
            return invalid(tr("The action \"%1\" names playbook %2, which does not exist.").arg(a.kind).arg(a.ruleId));
    } else if (a.kind == QLatin1String("assign_owner")
               || (a.kind == QLatin1String("create_task") && a.assignee == QLatin1String("user"))) {
        if (!exists(QStringLiteral("SELECT 1 FROM users WHERE id = ?"), a.userId))
            return invalid(tr("The action \"%1\" names user %2, who does not exist.").arg(a.kind).arg(a.userId));
    } else if (a.kind == QLatin1String("create_task") && a.assignee == QLatin1String("round_robin")) {
        for (qint64 id : a.userIds)
            if (!exists(QStringLiteral("SELECT 1 FROM users WHERE id = ?"), id))
                return invalid(tr("The round robin of \"create_task\" names user %1, who does not exist.").arg(id));
    } else if (a.kind == QLatin1String("set_field")) {
        if (a.field.startsWith(QLatin1String("custom."))) {
            Result<QVariant> v = FieldService(m_database, m_store).checkedValue(Entity::Customer, a.field.mid(7), a.value);
            if (!v)
                return invalid(tr("The action \"set_field\": %1").arg(v.error().message));
        } else if (!Sop::settableCustomerFields().contains(a.field)) {
            return invalid(tr("The field \"%1\" cannot be set by an SOP rule.").arg(a.field));
        }
    }
    return {};
}

Status SopEngine::validate(const Sop::Definition &d, const QString &kind) const
{
    const bool playbook = kind == QLatin1String("playbook");
    if (!playbook && kind != QLatin1String("rule"))
        return invalid(tr("Unknown SOP rule kind \"%1\" (rule or playbook).").arg(kind));
    if (playbook && (d.steps.isEmpty() || !d.actions.isEmpty()))
        return invalid(tr("A playbook needs steps (and no actions of its own)."));
    if (!playbook && (d.actions.isEmpty() || !d.steps.isEmpty() || !d.stop.isEmpty()))
        return invalid(tr("A rule needs actions (steps and stop conditions are for playbooks)."));
    const Sop::Trigger &t = d.trigger;
    if (t.repeatDays > 0 && t.kind != QLatin1String("segment_entered") && t.kind != QLatin1String("tier_entered")
        && t.kind != QLatin1String("days_since_order") && t.kind != QLatin1String("no_activity"))
        return invalid(tr("\"repeat_days\" is only for the triggers segment_entered, tier_entered, days_since_order "
                          "and no_activity, not \"%1\".")
                           .arg(t.kind));
    if (t.kind == QLatin1String("tag_added")) {
        QSqlQuery q(m_database.connection());
        if (!Sql::execPositional(q, QStringLiteral("SELECT 1 FROM tags WHERE id = ?"), {t.tagId}) || !q.next())
            return invalid(tr("The trigger names tag %1, which does not exist.").arg(t.tagId));
    }
    if (t.kind == QLatin1String("field_changed") || t.kind == QLatin1String("date_approaching")) {
        const bool custom = t.field.startsWith(QLatin1String("custom."));
        if (custom) {
            Result<Record> def = FieldService(m_database, m_store).field(Entity::Customer, t.field.mid(7));
            if (!def)
                return invalid(tr("The trigger names the custom field \"%1\", which does not exist.").arg(t.field));
            if (t.kind == QLatin1String("date_approaching")
                && def->value(QStringLiteral("field_type")).toString() != QLatin1String("date"))
                return invalid(tr("The trigger \"date_approaching\" needs a date field, and \"%1\" is not one.").arg(t.field));
        } else if (t.kind == QLatin1String("date_approaching")) {
            if (t.field != QLatin1String("created_at"))
                return invalid(tr("The trigger \"date_approaching\" needs a date field, and \"%1\" is not one.").arg(t.field));
        } else if (!Sop::settableCustomerFields().contains(t.field) && t.field != QLatin1String("owner_id")) {
            return invalid(tr("The trigger names the field \"%1\", which customers do not have.").arg(t.field));
        }
    }

    Result<SegmentCompiler> compiler = SegmentCompiler::forCustomers(m_database, m_store, QDate::currentDate());
    if (!compiler)
        return compiler.error();
    auto compiles = [&compiler](const Condition &c, const QString &where) -> Status {
        Result<CompiledCondition> r = compiler->compile(c);
        if (!r)
            return invalid(QStringLiteral("%1: %2").arg(where, r.error().message));
        return {};
    };
    if (Status s = compiles(d.conditions, tr("Conditions")); !s)
        return s;
    for (const Sop::Action &a : d.actions)
        if (Status s = checkAction(a); !s)
            return s;
    int n = 0;
    for (const Sop::Step &step : d.steps) {
        ++n;
        if (step.actions.isEmpty())
            return invalid(tr("Step %1 has no actions.").arg(n));
        for (const Sop::Action &a : step.actions)
            if (Status s = checkAction(a); !s)
                return invalid(tr("Step %1: %2").arg(n).arg(s.error().message));
        for (const Sop::StepGuard &g : step.onlyIf) {
            if (g.kind == QLatin1String("condition")) {
                if (Status s = compiles(g.condition, tr("Step %1").arg(n)); !s)
                    return s;
            } else if (g.step < 1 || g.step >= n) {
                // Only an earlier step has fired when this one is due.
                return invalid(tr("Step %1: a guard can only refer to an earlier step, not to step %2.").arg(n).arg(g.step));
            }
        }
    }
    for (const Sop::StopCondition &s : d.stop) {
        if (s.kind == QLatin1String("left_segment") && t.kind != QLatin1String("segment_entered")
            && t.kind != QLatin1String("tier_entered"))
            return invalid(tr("The stop condition \"left_segment\" needs a segment_entered or tier_entered trigger."));
        if (s.kind == QLatin1String("condition"))
            if (Status st = compiles(s.condition, tr("Stop condition")); !st)
                return st;
    }
    return {};
}

} // namespace Patron
