#pragma once

#include <QDialog>

class QLabel;
class QThread;
class QTreeWidget;
class QTreeWidgetItem;

namespace Patron {

class CommandContext;
struct QualityReport;

/// Customers → Data quality…: completeness (完整度) per field as bars, malformed values and
/// duplicates of the active customers, counted off the GUI thread. Clicking a line asks
/// for the customer list filtered to exactly those customers.
class DataQualityDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DataQualityDialog(CommandContext &context, QWidget *parent = nullptr);
    ~DataQualityDialog() override;

    QTreeWidget *table() const { return m_table; }
    bool isLoading() const { return m_thread != nullptr; }
    void refresh();

signals:
    /// quality is a CustomerFilter::quality value, label says what it lists.
    void showCustomersRequested(const QString &quality, const QString &label);
    void findDuplicatesRequested();

private:
    void showReport(const QualityReport &report);
    void activate(QTreeWidgetItem *item);

    CommandContext &m_context;
    QLabel *m_summary;
    QTreeWidget *m_table;
    QThread *m_thread = nullptr;
};

} // namespace Patron
