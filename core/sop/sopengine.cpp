// The SOP run: RFM refresh, conditions, rules and playbooks (occurrences: sopoccurrences.cpp).
// Actions and validation: sopactions.cpp. Semantics: docs/design-notes.md "SOP rules".
#include "sopengine_p.h"

#include "rfm/rfmengine.h"
#include "rfm/rfmsettings.h"
#include "segments/segmentcompiler.h"
#include "segments/segmentservice.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "util/sqlutil.h"
#include "util/values.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>
#include <tuple>

namespace Patron {

using namespace SopDetail;

namespace {

/// Firings per write transaction: short enough that a save elsewhere never waits long.
constexpr int kBatch = 500;

} // namespace


Result<QSqlQuery *> SopEngine::RunContext::exec(const QString &sql, const QVariantList &values, QSqlError *error)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(db);
        if (!q.prepare(sql))
            return Sql::queryError(q);
        it = m_statements.emplace(sql, q).first;
    }
    QSqlQuery *q = &it->second;
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (!q->exec()) {
        const Error e = Sql::queryError(*q);
        if (error)
            *error = q->lastError();
        q->finish();
        return e;
    }
    return q;
}

SopEngine::SopEngine(Database &database, RecordStore &store)
    : m_database(database)
    , m_store(store)
{
}

Result<bool> SopEngine::rfmInputsChanged(const RfmSnapshotInfo &snapshot, const RfmSettings &settings, RunContext &ctx)
{
    // Only what RFM values depend on (DESIGN.md "RFM"): the orders, which customers are
    // in the trash, and the settings. Not any customer edit: the engine's own set_field or
    // assign_owner would otherwise make every run after one that fired recompute the whole
    // snapshot.
    if (!(snapshot.settings == settings))
        return true;
    const QString computed = snapshot.computedAt;
    QSqlQuery q(ctx.db);
    q.setForwardOnly(true);
    // Orders added or changed (orders_updated_ix), orders or customers deleted (their audit
    // rows; an undone import deletes without them), and customers created, trashed or
    // restored since: changed rows whose trash state disagrees with the snapshot's rows.
    const QString sql = QStringLiteral(
        "SELECT CASE WHEN EXISTS (SELECT 1 FROM orders WHERE updated_at > :at) "
        "OR EXISTS (SELECT 1 FROM audit_log WHERE entity IN ('order', 'customer') AND action = 'delete' "
        "AND field = '' AND changed_at > :at) "
        "OR EXISTS (SELECT 1 FROM import_batches WHERE undone_at > :at) "
        "OR EXISTS (SELECT 1 FROM customers c WHERE c.updated_at > :at AND (CASE WHEN c.deleted_at IS NULL "
        "THEN 1 ELSE 0 END) <> (CASE WHEN EXISTS (SELECT 1 FROM rfm_values v WHERE v.snapshot_id = :snap "
        "AND v.customer_id = c.id) THEN 1 ELSE 0 END)) THEN 1 ELSE 0 END");
    if (Status s = Sql::exec(q, sql, {{QStringLiteral(":at"), computed}, {QStringLiteral(":snap"), snapshot.id}}); !s)
        return s.error();
    return q.next() && q.value(0).toInt() != 0;
}

