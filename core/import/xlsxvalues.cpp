#include "xlsxvalues.h"

#include <QDate>

#include <charconv>
#include <cmath>

namespace Patron::XlsxValues {

FormatKind builtinFormatKind(int id)
{
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47) || (id >= 32 && id <= 35) || id == 55
        || id == 56)
        return FormatKind::Time;
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return FormatKind::Date;
    return FormatKind::Number;
}

FormatKind customFormatKind(QStringView code)
{
    bool yearOrDay = false;
    bool month = false; // or minutes: "m" alone is a month, next to h or s a minute
    bool time = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code.at(i).unicode();
        switch (c) {
        case u'"': {
            const qsizetype end = code.indexOf(u'"', i + 1);
            i = end < 0 ? code.size() : end;
            break;
        }
        case u'[': {
            // [h], [mm], [ss] are elapsed time; every other bracket is a colour, locale or
            // condition and says nothing about dates.
            const qsizetype end = code.indexOf(u']', i + 1);
            const QStringView inner = code.mid(i + 1, end < 0 ? -1 : end - i - 1);
            bool elapsed = !inner.isEmpty();
            for (QChar ch : inner)
                elapsed = elapsed && QStringView(u"hHmMsS").contains(ch);
            time = time || elapsed;
            i = end < 0 ? code.size() : end;
            break;
        }
        case u'\\':
        case u'_':
        case u'*':
            ++i; // the next character is a literal or padding
            break;
        case u'y':
        case u'Y':
        case u'd':
        case u'D':
            yearOrDay = true;
            break;
        case u'h':
        case u'H':
        case u's':
        case u'S':
            time = true;
            break;
        case u'm':
        case u'M':
            // the M of "AM/PM" is a time marker
            if (i > 0 && (code.at(i - 1) == u'A' || code.at(i - 1) == u'a'))
                time = true;
            else
                month = true;
            break;
        default:
            break;
        }
    }
    if (yearOrDay || (month && !time))
        return FormatKind::Date;
    return time ? FormatKind::Time : FormatKind::Number;
}

QString formatNumber(double value)
{
    if (!std::isfinite(value))
        return {};
    if (value == 0)
        return QStringLiteral("0");
    // 15 significant digits is what Excel shows; the digits and exponent are then laid
    // out in plain notation.
    char buf[40];
    const auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific, 14);
    const char *p = buf;
    const bool negative = *p == '-';
    if (negative)
        ++p;
    char digits[16];
    int n = 0;
    for (; p < res.ptr && *p != 'e'; ++p) {
        if (*p >= '0' && *p <= '9')
            digits[n++] = *p;
    }
    int exponent = 0;
    std::from_chars(p + 1 + (p[1] == '+'), res.ptr, exponent);
    while (n > 1 && digits[n - 1] == '0')
        --n;
    QString out;
    out.reserve(n + std::abs(exponent) + 4);
    if (negative)
        out += u'-';
    if (exponent < 0) {
        out += u"0.";
        for (int i = 0; i < -exponent - 1; ++i)
            out += u'0';
        for (int i = 0; i < n; ++i)
            out += QLatin1Char(digits[i]);
    } else {
        for (int i = 0; i <= exponent; ++i)
            out += i < n ? QLatin1Char(digits[i]) : QLatin1Char('0');
        if (n > exponent + 1) {
            out += u'.';
            for (int i = exponent + 1; i < n; ++i)
                out += QLatin1Char(digits[i]);
        }
    }
    return out;
}

bool parseNumber(QStringView text, double *value)
{
    char buf[64];
    if (text.size() >= qsizetype(sizeof buf)) {
        bool ok = false;
        *value = text.trimmed().toDouble(&ok);
        return ok && std::isfinite(*value);
    }
    int n = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u > 0x7f)
            return false;
        if (u != u' ' && u != u'\t' && u != u'\n' && u != u'\r')
            buf[n++] = char(u);
    }
    const char *begin = buf + (n > 0 && buf[0] == '+');
    const auto res = std::from_chars(begin, buf + n, *value);
    return res.ec == std::errc() && res.ptr == buf + n && n > 0 && std::isfinite(*value);
}

