#pragma once

#include <QCoreApplication>

#include "tablereader.h"
#include "xlsxvalues.h"

#include <QFile>
#include <QList>
#include <QVector>
#include <QXmlStreamReader>

#include <memory>
#include <vector>

namespace Patron {

class ZipArchive;

/// Reads .xlsx/.xlsm workbooks (Excel 2007+, WPS, LibreOffice, Kingdee/Yonyou exports)
/// as a stream: the sheet XML is parsed straight out of the zip entry, so memory does not
/// grow with the number of rows (the shared-string table is loaded, capped at 256 MiB).
///
/// Cells come back as the user saw them: shared, inline and rich-text strings; numbers
/// with at most 15 significant digits and no exponent; dates (by the cell's number
/// format, 1900 and 1904 date systems) as ISO text; booleans as TRUE/FALSE; formulas by
/// their cached value (SourceRow::hasFormula); error values (#N/A, #DIV/0!) as empty
/// text. Every cell of a merged range gets the range's top-left value, since sheets merge
/// 负责人 or 省份 over the rows they apply to. Rows without any value are skipped;
/// SourceRow::number is always the sheet's row number.
///
/// Hostile files fail fast with a message for the user: DTDs and entities, zip bombs
/// (size caps and a 200:1 ratio cap), unsafe entry names, damaged or truncated archives,
/// password-protected workbooks, more than 16,384 columns or 1,048,576 rows.
class XlsxReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(Patron::XlsxReader)

public:
    static constexpr qint64 MaxSheetSize = qint64(1) << 30;
    static constexpr qint64 MaxSharedStringsSize = qint64(256) << 20;
    static constexpr qint64 MaxSmallPartSize = qint64(64) << 20;
    static constexpr int MaxMergedRanges = 200000;
    static constexpr qint64 MaxMergedCells = 64 * 1024 * 1024;
    static constexpr int MaxCellText = 1 << 20;
    static constexpr int MaxSharedStrings = 1 << 24;

    explicit XlsxReader(const QString &path);
    /// Reads from a device (not owned, must stay open and alive), e.g. a QBuffer.
    explicit XlsxReader(QIODevice *device, const QString &displayName = {});
    ~XlsxReader() override;

    Status open() override;
    QStringList sheets() const override;
    Status selectSheet(int index) override;
    QList<int> hiddenColumns() const override { return m_hiddenColumns; }
    Result<bool> readRow(SourceRow &row) override;
    double progress() const override;
    QString formatDescription() const override;

    /// Whether the workbook uses the 1904 date system (old Mac Excel).
    bool uses1904Dates() const { return m_date1904; }

    /// Whether an OLE compound file (seekable device) is an encrypted OOXML package,
    /// i.e. a password-protected .xlsx. Leaves the device position unchanged.
    static bool isEncryptedPackage(QIODevice *device);
    /// "This workbook is password protected …", for both readers.
    static QString encryptedMessage();

private:
    struct Sheet
    {
        QString name;
        QString part;
    };
    struct Merge
    {
        qint64 firstRow, lastRow;
        int firstColumn, lastColumn;
        QString value;
    };

    Status openArchive();
    Status loadWorkbook();
    Status loadStyles(const QString &part);
    Status loadSharedStrings(const QString &part);
    Status scanMerges(const QString &part);
    Status startSheetData();
    Result<bool> readRowElement(SourceRow &row);
    Status readCell(SourceRow &row, int column);
    Status readInlineString(QString *out);
    void applyMerges(SourceRow &row);
    Error xmlError(const QXmlStreamReader &xml, const QString &part) const;
    Error sheetError(const QString &message) const;

    QString m_displayName;
    std::unique_ptr<QFile> m_file;
    QIODevice *m_device = nullptr;
    std::unique_ptr<ZipArchive> m_zip;

    QVector<Sheet> m_sheets;
    QStringList m_sharedStrings;
    std::vector<XlsxValues::FormatKind> m_xfKinds; ///< by cellXfs index
    bool m_date1904 = false;

    // the sheet being read
    int m_sheetIndex = -1;
    std::unique_ptr<QIODevice> m_entry;
    QXmlStreamReader m_xml;
    qint64 m_entrySize = 0;
    qint64 m_lastRow = 0;
    int m_cellColumn = 0;
    bool m_rowHasFormula = false;
    bool m_atEnd = true;
    QList<int> m_hiddenColumns;
    std::vector<Merge> m_merges; ///< sorted by first row
    size_t m_nextMerge = 0;
    std::vector<size_t> m_activeMerges;
    QString m_text; ///< reused buffer for element text
};

} // namespace Patron