Status SopEngine::refreshSnapshot(RunContext &ctx, SopRunReport &report)
{
    RfmEngine rfm(m_database);
    Result<std::optional<RfmSnapshotInfo>> current = rfm.currentSnapshot();
    if (!current)
        return current.error();
    Result<RfmSettings> settings = RfmSettings::load(m_database);
    if (!settings)
        return settings.error();
    ctx.labels = settings->labels;
    bool stale = !current->has_value() || current->value().asOf < Values::storeDate(ctx.day);
    if (!stale && current->value().asOf == Values::storeDate(ctx.day)) {
        Result<bool> changed = rfmInputsChanged(current->value(), settings.value(), ctx);
        if (!changed)
            return changed.error();
        stale = changed.value();
    }
    if (current->has_value()) {
        ctx.snapshotId = current->value().id;
        ctx.snapshotAsOf = current->value().asOf;
        ctx.snapshotWindow = current->value().windowDays;
        ctx.snapshotCurrent = !stale;
    }
    // A snapshot newer than the as-of day stays current (it cannot be replaced by an older one).
    if (!stale)
        return {};
    if (ctx.dryRun) {
        // What the as-of day's snapshot would be, unpublished: invisible to every other
        // reader, and run() discards it when the dry run ends, however it ends.
        Result<RfmSnapshotInfo> preview = rfm.computeUnpublished(settings.value(), ctx.day);
        if (!preview)
            return preview.error();
        ctx.snapshotId = ctx.previewSnapshotId = preview->id;
        ctx.snapshotAsOf = preview->asOf;
        ctx.snapshotWindow = preview->windowDays;
        ctx.snapshotCurrent = true;
        return {};
    }
    Result<RfmSnapshotInfo> snap = rfm.compute(settings.value(), ctx.day);
    if (!snap)
        return snap.error();
    ctx.snapshotId = snap->id;
    ctx.snapshotAsOf = snap->asOf;
    ctx.snapshotWindow = snap->windowDays;
    ctx.snapshotCurrent = true;
    report.snapshotRefreshed = true;
    Result<TagRefreshStats> tags = SegmentService::refreshAfterSnapshot(m_database, settings->labels, ctx.day);
    if (!tags)
        return tags.error();
    return {};
}

Result<SopRunReport> SopEngine::run(const SopRunOptions &options)
{
    RunContext ctx;
    ctx.asOf = options.asOf.isValid() ? options.asOf : QDateTime::currentDateTime();
    ctx.asOf = QDateTime(ctx.asOf.date(), QTime(ctx.asOf.time().hour(), ctx.asOf.time().minute(), ctx.asOf.time().second()));
    ctx.day = ctx.asOf.date();
    ctx.asOfText = Values::storeDateTime(ctx.asOf);
    ctx.runAt = Values::now();
    ctx.dryRun = options.dryRun;
    ctx.db = m_database.connection();
    bool ok = false;
    const int lookback = m_database.setting(LookbackKey).toInt(&ok);
    ctx.lookback = ok ? qBound(1, lookback, 366) : kDefaultLookback;

    SopRunReport report;
    report.asOf = ctx.asOf;
    report.dryRun = ctx.dryRun;

    SopService service(m_database, m_store);
    if (options.adhocRule && !options.dryRun)
        return makeError(Error::Invalid, tr("An unsaved SOP rule can only be run as a dry run."));
    Result<QList<SopRule>> all = options.adhocRule ? Result<QList<SopRule>>(QList<SopRule>{*options.adhocRule})
                                                   : service.rules();
    QList<SopRule> rules;
    if (options.adhocRule) {
        rules = all.value();
    } else if (all) {
        for (const SopRule &r : all.value()) {
            if (options.onlyRuleId ? r.id == options.onlyRuleId : r.enabled)
                rules << r;
        }
    } else {
        // One unreadable definition must not stop the others: read the rows one by one.
        QSqlQuery q(ctx.db);
        if (Status s = Sql::exec(q, QStringLiteral("SELECT id, name, enabled FROM sop_rules ORDER BY position, id")); !s)
            return s.error();
        QList<std::tuple<qint64, QString, bool>> rows;
        while (q.next())
            rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt() != 0});
        for (const auto &[id, name, enabled] : rows) {
            if (options.onlyRuleId ? id != options.onlyRuleId : !enabled)
                continue;
            Result<SopRule> r = service.rule(id);
            if (r) {
                rules << r.value();
            } else {
                SopRuleReport bad;
                bad.ruleId = id;
                bad.name = name;
                bad.error = r.error().message;
                report.rules << bad;
            }
        }
    }
    if (options.onlyRuleId && rules.isEmpty() && report.rules.isEmpty())
        return makeError(Error::NotFound, tr("There is no SOP rule %1.").arg(options.onlyRuleId));
    if (options.onlyRuleId && !options.dryRun && !rules.isEmpty() && !rules.first().enabled)
        return makeError(Error::Invalid, tr("The SOP rule %1 is disabled; enable it first or use a dry run.")
                                             .arg(options.onlyRuleId));
    // Rules before playbooks, so a playbook a rule starts takes its first step in the same run.
    std::stable_sort(rules.begin(), rules.end(), [](const SopRule &a, const SopRule &b) {
        return a.kind == QLatin1String("rule") && b.kind != QLatin1String("rule");
    });

    // A dry run's unpublished snapshot goes when the run ends: done, failed or cancelled.
    struct DiscardPreview
    {
        Database &database;
        const RunContext &ctx;
        ~DiscardPreview() { RfmEngine(database).discardUnpublished(ctx.previewSnapshotId); }
    } discardPreview{m_database, ctx};

    QElapsedTimer timer;
    timer.start();
    if (Status s = refreshSnapshot(ctx, report); !s)
        report.snapshotError = s.error().message;
    report.snapshotId = ctx.snapshotId;
    report.snapshotMs = timer.restart();

    int done = 0;
    for (const SopRule &rule : std::as_const(rules)) {
        if (options.progress && !options.progress(int(100 * done / qMax<qsizetype>(1, rules.size()))))
            return makeError(Error::Cancelled, tr("The SOP run was cancelled."));
        ++done;
        SopRuleReport r;
        r.ruleId = rule.id;
        r.name = rule.name;
        QElapsedTimer ruleTimer;
        ruleTimer.start();
        const Status s = rule.kind == QLatin1String("playbook") ? runPlaybook(rule, ctx, r) : runRule(rule, ctx, r);
        if (!s)
            r.error = s.error().message;
        r.ms = ruleTimer.elapsed();
        report.rules << r;
    }
    report.evaluateMs = timer.elapsed();
    if (options.progress)
        options.progress(100);
    return report;
}

