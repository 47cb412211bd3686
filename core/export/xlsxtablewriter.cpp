#include "xlsxtablewriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QTime>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace Patron {

namespace {

// Excel refuses longer cells; libxlsxwriter counts code points, this counts UTF-16
// units, which is never fewer.
constexpr qsizetype kMaxCellChars = 32767;

QString tr(const char *text)
{
    return QCoreApplication::translate("Patron::XlsxTableWriter", text);
}

double typeWidth(ColumnType type)
{
    switch (type) {
    case ColumnType::Text: return 16;
    case ColumnType::LongText: return 40;
    case ColumnType::Integer: return 10;
    case ColumnType::Number: return 12;
    case ColumnType::Money: return 14;
    case ColumnType::Date: return 12;
    case ColumnType::DateTime: return 18;
    case ColumnType::Bool: return 8;
    case ColumnType::List: return 24;
    }
    return 16;
}

// Excel widths count narrow characters; CJK characters take about two.
double displayWidth(const QString &text)
{
    double w = 0;
    for (QChar c : text)
        w += c.unicode() >= 0x1100 ? 2 : 1;
    return w;
}

} // namespace

XlsxTableWriter::XlsxTableWriter(const QString &path, const QString &sheetName, const QList<ExportColumn> &columns)
    : m_path(path)
    , m_sheetName(sheetName)
    , m_columns(columns)
{
}

XlsxTableWriter::~XlsxTableWriter()
{
    // Not finished (error or cancel): free the workbook without writing it. The
    // temporary row files go with it; the caller removes the half-written target.
    if (m_workbook)
        lxw_workbook_free(m_workbook);
}

void XlsxTableWriter::check(int lxwError)
{
    if (lxwError != LXW_NO_ERROR && !m_error.isError())
        m_error = makeError(Error::Io, tr("Cannot write the XLSX file: %1")
                                           .arg(QString::fromUtf8(lxw_strerror(lxw_error(lxwError)))));
}

Status XlsxTableWriter::begin()
{
    // Row data spills to temporary files: next to the target rather than in /tmp, which
    // may be memory (tmpfs) and small.
    m_tmpDir = QFile::encodeName(QFileInfo(m_path).absolutePath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tmpDir.data();
    // No ZIP64: older Excel and WPS versions refuse it, and a sheet of 1,048,575 rows
    // stays far below 4 GB.
    options.use_zip64 = LXW_FALSE;
    const QByteArray path = QFile::encodeName(m_path);
    m_workbook = workbook_new_opt(path.constData(), &options);
    if (!m_workbook)
        return makeError(Error::Io, tr("Cannot create the XLSX file %1.").arg(m_path));
    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
    m_money = workbook_add_format(m_workbook);
    format_set_num_format(m_money, "\"\xC2\xA5\"#,##0.00;-\"\xC2\xA5\"#,##0.00"); // "¥"
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd");
    m_dateTime = workbook_add_format(m_workbook);
    format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm");
    if (!addSheet())
        return m_error;
    return {};
}

bool XlsxTableWriter::addSheet()
{
    ++m_sheets;
    // Sheet names: at most 31 characters, none of []:*?/\ .
    QString name = m_sheets == 1 ? m_sheetName : QStringLiteral("%1 (%2)").arg(m_sheetName).arg(m_sheets);
    for (QChar &c : name) {
        if (QStringLiteral("[]:*?/\\").contains(c))
            c = QLatin1Char('_');
    }
    const QByteArray sheetName = name.left(31).toUtf8();
    m_sheet = workbook_add_worksheet(m_workbook, sheetName.isEmpty() ? nullptr : sheetName.constData());
    if (!m_sheet) {
        check(LXW_ERROR_MEMORY_MALLOC_FAILED);
        return false;
    }
    // Column widths go before any row in constant-memory mode.
    for (int i = 0; i < m_columns.size(); ++i) {
        const ExportColumn &c = m_columns.at(i);
        const double width = c.width > 0 ? c.width : std::max(typeWidth(c.type), displayWidth(c.label) + 2);
        check(worksheet_set_column(m_sheet, lxw_col_t(i), lxw_col_t(i), std::min(width, 60.0), nullptr));
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    for (int i = 0; i < m_columns.size(); ++i) {
        const QByteArray label = m_columns.at(i).label.left(kMaxCellChars).toUtf8();
        check(worksheet_write_string(m_sheet, 0, lxw_col_t(i), label.constData(), m_header));
    }
    m_row = 0;
    return !m_error.isError();
}

void XlsxTableWriter::beginRow()
{
    if (m_row >= m_rowsPerSheet)
        addSheet();
    ++m_row;
    m_column = 0;
}

void XlsxTableWriter::text(const QString &value)
{
    // Empty cells stay blank rather than holding an empty string.
    if (!value.isEmpty() && m_sheet) {
        const QByteArray utf8 = value.left(kMaxCellChars).toUtf8();
        check(worksheet_write_string(m_sheet, lxw_row_t(m_row), lxw_col_t(m_column), utf8.constData(), nullptr));
    }
    ++m_column;
}

void XlsxTableWriter::integer(qint64 value)
{
    if (m_sheet)
        check(worksheet_write_number(m_sheet, lxw_row_t(m_row), lxw_col_t(m_column), double(value), nullptr));
    ++m_column;
}

void XlsxTableWriter::number(double value)
{
    if (m_sheet && std::isfinite(value))
        check(worksheet_write_number(m_sheet, lxw_row_t(m_row), lxw_col_t(m_column), value, nullptr));
    ++m_column;
}

void XlsxTableWriter::money(qint64 cents)
{
    // A double holds every amount below 90 trillion yuan to the cent.
    if (m_sheet)
        check(worksheet_write_number(m_sheet, lxw_row_t(m_row), lxw_col_t(m_column), double(cents) / 100.0, m_money));
    ++m_column;
}

void XlsxTableWriter::date(const QString &iso)
{
    const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    if (iso.size() < 10 || !d.isValid() || d.year() < 1900 || d.year() > 9999) {
        text(iso);
        return;
    }
    lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
    lxw_format *format = m_date;
    if (iso.size() > 10) {
        const QTime t = QTime::fromString(iso.mid(11, 8), Qt::ISODate);
        if (!t.isValid()) {
            text(iso);
            return;
        }
        dt.hour = t.hour();
        dt.min = t.minute();
        dt.sec = t.second();
        format = m_dateTime;
    }
    if (m_sheet)
        check(worksheet_write_datetime(m_sheet, lxw_row_t(m_row), lxw_col_t(m_column), &dt, format));
    ++m_column;
}

void XlsxTableWriter::boolean(bool value)
{
    if (m_sheet)
        check(worksheet_write_boolean(m_sheet, lxw_row_t(m_row), lxw_col_t(m_column), value, nullptr));
    ++m_column;
}

void XlsxTableWriter::list(const QStringList &values)
{
    text(values.join(QLatin1String("; ")));
}

void XlsxTableWriter::null()
{
    ++m_column;
}

bool XlsxTableWriter::endRow()
{
    return !m_error.isError();
}

Status XlsxTableWriter::finish()
{
    if (m_error.isError())
        return m_error;
    if (!m_workbook)
        return makeError(Error::Io, tr("Cannot create the XLSX file %1.").arg(m_path));
    lxw_workbook *workbook = m_workbook;
    m_workbook = nullptr; // workbook_close frees it, also on failure
    check(workbook_close(workbook));
    if (m_error.isError())
        return m_error;
    return {};
}

} // namespace Patron
