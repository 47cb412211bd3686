// Import value parsers, header matching and the duplicate-matching keys. No database.

#include "import/fieldmatcher.h"
#include "import/matchkeys.h"
#include "import/valueparsers.h"

#include <QSet>
#include <QTest>

using namespace Patron;

Q_DECLARE_METATYPE(Patron::ImportKind)

namespace {

// Test data as UTF-8 literals (QT_NO_CAST_FROM_ASCII is on).
QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

QDateTime at(int y, int m, int d, int h = 0, int min = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms));
}

} // namespace

class TestImportParsers : public QObject
{
    Q_OBJECT

private slots:
    // ---- Dates ----

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("slashes") << "2024/3/5" << at(2024, 3, 5);
        QTest::newRow("hyphens") << "2024-03-05" << at(2024, 3, 5);
        QTest::newRow("dots") << "2024.03.05" << at(2024, 3, 5);
        QTest::newRow("single digits hyphen") << "2024-3-5" << at(2024, 3, 5);
        QTest::newRow("chinese") << "2024年3月5日" << at(2024, 3, 5);
        QTest::newRow("chinese 号") << "2024年03月05号" << at(2024, 3, 5);
        QTest::newRow("chinese without 日") << "2024年3月5" << at(2024, 3, 5);
        QTest::newRow("compact") << "20240305" << at(2024, 3, 5);
        QTest::newRow("compact with time") << "20240305143005" << at(2024, 3, 5, 14, 30, 5);
        QTest::newRow("full-width") << "２０２４／３／５" << at(2024, 3, 5);
        QTest::newRow("surrounding spaces") << "  2024-03-05\t" << at(2024, 3, 5);
        QTest::newRow("leap day") << "2024-02-29" << at(2024, 2, 29);
        QTest::newRow("hh:mm") << "2024-03-05 14:30" << at(2024, 3, 5, 14, 30);
        QTest::newRow("hh:mm:ss") << "2024-03-05 14:30:05" << at(2024, 3, 5, 14, 30, 5);
        QTest::newRow("one-digit hour") << "2024/3/5 9:05" << at(2024, 3, 5, 9, 5);
        QTest::newRow("iso T") << "2024-03-05T14:30:00" << at(2024, 3, 5, 14, 30);
        QTest::newRow("iso T millis") << "2024-03-05T14:30:00.250" << at(2024, 3, 5, 14, 30, 0, 250);
        QTest::newRow("iso T micros") << "2024-03-05T14:30:00.123456" << at(2024, 3, 5, 14, 30, 0, 123);
        QTest::newRow("下午") << "2024/3/5 下午2:30" << at(2024, 3, 5, 14, 30);
        QTest::newRow("上午") << "2024/3/5 上午9:05" << at(2024, 3, 5, 9, 5);
        QTest::newRow("上午12 is midnight") << "2024/3/5 上午12:10" << at(2024, 3, 5, 0, 10);
        QTest::newRow("下午12 is noon") << "2024/3/5 下午12:10" << at(2024, 3, 5, 12, 10);
        QTest::newRow("下午 with 24h hour") << "2024/3/5 下午14:30" << at(2024, 3, 5, 14, 30);
        QTest::newRow("晚上") << "2024-03-05 晚上8:00" << at(2024, 3, 5, 20, 0);
        QTest::newRow("中午") << "2024-03-05 中午1:00" << at(2024, 3, 5, 13, 0);
        QTest::newRow("下午 no space after 日") << "2024年3月5日下午2点" << at(2024, 3, 5, 14, 0);
        QTest::newRow("时分") << "2024年3月5日 14时30分" << at(2024, 3, 5, 14, 30);
        QTest::newRow("时分秒") << "2024年3月5日14时30分05秒" << at(2024, 3, 5, 14, 30, 5);
        QTest::newRow("PM suffix") << "2024-03-05 2:30 PM" << at(2024, 3, 5, 14, 30);
        QTest::newRow("am suffix") << "2024-03-05 11:30am" << at(2024, 3, 5, 11, 30);
        QTest::newRow("full-width time") << "２０２４－０３－０５　１４：３０" << at(2024, 3, 5, 14, 30);
        QTest::newRow("excel serial") << "45356" << at(2024, 3, 5);
        QTest::newRow("excel serial noon") << "45356.5" << at(2024, 3, 5, 12, 0);
        QTest::newRow("excel serial 14:30") << "45356.604166666664" << at(2024, 3, 5, 14, 30);
        QTest::newRow("excel serial 1900-01-01") << "1" << at(1900, 1, 1);
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const auto dateTime = ValueParsers::parseDateTime(text);
        QVERIFY2(dateTime.has_value(), qPrintable(text));
        QCOMPARE(*dateTime, expected);
        const auto date = ValueParsers::parseDate(text);
        QVERIFY(date.has_value());
        QCOMPARE(*date, expected.date());
        const auto parts = ValueParsers::parseDateAndTime(text);
        QVERIFY(parts.has_value());
        QCOMPARE(parts->date, expected.date());
        QCOMPARE(parts->time, expected.time());
    }

    void dateRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("feb 30") << "2024-02-30";
        QTest::newRow("feb 29 of a common year") << "2023-02-29";
        QTest::newRow("month 13") << "2024-13-01";
        QTest::newRow("day 32 compact") << "20240132";
        QTest::newRow("month first, impossible") << "13/13/2024";
        QTest::newRow("month first, ambiguous") << "3/5/2024";
        QTest::newRow("day first, ambiguous") << "05.03.2024";
        QTest::newRow("two-digit year") << "24-03-05";
        QTest::newRow("year and month only") << "2024年3月";
        QTest::newRow("year.month is no serial") << "2024.3";
        QTest::newRow("mixed separators") << "2024-03/05";
        QTest::newRow("hour 25") << "2024-03-05 25:00";
        QTest::newRow("minute 60") << "2024-03-05 14:60";
        QTest::newRow("上午13") << "2024-03-05 上午13:00";
        QTest::newRow("time glued to date") << "2024-03-0514:30";
        QTest::newRow("trailing garbage") << "2024-03-05x";
        QTest::newRow("time only") << "下午2:30";
        QTest::newRow("offset") << "2024-03-05T14:30:00+08:00";
        QTest::newRow("serial 0") << "0";
        QTest::newRow("fake 1900-02-29") << "60";
        QTest::newRow("text") << "abc";
        QTest::newRow("empty") << "";
        QTest::newRow("blank") << "   ";
    }

    void dateRejects()
    {
        QFETCH(QString, text);
        QVERIFY2(!ValueParsers::parseDate(text).has_value(), qPrintable(text));
        QVERIFY(!ValueParsers::parseDateTime(text).has_value());
        QVERIFY(!ValueParsers::parseDateAndTime(text).has_value());
    }

    void excelSerials_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<bool>("system1904");
        QTest::addColumn<QDateTime>("expected"); // invalid: nullopt
        QTest::newRow("1900: first day") << 1.0 << false << at(1900, 1, 1);
        QTest::newRow("1900: before the fake leap day") << 59.0 << false << at(1900, 2, 28);
        QTest::newRow("1900: the fake 1900-02-29") << 60.0 << false << QDateTime();
        QTest::newRow("1900: after it") << 61.0 << false << at(1900, 3, 1);
        QTest::newRow("1900: a serial below 61") << 32.0 << false << at(1900, 2, 1);
        QTest::newRow("1900: 2024-03-05") << 45356.0 << false << at(2024, 3, 5);
        QTest::newRow("1900: with time") << 45356.75 << false << at(2024, 3, 5, 18, 0);
        QTest::newRow("1900: rounds to the next day") << 45356.999999999 << false << at(2024, 3, 6);
        QTest::newRow("1900: last day") << 2958465.0 << false << at(9999, 12, 31);
        QTest::newRow("1900: beyond") << 2958466.0 << false << QDateTime();
        QTest::newRow("1900: zero") << 0.0 << false << QDateTime();
        QTest::newRow("1900: time of day only") << 0.5 << false << QDateTime();
        QTest::newRow("negative") << -1.0 << false << QDateTime();
        QTest::newRow("nan") << qQNaN() << false << QDateTime();
        QTest::newRow("1904: zero") << 0.0 << true << at(1904, 1, 1);
        QTest::newRow("1904: 2024-03-05") << 43894.0 << true << at(2024, 3, 5);
        QTest::newRow("1904: with time") << 43894.25 << true << at(2024, 3, 5, 6, 0);
    }

    void excelSerials()
    {
        QFETCH(double, serial);
        QFETCH(bool, system1904);
        QFETCH(QDateTime, expected);
        const auto parsed = ValueParsers::fromExcelSerial(serial, system1904);
        QCOMPARE(parsed.has_value(), expected.isValid());
        if (parsed)
            QCOMPARE(*parsed, expected);
    }

    // ---- Amounts ----

    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("plain") << "1234.5" << qint64(123450);
        QTest::newRow("integer") << "88" << qint64(8800);
        QTest::newRow("yen and separators") << "¥1,234.50" << qint64(123450);
        QTest::newRow("full-width yen") << "￥12" << qint64(1200);
        QTest::newRow("yuan") << "12元" << qint64(1200);
        QTest::newRow("wan") << "1.2万" << qint64(1200000);
        QTest::newRow("wan yuan") << "1.2万元" << qint64(1200000);
        QTest::newRow("wan with many decimals") << "1.23456789万" << qint64(1234568);
        QTest::newRow("yi") << "2亿" << qint64(20000000000);
        QTest::newRow("brackets negative") << "(12.00)" << qint64(-1200);
        QTest::newRow("brackets with symbol") << "(¥1,234.00)" << qint64(-123400);
        QTest::newRow("minus") << "-12" << qint64(-1200);
        QTest::newRow("minus before yen") << "-¥12.30" << qint64(-1230);
        QTest::newRow("minus after yen") << "¥ -12.30" << qint64(-1230);
        QTest::newRow("plus") << "+12" << qint64(1200);
        QTest::newRow("full-width digits") << "１２３４．５" << qint64(123450);
        QTest::newRow("full-width comma") << "１２，３４５" << qint64(1234500);
        QTest::newRow("RMB prefix") << "RMB 12" << qint64(1200);
        QTest::newRow("rmb lower") << "rmb12.5" << qint64(1250);
        QTest::newRow("CNY suffix") << "12.00 CNY" << qint64(1200);
        QTest::newRow("CNY prefix") << "CNY12" << qint64(1200);
        QTest::newRow("人民币") << "人民币 100元" << qint64(10000);
        QTest::newRow("dollar as before") << "$12" << qint64(1200);
        QTest::newRow("space grouping") << "1 234.50" << qint64(123450);
        QTest::newRow("millions") << "1,234,567.891" << qint64(123456789);
        QTest::newRow("half up") << "0.005" << qint64(1);
        QTest::newRow("below half") << "0.0049999" << qint64(0);
        QTest::newRow("negative half away from zero") << "-0.005" << qint64(-1);
        QTest::newRow("no float error") << "19.99" << qint64(1999);
        QTest::newRow("float noise from a spreadsheet") << "19.990000000000002" << qint64(1999);
        QTest::newRow("trailing dot") << "12." << qint64(1200);
        QTest::newRow("leading zeros") << "007" << qint64(700);
        QTest::newRow("zero") << "0" << qint64(0);
    }

    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        const auto parsed = ValueParsers::parseAmount(text);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(*parsed, cents);
    }

    void amountRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("two dots") << "1.2.3";
        QTest::newRow("letters with yuan") << "abc元";
        QTest::newRow("letters") << "abc";
        QTest::newRow("empty") << "";
        QTest::newRow("unit only") << "元";
        QTest::newRow("symbol only") << "¥";
        QTest::newRow("european decimal comma") << "12,34";
        QTest::newRow("bad grouping") << "1,2345";
        QTest::newRow("space inside digits") << "12 34";
        QTest::newRow("minus and brackets") << "-(12)";
        QTest::newRow("double brackets") << "((12))";
        QTest::newRow("unclosed bracket") << "(12";
        QTest::newRow("stray bracket") << "12)";
        QTest::newRow("unit before multiplier") << "12元万";
        QTest::newRow("two multipliers") << "1.2万万";
        QTest::newRow("two signs") << "--12";
        QTest::newRow("trailing letters") << "12abc";
        QTest::newRow("no leading digit") << ".5";
        QTest::newRow("exponent") << "1e5";
        QTest::newRow("too large") << "99999999999999";
        QTest::newRow("overflow with yi") << "9999999999999亿";
    }

    void amountRejects()
    {
        QFETCH(QString, text);
        QVERIFY2(!ValueParsers::parseAmount(text).has_value(), qPrintable(text));
    }

    // ---- Order statuses ----

    void statuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("stored");
        QTest::newRow("已完成") << "已完成" << "completed";
        QTest::newRow("完成") << "完成" << "completed";
        QTest::newRow("交易成功") << "交易成功" << "completed";
        QTest::newRow("spaced") << "交易 成功" << "completed";
        QTest::newRow("completed") << "Completed" << "completed";
        QTest::newRow("done") << " done " << "completed";
        QTest::newRow("已付款") << "已付款" << "paid";
        QTest::newRow("已支付") << "已支付" << "paid";
        QTest::newRow("已收款") << "已收款" << "paid";
        QTest::newRow("待发货 is paid") << "待发货" << "paid";
        QTest::newRow("PAID") << "PAID" << "paid";
        QTest::newRow("full-width paid") << "ｐａｉｄ" << "paid";
        QTest::newRow("待付款") << "待付款" << "pending";
        QTest::newRow("未付款") << "未付款" << "pending";
        QTest::newRow("pending") << "Pending" << "pending";
        QTest::newRow("已取消") << "已取消" << "cancelled";
        QTest::newRow("取消") << "取消" << "cancelled";
        QTest::newRow("作废") << "作废" << "cancelled";
        QTest::newRow("交易关闭") << "交易关闭" << "cancelled";
        QTest::newRow("cancelled") << "Cancelled" << "cancelled";
        QTest::newRow("canceled") << "canceled" << "cancelled";
        QTest::newRow("void") << "VOID" << "cancelled";
        QTest::newRow("已退款") << "已退款" << "refunded";
        QTest::newRow("退款") << "退款" << "refunded";
        QTest::newRow("refunded") << "Refunded" << "refunded";
    }

    void statuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, stored);
        const auto parsed = ValueParsers::parseOrderStatus(text);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(*parsed, stored);
    }

    void statusRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("unknown") << "unknown";
        QTest::newRow("refund under way") << "退款中";
        QTest::newRow("closed is ambiguous") << "closed";
        QTest::newRow("chinese word") << "好";
    }

    void statusRejects()
    {
        QFETCH(QString, text);
        QVERIFY2(!ValueParsers::parseOrderStatus(text).has_value(), qPrintable(text));
    }

    // ---- Phones ----

    void phones_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("brackets and 转") << "(010) 6552-1234 转 8" << "010-65521234-8";
        QTest::newRow("four-digit area") << "0755-8888 6666" << "0755-88886666";
        QTest::newRow("country code, area without 0") << "+86 10 6552 1234" << "010-65521234";
        QTest::newRow("0086") << "0086 21 5555 6666" << "021-55556666";
        QTest::newRow("86 as its own group") << "86-755-88886666" << "0755-88886666";
        QTest::newRow("+86 with the 0 kept") << "+86-0755-88886666" << "0755-88886666";
        QTest::newRow("400") << "400-800-8888" << "400-800-8888";
        QTest::newRow("400 undivided") << "4008008888" << "400-800-8888";
        QTest::newRow("spaces") << "021 5555 6666" << "021-55556666";
        QTest::newRow("hyphenated extension") << "010-65521234-8" << "010-65521234-8";
        QTest::newRow("subscriber split") << "0755-8888-6666" << "0755-88886666";
        QTest::newRow("seven-digit subscriber") << "0571-8888666" << "0571-8888666";
        QTest::newRow("undivided") << "075588886666" << "0755-88886666";
        QTest::newRow("full-width") << "（０２０）８７６５４３２１" << "020-87654321";
        QTest::newRow("label and ext.") << "Tel: 010-65521234 ext. 123" << "010-65521234-123";
        QTest::newRow("分机") << "010-65521234 分机 66" << "010-65521234-66";
        QTest::newRow("#") << "010-65521234#66" << "010-65521234-66";
        QTest::newRow("local") << "6552 1234" << "65521234";
        QTest::newRow("mobile") << "13800138000" << "13800138000";
        QTest::newRow("mobile with country code") << "+86 138-0013-8000" << "13800138000";
        QTest::newRow("first of two numbers") << "0755-88886666 / 13800138000" << "0755-88886666";
        QTest::newRow("foreign") << "+1 415 555 0100" << "+14155550100";
    }

    void phones()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto parsed = ValueParsers::parsePhone(text);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(*parsed, expected);
    }

    void phoneRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("none") << "无";
        QTest::newRow("hyphen") << "-";
        QTest::newRow("short") << "12345";
        QTest::newRow("letters") << "abc";
    }

    void phoneRejects()
    {
        QFETCH(QString, text);
        QVERIFY2(!ValueParsers::parsePhone(text).has_value(), qPrintable(text));
    }

    // ---- Booleans and integers ----

    void booleans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        for (const char *yes : {"是", "有", "Y", "y", "yes", "YES", "true", "True", "1", "√", "Ｙ"})
            QTest::newRow(yes) << QString::fromUtf8(yes) << true;
        for (const char *no : {"否", "无", "N", "no", "No", "false", "FALSE", "0", "×"})
            QTest::newRow(no) << QString::fromUtf8(no) << false;
    }

    void booleans()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        const auto parsed = ValueParsers::parseBool(text);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(*parsed, expected);
    }

    void booleanRejects()
    {
        for (const char *text : {"", "maybe", "2", "是否", "yes!"})
            QVERIFY2(!ValueParsers::parseBool(QString::fromUtf8(text)).has_value(), text);
    }

    void integers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("plain") << "12" << qint64(12);
        QTest::newRow("separators") << "1,234,567" << qint64(1234567);
        QTest::newRow("full-width") << "１２３" << qint64(123);
        QTest::newRow("x.0") << "12.0" << qint64(12);
        QTest::newRow("x.00") << "12.00" << qint64(12);
        QTest::newRow("x.") << "12." << qint64(12);
        QTest::newRow("negative") << "-5" << qint64(-5);
        QTest::newRow("plus") << "+7" << qint64(7);
        QTest::newRow("measure word") << "3件" << qint64(3);
        QTest::newRow("measure word after space") << "2 台" << qint64(2);
        QTest::newRow("space grouping") << "1 000" << qint64(1000);
    }

    void integers()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const auto parsed = ValueParsers::parseInteger(text);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(*parsed, expected);
    }

    void integerRejects()
    {
        for (const char *text : {"12.5", "1.2.3", "abc", "", "12,34", "3kg", "--1", "1e3",
                                 "9999999999999999999"})
            QVERIFY2(!ValueParsers::parseInteger(QString::fromUtf8(text)).has_value(), text);
    }

    // ---- Header matching ----

    void normalizeHeader_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("required marker") << "*客户名称（必填）" << "客户名称";
        QTest::newRow("trailing star") << "客户名称*" << "客户名称";
        QTest::newRow("colon") << "手机号：" << "手机号";
        QTest::newRow("unit") << "金额(元)" << "金额";
        QTest::newRow("wan stays") << "金额(万元)" << "金额万元";
        QTest::newRow("case and punctuation") << "E-mail" << "email";
        QTest::newRow("full-width") << "Ｃｕｓｔｏｍｅｒ　ＩＤ" << "customerid";
        QTest::newRow("inner spaces") << " 客 户 编 号 " << "客户编号";
        QTest::newRow("bom") << "\xEF\xBB\xBF客户名称" << "客户名称";
    }

    void normalizeHeader()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(FieldMatcher::normalizeHeader(text), expected);
    }

    void builtinFields_data()
    {
        QTest::addColumn<ImportKind>("kind");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("customers") << ImportKind::Customers
                                   << list({"code", "name", "kind", "contact_name", "mobile", "phone",
                                                  "email", "province", "city", "address", "industry",
                                                  "source", "owner", "lifecycle_stage", "notes", "created_at"});
        QTest::newRow("orders") << ImportKind::Orders
                                << list({"order_no", "ordered_at", "amount", "status", "product",
                                               "quantity", "notes", "customer.code", "customer.name",
                                               "customer.mobile", "customer.email"});
        QTest::newRow("contacts") << ImportKind::Contacts
                                  << list({"name", "title", "mobile", "phone", "email", "wechat",
                                                 "is_primary", "notes", "customer.code", "customer.name",
                                                 "customer.mobile", "customer.email"});
        QTest::newRow("activities") << ImportKind::Activities
                                    << list({"kind", "occurred_at", "subject", "body", "owner",
                                                   "customer.code", "customer.name", "customer.mobile",
                                                   "customer.email"});
    }

    void builtinFields()
    {
        QFETCH(ImportKind, kind);
        QFETCH(QStringList, keys);
        const QList<ImportField> fields = FieldMatcher::builtinFields(kind);
        QStringList actual;
        QHash<QString, QString> owners; // normalised synonym → field key
        for (const ImportField &field : fields) {
            actual << field.key;
            QVERIFY2(!field.label.isEmpty(), qPrintable(field.key));
            QVERIFY2(!field.synonyms.isEmpty(), qPrintable(field.key));
            for (const QString &synonym : field.synonyms) {
                const QString n = FieldMatcher::normalizeHeader(synonym);
                QVERIFY2(!n.isEmpty(), qPrintable(synonym));
                // One word never means two fields of the same kind.
                QVERIFY2(owners.value(n, field.key) == field.key,
                         qPrintable(synonym + u' ' + field.key + u' ' + owners.value(n)));
                owners.insert(n, field.key);
            }
        }
        QCOMPARE(actual, keys);
    }

    void singleHeaders_data()
    {
        QTest::addColumn<ImportKind>("kind");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("key");
        const auto add = [](ImportKind kind, const char *tag, std::initializer_list<const char *> headers,
                            const char *key) {
            for (const char *header : headers)
                QTest::addRow("%s: %s", tag, header) << kind << QString::fromUtf8(header) << QString::fromUtf8(key);
        };
        const ImportKind C = ImportKind::Customers;
        const ImportKind O = ImportKind::Orders;
        const ImportKind P = ImportKind::Contacts;
        const ImportKind A = ImportKind::Activities;
        add(C, "customers", {"客户名称", "公司名称", "单位名称", "企业名称", "客户", "公司", "Company", "Customer", "Name", "客户全称"}, "name");
        add(C, "customers", {"手机", "手机号", "手机号码", "移动电话", "Mobile", "Cell", "联系手机", "客户手机", "联系人手机", "Mobile Phone Number"}, "mobile");
        add(C, "customers", {"电话", "座机", "固定电话", "联系电话", "Phone", "Tel", "联系电话1", "公司电话"}, "phone");
        add(C, "customers", {"邮箱", "电子邮件", "电子邮箱", "E-mail", "Email", "Mail", "联系人邮箱"}, "email");
        add(C, "customers", {"客户编号", "编号", "客户代码", "Code", "Customer ID", "客户编码"}, "code");
        add(C, "customers", {"创建日期", "建档日期", "创建时间", "Created"}, "created_at");
        add(C, "customers", {"省份", "省", "Province"}, "province");
        add(C, "customers", {"城市", "市", "City"}, "city");
        add(C, "customers", {"地址", "详细地址", "Address"}, "address");
        add(C, "customers", {"行业", "所属行业", "Industry"}, "industry");
        add(C, "customers", {"来源", "客户来源", "Source"}, "source");
        add(C, "customers", {"负责人", "销售", "业务员", "销售代表", "客户经理", "Owner", "Sales rep", "专营业务员"}, "owner");
        add(C, "customers", {"备注", "说明", "Notes", "Remark"}, "notes");
        add(C, "customers", {"联系人", "联系人姓名", "Contact", "主要联系人"}, "contact_name");
        add(C, "customers", {"客户类型", "Type"}, "kind");
        add(C, "customers", {"生命周期阶段", "客户阶段"}, "lifecycle_stage");
        add(C, "customers: unmapped", {"所属部门", "负责人电话", "客户经理电话", "客户等级", "Username", "税号", "手机号码(联系人)"}, "");
        add(O, "orders", {"订单号", "订单编号", "单号", "Order No", "Order No.", "单据编号"}, "order_no");
        add(O, "orders", {"下单日期", "订单日期", "日期", "成交日期", "Order date", "单据日期", "订单创建时间"}, "ordered_at");
        add(O, "orders", {"金额", "订单金额", "实付金额", "成交金额", "Amount", "Total", "价税合计", "金额（元）", "订单实付金额"}, "amount");
        add(O, "orders", {"状态", "订单状态", "Status"}, "status");
        add(O, "orders", {"产品", "商品", "产品名称", "Product", "存货名称", "物料名称"}, "product");
        add(O, "orders", {"数量", "Quantity", "Qty"}, "quantity");
        add(O, "orders", {"备注", "Notes"}, "notes");
        add(O, "orders", {"客户名称", "公司名称", "客户", "公司", "Company", "Customer", "客户全称"}, "customer.name");
        add(O, "orders", {"客户编号", "客户编码", "Customer ID"}, "customer.code");
        add(O, "orders", {"手机", "手机号", "客户手机", "Mobile"}, "customer.mobile");
        add(O, "orders", {"邮箱", "Email", "客户邮箱"}, "customer.email");
        add(O, "orders: unmapped", {"电话", "联系人", "名称", "Name", "单价", "优惠金额", "退款金额", "业务员", "金额(万元)"}, "");
        add(P, "contacts", {"姓名", "联系人", "联系人姓名", "Contact", "Name"}, "name");
        add(P, "contacts", {"职位", "职务", "Title"}, "title");
        add(P, "contacts", {"手机", "手机号码", "联系人手机", "Mobile"}, "mobile");
        add(P, "contacts", {"电话", "座机", "Phone"}, "phone");
        add(P, "contacts", {"邮箱", "Email"}, "email");
        add(P, "contacts", {"微信", "微信号", "WeChat"}, "wechat");
        add(P, "contacts", {"主要联系人", "是否主要联系人", "Primary contact"}, "is_primary");
        add(P, "contacts", {"客户名称", "公司名称", "公司", "Company"}, "customer.name");
        add(P, "contacts", {"客户编号", "客户编码"}, "customer.code");
        add(P, "contacts", {"客户手机", "客户手机号"}, "customer.mobile");
        add(P, "contacts", {"客户邮箱"}, "customer.email");
        add(A, "activities", {"跟进方式", "跟进类型", "类型", "Type"}, "kind");
        add(A, "activities", {"跟进时间", "时间", "日期", "Date"}, "occurred_at");
        add(A, "activities", {"主题", "Subject"}, "subject");
        add(A, "activities", {"跟进内容", "内容", "备注", "Details"}, "body");
        add(A, "activities", {"跟进人", "负责人", "业务员", "Owner"}, "owner");
        add(A, "activities", {"客户名称", "客户"}, "customer.name");
        add(A, "activities", {"手机", "客户手机"}, "customer.mobile");
        add(A, "activities: unmapped", {"联系人", "电话"}, "");
    }

    void singleHeaders()
    {
        QFETCH(ImportKind, kind);
        QFETCH(QString, header);
        QFETCH(QString, key);
        QCOMPARE(FieldMatcher::match(kind, {header}), QStringList{key});
    }

    void headerRows_data()
    {
        QTest::addColumn<ImportKind>("kind");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("customers, chinese")
            << ImportKind::Customers
            << list({"客户名称", "联系人", "手机", "电话", "邮箱", "客户编号", "创建日期", "省份",
                           "城市", "详细地址", "所属行业", "客户来源", "负责人", "备注"})
            << list({"name", "contact_name", "mobile", "phone", "email", "code", "created_at",
                           "province", "city", "address", "industry", "source", "owner", "notes"});
        QTest::newRow("customers, english")
            << ImportKind::Customers
            << list({"Company", "Contact", "Mobile", "Tel", "E-mail", "Customer ID", "Created",
                           "Province", "City", "Address", "Industry", "Source", "Sales rep", "Remark"})
            << list({"name", "contact_name", "mobile", "phone", "email", "code", "created_at",
                           "province", "city", "address", "industry", "source", "owner", "notes"});
        QTest::newRow("kingdee customers")
            << ImportKind::Customers
            << list({"客户编码", "客户简称", "客户全称", "联系人", "联系手机", "业务员", "所属部门", "地址"})
            << list({"code", "", "name", "contact_name", "mobile", "owner", "", "address"});
        QTest::newRow("short name alone is the name")
            << ImportKind::Customers << list({"客户简称", "手机"}) << list({"name", "mobile"});
        QTest::newRow("wps template")
            << ImportKind::Customers
            << list({"*客户名称（必填）", "手机号码*", "固定电话：", "电子邮箱", "所属行业(选填)"})
            << list({"name", "mobile", "phone", "email", "industry"});
        QTest::newRow("first column wins")
            << ImportKind::Customers << list({"手机", "手机号", "电话1", "电话2"})
            << list({"mobile", "", "phone", ""});
        QTest::newRow("strong beats an earlier weak")
            << ImportKind::Customers << list({"名称", "公司名称"}) << list({"", "name"});
        QTest::newRow("yonyou orders")
            << ImportKind::Orders
            << list({"单据编号", "单据日期", "客户编码", "客户名称", "存货名称", "数量", "价税合计", "备注"})
            << list({"order_no", "ordered_at", "customer.code", "customer.name", "product",
                           "quantity", "amount", "notes"});
        QTest::newRow("shop orders")
            << ImportKind::Orders
            << list({"订单编号", "买家会员名", "订单创建时间", "付款时间", "实付金额(元)", "订单状态", "宝贝标题", "手机"})
            << list({"order_no", "", "ordered_at", "", "amount", "status", "product", "customer.mobile"});
        QTest::newRow("contacts")
            << ImportKind::Contacts
            << list({"客户名称", "姓名", "职位", "手机", "客户手机", "邮箱", "微信", "是否主要联系人"})
            << list({"customer.name", "name", "title", "mobile", "customer.mobile", "email", "wechat",
                           "is_primary"});
        QTest::newRow("activities: content beats notes")
            << ImportKind::Activities
            << list({"跟进时间", "跟进方式", "备注", "跟进内容", "跟进人", "客户名称"})
            << list({"occurred_at", "kind", "", "body", "owner", "customer.name"});
        QTest::newRow("empty and duplicate cells")
            << ImportKind::Customers << list({"", "客户名称", "", "客户名称"})
            << list({"", "name", "", ""});
    }

    void headerRows()
    {
        QFETCH(ImportKind, kind);
        QFETCH(QStringList, header);
        QFETCH(QStringList, expected);
        QCOMPARE(FieldMatcher::match(kind, header), expected);
    }

    void customFields()
    {
        const QList<ImportField> custom = {
            {QStringLiteral("custom.level"), QStringLiteral("客户等级"), {}},
            {QStringLiteral("custom.wx"), QStringLiteral("微信"), {QStringLiteral("微信号")}},
            {QStringLiteral("custom.mobile2"), QStringLiteral("手机"), {}},
            {QStringLiteral("custom.tax"), QStringLiteral("税号"), {}},
        };
        const QStringList header = list({"客户名称", "客户等级", "微信号", "手机", "纳税人税号", "税号"});
        // Built-ins win over a custom field with the same label; custom fields only match exactly.
        QCOMPARE(FieldMatcher::match(ImportKind::Customers, header, custom),
                 list({"name", "custom.level", "custom.wx", "mobile", "", "custom.tax"}));
    }

    // ---- Match keys ----

    void companyNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::newRow("plain") << "上海华联商贸有限公司" << "上海华联商贸";
        QTest::newRow("suffix in brackets") << "上海 华联商贸 (有限公司)" << "上海华联商贸";
        QTest::newRow("leading region") << "（北京）华联科技有限公司" << "华联科技";
        QTest::newRow("leading region, lenticular") << "【上海】华联" << "华联";
        QTest::newRow("region before the suffix") << "华联(北京)有限公司" << "华联";
        QTest::newRow("region after the suffix") << "华联科技有限公司（北京）" << "华联科技";
        QTest::newRow("region in the middle") << "阿里巴巴（中国）网络技术有限公司" << "阿里巴巴网络技术";
        QTest::newRow("joint-stock") << "华联科技股份有限公司" << "华联科技";
        QTest::newRow("group") << "华联集团有限公司" << "华联";
        QTest::newRow("group alone") << "华联集团" << "华联";
        QTest::newRow("branch") << "华联科技北京分公司" << "华联科技北京";
        QTest::newRow("no suffix") << "华联科技" << "华联科技";
        QTest::newRow("full-width latin") << "ＡＢＣ Co., Ltd." << "abc";
        QTest::newRow("company limited") << "ABC Company Limited" << "abc";
        QTest::newRow("inc") << "ABC Inc." << "abc";
        QTest::newRow("trailing co") << "ABC Co" << "abc";
        QTest::newRow("gmbh") << "Müller GmbH" << "müller";
        QTest::newRow("word inside a word stays: zinc") << "Zinc" << "zinc";
        QTest::newRow("word inside a word stays: costco") << "Costco" << "costco";
        QTest::newRow("word inside a word stays: acorp") << "Acorp" << "acorp";
        QTest::newRow("mixed scripts") << "华联ABC科技有限公司" << "华联abc科技";
        QTest::newRow("name in brackets") << "(华联科技)有限公司" << "华联科技";
        QTest::newRow("one character") << "华" << "";
        QTest::newRow("one character and a suffix") << "华有限公司" << "";
        QTest::newRow("suffix only") << "有限公司" << "";
        QTest::newRow("latin suffix only") << "Co., Ltd." << "";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("punctuation only") << "（）-·" << "";
    }

    void companyNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QCOMPARE(MatchKeys::companyName(text), key);
    }

    void companyNamesEqual()
    {
        const QList<QPair<QString, QString>> same = {
            {QStringLiteral("上海华联商贸有限公司"), QStringLiteral("上海 华联商贸 (有限公司)")},
            {QStringLiteral("（北京）华联科技有限公司"), QStringLiteral("华联科技有限公司")},
            {QStringLiteral("华联科技股份有限公司"), QStringLiteral("华联科技")},
            {QStringLiteral("ＡＢＣ Co., Ltd."), QStringLiteral("abc")},
            {QStringLiteral("ABC Co.,Ltd"), QStringLiteral("A.B.C. Company Limited")},
        };
        for (const auto &[a, b] : same)
            QVERIFY2(MatchKeys::companyName(a) == MatchKeys::companyName(b), qPrintable(a + u" / " + b));
        QVERIFY(MatchKeys::companyName(QStringLiteral("华联科技")) != MatchKeys::companyName(QStringLiteral("华联商贸")));
    }

    void otherKeys()
    {
        QCOMPARE(MatchKeys::code(QStringLiteral(" ab-12 ")), QStringLiteral("AB-12"));
        QCOMPARE(MatchKeys::code(QStringLiteral("ａｂ１２")), QStringLiteral("AB12"));
        QCOMPARE(MatchKeys::mobile(QStringLiteral("+86 138-0013-8000")), QStringLiteral("13800138000"));
        QCOMPARE(MatchKeys::mobile(QStringLiteral("010-65521234")), QString());
        QCOMPARE(MatchKeys::email(QStringLiteral(" Li.Lei@Example.COM ")), QStringLiteral("li.lei@example.com"));
        QCOMPARE(MatchKeys::email(QStringLiteral("not an address")), QString());
    }
};

QTEST_GUILESS_MAIN(TestImportParsers)
#include "tst_importparsers.moc"