Result<QList<SopEngine::Target>> SopEngine::candidates(const SopRule &rule, RunContext &ctx)
{
    if (Status s = collectOccurrences(rule, ctx); !s)
        return s.error();
    {
        // Occurrences that already fired go first (collectOccurrences leaves most out as it
        // reads them; date_approaching's come in unfiltered): the conditions, often
        // correlated subqueries, are then evaluated only for the few new ones.
        QSqlQuery q(ctx.db);
        if (Status s = Sql::exec(q, QStringLiteral("DELETE FROM sop_occ WHERE EXISTS (SELECT 1 FROM sop_journal j "
                                                   "WHERE j.rule_id = :rule AND j.step = 0 AND j.customer_id = sop_occ.customer_id "
                                                   "AND j.occurrence = sop_occ.occurrence AND j.result = 'ok')"),
                                 {{QStringLiteral(":rule"), rule.id}});
            !s)
            return s.error();
    }
    const Condition &cond = rule.definition.conditions;
    Result<SegmentCompiler> compiler = SegmentCompiler::forCustomers(m_database, m_store, ctx.day, &cond);
    if (!compiler)
        return compiler.error();
    compiler.value().setBindPrefix(QStringLiteral(":sc"));
    compiler.value().setRfmSnapshot(ctx.previewSnapshotId);
    Result<CompiledCondition> compiled = compiler->compile(cond);
    if (!compiled)
        return compiled.error();
    QVariantMap binds = compiled->binds;
    binds.insert(QStringLiteral(":rule"), rule.id);
    binds.insert(QStringLiteral(":snap"), ctx.snapshotId);
    QString sql = QStringLiteral(
                      "SELECT k.customer_id, k.occurrence, COALESCE(c.code, ''), c.name, COALESCE(c.owner_id, 0), "
                      "COALESCE(u.display_name, ''), COALESCE(u.manager_id, 0), COALESCE(v.segment, '') "
                      "FROM sop_occ k JOIN customers c ON c.id = k.customer_id LEFT JOIN users u ON u.id = c.owner_id "
                      "LEFT JOIN rfm_values v ON v.snapshot_id = :snap AND v.customer_id = c.id "
                      "WHERE c.deleted_at IS NULL AND c.archived = 0 AND (%1) AND NOT EXISTS (SELECT 1 FROM sop_journal j "
                      "WHERE j.rule_id = :rule AND j.step = 0 AND j.customer_id = k.customer_id "
                      "AND j.occurrence = k.occurrence AND j.result = 'ok')")
                      .arg(compiled->sql);
    if (rule.kind == QLatin1String("playbook"))
        // One running playbook per customer: a new occurrence while one runs does not start another.
        sql += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM sop_playbook_runs p WHERE p.rule_id = :rule "
                              "AND p.customer_id = k.customer_id AND (p.status = 'running' OR p.occurrence = k.occurrence))");
    sql += QStringLiteral(" ORDER BY k.customer_id, k.occurrence");
    QSqlQuery q(ctx.db);
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q, sql, binds); !s)
        return s.error();
    QList<Target> out;
    while (q.next()) {
        Target t;
        t.customerId = q.value(0).toLongLong();
        t.occurrence = q.value(1).toString();
        t.code = q.value(2).toString();
        t.name = q.value(3).toString();
        t.ownerId = q.value(4).toLongLong();
        t.ownerName = q.value(5).toString();
        t.managerId = q.value(6).toLongLong();
        t.segment = q.value(7).toString();
        out << t;
    }
    return out;
}

