// The CSV/JSON writer behind every export, and CustomerExport over a small database.

#include "export/customerexport.h"
#include "export/exporter.h"
#include "export/tablewriter.h"
#include "export/vcardwriter.h"
#include "export/xlsxtablewriter.h"
#include "services/customerservice.h"
#include "services/fieldservice.h"
#include "services/recordstore.h"
#include "services/tagservice.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "xlsxtestreader.h"

#include <quazip.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Patron;

namespace {

QByteArray writeTable(ExportFormat format, const QStringList &columns, const std::function<void(TableWriter &)> &rows,
                      bool bom = false)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportOptions options;
    options.format = format;
    options.utf8Bom = bom;
    TableWriter w(buffer, options, columns);
    if (!w.begin().ok())
        return "begin failed";
    rows(w);
    if (!w.finish().ok())
        return "finish failed";
    return buffer.data();
}

/// A device that refuses every write, like a full disk.
class BrokenDevice : public QIODevice
{
public:
    BrokenDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override
    {
        setErrorString(QStringLiteral("No space left on device"));
        return -1;
    }
};

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvQuoting();
    void csvNeutralisation_data();
    void csvNeutralisation();
    void jsonEscaping();
    void emptyTables();
    void writeErrors();
    void customersExport();
    void ordersExport();
    void xlsxTypedCells();
    void xlsxSheetOverflow();
    void gb18030RoundTrip();
    void utf8BomInFiles();
    void vcardEscapingAndFolding();
    void vcardNames();
    void vcardExport();
    void activitiesAndContacts();
    void selectionExportsOnlyTheIds();
    void cancelLeavesNoFile_data();
    void cancelLeavesNoFile();
    void formatChecks();

private:
    struct Sample
    {
        qint64 company = 0, bare = 0, person = 0, archived = 0;
    };
    /// Four customers: a company with two contacts, orders and follow-ups; a company
    /// without contacts but with a contact name; an individual; an archived company.
    static void addSample(Workspace &ws, Sample *sample);
};

void TestExport::addSample(Workspace &ws, Sample *sample)
{
    Sample &s = *sample;
    const qint64 owner = ws.users().ensureUser(QStringLiteral("wang.fang"), QStringLiteral("王芳")).value();
    auto add = [&](Entity e, const Record &r) {
        auto id = ws.store().insert(e, r);
        if (!id)
            qWarning("insert failed: %s", qPrintable(id.error().message));
        return id.valueOr(0);
    };
    s.company = add(Entity::Customer, {{QStringLiteral("name"), QStringLiteral("=HYPERLINK(\"http://x\")华联商贸")},
                                       {QStringLiteral("code"), QStringLiteral("00123")},
                                       {QStringLiteral("mobile"), QStringLiteral("13800138000")},
                                       {QStringLiteral("phone"), QStringLiteral("+86 21 5555 0000")},
                                       {QStringLiteral("owner_id"), owner}});
    s.bare = add(Entity::Customer, {{QStringLiteral("name"), QStringLiteral("联想小店")},
                                    {QStringLiteral("contact_name"), QStringLiteral("欧阳娜娜")},
                                    {QStringLiteral("mobile"), QStringLiteral("13912345678")}});
    s.person = add(Entity::Customer, {{QStringLiteral("name"), QStringLiteral("李雷")},
                                      {QStringLiteral("kind"), QStringLiteral("person")},
                                      {QStringLiteral("email"), QStringLiteral("lilei@example.cn")}});
    s.archived = add(Entity::Customer, {{QStringLiteral("name"), QStringLiteral("旧客户")}});
    QVERIFY2(s.company && s.bare && s.person && s.archived, "customers not created");
    QVERIFY(ws.customers().setArchived({s.archived}, true).ok());
    QVERIFY(add(Entity::Contact, {{QStringLiteral("customer_id"), s.company}, {QStringLiteral("name"), QStringLiteral("张伟")},
                                  {QStringLiteral("title"), QStringLiteral("采购经理")},
                                  {QStringLiteral("mobile"), QStringLiteral("13600001111")},
                                  {QStringLiteral("is_primary"), 1}}));
    QVERIFY(add(Entity::Contact, {{QStringLiteral("customer_id"), s.company}, {QStringLiteral("name"), QStringLiteral("Mary Chen")},
                                  {QStringLiteral("email"), QStringLiteral("mary@example.com")},
                                  {QStringLiteral("notes"), QStringLiteral("第一行\n第二行; a,b\\c")}}));
    QVERIFY(add(Entity::Order, {{QStringLiteral("customer_id"), s.company}, {QStringLiteral("order_no"), QStringLiteral("SO-0001")},
                                {QStringLiteral("ordered_at"), QStringLiteral("2026-03-05")},
                                {QStringLiteral("amount_cents"), 123405}}));
    QVERIFY(add(Entity::Order, {{QStringLiteral("customer_id"), s.person}, {QStringLiteral("order_no"), QStringLiteral("SO-0002")},
                                {QStringLiteral("ordered_at"), QStringLiteral("2026-04-01")},
                                {QStringLiteral("amount_cents"), 500}}));
    QVERIFY(add(Entity::Activity, {{QStringLiteral("customer_id"), s.company}, {QStringLiteral("kind"), QStringLiteral("call")},
                                   {QStringLiteral("occurred_at"), QStringLiteral("2026-03-06T09:30:00")},
                                   {QStringLiteral("subject"), QStringLiteral("回访")},
                                   {QStringLiteral("body"), QStringLiteral("确认到货")},
                                   {QStringLiteral("user_id"), owner}}));
    QVERIFY(add(Entity::Activity, {{QStringLiteral("customer_id"), s.archived}, {QStringLiteral("kind"), QStringLiteral("visit")},
                                   {QStringLiteral("occurred_at"), QStringLiteral("2025-01-02T10:00:00")}}));
}

