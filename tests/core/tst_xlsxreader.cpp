// XLSX and XLS readers: values as the user saw them, quirks of real writers, the nasty
// corpus, and a full 1,048,576-row sheet generated at test time with libxlsxwriter.
#include "import/tablereader.h"
#include "import/xlsreader.h"
#include "import/xlsxreader.h"
#include "import/xlsxvalues.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <ctime>

using namespace Patron;
using namespace Patron::XlsxValues;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(PATRON_TEST_DATA_DIR "/import/xlsx/") + name;
}

struct ReadResult
{
    QList<SourceRow> rows;
    Error error;
};

ReadResult readAll(TableReader &reader, int maxRows = 100000)
{
    ReadResult result;
    for (int i = 0; i < maxRows; ++i) {
        SourceRow row;
        auto more = reader.readRow(row);
        if (!more) {
            result.error = more.error();
            break;
        }
        if (!*more)
            break;
        result.rows.append(row);
    }
    return result;
}

QStringList L(std::initializer_list<const char *> cells)
{
    QStringList out;
    for (const char *c : cells)
        out.append(QString::fromUtf8(c));
    return out;
}

// libxlsxwriter runs in a helper process: QuaZip exports minizip's zipOpen3() & co., and
// in one process libxlsxwriter would call QuaZip's incompatible versions and crash.
bool generate(const QString &what, const QString &path)
{
    QProcess process;
    process.start(QStringLiteral(PATRON_XLSXGEN), {what, path});
    if (!process.waitForFinished(300000) || process.exitCode() != 0) {
        qWarning("xlsxgen failed: %s", process.readAllStandardError().constData());
        return false;
    }
    return true;
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void formatNumber_data();
    void formatNumber();
    void formatKinds();
    void serialDates();
    void cellRefs();

    void quirks();
    void prefixedSheetInWorkbookOrder();
    void date1904();
    void libreOfficeXlsx();
    void libreOfficeXls();
    void createSniffsContent();
    void readsFromDevice();
    void nasty_data();
    void nasty();
    void maxColumns();
    void millionRows();
    void speed();
};

void TestXlsxReader::formatNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mobile in exponent") << "1.3800138E10"
                                        << "13800138000";
    QTest::newRow("float noise") << "12.300000000000001"
                                 << "12.3";
    QTest::newRow("0.1+0.2") << "0.30000000000000004"
                             << "0.3";
    QTest::newRow("plain") << "1234.5"
                           << "1234.5";
    QTest::newRow("integer") << "20240001"
                             << "20240001";
    QTest::newRow("negative small") << "-1.5E-3"
                                    << "-0.0015";
    QTest::newRow("tiny") << "1E-10"
                          << "0.0000000001";
    QTest::newRow("big") << "1.5E+20"
                         << "150000000000000000000";
    QTest::newRow("id beyond 15 digits") << "123456789012345678"
                                         << "123456789012346000";
    QTest::newRow("trailing zeros") << "2.50"
                                    << "2.5";
    QTest::newRow("minus zero") << "-0"
                                << "0";
    QTest::newRow("not a number") << "abc"
                                  << "abc";
}

void TestXlsxReader::formatNumber()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(formatNumberText(text), expected);
}

void TestXlsxReader::formatKinds()
{
    QCOMPARE(builtinFormatKind(0), FormatKind::Number);
    QCOMPARE(builtinFormatKind(14), FormatKind::Date);
    QCOMPARE(builtinFormatKind(22), FormatKind::Date);
    QCOMPARE(builtinFormatKind(20), FormatKind::Time);
    QCOMPARE(builtinFormatKind(31), FormatKind::Date);
    QCOMPARE(builtinFormatKind(57), FormatKind::Date);
    QCOMPARE(builtinFormatKind(49), FormatKind::Number);
    QCOMPARE(customFormatKind(u"yyyy\"年\"m\"月\"d\"日\""), FormatKind::Date);
    QCOMPARE(customFormatKind(u"yyyy/m/d h:mm"), FormatKind::Date);
    QCOMPARE(customFormatKind(u"h:mm AM/PM"), FormatKind::Time);
    QCOMPARE(customFormatKind(u"[h]:mm:ss"), FormatKind::Time);
    QCOMPARE(customFormatKind(u"mmm"), FormatKind::Date);
    QCOMPARE(customFormatKind(u"\"¥\"#,##0.00;[Red]\\-\"¥\"#,##0.00"), FormatKind::Number);
    QCOMPARE(customFormatKind(u"0.00\"天数 days\""), FormatKind::Number);
    QCOMPARE(customFormatKind(u"[$-804]0.00"), FormatKind::Number);
    QCOMPARE(customFormatKind(u"#,##0_);[Red](#,##0)"), FormatKind::Number);
    QCOMPARE(customFormatKind(u"0.00E+00"), FormatKind::Number);
    QCOMPARE(customFormatKind(u"@"), FormatKind::Number);
}