namespace {

/// A write transaction in which every firing is a savepoint: one customer's failure rolls
/// back just its own changes.
class Batch
{
public:
    explicit Batch(const Database &database) : m_database(database) {}

    Status begin()
    {
        if (m_tx)
            return {};
        m_tx = std::make_unique<Transaction>(m_database);
        if (!m_tx->isActive())
            return m_tx->error();
        return {};
    }
    QSqlDatabase db() const { return m_tx->connection(); }
    Status savepoint() { return exec(m_savepoint, QStringLiteral("SAVEPOINT sop_firing")); }
    Status release() { return exec(m_release, QStringLiteral("RELEASE SAVEPOINT sop_firing")); }
    Status rollbackToSavepoint()
    {
        Status s = exec(m_rollback, QStringLiteral("ROLLBACK TO SAVEPOINT sop_firing"));
        return s ? release() : s;
    }
    /// Commits after every kBatch firings (and at the end).
    Status tick(bool force = false)
    {
        if (!m_tx || (!force && ++m_count < kBatch))
            return {};
        m_count = 0;
        Status s = m_tx->commit();
        m_tx.reset();
        return s;
    }

private:
    /// Two statements per firing: on SQLite prepared once per batch object and reused;
    /// not prepared on PostgreSQL, which cannot prepare SAVEPOINT statements.
    Status exec(std::optional<QSqlQuery> &q, const QString &sql)
    {
        if (!q)
            q.emplace(m_tx->connection());
        bool ok = false;
        if (m_database.backend() == Backend::SQLite) {
            ok = (q->lastQuery() == sql || q->prepare(sql)) && q->exec();
            if (ok)
                q->finish();
        } else {
            ok = q->exec(sql);
        }
        return ok ? Status() : Status(Sql::queryError(*q));
    }
    const Database &m_database;
    std::unique_ptr<Transaction> m_tx;
    std::optional<QSqlQuery> m_savepoint, m_release, m_rollback;
    int m_count = 0;
};

QString describeAll(const QList<Sop::Action> &actions, const SopEngine::Target &t, const RfmLabels &labels)
{
    QStringList parts;
    for (const Sop::Action &a : actions)
        parts << Sop::describeAction(a, t, labels);
    return parts.join(QStringLiteral("; "));
}

SopFiring firing(const SopRule &rule, int step, const SopEngine::Target &t, const QString &what, bool error = false)
{
    SopFiring f;
    f.ruleId = rule.id;
    f.step = step;
    f.customerId = t.customerId;
    f.customerCode = t.code;
    f.customerName = t.name;
    f.occurrence = t.occurrence;
    f.what = what;
    f.error = error;
    return f;
}

QJsonObject errorDetail(const QString &message)
{
    QJsonObject o;
    o.insert(QLatin1String("error"), message);
    return o;
}

} // namespace