void TestExport::initTestCase()
{
    PATRON_REQUIRE_BACKEND();
}

void TestExport::csvQuoting()
{
    const QByteArray csv = writeTable(ExportFormat::Csv, {QStringLiteral("a"), QStringLiteral("b,c")}, [](TableWriter &w) {
        w.beginRow();
        w.text(QStringLiteral("逗号,在这里"));
        w.text(QStringLiteral("引号\"和\"换行\n"));
        w.endRow();
        w.beginRow();
        w.integer(-42);
        w.money(123405);
        w.endRow();
        w.beginRow();
        w.null();
        w.list({QStringLiteral("微信"), QStringLiteral("电话")});
        w.endRow();
    });
    QCOMPARE(csv, QStringLiteral("a,\"b,c\"\r\n\"逗号,在这里\",\"引号\"\"和\"\"换行\n\"\r\n-42,1234.05\r\n,微信; 电话\r\n").toUtf8());
    const QByteArray bom = writeTable(ExportFormat::Csv, {QStringLiteral("名称")}, [](TableWriter &) {}, true);
    QCOMPARE(bom, QByteArray("\xEF\xBB\xBF") + QStringLiteral("名称\r\n").toUtf8());
}

void TestExport::csvNeutralisation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("plus") << QStringLiteral("+86 138") << QStringLiteral("'+86 138");
    QTest::newRow("minus") << QStringLiteral("-2") << QStringLiteral("'-2");
    QTest::newRow("at") << QStringLiteral("@cmd") << QStringLiteral("'@cmd");
    QTest::newRow("tab") << QStringLiteral("\t=x") << QStringLiteral("'\t=x");
    QTest::newRow("cr") << QStringLiteral("\r=x") << QStringLiteral("\"'\r=x\"");
    QTest::newRow("nul") << QString(QChar(0)) + QStringLiteral("x") << QStringLiteral("'") + QChar(0) + QStringLiteral("x");
    QTest::newRow("inner") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("chinese") << QStringLiteral("＝全角") << QStringLiteral("＝全角");
    QTest::newRow("empty") << QString() << QString();
}

void TestExport::csvNeutralisation()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    const QByteArray csv = writeTable(ExportFormat::Csv, {QStringLiteral("x")}, [&](TableWriter &w) {
        w.beginRow();
        w.text(text);
        w.endRow();
    });
    QCOMPARE(csv, (QStringLiteral("x\r\n") + cell + QStringLiteral("\r\n")).toUtf8());
    // Numbers are never text: a negative amount stays a number.
    const QByteArray n = writeTable(ExportFormat::Csv, {QStringLiteral("x")}, [](TableWriter &w) {
        w.beginRow();
        w.money(-1050);
        w.endRow();
    });
    QCOMPARE(n, QByteArray("x\r\n-10.50\r\n"));
}

