#include "tablereader.h"

#include "csvreader.h"
#include "xlsreader.h"
#include "xlsxreader.h"

#include <QFile>
#include <QFileInfo>

namespace Patron {

std::unique_ptr<TableReader> TableReader::create(const QString &path, const ReaderOptions &options)
{
    QByteArray head;
    if (QFile file(path); file.open(QIODevice::ReadOnly))
        head = file.read(8);
    // content first: users rename files, and exports from Kingdee/Yonyou often carry a
    // misleading extension
    if (head.startsWith("PK\x03\x04"))
        return std::make_unique<XlsxReader>(path);
    if (head == QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return std::make_unique<XlsReader>(path); // it also names a password-protected .xlsx
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx" || suffix == u"xlsm")
        return std::make_unique<XlsxReader>(path); // open() explains why it is not one
    // ERP systems often save tab-separated text or HTML with an .xls name; the CSV reader
    // handles the former and names the problem for the latter
    return std::make_unique<CsvReader>(path, options);
}

} // namespace Patron