void TestXlsxReader::serialDates()
{
    QCOMPARE(serialToIso(45356, false, FormatKind::Date), QStringLiteral("2024-03-05"));
    QCOMPARE(serialToIso(45356.604166666664, false, FormatKind::Date),
             QStringLiteral("2024-03-05T14:30:00"));
    QCOMPARE(serialToIso(0.5, false, FormatKind::Time), QStringLiteral("12:00:00"));
    QCOMPARE(serialToIso(45356.5, false, FormatKind::Time), QStringLiteral("2024-03-05T12:00:00"));
    QCOMPARE(serialToIso(1, false, FormatKind::Date), QStringLiteral("1900-01-01"));
    QCOMPARE(serialToIso(59, false, FormatKind::Date), QStringLiteral("1900-02-28"));
    QCOMPARE(serialToIso(61, false, FormatKind::Date), QStringLiteral("1900-03-01"));
    QCOMPARE(serialToIso(43894, true, FormatKind::Date), QStringLiteral("2024-03-05"));
    // a second before midnight rounds into the next day, not to 24:00:00
    QCOMPARE(serialToIso(45356.999999999, false, FormatKind::Date), QStringLiteral("2024-03-06"));
    QVERIFY(serialToIso(-1, false, FormatKind::Date).isNull());
    QVERIFY(serialToIso(3e6, false, FormatKind::Date).isNull());
}

void TestXlsxReader::cellRefs()
{
    int column = 0;
    qint64 row = 0;
    QVERIFY(parseCellRef(u"B7", &column, &row));
    QCOMPARE(column, 1);
    QCOMPARE(row, 7);
    QVERIFY(parseCellRef(u"XFD1048576", &column, &row));
    QCOMPARE(column, 16383);
    QCOMPARE(row, 1048576);
    QVERIFY(!parseCellRef(u"XFE1", &column, &row));
    QVERIFY(!parseCellRef(u"A1048577", &column, &row));
    QVERIFY(!parseCellRef(u"A0", &column, &row));
    QVERIFY(!parseCellRef(u"1A", &column, &row));
    QCOMPARE(columnName(0), QStringLiteral("A"));
    QCOMPARE(columnName(26), QStringLiteral("AA"));
    QCOMPARE(columnName(16383), QStringLiteral("XFD"));
}