void TestExport::jsonEscaping()
{
    const QString tricky = QStringLiteral("引号\" 反斜杠\\ 换行\n 制表\t ") + QChar(1) + QStringLiteral(" 😀 =1+1");
    const QByteArray json = writeTable(ExportFormat::Json, {QStringLiteral("text"), QStringLiteral("amount"),
                                                            QStringLiteral("n"), QStringLiteral("ok"),
                                                            QStringLiteral("none"), QStringLiteral("list")},
                                       [&](TableWriter &w) {
                                           for (int i = 0; i < 2; ++i) {
                                               w.beginRow();
                                               w.text(tricky);
                                               w.money(100005);
                                               w.number(2.5);
                                               w.boolean(true);
                                               w.null();
                                               w.list({QStringLiteral("a\"b")});
                                               w.endRow();
                                           }
                                       });
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + QString::fromUtf8(json)));
    QCOMPARE(doc.array().size(), 2);
    const QJsonObject o = doc.array().at(1).toObject();
    QCOMPARE(o.value(QStringLiteral("text")).toString(), tricky);
    QCOMPARE(o.value(QStringLiteral("amount")).toDouble(), 1000.05);
    QCOMPARE(o.value(QStringLiteral("n")).toDouble(), 2.5);
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(o.value(QStringLiteral("none")).isNull());
    QCOMPARE(o.value(QStringLiteral("list")).toArray().first().toString(), QStringLiteral("a\"b"));
    QVERIFY(json.contains("\"amount\":1000.05,"));
    QVERIFY(json.contains(QStringLiteral("😀").toUtf8())); // UTF-8, not \u escapes
}

void TestExport::emptyTables()
{
    QCOMPARE(writeTable(ExportFormat::Json, {QStringLiteral("a")}, [](TableWriter &) {}), QByteArray("[]\n"));
    QCOMPARE(writeTable(ExportFormat::Csv, {QStringLiteral("a"), QStringLiteral("b")}, [](TableWriter &) {}),
             QByteArray("a,b\r\n"));
    ExportFormat f;
    QVERIFY(TableWriter::parseFormat(QStringLiteral(" JSON "), &f) && f == ExportFormat::Json);
    QVERIFY(TableWriter::parseFormat(QStringLiteral("csv"), &f) && f == ExportFormat::Csv);
    QVERIFY(!TableWriter::parseFormat(QStringLiteral("xlsx"), &f));
}

void TestExport::writeErrors()
{
    BrokenDevice device;
    TableWriter w(device, ExportOptions{}, {QStringLiteral("a")});
    const Status s = w.begin();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Io);
    QVERIFY(s.error().message.contains(QStringLiteral("No space left")));
}

void TestExport::customersExport()
{
    Test::TestDatabase db;
    auto ws = db.open();
    QVERIFY(ws);
    const qint64 owner = ws->users().ensureUser(QStringLiteral("li.na"), QStringLiteral("李娜")).value();
    QVERIFY(ws->fields().addField(Entity::Customer, QStringLiteral("VIP"), QStringLiteral("bool")).ok());
    QVERIFY(ws->fields().addField(Entity::Customer, QStringLiteral("Staff"), QStringLiteral("number")).ok());
    QList<qint64> ids;
    for (int i = 0; i < 12; ++i) {
        auto id = ws->store().insert(Entity::Customer,
                                     Record{{QStringLiteral("name"), QStringLiteral("客户%1号").arg(i)},
                                            {QStringLiteral("owner_id"), i % 2 ? QVariant(owner) : QVariant()},
                                            {QStringLiteral("custom"), QVariantMap{{QStringLiteral("vip"), i % 3 == 0},
                                                                                   {QStringLiteral("staff"), i * 10}}}});
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        ids << id.value();
    }
    const qint64 tag = ws->tags().ensureTag(QStringLiteral("重点客户")).value();
    QVERIFY(ws->tags().addTag({ids.at(2), ids.at(5)}, tag).ok());
    QVERIFY(ws->customers().setArchived({ids.at(3)}, true).ok());

    CustomerExport exporter(ws->database(), ws->customers(), ws->fields());
    auto columns = exporter.customerColumns();
    QVERIFY(columns.ok());
    QCOMPARE(columns->mid(columns->size() - 2), (QStringList{QStringLiteral("vip"), QStringLiteral("staff")}));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportOptions json;
    json.format = ExportFormat::Json;
    qint64 progressCalls = 0;
    auto rows = exporter.exportCustomers(buffer, CustomerFilter{}, json, [&](qint64) { return ++progressCalls > 0; });
    QVERIFY(rows.ok());
    QCOMPARE(rows.value(), 11); // one archived
    const QJsonArray a = QJsonDocument::fromJson(buffer.data()).array();
    QCOMPARE(a.size(), 11);
    QCOMPARE(a.at(1).toObject().value(QStringLiteral("owner")).toString(), QStringLiteral("李娜"));
    QCOMPARE(a.at(0).toObject().value(QStringLiteral("owner")).toString(), QString());
    QCOMPARE(a.at(0).toObject().value(QStringLiteral("vip")).toBool(), true);
    QCOMPARE(a.at(1).toObject().value(QStringLiteral("staff")).toDouble(), 10.0);

    CustomerFilter byTag;
    byTag.tagId = tag;
    QBuffer tagged;
    tagged.open(QIODevice::WriteOnly);
    QCOMPARE(exporter.exportCustomers(tagged, byTag, ExportOptions{}).value(), 2);
}

