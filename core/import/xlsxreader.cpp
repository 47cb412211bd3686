#include "xlsxreader.h"

#include "ziparchive.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace Patron {

using namespace XlsxValues;

namespace {

QString dtdMessage()
{
    return QCoreApplication::translate("Patron::XlsxReader", "the file declares a DTD or entities, which spreadsheet programs never write");
}

/// readNext() that refuses DTDs: rejecting the DOCTYPE token stops the parse before any
/// entity ("billion laughs") could be expanded.
QXmlStreamReader::TokenType next(QXmlStreamReader &xml)
{
    const auto token = xml.readNext();
    if (token == QXmlStreamReader::DTD) {
        xml.raiseError(dtdMessage());
        return QXmlStreamReader::Invalid;
    }
    // the whole part is at hand (or its device failed): no more data will come, so a
    // premature end is final, not the "wait for more" of incremental parsing
    if (token == QXmlStreamReader::Invalid
        && xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        xml.raiseError(QCoreApplication::translate("Patron::XlsxReader", "the part ends too early"));
    }
    return token;
}

// The sheet and shared-string streams run without namespace processing (it costs a
// quarter of the parse): elements are matched by their local name, so "x:row" is a row.
QStringView localName(const QXmlStreamReader &xml)
{
    const QStringView name = xml.name();
    const qsizetype colon = name.indexOf(u':');
    return colon < 0 ? name : name.mid(colon + 1);
}

bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

/// "worksheets/sheet1.xml" relative to "xl/" → "xl/worksheets/sheet1.xml"; empty when
/// the target leaves the archive.
QString resolvePart(const QString &baseDir, QStringView target)
{
    QString joined = target.startsWith(u'/') ? target.mid(1).toString() : baseDir + target;
    QStringList out;
    for (QStringView part : QStringView(joined).split(u'/')) {
        if (part.isEmpty() || part == u".")
            continue;
        if (part == u"..") {
            if (out.isEmpty())
                return {};
            out.removeLast();
            continue;
        }
        out.append(part.toString());
    }
    return out.join(u'/');
}

QString directoryOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash + 1);
}

QString relsPartOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + u"_rels/" + part.mid(slash + 1) + u".rels";
}

struct Relationship
{
    QString id;
    QString type;
    QString target;
};

} // namespace

XlsxReader::XlsxReader(const QString &path)
    : m_displayName(QFileInfo(path).fileName())
    , m_file(std::make_unique<QFile>(path))
{ }

XlsxReader::XlsxReader(QIODevice *device, const QString &displayName)
    : m_displayName(displayName)
    , m_device(device)
{ }

XlsxReader::~XlsxReader()
{
    // the entry device reads through the archive: it must go first
    m_xml.clear();
    m_entry.reset();
    m_zip.reset();
}

Status XlsxReader::open()
{
    if (m_file) {
        if (!m_file->open(QIODevice::ReadOnly))
            return makeError(Error::Io,
                             tr("Cannot open %1: %2").arg(m_displayName, m_file->errorString()));
        m_device = m_file.get();
    }
    if (!m_device || !m_device->isOpen())
        return makeError(Error::Io, tr("Cannot open %1.").arg(m_displayName));
    const QByteArray head = m_device->peek(8);
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        if (isEncryptedPackage(m_device))
            return makeError(Error::Invalid, encryptedMessage());
        return makeError(Error::Invalid,
                         tr("This is an Excel 97–2003 workbook (.xls) with the wrong file "
                            "extension; rename it to .xls and try again."));
    }
    if (!head.startsWith("PK"))
        return makeError(Error::Invalid,
                         tr("This file is not an Excel workbook (.xlsx). If it is a CSV or "
                            "text file, rename it to .csv."));
    m_zip = std::make_unique<ZipArchive>(m_device);
    if (Status s = m_zip->open(); !s)
        return s;
    if (Status s = loadWorkbook(); !s)
        return s;
    if (m_sheets.isEmpty())
        return makeError(Error::Invalid, tr("The workbook has no worksheets."));
    return selectSheet(0);
}

