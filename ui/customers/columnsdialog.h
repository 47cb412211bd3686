#pragma once

#include "services/customerquery.h"

#include <QDialog>

class QListWidget;

namespace Patron {

/// Chooses and orders the customer list's columns (View → Columns…).
class ColumnsDialog : public QDialog
{
    Q_OBJECT

public:
    ColumnsDialog(const QList<CustomerColumn> &available, const QStringList &shown, QWidget *parent = nullptr);

    /// The checked columns in the order shown.
    QStringList columns() const;

private:
    void move(int delta);

    QListWidget *m_list;
};

} // namespace Patron