void TestExport::ordersExport()
{
    Test::TestDatabase db;
    auto ws = db.open();
    QVERIFY(ws);
    auto keep = ws->store().insert(Entity::Customer, Record{{QStringLiteral("name"), QStringLiteral("保留客户")},
                                                            {QStringLiteral("code"), QStringLiteral("K1")}});
    auto gone = ws->store().insert(Entity::Customer, Record{{QStringLiteral("name"), QStringLiteral("删除客户")}});
    QVERIFY(keep.ok() && gone.ok());
    for (qint64 c : {keep.value(), gone.value()})
        QVERIFY(ws->store().insert(Entity::Order, Record{{QStringLiteral("customer_id"), c},
                                                          {QStringLiteral("order_no"), QStringLiteral("SO-%1").arg(c)},
                                                          {QStringLiteral("ordered_at"), QStringLiteral("2025-03-01")},
                                                          {QStringLiteral("amount_cents"), 5},
                                                          {QStringLiteral("quantity"), 2}}).ok());
    QVERIFY(ws->customers().moveToTrash({gone.value()}).ok());
    CustomerExport exporter(ws->database(), ws->customers(), ws->fields());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CustomerFilter all;
    all.scope = CustomerFilter::Scope::All;
    auto rows = exporter.exportOrders(buffer, all, ExportOptions{});
    QVERIFY(rows.ok());
    QCOMPARE(rows.value(), 1);
    QCOMPARE(buffer.data(), QStringLiteral("order_no,customer_code,customer_name,ordered_at,amount,status,product,quantity,"
                                           "notes,owner,created_at\r\nSO-1,K1,保留客户,2025-03-01,0.05,completed,,2,,,")
                                    .toUtf8()
                                + buffer.data().mid(buffer.data().lastIndexOf(',') + 1));
}


