#pragma once

#include "domain/entity.h"
#include "util/result.h"

#include <QObject>

namespace Patron {

class Database;
class RecordStore;

/// Custom field definitions (自定义字段). Values live in the entity's "custom" JSON column
/// keyed by field_key; definitions are retired, never deleted, so old values stay readable.
class FieldService
{
public:
    FieldService(Database &database, RecordStore &store);

    Result<QList<Record>> fields(Entity entity, bool includeRetired) const;
    Result<Record> field(Entity entity, const QString &key) const;

    /// Creates a field; the key is derived from the label (ASCII) or numbered ("f3").
    Result<qint64> addField(Entity entity, const QString &label, const QString &type,
                            const QStringList &choices = {});

    /// The value normalised for the entity's custom field `key` (see normalizeValue);
    /// Error::Invalid when there is no such field.
    Result<QVariant> checkedValue(Entity entity, const QString &key, const QVariant &value) const;

    /// Checks and normalises a value for a field definition: money to cents, dates to
    /// yyyy-MM-dd, choices against the list, e-mail lower-cased. Empty → null.
    static Result<QVariant> normalizeValue(const Record &definition, const QVariant &value);

private:
    Database &m_database;
    RecordStore &m_store;
};

} // namespace Patron
