#pragma once

#include <QCoreApplication>

#include "tablereader.h"

namespace Patron {

/// Reads old binary Excel 97–2003 workbooks (.xls, BIFF5/BIFF8) with FreeXL. FreeXL
/// parses the whole file on open, so memory follows the file size; that is fine for
/// .xls, which holds at most 65,536 rows × 256 columns per sheet, and files above
/// 256 MiB are refused. Hidden rows and columns and merged cells are not available
/// through FreeXL. Dates come back as ISO text, numbers as in XlsxReader.
class XlsReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(Patron::XlsReader)

public:
    static constexpr qint64 MaxFileSize = qint64(256) << 20;

    explicit XlsReader(const QString &path);
    ~XlsReader() override;

    Status open() override;
    QStringList sheets() const override { return m_sheets; }
    Status selectSheet(int index) override;
    Result<bool> readRow(SourceRow &row) override;
    double progress() const override;
    QString formatDescription() const override;

private:
    Error freexlError(int code) const;

    QString m_path;
    const void *m_handle = nullptr;
    QStringList m_sheets;
    int m_sheet = -1;
    unsigned int m_rows = 0;
    unsigned short m_columns = 0;
    unsigned int m_nextRow = 0;
};

} // namespace Patron