namespace {

ExportRequest request(ExportTable table, ExportFormat format, const CustomerSet &set = {})
{
    ExportRequest r;
    r.table = table;
    r.customers = set;
    r.options.format = format;
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

double excelSerial(const QDate &date)
{
    return double(QDate(1899, 12, 30).daysTo(date));
}

} // namespace

void TestExport::xlsxTypedCells()
{
    Test::TestDatabase db;
    auto ws = db.open();
    QVERIFY(ws);
    Sample sample;
    addSample(*ws, &sample);
    QVERIFY(ws->fields().addField(Entity::Customer, QStringLiteral("合同金额"), QStringLiteral("money")).ok());
    const Exporter exporter(ws->database(), ws->customers(), ws->fields());
    const QString path = db.dir() + QStringLiteral("/客户.xlsx");
    ExportRequest r = request(ExportTable::Customers, ExportFormat::Xlsx);
    r.options.choiceLabels = true;
    auto rows = exporter.exportToFile(r, path);
    QVERIFY2(rows.ok(), qPrintable(rows.error().message));
    QCOMPARE(rows.value(), 3);

    Test::XlsxTestReader xlsx(path);
    QVERIFY(xlsx.isOpen());
#ifdef Q_OS_UNIX
    // Not the temporary file's private 0600: a document others in the group may read.
    QVERIFY(QFileInfo(path).permissions().testFlag(QFile::ReadOther));
#endif
    const auto cells = xlsx.cells();
    auto isString = [](const Test::XlsxCell &c) { return c.type == QLatin1String("inlineStr") || c.type == QLatin1String("s"); };
    // Header: translated labels, bold, frozen.
    QCOMPARE(cells.value(QStringLiteral("B1")).value, QStringLiteral("Customer code"));
    QCOMPARE(cells.value(QStringLiteral("S1")).value, QStringLiteral("合同金额")); // custom field by its label
    QVERIFY(xlsx.isBold(cells.value(QStringLiteral("A1")).style));
    const QByteArray sheet = xlsx.part(QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(sheet.contains("state=\"frozen\"") && sheet.contains("ySplit=\"1\""));
    QVERIFY(sheet.contains("<col ")); // column widths
    // Text stays text: leading zeros and a leading + survive.
    const auto code = cells.value(QStringLiteral("B2"));
    QVERIFY2(isString(code), qPrintable(code.type));
    QCOMPARE(code.value, QStringLiteral("00123"));
    const auto phone = cells.value(QStringLiteral("G2"));
    QVERIFY(isString(phone));
    QCOMPARE(phone.value, QStringLiteral("+86 21 5555 0000"));
    QCOMPARE(cells.value(QStringLiteral("F2")).value, QStringLiteral("13800138000"));
    QVERIFY(isString(cells.value(QStringLiteral("F2"))));
    // A string cell is never a formula: written as typed, no apostrophe, no <f>.
    QCOMPARE(cells.value(QStringLiteral("C2")).value, QStringLiteral("=HYPERLINK(\"http://x\")华联商贸"));
    QVERIFY(!sheet.contains("<f>"));
    QCOMPARE(cells.value(QStringLiteral("D2")).value, QStringLiteral("Company"));
    QCOMPARE(cells.value(QStringLiteral("N2")).value, QStringLiteral("王芳"));
    // Timestamps are numbers with a date format.
    const auto created = cells.value(QStringLiteral("Q2"));
    QVERIFY2(created.type.isEmpty() || created.type == QLatin1String("n"), qPrintable(created.type));
    QVERIFY(created.value.toDouble() > excelSerial(QDate(2020, 1, 1)));
    QVERIFY2(xlsx.numberFormat(created.style).contains(QLatin1String("yyyy")), qPrintable(xlsx.numberFormat(created.style)));

    // Orders: money is a number with a ¥ format, the order date a date.
    const QString ordersPath = db.dir() + QStringLiteral("/orders.xlsx");
    CustomerFilter all;
    all.scope = CustomerFilter::Scope::All;
    rows = exporter.exportToFile(request(ExportTable::Orders, ExportFormat::Xlsx, CustomerSet::filtered(all)), ordersPath);
    QVERIFY2(rows.ok(), qPrintable(rows.error().message));
    QCOMPARE(rows.value(), 2);
    Test::XlsxTestReader orders(ordersPath);
    const auto o = orders.cells();
    QCOMPARE(o.value(QStringLiteral("A2")).value, QStringLiteral("SO-0001"));
    const auto amount = o.value(QStringLiteral("E2"));
    QVERIFY(amount.type.isEmpty() || amount.type == QLatin1String("n"));
    QCOMPARE(amount.value.toDouble(), 1234.05);
    QVERIFY2(orders.numberFormat(amount.style).contains(QStringLiteral("¥")), qPrintable(orders.numberFormat(amount.style)));
    const auto date = o.value(QStringLiteral("D2"));
    QCOMPARE(date.value.toDouble(), excelSerial(QDate(2026, 3, 5)));
    QCOMPARE(orders.numberFormat(date.style), QStringLiteral("yyyy-mm-dd"));
    QCOMPARE(o.value(QStringLiteral("H2")).value.toInt(), 1); // quantity: a number
    QVERIFY(o.value(QStringLiteral("H2")).type.isEmpty());
    // QuaZip, which the XLSX import uses in the same process, reads the file too (and
    // writing it did not go through QuaZip's look-alike minizip functions).
    QuaZip zip(ordersPath);
    QVERIFY(zip.open(QuaZip::mdUnzip));
    QVERIFY(zip.getFileNameList().contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    zip.close();
    // No temporary files left next to the targets.
    QCOMPARE(QDir(db.dir()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden), QStringList());
}

void TestExport::xlsxSheetOverflow()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.xlsx"));
    {
        XlsxTableWriter w(path, QStringLiteral("客户"), {ExportColumn{QStringLiteral("n"), QStringLiteral("编号"), ColumnType::Integer}});
        w.setRowsPerSheet(2);
        QVERIFY(w.begin().ok());
        for (int i = 1; i <= 5; ++i) {
            w.beginRow();
            w.integer(i);
            QVERIFY(w.endRow());
        }
        QVERIFY(w.finish().ok());
    }
    Test::XlsxTestReader xlsx(path);
    QCOMPARE(xlsx.cells(1).value(QStringLiteral("A3")).value, QStringLiteral("2"));
    QCOMPARE(xlsx.cells(2).value(QStringLiteral("A1")).value, QStringLiteral("编号")); // header repeated
    QCOMPARE(xlsx.cells(2).value(QStringLiteral("A2")).value, QStringLiteral("3"));
    QCOMPARE(xlsx.cells(3).value(QStringLiteral("A2")).value, QStringLiteral("5"));
    QVERIFY(xlsx.part(QStringLiteral("xl/workbook.xml")).contains(QStringLiteral("客户 (3)").toUtf8()));
}

void TestExport::gb18030RoundTrip()
{
    Test::TestDatabase db;
    auto ws = db.open();
    QVERIFY(ws);
    Sample sample;
    addSample(*ws, &sample);
    const Exporter exporter(ws->database(), ws->customers(), ws->fields());
    const QString path = db.dir() + QStringLiteral("/gb.csv");
    ExportRequest r = request(ExportTable::Contacts, ExportFormat::Csv);
    r.options.encoding = TextEncoding::Gb18030;
    r.options.utf8Bom = true; // ignored: GB18030 files have no BOM
    auto rows = exporter.exportToFile(r, path);
    QVERIFY2(rows.ok(), qPrintable(rows.error().message));
    const QByteArray bytes = readAll(path);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(!bytes.contains(QStringLiteral("张伟").toUtf8()));
    QStringDecoder decode("GB18030");
    QVERIFY(decode.isValid());
    const QString text = decode(bytes);
    QVERIFY(!decode.hasError());
    QVERIFY(text.startsWith(QLatin1String("customer_code,customer_name,name,title")));
    QVERIFY(text.contains(QStringLiteral(",张伟,采购经理,13600001111,")));
    QVERIFY(text.contains(QStringLiteral("\"第一行\n第二行; a,b\\c\"")));
    // A character outside the BMP survives too (GB18030 covers all of Unicode).
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TableWriter w(buffer, r.options, {QStringLiteral("x")});
    QVERIFY(w.begin().ok());
    w.beginRow();
    w.text(QStringLiteral("𠀀€"));
    QVERIFY(w.endRow());
    QVERIFY(w.finish().ok());
    QStringDecoder again("GB18030");
    QCOMPARE(QString(again(buffer.data())), QStringLiteral("x\r\n𠀀€\r\n"));
}

void TestExport::utf8BomInFiles()
{
    Test::TestDatabase db;
    auto ws = db.open();
    QVERIFY(ws);
    Sample sample;
    addSample(*ws, &sample);
    const Exporter exporter(ws->database(), ws->customers(), ws->fields());
    ExportRequest r = request(ExportTable::Customers, ExportFormat::Csv);
    r.options.utf8Bom = true;
    const QString path = db.dir() + QStringLiteral("/bom.csv");
    QVERIFY(exporter.exportToFile(r, path).ok());
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "id,code,name,"));
    // CSV still neutralises formulas.
    QVERIFY(bytes.contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://x\"\")华联商贸\",").toUtf8()));
}

void TestExport::vcardEscapingAndFolding()
{
    QCOMPARE(VCardWriter::escape(QStringLiteral("a,b;c\\d\r\ne\nf")), QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    VCardWriter w(buffer);
    VCard card;
    card.fullName = QStringLiteral("张伟");
    VCardWriter::splitName(card.fullName, &card.familyName, &card.givenName);
    card.note = QString(200, QChar(0x4E2D)) + QStringLiteral(", 完"); // 200 × 中: 600 octets
    card.organization = QStringLiteral("华联; 商贸");
    QVERIFY(w.write(card));
    QVERIFY(w.finish().ok());
    const QByteArray out = buffer.data();
    QVERIFY(out.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
    QVERIFY(out.endsWith("END:VCARD\r\n"));
    QVERIFY(!out.contains("\n\n"));
    const QList<QByteArray> lines = out.split('\n');
    int continuations = 0;
    for (const QByteArray &l : lines) {
        if (l.isEmpty())
            continue;
        QVERIFY2(l.endsWith('\r'), l.constData()); // CRLF everywhere
        const QByteArray content = l.chopped(1);
        QVERIFY2(content.size() <= 75, content.constData());
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString decoded = utf8(content);
        QVERIFY2(!utf8.hasError(), "a fold split a UTF-8 sequence");
        QVERIFY(!decoded.contains(QChar::ReplacementCharacter));
        continuations += content.startsWith(' ');
    }
    QVERIFY(continuations >= 7);
    // Unfolding (RFC 6350 3.2) gives back the escaped note.
    QByteArray unfolded = out;
    unfolded.replace("\r\n ", "");
    QVERIFY(unfolded.contains((QStringLiteral("NOTE:") + QString(200, QChar(0x4E2D)) + QStringLiteral("\\, 完\r\n")).toUtf8()));
    QVERIFY(unfolded.contains(QStringLiteral("ORG:华联\\; 商贸\r\n").toUtf8()));
    QVERIFY(unfolded.contains(QStringLiteral("N:张;伟;;;\r\n").toUtf8()));
}

void TestExport::vcardNames()
{
    QString family, given;
    VCardWriter::splitName(QStringLiteral("欧阳娜娜"), &family, &given);
    QCOMPARE(family + QLatin1Char('|') + given, QStringLiteral("欧阳|娜娜"));
    VCardWriter::splitName(QStringLiteral("王芳"), &family, &given);
    QCOMPARE(family + QLatin1Char('|') + given, QStringLiteral("王|芳"));
    VCardWriter::splitName(QStringLiteral("Mary Ann Chen"), &family, &given);
    QCOMPARE(family + QLatin1Char('|') + given, QStringLiteral("Chen|Mary Ann"));
    VCardWriter::splitName(QStringLiteral("华联商贸有限公司"), &family, &given);
    QCOMPARE(family + QLatin1Char('|') + given, QStringLiteral("|华联商贸有限公司"));
}

void TestExport::vcardExport()
{
    Test::TestDatabase db;
    auto ws = db.open();
    QVERIFY(ws);
    Sample sample;
    addSample(*ws, &sample);
    const Exporter exporter(ws->database(), ws->customers(), ws->fields());
    const QString path = db.dir() + QStringLiteral("/contacts.vcf");
    auto rows = exporter.exportToFile(request(ExportTable::Contacts, ExportFormat::VCard), path);
    QVERIFY2(rows.ok(), qPrintable(rows.error().message));
    // Two contacts of the company, the bare company's contact name, the individual; the
    // archived customer is out of the (active) list.
    QCOMPARE(rows.value(), 4);
    QByteArray text = readAll(path);
    text.replace("\r\n ", "");
    const QString vcf = QString::fromUtf8(text);
    QCOMPARE(vcf.count(QLatin1String("BEGIN:VCARD\r\n")), 4);
    QVERIFY(vcf.contains(QStringLiteral("FN:张伟\r\nN:张;伟;;;\r\nORG:=HYPERLINK(\"http://x\")华联商贸\r\nTITLE:采购经理\r\n"
                                        "TEL;TYPE=cell:13600001111\r\n")));
    QVERIFY(vcf.contains(QStringLiteral("FN:Mary Chen\r\nN:Chen;Mary;;;\r\n")));
    QVERIFY(vcf.contains(QStringLiteral("NOTE:第一行\\n第二行\\; a\\,b\\\\c\r\n")));
    QVERIFY(vcf.contains(QStringLiteral("FN:欧阳娜娜\r\nN:欧阳;娜娜;;;\r\nORG:联想小店\r\nTEL;TYPE=cell:13912345678\r\n")));
    QVERIFY(vcf.contains(QStringLiteral("FN:李雷\r\nN:李;雷;;;\r\nEMAIL;TYPE=work:lilei@example.cn\r\n")));
    QVERIFY(!vcf.contains(QStringLiteral("旧客户")));
    QCOMPARE(vcf.count(QLatin1String("UID:urn:uuid:")), 4);
    // The same database gives the same UIDs.
    QVERIFY(exporter.exportToFile(request(ExportTable::Contacts, ExportFormat::VCard), path).ok());
    QByteArray again = readAll(path);
    again.replace("\r\n ", "");
    QCOMPARE(QString::fromUtf8(again), vcf);
}

void TestExport::activitiesAndContacts()
{
    Test::TestDatabase db;
    auto ws = db.open();
    QVERIFY(ws);
    Sample sample;
    addSample(*ws, &sample);
    const Exporter exporter(ws->database(), ws->customers(), ws->fields());
    CustomerFilter all;
    all.scope = CustomerFilter::Scope::All;
    ExportRequest r = request(ExportTable::Activities, ExportFormat::Csv, CustomerSet::filtered(all));
    r.options.choiceLabels = true;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto rows = exporter.exportToDevice(r, buffer);
    QVERIFY2(rows.ok(), qPrintable(rows.error().message));
    QCOMPARE(rows.value(), 2); // archived customers' history included
    QCOMPARE(buffer.data(), QStringLiteral("customer_code,customer_name,kind,occurred_at,subject,body,user\r\n"
                                           "00123,\"'=HYPERLINK(\"\"http://x\"\")华联商贸\",Call,2026-03-06T09:30:00,回访,确认到货,王芳\r\n"
                                           ",旧客户,Visit,2025-01-02T10:00:00,,,\r\n")
                                .toUtf8());
    // JSON keeps stored values for programs.
    r.options = ExportOptions{};
    r.options.format = ExportFormat::Json;
    QBuffer json;
    json.open(QIODevice::WriteOnly);
    QVERIFY(exporter.exportToDevice(r, json).ok());
    QCOMPARE(QJsonDocument::fromJson(json.data()).array().at(1).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("visit"));

    QBuffer contacts;
    contacts.open(QIODevice::WriteOnly);
    rows = exporter.exportToDevice(request(ExportTable::Contacts, ExportFormat::Json), contacts);
    QVERIFY(rows.ok());
    QCOMPARE(rows.value(), 2); // contact rows only; the customers' own fields are not contacts
    const QJsonObject first = QJsonDocument::fromJson(contacts.data()).array().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("customer_code")).toString(), QStringLiteral("00123"));
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("张伟"));
    QCOMPARE(first.value(QStringLiteral("is_primary")).toBool(), true);
}

