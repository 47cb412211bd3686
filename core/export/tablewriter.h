#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QStringList>

class QIODevice;

namespace Patron {

enum class ExportFormat { Csv, Json };

struct ExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    /// A UTF-8 byte order mark before CSV, so Excel on Windows reads Chinese text right.
    bool utf8Bom = false;
};

/// Writes a table as CSV (RFC 4180: comma, CRLF, double quotes; UTF-8, header row) or as
/// a JSON array of objects, row by row into a QIODevice, so memory does not grow with
/// the number of rows. In CSV, text cells that a spreadsheet would run as a formula
/// (leading = + - @, tab, CR, NUL) get a leading apostrophe; numbers are left alone.
class TableWriter
{
public:
    TableWriter(QIODevice &device, const ExportOptions &options, const QStringList &columns);

    static QString formatName(ExportFormat format);
    /// "csv" / "json" (any case); false for anything else.
    static bool parseFormat(const QString &name, ExportFormat *format);
    /// The text as a CSV cell would carry it (formula-neutralised), without quoting.
    static QString neutralize(const QString &text);

    Status begin();
    void beginRow();
    void text(const QString &value);
    void integer(qint64 value);
    void number(double value);
    /// Integer cents as yuan with two decimals ("1234.50").
    void money(qint64 cents);
    void boolean(bool value);
    /// Several values in one cell: "a; b" in CSV, an array of strings in JSON.
    void list(const QStringList &values);
    void null();
    /// Ends the row; writes out the buffer when it is large. Returns false on a write error.
    bool endRow();
    Status finish();

    const Error &error() const { return m_error; }

private:
    void separator();
    void rawCell(const QByteArray &bytes); ///< number-like: never quoted, never neutralised
    void jsonString(const QString &value);
    bool writeOut();

    QIODevice &m_device;
    ExportOptions m_options;
    QList<QByteArray> m_jsonKeys; ///< "\"key\":" for each column
    int m_column = 0;
    qint64 m_rows = 0;
    QByteArray m_buffer;
    Error m_error;
};

} // namespace Patron
