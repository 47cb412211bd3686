#include "matchkeys.h"

#include "util/textscan.h"
#include "util/values.h"

#include <QVarLengthArray>

#include <algorithm>

namespace Patron::MatchKeys {

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

namespace {

struct Suffix
{
    const char16_t *text; // letters and digits only, as in the key
    qsizetype size;
    bool wholeWord;       // Latin forms only after a word boundary: not "zinc" → "z"
};

template<qsizetype N>
constexpr Suffix chinese(const char16_t (&s)[N])
{
    return {s, N - 1, false};
}

template<qsizetype N>
constexpr Suffix latin(const char16_t (&s)[N])
{
    return {s, N - 1, true};
}

// Longest first within each family, so "股份有限公司" goes before "有限公司".
constexpr Suffix kSuffixes[] = {
    chinese(u"集团股份有限公司"), chinese(u"集团有限责任公司"), chinese(u"集团有限公司"),
    chinese(u"股份有限公司"),     chinese(u"有限责任公司"),     chinese(u"责任有限公司"),
    chinese(u"有限公司"),         chinese(u"股份公司"),         chinese(u"分公司"),
    chinese(u"总公司"),           chinese(u"公司"),             chinese(u"集团"),
    latin(u"companylimited"),     latin(u"incorporated"),       latin(u"corporation"),
    latin(u"colimited"),          latin(u"limited"),            latin(u"company"),
    latin(u"coltd"),              latin(u"gmbh"),               latin(u"corp"),
    latin(u"ltd"),                latin(u"inc"),                latin(u"llc"),
    latin(u"plc"),                latin(u"pte"),                latin(u"co"),
};

bool isOpenBracket(char16_t c)
{
    switch (c) {
    case u'(': case u'[': case u'{': case u'（': case u'【': case u'〔': case u'［':
    case u'〈': case u'《': case u'「': case u'『': case u'〖':
        return true;
    default:
        return false;
    }
}

bool isCloseBracket(char16_t c)
{
    switch (c) {
    case u')': case u']': case u'}': case u'）': case u'】': case u'〕': case u'］':
    case u'〉': case u'》': case u'」': case u'』': case u'〗':
        return true;
    default:
        return false;
    }
}

bool isKeyChar(QChar c)
{
    // Surrogates stay: rare characters in names (𠀋) are letters too.
    return c.isLetterOrNumber() || c.isSurrogate();
}

} // namespace

namespace {

// The key with bracketed parts dropped (or, with keepBracketed, kept as words).
QString companyKey(const QString &text, bool keepBracketed, bool *hadBracketed)
{
    using TextScan::halfWidth;
    const qsizetype n = text.size();
    // Built in stack buffers; one QString at the end.
    QVarLengthArray<char16_t, 128> key;
    // boundary[i]: a word starts at key[i] (for the Latin legal forms).
    QVarLengthArray<bool, 128> boundary;
    bool wordBreak = true;
    int depth = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = halfWidth(text.at(i).unicode());
        if (isOpenBracket(u)) {
            // A bracketed part (a region "(北京)", a legal form "(有限公司)", "(有限合伙)")
            // never tells two companies apart.
            ++depth;
            wordBreak = true;
            continue;
        }
        if (isCloseBracket(u)) {
            if (depth > 0)
                --depth;
            wordBreak = true;
            continue;
        }
        QChar c(u);
        // Common CJK ideographs need neither a category lookup nor case folding.
        const bool ideograph = u >= 0x4E00 && u <= 0x9FFF;
        if (!ideograph && !isKeyChar(c)) {
            wordBreak = true;
            continue;
        }
        if (depth > 0 && !keepBracketed) {
            *hadBracketed = true;
            continue;
        }
        if (u < 0x80)
            c = QChar(TextScan::asciiLower(u));
        else if (!ideograph && !c.isSurrogate())
            c = c.toLower();
        // A change between Latin and CJK is a word break too: "华联ABC" has words 华联, abc.
        if (!key.isEmpty() && (u < 0x80) != (key.back() < 0x80))
            wordBreak = true;
        key.append(c.unicode());
        boundary.append(wordBreak);
        wordBreak = false;
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (const Suffix &suffix : kSuffixes) {
            const qsizetype at = key.size() - suffix.size;
            if (at < 0 || key.back() != suffix.text[suffix.size - 1]
                || (suffix.wholeWord && !boundary[at]))
                continue;
            if (std::equal(suffix.text, suffix.text + suffix.size, key.constData() + at)) {
                if (at == 0)
                    return {}; // nothing but a legal form: "公司", "Co., Ltd."
                key.resize(at);
                boundary.resize(at);
                changed = true;
                break;
            }
        }
    }
    if (key.size() < 2)
        return {};
    return QString(reinterpret_cast<const QChar *>(key.constData()), key.size());
}

} // namespace

QString companyName(const QString &text)
{
    // One pass, no regular expressions: duplicate matching runs this on every imported row
    // and on every stored customer.
    bool hadBracketed = false;
    const QString key = companyKey(text, false, &hadBracketed);
    if (key.isEmpty() && hadBracketed)
        return companyKey(text, true, &hadBracketed); // "(华联科技)有限公司": the brackets held the name
    return key;
}

} // namespace Patron::MatchKeys
