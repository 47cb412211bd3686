#include "ziparchive.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>
#include <unzip.h>

#include <QCoreApplication>

namespace Patron {

namespace {

QString sizeText(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024)) + u" MiB";
}

// Nothing is ever extracted to disk, but a workbook with such names was not written by
// a spreadsheet program: refusing it early keeps every later path lookup simple.
bool isSafeEntryName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.startsWith(u'\\'))
        return false;
    if (name.size() > 1 && name.at(1) == u':')
        return false;
    for (QStringView part : QStringView(name).split(u'/')) {
        for (QStringView piece : part.split(u'\\')) {
            if (piece == u"..")
                return false;
        }
    }
    return !name.contains(QChar(0));
}

/// Streams one zip entry and enforces the size cap and the CRC check at the end.
class EntryDevice : public QIODevice
{
public:
    EntryDevice(QuaZip *zip, qint64 declaredSize, qint64 maxSize)
        : m_file(zip)
        , m_declared(declaredSize)
        , m_max(maxSize)
    { }

    bool start()
    {
        if (!m_file.open(QIODevice::ReadOnly))
            return false;
        return QIODevice::open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return QIODevice::bytesAvailable() + (m_finished || m_failed ? 0 : 1);
    }

protected:
    qint64 readData(char *data, qint64 maxlen) override
    {
        if (m_failed)
            return -1;
        if (m_finished || maxlen <= 0)
            return 0;
        const qint64 n = m_file.read(data, maxlen);
        if (n < 0)
            return fail(ZipArchive::damagedMessage());
        m_delivered += n;
        if (m_delivered > m_max)
            return fail(QCoreApplication::translate("Patron::XlsxReader", "A part of the workbook is larger than Patron accepts (%1); the file "
                           "may be a zip bomb.")
                            .arg(sizeText(m_max)));
        if (n == 0) {
            m_finished = true;
            m_file.close();
#ifdef PATRON_FUZZ_NO_CRC
            if (m_file.getZipError() == UNZ_CRCERROR)
                return n; // the fuzzer mutates stored entries without fixing their CRC
#endif
            if (m_file.getZipError() != UNZ_OK || m_delivered != m_declared)
                return fail(ZipArchive::damagedMessage());
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override
    {
        return -1;
    }

private:
    qint64 fail(const QString &message)
    {
        m_failed = true;
        setErrorString(message);
        return -1;
    }

    QuaZipFile m_file;
    qint64 m_declared;
    qint64 m_max;
    qint64 m_delivered = 0;
    bool m_finished = false;
    bool m_failed = false;
};

} // namespace

ZipArchive::ZipArchive(QIODevice *device)
    : m_device(device)
{ }

ZipArchive::~ZipArchive() = default;

QString ZipArchive::damagedMessage()
{
    return QCoreApplication::translate("Patron::XlsxReader", "The file is damaged or incomplete. Open it in Excel or WPS, save it again "
              "and retry.");
}

Status ZipArchive::open()
{
    m_zip = std::make_unique<QuaZip>(m_device);
    if (!m_zip->open(QuaZip::mdUnzip))
        return makeError(Error::Invalid, damagedMessage());
    const int count = m_zip->getEntriesCount();
    if (count < 0)
        return makeError(Error::Invalid, damagedMessage());
    if (count > MaxEntries)
        return makeError(
            Error::Invalid,
            QCoreApplication::translate("Patron::XlsxReader", "The workbook holds more than %1 parts; Patron does not open it.").arg(MaxEntries));
    m_entries.reserve(count);
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info))
            return makeError(Error::Invalid, damagedMessage());
        if (!isSafeEntryName(info.name))
            return makeError(Error::Invalid,
                             QCoreApplication::translate("Patron::XlsxReader", "The file contains a part with an unsafe name (%1); it was not "
                                "written by a spreadsheet program.")
                                 .arg(info.name.left(80)));
        const auto usize = qint64(info.uncompressedSize);
        const auto csize = qint64(info.compressedSize);
        if (usize < 0 || csize < 0)
            return makeError(Error::Invalid, damagedMessage());
        if (usize > RatioFloor && usize / qMax<qint64>(csize, 1) > MaxRatio)
            return makeError(Error::Invalid,
                             QCoreApplication::translate("Patron::XlsxReader", "A part of the workbook is compressed more than %1:1; the file "
                                "looks like a zip bomb and was not opened.")
                                 .arg(MaxRatio));
        m_entries.insert(info.name.toLower(), Entry {info.name, csize, usize});
    }
    if (m_zip->getZipError() != UNZ_OK || m_entries.size() != count)
        return makeError(Error::Invalid, damagedMessage());
    return {};
}

bool ZipArchive::contains(const QString &name) const
{
    return m_entries.contains(name.toLower());
}

qint64 ZipArchive::uncompressedSize(const QString &name) const
{
    const auto it = m_entries.constFind(name.toLower());
    return it == m_entries.cend() ? -1 : it->uncompressed;
}

Result<std::unique_ptr<QIODevice>> ZipArchive::openEntry(const QString &name, qint64 maxSize)
{
    const auto it = m_entries.constFind(name.toLower());
    if (it == m_entries.cend())
        return makeError(Error::Invalid, damagedMessage());
    if (it->uncompressed > maxSize)
        return makeError(Error::Invalid,
                         QCoreApplication::translate("Patron::XlsxReader", "A part of the workbook (%1) is larger than Patron accepts (%2).")
                             .arg(it->name.left(80), sizeText(maxSize)));
    if (!m_zip->setCurrentFile(it->name, QuaZip::csSensitive))
        return makeError(Error::Invalid, damagedMessage());
    auto device = std::make_unique<EntryDevice>(m_zip.get(), it->uncompressed, maxSize);
    if (!device->start())
        return makeError(Error::Invalid, damagedMessage());
    return std::unique_ptr<QIODevice>(std::move(device));
}

Result<QByteArray> ZipArchive::readEntry(const QString &name, qint64 maxSize)
{
    auto device = openEntry(name, maxSize);
    if (!device)
        return device.error();
    QByteArray bytes;
    bytes.reserve(int(qMin<qint64>(uncompressedSize(name), maxSize)));
    char buffer[16384];
    for (;;) {
        const qint64 n = (*device)->read(buffer, sizeof buffer);
        if (n < 0)
            return makeError(Error::Invalid, (*device)->errorString());
        if (n == 0)
            break;
        bytes.append(buffer, n);
    }
    return bytes;
}

} // namespace Patron
