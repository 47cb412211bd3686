#pragma once

#include "sop/sopservice.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Patron {

/// What a preview (dry run) found: a line "would touch 3 customers" and a table of
/// customer, step and what would happen. Rows carry the customer id (Qt::UserRole).
class SopPreviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SopPreviewPanel(QWidget *parent = nullptr);

    void showRunning();
    void showReport(const SopRunReport &report);
    void showError(const QString &message);
    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }

signals:
    void openCustomerRequested(qint64 customerId);

private:
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace Patron