QString XlsxReader::encryptedMessage()
{
    return tr("This workbook is password protected. Open it in Excel or WPS, save it "
              "without a password and try again.");
}

bool XlsxReader::isEncryptedPackage(QIODevice *device)
{
    // An encrypted OOXML package is an OLE compound file with an "EncryptionInfo" stream;
    // its directory entry holds the name in UTF-16LE. The directory may be anywhere, so
    // scan (bounded: encrypted workbooks are whole-file encrypted and rarely huge).
    static const QByteArray name = QByteArray("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28);
    if (device->isSequential())
        return false;
    const qint64 start = device->pos();
    bool found = false;
    QByteArray carry;
    for (qint64 done = 0; !found && done < (qint64(256) << 20);) {
        QByteArray chunk = device->read(1 << 20);
        if (chunk.isEmpty())
            break;
        done += chunk.size();
        chunk.prepend(carry);
        found = chunk.contains(name);
        carry = chunk.right(name.size());
    }
    device->seek(start);
    return found;
}

Error XlsxReader::xmlError(const QXmlStreamReader &xml, const QString &part) const
{
    const QString why
        = m_entry && !m_entry->errorString().isEmpty() && m_entry->errorString() != u"Unknown error"
        ? m_entry->errorString()
        : xml.errorString();
    if (m_sheetIndex >= 0 && part == m_sheets.at(m_sheetIndex).part)
        return sheetError(tr("the sheet cannot be read (%1)").arg(why));
    return makeError(Error::Invalid, tr("The workbook is damaged (%1: %2).").arg(part, why));
}

Error XlsxReader::sheetError(const QString &message) const
{
    const QString sheet = m_sheetIndex >= 0 ? m_sheets.at(m_sheetIndex).name : QString();
    if (m_lastRow > 0 && m_cellColumn >= 0)
        return makeError(
            Error::Invalid,
            tr("sheet %1, cell %2: %3")
                .arg(sheet, columnName(m_cellColumn) + QString::number(m_lastRow), message));
    if (m_lastRow > 0)
        return makeError(
            Error::Invalid,
            tr("sheet %1, row %2: %3").arg(sheet, QString::number(m_lastRow), message));
    return makeError(Error::Invalid, tr("sheet %1: %2").arg(sheet, message));
}

// Relationship parts are tiny; they are read whole.
static Result<QVector<Relationship>> readRelationships(ZipArchive &zip, const QString &part)
{
    QVector<Relationship> rels;
    if (!zip.contains(part))
        return rels;
    auto bytes = zip.readEntry(part, XlsxReader::MaxSmallPartSize);
    if (!bytes)
        return bytes.error();
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (next(xml) == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            const auto a = xml.attributes();
            if (rels.size() > ZipArchive::MaxEntries * 4)
                break;
            rels.append({a.value(QLatin1String("Id")).toString(),
                         a.value(QLatin1String("Type")).toString(),
                         a.value(QLatin1String("Target")).toString()});
        }
    }
    if (xml.hasError())
        return makeError(Error::Invalid,
                         QCoreApplication::translate("Patron::XlsxReader", "The workbook is damaged (%1: %2).").arg(part, xml.errorString()));
    return rels;
}

