#pragma once

#include "sop/sopservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Patron {

class Workspace;

/// The SOP journal: what fired, for whom and why (when, rule, step, customer, result,
/// detail), newest first, filtered by rule, customer, result and date range. A double
/// click opens the customer.
class SopJournalDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SopJournalDialog(Workspace &workspace, QWidget *parent = nullptr);

    void refresh();
    /// Shows one rule's entries (0: any rule).
    void setRuleFilter(qint64 ruleId);
    QTableWidget *table() const { return m_table; }
    QComboBox *ruleFilter() const { return m_rule; }
    QLineEdit *customerFilter() const { return m_customer; }
    QComboBox *resultFilter() const { return m_result; }
    QCheckBox *dateFilter() const { return m_useDates; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

    /// The journal's detail JSON as a line for people ("create_task · task 12 · …").
    static QString describeDetail(const QString &detail);

signals:
    void openCustomerRequested(qint64 customerId);

private:
    void reloadRules();
    void fill();

    Workspace &m_workspace;
    QComboBox *m_rule;
    QLineEdit *m_customer;
    QComboBox *m_result;
    QCheckBox *m_useDates;
    QDateEdit *m_from, *m_to;
    QTableWidget *m_table;
    QLabel *m_status;
    QList<SopJournalEntry> m_entries;
};

} // namespace Patron