void TestXlsxReader::quirks()
{
    XlsxReader reader(fixture(QStringLiteral("quirks.xlsx")));
    const Status opened = reader.open();
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(reader.sheets(), L({"订单", "客户"}));
    QVERIFY(reader.selectSheet(1).ok());
    QCOMPARE(reader.hiddenColumns(), QList<int> {6});
    QElapsedTimer timer;
    timer.start();
    const ReadResult r = readAll(reader);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
    QCOMPARE(r.rows.size(), 7); // the 2,991 formatted rows at the end are not rows
    QCOMPARE(reader.progress(), 1.0);

    const QString title = QString::fromUtf8("客户名单（2024年3月）");
    QCOMPARE(r.rows[0].number, 1);
    QCOMPARE(r.rows[0].cells, QStringList(6, title)); // merged A1:F1
    QCOMPARE(r.rows[1].cells, L({"客户名称", "手机", "编号", "负责人", "金额", "日期", "省份"}));
    QCOMPARE(r.rows[2].cells,
             L({"华联商贸有限公司", "13800138000", "00123", "张伟", "12.3", "2024-03-05", "浙江"}));
    QVERIFY(!r.rows[2].hasFormula);
    // no r attributes: placed in order; merged D3:D5 and G3:G4 filled from the top left
    QCOMPARE(
        r.rows[3].cells,
        L({"上海明远科技", "13912345678", "00456", "张伟", "0.3", "2024-03-05T14:30:00", "浙江"}));
    QVERIFY(r.rows[3].hasFormula);
    // rich text without its phonetic guide, gaps, boolean, #N/A as empty
    QCOMPARE(r.rows[4].cells, L({"北京 朝阳", "", "TRUE", "张伟", "", "2024-03-05"}));
    QVERIFY(r.rows[4].hasFormula);
    QVERIFY(!r.rows[4].hidden);
    QCOMPARE(r.rows[5].number, 6);
    QVERIFY(r.rows[5].hidden);
    QCOMPARE(r.rows[5].cells, L({"第一行\r\n第二行", "", "", "", "-0.0015", "12:00:00"}));
    QCOMPARE(r.rows[6].number, 8);
    QCOMPARE(r.rows[6].cells, L({"合计", "", "", "", "12.5985"}));
    QVERIFY(r.rows[6].hasFormula);
    QVERIFY(timer.elapsed() < 10000); // generous: the CI machine may be busy

    // selecting again restarts the sheet
    QVERIFY(reader.selectSheet(1).ok());
    SourceRow first;
    QVERIFY(reader.readRow(first).value());
    QCOMPARE(first.number, 1);
}

void TestXlsxReader::prefixedSheetInWorkbookOrder()
{
    XlsxReader reader(fixture(QStringLiteral("quirks.xlsx")));
    QVERIFY(reader.open().ok());
    const ReadResult r = readAll(reader); // the first sheet, 订单, uses an x: prefix
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(r.rows[0].cells, L({"订单号", "客户"}));
    QCOMPARE(r.rows[1].cells, L({"20240001", "华联"}));
    QCOMPARE(r.rows[2].cells, L({"20240002", "华联"})); // merged B2:B3
}

void TestXlsxReader::date1904()
{
    XlsxReader reader(fixture(QStringLiteral("date1904.xlsx")));
    QVERIFY(reader.open().ok());
    QVERIFY(reader.uses1904Dates());
    const ReadResult r = readAll(reader);
    QCOMPARE(r.rows.size(), 1);
    QCOMPARE(r.rows[0].cells, L({"2024-03-05", "2024-03-05T18:00:00", "43894"}));
}

void TestXlsxReader::libreOfficeXlsx()
{
    // written by LibreOffice Calc 7.4 from libreoffice.fods
    XlsxReader reader(fixture(QStringLiteral("libreoffice.xlsx")));
    QVERIFY(reader.open().ok());
    QCOMPARE(reader.sheets(), L({"客户", "订单"}));
    QCOMPARE(reader.hiddenColumns(), QList<int> {4});
    const ReadResult r = readAll(reader);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
    QCOMPARE(r.rows.size(), 4);
    QCOMPARE(r.rows[0].cells,
             L({"客户名称", "手机", "编号", "负责人", "备注", "下单日期", "金额"}));
    QCOMPARE(
        r.rows[1].cells,
        L({"华联商贸有限公司", "13800138000", "00123", "张伟", "老客户", "2024-03-05", "1234.5"}));
    QVERIFY(r.rows[2].hidden);
    QCOMPARE(r.rows[2].cells,
             L({"上海明远科技", "13912345678", "00456", "张伟", "", "2024-03-05T14:30:00", "0.1"}));
    QCOMPARE(r.rows[3].cells, L({"合计", "", "", "", "", "", "1234.6"}));
    QVERIFY(r.rows[3].hasFormula);
    QVERIFY(reader.selectSheet(1).ok());
    const ReadResult orders = readAll(reader);
    QCOMPARE(orders.rows.size(), 2);
    QCOMPARE(orders.rows[1].cells, L({"20240001", "3"}));
}

