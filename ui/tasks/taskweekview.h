#pragma once

#include "tasks/taskservice.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QToolButton;

namespace Patron {

class Workspace;

/// The 待办 calendar's week: seven columns, Monday to Sunday of the shown date's week,
/// each listing that day's tasks (time, title; priority as colour, done ones greyed and
/// struck through). ← / → move a week, Today goes back to the current one. Reads through
/// TaskService (dueFrom/dueTo) for the given assignee filter; the owner calls reload().
class TaskWeekView : public QWidget
{
    Q_OBJECT

public:
    explicit TaskWeekView(Workspace &workspace, QWidget *parent = nullptr);

    /// Shows the week holding date (reloads).
    void setDate(const QDate &date);
    QDate date() const { return m_date; }
    /// The Monday of the shown week.
    QDate weekStart() const;
    /// The day "Today" goes to (invalid: the clock's).
    void setToday(const QDate &today) { m_today = today; }
    /// nullopt anyone, 0 unassigned, else a user id (reloads).
    void setAssigneeFilter(std::optional<qint64> assignee);

    /// The selected task (in any day's column); 0 when none.
    qint64 currentTaskId() const;
    bool selectTask(qint64 id);

    /// Column day (0 = Monday … 6 = Sunday).
    QListWidget *dayList(int day) const { return m_days.value(day); }
    QLabel *dayHeader(int day) const { return m_headers.value(day); }
    QToolButton *previousButton() const { return m_previous; }
    QToolButton *nextButton() const { return m_next; }
    QToolButton *todayButton() const { return m_todayButton; }

public slots:
    void reload();

signals:
    void currentTaskChanged();
    /// Double click or Enter on a task.
    void activated(qint64 taskId);
    /// The shown week changed (by the buttons or setDate()).
    void dateChanged(const QDate &date);

private:
    Workspace &m_workspace;
    QDate m_date;
    QDate m_today;
    std::optional<qint64> m_assignee;
    qint64 m_current = 0;
    QLabel *m_range;
    QToolButton *m_previous, *m_next, *m_todayButton;
    QList<QLabel *> m_headers;
    QList<QListWidget *> m_days;
};

} // namespace Patron
