#pragma once

#include "condition.h"
#include "segmentcompiler.h"
#include "util/result.h"

#include <QDate>
#include <QObject>

#include <optional>

namespace Patron {

class Database;
class RecordStore;
class CustomerService;
class TagService;
struct RfmLabels;

/// A saved segment (客户分群).
struct SegmentInfo
{
    qint64 id = 0;
    QString name;
    Condition condition;
    QString description;
    int position = 0;
    qint64 count = -1;       ///< active customers matching; -1 when not counted
    QString error;           ///< why the definition does not compile (count is then 0)
    QString createdAt;
    QString updatedAt;
};

/// What a tag refresh did.
struct TagRefreshStats
{
    int tags = 0;
    qint64 added = 0;
    qint64 removed = 0;
    QStringList errors;  ///< tags whose rule does not compile ("VIP: …"); others still ran
};

/// Saved segments, rule tags (动态标签) and system tags (RFM segment / tier). Counts are
/// over active customers (not archived, not in the trash); rule and system tags are
/// kept on every customer not in the trash.
class SegmentService : public QObject
{
    Q_OBJECT

public:
    SegmentService(Database &database, RecordStore &store, CustomerService &customers, TagService &tags,
                   QObject *parent = nullptr);

    /// A compiler knowing the custom fields (retired ones too).
    Result<SegmentCompiler> compiler(const QDate &asOf = {}) const;
    /// Fields the builder offers (built-ins and active custom fields).
    QList<SegmentField> fields() const;
    /// Compiles without running: Error::Invalid names the bad field.
    Status validate(const Condition &condition) const;
    Result<qint64> count(const Condition &condition, const QDate &asOf = {}) const;

    Result<QList<SegmentInfo>> segments(bool withCounts = true) const;
    Result<SegmentInfo> segment(qint64 id) const;
    /// Error::NotFound when there is none with that name.
    Result<SegmentInfo> findByName(const QString &name) const;
    Result<qint64> create(const QString &name, const Condition &condition, const QString &description = {});
    Status rename(qint64 id, const QString &name);
    Status updateDefinition(qint64 id, const Condition &condition);
    /// Deletes; returns the row as it was, for restore() (undo).
    Result<SegmentInfo> remove(qint64 id);
    /// Puts a removed segment back with its id.
    Status restore(const SegmentInfo &segment);

    /// Creates a rule tag and tags the matching customers at once.
    Result<qint64> createRuleTag(const QString &name, const Condition &condition);
    /// Changes a rule tag's name and condition, then refreshes it.
    Status updateRuleTag(qint64 tagId, const QString &name, const Condition &condition);
    /// Deletes a rule tag with its assignments (undo of createRuleTag).
    Status deleteRuleTag(qint64 tagId);
    /// Brings every rule tag (or just one) in line with its condition, set-based: adds
    /// matching customers (origin 'rule'), removes rule-origin rows that no longer match;
    /// manual rows are never touched.
    Result<TagRefreshStats> refreshRuleTags(const QDate &asOf = {}, std::optional<qint64> onlyTag = {});
    /// One system tag per RFM segment of the current snapshot's scheme and per tier,
    /// named by the labels, kept in line with the current snapshot. The RFM scheduler
    /// calls this after each snapshot.
    Result<TagRefreshStats> refreshSystemTags(const RfmLabels &labels);
    /// The same, keeping the names existing system tags have (new ones get the default
    /// labels): for callers that do not know the RFM settings (patron tags refresh).
    Result<TagRefreshStats> refreshSystemTags();
    /// After a new RFM snapshot: system tags follow it (named by labels) and rule tags
    /// are re-evaluated (their conditions may use RFM values). For threads that have no
    /// Workspace (the RFM scheduler's worker) and for `patron rfm`: builds the services
    /// it needs over database's connection of the calling thread.
    static Result<TagRefreshStats> refreshAfterSnapshot(Database &database, const RfmLabels &labels,
                                                        const QDate &asOf = {});

signals:
    void segmentsChanged();

private:
    Result<QString> checkedName(const QString &name, qint64 exceptId) const;
    /// Sets name or definition of a segment (bumps its version); NotFound when gone.
    Status setColumn(qint64 id, const QString &column, const QVariant &value);
    Result<TagRefreshStats> refreshSystemTagsWith(const RfmLabels *labels);
    Result<TagRefreshStats> refreshTags(const QString &kind, const QDate &asOf, std::optional<qint64> onlyTag);

    Database &m_database;
    RecordStore &m_store;
    CustomerService &m_customers;
    TagService &m_tags;
};

} // namespace Patron
