#include "matchkeys.h"

#include "util/values.h"

#include <QRegularExpression>
#include <QStringList>

namespace Patron::MatchKeys {

namespace {

// Suffixes are compared with the key, which keeps only letters and digits.
QStringList compact(QStringList list)
{
    for (QString &s : list) {
        QString out;
        for (QChar c : s) {
            if (c.isLetterOrNumber())
                out += c;
        }
        s = out;
    }
    list.removeDuplicates();
    return list;
}

} // namespace

QString code(const QString &text)
{
    return Values::toHalfWidth(text).toUpper();
}

QString mobile(const QString &text)
{
    return Values::normalizeMobile(text).value_or(QString());
}

QString email(const QString &text)
{
    return Values::normalizeEmail(text).value_or(QString());
}

QString companyName(const QString &text)
{
    QString s = Values::toHalfWidth(text).toLower();
    // Brackets of every width become ASCII ones so one pattern handles them all.
    static const QString open = QStringLiteral("（【〔[［〈《「『");
    static const QString close = QStringLiteral("）】〕]］〉》」』");
    for (QChar &c : s) {
        if (open.contains(c))
            c = QLatin1Char('(');
        else if (close.contains(c))
            c = QLatin1Char(')');
    }
    // A region in brackets at the start or right after the first words: "(北京)华联", "华联(北京)有限公司".
    static const QRegularExpression leadingRegion(QStringLiteral("^\\s*\\([^()]{1,12}\\)\\s*"));
    s.remove(leadingRegion);
    // Legal forms, longest first; Chinese ones only at the end (after removing brackets).
    static const QStringList suffixes = compact({
        QStringLiteral("集团股份有限公司"), QStringLiteral("集团有限责任公司"), QStringLiteral("集团有限公司"),
        QStringLiteral("股份有限公司"),     QStringLiteral("有限责任公司"),     QStringLiteral("有限公司"),
        QStringLiteral("分公司"),           QStringLiteral("总公司"),           QStringLiteral("公司"),
        QStringLiteral("co.,ltd."),         QStringLiteral("co., ltd."),        QStringLiteral("co.,ltd"),
        QStringLiteral("co., ltd"),         QStringLiteral("co ltd"),           QStringLiteral("company limited"),
        QStringLiteral("limited"),          QStringLiteral("ltd."),             QStringLiteral("ltd"),
        QStringLiteral("inc."),             QStringLiteral("inc"),              QStringLiteral("corporation"),
        QStringLiteral("corp."),            QStringLiteral("corp"),             QStringLiteral("llc"),
        QStringLiteral("gmbh")});
    QString key;
    key.reserve(s.size());
    for (QChar c : s) {
        if (c.isLetterOrNumber())
            key += c;
        else if (c == QLatin1Char('(') || c == QLatin1Char(')'))
            key += c; // kept until suffixes are gone: "华联(北京)有限公司" → drop "(北京)" below
    }
    // Strip suffixes repeatedly ("有限公司" then a bracketed region before it).
    for (bool changed = true; changed;) {
        changed = false;
        static const QRegularExpression trailingRegion(QStringLiteral("\\([^()]{1,12}\\)$"));
        if (key.contains(trailingRegion)) {
            key.remove(trailingRegion);
            changed = true;
        }
        for (const QString &suffix : suffixes) {
            if (key.size() > suffix.size() && key.endsWith(suffix)) {
                key.chop(suffix.size());
                changed = true;
                break;
            }
        }
    }
    key.remove(QLatin1Char('(')).remove(QLatin1Char(')'));
    return key.size() >= 2 ? key : QString();
}

} // namespace Patron::MatchKeys
