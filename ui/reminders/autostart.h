#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Patron {

/// "Start Patron at login (minimised)": an XDG autostart entry on Linux
/// ($XDG_CONFIG_HOME/autostart/patron.desktop), the HKCU …\CurrentVersion\Run value on
/// Windows. The entry starts the program with --minimized (and the arguments given, such as
/// the database). Needs no workspace, so the command line can use it too.
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(Patron::Autostart)

public:
    /// program: the executable to start; empty: this one (the AppImage when run from one).
    explicit Autostart(QString program = {}, QStringList arguments = {});

    bool isEnabled() const;
    Status setEnabled(bool enabled);
    /// What starts at login, as a command line ("/usr/bin/patron --minimized").
    QString command() const;
    /// Where the entry lives: the .desktop file, or the registry key and value name.
    QString location() const;

    /// The XDG autostart folder ($XDG_CONFIG_HOME/autostart, default ~/.config/autostart).
    static QString xdgAutostartDir();
    /// The desktop entry written on Linux (public for tests).
    QString desktopEntry() const;

private:
    QStringList commandLine() const; ///< program, --minimized, arguments

    QString m_program;
    QStringList m_arguments;
};

} // namespace Patron