Status XlsxReader::loadWorkbook()
{
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    auto rootRels = readRelationships(*m_zip, QStringLiteral("_rels/.rels"));
    if (!rootRels)
        return rootRels.error();
    for (const Relationship &r : *rootRels) {
        if (r.type.endsWith(u"/officeDocument")) {
            const QString resolved = resolvePart(QString(), r.target);
            if (m_zip->contains(resolved))
                workbookPart = resolved;
        }
    }
    if (!m_zip->contains(workbookPart))
        return makeError(Error::Invalid,
                         tr("This file is a zip archive but not an Excel workbook (.xlsx)."));

    auto rels = readRelationships(*m_zip, relsPartOf(workbookPart));
    if (!rels)
        return rels.error();
    const QString base = directoryOf(workbookPart);
    QString stylesPart, stringsPart;
    QHash<QString, QString> sheetParts;
    for (const Relationship &r : *rels) {
        const QString part = resolvePart(base, r.target);
        if (r.type.endsWith(u"/worksheet"))
            sheetParts.insert(r.id, part);
        else if (r.type.endsWith(u"/styles"))
            stylesPart = part;
        else if (r.type.endsWith(u"/sharedStrings"))
            stringsPart = part;
    }

    auto bytes = m_zip->readEntry(workbookPart, MaxSmallPartSize);
    if (!bytes)
        return bytes.error();
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (next(xml) != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"workbookPr") {
            m_date1904 = isTrue(xml.attributes().value(QLatin1String("date1904")));
        } else if (xml.name() == u"sheet") {
            QString name, id;
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.name() == u"name")
                    name = a.value().toString();
                else if (a.name() == u"id" && !a.namespaceUri().isEmpty())
                    id = a.value().toString();
            }
            // chart sheets and dialog sheets have no cells to import
            const QString part = sheetParts.value(id);
            if (!part.isEmpty() && m_zip->contains(part) && m_sheets.size() < 4096)
                m_sheets.append({name, part});
        }
    }
    if (xml.hasError())
        return xmlError(xml, workbookPart);

    if (stylesPart.isEmpty() || !m_zip->contains(stylesPart))
        stylesPart = base + u"styles.xml";
    if (stringsPart.isEmpty() || !m_zip->contains(stringsPart))
        stringsPart = base + u"sharedStrings.xml";
    if (m_zip->contains(stylesPart)) {
        if (Status s = loadStyles(stylesPart); !s)
            return s;
    }
    if (m_zip->contains(stringsPart)) {
        if (Status s = loadSharedStrings(stringsPart); !s)
            return s;
    }
    return {};
}

Status XlsxReader::loadStyles(const QString &part)
{
    auto bytes = m_zip->readEntry(part, MaxSmallPartSize);
    if (!bytes)
        return bytes.error();
    QHash<int, FormatKind> custom;
    QXmlStreamReader xml(*bytes);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = next(xml);
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"numFmt") {
            const auto a = xml.attributes();
            custom.insert(a.value(QLatin1String("numFmtId")).toInt(),
                          customFormatKind(a.value(QLatin1String("formatCode"))));
        } else if (name == u"cellXfs") {
            inCellXfs = true;
        } else if (name == u"xf" && inCellXfs) {
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            const auto it = custom.constFind(id);
            m_xfKinds.push_back(it != custom.cend() ? *it : builtinFormatKind(id));
        }
    }
    if (xml.hasError())
        return xmlError(xml, part);
    return {};
}

Status XlsxReader::readInlineString(QString *out)
{
    // <si>/<is>: plain <t>, or rich-text runs <r><t>; phonetic guides <rPh> are not text
    int phonetic = 0;
    for (int depth = 1; depth > 0;) {
        const auto token = next(m_xml);
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (localName(m_xml) == u"rPh") {
                ++phonetic;
            } else if (localName(m_xml) == u"t" && phonetic == 0) {
                out->append(m_xml.readElementText());
                --depth;
                if (out->size() > MaxCellText)
                    m_xml.raiseError(tr("a cell holds more than %n characters", nullptr, MaxCellText));
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (localName(m_xml) == u"rPh")
                --phonetic;
        } else if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument) {
            break;
        }
    }
    if (m_xml.hasError())
        return makeError(Error::Invalid, m_xml.errorString());
    *out = decodeEscapes(std::move(*out));
    return {};
}

