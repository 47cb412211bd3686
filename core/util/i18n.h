#pragma once

#include <QString>

namespace Patron {

/// Chooses the UI language: "zh_CN" or "en"; empty follows the system locale (Chinese
/// when the system is Chinese, English otherwise). Installs Patron's and Qt's own
/// translators on the running application and sets QLocale's default. Returns the
/// language used.
QString installTranslations(const QString &requested);

} // namespace Patron