Status SopEngine::journal(const QSqlDatabase &db, qint64 ruleId, int step, qint64 customerId, const QString &occurrence,
                          const QString &result, const QJsonObject &detail, RunContext &ctx, bool *duplicate)
{
    Q_UNUSED(db); // the run's connection, which ctx.exec uses
    const QString sql = QStringLiteral("INSERT INTO sop_journal (rule_id, step, customer_id, occurrence, as_of, run_at, "
                                       "result, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    QSqlError error;
    Result<QSqlQuery *> q = ctx.exec(sql, {ruleId, step, customerId, occurrence, ctx.asOfText, ctx.runAt, result,
                                           QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))},
                                     &error);
    if (!q) {
        if (duplicate && m_database.dialect().isUniqueViolation(error))
            *duplicate = true;
        return q.error();
    }
    q.value()->finish();
    return {};
}

Status SopEngine::journalFailure(const QSqlDatabase &db, const SopRule &rule, const Target &t, const QString &message,
                                 RunContext &ctx, SopRuleReport &report)
{
    if (Status j = journal(db, rule.id, 0, t.customerId, t.occurrence, QStringLiteral("error"), errorDetail(message), ctx);
        !j)
        return j;
    ++report.errors;
    report.firings << firing(rule, 0, t, message, true);
    return {};
}

Status SopEngine::runRule(const SopRule &rule, RunContext &ctx, SopRuleReport &report)
{
    Result<QList<Target>> targets = candidates(rule, ctx);
    if (!targets)
        return targets.error();
    if (ctx.dryRun) {
        for (const Target &t : targets.value())
            report.firings << firing(rule, 0, t, describeAll(rule.definition.actions, t, ctx.labels));
        report.fired = int(targets->size());
        return {};
    }
    Batch batch(m_database);
    for (const Target &t : targets.value()) {
        if (Status s = batch.begin(); !s)
            return s;
        QSqlDatabase db = batch.db();
        if (Status s = batch.savepoint(); !s)
            return s;
        Result<QJsonObject> detail = execute(rule.definition.actions, rule, 0, t, ctx);
        bool duplicate = false;
        Status s = detail ? journal(db, rule.id, 0, t.customerId, t.occurrence, QStringLiteral("ok"), detail.value(), ctx,
                                    &duplicate)
                          : Status(detail.error());
        if (s) {
            if (Status r = batch.release(); !r)
                return r;
            ++report.fired;
            report.firings << firing(rule, 0, t, describeAll(rule.definition.actions, t, ctx.labels));
        } else {
            if (Status r = batch.rollbackToSavepoint(); !r)
                return r;
            if (!duplicate) { // another run fired it meanwhile: nothing to say
                if (Status j = journalFailure(db, rule, t, s.error().message, ctx, report); !j)
                    return j;
            }
        }
        if (Status c = batch.tick(); !c)
            return c;
    }
    return batch.tick(true);
}

Result<bool> SopEngine::conditionHolds(const Condition &condition, qint64 customerId, RunContext &ctx)
{
    Result<SegmentCompiler> compiler = SegmentCompiler::forCustomers(m_database, m_store, ctx.day, &condition);
    if (!compiler)
        return compiler.error();
    compiler.value().setBindPrefix(QStringLiteral(":sc"));
    compiler.value().setRfmSnapshot(ctx.previewSnapshotId);
    Result<CompiledCondition> compiled = compiler->compile(condition);
    if (!compiled)
        return compiled.error();
    QVariantMap binds = compiled->binds;
    binds.insert(QStringLiteral(":cid"), customerId);
    QSqlQuery q(ctx.db);
    if (Status s = Sql::exec(q, QStringLiteral("SELECT 1 FROM customers c WHERE c.id = :cid AND (%1)").arg(compiled->sql),
                             binds);
        !s)
        return s.error();
    return q.next();
}

