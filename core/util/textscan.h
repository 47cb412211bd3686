#pragma once

#include <QString>

#include <limits>

namespace Patron::TextScan {

/// Hand-written scanning for the value parsers that run once per imported cell (a million
/// rows): no regular expressions, no temporary strings. Full-width forms are folded while
/// reading, so "２０２４／３／５" and "￥１，２３４" scan like their half-width twins.

/// Full-width ASCII (FF01–FF5E) to ASCII, ideographic and no-break spaces to ' '.
inline char16_t halfWidth(char16_t u)
{
    if (u >= 0xFF01 && u <= 0xFF5E)
        return char16_t(u - 0xFEE0);
    if (u == 0x3000 || u == 0x00A0 || u == 0x202F || (u >= 0x2000 && u <= 0x200A))
        return u' ';
    return u;
}

inline bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

inline bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

inline char16_t asciiLower(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
}

/// A read position over a string, trimmed of surrounding white space.
class Cursor
{
public:
    explicit Cursor(const QString &text)
        : m_pos(reinterpret_cast<const char16_t *>(text.constData()))
        , m_end(m_pos + text.size())
    {
        while (m_pos < m_end && isSpace(halfWidth(*m_pos)))
            ++m_pos;
        while (m_end > m_pos && isSpace(halfWidth(m_end[-1])))
            --m_end;
    }

    bool atEnd() const { return m_pos >= m_end; }
    char16_t peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_end ? halfWidth(m_pos[ahead]) : char16_t(0);
    }
    void advance(qsizetype n = 1) { m_pos += n; }
    const char16_t *position() const { return m_pos; }
    void setPosition(const char16_t *pos) { m_pos = pos; }

    bool skipSpaces()
    {
        const char16_t *start = m_pos;
        while (m_pos < m_end && isSpace(halfWidth(*m_pos)))
            ++m_pos;
        return m_pos != start;
    }

    bool eat(char16_t c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    /// Consumes `word` (ASCII letters case-insensitively, other characters exactly).
    bool eatWord(const char16_t *word)
    {
        qsizetype i = 0;
        for (; word[i]; ++i) {
            if (asciiLower(peek(i)) != word[i])
                return false;
        }
        m_pos += i;
        return true;
    }

    /// Reads up to `maxDigits` digits into `value`; returns how many were read.
    int digits(int maxDigits, qint64 &value)
    {
        int n = 0;
        value = 0;
        while (n < maxDigits && isDigit(peek())) {
            value = value * 10 + (peek() - u'0');
            ++m_pos;
            ++n;
        }
        return n;
    }

    /// The integer part of an amount or count: digits, optionally grouped by thousands with
    /// ',' or a space ("1,234,567", "1 234"). A comma is only a separator between groups of
    /// three, so the European "12,50" is rejected instead of being read as 1250. Returns the
    /// number of digits, 0 when there are none or the grouping is wrong; -1 when too long.
    int groupedDigits(int maxDigits, qint64 &value)
    {
        value = 0;
        int total = 0;
        int group = 0;
        bool grouped = false;
        for (;;) {
            const char16_t c = peek();
            if (isDigit(c)) {
                if (++total > maxDigits)
                    return -1;
                value = value * 10 + (c - u'0');
                ++group;
                ++m_pos;
                continue;
            }
            if ((c == u',' || c == u' ') && isDigit(peek(1)) && group > 0) {
                if (grouped ? group != 3 : group > 3)
                    return 0;
                grouped = true;
                group = 0;
                ++m_pos;
                continue;
            }
            break;
        }
        if (grouped && group != 3)
            return 0;
        return total;
    }

private:
    const char16_t *m_pos;
    const char16_t *m_end;
};

} // namespace Patron::TextScan
