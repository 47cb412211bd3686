#pragma once

// Reads back what the tests need from an XLSX file: the cells of a sheet (type, style,
// value) and the number format behind a style. Test-only, no validation.
//
// The zip container is read with zlib, so the reader does not depend on the library
// under suspicion: QuaZip exports minizip's function names with an ABI of its own (see
// core/export/xlsxtablewriter.cpp); tst_export checks QuaZip separately.

#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

#include <zlib.h>

namespace Patron::Test {

struct XlsxCell
{
    QString type;  ///< t attribute: "inlineStr", "s", "b", "" (number)
    int style = 0; ///< s attribute
    QString value; ///< text of <v> or of the inline string
};

class XlsxTestReader
{
public:
    explicit XlsxTestReader(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QByteArray zip = file.readAll();
        auto u16 = [&](qsizetype at) { return at + 2 <= zip.size() ? quint32(quint8(zip[at]) | quint8(zip[at + 1]) << 8) : 0u; };
        auto u32 = [&](qsizetype at) { return at + 4 <= zip.size() ? u16(at) | u16(at + 2) << 16 : 0u; };
        // End of central directory: the last "PK\5\6".
        const qsizetype eocd = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
        if (eocd < 0)
            return;
        qsizetype at = u32(eocd + 16);
        const quint32 entries = u16(eocd + 10);
        for (quint32 i = 0; i < entries; ++i) {
            if (u32(at) != 0x02014b50)
                return;
            const quint32 method = u16(at + 10);
            const quint32 nameLength = u16(at + 28), extraLength = u16(at + 30), commentLength = u16(at + 32);
            const quint32 compressedSize = u32(at + 20), size = u32(at + 24), local = u32(at + 42);
            const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
            at += 46 + nameLength + extraLength + commentLength;
            const qsizetype data = local + 30 + u16(local + 26) + u16(local + 28);
            const QByteArray raw = zip.mid(data, compressedSize);
            if (method == 0) {
                m_parts.insert(name, raw);
                continue;
            }
            QByteArray out(qsizetype(size), Qt::Uninitialized);
            z_stream z{};
            if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
                return;
            z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(raw.constData()));
            z.avail_in = uInt(raw.size());
            z.next_out = reinterpret_cast<Bytef *>(out.data());
            z.avail_out = uInt(out.size());
            const int rc = inflate(&z, Z_FINISH);
            inflateEnd(&z);
            if (rc != Z_STREAM_END)
                return;
            m_parts.insert(name, out);
        }
        m_ok = true;
    }

    bool isOpen() const { return m_ok; }
    QByteArray part(const QString &name) const { return m_parts.value(name); }
    QStringList partNames() const { return m_parts.keys(); }

    /// Cells of sheet n (1-based) by reference ("A1").
    QHash<QString, XlsxCell> cells(int sheet = 1) const
    {
        QHash<QString, XlsxCell> out;
        QXmlStreamReader xml(part(QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)));
        QString ref;
        XlsxCell cell;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
                ref = xml.attributes().value(QLatin1String("r")).toString();
                cell = XlsxCell{xml.attributes().value(QLatin1String("t")).toString(),
                                xml.attributes().value(QLatin1String("s")).toInt(), QString()};
            } else if (xml.isStartElement() && (xml.name() == QLatin1String("v") || xml.name() == QLatin1String("t"))) {
                cell.value += xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
                if (cell.type == QLatin1String("s"))
                    cell.value = sharedStrings().value(cell.value.toInt());
                out.insert(ref, cell);
            }
        }
        return out;
    }

    /// The number format code of a cell style ("yyyy-mm-dd"), or "builtin:<id>".
    QString numberFormat(int style) const
    {
        QHash<int, QString> custom;
        QList<int> xfs;
        QXmlStreamReader xml(part(QStringLiteral("xl/styles.xml")));
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("numFmt"))
                custom.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                              xml.attributes().value(QLatin1String("formatCode")).toString());
            else if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs"))
                inCellXfs = true;
            else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs"))
                inCellXfs = false;
            else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf"))
                xfs << xml.attributes().value(QLatin1String("numFmtId")).toInt();
        }
        const int id = xfs.value(style, -1);
        return custom.contains(id) ? custom.value(id) : QStringLiteral("builtin:%1").arg(id);
    }

    /// Whether a style's font is bold.
    bool isBold(int style) const
    {
        QList<int> fontIds;
        QList<bool> bold;
        QXmlStreamReader xml(part(QStringLiteral("xl/styles.xml")));
        bool inFonts = false, inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("fonts"))
                inFonts = true;
            else if (xml.isEndElement() && xml.name() == QLatin1String("fonts"))
                inFonts = false;
            else if (inFonts && xml.isStartElement() && xml.name() == QLatin1String("font"))
                bold << false;
            else if (inFonts && xml.isStartElement() && xml.name() == QLatin1String("b") && !bold.isEmpty())
                bold.last() = true;
            else if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs"))
                inCellXfs = true;
            else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs"))
                inCellXfs = false;
            else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf"))
                fontIds << xml.attributes().value(QLatin1String("fontId")).toInt();
        }
        return bold.value(fontIds.value(style, -1), false);
    }

private:
    QStringList sharedStrings() const
    {
        QStringList out;
        QXmlStreamReader xml(part(QStringLiteral("xl/sharedStrings.xml")));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si"))
                out << QString();
            else if (xml.isStartElement() && xml.name() == QLatin1String("t") && !out.isEmpty())
                out.last() += xml.readElementText();
        }
        return out;
    }

    QHash<QString, QByteArray> m_parts;
    bool m_ok = false;
};

} // namespace Patron::Test
