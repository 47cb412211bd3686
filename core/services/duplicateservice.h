#pragma once

#include "domain/entity.h"
#include "util/result.h"

#include <QFlags>
#include <QHash>
#include <QList>

#include <functional>

namespace Patron {

class Database;
class RecordStore;

/// Why customers were grouped as duplicates: the match keys they share (see MatchKeys).
enum class MatchReason {
    Code = 0x1, ///< same customer code (case and width ignored)
    Mobile = 0x2, ///< same normalised mobile
    Email = 0x4, ///< same normalised e-mail
    CompanyName = 0x8, ///< same company-name key
    SimilarName = 0x10, ///< similar company-name keys (only with DuplicateOptions::similarNames)
};
Q_DECLARE_FLAGS(MatchReasons, MatchReason)
Q_DECLARE_OPERATORS_FOR_FLAGS(MatchReasons)

/// Customers that probably are one and the same. Groups are the connected components of
/// "shares a key with": A and B share a mobile, B and C an e-mail → one group of three.
struct DuplicateGroup
{
    QList<qint64> customerIds; ///< ascending
    MatchReasons reasons;

    /// Stable identity of the group for "not a duplicate" dismissals ("12,40,77").
    QString key() const;
};

struct DuplicateOptions
{
    /// Also group company names whose keys are equal once a leading province or city (the
    /// customer's own, or a province-level name) is removed, or then differ in one
    /// character after the first two (edit distance 1, keys of four characters or more).
    bool similarNames = false;
};

/// What the user chose in the comparison: who survives, whose value each field keeps.
struct MergeRequest
{
    qint64 survivorId = 0;
    QList<qint64> mergedIds; ///< the other customers; they go to the trash
    /// Version of every customer (survivor too) as the user saw them; a customer changed
    /// since then makes merge() fail with Error::Conflict.
    QHash<qint64, int> versions;
    /// Field ("mobile", "custom.<key>") → customer whose value is kept. Fields not named
    /// keep the survivor's non-empty value, else the first non-empty one in mergedIds order.
    QHash<QString, qint64> fieldSources;
};

/// Everything merge() changed, so unmerge() can put it back exactly (same ids, versions
/// and timestamps).
struct MergeUndo
{
    qint64 survivorId = 0;
    QList<Record> customersBefore; ///< full rows (survivor first) as they were
    QHash<qint64, int> versionsAfter; ///< each customer's version right after the merge
    /// Child rows moved to the survivor: table → (row id → customer it came from).
    QHash<QString, QHash<qint64, qint64>> movedRows;
    QList<qint64> addedTagIds; ///< tags the survivor gained

    bool isEmpty() const { return survivorId == 0; }
};

/// Finds duplicate customers among the customers not in the trash and merges them
/// (身份识别 / ID mapping). Mobile, e-mail and code keys are grouped in SQL; company-name
/// keys are computed in C++ from a stream of (id, name), hashed to 64 bits, grouped, and
/// confirmed on the real keys, so a million customers take seconds and little memory.
class DuplicateService
{
public:
    DuplicateService(Database &database, RecordStore &store);

    /// progress(done, total) may return false to cancel (the result is then an error with
    /// an empty message). Callable from a worker thread (it uses that thread's connection).
    Result<QList<DuplicateGroup>> findGroups(const DuplicateOptions &options = {},
                                             const std::function<bool(qint64, qint64)> &progress
                                             = {}) const;

    /// id, code, name, mobile and email of these customers (in chunks, for listing groups).
    Result<QHash<qint64, Record>> summaries(const QList<qint64> &customerIds) const;

    /// Number of customers that are in some group (exact keys only).
    Result<qint64> duplicateCustomerCount() const;

    /// "同一手机号 / 同一邮箱 …" for a group's reasons.
    static QString reasonText(MatchReasons reasons);
    /// The fields a merge chooses between: built-in customer fields, then "custom.<key>"
    /// of the active custom fields.
    QStringList mergeFields() const;

    /// In one write transaction: applies the chosen values to the survivor, moves orders,
    /// activities, tasks, tickets and contacts to it, adds the others' tags it lacks (with
    /// their origin), moves the others to the trash and writes "merge" audit rows.
    Result<MergeUndo> merge(const MergeRequest &request);
    /// Undoes merge(). Error::Conflict when a customer changed after the merge.
    Status unmerge(const MergeUndo &undo);

private:
    Database &m_database;
    RecordStore &m_store;
};

} // namespace Patron