Status XlsxReader::loadSharedStrings(const QString &part)
{
    auto entry = m_zip->openEntry(part, MaxSharedStringsSize);
    if (!entry)
        return entry.error();
    m_entry = std::move(entry.value());
    m_xml.clear();
    m_xml.setNamespaceProcessing(false);
    m_xml.setDevice(m_entry.get());
    while (!m_xml.atEnd()) {
        if (next(m_xml) != QXmlStreamReader::StartElement)
            continue;
        if (localName(m_xml) == u"sst") {
            const qint64 count
                = m_xml.attributes().value(QLatin1String("uniqueCount")).toLongLong();
            // a hostile count must not reserve gigabytes: at least 5 bytes per <si/>
            const qint64 plausible = m_zip->uncompressedSize(part) / 5;
            m_sharedStrings.reserve(
                int(qBound<qint64>(0, count, qMin<qint64>(plausible, 1 << 26))));
        } else if (localName(m_xml) == u"si") {
            if (m_sharedStrings.size() >= MaxSharedStrings) {
                m_xml.raiseError(
                    tr("the workbook holds more than %n distinct texts", nullptr, MaxSharedStrings));
                break;
            }
            QString text;
            if (Status s = readInlineString(&text); !s)
                break;
            m_sharedStrings.append(std::move(text));
        }
    }
    Status status;
    if (m_xml.hasError())
        status = xmlError(m_xml, part);
    m_xml.clear();
    m_entry.reset();
    return status;
}

QStringList XlsxReader::sheets() const
{
    QStringList names;
    for (const Sheet &s : m_sheets)
        names.append(s.name);
    return names;
}

double XlsxReader::progress() const
{
    if (m_atEnd)
        return 1.0;
    if (m_entrySize <= 0)
        return 0.0;
    // characters ≈ bytes: sheet XML is nearly all ASCII markup
    return qBound(0.0, double(m_xml.characterOffset()) / double(m_entrySize), 1.0);
}

QString XlsxReader::formatDescription() const
{
    QString text = tr("Excel workbook (XLSX), %n sheet(s)", nullptr, int(m_sheets.size()));
    if (m_date1904)
        text += tr(", 1904 date system");
    return text;
}

Status XlsxReader::selectSheet(int index)
{
    if (index < 0 || index >= m_sheets.size())
        return makeError(Error::Invalid, tr("The workbook has no sheet number %1.").arg(index + 1));
    m_xml.clear();
    m_entry.reset();
    m_sheetIndex = index;
    m_lastRow = 0;
    m_cellColumn = -1;
    m_atEnd = true;
    m_hiddenColumns.clear();
    m_merges.clear();
    m_activeMerges.clear();
    m_nextMerge = 0;
    const QString part = m_sheets.at(index).part;
    if (Status s = scanMerges(part); !s)
        return s;
    auto entry = m_zip->openEntry(part, MaxSheetSize);
    if (!entry)
        return entry.error();
    m_entry = std::move(entry.value());
    m_entrySize = m_zip->uncompressedSize(part);
    m_xml.setNamespaceProcessing(false);
    m_xml.setDevice(m_entry.get());
    return startSheetData();
}

