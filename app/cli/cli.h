#pragma once

namespace Patron::Cli {

/// True when the arguments ask for the command line (a subcommand, --help or --version)
/// rather than the GUI. Looks at argv only; no QCoreApplication is needed yet.
bool isCommandLine(int argc, char **argv);

/// Runs the command line: creates its own QCoreApplication (no display needed) and
/// returns the process exit code (0 success, 1 failure, 2 bad usage).
int main(int argc, char **argv);

} // namespace Patron::Cli
