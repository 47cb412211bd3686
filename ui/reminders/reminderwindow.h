#pragma once

#include "tasks/taskservice.h"

#include <QDateTime>
#include <QSet>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace Patron {

/// The reminder window (提醒): a non-modal, stay-on-top list of every due reminder — title,
/// customer, due, reminder time and a "missed" marker for those that fell due while Patron
/// was closed — with Done, Snooze ▸ (10 minutes, 1 hour, tomorrow 9:00, pick a time…) and
/// Open customer for the selected rows. Esc hides it. It only asks: the controller edits.
class ReminderWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Snooze { TenMinutes, OneHour, Tomorrow };
    enum Column { TitleColumn, CustomerColumn, DueColumn, RemindColumn, MissedColumn, ColumnCount };

    explicit ReminderWindow(QWidget *parent = nullptr);

    /// The time "10 minutes" and "tomorrow 9:00" count from (the scheduler's clock).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    /// Replaces the list, keeping the selection where the same tasks are still listed.
    void setReminders(const QList<TaskInfo> &reminders, const QSet<qint64> &missed);
    QList<qint64> selectedTaskIds() const;
    int count() const;
    QTreeWidget *list() const { return m_list; }

    /// The time a snooze choice means, from now (seconds dropped).
    static QDateTime snoozeUntil(Snooze choice, const QDateTime &now);

    QAction *snoozeAction(Snooze choice) const;
    QAction *pickTimeAction() const { return m_pickTime; }

signals:
    void doneRequested(const QList<qint64> &taskIds);
    void snoozeRequested(const QList<qint64> &taskIds, const QDateTime &until);
    void openCustomerRequested(qint64 customerId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void updateButtons();
    void snooze(Snooze choice);
    void pickTime();
    void openCustomer();
    qint64 currentCustomerId() const;

    std::function<QDateTime()> m_clock;
    QLabel *m_heading;
    QTreeWidget *m_list;
    QPushButton *m_done;
    QToolButton *m_snooze;
    QPushButton *m_open;
    QPushButton *m_hide;
    QAction *m_tenMinutes;
    QAction *m_oneHour;
    QAction *m_tomorrow;
    QAction *m_pickTime;
};

} // namespace Patron
