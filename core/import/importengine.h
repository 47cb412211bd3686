#pragma once

#include "importtypes.h"
#include "util/result.h"

#include <QCoreApplication>

namespace Patron {

class Workspace;

/// Imports customers, orders, contacts and follow-up records from CSV/XLSX/XLS files:
/// reads (TableReader), maps columns (FieldMatcher, saved profiles), normalises and
/// validates every value (ValueParsers), matches rows to existing records and to each
/// other ("ID mapping": code, mobile, email, company name), and writes one batch in one
/// transaction, keeping pre-images so the batch can be undone (ImportHistory).
///
/// Thread-safe in the sense the GUI needs: run() may be called from a worker thread (it
/// uses that thread's database connection); it touches no QObject of the caller.
class ImportEngine
{
    Q_DECLARE_TR_FUNCTIONS(Patron::ImportEngine)

public:
    explicit ImportEngine(Workspace &workspace);

    /// Opens the file and returns the first `rows` rows, the detected header row and the
    /// suggested mapping (a saved profile for this header first, then synonyms). Only
    /// request.path, reader, sheet, headerRow, kind and profile are used.
    Result<ImportPreview> preview(const ImportRequest &request, int rows = 50) const;

    /// The mapping run() would use: per column the field key ("" = ignore).
    Result<QStringList> resolveMapping(const ImportRequest &request, const QStringList &header) const;

    /// Imports (or, with request.dryRun, counts). Cancelling through progress, a strict
    /// import with a rejected row, or any database error leaves the database unchanged;
    /// the summary is then still returned for dry runs and strict failures (batchId 0),
    /// and an Error for cancellation and database errors.
    Result<ImportSummary> run(const ImportRequest &request, const ImportProgressFn &progress = {}) const;

    /// The header row among the first rows: the one whose cells match the most field
    /// synonyms (ties: the first), else the first row with at least half of the widest
    /// row's cells filled. 1-based row number; 0 when all rows are blank.
    static int detectHeaderRow(ImportKind kind, const QList<SourceRow> &rows);
    /// A totals row (合计/总计/小计/Total/Sum in one of its first cells, with formulas or
    /// numbers), which is reported as skipped rather than imported or rejected.
    static bool isTotalsRow(const SourceRow &row);

private:
    /// The mapping from columnFields, a saved profile (its name in *profileName) or
    /// synonyms, with the overrides applied; validate also refuses unknown or doubly used
    /// fields and mappings that miss what the kind needs.
    Result<QStringList> mapColumns(const ImportRequest &request, const QStringList &header, QString *profileName,
                                   bool validate) const;

    Workspace &m_workspace;
};

} // namespace Patron
