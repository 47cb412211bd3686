#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Patron::ValueParsers {

/// Parsers for values as spreadsheets and other systems write them. Each returns nullopt
/// when the text is not such a value (the caller rejects the row and names the value).

/// Dates: "2024/3/5", "2024-03-05", "2024.03.05", "2024年3月5日", "20240305", "3/5/2024"
/// is NOT accepted (ambiguous), with or without a time ("2024-03-05 14:30", "…T14:30:00",
/// "2024/3/5 下午2:30"), an Excel serial ("45356", "45356.5"; 1900 system) and the ISO form
/// the XLSX reader produces. Impossible dates ("2024-02-30") are nullopt. Also "2024年3月5日
/// 14时30分", "2:30 PM", "20240305143000". Not accepted: two-digit years, day or month first
/// ("05.03.2024"), UTC offsets, "2024.3" (a year and a month, not serial 2024.3).
std::optional<QDate> parseDate(const QString &text);
/// The same with the time kept (midnight when none).
std::optional<QDateTime> parseDateTime(const QString &text);

/// A date and a time of day without a time zone.
struct DateAndTime
{
    QDate date;
    QTime time; ///< midnight when the text had none
};
/// parseDateTime without building a QDateTime: a local-time QDateTime costs a time-zone
/// lookup (about 8 µs here) per value, so the import loop should use this and store
/// Values-style text ("yyyy-MM-ddTHH:mm:ss") directly.
std::optional<DateAndTime> parseDateAndTime(const QString &text);
/// An Excel serial day number to a date-time (1900 system with its fake 1900-02-29, or
/// the 1904 system). The 1900 system's serial 60 (the 1900-02-29 that never was) and
/// serial 0 are nullopt; serials 1–59 are the days of 1900 as Excel shows them. The time is
/// rounded to the second.
std::optional<QDateTime> fromExcelSerial(double serial, bool system1904 = false);

/// Amounts in yuan to cents: "1234.5", "¥1,234.50", "￥12", "12元", "1.2万", "1.2万元",
/// "(12.00)" and "-12" as negative, full-width digits, "RMB 12", "12.00 CNY", "2亿". Commas
/// only group thousands ("12,34" is rejected, not read as 1234); any number of decimals,
/// rounded half away from zero to the cent. Same rules as Values::parseMoney.
std::optional<qint64> parseAmount(const QString &text);

/// Order status to the stored value: 已完成/完成/已付款/已支付/已收款/completed/paid/done →
/// "completed" or "paid"; 待付款/未付款/pending → "pending"; 已取消/取消/作废/cancelled/
/// canceled/void → "cancelled"; 已退款/退款/refunded → "refunded". Case-insensitive,
/// half-width. Empty text → "completed" is NOT assumed here (the caller decides).
std::optional<QString> parseOrderStatus(const QString &text);

/// Landline: half-width, digits with the area code kept and separated by one hyphen,
/// extension kept ("(010) 6552-1234 转 8" → "010-65521234-8", "021 5555 6666" →
/// "021-55556666"); a valid mobile is returned as its 11 digits; nullopt for text that
/// has no 7+ digit number in it. 400/800 numbers as "400-800-8888"; numbers after another
/// country code as "+14155550100"; of "A / B" only A; seven or more digits that fit no
/// pattern are returned as digits only.
std::optional<QString> parsePhone(const QString &text);

/// Yes/no: 是/否/有/无/Y/N/yes/no/true/false/1/0/√/×.
std::optional<bool> parseBool(const QString &text);

/// Whole numbers with thousands separators and full-width digits; "12.0" is 12. One trailing
/// measure word is allowed, as quantities are often written ("3件", "2台").
std::optional<qint64> parseInteger(const QString &text);

} // namespace Patron::ValueParsers
