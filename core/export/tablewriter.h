#pragma once

#include "tablesink.h"

#include <QByteArray>
#include <QStringEncoder>
#include <QStringList>

#include <optional>

class QIODevice;

namespace Patron {

/// Writes a table as CSV (RFC 4180: comma, CRLF, double quotes; header row; UTF-8 with
/// or without BOM, or GB18030) or as a JSON array of objects (UTF-8), row by row into a
/// QIODevice, so memory does not grow with the number of rows. In CSV, text cells that a
/// spreadsheet would run as a formula (leading = + - @, tab, CR, NUL) get a leading
/// apostrophe; numbers are left alone.
class TableWriter : public TableSink
{
public:
    /// options.format must be Csv or Json.
    TableWriter(QIODevice &device, const ExportOptions &options, const QStringList &columns);

    static QString formatName(ExportFormat format);
    /// "csv" / "json" (any case); false for anything else.
    static bool parseFormat(const QString &name, ExportFormat *format);
    /// The text as a CSV cell would carry it (formula-neutralised), without quoting.
    static QString neutralize(const QString &text);

    Status begin() override;
    void beginRow() override;
    void text(const QString &value) override;
    void integer(qint64 value) override;
    void number(double value) override;
    /// Integer cents as yuan with two decimals ("1234.50").
    void money(qint64 cents) override;
    void date(const QString &iso) override { text(iso); }
    void boolean(bool value) override;
    void list(const QStringList &values) override;
    void null() override;
    /// Ends the row; writes out the buffer when it is large.
    bool endRow() override;
    Status finish() override;

    const Error &error() const override { return m_error; }

private:
    void separator();
    void append(const QString &text); ///< CSV text in the chosen encoding
    void rawCell(const QByteArray &bytes); ///< number-like: never quoted, never neutralised
    void jsonString(const QString &value);
    bool writeOut();

    QIODevice &m_device;
    ExportOptions m_options;
    QList<QByteArray> m_jsonKeys; ///< "\"key\":" for each column
    int m_column = 0;
    qint64 m_rows = 0;
    QByteArray m_buffer;
    std::optional<QStringEncoder> m_encoder; ///< GB18030; UTF-8 needs none
    Error m_error;
};

} // namespace Patron
