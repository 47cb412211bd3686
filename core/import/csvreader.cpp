#include "csvreader.h"

#include <QFile>
#include <QFileInfo>

namespace Patron {

namespace {

// The delimiter is judged on this many records, from at most this much text (about 5 ms
// of decoding).
constexpr int SampleRecords = 50;
constexpr qsizetype SampleChars = 1 << 20;

const char16_t Candidates[] = {u',', u'\t', u';', u'|'};

// Field counts of the first non-empty records of `sample`, split the way readRow() would.
// A record still open at the end of an incomplete sample is left out.
QList<int> fieldCounts(QStringView sample, char16_t delimiter, bool complete)
{
    enum { Start, Unquoted, Quoted, QuoteInQuoted } state = Start;
    QList<int> counts;
    int fields = 1;
    bool empty = true;
    for (const QChar qc : sample) {
        const char16_t c = qc.unicode();
        if (state == Quoted) {
            if (c == u'"')
                state = QuoteInQuoted;
            continue;
        }
        if (state == QuoteInQuoted && c == u'"') {
            state = Quoted;
            continue;
        }
        if (c == delimiter) {
            ++fields;
            empty = false;
            state = Start;
        } else if (c == u'\r' || c == u'\n') {
            if (!empty)
                counts.append(fields);
            if (counts.size() >= SampleRecords)
                return counts;
            fields = 1;
            empty = true;
            state = Start;
        } else {
            empty = false;
            state = state == Start && c == u'"' ? Quoted : Unquoted;
        }
    }
    if (complete && !empty && state != Quoted)
        counts.append(fields);
    return counts;
}

// Line ends in text: CRLF, LF or CR.
qsizetype lineEnds(QStringView text)
{
    return text.count(u'\n') + text.count(u'\r') - text.count(u"\r\n");
}

// How many sample records have the most common field count; 0 when that count is 1.
int consistency(const QList<int> &counts)
{
    QHash<int, int> frequency;
    int best = 0;
    for (int n : counts) {
        const int f = ++frequency[n];
        if (n > 1 && f > best)
            best = f;
    }
    // A count that only one record has is no evidence unless the sample is one record.
    return best > 1 || counts.size() == 1 ? best : 0;
}

} // namespace

CsvReader::CsvReader(const QString &path, const ReaderOptions &options)
    : m_path(path)
    , m_options(options)
{ }

CsvReader::CsvReader(QIODevice *device, const ReaderOptions &options, const QString &name)
    : m_path(name)
    , m_options(options)
    , m_device(device)
{ }

CsvReader::~CsvReader() = default;

QString CsvReader::delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return tr("comma");
    case u';':
        return tr("semicolon");
    case u'\t':
        return tr("tab");
    case u'|':
        return tr("pipe");
    default:
        break;
    }
    return tr("\"%1\"").arg(delimiter);
}

Error CsvReader::fail(Error error)
{
    m_error = error;
    return error;
}

Status CsvReader::open()
{
    m_opened = false;
    m_error = {};
    if (!m_device || m_ownedDevice) {
        auto file = std::make_unique<QFile>(m_path);
        // Unbuffered: we read 64 KiB blocks ourselves; QIODevice's buffer would copy them.
        if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            return makeError(
                Error::Io,
                tr("Cannot open %1: %2").arg(QFileInfo(m_path).fileName(), file->errorString()));
        }
        m_ownedDevice = std::move(file);
        m_device = m_ownedDevice.get();
    } else if (!m_device->isOpen() && !m_device->open(QIODevice::ReadOnly)) {
        return makeError(Error::Io, tr("Cannot open the file: %1").arg(m_device->errorString()));
    }
    m_size = m_device->size();

    const Result<TextDecoder::Detection> detection
        = TextDecoder::detect(m_device, m_options.encoding, m_chunkSize);
    if (!detection)
        return detection.error();
    m_detection = *detection;

    const QChar forced = m_options.delimiter;
    if (forced == u'"' || forced == u'\r' || forced == u'\n')
        return makeError(Error::Invalid, tr("A quote or a line break cannot be the delimiter."));
    if (!forced.isNull()) {
        m_delimiter = forced;
    } else if (m_path.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive)) {
        m_delimiter = u'\t';
    } else {
        const Result<QChar> detected = detectDelimiter();
        if (!detected)
            return detected.error();
        m_delimiter = *detected;
    }

    if (Status s = rewind(); !s)
        return s;
    m_opened = true;
    return {};
}

