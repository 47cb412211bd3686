#include "appsettings.h"

namespace Patron {

namespace {
// The keys, once.
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kColumns = QStringLiteral("customers/columns");
const QString kSortColumn = QStringLiteral("customers/sortColumn");
const QString kSortDescending = QStringLiteral("customers/sortDescending");
} // namespace

AppSettings::AppSettings() = default;

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

QStringList AppSettings::customerColumns() const
{
    return m_settings.value(kColumns).toStringList();
}

void AppSettings::setCustomerColumns(const QStringList &keys)
{
    m_settings.setValue(kColumns, keys);
}

QString AppSettings::customerSortColumn() const
{
    return m_settings.value(kSortColumn).toString();
}

Qt::SortOrder AppSettings::customerSortOrder() const
{
    return m_settings.value(kSortDescending, false).toBool() ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void AppSettings::setCustomerSort(const QString &column, Qt::SortOrder order)
{
    m_settings.setValue(kSortColumn, column);
    m_settings.setValue(kSortDescending, order == Qt::DescendingOrder);
}

} // namespace Patron
