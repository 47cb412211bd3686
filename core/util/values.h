#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Patron::Values {

/// Mainland mobile to its 11 digits ("+86 138-0013-8000" → "13800138000"); nullopt when
/// the result is not a valid mobile (^1[3-9]\d{9}$).
std::optional<QString> normalizeMobile(const QString &text);
/// Trimmed, lower-cased; nullopt when not a plausible address.
std::optional<QString> normalizeEmail(const QString &text);
/// Full-width to half-width, trimmed (codes, phones).
QString toHalfWidth(const QString &text);

/// "¥1,234.50" (negative as "-¥12.00").
QString formatMoney(qint64 cents);
/// "1234.50" (no symbol, no separators; for CSV/JSON).
QString plainMoney(qint64 cents);
/// Accepts "1234.5", "¥1,234.50", "￥12", "12元", "1.2万"; nullopt if not an amount.
std::optional<qint64> parseMoney(const QString &text);

/// Storage forms: "yyyy-MM-dd" and "yyyy-MM-ddTHH:mm:ss" (local business time).
QString storeDate(const QDate &date);
QString storeDateTime(const QDateTime &dateTime);
QString now();
QDate parseStoredDate(const QString &text);
QDateTime parseStoredDateTime(const QString &text);
/// Display forms following the UI locale.
QString displayDate(const QString &stored);
QString displayDateTime(const QString &stored);

} // namespace Patron::Values