Result<QChar> CsvReader::detectDelimiter()
{
    if (Status s = rewind(); !s)
        return s.error();
    // The sample is the first SampleChars characters (or the whole file), whatever the
    // chunk size, so that the guess never depends on how the file was read.
    QString sample;
    bool complete = false;
    while (sample.size() <= SampleChars) {
        const Result<bool> more = fill();
        if (!more && m_decoder->failed())
            return m_decoder->invalidTextError(1 + lineEnds(sample));
        if (!more)
            return more.error();
        if (!*more) {
            complete = true;
            break;
        }
        sample += m_buffer;
    }
    if (sample.size() > SampleChars) {
        sample.truncate(SampleChars);
        complete = false;
    }

    QChar best = u',';
    int bestScore = 0;
    for (char16_t candidate : Candidates) {
        const int score = consistency(fieldCounts(sample, candidate, complete));
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

Status CsvReader::rewind()
{
    if (!m_device->seek(m_detection.bomLength))
        return makeError(Error::Io, tr("Cannot read the file: %1").arg(m_device->errorString()));
    m_decoder.emplace(m_detection.encoding);
    m_raw.resize(m_chunkSize);
    m_buffer.clear();
    m_pos = 0;
    m_chunkBytes = 0;
    m_field.clear();
    m_line = 1;
    m_recordLine = 1;
    m_prevCr = false;
    m_atEnd = false;
    m_error = {};
    return {};
}

QStringList CsvReader::sheets() const
{
    return {QString()};
}

Status CsvReader::selectSheet(int index)
{
    if (index != 0)
        return makeError(Error::Invalid, tr("A text file has only one table."));
    if (!m_opened)
        return open();
    return rewind();
}

// The next decoded chunk into m_buffer; false at the end of the input.
Result<bool> CsvReader::fill()
{
    while (!m_atEnd && !m_decoder->failed()) {
        const qint64 n = m_device->read(m_raw.data(), m_chunkSize);
        if (n < 0)
            return makeError(Error::Io,
                             tr("Cannot read the file: %1").arg(m_device->errorString()));
        if (n == 0) {
            m_atEnd = true;
            m_decoder->finish();
            break;
        }
        m_buffer = m_decoder->decode(QByteArrayView(m_raw.constData(), n));
        m_pos = 0;
        m_chunkBytes = n;
        if (!m_buffer.isEmpty())
            return true;
    }
    m_buffer.clear();
    m_pos = 0;
    // All text before the bad bytes has been consumed, so m_line is their line.
    if (m_decoder->failed())
        return m_decoder->invalidTextError(m_line);
    return false;
}

Status CsvReader::appendToField(QStringView text)
{
    if (m_field.size() + text.size() > MaxFieldLength) {
        return makeError(Error::Invalid,
                         tr("Line %1: a field is longer than %2 characters. Is a closing quote "
                            "missing?")
                             .arg(m_fieldLine)
                             .arg(MaxFieldLength));
    }
    m_field.append(text);
    return {};
}

Status CsvReader::pushField(QStringList &cells, QStringView tail)
{
    if (cells.size() >= MaxColumns) {
        return makeError(
            Error::Invalid,
            tr("Line %1: the row has more than %2 columns.").arg(m_recordLine).arg(MaxColumns));
    }
    if (m_field.isEmpty()) {
        if (tail.size() > MaxFieldLength)
            return appendToField(tail);
        cells.append(tail.toString());
        return {};
    }
    if (Status s = appendToField(tail); !s)
        return s;
    cells.append(m_field);
    m_field.clear();
    return {};
}

void CsvReader::endLine(char16_t c)
{
    if (c == u'\r') {
        ++m_line;
        m_prevCr = true;
        return;
    }
    if (!m_prevCr)
        ++m_line;
    m_prevCr = false;
}

Result<bool> CsvReader::readRow(SourceRow &row)
{
    if (m_error.isError())
        return m_error;
    if (!m_opened)
        return makeError(Error::Invalid, tr("The file is not open."));

    row.cells.clear();
    row.cells.reserve(m_columns);
    row.hidden = false;
    row.hasFormula = false;
    row.number = m_line;
    m_recordLine = m_line;
    m_field.clear();
    bool started = false;
    State state = State::FieldStart;
    const char16_t delimiter = m_delimiter.unicode();

    for (;;) {
        if (m_pos >= m_buffer.size()) {
            const Result<bool> more = fill();
            if (!more)
                return fail(more.error());
            if (!*more) {
                if (!started)
                    return false;
                if (state == State::Quoted) {
                    return fail(makeError(Error::Invalid,
                                          tr("Line %1: a quoted field starts here, but its "
                                             "closing quote is missing.")
                                              .arg(m_fieldLine)));
                }
                if (Status s = pushField(row.cells, {}); !s)
                    return fail(s.error());
                m_columns = row.cells.size();
                return true;
            }
        }
        const char16_t *begin = reinterpret_cast<const char16_t *>(m_buffer.constData());
        const char16_t *p = begin + m_pos;
        const char16_t *end = begin + m_buffer.size();

        switch (state) {
        case State::FieldStart:
            if (!started) {
                // The LF of a CRLF that ended the previous record.
                if (*p == u'\n' && m_prevCr) {
                    m_prevCr = false;
                    ++m_pos;
                    continue;
                }
                started = true;
                row.number = m_recordLine = m_line;
            }
            m_fieldLine = m_line;
            if (*p == u'"') {
                state = State::Quoted;
                m_prevCr = false;
                ++m_pos;
            } else {
                state = State::Unquoted;
            }
            continue;

        case State::Unquoted: {
            // Also the text after a closing quote (`"abc"def`): Excel keeps it, so do we.
            const char16_t *q = p;
            while (q < end && *q != delimiter && *q != u'\r' && *q != u'\n')
                ++q;
            const QStringView text(p, q - p);
            m_pos = q - begin;
            if (q > p)
                m_prevCr = false;
            if (q == end) {
                if (Status s = appendToField(text); !s)
                    return fail(s.error());
                continue;
            }
            if (Status s = pushField(row.cells, text); !s)
                return fail(s.error());
            ++m_pos;
            if (*q == delimiter) {
                m_prevCr = false;
                state = State::FieldStart;
                continue;
            }
            endLine(*q);
            m_columns = row.cells.size();
            return true;
        }

        case State::Quoted: {
            const char16_t *q = p;
            while (q < end && *q != u'"' && *q != u'\r' && *q != u'\n')
                ++q;
            if (q > p)
                m_prevCr = false;
            const qsizetype length = q - p + (q < end && *q != u'"' ? 1 : 0);
            if (Status s = appendToField(QStringView(p, length)); !s)
                return fail(s.error());
            m_pos = q - begin;
            if (q == end)
                continue;
            ++m_pos;
            if (*q == u'"') {
                state = State::QuoteInQuoted;
                m_prevCr = false;
            } else {
                endLine(*q);
            }
            continue;
        }

        case State::QuoteInQuoted:
            if (*p == u'"') {
                if (Status s = appendToField(u"\""); !s)
                    return fail(s.error());
                state = State::Quoted;
                ++m_pos;
            } else {
                state = State::Unquoted;
            }
            continue;
        }
    }
}

double CsvReader::progress() const
{
    if (!m_opened || m_size <= 0)
        return m_atEnd ? 1.0 : 0.0;
    // The unparsed rest of the current chunk, in bytes, by its share of the chunk's text.
    const double unparsed = m_buffer.isEmpty()
        ? 0.0
        : double(m_chunkBytes) * double(m_buffer.size() - m_pos) / double(m_buffer.size());
    const double consumed = double(m_device->pos()) - unparsed;
    return qBound(0.0, consumed / double(m_size), 1.0);
}

QString CsvReader::encodingName() const
{
    return m_opened ? TextDecoder::encodingName(m_detection.encoding) : QString();
}

QChar CsvReader::delimiter() const
{
    return m_opened ? m_delimiter : QChar();
}

QString CsvReader::formatDescription() const
{
    if (!m_opened)
        return {};
    QString encoding = encodingName();
    if (hasByteOrderMark())
        encoding = tr("%1 (BOM)", "encoding with a byte order mark").arg(encoding);
    return tr("%1, %2", "encoding, delimiter").arg(encoding, delimiterName(m_delimiter));
}

} // namespace Patron
