// libFuzzer target for XlsxReader: any bytes, read from a QBuffer as a workbook. Every
// sheet is read to its end (capped), so the zip layer, the parts' XML and the cell
// conversions all see the mutated input. Built by scripts/fuzz-xlsx-local or, with
// PATRON_FUZZ, by tests/fuzz/xlsx.cmake.
#include "import/xlsxreader.h"
#include "import/xlsxvalues.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

using namespace Patron;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (size < 512) {
        // short inputs double as number and format texts
        const QString text = QString::fromUtf8(bytes);
        XlsxValues::formatNumberText(text);
        XlsxValues::customFormatKind(text);
        XlsxValues::decodeEscapes(text);
        int column = 0;
        qint64 row = 0;
        XlsxValues::parseCellRef(text, &column, &row);
    }
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    XlsxReader reader(&buffer, QStringLiteral("fuzz.xlsx"));
    static const bool verbose = qEnvironmentVariableIsSet("PATRON_FUZZ_VERBOSE");
    if (const Status opened = reader.open(); !opened.ok()) {
        if (verbose)
            qInfo("open: %s", qUtf8Printable(opened.error().message));
        return 0;
    }
    const int sheets = int(qMin<qsizetype>(reader.sheets().size(), 4));
    for (int s = 0; s < sheets; ++s) {
        if (s > 0 && !reader.selectSheet(s).ok())
            continue;
        reader.hiddenColumns();
        SourceRow row;
        for (int i = 0; i < 200000; ++i) {
            auto more = reader.readRow(row);
            reader.progress();
            if (!more.ok() && verbose)
                qInfo("row: %s", qUtf8Printable(more.error().message));
            if (!more.ok() || !*more)
                break;
        }
    }
    reader.formatDescription();
    return 0;
}