Result<QString> SopEngine::stopReason(const SopRule &rule, const Target &target, RunContext &ctx)
{
    const Sop::Trigger &trigger = rule.definition.trigger;
    for (const Sop::StopCondition &stop : rule.definition.stop) {
        if (stop.kind == QLatin1String("ordered_again")) {
            // A counted order dated after the day the playbook started, up to the as-of day.
            QSqlQuery q(ctx.db);
            if (Status s = Sql::execPositional(q, QStringLiteral("SELECT 1 FROM orders WHERE customer_id = ? AND %1 "
                                                                 "AND ordered_at >= ? AND ordered_at < ?")
                                                      .arg(kCounted),
                                               {target.customerId, Values::storeDate(Values::parseStoredDateTime(target.runStartedAt).date().addDays(1)),
                                                Values::storeDate(ctx.day.addDays(1))});
                !s)
                return s.error();
            if (q.next())
                return stop.kind;
        } else if (stop.kind == QLatin1String("left_segment")) {
            QSqlQuery q(ctx.db);
            if (Status s = Sql::execPositional(q, QStringLiteral("SELECT segment, tier FROM rfm_values WHERE snapshot_id = ? "
                                                                 "AND customer_id = ?"),
                                               {ctx.snapshotId, target.customerId});
                !s)
                return s.error();
            const QString now = q.next() ? q.value(isTierKind(trigger.kind) ? 1 : 0).toString() : QString();
            const bool inIt = trigger.values.isEmpty() ? !now.isEmpty() : trigger.values.contains(now);
            if (!inIt)
                return stop.kind;
        } else if (stop.kind == QLatin1String("condition")) {
            Result<bool> holds = conditionHolds(stop.condition, target.customerId, ctx);
            if (!holds)
                return holds.error();
            if (holds.value())
                return stop.kind;
        }
    }
    return QString();
}

Result<QString> SopEngine::failedGuard(const SopRule &rule, const Sop::Step &step, const Target &target, RunContext &ctx)
{
    for (const Sop::StepGuard &g : step.onlyIf) {
        if (g.kind == QLatin1String("condition")) {
            Result<bool> holds = conditionHolds(g.condition, target.customerId, ctx);
            if (!holds)
                return holds.error();
            if (!holds.value())
                return g.kind;
            continue;
        }
        // When step N fired: the as-of time of its journal row in this playbook run.
        QSqlQuery q(ctx.db);
        if (Status s = Sql::execPositional(q, QStringLiteral("SELECT MIN(as_of) FROM sop_journal WHERE rule_id = ? AND step = ? "
                                                             "AND customer_id = ? AND occurrence = ? AND result = 'ok'"),
                                           {rule.id, g.step, target.customerId, target.occurrence});
            !s)
            return s.error();
        const QString since = q.next() ? q.value(0).toString() : QString();
        q.finish();
        if (since.isEmpty())
            continue; // that step never fired (dry run of a new run): nothing happened since
        if (g.kind == QLatin1String("no_activity_since_step")) {
            if (Status s = Sql::execPositional(q, QStringLiteral("SELECT 1 FROM activities WHERE customer_id = ? "
                                                                 "AND occurred_at > ? AND occurred_at < ?"),
                                               {target.customerId, since, Values::storeDate(ctx.day.addDays(1))});
                !s)
                return s.error();
        } else {
            if (Status s = Sql::execPositional(q, QStringLiteral("SELECT 1 FROM orders WHERE customer_id = ? AND %1 "
                                                                 "AND ordered_at >= ? AND ordered_at < ?")
                                                      .arg(kCounted),
                                               {target.customerId, Values::storeDate(Values::parseStoredDateTime(since).date().addDays(1)),
                                                Values::storeDate(ctx.day.addDays(1))});
                !s)
                return s.error();
        }
        if (q.next())
            return g.kind;
    }
    return QString();
}

