#pragma once

#include "sopservice.h"

namespace Patron::Sop {

/// The built-in templates of issue 5 in a database language ("zh_CN" or "en"). Their
/// names and task titles are data written into the database (like the Chinese RFM
/// labels), so they follow the database language, not the UI language.
QList<SopTemplate> builtInTemplates(const QString &language);

} // namespace Patron::Sop
