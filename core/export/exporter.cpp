#include "exporter.h"

#include "xlsxtablewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cstdio>
#endif

namespace Patron {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Patron::Exporter", text);
}

// Atomic replace: rename(2) on POSIX, MoveFileEx on Windows.
bool replaceFile(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    return MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(from).utf16()),
                       reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(to).utf16()),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
#else
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
}

} // namespace

Exporter::Exporter(Database &database, CustomerService &customers, FieldService &fields)
    : m_tables(database, customers, fields)
{
}

std::optional<ExportFormat> Exporter::parseFormat(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (n == QLatin1String("json"))
        return ExportFormat::Json;
    if (n == QLatin1String("xlsx"))
        return ExportFormat::Xlsx;
    if (n == QLatin1String("vcf") || n == QLatin1String("vcard"))
        return ExportFormat::VCard;
    return std::nullopt;
}

std::optional<ExportFormat> Exporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    return suffix.isEmpty() ? std::nullopt : parseFormat(suffix);
}

QString Exporter::formatName(ExportFormat format)
{
    return TableWriter::formatName(format);
}

QString Exporter::tableName(ExportTable table)
{
    switch (table) {
    case ExportTable::Customers: return tr("Customers");
    case ExportTable::Orders: return tr("Orders");
    case ExportTable::Activities: return tr("Follow-ups");
    case ExportTable::Contacts: return tr("Contacts");
    }
    return {};
}

Status Exporter::validate(const ExportRequest &request)
{
    if (request.options.format == ExportFormat::VCard && request.table != ExportTable::Contacts)
        return makeError(Error::Invalid, tr("vCard files hold contacts only; export %1 as CSV, XLSX or JSON.")
                                             .arg(tableName(request.table)));
    if (request.options.encoding == TextEncoding::Gb18030 && request.options.format != ExportFormat::Csv)
        return makeError(Error::Invalid, tr("GB18030 is only for CSV; %1 files are always UTF-8.")
                                             .arg(formatName(request.options.format).toUpper()));
    return {};
}

Result<qint64> Exporter::rowCount(const ExportRequest &request) const
{
    const ExportTable table = request.options.format == ExportFormat::VCard ? ExportTable::Contacts : request.table;
    return m_tables.rowCount(table, request.customers);
}

Result<qint64> Exporter::exportToDevice(const ExportRequest &request, QIODevice &device,
                                        const CustomerExport::Progress &progress) const
{
    Status valid = validate(request);
    if (!valid)
        return valid.error();
    switch (request.options.format) {
    case ExportFormat::Xlsx:
        return makeError(Error::Invalid, tr("XLSX needs a file name, not standard output."));
    case ExportFormat::VCard:
        return m_tables.exportVCards(request.customers, device, progress);
    case ExportFormat::Csv:
    case ExportFormat::Json: break;
    }
    auto columns = m_tables.columns(request.table);
    if (!columns)
        return columns.error();
    QStringList names;
    for (const ExportColumn &c : columns.value())
        names << c.name;
    TableWriter writer(device, request.options, names);
    return m_tables.exportTable(request.table, request.customers, writer, request.options, progress);
}

Result<qint64> Exporter::exportToFile(const ExportRequest &request, const QString &path,
                                      const CustomerExport::Progress &progress) const
{
    Status valid = validate(request);
    if (!valid)
        return valid.error();
    if (path.trimmed().isEmpty())
        return makeError(Error::Invalid, tr("No file name given."));
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(Error::Io, tr("Cannot write %1: it is a folder.").arg(path));
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return makeError(Error::Io, tr("Cannot create the folder %1.").arg(info.absolutePath()));

    if (request.options.format != ExportFormat::Xlsx) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return makeError(Error::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
        auto rows = exportToDevice(request, file, progress);
        if (!rows) {
            file.cancelWriting();
            return rows;
        }
        if (!file.commit())
            return makeError(Error::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return rows;
    }

    // libxlsxwriter writes to a path of its own: give it a temporary name in the same
    // folder (so the rename is atomic) and remove it on failure.
    QTemporaryFile tmp(info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName())));
    if (!tmp.open())
        return makeError(Error::Io, tr("Cannot write %1: %2").arg(path, tmp.errorString()));
    const QString tmpPath = tmp.fileName();
    tmp.close();
    auto columns = m_tables.columns(request.table);
    if (!columns)
        return columns.error();
    Result<qint64> rows = qint64(0);
    {
        XlsxTableWriter writer(tmpPath, tableName(request.table), columns.value());
        rows = m_tables.exportTable(request.table, request.customers, writer, request.options, progress);
    }
    if (!rows)
        return rows; // tmp removes the partial file
    // QTemporaryFile makes the file private (0600); give it what QSaveFile would: the
    // replaced file's permissions, or the usual ones for a new document.
    const QFile::Permissions permissions = info.exists()
                                               ? QFile::permissions(info.absoluteFilePath())
                                               : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser
                                                     | QFile::ReadGroup | QFile::ReadOther;
    QFile::setPermissions(tmpPath, permissions);
    if (!replaceFile(tmpPath, info.absoluteFilePath()))
        return makeError(Error::Io, tr("Cannot write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    tmp.setAutoRemove(false);
    return rows;
}

} // namespace Patron
