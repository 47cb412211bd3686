#include "textdecoder.h"

#include <QIODevice>

#include <cstring>

#include <optional>

namespace Patron {

namespace {

constexpr qint64 SniffSize = 64 * 1024;

// Walks the raw bytes once and judges every physical line as strict UTF-8 and as GB18030,
// without decoding. Line ends are the same bytes in both (0x0A/0x0D never occur inside a
// UTF-8 or GB18030 multi-byte character), so line numbers match the decoded text.
class EncodingScan
{
public:
    qint64 firstBadUtf8 = 0; // first line that is not strict UTF-8
    qint64 firstUtf8Line = 0; // first line that is clearly UTF-8 (see classifyUtf8())
    qint64 firstBadGb = 0; // first line that is not GB18030

    // The file mixes encodings: later lines cannot change the verdict. (A file that is
    // neither UTF-8 nor GB18030 so far is scanned on: a later UTF-8 line makes it mixed.)
    bool decided() const { return firstBadUtf8 && firstUtf8Line; }

    void feed(const uchar *p, qsizetype n)
    {
        const uchar *end = p + n;
        while (p < end) {
            const bool idle = !m_u8Need && !m_gbState;
            if (idle && end - p >= 8 && plainAscii(p)) {
                p += 8;
                m_prevCr = false;
                continue;
            }
            // The common CJK character in UTF-8 (U+3000..U+9FFF): E3-E9 and two continuations.
            if (idle && (firstUtf8Line || firstBadGb) && end - p >= 3 && p[0] >= 0xE3
                && p[0] <= 0xE9 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
                p += 3;
                ++m_lineU8Cjk;
                m_prevCr = false;
                continue;
            }
            const uchar b = *p++;
            if (b < 0x80 && idle && b != '\r' && b != '\n') {
                m_prevCr = false;
                continue;
            }
            utf8(b);
            // Once a line is UTF-8, the file is UTF-8 or mixed: GB18030 no longer matters.
            // Only the first line that is not GB18030 matters, too.
            if (!firstUtf8Line && !firstBadGb)
                gb18030(b);
            if (b == '\r') {
                endLine();
                m_prevCr = true;
            } else {
                if (b == '\n' && !m_prevCr)
                    endLine();
                m_prevCr = false;
            }
        }
    }

    void finish()
    {
        if (m_u8Need)
            m_lineBadU8 = true;
        if (m_gbState && !firstUtf8Line && !firstBadGb)
            m_lineBadGb = true;
        m_u8Need = m_gbState = 0;
        endLine();
    }

private:
    // Eight ASCII bytes without a line end: nothing to check.
    static bool plainAscii(const uchar *p)
    {
        quint64 v;
        memcpy(&v, p, sizeof v);
        constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
        const auto hasZeroByte = [](quint64 x) {
            return (x - ones) & ~x & highs;
        };
        return !(v & highs) && !hasZeroByte(v ^ (ones * '\n')) && !hasZeroByte(v ^ (ones * '\r'));
    }

    void utf8(uchar b)
    {
        if (m_u8Need) {
            if (b >= m_u8Lo && b <= m_u8Hi) {
                m_u8Lo = 0x80;
                m_u8Hi = 0xBF;
                if (m_u8Need == m_u8Len - 1)
                    m_u8Second = b;
                if (--m_u8Need == 0)
                    classifyUtf8();
                return;
            }
            // The sequence broke off; the byte may start a new one.
            m_lineBadU8 = true;
            m_u8Need = 0;
            m_u8Lo = 0x80;
            m_u8Hi = 0xBF;
        }
        if (b < 0x80)
            return;
        if (b >= 0xC2 && b <= 0xDF) {
            m_u8Need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            m_u8Need = 2;
            if (b == 0xE0)
                m_u8Lo = 0xA0; // overlong
            else if (b == 0xED)
                m_u8Hi = 0x9F; // surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            m_u8Need = 3;
            if (b == 0xF0)
                m_u8Lo = 0x90;
            else if (b == 0xF4)
                m_u8Hi = 0x8F; // beyond U+10FFFF
        } else {
            m_lineBadU8 = true;
            return;
        }
        m_u8Len = m_u8Need + 1;
        m_u8Lead = b;
    }

