#include "valueparsers.h"

#include "util/textscan.h"
#include "util/values.h"

#include <QHash>
#include <QStringList>

#include <cmath>

namespace Patron::ValueParsers {

using namespace TextScan;

namespace {

// Excel's largest date, 9999-12-31, in the 1900 system.
constexpr double kMaxSerial = 2958465.0;

enum class Meridiem { None, Am, Pm, Noon };

Meridiem eatMeridiemPrefix(Cursor &in)
{
    if (in.eatWord(u"上午") || in.eatWord(u"早上") || in.eatWord(u"凌晨") || in.eatWord(u"早晨"))
        return Meridiem::Am;
    if (in.eatWord(u"下午") || in.eatWord(u"晚上") || in.eatWord(u"傍晚") || in.eatWord(u"夜里"))
        return Meridiem::Pm;
    if (in.eatWord(u"中午"))
        return Meridiem::Noon;
    return Meridiem::None;
}

Meridiem eatMeridiemSuffix(Cursor &in)
{
    if (in.eatWord(u"a.m.") || in.eatWord(u"am"))
        return Meridiem::Am;
    if (in.eatWord(u"p.m.") || in.eatWord(u"pm"))
        return Meridiem::Pm;
    return Meridiem::None;
}

// "14:30", "14:30:05", "14:30:05.123", "下午2:30", "2:30 PM", "14时30分", "下午2点" — to the
// end of the text.
bool scanTime(Cursor &in, QTime &time)
{
    Meridiem meridiem = eatMeridiemPrefix(in);
    in.skipSpaces();
    qint64 hour = 0;
    qint64 minute = 0;
    qint64 second = 0;
    qint64 msec = 0;
    if (in.digits(2, hour) == 0)
        return false;
    const bool chinese = in.peek() == u'时' || in.peek() == u'点';
    if (chinese) {
        in.advance();
        if (in.digits(2, minute) > 0) {
            in.eat(u'分');
            if (in.digits(2, second) > 0)
                in.eat(u'秒');
        } else {
            in.eat(u'整');
        }
    } else {
        if (!in.eat(u':') || in.digits(2, minute) != 2)
            return false;
        if (in.eat(u':')) {
            if (in.digits(2, second) != 2)
                return false;
            if (in.eat(u'.')) {
                qint64 fraction = 0;
                const int n = in.digits(9, fraction);
                if (n == 0)
                    return false;
                for (int i = n; i < 3; ++i)
                    fraction *= 10;
                for (int i = 3; i < n; ++i)
                    fraction /= 10;
                msec = fraction;
            }
        }
    }
    in.skipSpaces();
    if (meridiem == Meridiem::None)
        meridiem = eatMeridiemSuffix(in);
    in.skipSpaces();
    if (!in.atEnd())
        return false;
    switch (meridiem) {
    case Meridiem::None:
        break;
    case Meridiem::Am:
        if (hour > 12)
            return false;
        if (hour == 12)
            hour = 0;
        break;
    case Meridiem::Pm:
        // "下午14:30" is redundant but unambiguous.
        if (hour < 12)
            hour += 12;
        break;
    case Meridiem::Noon:
        if (hour < 6)
            hour += 12;
        break;
    }
    if (hour > 23 || minute > 59 || second > 59)
        return false;
    time = QTime(int(hour), int(minute), int(second), int(msec));
    return true;
}

// Serial day numbers written as text ("45356", "45356.604166"). Returns false when the
// text is not purely a number.
bool scanSerial(Cursor &in, double &serial)
{
    qint64 whole = 0;
    const int n = in.digits(7, whole);
    if (n == 0)
        return false;
    double value = double(whole);
    if (in.eat(u'.')) {
        double scale = 0.1;
        qint64 digit = 0;
        int fractionDigits = 0;
        while (in.digits(1, digit) == 1) {
            value += double(digit) * scale;
            scale /= 10;
            ++fractionDigits;
        }
        // "2024.3" is a year and a month, not serial 2024.3.
        if (fractionDigits == 0 || (n == 4 && fractionDigits <= 2))
            return false;
    }
    if (!in.atEnd())
        return false;
    serial = value;
    return true;
}

// Kept apart from QDateTime: a local-time QDateTime costs a time-zone lookup per value.
std::optional<DateAndTime> excelSerialParts(double serial, bool system1904)
{
    // Serial 0 of the 1900 system is Excel's "1900-01-00"; below 1 it is a time of day only.
    if (!std::isfinite(serial) || serial < (system1904 ? 0.0 : 1.0) || serial > kMaxSerial)
        return std::nullopt;
    qint64 day = qint64(std::floor(serial));
    qint64 seconds = std::llround((serial - double(day)) * 86400.0);
    if (seconds >= 86400) {
        ++day;
        seconds = 0;
    }
    QDate date;
    if (system1904) {
        date = QDate(1904, 1, 1).addDays(day);
    } else {
        // Excel copied Lotus 1-2-3's leap day 1900-02-29 (serial 60), which never existed:
        // serials before it count from 1899-12-31, later ones from 1899-12-30.
        if (day == 60)
            return std::nullopt;
        date = QDate(1899, 12, day < 60 ? 31 : 30).addDays(day);
    }
    if (!date.isValid() || date.year() > 9999)
        return std::nullopt;
    return DateAndTime{date, QTime(int(seconds / 3600), int(seconds / 60 % 60), int(seconds % 60))};
}

std::optional<DateAndTime> scan(const QString &text)
{
    Cursor in(text);
    if (in.atEnd())
        return std::nullopt;
    const char16_t *start = in.position();
    qint64 lead = 0;
    const int leadDigits = in.digits(14, lead);
    if (leadDigits == 0)
        return std::nullopt;
    DateAndTime out;
    if (in.atEnd() && (leadDigits == 8 || leadDigits == 14)) {
        // "20240305", "20240305143000" (Kingdee, Yonyou and many ERP exports).
        qint64 ymd = leadDigits == 14 ? lead / 1000000 : lead;
        out.date = QDate(int(ymd / 10000), int(ymd / 100 % 100), int(ymd % 100));
        if (leadDigits == 14) {
            const qint64 hms = lead % 1000000;
            if (hms / 10000 > 23 || hms / 100 % 100 > 59 || hms % 100 > 59)
                return std::nullopt;
            out.time = QTime(int(hms / 10000), int(hms / 100 % 100), int(hms % 100));
        } else {
            out.time = QTime(0, 0);
        }
        if (!out.date.isValid() || out.date.year() < 1000)
            return std::nullopt;
        return out;
    }
    const char16_t sep = in.peek();
    if (leadDigits == 4 && (sep == u'-' || sep == u'/' || sep == u'.' || sep == u'年')) {
        in.advance();
        qint64 month = 0;
        qint64 day = 0;
        if (in.digits(2, month) == 0)
            return std::nullopt;
        if (!in.eat(sep == u'年' ? u'月' : sep))
            return std::nullopt;
        if (in.digits(2, day) == 0)
            return std::nullopt;
        bool chineseDay = false;
        if (sep == u'年')
            chineseDay = in.eat(u'日') || in.eat(u'号');
        if (lead < 1000)
            return std::nullopt;
        out.date = QDate(int(lead), int(month), int(day));
        if (!out.date.isValid())
            return std::nullopt;
        out.time = QTime(0, 0);
        if (in.atEnd())
            return out;
        // A time after a space or 'T'; directly after 日 ("5日14:30", "5日下午2点") too.
        const bool spaced = in.skipSpaces();
        if (!spaced && !chineseDay && !in.eat(u'T') && !in.eat(u't'))
            return std::nullopt;
        if (!scanTime(in, out.time))
            return std::nullopt;
        return out;
    }
    in.setPosition(start);
    double serial = 0;
    if (!scanSerial(in, serial))
        return std::nullopt;
    return excelSerialParts(serial, false);
}

// Keys for the small word tables: half-width, lower-case, no spaces.
QString wordKey(const QString &text)
{
    QString key;
    key.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = halfWidth(c.unicode());
        if (!isSpace(u))
            key += QChar(asciiLower(u));
    }
    return key;
}

template<typename T>
QHash<QString, T> wordTable(std::initializer_list<std::pair<const char16_t *, T>> words)
{
    QHash<QString, T> table;
    for (const auto &[word, value] : words)
        table.insert(wordKey(QString::fromUtf16(word)), value);
    return table;
}

bool isMobile(const QString &digits)
{
    return digits.size() == 11 && digits[0] == u'1' && digits[1] >= u'3' && digits[1] <= u'9';
}

// Nationwide 400/800 numbers have no area code and are written 400-800-8888.
bool isServiceNumber(const QString &digits)
{
    return digits.size() == 10 && (digits.startsWith(u"400") || digits.startsWith(u"800"));
}

// Mainland fixed-line numbers: 010 and 02x are three-digit area codes, every other 0xxx
// has four; the subscriber number has seven or eight digits.
QString formatNational(const QString &national)
{
    if (isMobile(national))
        return national;
    if (isServiceNumber(national))
        return national.left(3) + u'-' + national.mid(3, 3) + u'-' + national.mid(6);
    if (national.size() >= 2 && national[0] == u'0') {
        const int area = (national[1] == u'1' || national[1] == u'2') ? 3 : 4;
        const qsizetype subscriber = national.size() - area;
        if (subscriber >= 7 && subscriber <= 8)
            return national.left(area) + u'-' + national.mid(area);
        return {};
    }
    if (national.size() >= 7 && national.size() <= 8)
        return national;
    return {};
}

} // namespace

