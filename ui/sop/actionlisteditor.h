#pragma once

#include "sop/soptypes.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimeEdit;
class QCheckBox;

namespace Patron {

class Workspace;

/// The actions of a rule or of one playbook step: a list (add by kind, remove, move up and
/// down) and, for the action picked in it, a small form for that kind (task title with
/// placeholders, due in N days at a time, reminder, assignee, priority; tag; field and
/// value; owner; follow-up; notification text).
class ActionListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ActionListEditor(Workspace &workspace, QWidget *parent = nullptr);

    void setActions(const QList<Sop::Action> &actions);
    QList<Sop::Action> actions() const { return m_actions; }
    /// Adds an action of kind with its defaults and selects it.
    void addAction(const QString &kind);
    QListWidget *list() const { return m_list; }
    QLineEdit *titleEdit() const { return m_title; }
    QSpinBox *dueDaysSpin() const { return m_dueDays; }
    QComboBox *assigneeCombo() const { return m_assignee; }
    QComboBox *priorityCombo() const { return m_priority; }

    static QString kindLabel(const QString &kind);
    static QString summary(const Sop::Action &action);

signals:
    void changed();

private:
    void showCurrent();
    void storeCurrent();
    void refreshList();
    void move(int delta);

    QList<Sop::Action> m_actions;
    QListWidget *m_list;
    QPushButton *m_remove, *m_up, *m_down;
    QWidget *m_formHost;
    QFormLayout *m_form;
    QLineEdit *m_title, *m_notes, *m_value, *m_text;
    QLabel *m_placeholders;
    QSpinBox *m_dueDays;
    QTimeEdit *m_dueTime, *m_remindTime;
    QCheckBox *m_remind;
    QComboBox *m_assignee, *m_user, *m_priority, *m_playbook, *m_tag, *m_field, *m_activityKind;
    QListWidget *m_users;
    bool m_loading = false;
};

} // namespace Patron
