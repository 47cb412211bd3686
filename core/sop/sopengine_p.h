#pragma once

#include "sopservice.h"

#include "rfm/rfmtypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>

namespace Patron {

/// Small helpers of the engine's translation units (sopengine, sopoccurrences, sopactions).
namespace SopDetail {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("Patron::SopEngine", text);
}

inline const QString kCounted = QStringLiteral("status NOT IN ('cancelled', 'refunded')");

inline qint64 dayNumber(const QDate &d)
{
    return QDate(1970, 1, 1).daysTo(d);
}

inline bool isEnteredKind(const QString &kind)
{
    return kind == QLatin1String("segment_entered") || kind == QLatin1String("tier_entered");
}

inline bool isTierKind(const QString &kind)
{
    return kind.startsWith(QLatin1String("tier_"));
}

} // namespace SopDetail

class Database;
class RecordStore;
struct RfmSettings;
struct RfmSnapshotInfo;

/// The SOP engine behind SopService::run() and validate() (semantics: docs/design-notes.md
/// "SOP rules"). Works over the calling thread's connection.
class SopEngine
{
public:
    SopEngine(Database &database, RecordStore &store);

    Status validate(const Sop::Definition &definition, const QString &kind) const;
    Result<SopRunReport> run(const SopRunOptions &options);

    /// Days before the as-of date an occurrence may lie and still fire (settings key
    /// "sop.lookback_days", default 7).
    static inline const QString LookbackKey = QStringLiteral("sop.lookback_days");
    static constexpr int kDefaultLookback = 7;

    /// One customer a rule fires for (or a playbook run a step fires in).
    struct Target
    {
        qint64 customerId = 0;
        QString occurrence;
        QString code, name;
        qint64 ownerId = 0;
        QString ownerName;
        qint64 managerId = 0;
        QString segment;
        qint64 runId = 0;
        QString runStartedAt;
        int nextStep = 1;
    };

private:
    struct RunContext;

    Status refreshSnapshot(RunContext &ctx, SopRunReport &report);
    /// Whether a snapshot of the as-of day is out of date: orders, trash state or RFM
    /// settings changed since it was computed.
    Result<bool> rfmInputsChanged(const RfmSnapshotInfo &snapshot, const RfmSettings &settings, RunContext &ctx);
    /// Fills the temporary table sop_occ with the (customer, occurrence) pairs of a
    /// trigger as of the run.
    Status collectOccurrences(const SopRule &rule, RunContext &ctx);
    /// The occurrences that pass the conditions and have not fired yet, with what the
    /// actions need to know about the customer.
    Result<QList<Target>> candidates(const SopRule &rule, RunContext &ctx);

    Status runRule(const SopRule &rule, RunContext &ctx, SopRuleReport &report);
    Status runPlaybook(const SopRule &rule, RunContext &ctx, SopRuleReport &report);
    /// Fires one step of a running playbook (or stops it / skips the step); returns
    /// false when the run is not to go on (stopped, waiting, done).
    Result<bool> advance(const SopRule &rule, Target &target, int stepNo, RunContext &ctx, SopRuleReport &report);
    Result<QString> stopReason(const SopRule &rule, const Target &target, RunContext &ctx);
    Result<QString> failedGuard(const SopRule &rule, const Sop::Step &step, const Target &target, RunContext &ctx);
    Result<bool> conditionHolds(const Condition &condition, qint64 customerId, RunContext &ctx);

    /// Runs actions for one target inside the open transaction; returns the journal detail.
    Result<QJsonObject> execute(const QList<Sop::Action> &actions, const SopRule &rule, int step,
                                const Target &target, RunContext &ctx);
    Result<QJsonObject> executeOne(const Sop::Action &action, const SopRule &rule, int step, const Target &target,
                                   RunContext &ctx);
    Status setField(const QString &field, const QString &value, qint64 customerId, RunContext &ctx);
    /// Journals a firing that failed (result 'error', retried by a later run) and counts it.
    Status journalFailure(const QSqlDatabase &db, const SopRule &rule, const Target &t, const QString &message,
                          RunContext &ctx, SopRuleReport &report);
    Status journal(const QSqlDatabase &db, qint64 ruleId, int step, qint64 customerId, const QString &occurrence,
                   const QString &result, const QJsonObject &detail, RunContext &ctx, bool *duplicate = nullptr);

    Status checkAction(const Sop::Action &action) const;

    Database &m_database;
    RecordStore &m_store;
};

/// What one run knows while it goes through the rules.
struct SopEngine::RunContext
{
    QDateTime asOf;
    QDate day;
    QString asOfText;   ///< "YYYY-MM-DDTHH:MM:SS"
    QString runAt;      ///< wall clock
    bool dryRun = false;
    int lookback = SopEngine::kDefaultLookback;
    qint64 snapshotId = 0;
    QString snapshotAsOf;  ///< "YYYY-MM-DD" of the current snapshot
    /// A dry run's unpublished snapshot of the as-of day (0: none; then snapshotId is the
    /// current one): conditions on rfm.* read it, and run() deletes it at the end.
    qint64 previewSnapshotId = 0;
    int snapshotWindow = 0; ///< its RFM window in days (0: all history)
    bool snapshotCurrent = false; ///< it holds every order and customer as they are now
    RfmLabels labels;
    QSqlDatabase db;
    bool tempReady = false;

    /// Executes a statement of the per-firing kind with positional values, prepared once
    /// per run on db and reused: no parse per firing (on PostgreSQL no PREPARE and
    /// DEALLOCATE round trips either). The query is only valid until the next call with the
    /// same SQL; finish() it once its rows are read.
    /// On failure *error (when given) receives the driver's error.
    Result<QSqlQuery *> exec(const QString &sql, const QVariantList &values, QSqlError *error = nullptr);

private:
    std::map<QString, QSqlQuery> m_statements; // node-based: the pointers stay valid
};

namespace Sop {
/// Counted orders (not cancelled or refunded), as a condition on the orders table.
inline const QString kCountedOrders = QStringLiteral("status NOT IN ('cancelled', 'refunded')");
/// A task title / notes template with {客户名称} {name} {客户编号} {code} {负责人} {owner}
/// {分群} {segment} filled in.
QString renderTemplate(const QString &text, const SopEngine::Target &target, const RfmLabels &labels);
/// A short description of an action for previews ("create_task 一对一维护:华为").
QString describeAction(const Action &action, const SopEngine::Target &target, const RfmLabels &labels);
/// Customer columns set_field and field_changed accept (besides custom.<key>).
const QStringList &settableCustomerFields();
} // namespace Sop

} // namespace Patron
