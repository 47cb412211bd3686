#pragma once

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Patron {

class BackgroundCounter;
class CommandContext;

/// The saved segments beside the customer list, each with its live count (counted on a
/// worker thread). Clicking one filters the list; the context menu edits, renames or
/// deletes it (undoable); "New segment…" opens the builder.
class SegmentSidebar : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentSidebar(CommandContext &context, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPushButton *newButton() const { return m_new; }
    /// The segment chosen, 0 for "All customers".
    qint64 currentSegment() const;
    /// Selects a segment (0: all customers) and says so through segmentSelected.
    void selectSegment(qint64 id);
    /// Whether counts are still being worked out (for tests).
    bool isCounting() const;

    void newSegment();
    void editSegment(qint64 id);
    void renameSegment(qint64 id);
    void deleteSegment(qint64 id);

public slots:
    void reload();
    /// Counts again (customers changed).
    void recount();

signals:
    void segmentSelected(qint64 id);

private:
    void showMenu(const QPoint &pos);
    void showError(const QString &message);

    CommandContext &m_context;
    QListWidget *m_list;
    QPushButton *m_new;
    BackgroundCounter *m_counter;
    qint64 m_selected = 0;
};

} // namespace Patron
