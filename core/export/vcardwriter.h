#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace Patron {

/// One person as a vCard carries it. Empty fields are left out.
struct VCard
{
    QString uid;          ///< stable across exports ("urn:uuid:…"), so re-imports can match
    QString fullName;     ///< FN (required)
    QString familyName;   ///< N, first component
    QString givenName;    ///< N, second component
    QString organization; ///< ORG
    QString title;        ///< TITLE
    QString mobile;       ///< TEL;TYPE=cell
    QString phone;        ///< TEL;TYPE=work,voice
    QString email;        ///< EMAIL;TYPE=work
    QString wechat;       ///< X-WECHAT (no standard property exists)
    QString note;         ///< NOTE
    bool isOrganization = false; ///< KIND:org (a company without a contact person)
};

/// Writes vCard 4.0 (RFC 6350): UTF-8, CRLF line ends, text values escaped (\\ , ; and
/// newlines), content lines folded at 75 octets without splitting a UTF-8 sequence.
/// Buffers and writes to a QIODevice in large blocks.
class VCardWriter
{
public:
    explicit VCardWriter(QIODevice &device);

    /// Returns false on a write error (then see error()).
    bool write(const VCard &card);
    Status finish();
    const Error &error() const { return m_error; }

    /// A text value with \\ , ; and newlines escaped.
    static QString escape(const QString &value);
    /// A content line (without CRLF) folded: CRLF + space before each 75-octet chunk.
    static QByteArray fold(const QByteArray &line);
    /// Splits a personal name into family and given name: "张伟" → 张 + 伟, "欧阳娜娜" →
    /// 欧阳 + 娜娜 (common two-character surnames), "John Smith" → Smith + John.
    static void splitName(const QString &name, QString *family, QString *given);

private:
    void line(const char *property, const QString &value, bool escaped = true);
    bool writeOut();

    QIODevice &m_device;
    QByteArray m_buffer;
    Error m_error;
};

} // namespace Patron
