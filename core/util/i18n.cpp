#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Patron {

QString installTranslations(const QString &requested)
{
    QString lang = requested;
    if (lang.isEmpty())
        lang = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    if (lang.startsWith(QLatin1String("zh")))
        lang = QStringLiteral("zh_CN");
    else
        lang = QStringLiteral("en");
    const QLocale locale(lang);
    QLocale::setDefault(locale);
    auto *app = QCoreApplication::instance();
    auto *patron = new QTranslator(app);
    if (patron->load(QStringLiteral(":/i18n/patron_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(patron);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return lang;
}

} // namespace Patron
