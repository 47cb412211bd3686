#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace Patron {

/// The GUI's per-user preferences (QSettings), one typed accessor each, so keys and
/// defaults live in one place. Data settings shared by the team live in the database.
class AppSettings
{
public:
    AppSettings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    /// Column keys of the customer list; empty means the model's defaults.
    QStringList customerColumns() const;
    void setCustomerColumns(const QStringList &keys);
    QString customerSortColumn() const;
    Qt::SortOrder customerSortOrder() const;
    void setCustomerSort(const QString &column, Qt::SortOrder order);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace Patron