// <mergeCells> follows <sheetData>, but the fill needs them before the first row. A byte
// scan for the <mergeCell> tags is far cheaper than a second XML parse, and reading the
// whole entry once also checks its CRC before any row is handed out. "<" is always
// escaped in text and attribute values, so "<mergeCell" only ever starts a tag.
Status XlsxReader::scanMerges(const QString &part)
{
    auto entry = m_zip->openEntry(part, MaxSheetSize);
    if (!entry)
        return entry.error();
    QIODevice *device = entry.value().get();
    static const QByteArray needle("mergeCell");
    QByteArray buffer;
    qsizetype scanFrom = 0; // needles before this offset were handled
    qint64 mergedCells = 0;
    for (;;) {
        const QByteArray chunk = device->read(1 << 16);
        if (chunk.isEmpty()) {
            if (device->errorString().isEmpty() || device->errorString() == u"Unknown error")
                break;
            return sheetError(device->errorString());
        }
        buffer += chunk;
        // by default, keep enough of the tail for a needle cut by the chunk boundary
        qsizetype keepFrom = qMax<qsizetype>(0, buffer.size() - needle.size() - 64);
        qsizetype at = buffer.indexOf(needle, scanFrom);
        for (; at >= 0; at = buffer.indexOf(needle, at + 1)) {
            const qsizetype after = at + needle.size();
            const qsizetype close = buffer.indexOf('>', after);
            if (close < 0) {
                // an unfinished tag: keep it (unless it is absurdly long)
                if (buffer.size() - at < 4096)
                    keepFrom = qMin(keepFrom, qMax<qsizetype>(0, at - 64));
                break;
            }
            const char follow = buffer.at(after);
            if (follow != ' ' && follow != '\t' && follow != '\n' && follow != '\r')
                continue;
            // "<mergeCell" or "<x:mergeCell"
            qsizetype open = at - 1;
            if (open >= 0 && buffer.at(open) == ':') {
                while (open > 0 && open > at - 64 && buffer.at(open) != '<'
                       && buffer.at(open) != ' ' && buffer.at(open) != '>')
                    --open;
            }
            if (open < 0 || buffer.at(open) != '<')
                continue;
            const QByteArray tag = buffer.mid(after, close - after);
            const qsizetype ref = tag.indexOf("ref=");
            if (ref < 0 || ref + 5 >= tag.size())
                continue;
            const char quote = tag.at(ref + 4);
            const qsizetype end = tag.indexOf(quote, ref + 5);
            if ((quote != '"' && quote != '\'') || end < 0)
                continue;
            const QString range = QString::fromLatin1(tag.mid(ref + 5, end - ref - 5));
            const qsizetype colon = range.indexOf(u':');
            int c1 = -1, c2 = -1;
            qint64 r1 = -1, r2 = -1;
            if (colon < 0 || !parseCellRef(QStringView(range).left(colon), &c1, &r1)
                || !parseCellRef(QStringView(range).mid(colon + 1), &c2, &r2) || c1 < 0 || c2 < 0
                || r1 < 0 || r2 < 0)
                continue;
            if (m_merges.size() >= size_t(MaxMergedRanges))
                return sheetError(tr("the sheet has more than %n merged ranges", nullptr, MaxMergedRanges));
            Merge m {qMin(r1, r2), qMax(r1, r2), qMin(c1, c2), qMax(c1, c2), {}};
            mergedCells += (m.lastRow - m.firstRow + 1) * (m.lastColumn - m.firstColumn + 1);
            if (mergedCells > MaxMergedCells)
                return sheetError(tr("the merged ranges of the sheet cover too many cells"));
            m_merges.push_back(std::move(m));
        }
        // needles up to the end of the buffer were handled, except an unfinished one
        const qsizetype handledUpTo = at >= 0 ? at : buffer.size() - needle.size() + 1;
        buffer.remove(0, keepFrom);
        scanFrom = qMax<qsizetype>(0, handledUpTo - keepFrom);
    }
    std::stable_sort(m_merges.begin(), m_merges.end(),
                     [](const Merge &a, const Merge &b) { return a.firstRow < b.firstRow; });
    return {};
}

Status XlsxReader::startSheetData()
{
    const QString part = m_sheets.at(m_sheetIndex).part;
    bool inCols = false;
    // a difference array over the columns: any number of overlapping <col> ranges
    // costs one step each
    std::vector<int> hidden;
    const auto collectHidden = [&] {
        int depth = 0;
        for (size_t c = 0; c + 1 < hidden.size(); ++c) {
            depth += hidden[c];
            if (depth > 0)
                m_hiddenColumns.append(int(c));
        }
    };
    while (!m_xml.atEnd()) {
        const auto token = next(m_xml);
        if (token == QXmlStreamReader::EndElement && localName(m_xml) == u"cols")
            inCols = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = localName(m_xml);
        if (name == u"sheetData") {
            collectHidden();
            m_atEnd = false;
            return {};
        }
        if (name == u"cols") {
            inCols = true;
        } else if (name == u"col" && inCols) {
            const auto a = m_xml.attributes();
            if (!isTrue(a.value(QLatin1String("hidden"))))
                continue;
            const int first = qMax(1, a.value(QLatin1String("min")).toInt());
            const int last = qMin(MaxColumns, a.value(QLatin1String("max")).toInt());
            if (first > last)
                continue;
            if (hidden.empty())
                hidden.assign(size_t(MaxColumns) + 1, 0);
            ++hidden[size_t(first - 1)];
            --hidden[size_t(last)];
        }
    }
    if (m_xml.hasError())
        return xmlError(m_xml, part);
    collectHidden();
    return {}; // a sheet without <sheetData> is empty
}

