#include "appicon.h"

namespace Patron {

namespace {
constexpr int kSizes[] = {16, 24, 32, 48, 64, 128, 256};
}

QString appIconPath(int size)
{
    for (int s : kSizes) {
        if (s >= size)
            return QStringLiteral(":/patron/icons/patron-%1.png").arg(s);
    }
    return QStringLiteral(":/patron/icons/patron-256.png");
}

QIcon appIcon()
{
    QIcon icon;
    for (int s : kSizes)
        icon.addFile(QStringLiteral(":/patron/icons/patron-%1.png").arg(s), QSize(s, s));
    return icon;
}

} // namespace Patron
