#include "values.h"

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
    QString t = toHalfWidth(text);
    t.remove(QLatin1Char(',')).remove(QLatin1Char(' ')).remove(QChar(0x00A5)).remove(QChar(0xFFE5));
    t.remove(QLatin1Char('$'));
    qint64 multiplier = 1;
    if (t.endsWith(QStringLiteral("元")))
        t.chop(1);
    if (t.endsWith(QStringLiteral("万"))) {
        t.chop(1);
        multiplier = 10000;
    }
    static const QRegularExpression re(QStringLiteral("^(-?)(\\d{1,13})(?:\\.(\\d{0,6}))?$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    // Exact decimal arithmetic: whole and fraction separately, rounded half up to cents.
    const qint64 whole = m.captured(2).toLongLong();
    QString frac = m.captured(3);
    frac = QString(frac + QStringLiteral("000000")).left(6); // micro-units
    const qint64 micro = frac.toLongLong();
    qint64 scaledMicro = micro * multiplier; // up to 1e6 * 1e4
    qint64 cents = whole * 100 * multiplier + scaledMicro / 10000;
    if (scaledMicro % 10000 >= 5000)
        ++cents;
    return m.captured(1).isEmpty() ? cents : -cents;
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
