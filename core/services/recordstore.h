#pragma once

#include "domain/entity.h"
#include "util/result.h"

#include <QObject>

namespace Patron {

class Database;

/// Reads and writes single rows of any Entity with validation, optimistic locking and the
/// audit log. Every user edit in the GUI and the command line goes through here (or a
/// service built on it), so every edit is validated, audited and announced by changed().
///
/// Records use column names as keys. Custom field values travel as "custom" (a QVariantMap)
/// when reading; updates may change one custom value with the key "custom.<field_key>".
class RecordStore : public QObject
{
    Q_OBJECT

public:
    explicit RecordStore(Database &database, QObject *parent = nullptr);

    Database &database() const { return m_database; }

    /// Who the audit log names for edits (the OS user in local mode).
    void setActor(const QString &actor) { m_actor = actor; }
    QString actor() const { return m_actor; }

    Result<Record> get(Entity entity, qint64 id) const;

    /// Inserts a row and returns its id. A record carrying "id" restores that row (undo of
    /// a delete). created_at/updated_at default to now, version to 1.
    Result<qint64> insert(Entity entity, Record values);

    /// Changes some fields of a row if it still has expectedVersion; returns the new
    /// version. Error::Conflict when someone else changed it, Error::NotFound when gone.
    Result<int> update(Entity entity, qint64 id, int expectedVersion, const Record &changes);

    /// Deletes a row (with its dependent rows, by foreign keys). expectedVersion < 0 skips
    /// the version check. Returns the row as it was, for undo.
    Result<Record> remove(Entity entity, qint64 id, int expectedVersion = -1);

    /// Checks and normalises values in place (mobile to 11 digits, email lower-case,
    /// money as integer cents). On insert, required fields must be present.
    Status validate(Entity entity, Record &values, bool isInsert) const;

    /// The search_tokens of a customer row (see SearchTokenizer).
    static QString customerSearchTokens(const Record &customer);
    /// The same from the values of code, name, contact_name, mobile, phone, email,
    /// province and city, in that order (bulk loads, without building a Record per row).
    static QString customerSearchTokens(const QStringList &values);
    /// Whether a customer column feeds search_tokens (changing others keeps them).
    static bool isCustomerSearchField(const QString &key);

    /// Announces edits made outside this store (bulk operations of other services).
    void notifyChanged(Entity entity, qint64 id, qint64 customerId) { emit changed(entity, id, customerId); }

signals:
    /// A row was inserted, updated or deleted. customerId is the customer it belongs to
    /// (the row itself for customers), 0 when none.
    void changed(Patron::Entity entity, qint64 id, qint64 customerId);

private:
    Database &m_database;
    QString m_actor;
};

} // namespace Patron
