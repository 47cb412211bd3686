#include "searchtokenizer.h"

#include <QRegularExpression>

namespace Patron::SearchTokenizer {

namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF)     // CJK unified ideographs
           || (c >= 0x3400 && c <= 0x4DBF)  // extension A
           || (c >= 0x20000 && c <= 0x2FA1F) // extensions B–F, compatibility supplement
           || (c >= 0xF900 && c <= 0xFAFF)  // compatibility ideographs
           || (c >= 0x3040 && c <= 0x30FF)  // kana
           || (c >= 0xAC00 && c <= 0xD7AF); // hangul
}

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c);
}

struct Run
{
    QStringList chars; // one entry per code point
    bool cjk = false;
};

// Splits normalised text into runs of CJK characters and runs of other letters/digits.
QList<Run> runs(const QString &text)
{
    QList<Run> result;
    Run current;
    auto flush = [&] {
        if (!current.chars.isEmpty())
            result << current;
        current = Run{};
    };
    const QList<uint> ucs4 = text.toUcs4();
    for (uint u : ucs4) {
        const char32_t c = u;
        if (!isWordChar(c)) {
            flush();
            continue;
        }
        const bool cjk = isCjk(c);
        if (!current.chars.isEmpty() && current.cjk != cjk)
            flush();
        current.cjk = cjk;
        current.chars << QString::fromUcs4(&c, 1);
    }
    flush();
    return result;
}

QStringList cjkBigrams(const QStringList &chars)
{
    QStringList out;
    for (int i = 0; i + 1 < chars.size(); ++i)
        out << chars.at(i) + chars.at(i + 1);
    return out;
}

} // namespace

QString normalize(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

QString documentTokens(const QStringList &fields)
{
    // The same tokens as runs() + cjkBigrams() would give (tst_values compares them), made
    // in one pass without a string per character: imports make this for every row.
    // No de-duplication: phrase queries need every token at its position.
    QString out;
    out.reserve(256);
    auto addToken = [&](QStringView token) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += token;
    };
    for (const QString &field : fields) {
        if (field.isEmpty())
            continue;
        const QString text = normalize(field);
        const QChar *p = text.constData();
        const qsizetype n = text.size();
        qsizetype runStart = -1; // the current run, or -1
        bool runCjk = false;
        qsizetype lastStart = 0, lastLength = 0; // the run's last code point
        auto flush = [&](qsizetype end) {
            if (runStart < 0)
                return;
            if (runCjk) {
                addToken(QStringView(p + lastStart, lastLength));
            } else {
                const QStringView word(p + runStart, end - runStart);
                addToken(word);
                bool allDigits = true;
                for (const QChar ch : word)
                    allDigits = allDigits && ch.isDigit();
                if (allDigits && word.size() >= 7)
                    addToken(word.right(4));
            }
            runStart = -1;
        };
        for (qsizetype i = 0; i < n;) {
            char32_t c = p[i].unicode();
            qsizetype length = 1;
            if (p[i].isHighSurrogate() && i + 1 < n && p[i + 1].isLowSurrogate()) {
                c = QChar::surrogateToUcs4(p[i], p[i + 1]);
                length = 2;
            } else if (p[i].isSurrogate()) {
                c = QChar::ReplacementCharacter; // as toUcs4() reads a lone surrogate
            }
            if (!isWordChar(c)) {
                flush(i);
            } else {
                const bool cjk = isCjk(c);
                if (runStart >= 0 && runCjk != cjk)
                    flush(i);
                if (runStart < 0) {
                    runStart = i;
                    runCjk = cjk;
                } else if (cjk) {
                    addToken(QStringView(p + lastStart, lastLength + length)); // the bigram ending here
                }
                lastStart = i;
                lastLength = length;
            }
            i += length;
        }
        flush(n);
    }
    return out;
}

SearchQuery parseQuery(const QString &text)
{
    SearchQuery query;
    const QStringList words = normalize(text).split(QRegularExpression(QStringLiteral("\\s+")),
                                                    Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QList<Run> wordRuns = runs(word);
        if (wordRuns.isEmpty())
            continue;
        SearchTerm term;
        for (int i = 0; i < wordRuns.size(); ++i) {
            const Run &run = wordRuns.at(i);
            const bool last = i == wordRuns.size() - 1;
            if (run.cjk) {
                if (last && run.chars.size() == 1) {
                    // A lone character is a prefix of the bigram that starts with it.
                    term.tokens << run.chars.first();
                    term.lastIsPrefix = true;
                } else if (last) {
                    term.tokens << cjkBigrams(run.chars);
                } else {
                    // Mirror the document: a run followed by more text ends with its last
                    // character as its own token.
                    term.tokens << cjkBigrams(run.chars) << run.chars.last();
                }
            } else {
                term.tokens << run.chars.join(QString());
                if (last)
                    term.lastIsPrefix = true;
            }
        }
        // A lone Latin letter or digit ("1", "c") is a prefix of nearly every record: it
        // would only make the first keystroke slow, so it waits for the next one.
        if (term.tokens.size() == 1 && term.lastIsPrefix && term.tokens.first().size() == 1
            && term.tokens.first().at(0).unicode() < 0x80)
            continue;
        query.terms << term;
    }
    return query;
}

} // namespace Patron::SearchTokenizer
