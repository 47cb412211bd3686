#pragma once

#include "domain/entity.h"
#include "util/result.h"

#include <QHash>
#include <QObject>

namespace Patron {

class Database;
class RecordStore;

struct TagInfo
{
    qint64 id = 0;
    QString name;
    QString color;
    qint64 customerCount = 0;
    /// "manual" (set by people), "rule" (动态标签: follows `rule`) or "system" (follows
    /// the current RFM segment or tier). Only manual tags can be added or removed by hand.
    QString kind = QStringLiteral("manual");
    QByteArray rule; ///< condition JSON (core/segments/condition.h) of rule and system tags
};

/// Tags (标签) and which customers carry them. Bulk changes return what undo needs.
class TagService : public QObject
{
    Q_OBJECT

public:
    TagService(Database &database, RecordStore &store, QObject *parent = nullptr);

    Result<QList<TagInfo>> tags() const;
    /// The tag with this name, created if missing.
    Result<qint64> ensureTag(const QString &name);
    /// Tags customers; returns the ids that did not have the tag before. A rule or system
    /// tag refuses manual changes (Error::Invalid); it follows its condition.
    Result<QList<qint64>> addTag(const QList<qint64> &customerIds, qint64 tagId,
                                 const QString &origin = QStringLiteral("manual"));
    /// Untags customers; returns the ids that had it, with the origin they had.
    Result<QHash<qint64, QString>> removeTag(const QList<qint64> &customerIds, qint64 tagId);
    /// Puts back tags removed by removeTag (undo).
    Status restoreTag(const QHash<qint64, QString> &origins, qint64 tagId);

signals:
    void tagsChanged();

private:
    Database &m_database;
    RecordStore &m_store;
};

/// Users (sales reps, 负责人) who own customers.
class UserService
{
public:
    UserService(Database &database, RecordStore &store);
    Result<QList<Record>> users(bool includeInactive = false) const;
    /// The user with this login, created with displayName if missing.
    Result<qint64> ensureUser(const QString &username, const QString &displayName);
    Result<qint64> findByName(const QString &nameOrUsername) const;

private:
    Database &m_database;
    RecordStore &m_store;
};

} // namespace Patron
