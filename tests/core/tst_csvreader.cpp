// CSV/TSV/TXT reading: encodings as Excel, WPS and LibreOffice write them, RFC 4180 and
// its sloppy variants, caps, streaming. Files of the corpus live in data/import/csv.

#include "import/csvreader.h"
#include "import/textdecoder.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Patron;

namespace {

QString corpus(const char *name)
{
    return QStringLiteral(PATRON_TEST_DATA_DIR "/import/csv/") + QString::fromUtf8(name);
}

struct ReadResult
{
    bool opened = false;
    QList<SourceRow> rows;
    Error error; // from open() or the row that stopped the read
};

ReadResult readAll(TableReader &reader)
{
    ReadResult r;
    if (Status s = reader.open(); !s) {
        r.error = s.error();
        return r;
    }
    r.opened = true;
    for (;;) {
        SourceRow row;
        const Result<bool> more = reader.readRow(row);
        if (!more) {
            r.error = more.error();
            return r;
        }
        if (!*more)
            return r;
        r.rows.append(row);
    }
}

ReadResult readFile(const QString &path, const ReaderOptions &options = {}, qint64 chunkSize = 0)
{
    CsvReader reader(path, options);
    if (chunkSize)
        reader.setChunkSize(chunkSize);
    return readAll(reader);
}

ReadResult readBytes(const QByteArray &bytes, const ReaderOptions &options = {})
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    CsvReader reader(&buffer, options);
    return readAll(reader);
}

QStringList cells(const char *utf8)
{
    return QString::fromUtf8(utf8).split(u'|');
}

// Bytes of a literal, embedded NULs included.
template<size_t N> QByteArray ba(const char (&literal)[N])
{
    return QByteArray(literal, qsizetype(N - 1));
}

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

ReaderOptions withEncoding(const char *encoding)
{
    ReaderOptions o;
    o.encoding = QString::fromLatin1(encoding);
    return o;
}

// RFC 4180 as Excel writes it: quotes only where needed.
QString writeCsv(const QList<QStringList> &records, QChar delimiter, const QString &lineEnd)
{
    QString text;
    for (const QStringList &record : records) {
        QStringList fields;
        for (QString field : record) {
            if (field.contains(u'"') || field.contains(delimiter) || field.contains(u'\n')
                || field.contains(u'\r') || field.startsWith(u' ')) {
                field.replace(u"\""_qs, u"\"\""_qs);
                field = u'"' + field + u'"';
            }
            fields.append(field);
        }
        text += fields.join(delimiter) + lineEnd;
    }
    return text;
}