    // GBK text is now and then valid UTF-8 by chance ("蹇戒互" reads as "忽以"), but
    // hardly ever with three CJK characters and nothing else outside ASCII on a line.
    void classifyUtf8()
    {
        const bool cjk = (m_u8Len == 3 && m_u8Lead >= 0xE3 && m_u8Lead <= 0xE9)
            || (m_u8Len == 3 && m_u8Lead == 0xEF && m_u8Second >= 0xBC) // full-width
            || (m_u8Len == 4 && m_u8Lead == 0xF0 && m_u8Second >= 0xA0
                && m_u8Second <= 0xAF); // CJK extensions B-F
        if (cjk)
            ++m_lineU8Cjk;
        else
            m_lineU8Other = true;
    }

    void gb18030(uchar b)
    {
        switch (m_gbState) {
        case 1:
            if ((b >= 0x40 && b <= 0x7E) || (b >= 0x80 && b <= 0xFE)) {
                m_gbState = 0;
                return;
            }
            if (b >= 0x30 && b <= 0x39) {
                m_gb[1] = b;
                m_gbState = 2;
                return;
            }
            break;
        case 2:
            if (b >= 0x81 && b <= 0xFE) {
                m_gb[2] = b;
                m_gbState = 3;
                return;
            }
            break;
        case 3:
            if (b >= 0x30 && b <= 0x39) {
                m_gbState = 0;
                // Four-byte codes are assigned for the rest of the BMP (up to 8431A439)
                // and for U+10000..U+10FFFF (90308130..E3329A35); ICU rejects the others.
                const int linear = ((m_gb[0] - 0x81) * 10 + (m_gb[1] - 0x30)) * 1260
                    + (m_gb[2] - 0x81) * 10 + (b - 0x30);
                if (linear > 39419 && (linear < 189000 || linear > 189000 + 0xFFFFF))
                    m_lineBadGb = true;
                return;
            }
            break;
        default:
            break;
        }
        if (m_gbState) {
            m_lineBadGb = true;
            m_gbState = 0;
        }
        if (b < 0x80)
            return;
        if (b >= 0x81 && b <= 0xFE) {
            m_gb[0] = b;
            m_gbState = 1;
        } else {
            m_lineBadGb = true;
        }
    }

    void endLine()
    {
        if (m_lineBadU8 && !firstBadUtf8)
            firstBadUtf8 = m_line;
        if (!m_lineBadU8 && m_lineU8Cjk >= 3 && !m_lineU8Other && !firstUtf8Line)
            firstUtf8Line = m_line;
        if (m_lineBadGb && !firstBadGb)
            firstBadGb = m_line;
        m_lineBadU8 = m_lineU8Other = m_lineBadGb = false;
        m_lineU8Cjk = 0;
        ++m_line;
    }

