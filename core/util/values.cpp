#include "values.h"

#include "textscan.h"

#include <QLocale>
#include <QRegularExpression>

namespace Patron::Values {

QString toHalfWidth(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const ushort u = c.unicode();
        if (u == 0x3000)
            out += QLatin1Char(' ');
        else if (u >= 0xFF01 && u <= 0xFF5E)
            out += QChar(ushort(u - 0xFEE0));
        else
            out += c;
    }
    return out.trimmed();
}

std::optional<QString> normalizeMobile(const QString &text)
{
    QString digits;
    const QString half = toHalfWidth(text);
    for (QChar c : half) {
        if (c.isDigit())
            digits += c;
        else if (c != QLatin1Char('+') && c != QLatin1Char('-') && c != QLatin1Char(' ')
                 && c != QLatin1Char('(') && c != QLatin1Char(')') && c != QLatin1Char('.'))
            return std::nullopt;
    }
    if (digits.size() == 13 && digits.startsWith(QLatin1String("86")))
        digits = digits.mid(2);
    else if (digits.size() == 15 && digits.startsWith(QLatin1String("0086")))
        digits = digits.mid(4);
    static const QRegularExpression re(QStringLiteral("^1[3-9]\\d{9}$"));
    if (!re.match(digits).hasMatch())
        return std::nullopt;
    return digits;
}

std::optional<QString> normalizeEmail(const QString &text)
{
    const QString e = toHalfWidth(text).toLower();
    static const QRegularExpression re(
        QStringLiteral("^[a-z0-9._%+'-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$"));
    if (!re.match(e).hasMatch())
        return std::nullopt;
    return e;
}

QString plainMoney(qint64 cents)
{
    const bool negative = cents < 0;
    const quint64 abs = negative ? quint64(-(cents + 1)) + 1 : quint64(cents);
    return (negative ? QStringLiteral("-") : QString()) + QString::number(abs / 100) + QLatin1Char('.')
           + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString formatMoney(qint64 cents)
{
    const bool negative = cents < 0;
    const quint64 abs = negative ? quint64(-(cents + 1)) + 1 : quint64(cents);
    QString whole = QString::number(abs / 100);
    for (int i = int(whole.size()) - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    return (negative ? QStringLiteral("-") : QString()) + QStringLiteral("¥") + whole + QLatin1Char('.')
           + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> parseMoney(const QString &text)
{
    // Scanned by hand: the import runs this on every amount cell of a million-row file.
    using namespace TextScan;
    Cursor in(text);
    int sign = 0;
    bool paren = false;
    bool currency = false;
    // Prefixes in any order, each once: "-¥12", "¥-12", "(¥12.00)", "RMB 12", "人民币12".
    for (;;) {
        in.skipSpaces();
        const char16_t c = in.peek();
        if (c == u'-' || c == u'+' || c == 0x2212) {
            if (sign)
                return std::nullopt;
            sign = c == u'+' ? 1 : -1;
            in.advance();
        } else if (c == u'(') {
            if (paren)
                return std::nullopt;
            paren = true;
            in.advance();
        } else if (!currency && (c == 0x00A5 || c == 0xFFE5 || c == u'$')) {
            currency = true;
            in.advance();
        } else if (!currency && (in.eatWord(u"rmb") || in.eatWord(u"cny") || in.eatWord(u"人民币"))) {
            currency = true;
        } else {
            break;
        }
    }
    if (paren && sign)
        return std::nullopt;
    qint64 whole = 0;
    if (in.groupedDigits(13, whole) <= 0)
        return std::nullopt;
    const char16_t *fraction = nullptr;
    int fractionDigits = 0;
    if (in.eat(u'.')) {
        fraction = in.position();
        while (isDigit(in.peek())) {
            in.advance();
            ++fractionDigits;
        }
    }
    // Suffixes: a multiplier (万, 亿) before the unit (元, RMB, CNY), the closing bracket.
    int scale = 2; // decimal digits of yuan kept as cents
    bool unit = false;
    bool closed = false;
    for (;;) {
        in.skipSpaces();
        if (in.atEnd())
            break;
        if (!unit && !closed && scale == 2 && in.eat(u'万')) {
            scale = 6;
        } else if (!unit && !closed && scale == 2 && in.eat(u'亿')) {
            scale = 10;
        } else if (!unit && (in.eat(u'元') || in.eatWord(u"rmb") || in.eatWord(u"cny"))) {
            unit = true;
        } else if (paren && !closed && in.eat(u')')) {
            closed = true;
        } else {
            return std::nullopt;
        }
    }
    if (paren != closed)
        return std::nullopt;
    // Exact decimal arithmetic: the first `scale` fraction digits are whole cents, the next
    // one rounds half up (away from zero for negative amounts).
    qint64 power = 1;
    for (int i = 0; i < scale; ++i)
        power *= 10;
    if (whole > std::numeric_limits<qint64>::max() / power - 1)
        return std::nullopt;
    qint64 cents = whole * power;
    qint64 digitPower = power;
    for (int i = 0; i < scale; ++i) {
        digitPower /= 10;
        if (i < fractionDigits)
            cents += (halfWidth(fraction[i]) - u'0') * digitPower;
    }
    if (fractionDigits > scale) {
        const char16_t next = halfWidth(fraction[scale]);
        if (next >= u'5')
            ++cents;
    }
    return sign < 0 || paren ? -cents : cents;
}

QString storeDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString storeDateTime(const QDateTime &dateTime)
{
    return dateTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString now()
{
    return storeDateTime(QDateTime::currentDateTime());
}

QDate parseStoredDate(const QString &text)
{
    return QDate::fromString(text.left(10), Qt::ISODate);
}

QDateTime parseStoredDateTime(const QString &text)
{
    if (text.size() == 10)
        return QDateTime(parseStoredDate(text), QTime(0, 0));
    return QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString displayDate(const QString &stored)
{
    const QDate d = parseStoredDate(stored);
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : stored;
}

QString displayDateTime(const QString &stored)
{
    const QDateTime dt = parseStoredDateTime(stored);
    return dt.isValid() ? dt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : stored;
}

} // namespace Patron::Values