std::optional<QDate> parseDate(const QString &text)
{
    const auto scanned = scan(text);
    if (!scanned)
        return std::nullopt;
    return scanned->date;
}

std::optional<DateAndTime> parseDateAndTime(const QString &text)
{
    return scan(text);
}

std::optional<QDateTime> parseDateTime(const QString &text)
{
    const auto scanned = scan(text);
    if (!scanned)
        return std::nullopt;
    return QDateTime(scanned->date, scanned->time);
}

std::optional<QDateTime> fromExcelSerial(double serial, bool system1904)
{
    const auto parts = excelSerialParts(serial, system1904);
    if (!parts)
        return std::nullopt;
    return QDateTime(parts->date, parts->time);
}

std::optional<qint64> parseAmount(const QString &text)
{
    return Values::parseMoney(text);
}

std::optional<QString> parseOrderStatus(const QString &text)
{
    static const QHash<QString, QString> table = [] {
        const QString pending = QStringLiteral("pending");
        const QString paid = QStringLiteral("paid");
        const QString completed = QStringLiteral("completed");
        const QString cancelled = QStringLiteral("cancelled");
        const QString refunded = QStringLiteral("refunded");
        // Taobao/JD wording too: 待发货 means paid and waiting to ship, 交易关闭 cancelled.
        // "退款中" (refund under way) and "closed" are left unknown on purpose: the order
        // may or may not count, and the user should decide.
        return wordTable<QString>({
            {u"completed", completed}, {u"complete", completed}, {u"done", completed},
            {u"finished", completed}, {u"fulfilled", completed}, {u"delivered", completed},
            {u"success", completed}, {u"已完成", completed}, {u"完成", completed},
            {u"交易成功", completed}, {u"交易完成", completed}, {u"已成交", completed},
            {u"成交", completed}, {u"已签收", completed}, {u"已收货", completed},
            {u"已结清", completed}, {u"订单完成", completed},
            {u"paid", paid}, {u"shipped", paid}, {u"已付款", paid}, {u"已支付", paid},
            {u"已收款", paid}, {u"已付", paid}, {u"付款成功", paid}, {u"支付成功", paid},
            {u"已发货", paid}, {u"待发货", paid}, {u"待收货", paid}, {u"买家已付款", paid},
            {u"pending", pending}, {u"unpaid", pending}, {u"awaiting payment", pending},
            {u"processing", pending}, {u"open", pending}, {u"new", pending},
            {u"待付款", pending}, {u"未付款", pending}, {u"待支付", pending},
            {u"未支付", pending}, {u"等待付款", pending}, {u"等待买家付款", pending},
            {u"待确认", pending}, {u"待处理", pending}, {u"处理中", pending},
            {u"未完成", pending}, {u"已下单", pending}, {u"待审核", pending},
            {u"cancelled", cancelled}, {u"canceled", cancelled}, {u"cancel", cancelled},
            {u"void", cancelled}, {u"voided", cancelled}, {u"invalid", cancelled},
            {u"已取消", cancelled}, {u"取消", cancelled}, {u"作废", cancelled},
            {u"已作废", cancelled}, {u"交易关闭", cancelled}, {u"已关闭", cancelled},
            {u"无效", cancelled}, {u"已撤销", cancelled}, {u"撤销", cancelled},
            {u"订单取消", cancelled},
            {u"refunded", refunded}, {u"refund", refunded}, {u"returned", refunded},
            {u"已退款", refunded}, {u"退款", refunded}, {u"退款成功", refunded},
            {u"已退货", refunded}, {u"退货", refunded}, {u"全额退款", refunded},
            {u"退货退款", refunded},
        });
    }();
    const auto it = table.constFind(wordKey(text));
    if (it == table.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<QString> parsePhone(const QString &text)
{
    const QString half = Values::toHalfWidth(text).toLower();
    // Only the first of several numbers ("0755-88886666 / 13800138000").
    qsizetype cut = half.size();
    for (QChar stop : {u'/', u'、', u';', u',', u'，', u'；', u'|'}) {
        const qsizetype at = half.indexOf(stop);
        if (at >= 0 && at < cut)
            cut = at;
    }
    const QString first = half.left(cut);
    // The extension starts at the first marker after the number has begun.
    const qsizetype firstDigit = [&] {
        for (qsizetype i = 0; i < first.size(); ++i) {
            if (isDigit(first[i].unicode()))
                return i;
        }
        return qsizetype(-1);
    }();
    if (firstDigit < 0)
        return std::nullopt;
    qsizetype extAt = first.size();
    qsizetype extLen = 0;
    static const QStringList markers = {QStringLiteral("转"), QStringLiteral("分机"), QStringLiteral("ext"),
                                        QStringLiteral("x"), QStringLiteral("#"), QStringLiteral("内线")};
    for (const QString &m : markers) {
        const qsizetype at = first.indexOf(m, firstDigit);
        if (at >= 0 && at < extAt) {
            extAt = at;
            extLen = m.size();
        }
    }
    // Digit groups of the main number, split wherever something else stands.
    QStringList groups;
    QString current;
    bool plus = false;
    for (qsizetype i = 0; i < extAt; ++i) {
        const QChar c = first[i];
        if (isDigit(c.unicode())) {
            current += c;
            continue;
        }
        if (c == u'+' && groups.isEmpty() && current.isEmpty())
            plus = true;
        if (!current.isEmpty())
            groups << current;
        current.clear();
    }
    if (!current.isEmpty())
        groups << current;
    QString extension;
    for (qsizetype i = extAt + extLen; i < first.size(); ++i) {
        if (isDigit(first[i].unicode()))
            extension += first[i];
    }
    if (extension.size() > 6)
        extension.clear(); // not an extension but something else; keep the main number
    QString national = groups.join(QString());
    if (national.size() < 7)
        return std::nullopt;
    const auto withExtension = [&](const QString &number) {
        return extension.isEmpty() ? number : number + u'-' + extension;
    };
    // Country code: "+86 …", "0086 …", "86 …" as a group of its own; other countries stay
    // in international form ("+1 415 555 0100" → "+14155550100").
    bool countryCode = false;
    if (plus || national.startsWith(u"00")) {
        national.remove(0, plus ? 0 : 2);
        if (!national.startsWith(u"86"))
            return withExtension(u'+' + national);
        national.remove(0, 2);
        countryCode = true;
    } else if (groups.size() > 1 && groups.constFirst() == u"86") {
        national.remove(0, 2);
        countryCode = true;
    }
    // After a country code the area code loses its 0: "+86 10 6552 1234".
    if (countryCode && !national.startsWith(u'0') && !isMobile(national)
        && !isServiceNumber(national))
        national.prepend(u'0');
    QString formatted = formatNational(national);
    if (formatted.isEmpty() && extension.isEmpty() && groups.size() > 1
        && groups.constLast().size() <= 5) {
        // "010-65521234-8": the last hyphenated group is the extension.
        const QString shorter = national.left(national.size() - groups.constLast().size());
        formatted = formatNational(shorter);
        if (!formatted.isEmpty())
            extension = groups.constLast();
    }
    if (formatted.isEmpty())
        return national; // seven or more digits we cannot place: kept as written, digits only
    if (isMobile(formatted))
        return formatted;
    return withExtension(formatted);
}

std::optional<bool> parseBool(const QString &text)
{
    static const QHash<QString, bool> table = wordTable<bool>({
        {u"是", true}, {u"有", true}, {u"对", true}, {u"真", true}, {u"y", true},
        {u"yes", true}, {u"true", true}, {u"t", true}, {u"1", true}, {u"√", true},
        {u"✓", true}, {u"✔", true}, {u"on", true}, {u"是的", true},
        {u"否", false}, {u"无", false}, {u"错", false}, {u"假", false}, {u"不是", false},
        {u"n", false}, {u"no", false}, {u"false", false}, {u"f", false}, {u"0", false},
        {u"×", false}, {u"✗", false}, {u"✘", false}, {u"off", false}, {u"没有", false},
    });
    const auto it = table.constFind(wordKey(text));
    if (it == table.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<qint64> parseInteger(const QString &text)
{
    Cursor in(text);
    bool negative = false;
    if (in.eat(u'-') || in.eat(char16_t(0x2212)))
        negative = true;
    else
        in.eat(u'+');
    in.skipSpaces();
    qint64 value = 0;
    if (in.groupedDigits(18, value) <= 0)
        return std::nullopt;
    if (in.eat(u'.')) {
        // "12.0" as spreadsheets write whole numbers; "12.5" is no integer.
        while (in.eat(u'0')) {
        }
    }
    in.skipSpaces();
    // One measure word, as quantities are often written: "3件", "2台".
    static const QString units = QStringLiteral("个件台套箱盒瓶只支份张本包袋条次人位双把辆");
    if (!in.atEnd() && units.contains(QChar(in.peek())))
        in.advance();
    if (!in.atEnd())
        return std::nullopt;
    return negative ? -value : value;
}

} // namespace Patron::ValueParsers
