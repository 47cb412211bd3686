#include "vcardwriter.h"

#include "tablesink.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Patron {

namespace {

constexpr qsizetype kFlushBytes = 256 * 1024;
constexpr qsizetype kLineOctets = 75;

bool isCjk(QChar c)
{
    return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF;
}

} // namespace

VCardWriter::VCardWriter(QIODevice &device)
    : m_device(device)
{
    m_buffer.reserve(kFlushBytes + 4096);
}

QString VCardWriter::escape(const QString &value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        switch (c.unicode()) {
        case u'\\': out += QLatin1String("\\\\"); break;
        case u',': out += QLatin1String("\\,"); break;
        case u';': out += QLatin1String("\\;"); break;
        case u'\r':
            // CRLF and a lone CR are one line break.
            if (i + 1 < value.size() && value.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QLatin1String("\\n");
            break;
        case u'\n': out += QLatin1String("\\n"); break;
        default:
            // Other control characters are not allowed in a content line.
            if (c.unicode() >= 0x20 || c == QLatin1Char('\t'))
                out += c;
        }
    }
    return out;
}

QByteArray VCardWriter::fold(const QByteArray &line)
{
    if (line.size() <= kLineOctets)
        return line;
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 3);
    qsizetype start = 0;
    qsizetype limit = kLineOctets; // continuation lines carry a leading space
    while (start < line.size()) {
        qsizetype end = std::min(start + limit, line.size());
        // Never cut inside a UTF-8 sequence: back up to a lead byte.
        while (end < line.size() && end > start && (static_cast<unsigned char>(line.at(end)) & 0xC0) == 0x80)
            --end;
        if (start > 0)
            out += "\r\n ";
        out += line.mid(start, end - start);
        start = end;
        limit = kLineOctets - 1;
    }
    return out;
}

void VCardWriter::splitName(const QString &name, QString *family, QString *given)
{
    family->clear();
    given->clear();
    const QString n = name.trimmed();
    if (n.isEmpty())
        return;
    bool cjk = true;
    for (QChar c : n)
        cjk = cjk && isCjk(c);
    if (cjk) {
        if (n.size() < 2 || n.size() > 4) {
            *given = n;
            return;
        }
        static const QStringList compound = {
            QStringLiteral("欧阳"), QStringLiteral("司马"), QStringLiteral("上官"), QStringLiteral("诸葛"),
            QStringLiteral("东方"), QStringLiteral("皇甫"), QStringLiteral("尉迟"), QStringLiteral("公孙"),
            QStringLiteral("慕容"), QStringLiteral("长孙"), QStringLiteral("夏侯"), QStringLiteral("令狐"),
            QStringLiteral("宇文"), QStringLiteral("司徒"), QStringLiteral("端木"), QStringLiteral("南宫"),
            QStringLiteral("西门"), QStringLiteral("独孤"), QStringLiteral("呼延"), QStringLiteral("轩辕")};
        const qsizetype surname = n.size() > 2 && compound.contains(n.left(2)) ? 2 : 1;
        *family = n.left(surname);
        *given = n.mid(surname);
        return;
    }
    const qsizetype space = n.lastIndexOf(QLatin1Char(' '));
    if (space < 0) {
        *given = n;
        return;
    }
    *family = n.mid(space + 1);
    *given = n.left(space).trimmed();
}

void VCardWriter::line(const char *property, const QString &value, bool escaped)
{
    if (value.isEmpty())
        return;
    QByteArray l(property);
    l += ':';
    l += (escaped ? escape(value) : value).toUtf8();
    m_buffer += fold(l);
    m_buffer += "\r\n";
}

bool VCardWriter::write(const VCard &card)
{
    m_buffer += "BEGIN:VCARD\r\nVERSION:4.0\r\n";
    if (card.isOrganization)
        m_buffer += "KIND:org\r\n";
    line("UID", card.uid, false);
    // FN is required; a card always has a name.
    m_buffer += fold("FN:" + escape(card.fullName).toUtf8()) + "\r\n";
    if (!card.familyName.isEmpty() || !card.givenName.isEmpty())
        line("N", escape(card.familyName) + QLatin1Char(';') + escape(card.givenName) + QLatin1String(";;;"), false);
    line("ORG", card.organization);
    line("TITLE", card.title);
    line("TEL;TYPE=cell", card.mobile);
    line("TEL;TYPE=work,voice", card.phone);
    line("EMAIL;TYPE=work", card.email);
    line("X-WECHAT", card.wechat);
    line("NOTE", card.note);
    m_buffer += "END:VCARD\r\n";
    return m_buffer.size() < kFlushBytes || writeOut();
}

bool VCardWriter::writeOut()
{
    return flushBuffer(m_device, m_buffer, &m_error);
}

Status VCardWriter::finish()
{
    if (!writeOut())
        return m_error;
    return {};
}

} // namespace Patron
