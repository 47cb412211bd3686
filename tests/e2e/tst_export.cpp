// The CSV/JSON writer behind every export, and CustomerExport over a small database.

#include "export/customerexport.h"
#include "export/tablewriter.h"
#include "services/customerservice.h"
#include "services/fieldservice.h"
#include "services/recordstore.h"
#include "services/tagservice.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QBuffer>
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
};

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

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