void TestXlsxReader::libreOfficeXls()
{
    XlsReader reader(fixture(QStringLiteral("libreoffice.xls")));
    const Status opened = reader.open();
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(reader.sheets(), L({"客户", "订单"}));
    const ReadResult r = readAll(reader);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
    QCOMPARE(r.rows.size(), 4); // the dimensions are counts, not last indexes
    QCOMPARE(r.rows[0].cells,
             L({"客户名称", "手机", "编号", "负责人", "备注", "下单日期", "金额"}));
    QCOMPARE(
        r.rows[1].cells,
        L({"华联商贸有限公司", "13800138000", "00123", "张伟", "老客户", "2024-03-05", "1234.5"}));
    QCOMPARE(r.rows[2].cells,
             L({"上海明远科技", "13912345678", "00456", "", "", "2024-03-05T14:30:00", "0.1"}));
    // FreeXL skips FORMULA records: a formula's cached value is not available in .xls
    QCOMPARE(r.rows[3].cells, L({"合计"}));
    QVERIFY(reader.selectSheet(1).ok());
    const ReadResult orders = readAll(reader);
    QCOMPARE(orders.rows.size(), 2);
    QCOMPARE(orders.rows[1].cells, L({"20240001", "3"}));
    QCOMPARE(reader.progress(), 1.0);
}

void TestXlsxReader::createSniffsContent()
{
    QTemporaryDir dir;
    // an .xlsx renamed .xls, and an .xls renamed .xlsx, are read by content
    const QString xlsxAsXls = dir.filePath(QStringLiteral("export.xls"));
    QVERIFY(QFile::copy(fixture(QStringLiteral("libreoffice.xlsx")), xlsxAsXls));
    auto a = TableReader::create(xlsxAsXls);
    QVERIFY(dynamic_cast<XlsxReader *>(a.get()));
    QVERIFY(a->open().ok());
    const QString xlsAsXlsx = dir.filePath(QStringLiteral("export.xlsx"));
    QVERIFY(QFile::copy(fixture(QStringLiteral("libreoffice.xls")), xlsAsXlsx));
    auto b = TableReader::create(xlsAsXlsx);
    QVERIFY(dynamic_cast<XlsReader *>(b.get()));
    QVERIFY(b->open().ok());
    QCOMPARE(b->sheets().size(), 2);

    // a password-protected .xlsx is an OLE file: the message says what to do
    auto c = TableReader::create(fixture(QStringLiteral("nasty/encrypted.xlsx")));
    QVERIFY(c);
    const Status s = c->open();
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("password")), qPrintable(s.error().message));
    XlsxReader direct(fixture(QStringLiteral("nasty/encrypted.xlsx")));
    QVERIFY(direct.open().error().message.contains(QStringLiteral("password")));

    auto d = TableReader::create(fixture(QStringLiteral("nasty/notazip.xlsx")));
    QVERIFY(dynamic_cast<XlsxReader *>(d.get()));
}

void TestXlsxReader::readsFromDevice()
{
    QFile file(fixture(QStringLiteral("libreoffice.xlsx")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QBuffer buffer;
    buffer.setData(file.readAll());
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    XlsxReader reader(&buffer);
    QVERIFY(reader.open().ok());
    QCOMPARE(readAll(reader).rows.size(), 4);
}

void TestXlsxReader::nasty_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("zip bomb") << "zipbomb.xlsx"
                              << "zip bomb";
    QTest::newRow("entities in sheet") << "entities.xlsx"
                                       << "DTD";
    QTest::newRow("entities in shared strings") << "entities-sharedstrings.xlsx"
                                                << "DTD";
    QTest::newRow("../ entry") << "traversal.xlsx"
                               << "unsafe name";
    QTest::newRow("absolute entry") << "absolute.xlsx"
                                    << "unsafe name";
    QTest::newRow("relationship escapes") << "rels-escape.xlsx"
                                          << "no worksheets";
    QTest::newRow("truncated") << "truncated.xlsx"
                               << "damaged or incomplete";
    QTest::newRow("crc") << "crc.xlsx"
                         << "damaged or incomplete";
    QTest::newRow("not a zip") << "notazip.xlsx"
                               << "not an Excel workbook";
    QTest::newRow("16,385 columns") << "columns-16385.xlsx"
                                    << "16,384 columns";
    QTest::newRow("column XFE") << "column-xfe.xlsx"
                                << "XFE1";
    QTest::newRow("row 1,048,577") << "rows-1048577.xlsx"
                                   << "1,048,576 rows";
    QTest::newRow("merge bomb") << "merge-bomb.xlsx"
                                << "too many cells";
    QTest::newRow("shared string index") << "bad-sst-index.xlsx"
                                         << "cell A1";
    QTest::newRow("malformed") << "malformed.xlsx"
                               << "cannot be read";
    QTest::newRow("encrypted") << "encrypted.xlsx"
                               << "password";
    // found by fuzzing: a damaged part used to make the XML loop wait for data forever
    QTest::newRow("damaged shared strings") << "damaged-sharedstrings.xlsx"
                                            << "damaged";
}

void TestXlsxReader::nasty()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QElapsedTimer timer;
    timer.start();
    XlsxReader reader(fixture(QStringLiteral("nasty/") + file));
    Error error;
    if (Status s = reader.open(); !s.ok())
        error = s.error();
    else
        error = readAll(reader).error;
    QVERIFY2(error.isError(), "the hostile file was accepted");
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QVERIFY2(timer.elapsed() < 10000, "a hostile file must fail fast");
}

