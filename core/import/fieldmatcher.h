#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Patron {

/// What a column of an imported file can become.
enum class ImportKind { Customers, Orders, Contacts, Activities };

/// One field a column can map to: a built-in column of the target table, a customer
/// lookup column (orders, contacts and activities find their customer by code, mobile,
/// email or name: "customer.code" …), or "custom.<key>" for a custom field.
struct ImportField
{
    QString key;              ///< "name", "mobile", "customer.code", "custom.f3" …
    QString label;            ///< translated
    QStringList synonyms;     ///< header texts that auto-match (Chinese and English)
};

/// Guesses which field each column of a header row maps to, from header synonyms in
/// Chinese and English (客户名称/公司名称/单位名称/Company/Name → name; 手机/手机号/移动电话/
/// Mobile → mobile; …). Matching ignores case, spaces, full-width forms, punctuation
/// and a trailing "(必填)"/"*"/"：". Each field is used at most once (the first column wins).
class FieldMatcher
{
public:
    /// The built-in fields for a kind of import (labels translated).
    static QList<ImportField> builtinFields(ImportKind kind);

    /// For every header cell the field key it matches, or "" when none. Custom fields
    /// (key "custom.<key>", their label as the only synonym) are matched after the built-ins'
    /// exact synonyms, and before built-in synonyms found inside longer headers. The mapping
    /// decisions per kind are documented in fieldmatcher.cpp.
    static QStringList match(ImportKind kind, const QStringList &header,
                             const QList<ImportField> &customFields = {});

    /// The normalised form used for comparing header texts.
    static QString normalizeHeader(const QString &text);
};

} // namespace Patron
