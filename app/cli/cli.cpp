#include "cli.h"

#include "clicommands.h"
#include "util/i18n.h"

#include <QCoreApplication>

#include <cstring>

namespace Patron::Cli {

namespace {

// Options whose next argument is their value, so that value is not taken for a command:
// ours, and the ones QGuiApplication understands.
bool takesValue(const char *arg)
{
    static const char *const options[] = {"--database", "-d", "--lang", "-platform", "--platform", "-style",
                                          "--style", "-stylesheet", "--stylesheet", "-display", "-geometry",
                                          "-qwindowgeometry", "-qwindowtitle", "-qwindowicon", "-session",
                                          "-name", "-title", "-plugin", "-platformpluginpath", "-platformtheme",
                                          "-qmljsdebugger", "-scaleFactor"};
    for (const char *o : options) {
        if (std::strcmp(arg, o) == 0)
            return true;
    }
    return false;
}

// --lang must be known before the parser runs, so its own messages are translated.
QString languageArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1String("--lang") && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
        if (a == QLatin1String("--"))
            break;
    }
    return {};
}

} // namespace

bool isCommandLine(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--help") == 0 || std::strcmp(a, "-h") == 0 || std::strcmp(a, "-?") == 0
            || std::strcmp(a, "--help-all") == 0 || std::strcmp(a, "--version") == 0 || std::strcmp(a, "-v") == 0)
            return true;
        if (std::strcmp(a, "--") == 0)
            return i + 1 < argc;
        if (a[0] == '-') {
            if (takesValue(a))
                ++i;
            continue;
        }
        return true; // a command, or something to report as an unknown command
    }
    return false;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString lang = languageArgument(argc, argv);
    if (!lang.isEmpty() && !lang.startsWith(QLatin1String("zh")) && !lang.startsWith(QLatin1String("en"))) {
        installTranslations(QString());
        CommandLine::printError(QCoreApplication::translate("Patron::Cli::CommandLine",
                                                            "Unknown language \"%1\"; use zh_CN or en.")
                                    .arg(lang));
        return Usage;
    }
    installTranslations(lang);
    CommandLine commandLine;
    return commandLine.run(app.arguments().mid(1));
}

} // namespace Patron::Cli
