#pragma once

#include "util/result.h"

#include <QStringList>

#include <memory>

namespace Patron {

/// One row of a spreadsheet or CSV file, as text the way the user saw it in Excel/WPS:
/// numbers without exponent ("13800138000", not "1.3800138E10"), dates as ISO text
/// ("2024-03-05" or "2024-03-05T14:30:00") when the cell was formatted as a date, text
/// exactly as stored ("00123" keeps its zeros). Empty trailing cells may be missing.
struct SourceRow
{
    qint64 number = 0;        ///< 1-based: the file line where a CSV record starts, or the sheet row number
    QStringList cells;
    bool hidden = false;      ///< a hidden row (XLSX)
    bool hasFormula = false;  ///< some cell held a formula (its cached value is in cells)

    bool isBlank() const
    {
        for (const QString &c : cells) {
            if (!c.trimmed().isEmpty())
                return false;
        }
        return true;
    }
};

/// What the user can override when the detection guessed wrong.
struct ReaderOptions
{
    QString encoding;         ///< "" or "auto", "utf-8", "gb18030", "utf-16" (LE/BE by BOM, LE without), "utf-16le", "utf-16be"
    QChar delimiter;          ///< null = detect among , ; tab |
};

/// A forward-only reader of a table file (CSV/TSV/TXT, XLSX, XLS). Memory does not grow
/// with the number of rows. All errors are values with a message fit for the user that
/// names the file position ("line 12: …", "sheet 客户, cell B7: …").
class TableReader
{
public:
    virtual ~TableReader() = default;

    /// Opens the file named in the constructor and detects what it can (encoding and
    /// delimiter for CSV, the sheets for XLSX). Reading starts at the first sheet.
    virtual Status open() = 0;

    /// Sheet names in workbook order; one empty name for CSV.
    virtual QStringList sheets() const = 0;
    /// (Re)starts reading at the first row of a sheet.
    virtual Status selectSheet(int index) = 0;
    /// Columns the sheet hides (0-based), for the preview; empty for CSV.
    virtual QList<int> hiddenColumns() const { return {}; }

    /// The next row; false at the end of the sheet. An Error stops the read.
    virtual Result<bool> readRow(SourceRow &row) = 0;

    /// Share of the input consumed so far, 0..1, for progress bars.
    virtual double progress() const = 0;

    /// What was detected, for the preview: e.g. "UTF-8 (BOM), comma" or "GB18030, tab".
    virtual QString formatDescription() const = 0;
    /// The encoding actually used ("UTF-8", "GB18030", "UTF-16LE", …); empty for XLSX.
    virtual QString encodingName() const { return {}; }
    /// The delimiter actually used; null for XLSX.
    virtual QChar delimiter() const { return {}; }

    /// The reader for a file, chosen by its content (zip signature, BIFF/OLE signature)
    /// and then by extension; CSV for anything else. Implemented in tablereader.cpp.
    static std::unique_ptr<TableReader> create(const QString &path, const ReaderOptions &options = {});
};

} // namespace Patron
