#pragma once

#include "import/tablereader.h"
#include "import/textdecoder.h"

#include <QCoreApplication>

#include <optional>

class QIODevice;

namespace Patron {

/// Reads CSV, TSV and TXT tables the way Excel, WPS and LibreOffice write them: RFC 4180
/// (quoted fields holding delimiters, doubled quotes and line breaks) with CRLF, LF or CR
/// line ends, in UTF-8, GB18030 or UTF-16 (see TextDecoder::detect). The delimiter is
/// detected among comma, semicolon, tab and pipe from the first 50 records (tab for .tsv).
/// A quote inside an unquoted field is literal text, text after a closing quote is kept;
/// an unterminated quoted field is an error naming the line where it starts. Reads 64 KiB
/// at a time: memory does not grow with the number of rows.
class CsvReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(Patron::CsvReader)

public:
    static constexpr qsizetype MaxFieldLength = 1 << 20; ///< characters (1 Mi)
    static constexpr int MaxColumns = 16384; ///< as many as Excel has

    explicit CsvReader(const QString &path, const ReaderOptions &options = {});
    /// Reads a random-access device (QFile, QBuffer) the caller owns; open() opens it for
    /// reading if it is not open yet. `name` only serves the .tsv rule.
    explicit CsvReader(QIODevice *device,
                       const ReaderOptions &options = {},
                       const QString &name = {});
    ~CsvReader() override;

    Status open() override;
    QStringList sheets() const override;
    Status selectSheet(int index) override;
    Result<bool> readRow(SourceRow &row) override;
    double progress() const override;
    QString formatDescription() const override;
    QString encodingName() const override;
    QChar delimiter() const override;

    /// Bytes read and decoded at a time (default 64 KiB). Tests and the fuzzer make it
    /// tiny so that characters, line ends and quotes fall on every chunk boundary.
    void setChunkSize(qint64 bytes) { m_chunkSize = qMax<qint64>(1, bytes); }

    /// True when the file starts with a byte order mark.
    bool hasByteOrderMark() const { return m_detection.bomLength > 0; }
    /// The translated name of a delimiter: "comma", "tab", …
    static QString delimiterName(QChar delimiter);

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    Status rewind();
    Result<bool> fill();
    Result<QChar> detectDelimiter();
    Error fail(Error error);
    Status appendToField(QStringView text);
    Status pushField(QStringList &cells, QStringView tail);
    void endLine(char16_t lineEnd);

    QString m_path;
    ReaderOptions m_options;
    std::unique_ptr<QIODevice> m_ownedDevice;
    QIODevice *m_device = nullptr;
    TextDecoder::Detection m_detection;
    std::optional<TextDecoder> m_decoder;
    QChar m_delimiter;
    bool m_opened = false;
    bool m_atEnd = false;
    Error m_error;

    qint64 m_chunkSize = 64 * 1024;
    QByteArray m_raw;
    QString m_buffer; // decoded text of the current chunk
    qsizetype m_pos = 0;
    QString m_field; // the part of the current field that earlier chunks held
    qint64 m_chunkBytes = 0; // bytes that m_buffer was decoded from
    qint64 m_line = 1; // physical line at m_pos
    qint64 m_recordLine = 1;
    qint64 m_fieldLine = 1;
    qsizetype m_columns = 0; // of the previous row, to reserve the next
    qint64 m_size = 0;
    bool m_prevCr = false;
};

} // namespace Patron
