#pragma once

#include <QString>
#include <QStringView>

namespace Patron::XlsxValues {

/// How a number format shows a number: as a number, a date (with time when the value
/// has a fraction) or a time of day.
enum class FormatKind : unsigned char { Number, Date, Time };

/// The kind of a built-in number format id (ECMA-376 18.8.30, with the CJK ids
/// 27–36 and 50–58 as Chinese Excel and WPS use them).
FormatKind builtinFormatKind(int numFmtId);
/// The kind of a custom format code: a date when it has y/m/d/h/s outside quoted text,
/// brackets ([Red], [$-804], [DBNum1]) and escaped characters.
FormatKind customFormatKind(QStringView formatCode);

/// A number as Excel shows it in a General cell, without exponent and without binary
/// noise: at most 15 significant digits ("1.3800138E10" → "13800138000",
/// 12.300000000000001 → "12.3"). Returns a null string for NaN/infinity.
QString formatNumber(double value);
/// The same for the text of a `<v>` element; text that is not a number is returned as is.
QString formatNumberText(QStringView text);
/// Parses the text of a `<v>` element; false when it is not a finite number.
bool parseNumber(QStringView text, double *value);

/// An Excel serial date as ISO text: "2024-03-05", "2024-03-05T14:30:00" or, for Time
/// formats below one day, "14:30:00". Null string when the serial is out of range.
QString serialToIso(double serial, bool date1904, FormatKind kind);

/// "B7" → column 1 (0-based) and row 7 (1-based). Either part may be missing ("B" or
/// "7"), then it is -1. False when the reference is malformed or beyond XFD1048576.
bool parseCellRef(QStringView ref, int *column, qint64 *row);
/// 0 → "A", 16383 → "XFD".
QString columnName(int column);

/// Decodes the OOXML escapes "_x000D_" (a character by its UTF-16 code) in shared
/// and inline strings.
QString decodeEscapes(QString text);

constexpr int MaxColumns = 16384;
constexpr qint64 MaxRows = 1048576;

} // namespace Patron::XlsxValues