    qint64 m_line = 1;
    bool m_prevCr = false;
    int m_u8Need = 0;
    int m_u8Len = 0;
    uchar m_u8Lead = 0;
    uchar m_u8Second = 0;
    uchar m_u8Lo = 0x80;
    uchar m_u8Hi = 0xBF;
    bool m_lineBadU8 = false;
    int m_lineU8Cjk = 0; // CJK characters on the line so far
    bool m_lineU8Other = false; // other multi-byte UTF-8 characters on the line
    bool m_lineBadGb = false;
    int m_gbState = 0;
    uchar m_gb[3] = {};
};

QStringDecoder makeDecoder(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringDecoder(QStringConverter::Utf8);
    case TextEncoding::Utf16Le:
        return QStringDecoder(QStringConverter::Utf16LE);
    case TextEncoding::Utf16Be:
        return QStringDecoder(QStringConverter::Utf16BE);
    case TextEncoding::Gb18030:
        break;
    }
    return QStringDecoder("GB18030");
}

bool startsWith(const QByteArray &head, const char *bom, int length)
{
    return head.size() >= length && memcmp(head.constData(), bom, size_t(length)) == 0;
}

const char Utf8Bom[] = "\xEF\xBB\xBF";
const char Utf16LeBom[] = "\xFF\xFE";
const char Utf16BeBom[] = "\xFE\xFF";
const char Gb18030Bom[] = "\x84\x31\x95\x33";

// UTF-16 without BOM: NUL bytes (the high byte of ASCII characters: digits, delimiters,
// line ends) on one side of the pairs, hardly any on the other. UTF-8 and GB18030 text
// has no NUL bytes at all.
std::optional<TextEncoding> sniffUtf16(const QByteArray &head)
{
    const qsizetype pairs = head.size() / 2;
    qsizetype even = 0, odd = 0;
    for (qsizetype i = 0; i + 1 < head.size(); i += 2) {
        even += head[i] == 0;
        odd += head[i + 1] == 0;
    }
    const qsizetype enough = qMax<qsizetype>(1, pairs / 20);
    if (odd >= enough && even * 10 <= odd)
        return TextEncoding::Utf16Le;
    if (even >= enough && odd * 10 <= even)
        return TextEncoding::Utf16Be;
    return std::nullopt;
}

} // namespace

QString TextDecoder::encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    case TextEncoding::Utf16Le:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16Be:
        return QStringLiteral("UTF-16BE");
    }
    return {};
}

Result<TextDecoder::Detection>
TextDecoder::detect(QIODevice *device, const QString &requested, qint64 chunkSize)
{
    if (!device || !device->isReadable() || device->isSequential())
        return makeError(Error::Io, tr("The file cannot be read from the start again."));
    if (!device->seek(0))
        return makeError(Error::Io, tr("Cannot read the file: %1").arg(device->errorString()));
    const QByteArray head = device->peek(SniffSize);
    const QString name = requested.trimmed().toLower();

    Detection d;
    if (name == QLatin1String("utf-8") || name == QLatin1String("utf8")) {
        d.encoding = TextEncoding::Utf8;
        d.bomLength = startsWith(head, Utf8Bom, 3) ? 3 : 0;
        return d;
    }
    if (name == QLatin1String("gb18030") || name == QLatin1String("gbk")
        || name == QLatin1String("gb2312")) {
        d.encoding = TextEncoding::Gb18030;
        d.bomLength = startsWith(head, Gb18030Bom, 4) ? 4 : 0;
        return d;
    }
    if (name == QLatin1String("utf-16") || name == QLatin1String("utf-16le")
        || name == QLatin1String("utf-16be")) {
        const bool le = startsWith(head, Utf16LeBom, 2);
        const bool be = startsWith(head, Utf16BeBom, 2);
        if (name == QLatin1String("utf-16be") || (name == QLatin1String("utf-16") && be)) {
            d.encoding = TextEncoding::Utf16Be;
            d.bomLength = be ? 2 : 0;
        } else {
            d.encoding = TextEncoding::Utf16Le;
            d.bomLength = le ? 2 : 0;
        }
        return d;
    }
    if (!name.isEmpty() && name != QLatin1String("auto")) {
        return makeError(Error::Invalid,
                         tr("Unknown encoding \"%1\". Choose UTF-8, GB18030, UTF-16, UTF-16LE "
                            "or UTF-16BE.")
                             .arg(requested));
    }

    if (startsWith(head, Utf8Bom, 3))
        return Detection {TextEncoding::Utf8, 3};
    if (startsWith(head, Utf16LeBom, 2))
        return Detection {TextEncoding::Utf16Le, 2};
    if (startsWith(head, Utf16BeBom, 2))
        return Detection {TextEncoding::Utf16Be, 2};
    if (startsWith(head, Gb18030Bom, 4))
        return Detection {TextEncoding::Gb18030, 4};
    if (const auto utf16 = sniffUtf16(head))
        return Detection {*utf16, 0};

    // One pass over the whole file: a file can be pure ASCII for 100,000 rows and have
    // its first Chinese name in the last one.
    EncodingScan scan;
    chunkSize = qMax<qint64>(1, chunkSize);
    QByteArray chunk(chunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device->read(chunk.data(), chunkSize);
        if (n < 0)
            return makeError(Error::Io, tr("Cannot read the file: %1").arg(device->errorString()));
        if (n == 0)
            break;
        scan.feed(reinterpret_cast<const uchar *>(chunk.constData()), n);
        if (scan.decided())
            break;
    }
    if (!scan.decided())
        scan.finish();
    device->seek(0);

    if (!scan.firstBadUtf8)
        return Detection {TextEncoding::Utf8, 0};
    if (scan.firstUtf8Line) {
        const bool utf8First = scan.firstUtf8Line < scan.firstBadUtf8;
        const qint64 bad = utf8First ? scan.firstBadUtf8 : scan.firstUtf8Line;
        const qint64 good = utf8First ? scan.firstUtf8Line : scan.firstBadUtf8;
        return makeError(Error::Invalid,
                         (utf8First ? tr("Line %1: the text is not UTF-8, but line %2 is. The "
                                         "file mixes encodings (or is damaged); save it again "
                                         "with one encoding, or choose an encoding.")
                                    : tr("Line %1: the text is UTF-8, but line %2 is not. The "
                                         "file mixes encodings (or is damaged); save it again "
                                         "with one encoding, or choose an encoding."))
                             .arg(bad)
                             .arg(good));
    }
    if (scan.firstBadGb) {
        return makeError(Error::Invalid,
                         tr("Line %1: the text is neither UTF-8 nor GB18030; choose another "
                            "encoding.")
                             .arg(qMax(scan.firstBadUtf8, scan.firstBadGb)));
    }
    return Detection {TextEncoding::Gb18030, 0};
}

