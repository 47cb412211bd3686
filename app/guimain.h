#pragma once

namespace Patron {

/// Starts the desktop GUI: options --database PATH|postgresql://…, --lang zh_CN|en and
/// --demo (fill an empty database with demo data first). Returns the exit code.
int guiMain(int argc, char *argv[]);

} // namespace Patron
