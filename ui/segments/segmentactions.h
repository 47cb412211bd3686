#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace Patron {

class CommandContext;
class CustomerListView;

/// Menu entries for segments and rule tags: New segment… (Ctrl+Shift+G), New rule tag…,
/// Edit rule tag…, Refresh tags. MainWindow creates one and adds it to a menu.
class SegmentActions : public QObject
{
    Q_OBJECT

public:
    SegmentActions(CommandContext &context, CustomerListView *list, QObject *parent = nullptr);

    /// Appends the actions (after a separator) to menu.
    void addTo(QMenu *menu);

    QAction *newSegment() const { return m_newSegment; }
    QAction *newRuleTag() const { return m_newRuleTag; }
    QAction *editRuleTag() const { return m_editRuleTag; }
    QAction *refreshTags() const { return m_refreshTags; }

private:
    void chooseRuleTag();
    QWidget *dialogParent() const;

    CommandContext &m_context;
    CustomerListView *m_list;
    QAction *m_newSegment;
    QAction *m_newRuleTag;
    QAction *m_editRuleTag;
    QAction *m_refreshTags;
};

} // namespace Patron
