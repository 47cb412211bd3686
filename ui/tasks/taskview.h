#pragma once

#include "tasks/taskservice.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QCalendarWidget;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QStackedWidget;
class QToolButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Patron {

class TaskWeekView;
class Workspace;

/// The 待办 screen: buckets (today, overdue, upcoming, done) with counts, an assignee
/// filter (me, anyone, unassigned, a user), the task list and a month calendar whose days
/// show how many tasks fall due on them (clicking a day lists them), or a week grid
/// (Month / Week switch). It reads through
/// TaskService and refreshes on RecordStore::changed; the edits are TaskActions'.
class TaskView : public QWidget
{
    Q_OBJECT

public:
    enum ViewMode { ListMode = 0, CalendarMode = 1 };

    explicit TaskView(Workspace &workspace, QWidget *parent = nullptr);

    /// "Now" for buckets and snooze times; invalid (default): the clock.
    void setNow(const QDateTime &now);
    QDateTime now() const;
    /// The user "me" stands for (the OS login's user by default; 0: none).
    void setMe(qint64 userId);

    TaskFilter::Bucket bucket() const { return m_bucket; }
    void setBucket(TaskFilter::Bucket bucket);
    /// The assignee filter: nullopt anyone, 0 unassigned, else a user id.
    std::optional<qint64> assigneeFilter() const;
    void setViewMode(ViewMode mode);
    /// The calendar tab shows the week grid (else the month).
    void setWeekShown(bool week);
    bool isWeekShown() const;

    /// The task the user points at (list or calendar day list); 0 when none.
    qint64 currentTaskId() const;
    std::optional<TaskInfo> currentTask() const;
    bool selectTask(qint64 id);

    /// Extra widgets (the actions' buttons) go at the end of the top bar.
    QHBoxLayout *toolBar() const { return m_toolBar; }
    QListWidget *buckets() const { return m_buckets; }
    QComboBox *assigneeCombo() const { return m_assignee; }
    QTreeWidget *taskList() const { return m_list; }
    QCalendarWidget *calendar() const { return m_calendar; }
    QTreeWidget *dayList() const { return m_dayList; }
    QTabWidget *views() const { return m_views; }
    TaskWeekView *weekView() const { return m_week; }
    QToolButton *monthButton() const { return m_monthButton; }
    QToolButton *weekButton() const { return m_weekButton; }

public slots:
    void reload();

signals:
    void currentTaskChanged();
    /// Double click or Enter on a task.
    void activated(qint64 taskId);
    void openCustomerRequested(qint64 customerId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillUsers();
    void reloadCalendar();
    void fillDay(const QDate &day);
    static void fillItem(QTreeWidgetItem *item, const TaskInfo &task, const QDateTime &now);
    QTreeWidget *makeList(const QString &objectName);

    Workspace &m_workspace;
    QDateTime m_now;
    qint64 m_me = 0;
    TaskFilter::Bucket m_bucket = TaskFilter::Bucket::Today;
    bool m_dirty = true;
    QHBoxLayout *m_toolBar;
    QLabel *m_title;
    QComboBox *m_assignee;
    QListWidget *m_buckets;
    QTabWidget *m_views;
    QTreeWidget *m_list;
    QCalendarWidget *m_calendar;
    QTreeWidget *m_dayList;
    QLabel *m_dayLabel;
    QToolButton *m_monthButton;
    QToolButton *m_weekButton;
    QStackedWidget *m_calendarStack;
    TaskWeekView *m_week;
    QList<QDate> m_markedDays;
};

} // namespace Patron
