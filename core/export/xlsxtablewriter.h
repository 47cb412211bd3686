#pragma once

#include "tablesink.h"

#include <QList>
#include <QString>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace Patron {

/// Writes a table as an XLSX workbook with libxlsxwriter in constant-memory mode: each
/// row goes to a temporary file as soon as it is complete, so a million rows need no
/// more memory than ten. Text cells are always strings (inline strings, never numbers:
/// "00123" and "+86 138…" stay as typed); money is a number with a ¥ format, dates and
/// timestamps are real dates with a date format, the bold header row is frozen and the
/// columns get widths from their type and label.
///
/// Text is not formula-neutralised: a string cell is never evaluated by a spreadsheet,
/// and an apostrophe would be visible data. More rows than a sheet holds (1,048,575)
/// continue on further sheets ("Sheet (2)" …) under the same header.
class XlsxTableWriter : public TableSink
{
public:
    /// Writes to path (created or replaced when finish() succeeds; callers write to a
    /// temporary name and rename). sheetName is the first sheet's name.
    XlsxTableWriter(const QString &path, const QString &sheetName, const QList<ExportColumn> &columns);
    ~XlsxTableWriter() override;

    Status begin() override;
    void beginRow() override;
    void text(const QString &value) override;
    void integer(qint64 value) override;
    void number(double value) override;
    void money(qint64 cents) override;
    void date(const QString &iso) override;
    void boolean(bool value) override;
    void list(const QStringList &values) override;
    void null() override;
    bool endRow() override;
    Status finish() override;
    const Error &error() const override { return m_error; }

    /// Rows of one sheet below its header (Excel's limit less one); settable for tests.
    void setRowsPerSheet(int rows) { m_rowsPerSheet = rows; }

private:
    bool addSheet();
    void check(int lxwError);

    QString m_path;
    QString m_sheetName;
    QList<ExportColumn> m_columns;
    QByteArray m_tmpDir;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_money = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_dateTime = nullptr;
    int m_sheets = 0;
    int m_rowsPerSheet = 1048575;
    int m_row = 0; ///< row in the current sheet (0 = header)
    int m_column = 0;
    Error m_error;
};

} // namespace Patron
