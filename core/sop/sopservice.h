#pragma once

#include "soptypes.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Patron {

class Database;
class RecordStore;

/// A built-in SOP template (issue 5: high-value-care, nurture-30d, win-back), in the
/// database language (settings key "database.language").
struct SopTemplate
{
    QString id;            ///< "high-value-care", "nurture-30d", "win-back"
    QString name;          ///< 高价值客户维护 … (English in an English database)
    QString description;
    QString kind;          ///< rule | playbook
    Sop::Definition definition;
};

/// What a run does.
struct SopRunOptions
{
    QDateTime asOf;        ///< invalid: now. Local business time.
    /// Compute what would fire and write nothing. When the current RFM snapshot is out of
    /// date for the as-of day, the run evaluates against the snapshot that day would have
    /// (computed unpublished, so no other connection sees it, and deleted at the end).
    bool dryRun = false;
    qint64 onlyRuleId = 0; ///< 0: every enabled rule; else only this one (enabled or not)
    /// Dry runs only: run this definition instead of the stored rules (the rule editor's
    /// preview of unsaved edits). Its id is the stored rule's when it is an edit (so what
    /// that rule's journal says has fired is not previewed again), 0 for a new rule.
    /// Validated like a saved rule; nothing is stored.
    std::optional<SopRule> adhocRule;
    /// Called between rules with 0–100; returning false cancels (Error::Cancelled; what
    /// earlier rules fired stays fired: each firing is its own journalled unit).
    std::function<bool(int percent)> progress;
};

/// One (customer, rule, step, what) the run fired, or would fire in a dry run.
struct SopFiring
{
    qint64 ruleId = 0;
    int step = 0;          ///< 0: a rule; else the 1-based playbook step
    qint64 customerId = 0;
    QString customerCode, customerName;
    QString occurrence;    ///< "t:<transition id>", "d:2026-05-01", … (see docs/design-notes.md)
    QString what;          ///< human-readable: "create_task 一对一维护:华为", "skipped: guard …"
    bool error = false;    ///< journalled with result 'error'
};

/// What one rule did in a run.
struct SopRuleReport
{
    qint64 ruleId = 0;
    QString name;
    int fired = 0;         ///< firings with result ok (or that would be ok in a dry run)
    int errors = 0;        ///< customers this rule failed on (journalled, skipped)
    QString error;         ///< the rule as a whole failed (bad definition …); others still ran
    qint64 ms = 0;         ///< time the rule took
    QList<SopFiring> firings;
};

struct SopRunReport
{
    QDateTime asOf;
    bool dryRun = false;
    qint64 snapshotId = 0;      ///< the RFM snapshot the run evaluated against
    bool snapshotRefreshed = false;
    QString snapshotError;      ///< the RFM refresh failed: rules ran against the old snapshot
    qint64 snapshotMs = 0;      ///< time spent bringing the RFM snapshot up to date
    qint64 evaluateMs = 0;      ///< time spent on the rules themselves
    QList<SopRuleReport> rules;

    int fired() const;
    int errors() const;
};

/// Which journal rows to read, newest first.
struct SopJournalFilter
{
    qint64 ruleId = 0;     ///< 0: any
    qint64 customerId = 0; ///< 0: any
    QString from, to;      ///< inclusive bounds on as_of ("YYYY-MM-DD" or full timestamps)
    int limit = 1000;      ///< <= 0: no limit
};

/// A row of sop_journal.
struct SopJournalEntry
{
    qint64 id = 0;
    qint64 ruleId = 0;
    QString ruleName;
    int step = 0;
    qint64 customerId = 0;
    QString customerCode, customerName;
    QString occurrence;
    QString asOf, runAt;
    QString result;        ///< ok | error
    QString detail;        ///< JSON text: {"kind": "create_task", "task": 12, …} or {"error": "…"}
};

/// How often a rule fired: its journal rows by result (SopService::ruleStats).
struct SopRuleStats
{
    qint64 ruleId = 0;
    int ok = 0;            ///< journal rows with result ok (firings, playbook steps)
    int errors = 0;        ///< journal rows with result error
    QString lastFiredAt;   ///< run_at of the newest ok row; empty: never
};

