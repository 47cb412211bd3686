#pragma once

#include <QString>

namespace Patron::MatchKeys {

/// The keys that identify a customer when matching imported rows or finding duplicates
/// ("ID mapping"). Each returns an empty string when the value cannot identify anybody.

/// Customer code: half-width, trimmed, upper-case.
QString code(const QString &text);
/// Mobile: its 11 digits when valid (see Values::normalizeMobile), else empty.
QString mobile(const QString &text);
/// E-mail: trimmed and lower-case when valid, else empty.
QString email(const QString &text);
/// Company name: full-width to half-width, lower-case, a leading region in brackets
/// ("(北京)", "【上海】") and legal-form suffixes (有限公司, 有限责任公司, 股份有限公司,
/// 集团有限公司, Co., Ltd., Inc. …) removed, then every space and punctuation character
/// removed. "上海华联商贸有限公司" and "上海 华联商贸 (有限公司)" give the same key. Names
/// shorter than two characters after that give an empty key.
QString companyName(const QString &text);

} // namespace Patron::MatchKeys