void TestXlsxReader::maxColumns()
{
    XlsxReader reader(fixture(QStringLiteral("nasty/columns-16384.xlsx")));
    QVERIFY(reader.open().ok());
    const ReadResult r = readAll(reader);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
    QCOMPARE(r.rows.size(), 1);
    QCOMPARE(r.rows[0].cells.size(), 16384);
    QCOMPARE(r.rows[0].cells.last(), QStringLiteral("16383"));

    QElapsedTimer timer;
    timer.start();
    XlsxReader hidden(fixture(QStringLiteral("nasty/hidden-columns.xlsx")));
    QVERIFY(hidden.open().ok());
    QCOMPARE(hidden.hiddenColumns().size(), 16384);
    QCOMPARE(hidden.hiddenColumns().last(), 16383);
    QVERIFY(timer.elapsed() < 10000);
}

void TestXlsxReader::millionRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("million.xlsx"));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(generate(QStringLiteral("million"), path));
    const qint64 generated = timer.restart();

    const qint64 rssBefore = peakRssKiB();
    const std::clock_t cpuStart = std::clock();
    XlsxReader reader(path);
    QVERIFY(reader.open().ok());
    qint64 count = 0;
    SourceRow row;
    for (;;) {
        auto more = reader.readRow(row);
        QVERIFY2(more.ok(), qPrintable(more.error().message));
        if (!*more)
            break;
        ++count;
    }
    const qint64 read = timer.elapsed();
    const qint64 rssGrowth = peakRssKiB() - rssBefore;
    const double cpu = qMax(double(std::clock() - cpuStart) / CLOCKS_PER_SEC, 0.001);
    qInfo("1,048,576 rows: generated in %lld ms, read in %lld ms wall, %.2f s CPU (%.0f rows/s), "
          "peak RSS +%lld KiB",
          generated, read, cpu, count / cpu, rssGrowth);
    QCOMPARE(count, qint64(1048576));
    QCOMPARE(row.number, qint64(1048576));
    QCOMPARE(row.cells, QStringList {QStringLiteral("13801048575")});
    QVERIFY2(rssGrowth < 64 * 1024, "reading must not grow with the number of rows");
}

void TestXlsxReader::speed()
{
    // 100,000 rows × 10 columns, shared strings and numbers (libxlsxwriter's normal mode)
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("speed.xlsx"));
    const int rows = 100000;
    QVERIFY(generate(QStringLiteral("speed"), path));

    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    XlsxReader reader(path);
    QVERIFY(reader.open().ok());
    int count = 0;
    SourceRow row;
    while (reader.readRow(row).valueOr(false))
        ++count;
    const qint64 ms = qMax<qint64>(timer.elapsed(), 1);
    // CPU time as well: the wall clock says little on a machine shared with other builds
    const double cpu = qMax(double(std::clock() - cpuStart) / CLOCKS_PER_SEC, 0.001);
    qInfo("100,000 × 10: read in %lld ms wall, %.2f s CPU: %.0f rows/s (CPU)", ms, cpu,
          count / cpu);
    QCOMPARE(count, rows);
    QCOMPARE(row.cells.size(), 10);
    QCOMPARE(row.cells.at(1), QStringLiteral("124999.75"));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
