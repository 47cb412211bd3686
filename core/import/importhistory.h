#pragma once

#include "importtypes.h"
#include "util/result.h"

#include <QCoreApplication>

namespace Patron {

class Database;

/// The import batches (导入批次) and the saved mapping profiles.
class ImportHistory
{
    Q_DECLARE_TR_FUNCTIONS(Patron::ImportHistory)

public:
    /// actor: who the audit log names for an undo.
    explicit ImportHistory(Database &database, const QString &actor = QString());

    /// Newest first.
    Result<QList<ImportBatch>> batches() const;
    Result<ImportBatch> batch(qint64 id) const;

    /// Why the batch cannot be undone (a later batch, or a user, changed or added to what
    /// it wrote), or an empty string when it can.
    Result<QString> undoBlocker(qint64 batchId) const;
    /// Undoes a batch: removes the records it created and restores the fields it changed
    /// to their pre-images, in one transaction. Error::Conflict with undoBlocker()'s
    /// message when it cannot.
    Status undo(qint64 batchId);

    Result<QList<MappingProfile>> profiles() const;
    /// The profile saved for this kind and header (same normalised header cells), if any.
    Result<MappingProfile> profileForHeader(ImportKind kind, const QStringList &header) const;
    Result<MappingProfile> profile(const QString &name) const;
    /// Saves (or replaces) a named profile for this header and mapping.
    Status saveProfile(const QString &name, ImportKind kind, const QStringList &header,
                       const QStringList &fields);
    Status removeProfile(const QString &name);

private:
    /// Profiles selected by a WHERE/ORDER BY tail with positional binds.
    Result<QList<MappingProfile>> queryProfiles(const QString &where, const QVariantList &binds) const;

    Database &m_database;
    QString m_actor;
};

} // namespace Patron
