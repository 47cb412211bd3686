#include "xlsxtablewriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QTime>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

#if defined(PATRON_XLSXWRITER_SONAME)
#include <dlfcn.h>
#endif

namespace Patron {

namespace {

// libxlsxwriter's functions, resolved once. On Linux the library is not linked but
// opened with RTLD_DEEPBIND: QuaZip (the XLSX import) exports minizip's function names
// (zipOpen, zipOpen3 …) with an ABI of its own, and ELF interposition would make a
// normally linked libxlsxwriter call QuaZip's zipOpen with a file name where QuaZip
// expects a QIODevice — a crash on every export. Deep binding makes libxlsxwriter and
// the real minizip it depends on see each other first. Elsewhere (PE, Mach-O) imports
// are bound per library and the functions are called directly.
struct XlsxApi
{
    decltype(&::workbook_new_opt) workbook_new_opt = nullptr;
    decltype(&::workbook_add_format) workbook_add_format = nullptr;
    decltype(&::workbook_add_worksheet) workbook_add_worksheet = nullptr;
    decltype(&::workbook_close) workbook_close = nullptr;
    decltype(&::lxw_workbook_free) lxw_workbook_free = nullptr;
    decltype(&::format_set_bold) format_set_bold = nullptr;
    decltype(&::format_set_num_format) format_set_num_format = nullptr;
    decltype(&::worksheet_set_column) worksheet_set_column = nullptr;
    decltype(&::worksheet_freeze_panes) worksheet_freeze_panes = nullptr;
    decltype(&::worksheet_write_string) worksheet_write_string = nullptr;
    decltype(&::worksheet_write_number) worksheet_write_number = nullptr;
    decltype(&::worksheet_write_datetime) worksheet_write_datetime = nullptr;
    decltype(&::worksheet_write_boolean) worksheet_write_boolean = nullptr;
    decltype(&::lxw_strerror) lxw_strerror = nullptr;
    QString error; ///< why the library is unavailable; empty when loaded
};

const XlsxApi &xlsx()
{
    static const XlsxApi api = [] {
        XlsxApi a;
#if defined(PATRON_XLSXWRITER_SONAME)
        void *lib = dlopen(PATRON_XLSXWRITER_SONAME, RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
        if (!lib) {
            a.error = QString::fromLocal8Bit(dlerror());
            return a;
        }
#define PATRON_XLSX_RESOLVE(name)                                                        \
    a.name = reinterpret_cast<decltype(a.name)>(dlsym(lib, #name));                      \
    if (!a.name) {                                                                       \
        a.error = QStringLiteral(PATRON_XLSXWRITER_SONAME ": no " #name);                \
        return a;                                                                        \
    }
#else
#define PATRON_XLSX_RESOLVE(name) a.name = &::name;
#endif
        PATRON_XLSX_RESOLVE(workbook_new_opt)
        PATRON_XLSX_RESOLVE(workbook_add_format)
        PATRON_XLSX_RESOLVE(workbook_add_worksheet)
        PATRON_XLSX_RESOLVE(workbook_close)
        PATRON_XLSX_RESOLVE(lxw_workbook_free)
        PATRON_XLSX_RESOLVE(format_set_bold)
        PATRON_XLSX_RESOLVE(format_set_num_format)
        PATRON_XLSX_RESOLVE(worksheet_set_column)
        PATRON_XLSX_RESOLVE(worksheet_freeze_panes)
        PATRON_XLSX_RESOLVE(worksheet_write_string)
        PATRON_XLSX_RESOLVE(worksheet_write_number)
        PATRON_XLSX_RESOLVE(worksheet_write_datetime)
        PATRON_XLSX_RESOLVE(worksheet_write_boolean)
        PATRON_XLSX_RESOLVE(lxw_strerror)
#undef PATRON_XLSX_RESOLVE
        return a;
    }();
    return api;
}

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
        xlsx().lxw_workbook_free(m_workbook);
}

void XlsxTableWriter::check(int lxwError)
{
    if (lxwError != LXW_NO_ERROR && !m_error.isError())
        m_error = makeError(Error::Io, tr("Cannot write the XLSX file: %1")
                                           .arg(QString::fromUtf8(xlsx().lxw_strerror(lxw_error(lxwError)))));
}

Status XlsxTableWriter::begin()
{
    if (!xlsx().error.isEmpty())
        return makeError(Error::Io, tr("XLSX export is not available: %1").arg(xlsx().error));
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
    m_workbook = xlsx().workbook_new_opt(path.constData(), &options);
    if (!m_workbook)
        return makeError(Error::Io, tr("Cannot create the XLSX file %1.").arg(m_path));
    m_header = xlsx().workbook_add_format(m_workbook);
    xlsx().format_set_bold(m_header);
    m_money = xlsx().workbook_add_format(m_workbook);
    xlsx().format_set_num_format(m_money, "\"\xC2\xA5\"#,##0.00;-\"\xC2\xA5\"#,##0.00"); // "¥"
    m_date = xlsx().workbook_add_format(m_workbook);
    xlsx().format_set_num_format(m_date, "yyyy-mm-dd");
    m_dateTime = xlsx().workbook_add_format(m_workbook);
    xlsx().format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm");
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
    m_sheet = xlsx().workbook_add_worksheet(m_workbook, sheetName.isEmpty() ? nullptr : sheetName.constData());
    if (!m_sheet) {
        check(LXW_ERROR_MEMORY_MALLOC_FAILED);
        return false;
    }
    // Column widths go before any row in constant-memory mode.
    for (int i = 0; i < m_columns.size(); ++i) {
        const ExportColumn &c = m_columns.at(i);
        const double width = c.width > 0 ? c.width : std::max(typeWidth(c.type), displayWidth(c.label) + 2);
        check(xlsx().worksheet_set_column(m_sheet, lxw_col_t(i), lxw_col_t(i), std::min(width, 60.0), nullptr));
    }
    xlsx().worksheet_freeze_panes(m_sheet, 1, 0);
    for (int i = 0; i < m_columns.size(); ++i) {
        const QByteArray label = m_columns.at(i).label.left(kMaxCellChars).toUtf8();
        check(xlsx().worksheet_write_string(m_sheet, 0, lxw_col_t(i), label.constData(), m_header));
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
        check(xlsx().worksheet_write_string(m_sheet, lxw_row_t(m_row), lxw_col_t(m_column), utf8.constData(), nullptr));
    }
    ++m_column;
}

void XlsxTableWriter::integer(qint64 value)
{
    if (m_sheet)
        check(xlsx().worksheet_write_number(m_sheet, lxw_row_t(m_row), lxw_col_t(m_column), double(value), nullptr));
    ++m_column;
}

void XlsxTableWriter::number(double value)
{
    if (m_sheet && std::isfinite(value))
        check(xlsx().worksheet_write_number(m_sheet, lxw_row_t(m_row), lxw_col_t(m_column), value, nullptr));
    ++m_column;
}

void XlsxTableWriter::money(qint64 cents)
{
    // A double holds every amount below 90 trillion yuan to the cent.
    if (m_sheet)
        check(xlsx().worksheet_write_number(m_sheet, lxw_row_t(m_row), lxw_col_t(m_column), double(cents) / 100.0, m_money));
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
        check(xlsx().worksheet_write_datetime(m_sheet, lxw_row_t(m_row), lxw_col_t(m_column), &dt, format));
    ++m_column;
}

void XlsxTableWriter::boolean(bool value)
{
    if (m_sheet)
        check(xlsx().worksheet_write_boolean(m_sheet, lxw_row_t(m_row), lxw_col_t(m_column), value, nullptr));
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
    check(xlsx().workbook_close(workbook));
    if (m_error.isError())
        return m_error;
    return {};
}

} // namespace Patron
