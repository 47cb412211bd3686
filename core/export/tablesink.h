#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

class QIODevice;

namespace Patron {

/// Writes out and clears a buffered writer's bytes; on failure sets *error (once) and
/// returns false. Shared by the text writers (CSV/JSON, vCard).
bool flushBuffer(QIODevice &device, QByteArray &buffer, Error *error);

enum class ExportFormat { Csv, Json, Xlsx, VCard };

/// Byte encoding of CSV text. JSON, XLSX and vCard are always UTF-8.
enum class TextEncoding { Utf8, Gb18030 };

struct ExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    /// A UTF-8 byte order mark before CSV, so Excel on Windows reads Chinese text right.
    /// Off here (standard output, pipes); files made by `patron export` and the GUI turn it on.
    bool utf8Bom = false;
    /// CSV only: GB18030 is what Excel on a Chinese Windows opens without a BOM.
    TextEncoding encoding = TextEncoding::Utf8;
    /// Choice values as the user sees them ("企业客户") instead of stored ones ("company"):
    /// for files people open; JSON and the list commands keep the stored values.
    bool choiceLabels = false;
};

/// What a column holds, so a typed format (XLSX) can write real numbers and dates and
/// pick a width; CSV and JSON only need the name.
enum class ColumnType { Text, LongText, Integer, Number, Money, Date, DateTime, Bool, List };

struct ExportColumn
{
    QString name;  ///< machine name: CSV header, JSON key ("customer_code")
    QString label; ///< translated: XLSX header ("客户编号")
    ColumnType type = ColumnType::Text;
    int width = 0; ///< XLSX column width in characters; 0 = from the type and label
};

/// Where an export writes its rows, one cell after the other (CSV, JSON, XLSX). Calls
/// follow begin() { beginRow() cell… endRow() }… finish(); cells come in column order.
class TableSink
{
public:
    virtual ~TableSink() = default;

    virtual Status begin() = 0;
    virtual void beginRow() = 0;
    virtual void text(const QString &value) = 0;
    virtual void integer(qint64 value) = 0;
    virtual void number(double value) = 0;
    /// Integer cents.
    virtual void money(qint64 cents) = 0;
    /// A stored date ("2026-03-05") or timestamp ("2026-03-05T14:30:00"); CSV and JSON
    /// keep the text, XLSX writes a real date. Empty or unparsable text is written as text.
    virtual void date(const QString &iso) = 0;
    virtual void boolean(bool value) = 0;
    /// Several values in one cell: "a; b" in CSV and XLSX, an array of strings in JSON.
    virtual void list(const QStringList &values) = 0;
    virtual void null() = 0;
    /// Ends the row. Returns false on a write error (then see error()).
    virtual bool endRow() = 0;
    virtual Status finish() = 0;
    virtual const Error &error() const = 0;
};

} // namespace Patron
