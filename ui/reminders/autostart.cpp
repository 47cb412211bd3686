#include "autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>

namespace Patron {

namespace {

const QString kMinimized = QStringLiteral("--minimized");

#ifdef Q_OS_WIN
const QString kRunKey = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString kRunValue = QStringLiteral("Patron");

// CommandLineToArgvW rules: quote when needed, backslashes before a quote doubled.
QString windowsArgument(const QString &arg)
{
    if (!arg.isEmpty() && !arg.contains(QLatin1Char(' ')) && !arg.contains(QLatin1Char('\t'))
        && !arg.contains(QLatin1Char('"')))
        return arg;
    QString out = QStringLiteral("\"");
    int backslashes = 0;
    for (const QChar c : arg) {
        if (c == QLatin1Char('\\')) {
            ++backslashes;
            continue;
        }
        if (c == QLatin1Char('"'))
            out += QString(backslashes * 2 + 1, QLatin1Char('\\'));
        else
            out += QString(backslashes, QLatin1Char('\\'));
        backslashes = 0;
        out += c;
    }
    out += QString(backslashes * 2, QLatin1Char('\\'));
    return out + QLatin1Char('"');
}
#endif

// The Desktop Entry Specification's Exec quoting: an argument with a reserved character is
// double-quoted, with " ` $ \ escaped inside; % is doubled (field codes).
QString execArgument(const QString &arg)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool quote = arg.isEmpty();
    for (const QChar c : arg)
        quote = quote || reserved.contains(c);
    QString out;
    for (const QChar c : arg) {
        if (c == QLatin1Char('%'))
            out += QStringLiteral("%%");
        else if (quote && (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\')))
            out += QLatin1Char('\\') + QString(c);
        else
            out += c;
    }
    if (quote)
        out = QLatin1Char('"') + out + QLatin1Char('"');
    // The value is itself a desktop-entry string, where a backslash is written twice.
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    return out;
}

QString desktopFilePath()
{
    return Autostart::xdgAutostartDir() + QStringLiteral("/patron.desktop");
}

} // namespace

Autostart::Autostart(QString program, QStringList arguments)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments))
{
    if (m_program.isEmpty()) {
        // An AppImage runs from a temporary mount; login must start the image itself.
        const QString appImage = qEnvironmentVariable("APPIMAGE");
        m_program = appImage.isEmpty() ? QCoreApplication::applicationFilePath() : appImage;
    }
}

QStringList Autostart::commandLine() const
{
    return QStringList {m_program, kMinimized} + m_arguments;
}

QString Autostart::command() const
{
    QStringList parts;
    for (const QString &a : commandLine()) {
#ifdef Q_OS_WIN
        parts << windowsArgument(QDir::toNativeSeparators(a));
#else
        parts << (a.contains(QLatin1Char(' ')) ? QLatin1Char('"') + a + QLatin1Char('"') : a);
#endif
    }
    return parts.join(QLatin1Char(' '));
}

QString Autostart::xdgAutostartDir()
{
    QString base = qEnvironmentVariable("XDG_CONFIG_HOME");
    // The specification ignores a relative value.
    if (base.isEmpty() || QDir::isRelativePath(base))
        base = QDir::homePath() + QStringLiteral("/.config");
    return QDir::cleanPath(base + QStringLiteral("/autostart"));
}

QString Autostart::location() const
{
#ifdef Q_OS_WIN
    return kRunKey + QLatin1Char('\\') + kRunValue;
#else
    return desktopFilePath();
#endif
}

QString Autostart::desktopEntry() const
{
    QStringList exec;
    for (const QString &a : commandLine())
        exec << execArgument(a);
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Patron\n"
                          "Comment=%1\n"
                          "Exec=%2\n"
                          "Icon=org.patron.Patron\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(tr("Start Patron minimised so that reminders can pop up"), exec.join(QLatin1Char(' ')));
}

bool Autostart::isEnabled() const
{
#ifdef Q_OS_WIN
    QSettings run(kRunKey, QSettings::NativeFormat);
    return run.contains(kRunValue);
#else
    QFile file(desktopFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // A desktop environment's own "turn off" (Hidden, or GNOME's flag) counts as off.
    const QByteArray text = file.readAll();
    return !text.contains("\nHidden=true") && !text.contains("\nX-GNOME-Autostart-enabled=false");
#endif
}

Status Autostart::setEnabled(bool enabled)
{
#ifdef Q_OS_WIN
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(kRunValue, command());
    else
        run.remove(kRunValue);
    run.sync();
    if (run.status() != QSettings::NoError)
        return makeError(Error::Io, tr("Could not change %1 in the registry.").arg(location()));
    return {};
#else
    const QString path = desktopFilePath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path))
            return makeError(Error::Io, tr("Could not remove %1.").arg(QDir::toNativeSeparators(path)));
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(Error::Io, tr("Could not create the folder %1.")
                                        .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(desktopEntry().toUtf8()) < 0 || !file.commit())
        return makeError(Error::Io, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
#endif
}

} // namespace Patron
