#pragma once

#include "services/customerquery.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Patron {

class AppSettings;
class CommandContext;
class CustomerTableModel;
class SegmentSidebar;
class Workspace;

/// The customer list: search as you type, scope (active / archived / trash), owner and tag
/// filters, and a table over CustomerTableModel that fetches only the rows on screen. An
/// empty database shows a welcome panel instead.
class CustomerListView : public QWidget
{
    Q_OBJECT

public:
    CustomerListView(CommandContext &context, AppSettings &settings, QWidget *parent = nullptr);

    CustomerTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }

    CustomerFilter::Scope scope() const;
    /// Ids of the selected rows, also for selections of many thousands of rows.
    QList<qint64> selectedIds() const;
    qint64 currentId() const;
    /// How many rows are selected (cheap: no ids fetched).
    qint64 selectedCount() const;
    bool isDatabaseEmpty() const { return m_databaseEmpty; }

    void focusSearch();
    void setColumns(const QStringList &keys);
    /// View → Columns…
    void chooseColumns();
    /// Re-reads everything (after demo data was loaded, which bypasses change signals).
    void reload();
    /// Selects the row of this customer if it is loaded (after creating one).
    void selectCustomer(qint64 id);
    /// Shows only the active customers a data-quality check found (CustomerFilter::quality),
    /// with a removable chip naming the check; an empty quality removes it.
    void setQualityFilter(const QString &quality, const QString &label);
    QString qualityFilter() const { return m_quality; }
    QPushButton *qualityChip() const { return m_qualityChip; }

    /// Filters the list by an ad-hoc condition (a dashboard drill-down) with a visible,
    /// removable chip showing title; the saved segment choice is cleared meanwhile. An
    /// empty title with an empty condition removes it.
    void showCondition(const Condition &condition, const QString &title);
    void clearCondition();
    QPushButton *conditionChip() const { return m_conditionChip; }
    SegmentSidebar *segmentSidebar() const { return m_segments; }

signals:
    void openRequested(qint64 customerId);
    void selectionChanged();
    void countChanged(qint64 count);
    void databaseEmptyChanged(bool empty);
    void newCustomerRequested();
    void loadDemoRequested();

private:
    QWidget *buildEmptyState();
    void applyFilter();
    void reloadOwners();
    void reloadTags();
    void updateEmptyState();
    void showHeaderMenu(const QPoint &pos);
    void applyColumnWidths();
    void restoreSortIndicator();

    Workspace &m_workspace;
    AppSettings &m_settings;
    CustomerTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_scope;
    QComboBox *m_owner;
    QComboBox *m_tag;
    QTableView *m_table;
    QStackedWidget *m_stack;
    QTimer *m_searchTimer;
    QPushButton *m_qualityChip;
    QString m_quality;
    SegmentSidebar *m_segments;
    QPushButton *m_conditionChip;
    std::optional<Condition> m_condition;
    bool m_databaseEmpty = false;
};

} // namespace Patron
