#pragma once
// The application icon, embedded as Qt resources by the patron_resources library:
//   :/patron/icons/patron-<16|24|32|48|64|128|256>.png and :/patron/icons/patron.svg
// (the SVG needs Qt's svg image-format plugin; the PNGs need nothing).

#include <QIcon>
#include <QString>

namespace Patron {

// A QIcon holding every embedded PNG size, for QApplication::setWindowIcon().
// (Installed desktops also find the same picture as the themed icon "org.patron.Patron";
// on Wayland set QGuiApplication::setDesktopFileName("org.patron.Patron").)
QIcon appIcon();

// Resource path of the PNG render closest to (not smaller than) `size`, e.g. for
// an "About" dialog: appIconPath(128) == ":/patron/icons/patron-128.png".
QString appIconPath(int size = 256);

} // namespace Patron