Result<bool> XlsxReader::readRow(SourceRow &row)
{
    while (!m_atEnd) {
        const auto token = next(m_xml);
        if (token == QXmlStreamReader::StartElement) {
            if (localName(m_xml) != u"row") {
                m_xml.skipCurrentElement();
                continue;
            }
            auto hasValues = readRowElement(row);
            if (!hasValues)
                return hasValues;
            if (*hasValues)
                return true;
        } else if (token == QXmlStreamReader::EndElement) {
            // </sheetData>: the rest of the sheet (merges) was read by scanMerges()
            m_atEnd = true;
            m_xml.clear();
            m_entry.reset();
        } else if (token == QXmlStreamReader::Invalid || m_xml.atEnd()) {
            const Error error = xmlError(m_xml, m_sheets.at(m_sheetIndex).part);
            m_atEnd = true;
            return error;
        }
    }
    return false;
}

Result<bool> XlsxReader::readRowElement(SourceRow &row)
{
    const auto attributes = m_xml.attributes();
    const QStringView r = attributes.value(QLatin1String("r"));
    qint64 number = m_lastRow + 1;
    if (!r.isEmpty()) {
        bool ok = false;
        number = r.toLongLong(&ok);
        if (!ok || number < 1)
            return sheetError(tr("a row has the invalid number \"%1\"").arg(r.left(20)));
    }
    if (number > MaxRows)
        return sheetError(tr("the sheet has more than 1,048,576 rows"));
    m_lastRow = number;
    m_cellColumn = -1;
    row.number = number;
    row.hidden = isTrue(attributes.value(QLatin1String("hidden")));
    row.cells.clear();
    m_rowHasFormula = false;

    int column = 0;
    for (;;) {
        const auto token = next(m_xml);
        if (token == QXmlStreamReader::StartElement) {
            if (localName(m_xml) != u"c") {
                m_xml.skipCurrentElement();
                continue;
            }
            const QStringView ref = m_xml.attributes().value(QLatin1String("r"));
            if (!ref.isEmpty()) {
                qint64 ignoredRow = 0;
                if (!parseCellRef(ref, &column, &ignoredRow) || column < 0)
                    return sheetError(tr("the cell reference \"%1\" is not valid or lies "
                                         "beyond XFD1048576")
                                          .arg(ref.left(20)));
            }
            if (column >= MaxColumns)
                return sheetError(tr("the sheet has more than 16,384 columns"));
            m_cellColumn = column;
            if (Status s = readCell(row, column); !s)
                return s.error();
            ++column;
        } else if (token == QXmlStreamReader::EndElement) {
            break;
        } else if (token == QXmlStreamReader::Invalid || m_xml.atEnd()) {
            return xmlError(m_xml, m_sheets.at(m_sheetIndex).part);
        }
    }
    applyMerges(row);
    row.hasFormula = m_rowHasFormula;
    while (!row.cells.isEmpty() && row.cells.constLast().isEmpty())
        row.cells.removeLast();
    return !row.cells.isEmpty();
}

static void setCell(QStringList &cells, int column, const QString &value)
{
    if (cells.size() <= column) {
        while (cells.size() < column)
            cells.append(QString());
        cells.append(value);
    } else {
        cells[column] = value;
    }
}

