#pragma once

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace Patron {

class Workspace;

/// A line edit that finds a customer as you type (CustomerService's list search, up to
/// 20 matches in a completer popup) and remembers the one picked. Typing after a pick,
/// or clearing, leaves it without a customer until another one is picked.
class CustomerPicker : public QLineEdit
{
    Q_OBJECT

public:
    explicit CustomerPicker(Workspace &workspace, QWidget *parent = nullptr);

    /// The picked customer; 0 when none.
    qint64 customerId() const { return m_id; }
    /// Shows customer id (0: none) by its name.
    void setCustomerId(qint64 id);
    QCompleter *customerCompleter() const { return m_completer; }

signals:
    void customerChanged(qint64 customerId);

private:
    void search(const QString &text);
    void pick(qint64 id, const QString &name);

    Workspace &m_workspace;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
    qint64 m_id = 0;
};

} // namespace Patron
