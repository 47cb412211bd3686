#include "xlsreader.h"

#include "xlsxreader.h"
#include "xlsxvalues.h"

#include <freexl.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Patron {

XlsReader::XlsReader(const QString &path)
    : m_path(path)
{ }

XlsReader::~XlsReader()
{
    if (m_handle)
        freexl_close(m_handle);
}

Error XlsReader::freexlError(int code) const
{
    // an encrypted .xlsx is an OLE file too, but holds no BIFF workbook
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly) && XlsxReader::isEncryptedPackage(&file))
        return makeError(Error::Invalid, XlsxReader::encryptedMessage());
    if (code == FREEXL_INSUFFICIENT_MEMORY)
        return makeError(Error::Io,
                         tr("Not enough memory to read %1.").arg(QFileInfo(m_path).fileName()));
    if (code == FREEXL_BIFF_WORKBOOK_NOT_FOUND || code == FREEXL_INVALID_CFBF_HEADER)
        return makeError(Error::Invalid, tr("This file is not an Excel 97–2003 workbook (.xls)."));
    return makeError(Error::Invalid,
                     tr("The file is damaged or incomplete. Open it in Excel or WPS, save it "
                        "as .xlsx and retry. (FreeXL error %1)")
                         .arg(code));
}

Status XlsReader::open()
{
    const QFileInfo info(m_path);
    if (!info.isFile() || !info.isReadable())
        return makeError(Error::Io, tr("Cannot open %1.").arg(info.fileName()));
    if (info.size() > MaxFileSize)
        return makeError(Error::Invalid,
                         tr("%1 is larger than Patron accepts for an .xls file "
                            "(256 MiB); save it as .xlsx and retry.")
                             .arg(info.fileName()));
    const int rc = freexl_open(QFile::encodeName(m_path).constData(), &m_handle);
    if (rc != FREEXL_OK) {
        if (m_handle)
            freexl_close(m_handle);
        m_handle = nullptr;
        return freexlError(rc);
    }
    unsigned int value = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_PASSWORD, &value) == FREEXL_OK
        && value == FREEXL_BIFF_OBFUSCATED)
        return makeError(Error::Invalid, XlsxReader::encryptedMessage());
    unsigned int count = 0;
    if (int r = freexl_get_info(m_handle, FREEXL_BIFF_SHEET_COUNT, &count); r != FREEXL_OK)
        return freexlError(r);
    for (unsigned int i = 0; i < count && i < 4096; ++i) {
        const char *name = nullptr;
        if (freexl_get_worksheet_name(m_handle, (unsigned short)i, &name) != FREEXL_OK || !name)
            m_sheets.append(tr("Sheet%1").arg(i + 1));
        else
            m_sheets.append(QString::fromUtf8(name));
    }
    if (m_sheets.isEmpty())
        return makeError(Error::Invalid, tr("The workbook has no worksheets."));
    return selectSheet(0);
}

Status XlsReader::selectSheet(int index)
{
    if (!m_handle || index < 0 || index >= m_sheets.size())
        return makeError(Error::Invalid, tr("The workbook has no sheet number %1.").arg(index + 1));
    if (int r = freexl_select_active_worksheet(m_handle, (unsigned short)index); r != FREEXL_OK)
        return freexlError(r);
    // freexl.h calls the dimensions zero-based, but they are counts (checked by the tests)
    if (int r = freexl_worksheet_dimensions(m_handle, &m_rows, &m_columns); r != FREEXL_OK)
        return freexlError(r);
    m_sheet = index;
    m_nextRow = 0;
    return {};
}

Result<bool> XlsReader::readRow(SourceRow &row)
{
    while (m_handle && m_sheet >= 0 && m_nextRow < m_rows) {
        const unsigned int r = m_nextRow++;
        row.number = qint64(r) + 1;
        row.hidden = false;
        row.hasFormula = false;
        row.cells.clear();
        for (unsigned short c = 0; c < m_columns; ++c) {
            FreeXL_CellValue cell;
            if (int rc = freexl_get_cell_value(m_handle, r, c, &cell); rc != FREEXL_OK) {
                const Error e = freexlError(rc);
                return makeError(e.code,
                                 tr("sheet %1, cell %2: %3")
                                     .arg(m_sheets.at(m_sheet),
                                          XlsxValues::columnName(c) + QString::number(row.number),
                                          e.message));
            }
            QString value;
            switch (cell.type) {
            case FREEXL_CELL_INT:
                value = QString::number(cell.value.int_value);
                break;
            case FREEXL_CELL_DOUBLE:
                value = XlsxValues::formatNumber(cell.value.double_value);
                break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_TIME:
                value = QString::fromUtf8(cell.value.text_value);
                break;
            case FREEXL_CELL_DATETIME:
                // "2024-03-05 14:30:00" → ISO "2024-03-05T14:30:00"
                value = QString::fromUtf8(cell.value.text_value).replace(u' ', u'T');
                break;
            default:
                break;
            }
            if (value.isEmpty())
                continue;
            while (row.cells.size() < c)
                row.cells.append(QString());
            row.cells.append(value);
        }
        if (!row.cells.isEmpty())
            return true;
    }
    return false;
}

double XlsReader::progress() const
{
    return m_rows == 0 ? 1.0 : double(m_nextRow) / double(m_rows);
}

QString XlsReader::formatDescription() const
{
    return tr("Excel 97–2003 workbook (XLS), %n sheet(s)", nullptr, int(m_sheets.size()));
}

} // namespace Patron
