// Patron's entry point: the command line when a subcommand (or --help/--version) is
// given, otherwise the desktop GUI. Both open the same Workspace.

#include "cli/cli.h"
#include "guimain.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("Patron"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationVersion(QStringLiteral(PATRON_VERSION));
    if (Patron::Cli::isCommandLine(argc, argv))
        return Patron::Cli::main(argc, argv);
    return Patron::guiMain(argc, argv);
}
