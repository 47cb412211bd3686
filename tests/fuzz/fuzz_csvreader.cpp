// libFuzzer target for CsvReader and TextDecoder. Every input is read with detection and
// with each forced encoding, twice: in the normal 64 KiB chunks and in tiny chunks (1-16
// bytes, chosen by the input), and both reads must give the same rows and the same error.
// That checks chunk-boundary handling (split characters, CRLF, quotes) as well as memory
// safety and the documented caps. Seed corpus: tests/data/import/csv.

#include "import/csvreader.h"

#include <QBuffer>

#include <cstdio>
#include <cstdlib>

using namespace Patron;

namespace {

struct Outcome
{
    bool opened = false;
    QString description;
    QList<SourceRow> rows;
    QString error;
};

[[noreturn]] void failure(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz_csvreader: %s %s\n", what, detail.toUtf8().constData());
    std::abort();
}

Outcome read(const QByteArray &bytes, const ReaderOptions &options, qint64 chunkSize)
{
    // U+FFFD itself, encoded in UTF-8, UTF-16LE/BE or GB18030, may be in a cell.
    const bool mayHoldReplacement = bytes.contains("\xEF\xBF\xBD") || bytes.contains("\xFD\xFF")
        || bytes.contains("\xFF\xFD") || bytes.contains("\x84\x31\xA4\x37");
    Outcome out;
    QBuffer buffer;
    buffer.setData(bytes);
    CsvReader reader(&buffer, options);
    reader.setChunkSize(chunkSize);
    if (Status s = reader.open(); !s) {
        if (s.error().message.isEmpty())
            failure("open() failed without a message");
        out.error = s.error().message;
        return out;
    }
    out.opened = true;
    out.description = reader.formatDescription();
    qint64 lastLine = 0;
    for (;;) {
        SourceRow row;
        const Result<bool> more = reader.readRow(row);
        const double progress = reader.progress();
        if (!(progress >= 0.0 && progress <= 1.0))
            failure("progress out of range");
        if (!more) {
            out.error = more.error().message;
            if (out.error.isEmpty())
                failure("readRow() failed without a message");
            if (reader.readRow(row))
                failure("the read went on after an error");
            return out;
        }
        if (!*more)
            return out;
        if (row.number <= lastLine)
            failure("row numbers do not grow");
        lastLine = row.number;
        if (row.cells.isEmpty() || row.cells.size() > CsvReader::MaxColumns)
            failure("bad column count");
        for (const QString &cell : row.cells) {
            if (cell.size() > CsvReader::MaxFieldLength)
                failure("cell over the cap");
            // Undecodable bytes must stop the read, never reach a cell as U+FFFD.
            if (!mayHoldReplacement && cell.contains(QChar(QChar::ReplacementCharacter)))
                failure("a replacement character was imported, line", QString::number(row.number));
        }
        out.rows.append(row);
        // Keep the comparison cheap on long inputs.
        if (out.rows.size() > 20000)
            return out;
    }
}

void compare(const Outcome &a, const Outcome &b, const char *encoding)
{
    const QString what = QString::fromLatin1(encoding);
    if (a.opened != b.opened || a.error != b.error || a.description != b.description)
        failure("chunk size changed the outcome:", what + u' ' + a.error + u" | " + b.error);
    if (a.rows.size() != b.rows.size())
        failure("chunk size changed the row count:", what);
    for (qsizetype i = 0; i < a.rows.size(); ++i) {
        if (a.rows[i].number != b.rows[i].number || a.rows[i].cells != b.rows[i].cells)
            failure("chunk size changed a row:", what + u' ' + QString::number(a.rows[i].number));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const encodings[]
        = {"", "utf-8", "gb18030", "utf-16", "utf-16le", "utf-16be"};
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qint64 tiny = size ? 1 + data[size - 1] % 16 : 1;
    for (const char *encoding : encodings) {
        ReaderOptions options;
        options.encoding = QString::fromLatin1(encoding);
        compare(read(bytes, options, 64 * 1024), read(bytes, options, tiny), encoding);
    }
    ReaderOptions semicolon;
    semicolon.delimiter = u';';
    compare(read(bytes, semicolon, 64 * 1024), read(bytes, semicolon, tiny), "; forced");
    return 0;
}