Status XlsxReader::readCell(SourceRow &row, int column)
{
    const auto attributes = m_xml.attributes();
    const QStringView type = attributes.value(QLatin1String("t"));
    const QStringView style = attributes.value(QLatin1String("s"));
    QString value;
    bool haveText = false;
    m_text.resize(0); // unlike clear(), keeps the buffer
    for (int depth = 1; depth > 0;) {
        const auto token = next(m_xml);
        if (token == QXmlStreamReader::StartElement) {
            const auto name = localName(m_xml);
            if (name == u"v") {
                // the value's text is collected in a reused buffer: no allocation for
                // shared-string indexes and numbers
                for (;;) {
                    const auto t = next(m_xml);
                    if (t == QXmlStreamReader::Characters) {
                        m_text.append(m_xml.text());
                        if (m_text.size() > MaxCellText)
                            return sheetError(
                                tr("a cell holds more than %n characters", nullptr, MaxCellText));
                    } else if (t == QXmlStreamReader::EndElement) {
                        break;
                    } else if (t == QXmlStreamReader::StartElement) {
                        m_xml.skipCurrentElement();
                    } else if (t == QXmlStreamReader::Invalid || m_xml.atEnd()) {
                        return xmlError(m_xml, m_sheets.at(m_sheetIndex).part);
                    }
                }
                haveText = true;
            } else if (name == u"f") {
                m_rowHasFormula = true;
                m_xml.skipCurrentElement();
            } else if (name == u"is") {
                if (Status s = readInlineString(&value); !s)
                    return xmlError(m_xml, m_sheets.at(m_sheetIndex).part);
            } else {
                m_xml.skipCurrentElement();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        } else if (token == QXmlStreamReader::Invalid || m_xml.atEnd()) {
            return xmlError(m_xml, m_sheets.at(m_sheetIndex).part);
        }
    }

    if (type == u"inlineStr") {
        // value came from <is>
    } else if (!haveText) {
        return {};
    } else if (type == u"s") {
        bool ok = false;
        const qsizetype index = QStringView(m_text).trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size())
            return sheetError(tr("the cell refers to a text that the workbook does not contain"));
        value = m_sharedStrings.at(index);
    } else if (type == u"str") {
        value = decodeEscapes(m_text);
    } else if (type == u"b") {
        value = m_text.isEmpty() ? QString()
            : isTrue(m_text)     ? QStringLiteral("TRUE")
                                 : QStringLiteral("FALSE");
    } else if (type == u"e") {
        return {}; // #N/A, #DIV/0!, #REF!: no value to import
    } else if (type == u"d") {
        // ISO 8601 written by the strict format and some generators
        value = m_text;
        if (value.endsWith(u'Z'))
            value.chop(1);
        if (value.endsWith(u"T00:00:00"))
            value.chop(9);
    } else {
        const qsizetype xf = style.isEmpty() ? 0 : style.toInt();
        const FormatKind kind
            = xf >= 0 && size_t(xf) < m_xfKinds.size() ? m_xfKinds[size_t(xf)] : FormatKind::Number;
        double number = 0;
        if (kind != FormatKind::Number && parseNumber(m_text, &number))
            value = serialToIso(number, m_date1904, kind);
        if (value.isNull())
            value = formatNumberText(m_text);
    }
    if (!value.isEmpty())
        setCell(row.cells, column, value);
    return {};
}

// Every cell of a merged range gets the top-left value: Chinese sheets merge 负责人 or
// 省份 over the rows they apply to, and an import must not lose it for all but the first.
// Rows missing from the XML inside a range stay missing (Excel writes them).
void XlsxReader::applyMerges(SourceRow &row)
{
    const qint64 r = row.number;
    while (m_nextMerge < m_merges.size() && m_merges[m_nextMerge].firstRow <= r)
        m_activeMerges.push_back(m_nextMerge++);
    if (m_activeMerges.empty())
        return;
    m_activeMerges.erase(std::remove_if(m_activeMerges.begin(), m_activeMerges.end(),
                                        [&](size_t i) { return m_merges[i].lastRow < r; }),
                         m_activeMerges.end());
    for (size_t i : m_activeMerges) {
        Merge &m = m_merges[i];
        if (r == m.firstRow)
            m.value = m.firstColumn < row.cells.size() ? row.cells.at(m.firstColumn) : QString();
        if (m.value.isEmpty())
            continue;
        for (int c = m.firstColumn; c <= m.lastColumn; ++c) {
            if (r != m.firstRow || c != m.firstColumn)
                setCell(row.cells, c, m.value);
        }
    }
}

} // namespace Patron
