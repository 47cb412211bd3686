#pragma once

#include "util/result.h"

#include <QHash>
#include <QIODevice>
#include <QString>

#include <memory>

class QuaZip;

namespace Patron {

/// A zip archive (the container of an .xlsx) opened for reading untrusted uploads:
/// too many entries, entry names that escape the archive (`../`, absolute paths),
/// entries whose declared size or compression ratio looks like a zip bomb, truncated
/// archives and CRC mismatches all become errors, never hangs or unbounded memory.
/// Entries are streamed; only one entry can be open at a time.
class ZipArchive
{
public:
    static constexpr int MaxEntries = 10000;
    /// Parts larger than this must not compress better than MaxRatio:1.
    static constexpr qint64 RatioFloor = 1 << 20;
    static constexpr qint64 MaxRatio = 200;

    /// The device is not owned and must outlive the archive.
    explicit ZipArchive(QIODevice *device);
    ~ZipArchive();

    Status open();

    /// Whether an entry exists (names compare case-insensitively, as Excel does).
    bool contains(const QString &name) const;
    qint64 uncompressedSize(const QString &name) const;

    /// Streams one entry. Reading fails (returns -1, errorString() says why) when the
    /// data is damaged, the CRC does not match or more than maxSize bytes come out.
    /// The previous entry device must be gone before opening the next.
    Result<std::unique_ptr<QIODevice>> openEntry(const QString &name, qint64 maxSize);
    /// Reads a small entry completely.
    Result<QByteArray> readEntry(const QString &name, qint64 maxSize);

    /// The message for a damaged entry or archive, shared with the XML readers.
    static QString damagedMessage();

private:
    struct Entry
    {
        QString name;
        qint64 compressed = 0;
        qint64 uncompressed = 0;
    };

    QIODevice *m_device;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, Entry> m_entries; ///< keyed by the lower-case name
};

} // namespace Patron