/// The notify actions journalled for one rule (SopService::notifications): one desktop
/// notification however many customers it names.
struct SopNotification
{
    qint64 ruleId = 0;
    QString ruleName;
    int customers = 0;      ///< distinct customers notified about
    qint64 customerId = 0;  ///< the customer when there is exactly one, else 0
    QString customerName;   ///< of customerId
    QStringList texts;      ///< the newest few notify texts (rendered), newest first
    qint64 lastJournalId = 0;
    QString lastRunAt;
};

/// SOP rules and playbooks (DESIGN.md "SOP rules and reminders"; semantics in
/// docs/design-notes.md "SOP rules"): their storage, templates, JSON exchange and the
/// engine that runs them. Usable from any thread over that thread's connection (the
/// scheduler builds one on its worker); signals are emitted in the calling thread.
class SopService : public QObject
{
    Q_OBJECT

public:
    SopService(Database &database, RecordStore &store, QObject *parent = nullptr);

    /// Every rule and playbook, by position then id.
    Result<QList<SopRule>> rules() const;
    Result<SopRule> rule(qint64 id) const;
    /// Validates and inserts (disabled unless rule.enabled); returns the id.
    Result<qint64> create(const SopRule &rule);
    /// Changes name, kind, definition, enabled and position if the row still has
    /// expectedVersion (Error::Conflict otherwise); returns the new version.
    Result<int> update(const SopRule &rule, int expectedVersion);
    /// Deletes (with its journal and playbook runs, by foreign keys); returns the row as it
    /// was for restore() (undo).
    Result<SopRule> remove(qint64 id);
    /// Puts a removed rule back with its id (its journal is not restored: it may fire again).
    Status restore(const SopRule &rule);
    Status setEnabled(qint64 id, bool enabled);

    /// Built-in templates in the database language.
    QList<SopTemplate> templates() const;
    /// Adds a template as a new, disabled rule; Error::NotFound for an unknown id.
    Result<qint64> addFromTemplate(const QString &templateId);

    /// JSON {"patron_sop": 1, "rules": [{"name", "kind", "template", "enabled",
    /// "definition"}, …]} of the given rules (empty: all).
    Result<QByteArray> exportJson(const QList<qint64> &ids = {}) const;
    /// Validates every rule first and adds them all in one transaction, or none; returns
    /// the new ids. Imported rules keep their enabled flag.
    Result<QList<qint64>> importJson(const QByteArray &json);

    /// Checks a definition against this database: trigger/action kinds and their
    /// parameters, conditions compile (fields exist), referenced tags, users and
    /// playbooks exist. Error::Invalid naming the first problem.
    Status validate(const Sop::Definition &definition, const QString &kind = QStringLiteral("rule")) const;

    /// Runs the enabled rules (or one) as of a time: brings the RFM snapshot up to date,
    /// evaluates triggers and conditions set-based and fires each (rule or step, customer,
    /// occurrence) once. A dry run reports what would fire and writes nothing.
    Result<SopRunReport> run(const SopRunOptions &options = {});

    /// Journal rows, newest first.
    Result<QList<SopJournalEntry>> journal(const SopJournalFilter &filter = {}) const;
    /// Per rule (rules without journal rows left out), from one grouped query.
    Result<QHash<qint64, SopRuleStats>> ruleStats() const;

    /// Journal rows with a notify action and result ok, afterId < id <= upToId (upToId 0:
    /// no upper bound) and, when given, run_at >= sinceRunAt, grouped by rule (in rule
    /// order). The GUI shows each group as one desktop notification.
    Result<QList<SopNotification>> notifications(qint64 afterId, qint64 upToId = 0,
                                                 const QString &sinceRunAt = {}) const;
    /// The newest journal row's id (0: empty journal).
    Result<qint64> lastJournalId() const;
    /// The last journal id whose notifications a user's GUI has shown (settings key
    /// "sop.notified_through", with ".<user id>" when the database knows the user);
    /// nullopt when it never showed any.
    std::optional<qint64> notifiedMark(std::optional<qint64> userId) const;
    Status setNotifiedMark(std::optional<qint64> userId, qint64 journalId);

    /// The database language ("zh_CN" or "en"): settings key "database.language", written
    /// when a database is created; absent: zh_CN.
    static QString databaseLanguage(const Database &database);
    static inline const QString LanguageKey = QStringLiteral("database.language");

signals:
    void rulesChanged();
    void journalChanged();

private:
    Database &m_database;
    RecordStore &m_store;
};

} // namespace Patron

Q_DECLARE_METATYPE(Patron::SopRunReport)