void TestExport::selectionExportsOnlyTheIds()
{
    Test::TestDatabase db;
    auto ws = db.open();
    QVERIFY(ws);
    Sample sample;
    addSample(*ws, &sample);
    const Exporter exporter(ws->database(), ws->customers(), ws->fields());
    // The selection wins over scope: an archived customer can be selected in its view.
    const CustomerSet selection = CustomerSet::only({sample.archived, sample.person, sample.person});
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto rows = exporter.exportToDevice(request(ExportTable::Customers, ExportFormat::Json, selection), buffer);
    QVERIFY2(rows.ok(), qPrintable(rows.error().message));
    QCOMPARE(rows.value(), 2);
    const QJsonArray a = QJsonDocument::fromJson(buffer.data()).array();
    QCOMPARE(a.size(), 2);
    QCOMPARE(a.at(0).toObject().value(QStringLiteral("id")).toInteger(), sample.person);
    QCOMPARE(a.at(1).toObject().value(QStringLiteral("id")).toInteger(), sample.archived);

    QBuffer orders;
    orders.open(QIODevice::WriteOnly);
    rows = exporter.exportToDevice(request(ExportTable::Orders, ExportFormat::Csv, CustomerSet::only({sample.person})), orders);
    QVERIFY(rows.ok());
    QCOMPARE(rows.value(), 1);
    QVERIFY(orders.data().contains("SO-0002") && !orders.data().contains("SO-0001"));
    QCOMPARE(exporter.rowCount(request(ExportTable::Orders, ExportFormat::Csv, CustomerSet::only({sample.person}))).value(), 1);
    QBuffer none;
    none.open(QIODevice::WriteOnly);
    QCOMPARE(exporter.exportToDevice(request(ExportTable::Customers, ExportFormat::Csv, CustomerSet::only({})), none).value(), 0);
}

