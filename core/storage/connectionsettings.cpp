#include "connectionsettings.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace Patron {

ConnectionSettings ConnectionSettings::sqlite(const QString &path)
{
    ConnectionSettings s;
    s.backend = Backend::SQLite;
    s.path = path;
    return s;
}

ConnectionSettings ConnectionSettings::fromUrl(const QString &text, QString *error)
{
    ConnectionSettings s;
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) {
        s.backend = Backend::PostgreSQL;
        s.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
        s.port = url.port(5432);
        s.user = url.userName();
        s.password = url.password();
        s.databaseName = url.path().mid(1);
        s.schema = QUrlQuery(url).queryItemValue(QStringLiteral("schema"));
        if (s.databaseName.isEmpty() && error)
            *error = QCoreApplication::translate("Patron::ConnectionSettings",
                                                 "The server address names no database.");
        return s;
    }
    if (scheme == QLatin1String("file"))
        return sqlite(url.toLocalFile());
    return sqlite(text);
}

QString ConnectionSettings::describe() const
{
    if (backend == Backend::SQLite)
        return path;
    QString d = QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
    if (!schema.isEmpty())
        d += QStringLiteral("?schema=") + schema;
    return d;
}

} // namespace Patron
