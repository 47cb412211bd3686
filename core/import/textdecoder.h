#pragma once

#include "util/result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>

class QIODevice;

namespace Patron {

/// The encodings Patron reads text tables in. GB18030 is a superset of GBK and GB2312,
/// which is what Excel and WPS on Chinese Windows write when asked for plain "CSV".
enum class TextEncoding { Utf8, Gb18030, Utf16Le, Utf16Be };

/// Chooses the encoding of a text file and decodes it chunk by chunk, refusing bytes that
/// would turn into replacement characters: the user gets "line 12: not valid GB18030"
/// instead of an import full of mojibake.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Patron::TextDecoder)

public:
    struct Detection
    {
        TextEncoding encoding = TextEncoding::Utf8;
        int bomLength = 0; ///< bytes of byte order mark at the start, to skip
    };

    /// "UTF-8", "GB18030", "UTF-16LE" or "UTF-16BE".
    static QString encodingName(TextEncoding encoding);

    /// Chooses the encoding of a random-access device (QFile, QBuffer) that is open for
    /// reading. `requested` is ReaderOptions::encoding: "" or "auto" detects; "utf-8",
    /// "gb18030", "utf-16" (LE/BE by BOM, LE without), "utf-16le" and "utf-16be" force
    /// one and only skip its BOM. Detection: a BOM wins; then UTF-16 without BOM when NUL
    /// bytes sit on one side of the byte pairs of the first 64 KiB; otherwise one streamed
    /// pass over the whole file (64 KiB at a time, constant memory) checks every line as
    /// strict UTF-8 and as GB18030: UTF-8 if the whole file is, GB18030 if it is not but
    /// is valid GB18030. A file with lines that are not UTF-8 and lines that clearly are
    /// (valid UTF-8 with three or more CJK characters and no other non-ASCII ones) mixes
    /// encodings: an error naming the first line that differs from the lines before.
    /// Leaves the device at 0. `chunkSize` only matters to tests and fuzzing.
    static Result<Detection>
    detect(QIODevice *device, const QString &requested = {}, qint64 chunkSize = 64 * 1024);

    explicit TextDecoder(TextEncoding encoding);

    TextEncoding encoding() const { return m_encoding; }

    /// Decodes the next bytes of the file (after its BOM); sequences may be split between
    /// calls. Returns the text up to the first byte sequence that is not valid in the
    /// encoding; from there on failed() is true and decode() returns nothing. So the rows
    /// before a bad line read the same whatever the chunk size, and the caller, which
    /// counts lines anyway, knows the bad line: it is where the returned text ends.
    QString decode(QByteArrayView bytes);
    /// Call at the end of the input: a character cut off by the end makes failed() true.
    void finish();
    bool failed() const { return m_failed; }
    /// The error for invalid text on `line`, for the user.
    Error invalidTextError(qint64 line) const;

private:
    qsizetype firstBadSurrogate(const QString &text) const;

    TextEncoding m_encoding;
    QStringDecoder m_decoder;
    qint64 m_bytes = 0;
    bool m_pendingHighSurrogate = false;
    bool m_failed = false;
};

} // namespace Patron
