#pragma once

#include "domain/entity.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace Patron {

class CommandContext;

/// A tab listing one kind of a customer's rows (contacts, orders) with Add, Edit and
/// Delete, all undoable.
class ChildRecordsTab : public QWidget
{
    Q_OBJECT

public:
    /// columns: the fields of entity shown in the table.
    ChildRecordsTab(CommandContext &context, Entity entity, const QStringList &columns, QWidget *parent = nullptr);

    void setCustomer(qint64 customerId);
    void reload();
    QTableWidget *table() const { return m_table; }

    void addRecord();
    void editRecord(qint64 id);
    void deleteRecord(qint64 id);

private:
    qint64 currentId() const;
    QString display(const QString &key, const QVariant &value) const;
    Record defaults() const;

    CommandContext &m_context;
    Entity m_entity;
    QStringList m_columns;
    qint64 m_customerId = 0;
    QTableWidget *m_table;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace Patron