Result<bool> SopEngine::advance(const SopRule &rule, Target &target, int stepNo, RunContext &ctx, SopRuleReport &report)
{
    const QList<Sop::Step> &steps = rule.definition.steps;
    if (stepNo < 1 || stepNo > steps.size())
        return false;
    const Sop::Step &step = steps.at(stepNo - 1);
    const QDate started = Values::parseStoredDateTime(target.runStartedAt).date();
    if (started.addDays(step.day) > ctx.day)
        return false; // not due yet
    QSqlDatabase db = ctx.db;
    const bool last = stepNo == steps.size();

    // Stop conditions are checked before each step.
    Result<QString> stop = stopReason(rule, target, ctx);
    if (!stop)
        return stop.error();
    if (!stop->isEmpty()) {
        report.firings << firing(rule, stepNo, target, tr("stopped: %1").arg(stop.value()));
        if (ctx.dryRun)
            return false;
        QSqlQuery q(db);
        if (Status s = Sql::execPositional(q, QStringLiteral("UPDATE sop_playbook_runs SET status = 'stopped', stop_reason = ?, "
                                                             "ended_at = ? WHERE id = ?"),
                                           {stop.value(), ctx.asOfText, target.runId});
            !s)
            return s.error();
        QJsonObject detail;
        detail.insert(QLatin1String("kind"), QStringLiteral("stopped"));
        detail.insert(QLatin1String("reason"), stop.value());
        if (Status s = journal(db, rule.id, stepNo, target.customerId, target.occurrence, QStringLiteral("ok"), detail, ctx);
            !s)
            return s.error();
        return false;
    }

    Result<QString> guard = failedGuard(rule, step, target, ctx);
    if (!guard)
        return guard.error();
    QJsonObject detail;
    if (!guard->isEmpty()) {
        // A step whose guard fails is skipped (and journalled); the playbook goes on.
        report.firings << firing(rule, stepNo, target, tr("skipped: %1").arg(guard.value()));
        detail.insert(QLatin1String("kind"), QStringLiteral("skipped"));
        detail.insert(QLatin1String("guard"), guard.value());
    } else {
        report.firings << firing(rule, stepNo, target, describeAll(step.actions, target, ctx.labels));
        ++report.fired;
        if (!ctx.dryRun) {
            Result<QJsonObject> done = execute(step.actions, rule, stepNo, target, ctx);
            if (!done)
                return done.error();
            detail = done.value();
        }
    }
    if (ctx.dryRun)
        return !last;
    if (Status s = journal(db, rule.id, stepNo, target.customerId, target.occurrence, QStringLiteral("ok"), detail, ctx); !s)
        return s.error();
    QSqlQuery q(db);
    const QString sql = last ? QStringLiteral("UPDATE sop_playbook_runs SET next_step = ?, status = 'done', ended_at = ? WHERE id = ?")
                             : QStringLiteral("UPDATE sop_playbook_runs SET next_step = ?, ended_at = ? WHERE id = ?");
    if (Status s = Sql::execPositional(q, sql, {stepNo + 1, last ? QVariant(ctx.asOfText) : QVariant(QMetaType::fromType<QString>()),
                                                target.runId});
        !s)
        return s.error();
    return !last;
}

