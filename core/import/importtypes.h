#pragma once

#include "fieldmatcher.h"
#include "tablereader.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Patron {

/// What happens when an imported row matches an existing customer (or order, contact).
enum class DuplicatePolicy {
    Merge,  ///< fill the existing record's empty fields; never overwrite a non-empty value
    Update, ///< overwrite with the row's non-empty values
    Skip,   ///< leave the existing record alone; the row counts as skipped
    Create, ///< create a new record anyway
};

/// Everything an import needs to know; the same for the wizard and `patron import`.
struct ImportRequest
{
    ImportKind kind = ImportKind::Customers;
    QString path;
    ReaderOptions reader;
    int sheet = 0;
    int headerRow = 0;               ///< 1-based row number of the header in the sheet; 0 = detect
    /// The field key per column ("" ignores the column). Empty = automatic: a saved
    /// profile for this header, else header synonyms.
    QStringList columnFields;
    /// Header text → field key, applied on top ("" ignores that column): `--map "表头=field"`.
    QHash<QString, QString> mapOverrides;
    QString profile;                 ///< use this saved mapping profile (by name)
    QString saveProfileAs;           ///< save the mapping used under this name
    DuplicatePolicy onDuplicate = DuplicatePolicy::Merge;
    bool strict = false;             ///< all rows or none: any rejected row cancels the import
    bool dryRun = false;             ///< count what would happen; write nothing
    bool createMissingCustomers = false; ///< orders/contacts/activities: create the customer when not found
    QString errorFile;               ///< rejected rows go here (CSV, UTF-8 with BOM); empty = none
};

/// A row that was not imported, and why.
struct RejectedRow
{
    qint64 line = 0;   ///< the file line (CSV) or sheet row (XLSX)
    QString reason;    ///< translated, names the column and the value
    QStringList cells;
};

/// What an import did (or, for a dry run, would do). Always
/// created + updated + merged + skipped + rejected == rowsRead.
struct ImportSummary
{
    qint64 batchId = 0;        ///< 0 for a dry run or when nothing was written
    bool dryRun = false;
    qint64 rowsRead = 0;       ///< data rows below the header (blank rows are not counted)
    qint64 created = 0;        ///< new records
    qint64 updated = 0;        ///< existing records overwritten (policy update)
    qint64 merged = 0;         ///< rows merged into an existing record or an earlier row of the file
    qint64 skipped = 0;        ///< duplicates left alone (policy skip) and totals rows
    qint64 totalsRows = 0;     ///< of skipped: 合计/总计/小计/Total rows at the end
    qint64 rejected = 0;
    qint64 usersCreated = 0;   ///< owners named in the file that did not exist yet
    qint64 customersCreated = 0; ///< for orders/contacts/activities with createMissingCustomers
    QList<RejectedRow> rejectedRows; ///< the first kMaxRejectedKept; all of them go to the error file
    QHash<QString, qint64> rejectReasons; ///< reason kind ("invalid mobile", …, translated) → count
    QStringList unmappedColumns;     ///< headers of columns that were not imported
    QString format;                  ///< what the reader detected ("GB18030, comma")
    int headerRow = 0;               ///< the header's row number
    QStringList header;              ///< the header row's cells
    QStringList fields;              ///< the field key each column was imported into
    QString errorFile;               ///< written when rows were rejected and a path was given
    double seconds = 0;

    static constexpr int kMaxRejectedKept = 1000;
    bool balanced() const { return created + updated + merged + skipped + rejected == rowsRead; }
};

struct ImportProgress
{
    qint64 rows = 0;        ///< data rows processed
    double fraction = 0;    ///< 0..1 of the file
    double rowsPerSecond = 0;
};
/// Called every few hundred rows; return false to cancel (the database stays as before).
using ImportProgressFn = std::function<bool(const ImportProgress &)>;

/// The first rows of a file as the wizard's preview shows them, and the guessed mapping.
struct ImportPreview
{
    QStringList sheets;
    int sheet = 0;
    QString format;               ///< TableReader::formatDescription()
    QString encoding;             ///< for CSV
    QChar delimiter;              ///< for CSV
    int headerRow = 1;            ///< 1-based row number (detected unless requested)
    QList<SourceRow> rows;        ///< the first rows of the sheet, header and above included
    QStringList header;           ///< the header row's cells
    QStringList fields;           ///< the suggested field key per column ("" = not mapped)
    QList<int> hiddenColumns;
    QString profile;              ///< name of the saved profile applied, empty if synonyms
    QList<ImportField> availableFields; ///< built-in fields of the kind, then custom fields
};

/// A saved column mapping (字段映射方案), reused automatically for files with the same header.
struct MappingProfile
{
    qint64 id = 0;
    QString name;
    ImportKind kind = ImportKind::Customers;
    QStringList header;           ///< the header cells the profile was saved for
    QHash<QString, QString> fields; ///< normalised header text → field key ("" = ignore)
    QString updatedAt;
};

/// One import as the history lists it.
struct ImportBatch
{
    qint64 id = 0;
    ImportKind kind = ImportKind::Customers;
    QString fileName;
    QString importedAt;
    QString actor;
    qint64 rowsRead = 0, created = 0, updated = 0, merged = 0, skipped = 0, rejected = 0;
    QString status;               ///< "done" or "undone"
    QString undoneAt;
};

/// "customers", "orders", "contacts", "activities" and back.
QString importKindName(ImportKind kind);
bool parseImportKind(const QString &name, ImportKind *kind);
/// Translated plural noun ("客户" / "customers").
QString importKindLabel(ImportKind kind);
QString duplicatePolicyName(DuplicatePolicy policy);
bool parseDuplicatePolicy(const QString &name, DuplicatePolicy *policy);

} // namespace Patron
