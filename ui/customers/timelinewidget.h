#pragma once

#include "services/customerservice.h"

#include <QWidget>

class QComboBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace Patron {

/// The customer's history, newest first: orders, follow-up records (跟进记录), tickets,
/// tasks and notes, filterable by kind.
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setEntries(const QList<TimelineEntry> &entries);
    QTreeWidget *tree() const { return m_tree; }
    QComboBox *kindFilter() const { return m_filter; }

signals:
    void editRequested(Patron::Entity entity, qint64 id);
    void deleteRequested(Patron::Entity entity, qint64 id);

private:
    void fill();
    static QString kindText(TimelineEntry::Kind kind);

    QComboBox *m_filter;
    QTreeWidget *m_tree;
    QList<TimelineEntry> m_entries;
};

} // namespace Patron