void TestExport::cancelLeavesNoFile_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("csv") << int(ExportFormat::Csv);
    QTest::newRow("xlsx") << int(ExportFormat::Xlsx);
    QTest::newRow("vcf") << int(ExportFormat::VCard);
}

void TestExport::cancelLeavesNoFile()
{
    QFETCH(int, format);
    Test::TestDatabase db;
    auto ws = db.open();
    QVERIFY(ws);
    Sample sample;
    addSample(*ws, &sample);
    Exporter exporter(ws->database(), ws->customers(), ws->fields());
    exporter.tables().setProgressInterval(1);
    const ExportTable table = ExportFormat(format) == ExportFormat::VCard ? ExportTable::Contacts : ExportTable::Customers;
    const ExportRequest r = request(table, ExportFormat(format));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.") + Exporter::formatName(ExportFormat(format)));
    auto rows = exporter.exportToFile(r, path, [](qint64 n) { return n < 2; });
    QVERIFY(!rows.ok());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    // An existing file is left as it was.
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    QVERIFY(!exporter.exportToFile(r, path, [](qint64) { return false; }).ok());
    QCOMPARE(readAll(path), QByteArray("old"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{QStringLiteral("out.") + Exporter::formatName(ExportFormat(format))});
    // And replaced when the export completes.
    rows = exporter.exportToFile(r, path);
    QVERIFY2(rows.ok(), qPrintable(rows.error().message));
    QVERIFY(readAll(path).size() > 100);
}

void TestExport::formatChecks()
{
    QCOMPARE(Exporter::formatForPath(QStringLiteral("/tmp/a.XLSX")), std::optional(ExportFormat::Xlsx));
    QCOMPARE(Exporter::formatForPath(QStringLiteral("联系人.vcf")), std::optional(ExportFormat::VCard));
    QCOMPARE(Exporter::formatForPath(QStringLiteral("a.json")), std::optional(ExportFormat::Json));
    QCOMPARE(Exporter::formatForPath(QStringLiteral("a.csv")), std::optional(ExportFormat::Csv));
    QVERIFY(!Exporter::formatForPath(QStringLiteral("a.xls")));
    QVERIFY(!Exporter::formatForPath(QStringLiteral("noext")));
    QVERIFY(!Exporter::validate(request(ExportTable::Orders, ExportFormat::VCard)).ok());
    ExportRequest gbJson = request(ExportTable::Orders, ExportFormat::Json);
    gbJson.options.encoding = TextEncoding::Gb18030;
    QVERIFY(!Exporter::validate(gbJson).ok());
    QVERIFY(Exporter::validate(request(ExportTable::Contacts, ExportFormat::VCard)).ok());
    // Unwritable target: a clear error, nothing written.
    Test::TestDatabase db;
    auto ws = db.open();
    QVERIFY(ws);
    const Exporter exporter(ws->database(), ws->customers(), ws->fields());
    auto rows = exporter.exportToFile(request(ExportTable::Customers, ExportFormat::Xlsx), db.dir());
    QVERIFY(!rows.ok());
    QCOMPARE(rows.error().code, Error::Io);
    QBuffer b;
    b.open(QIODevice::WriteOnly);
    QVERIFY(!exporter.exportToDevice(request(ExportTable::Customers, ExportFormat::Xlsx), b).ok());
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