// Plain decimals Excel already wrote in shortest form need no round trip through double.
static bool isPlainNumber(QStringView text)
{
    qsizetype i = text.startsWith(u'-') ? 1 : 0;
    const qsizetype start = i;
    int significant = 0;
    while (i < text.size() && text.at(i).isDigit() && text.at(i).unicode() < 0x80)
        ++i, ++significant;
    const qsizetype intDigits = i - start;
    if (intDigits == 0 || (intDigits > 1 && text.at(start) == u'0'))
        return false;
    if (i < text.size()) {
        if (text.at(i) != u'.')
            return false;
        ++i;
        const qsizetype fracStart = i;
        while (i < text.size() && text.at(i).unicode() >= u'0' && text.at(i).unicode() <= u'9')
            ++i, ++significant;
        if (i != text.size() || i == fracStart || text.at(i - 1) == u'0')
            return false;
    }
    if (intDigits == 1 && text.at(start) == u'0')
        --significant;
    return significant <= 15 && !(start == 1 && text == u"-0");
}

QString formatNumberText(QStringView text)
{
    if (isPlainNumber(text))
        return text.toString();
    double value = 0;
    if (!parseNumber(text, &value))
        return text.toString();
    return formatNumber(value);
}

QString serialToIso(double serial, bool date1904, FormatKind kind)
{
    // 9999-12-31 is the last day Excel knows; negative serials are not dates.
    if (!std::isfinite(serial) || serial < 0 || serial >= (date1904 ? 2957004.0 : 2958466.0))
        return {};
    auto days = qint64(std::floor(serial));
    auto seconds = qint64(std::llround((serial - double(days)) * 86400.0));
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else if (days >= 61) {
        date = QDate(1899, 12, 30).addDays(days);
    } else if (days == 60) {
        date = QDate(1900, 2, 28); // Lotus 1-2-3's 29 February 1900 does not exist
    } else {
        date = QDate(1899, 12, 31).addDays(days);
    }
    const QString time = QStringLiteral("%1:%2:%3")
                             .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                             .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                             .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (kind == FormatKind::Time && days == 0)
        return time;
    const QString day = date.toString(Qt::ISODate);
    if (seconds == 0 && kind == FormatKind::Date)
        return day;
    return day + u'T' + time;
}

bool parseCellRef(QStringView ref, int *column, qint64 *row)
{
    qsizetype i = 0;
    int col = 0;
    while (i < ref.size()) {
        char16_t c = ref.at(i).unicode();
        if (c >= u'a' && c <= u'z')
            c = char16_t(c - u'a' + u'A');
        if (c < u'A' || c > u'Z')
            break;
        col = col * 26 + (c - u'A' + 1);
        if (col > MaxColumns)
            return false;
        ++i;
    }
    qint64 r = 0;
    const qsizetype digitsStart = i;
    while (i < ref.size()) {
        const char16_t c = ref.at(i).unicode();
        if (c < u'0' || c > u'9')
            return false;
        r = r * 10 + (c - u'0');
        if (r > MaxRows)
            return false;
        ++i;
    }
    if (digitsStart == 0 && i == 0)
        return false;
    if (i > digitsStart && r == 0)
        return false;
    *column = col - 1;
    *row = i > digitsStart ? r : -1;
    return true;
}

QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QString decodeEscapes(QString text)
{
    qsizetype at = text.indexOf(u"_x");
    if (at < 0)
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    for (; at >= 0; at = text.indexOf(u"_x", at)) {
        bool ok = false;
        const ushort code = at + 7 <= text.size() && text.at(at + 6) == u'_'
            ? QStringView(text).mid(at + 2, 4).toUShort(&ok, 16)
            : 0;
        if (!ok) {
            at += 2;
            continue;
        }
        out += QStringView(text).mid(from, at - from);
        out += QChar(code);
        at += 7;
        from = at;
    }
    out += QStringView(text).mid(from);
    return out;
}

} // namespace Patron::XlsxValues