TextDecoder::TextDecoder(TextEncoding encoding)
    : m_encoding(encoding)
    , m_decoder(makeDecoder(encoding))
{ }

Error TextDecoder::invalidTextError(qint64 line) const
{
    return makeError(Error::Invalid,
                     tr("Line %1: the text is not valid %2; choose another encoding.")
                         .arg(line)
                         .arg(encodingName(m_encoding)));
}

// Qt's UTF-16 decoder passes lone surrogates through; they would be lost when stored.
qsizetype TextDecoder::firstBadSurrogate(const QString &text) const
{
    bool expectLow = m_pendingHighSurrogate;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (expectLow) {
            if (!c.isLowSurrogate())
                return qMax<qsizetype>(0, i - 1);
            expectLow = false;
        } else if (c.isHighSurrogate()) {
            expectLow = true;
        } else if (c.isLowSurrogate()) {
            return i;
        }
    }
    return -1;
}

QString TextDecoder::decode(QByteArrayView bytes)
{
    if (m_failed)
        return {};
    QString text = m_decoder.decode(bytes);
    m_bytes += bytes.size();
    qsizetype bad = -1;
    if (m_encoding == TextEncoding::Utf16Le || m_encoding == TextEncoding::Utf16Be) {
        bad = firstBadSurrogate(text);
        if (bad < 0 && !text.isEmpty())
            m_pendingHighSurrogate = text.back().isHighSurrogate();
    } else if (m_decoder.hasError()) {
        bad = text.indexOf(QChar(QChar::ReplacementCharacter));
        if (bad < 0)
            bad = text.size();
    }
    if (bad >= 0) {
        text.truncate(bad);
        m_failed = true;
    }
    return text;
}

void TextDecoder::finish()
{
    if (m_failed)
        return;
    if (m_encoding == TextEncoding::Utf16Le || m_encoding == TextEncoding::Utf16Be) {
        m_failed = m_bytes % 2 || m_pendingHighSurrogate;
        return;
    }
    // A character cut off by the end of the file sits in the decoder's state; a line
    // feed cannot continue it, so the decoder reports it now. (decode() is lazy: the
    // conversion only runs when its result becomes a QString.)
    const QString rest = m_decoder.decode(QByteArrayView("\n", 1));
    m_failed = m_decoder.hasError();
}

} // namespace Patron