QByteArray toGb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void excelChineseWindowsGbk()
    {
        CsvReader reader(corpus("gbk.csv"));
        const ReadResult r = readAll(reader);
        QVERIFY2(r.opened && !r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(reader.encodingName(), u"GB18030"_qs);
        QCOMPARE(reader.delimiter(), QChar(u','));
        QCOMPARE(reader.formatDescription(), u"GB18030, comma"_qs);
        QCOMPARE(r.rows.size(), 5);
        QCOMPARE(r.rows[0].cells, cells("客户名称|联系人|手机|地址|金额"));
        QCOMPARE(r.rows[1].cells,
                 cells("华联商贸有限公司|张伟|13800138000|北京市朝阳区建国路88号,3层|1,234.50"));
        QCOMPARE(r.rows[2].cells, QStringList(5, QString()));
        QVERIFY(r.rows[2].isBlank());
        QVERIFY(!r.rows[1].isBlank());
        QCOMPARE(r.rows[3].cells.at(3), u("广东省深圳市南山区\"科技园\""));
        QCOMPARE(r.rows[4].number, 5);
        QCOMPARE(reader.progress(), 1.0);
    }

    void excelCsvUtf8WithBom()
    {
        CsvReader reader(corpus("utf8-bom.csv"));
        const ReadResult r = readAll(reader);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(reader.formatDescription(), u"UTF-8 (BOM), comma"_qs);
        QVERIFY(reader.hasByteOrderMark());
        QCOMPARE(r.rows.size(), 4);
        QCOMPARE(r.rows[0].cells.first(), u("客户名称")); // no U+FEFF in the first header
        QCOMPARE(r.rows[2].cells, cells("😀表情客户|13900000000|含逗号,和引号\""));
        QCOMPARE(r.rows[3].cells, cells("Café Ünïcödé||"));
    }

    void excelUnicodeText_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("description");
        QTest::newRow("UTF-16LE with BOM (Excel Unicode text)")
            << corpus("utf16le.txt") << u"UTF-16LE"_qs << u"UTF-16LE (BOM), tab"_qs;
        QTest::newRow("UTF-16LE without BOM")
            << corpus("utf16le-nobom.txt") << u"UTF-16LE"_qs << u"UTF-16LE, tab"_qs;
        QTest::newRow("UTF-16BE with BOM")
            << corpus("utf16be.txt") << u"UTF-16BE"_qs << u"UTF-16BE (BOM), tab"_qs;
    }

    void excelUnicodeText()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(QString, description);
        CsvReader reader(file);
        const ReadResult r = readAll(reader);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(reader.encodingName(), encoding);
        QCOMPARE(reader.formatDescription(), description);
        QCOMPARE(r.rows.size(), 4);
        QCOMPARE(r.rows[0].cells, cells("客户名称|手机|地址"));
        QCOMPARE(r.rows[1].cells, cells("华联商贸|13800138000|北京市, 朝阳区"));
        QCOMPARE(r.rows[2].cells, cells("腾达电子|13912345678|第一行\n第二行"));
        QCOMPARE(r.rows[3].number, 5);
        QCOMPARE(r.rows[3].cells, cells("𠀀字号||含\t制表符"));
    }

    void otherWriters_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("description");
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("second");
        QTest::newRow("LibreOffice, all quoted, LF")
            << corpus("libreoffice.csv") << u"UTF-8, comma"_qs << 3
            << cells("华联商贸|13800138000|1234.5");
        QTest::newRow("WPS, GBK, no final line end")
            << corpus("wps.csv") << u"GB18030, comma"_qs << 3 << cells("华联商贸|13800138000|12");
        QTest::newRow("semicolon")
            << corpus("semicolon.csv") << u"UTF-8, semicolon"_qs << 4 << cells("华联|1,5|a;b");
        QTest::newRow("pipe") << corpus("pipe.txt") << u"UTF-8, pipe"_qs << 3
                              << cells("Hualian|13800138000|Beijing, Chaoyang");
        QTest::newRow(".tsv is tab even with more commas")
            << corpus("customers.tsv") << u"UTF-8, tab"_qs << 3
            << cells("华联|北京,朝阳,建国路,88号");
        QTest::newRow("GB18030 four-byte characters")
            << corpus("gb18030-4byte.csv") << u"GB18030, comma"_qs << 3 << cells("𠀀𪚥客户|😀");
        QTest::newRow("GBK lines that happen to be valid UTF-8")
            << corpus("gbk-valid-utf8-lines.csv") << u"GB18030, comma"_qs << 5 << cells("1|蹇戒互");
        QTest::newRow("lone CR") << corpus("lone-cr.csv") << u"UTF-8, comma"_qs << 4
                                 << cells("c|d");
    }

    void otherWriters()
    {
        QFETCH(QString, file);
        QFETCH(QString, description);
        QFETCH(int, count);
        QFETCH(QStringList, second);
        CsvReader reader(file);
        const ReadResult r = readAll(reader);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(reader.formatDescription(), description);
        QCOMPARE(r.rows.size(), count);
        QCOMPARE(r.rows[1].cells, second);
        QCOMPARE(r.rows[1].number, 2);
    }

    void lineEnds_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("CRLF") << QByteArray("a,b\r\n\"x\r\ny\",2\r\nc,3\r\n");
        QTest::newRow("LF") << QByteArray("a,b\n\"x\r\ny\",2\nc,3\n");
        QTest::newRow("CR") << QByteArray("a,b\r\"x\r\ny\",2\rc,3\r");
        QTest::newRow("no final line end") << QByteArray("a,b\r\n\"x\r\ny\",2\r\nc,3");
    }

    void lineEnds()
    {
        QFETCH(QByteArray, bytes);
        const ReadResult r = readBytes(bytes);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.rows[1].cells, cells("x\r\ny|2"));
        QCOMPARE(r.rows[2].cells, cells("c|3"));
        QCOMPARE(r.rows[2].number, 4); // the CRLF inside the quotes is one line end
    }

    void embeddedNewlinesAndQuotes()
    {
        const ReadResult r = readFile(corpus("embedded-newlines.csv"));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(r.rows.size(), 5);
        QList<qint64> numbers;
        for (const SourceRow &row : r.rows)
            numbers.append(row.number);
        QCOMPARE(numbers, (QList<qint64> {1, 2, 5, 6, 9}));
        QCOMPARE(r.rows[1].cells, cells("华联|第一行\n第二行\r\n第三行|1"));
        QCOMPARE(r.rows[2].cells, cells("腾达|他说\"你好\"|2"));
        QCOMPARE(r.rows[3].cells, cells("多行\n\"引号\"\n||3"));
        QCOMPARE(r.rows[4].cells, cells("end|x|4"));
    }

    void sloppyQuotes()
    {
        const ReadResult r = readFile(corpus("sloppy-quotes.csv"));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows[0].cells, cells("5\" pipe|ab\"c\"d|xy|z"));
        QCOMPARE(r.rows[1].cells, cells(" \"q\"|a\"\"b||\""));
    }

    void blankRows()
    {
        const ReadResult r = readFile(corpus("blank-rows.csv"));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(r.rows.size(), 5);
        QCOMPARE(r.rows[1].cells, QStringList(3, QString()));
        QCOMPARE(r.rows[2].cells, QStringList(QString())); // an empty line is one empty cell
        QCOMPARE(r.rows[2].number, 3);
        QVERIFY(r.rows[1].isBlank() && r.rows[2].isBlank() && r.rows[3].isBlank());
        QCOMPARE(r.rows[4].cells, cells("1|2|3"));
    }

    void emptyFile()
    {
        const ReadResult r = readBytes(QByteArray());
        QVERIFY(r.opened);
        QVERIFY(!r.error.isError());
        QVERIFY(r.rows.isEmpty());
        const ReadResult bom = readBytes(QByteArray("\xEF\xBB\xBF"));
        QVERIFY(bom.opened && !bom.error.isError() && bom.rows.isEmpty());
    }

    void missingFileIsAnIoError()
    {
        CsvReader reader(corpus("no-such-file.csv"));
        const Status s = reader.open();
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Io);
        QVERIFY(s.error().message.contains(u"no-such-file.csv"_qs));
    }

    void unterminatedQuote()
    {
        const ReadResult r = readFile(corpus("unterminated-quote.csv"));
        QVERIFY(r.opened);
        QCOMPARE(r.rows.size(), 2); // the rows before it were read
        QCOMPARE(r.error.code, Error::Invalid);
        QVERIFY2(r.error.message.startsWith(u"Line 3:"_qs), qPrintable(r.error.message));
        QVERIFY(r.error.message.contains(u"quote"_qs));
    }

    void errorStopsTheRead()
    {
        CsvReader reader(corpus("unterminated-quote.csv"));
        QVERIFY(reader.open());
        SourceRow row;
        QVERIFY(*reader.readRow(row));
        QVERIFY(*reader.readRow(row));
        QVERIFY(!reader.readRow(row));
        QVERIFY(!reader.readRow(row)); // stays stopped
        QVERIFY(reader.selectSheet(0)); // and can start again
        QVERIFY(*reader.readRow(row));
        QCOMPARE(row.cells, cells("name|note"));
    }

    void mixedEncodings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("UTF-8 then GBK") << corpus("mixed-encoding.csv") << u"Line 4:"_qs;
        QTest::newRow("GBK then UTF-8") << corpus("mixed-gbk-first.csv") << u"Line 3:"_qs;
        // Found by fuzz_csvreader: lines that fit neither encoding before the UTF-8 line.
        QTest::newRow("GBK, garbage, then UTF-8")
            << corpus("mixed-and-invalid.csv") << u"Line 5: the text is UTF-8, but line 1"_qs;
    }

    void mixedEncodings()
    {
        QFETCH(QString, file);
        QFETCH(QString, prefix);
        const ReadResult r = readFile(file);
        QVERIFY(!r.opened);
        QCOMPARE(r.error.code, Error::Invalid);
        QVERIFY2(r.error.message.startsWith(prefix), qPrintable(r.error.message));
        QVERIFY(r.error.message.contains(u"mixes encodings"_qs));
    }

    void mixedEncodingFarIntoTheFile()
    {
        // 300,000 ASCII lines first: detection must look at the whole file, not a sample.
        QByteArray bytes = ba("名称,手机\n");
        for (int i = 0; i < 300000; ++i)
            bytes += "abc,123\n";
        bytes += toGb18030(u("华联,1\n"));
        const ReadResult r = readBytes(bytes);
        QVERIFY(!r.opened);
        QVERIFY2(r.error.message.startsWith(u"Line 300002:"_qs), qPrintable(r.error.message));
    }

    void invalidUtf8AfterBom()
    {
        const ReadResult r = readFile(corpus("invalid-utf8.csv"));
        QCOMPARE(r.error.code, Error::Invalid);
        QVERIFY2(r.error.message.startsWith(u"Line 3: the text is not valid UTF-8"_qs),
                 qPrintable(r.error.message));
        for (const SourceRow &row : r.rows) // no mojibake reached the caller
            QVERIFY(!row.cells.join(QString()).contains(QChar(QChar::ReplacementCharacter)));
    }

    void rowsBeforeABadLineAreRead()
    {
        // No delimiter detection, so open() reads nothing: the rows before line 3 come
        // out, then the error, in 64 KiB chunks as in 1-byte chunks.
        ReaderOptions options;
        options.delimiter = u',';
        for (qint64 chunk : {qint64(64 * 1024), qint64(1)}) {
            const ReadResult r = readFile(corpus("invalid-utf8.csv"), options, chunk);
            QVERIFY(r.opened);
            QCOMPARE(r.rows.size(), 2);
            QCOMPARE(r.rows[1].cells, cells("华联|1"));
            QVERIFY2(r.error.message.startsWith(u"Line 3: the text is not valid UTF-8"_qs),
                     qPrintable(r.error.message));
        }
    }

    // Characters, CRLFs, BOMs and quotes split across chunk boundaries read the same.
    void chunkSizeDoesNotMatter()
    {
        const QDir dir(QStringLiteral(PATRON_TEST_DATA_DIR "/import/csv"));
        const QStringList files = dir.entryList(QDir::Files);
        QVERIFY(files.size() >= 20);
        for (const QString &name : files) {
            for (const char *encoding : {"", "utf-8", "gb18030", "utf-16"}) {
                const ReadResult whole = readFile(dir.filePath(name), withEncoding(encoding));
                for (qint64 chunk : {1, 2, 3, 5, 7}) {
                    const ReadResult split
                        = readFile(dir.filePath(name), withEncoding(encoding), chunk);
                    const QByteArray what
                        = name.toUtf8() + ' ' + encoding + ' ' + QByteArray::number(chunk);
                    QVERIFY2(split.opened == whole.opened, what.constData());
                    QVERIFY2(split.error.message == whole.error.message, what.constData());
                    QVERIFY2(split.rows.size() == whole.rows.size(), what.constData());
                    for (qsizetype i = 0; i < whole.rows.size(); ++i) {
                        QVERIFY2(split.rows[i].cells == whole.rows[i].cells, what.constData());
                        QVERIFY2(split.rows[i].number == whole.rows[i].number, what.constData());
                    }
                }
            }
        }
    }

    void neitherUtf8NorGb18030()
    {
        const ReadResult r = readFile(corpus("invalid-bytes.csv"));
        QVERIFY(!r.opened);
        QVERIFY2(r.error.message.startsWith(u"Line 2: the text is neither UTF-8 nor GB18030"_qs),
                 qPrintable(r.error.message));
    }

    void truncatedCharacterAtTheEnd()
    {
        const ReadResult utf8 = readBytes(ba("\xEF\xBB\xBF"
                                             "a,b\r\nc,\xE5\x8D"));
        QVERIFY2(utf8.error.message.startsWith(u"Line 2:"_qs), qPrintable(utf8.error.message));
        const ReadResult gb = readBytes(ba("a,b\nc,\xD6"), withEncoding("gb18030"));
        QVERIFY2(gb.error.message.startsWith(u"Line 2: the text is not valid GB18030"_qs),
                 qPrintable(gb.error.message));
        const ReadResult u16 = readBytes(ba("\xFF\xFE"
                                            "a\0,\0b\0\n\0c"));
        QVERIFY2(u16.error.message.startsWith(u"Line 2: the text is not valid UTF-16LE"_qs),
                 qPrintable(u16.error.message));
        // A lone surrogate (D800) in UTF-16.
        const ReadResult lone = readBytes(ba("\xFF\xFE"
                                             "a\0\n\0\x00\xD8,\0b\0"));
        QVERIFY2(lone.error.message.startsWith(u"Line 2:"_qs), qPrintable(lone.error.message));
    }

    void forcedEncoding_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("used");
        QTest::addColumn<QString>("errorPrefix");
        QTest::newRow("GBK file read as UTF-8")
            << corpus("gbk.csv") << u"utf-8"_qs << u"UTF-8"_qs
            << u"Line 1: the text is not valid UTF-8; choose another encoding."_qs;
        QTest::newRow("GBK file read as GB18030")
            << corpus("gbk.csv") << u"gb18030"_qs << u"GB18030"_qs << QString();
        QTest::newRow("mixed file forced to UTF-8")
            << corpus("mixed-encoding.csv") << u"UTF-8"_qs << u"UTF-8"_qs
            << u"Line 4: the text is not valid UTF-8"_qs;
        QTest::newRow("BOM skipped when forced")
            << corpus("utf8-bom.csv") << u"utf-8"_qs << u"UTF-8"_qs << QString();
        QTest::newRow("utf-16 without BOM is LE")
            << corpus("utf16le-nobom.txt") << u"utf-16"_qs << u"UTF-16LE"_qs << QString();
        QTest::newRow("utf-16 with BE BOM")
            << corpus("utf16be.txt") << u"utf-16"_qs << u"UTF-16BE"_qs << QString();
        QTest::newRow("utf-16le") << corpus("utf16le.txt") << u"utf-16le"_qs << u"UTF-16LE"_qs
                                  << QString();
        QTest::newRow("UTF-8 file forced to UTF-16BE is odd-sized")
            << corpus("semicolon.csv") << u"utf-16be"_qs << u"UTF-16BE"_qs
            << u"Line 1: the text is not valid UTF-16BE"_qs;
    }

    void forcedEncoding()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(QString, used);
        QFETCH(QString, errorPrefix);
        ReaderOptions options;
        options.encoding = encoding;
        CsvReader reader(file, options);
        const ReadResult r = readAll(reader);
        if (errorPrefix.isEmpty()) {
            QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
            QCOMPARE(reader.encodingName(), used);
            QVERIFY(r.rows.size() > 2);
            QVERIFY(!r.rows[0].cells.first().startsWith(QChar(0xFEFF)));
            QVERIFY(r.rows[0].cells.first().startsWith(u("客户名称")));
        } else {
            QVERIFY2(r.error.message.startsWith(errorPrefix), qPrintable(r.error.message));
        }
    }

    void unknownEncodingName()
    {
        const ReadResult r = readFile(corpus("gbk.csv"), withEncoding("latin-9"));
        QVERIFY(!r.opened);
        QCOMPARE(r.error.code, Error::Invalid);
        QVERIFY(r.error.message.contains(u"latin-9"_qs));
        QVERIFY(readFile(corpus("gbk.csv"), withEncoding("AUTO")).opened);
    }

    void forcedDelimiter()
    {
        ReaderOptions options;
        options.delimiter = u';';
        CsvReader reader(corpus("gbk.csv"), options);
        const ReadResult r = readAll(reader);
        QVERIFY(!r.error.isError());
        QCOMPARE(reader.delimiter(), QChar(u';'));
        QCOMPARE(r.rows[0].cells.size(), 1);
        options.delimiter = u'"';
        QVERIFY(!readFile(corpus("gbk.csv"), options).opened);
    }

    void delimiterDetection_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("tab text with commas in addresses")
            << u("名称\t地址\t电话\n华联\t北京,朝阳\t1\n腾达\t深圳,南山,科技园\t2\n").toUtf8()
            << QChar(u'\t');
        QTest::newRow("comma with semicolons in quotes")
            << ba("a,b,c\n\"x;y;z\",1,2\n\"p;q\",3,4\n") << QChar(u',');
        QTest::newRow("comma with a multi-line quoted header")
            << ba("\"a\nb;c\",d\n1,2\n3,4\n") << QChar(u',');
        QTest::newRow("single column defaults to comma") << ba("name\nx\ny\n") << QChar(u',');
        QTest::newRow("one line") << ba("a|b|c") << QChar(u'|');
        QTest::newRow("pipe beats a stray comma") << ba("a|b\nc,d|e\nf|g\n") << QChar(u'|');
    }

    void delimiterDetection()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, delimiter);
        QBuffer buffer(&bytes);
        CsvReader reader(&buffer);
        QVERIFY(reader.open());
        QCOMPARE(reader.delimiter(), delimiter);
    }

    void columnCap()
    {
        QByteArray line;
        for (int i = 0; i < CsvReader::MaxColumns; ++i)
            line += i ? ",x" : "x";
        const ReadResult ok = readBytes("a,b\n" + line + "\n");
        QVERIFY2(!ok.error.isError(), qPrintable(ok.error.message));
        QCOMPARE(ok.rows[1].cells.size(), CsvReader::MaxColumns);
        const ReadResult wide = readBytes("a,b\n" + line + ",x\nc,d\n");
        QVERIFY2(wide.error.message.startsWith(u"Line 2: the row has more than 16384 columns"_qs),
                 qPrintable(wide.error.message));
    }

    void fieldCap()
    {
        const QByteArray big(CsvReader::MaxFieldLength, 'x');
        const ReadResult ok = readBytes("a,b\n\"" + big + "\",1\n" + big + "\n");
        QVERIFY2(!ok.error.isError(), qPrintable(ok.error.message));
        QCOMPARE(ok.rows[1].cells.first().size(), CsvReader::MaxFieldLength);
        QCOMPARE(ok.rows[2].cells.first().size(), CsvReader::MaxFieldLength);
        const ReadResult quoted = readBytes("a,b\nc,d\n1,\"" + big + "x\"\n");
        QVERIFY2(quoted.error.message.startsWith(u"Line 3: a field is longer than"_qs),
                 qPrintable(quoted.error.message));
        const ReadResult plain = readBytes("a,b\n" + big + "y,1\n");
        QVERIFY2(plain.error.message.startsWith(u"Line 2: a field is longer than"_qs),
                 qPrintable(plain.error.message));
        // An unbalanced quote in a big file ends at the cap, naming where it started.
        QByteArray runaway = "a,b\n\"open,1\n";
        while (runaway.size() <= CsvReader::MaxFieldLength + 10)
            runaway += "row,2\n";
        const ReadResult r = readBytes(runaway);
        QVERIFY2(r.error.message.startsWith(u"Line 2:"_qs), qPrintable(r.error.message));
    }

    // Random records, written as Excel/LibreOffice would in each encoding and line end,
    // read back the same: covers characters, CRLFs and quotes split across 64 KiB chunks.
    void roundTrip_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("lineEnd");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("UTF-8 CRLF comma")
            << int(QStringConverter::Utf8) << u"\r\n"_qs << QChar(u',');
        QTest::newRow("UTF-8 LF semicolon")
            << int(QStringConverter::Utf8) << u"\n"_qs << QChar(u';');
        QTest::newRow("GB18030 CRLF comma") << -1 << u"\r\n"_qs << QChar(u',');
        QTest::newRow("GB18030 CR pipe") << -1 << u"\r"_qs << QChar(u'|');
        QTest::newRow("UTF-16LE CRLF tab")
            << int(QStringConverter::Utf16LE) << u"\r\n"_qs << QChar(u'\t');
        QTest::newRow("UTF-16BE LF tab")
            << int(QStringConverter::Utf16BE) << u"\n"_qs << QChar(u'\t');
    }

    void roundTrip()
    {
        QFETCH(int, encoding);
        QFETCH(QString, lineEnd);
        QFETCH(QChar, delimiter);
        const QStringList pieces
            = {u"华联"_qs, u"商贸"_qs, u"a"_qs, u"\""_qs, u","_qs, u";"_qs,   u"\t"_qs, u"|"_qs,
               u"\n"_qs,   u"\r\n"_qs, u"😀"_qs, u"𠀀"_qs, u" "_qs, u"138"_qs, u"é"_qs};
        QRandomGenerator random(4180);
        QList<QStringList> records;
        records.append({u"名称"_qs, u"备注"_qs, u"金额"_qs, u"电话"_qs});
        qsizetype chars = 0;
        while (chars < 600000) {
            QStringList record;
            for (int c = 0; c < 4; ++c) {
                QString field;
                const int n = int(random.bounded(12));
                for (int i = 0; i < n; ++i)
                    field += pieces.at(int(random.bounded(qsizetype(pieces.size()))));
                chars += field.size() + 1;
                record.append(field);
            }
            records.append(record);
        }
        const QString text = writeCsv(records, delimiter, lineEnd);
        QByteArray bytes;
        if (encoding < 0) {
            bytes = toGb18030(text);
        } else {
            QStringEncoder encoder {QStringConverter::Encoding(encoding)};
            bytes = encoder.encode(text);
        }
        const ReadResult r = readBytes(bytes);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(r.rows.size(), records.size());
        qint64 line = 1;
        for (qsizetype i = 0; i < records.size(); ++i) {
            QCOMPARE(r.rows[i].cells, records[i]);
            QCOMPARE(r.rows[i].number, line);
            line += 1;
            for (const QString &field : records[i])
                line += field.count(u'\n') + field.count(u'\r') - field.count(u"\r\n"_qs);
        }
    }

    void rewindAndProgress()
    {
        QByteArray bytes = "name,phone\r\n";
        for (int i = 0; i < 50000; ++i)
            bytes += "customer " + QByteArray::number(i) + ",138" + QByteArray::number(i) + "\r\n";
        QBuffer buffer(&bytes);
        CsvReader reader(&buffer);
        QVERIFY(reader.open());
        QCOMPARE(reader.progress(), 0.0);
        SourceRow row;
        double last = 0;
        bool grew = false;
        for (int i = 0; i < 30000; ++i) {
            QVERIFY(*reader.readRow(row));
            QVERIFY(reader.progress() >= last);
            grew = grew || reader.progress() > last;
            last = reader.progress();
        }
        QVERIFY(grew);
        QVERIFY(last > 0.45 && last < 0.75);
        QCOMPARE(reader.sheets(), QStringList(QString()));
        QVERIFY(!reader.selectSheet(1));
        QVERIFY(reader.selectSheet(0));
        QVERIFY(*reader.readRow(row));
        QCOMPARE(row.number, 1);
        QCOMPARE(row.cells, cells("name|phone"));
    }

    // 200,000 rows of 10 columns from a file; prints rows/s (PATRON_CSV_BENCH_ROWS=n for
    // a bigger run).
    void bigGeneratedFile()
    {
        const int rows = qEnvironmentVariableIsSet("PATRON_CSV_BENCH_ROWS")
            ? qEnvironmentVariableIntValue("PATRON_CSV_BENCH_ROWS")
            : 200000;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.csv"_qs);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray chunk
                = toGb18030(u("编号,客户名称,联系人,手机,邮箱,省份,城市,地址,金额,备注\r\n"));
            const QByteArray city = toGb18030(u(",广东省,深圳市,\"南山区科技园, 1栋\",")),
                             name = toGb18030(u(",华联商贸有限公司")),
                             contact = toGb18030(u(",张伟,"));
            for (int i = 1; i <= rows; ++i) {
                const QByteArray n = QByteArray::number(i);
                chunk += n + name + n + contact + "138" + n.rightJustified(8, '0') + ",c" + n
                    + "@example.com" + city + n + ".50,\"note \"\"" + n + "\"\"\"\r\n";
                if (chunk.size() > (1 << 20)) {
                    file.write(chunk);
                    chunk.clear();
                }
            }
            file.write(chunk);
        }
        const qint64 size = QFileInfo(path).size();
        QElapsedTimer timer;
        timer.start();
        CsvReader reader(path);
        QVERIFY(reader.open());
        QCOMPARE(reader.formatDescription(), u"GB18030, comma"_qs);
        SourceRow row;
        int count = 0;
        qint64 lastNumber = 0;
        while (true) {
            const Result<bool> more = reader.readRow(row);
            QVERIFY2(more, qPrintable(more.error().message));
            if (!*more)
                break;
            ++count;
            lastNumber = row.number;
            if (count == 1 + rows / 2) {
                QCOMPARE(row.cells.size(), 10);
                QCOMPARE(row.cells.at(0), QString::number(rows / 2));
                QCOMPARE(row.cells.at(7), u("南山区科技园, 1栋"));
                QCOMPARE(row.cells.at(9), u"note \"%1\""_qs.arg(rows / 2));
            }
        }
        const qint64 ms = qMax<qint64>(1, timer.elapsed());
        QCOMPARE(count, rows + 1);
        QCOMPARE(lastNumber, rows + 1);
        QCOMPARE(reader.progress(), 1.0);
        qInfo("%d rows (%lld MB, GB18030) in %lld ms: %lld rows/s, %.0f MB/s", count, size >> 20,
              ms, qint64(count) * 1000 / ms, double(size) / 1048.576 / double(ms));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
