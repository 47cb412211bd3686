#include "tablewriter.h"

#include "util/values.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cmath>

namespace Patron {

namespace {

constexpr qsizetype kFlushBytes = 256 * 1024;

bool needsQuotes(const QString &s)
{
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u',' || u == u'"' || u == u'\n' || u == u'\r')
            return true;
    }
    return false;
}

} // namespace

TableWriter::TableWriter(QIODevice &device, const ExportOptions &options, const QStringList &columns)
    : m_device(device)
    , m_options(options)
{
    m_buffer.reserve(kFlushBytes + 4096);
    if (m_options.format == ExportFormat::Csv && m_options.encoding == TextEncoding::Gb18030) {
        m_encoder.emplace("GB18030");
        if (!m_encoder->isValid())
            m_error = makeError(Error::Invalid, QCoreApplication::translate("Patron::TableWriter",
                                                                            "This system cannot encode GB18030."));
    }
    if (m_options.format == ExportFormat::Json) {
        for (const QString &c : columns) {
            const qsizetype start = m_buffer.size();
            jsonString(c);
            m_jsonKeys << m_buffer.mid(start) + ':';
            m_buffer.truncate(start);
        }
    } else {
        if (m_options.utf8Bom && !m_encoder)
            m_buffer += "\xEF\xBB\xBF";
        for (const QString &c : columns)
            text(c);
        m_buffer += "\r\n";
    }
    m_column = 0;
}

QString TableWriter::formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv: return QStringLiteral("csv");
    case ExportFormat::Json: return QStringLiteral("json");
    case ExportFormat::Xlsx: return QStringLiteral("xlsx");
    case ExportFormat::VCard: return QStringLiteral("vcf");
    }
    return {};
}

bool TableWriter::parseFormat(const QString &name, ExportFormat *format)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("csv"))
        *format = ExportFormat::Csv;
    else if (n == QLatin1String("json"))
        *format = ExportFormat::Json;
    else
        return false;
    return true;
}

QString TableWriter::neutralize(const QString &text)
{
    if (text.isEmpty())
        return text;
    const char16_t c = text.at(0).unicode();
    if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' || c == 0)
        return QLatin1Char('\'') + text;
    return text;
}

Status TableWriter::begin()
{
    if (m_options.format == ExportFormat::Json)
        m_buffer += '[';
    return writeOut() ? Status() : Status(m_error);
}

void TableWriter::beginRow()
{
    m_column = 0;
    if (m_options.format == ExportFormat::Json)
        m_buffer += m_rows == 0 ? "\n{" : ",\n{";
}

void TableWriter::separator()
{
    if (m_options.format == ExportFormat::Json) {
        if (m_column > 0)
            m_buffer += ',';
        m_buffer += m_jsonKeys.value(m_column, QByteArrayLiteral("\"\":"));
    } else if (m_column > 0) {
        m_buffer += ',';
    }
}

void TableWriter::jsonString(const QString &value)
{
    static const char hex[] = "0123456789abcdef";
    m_buffer += '"';
    const QByteArray utf8 = value.toUtf8();
    for (char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': m_buffer += "\\\""; break;
        case '\\': m_buffer += "\\\\"; break;
        case '\n': m_buffer += "\\n"; break;
        case '\r': m_buffer += "\\r"; break;
        case '\t': m_buffer += "\\t"; break;
        default:
            if (c < 0x20) {
                m_buffer += "\\u00";
                m_buffer += hex[c >> 4];
                m_buffer += hex[c & 15];
            } else {
                m_buffer += ch;
            }
        }
    }
    m_buffer += '"';
}

void TableWriter::text(const QString &value)
{
    separator();
    if (m_options.format == ExportFormat::Json) {
        jsonString(value);
    } else {
        const QString safe = neutralize(value);
        if (needsQuotes(safe)) {
            QString quoted = safe;
            quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
            m_buffer += '"';
            append(quoted);
            m_buffer += '"';
        } else {
            append(safe);
        }
    }
    ++m_column;
}

void TableWriter::append(const QString &text)
{
    // Quotes, commas and CRLF are ASCII, which GB18030 keeps as single bytes.
    if (m_encoder)
        m_buffer += m_encoder->encode(text);
    else
        m_buffer += text.toUtf8();
}

void TableWriter::rawCell(const QByteArray &bytes)
{
    separator();
    m_buffer += bytes;
    ++m_column;
}

void TableWriter::integer(qint64 value)
{
    rawCell(QByteArray::number(value));
}

void TableWriter::number(double value)
{
    if (!std::isfinite(value)) {
        null();
        return;
    }
    rawCell(QByteArray::number(value, 'g', 15));
}

void TableWriter::money(qint64 cents)
{
    rawCell(Values::plainMoney(cents).toLatin1());
}

void TableWriter::boolean(bool value)
{
    rawCell(value ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
}

void TableWriter::list(const QStringList &values)
{
    if (m_options.format == ExportFormat::Csv) {
        text(values.join(QLatin1String("; ")));
        return;
    }
    separator();
    m_buffer += '[';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            m_buffer += ',';
        jsonString(values.at(i));
    }
    m_buffer += ']';
    ++m_column;
}

void TableWriter::null()
{
    rawCell(m_options.format == ExportFormat::Json ? QByteArrayLiteral("null") : QByteArray());
}

bool TableWriter::endRow()
{
    m_buffer += m_options.format == ExportFormat::Json ? "}" : "\r\n";
    ++m_rows;
    return m_buffer.size() < kFlushBytes || writeOut();
}

bool flushBuffer(QIODevice &device, QByteArray &buffer, Error *error)
{
    if (error->isError())
        return false;
    qsizetype done = 0;
    while (done < buffer.size()) {
        const qint64 n = device.write(buffer.constData() + done, buffer.size() - done);
        if (n <= 0) {
            *error = makeError(Error::Io, QCoreApplication::translate("Patron::TableWriter", "Cannot write the export: %1")
                                              .arg(device.errorString()));
            return false;
        }
        done += n;
    }
    buffer.clear();
    return true;
}

bool TableWriter::writeOut()
{
    return flushBuffer(m_device, m_buffer, &m_error);
}

Status TableWriter::finish()
{
    if (m_options.format == ExportFormat::Json)
        m_buffer += m_rows == 0 ? "]\n" : "\n]\n";
    if (!writeOut())
        return m_error;
    return {};
}

} // namespace Patron