Status SopEngine::runPlaybook(const SopRule &rule, RunContext &ctx, SopRuleReport &report)
{
    // 1. New runs for the trigger's occurrences that pass the conditions.
    Result<QList<Target>> starts = candidates(rule, ctx);
    if (!starts)
        return starts.error();
    QList<Target> runs;
    Batch batch(m_database);
    for (Target t : starts.value()) {
        t.runStartedAt = ctx.asOfText;
        report.firings << firing(rule, 0, t, tr("start playbook"));
        if (ctx.dryRun) {
            runs << t; // its due steps are previewed below
            continue;
        }
        if (Status s = batch.begin(); !s)
            return s;
        if (Status s = batch.savepoint(); !s)
            return s;
        QSqlQuery q(batch.db());
        Status s = Sql::execPositional(q, QStringLiteral("INSERT INTO sop_playbook_runs (rule_id, customer_id, occurrence, "
                                                         "started_at, next_step, status) VALUES (?, ?, ?, ?, 1, 'running') "
                                                         "RETURNING id"),
                                       {rule.id, t.customerId, t.occurrence, ctx.asOfText});
        if (s && q.next())
            t.runId = q.value(0).toLongLong();
        q.finish();
        QJsonObject detail;
        detail.insert(QLatin1String("kind"), QStringLiteral("start_playbook"));
        detail.insert(QLatin1String("run_id"), double(t.runId));
        bool duplicate = false;
        if (s)
            s = journal(batch.db(), rule.id, 0, t.customerId, t.occurrence, QStringLiteral("ok"), detail, ctx, &duplicate);
        if (s) {
            if (Status r = batch.release(); !r)
                return r;
        } else {
            if (Status r = batch.rollbackToSavepoint(); !r)
                return r;
            report.firings.removeLast();
            if (!duplicate) {
                if (Status j = journalFailure(batch.db(), rule, t, s.error().message, ctx, report); !j)
                    return j;
            }
        }
        if (Status c = batch.tick(); !c)
            return c;
    }
    if (Status c = batch.tick(true); !c)
        return c;

    // 2. Every running run (the new ones too) takes the steps that are due, in order.
    // (A dry run previews the new runs it would start and the due steps of running ones.)
    if (!ctx.dryRun)
        runs.clear();
    {
        // Only runs whose next step is due (started on or before the as-of day minus that
        // step's day): a run waiting for its next step does nothing, not even check its stop
        // conditions, so most running runs are not read at all.
        QVariantList binds{ctx.snapshotId, rule.id};
        QStringList due;
        for (qsizetype i = 0; i < rule.definition.steps.size(); ++i) {
            due << QStringLiteral("WHEN %1 THEN CAST(? AS TEXT)").arg(i + 1);
            binds << Values::storeDate(ctx.day.addDays(1 - rule.definition.steps.at(i).day));
        }
        QSqlQuery q(ctx.db);
        q.setForwardOnly(true);
        if (Status s = Sql::execPositional(
                q, QStringLiteral("SELECT p.id, p.customer_id, p.occurrence, p.started_at, p.next_step, COALESCE(c.code, ''), "
                                  "c.name, COALESCE(c.owner_id, 0), COALESCE(u.display_name, ''), COALESCE(u.manager_id, 0), "
                                  "COALESCE(v.segment, '') FROM sop_playbook_runs p JOIN customers c ON c.id = p.customer_id "
                                  "LEFT JOIN users u ON u.id = c.owner_id LEFT JOIN rfm_values v ON v.snapshot_id = ? "
                                  "AND v.customer_id = c.id WHERE p.rule_id = ? AND p.status = 'running' "
                                  "AND c.deleted_at IS NULL AND p.started_at < CASE p.next_step %1 ELSE p.started_at || 'x' END "
                                  "ORDER BY p.id")
                       .arg(due.join(QLatin1Char(' '))),
                binds);
            !s)
            return s;
        while (q.next()) {
            Target t;
            t.runId = q.value(0).toLongLong();
            t.customerId = q.value(1).toLongLong();
            t.occurrence = q.value(2).toString();
            t.runStartedAt = q.value(3).toString();
            t.code = q.value(5).toString();
            t.name = q.value(6).toString();
            t.ownerId = q.value(7).toLongLong();
            t.ownerName = q.value(8).toString();
            t.managerId = q.value(9).toLongLong();
            t.segment = q.value(10).toString();
            t.nextStep = q.value(4).toInt();
            runs << t;
        }
    }
    for (Target t : std::as_const(runs)) {
        for (int step = t.nextStep; step <= rule.definition.steps.size(); ++step) {
            // Each step is its own savepoint: a failing step rolls back only itself, is
            // journalled as an error and tried again by a later run.
            if (!ctx.dryRun) {
                if (Status s = batch.begin(); !s)
                    return s;
                if (Status s = batch.savepoint(); !s)
                    return s;
            }
            const qsizetype before = report.firings.size();
            const int firedBefore = report.fired;
            Result<bool> goOn = advance(rule, t, step, ctx, report);
            if (goOn) {
                if (!ctx.dryRun) {
                    if (Status r = batch.release(); !r)
                        return r;
                    if (Status c = batch.tick(); !c)
                        return c;
                }
                if (!goOn.value())
                    break;
                continue;
            }
            report.firings.resize(before);
            report.fired = firedBefore;
            ++report.errors;
            report.firings << firing(rule, step, t, goOn.error().message, true);
            if (!ctx.dryRun) {
                if (Status r = batch.rollbackToSavepoint(); !r)
                    return r;
                if (Status j = journal(batch.db(), rule.id, step, t.customerId, t.occurrence, QStringLiteral("error"),
                                       errorDetail(goOn.error().message), ctx);
                    !j)
                    return j;
            }
            break;
        }
    }
    return batch.tick(true);
}

} // namespace Patron
