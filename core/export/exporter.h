#pragma once

#include "customerexport.h"

#include <optional>

namespace Patron {

/// One export as the user asked for it: which table, of which customers, in what form.
struct ExportRequest
{
    ExportTable table = ExportTable::Customers;
    CustomerSet customers;
    ExportOptions options;
};

/// Runs an ExportRequest into a file or a device, choosing the writer for the format.
/// Files are replaced atomically: the export goes to a temporary file next to the target
/// that is renamed over it only when everything was written, so a failed or cancelled
/// export leaves no file and an existing file untouched. Shared by `patron export` and
/// File → Export….
class Exporter
{
public:
    Exporter(Database &database, CustomerService &customers, FieldService &fields);

    /// "csv", "json", "xlsx", "vcf" / "vcard" (any case).
    static std::optional<ExportFormat> parseFormat(const QString &name);
    /// The format a file name's extension stands for (.csv .json .xlsx .vcf .vcard).
    static std::optional<ExportFormat> formatForPath(const QString &path);
    /// "csv", "json", "xlsx", "vcf" (for messages and file names).
    static QString formatName(ExportFormat format);
    /// Translated name of a table ("客户", "跟进记录"…), also the XLSX sheet name.
    static QString tableName(ExportTable table);
    /// Whether the format can carry the table (vCard holds contacts only), and the
    /// options fit the format (GB18030 is for CSV). Translated message on failure.
    static Status validate(const ExportRequest &request);

    /// Number of rows (cards for vCard) written.
    Result<qint64> exportToFile(const ExportRequest &request, const QString &path,
                                const CustomerExport::Progress &progress = {}) const;
    /// CSV, JSON or vCard into a device (standard output). XLSX needs a file.
    Result<qint64> exportToDevice(const ExportRequest &request, QIODevice &device,
                                  const CustomerExport::Progress &progress = {}) const;
    /// Rows the request will write (contacts for vCard: cards may be a few more).
    Result<qint64> rowCount(const ExportRequest &request) const;

    CustomerExport &tables() { return m_tables; }

private:
    CustomerExport m_tables;
};

} // namespace Patron
