#include "actionlisteditor.h"

#include "segments/conditioneditor.h"
#include "services/tagservice.h"
#include "services/workspace.h"
#include "sop/sopservice.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Patron {

namespace {

struct Kind
{
    const char *key;
    const char *label;
};

const Kind kKinds[] = {
    {"create_task", QT_TRANSLATE_NOOP("Patron::ActionListEditor", "Create a task")},
    {"add_tag", QT_TRANSLATE_NOOP("Patron::ActionListEditor", "Add a tag")},
    {"remove_tag", QT_TRANSLATE_NOOP("Patron::ActionListEditor", "Remove a tag")},
    {"set_field", QT_TRANSLATE_NOOP("Patron::ActionListEditor", "Set a field")},
    {"assign_owner", QT_TRANSLATE_NOOP("Patron::ActionListEditor", "Assign an owner")},
    {"log_activity", QT_TRANSLATE_NOOP("Patron::ActionListEditor", "Log a follow-up")},
    {"notify", QT_TRANSLATE_NOOP("Patron::ActionListEditor", "Desktop notification")},
    {"start_playbook", QT_TRANSLATE_NOOP("Patron::ActionListEditor", "Start a playbook")},
    {"stop_playbook", QT_TRANSLATE_NOOP("Patron::ActionListEditor", "Stop a playbook")},
};

QTime timeOf(const QString &text)
{
    return QTime::fromString(text, QStringLiteral("HH:mm"));
}

} // namespace

ActionListEditor::ActionListEditor(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_formHost(new QWidget(this))
    , m_form(new QFormLayout(m_formHost))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *left = new QVBoxLayout;
    m_list->setObjectName(QStringLiteral("actionList"));
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    left->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addAction"));
    auto *menu = new QMenu(add);
    for (const Kind &k : kKinds) {
        QAction *a = menu->addAction(kindLabel(QString::fromLatin1(k.key)));
        a->setObjectName(QStringLiteral("add_") + QString::fromLatin1(k.key));
        connect(a, &QAction::triggered, this, [this, k] { addAction(QString::fromLatin1(k.key)); });
    }
    add->setMenu(menu);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeAction"));
    m_up = new QPushButton(tr("Up"), this);
    m_up->setObjectName(QStringLiteral("actionUp"));
    m_down = new QPushButton(tr("Down"), this);
    m_down->setObjectName(QStringLiteral("actionDown"));
    for (QPushButton *b : {add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    left->addLayout(buttons);
    layout->addLayout(left, 2);
    layout->addWidget(m_formHost, 3);

    auto line = [this](const char *name) {
        auto *edit = new QLineEdit(m_formHost);
        edit->setObjectName(QString::fromLatin1(name));
        connect(edit, &QLineEdit::textChanged, this, &ActionListEditor::storeCurrent);
        return edit;
    };
    auto combo = [this](const char *name) {
        auto *c = new QComboBox(m_formHost);
        c->setObjectName(QString::fromLatin1(name));
        connect(c, &QComboBox::currentIndexChanged, this, &ActionListEditor::storeCurrent);
        return c;
    };
    auto timeEdit = [this](const char *name) {
        auto *t = new QTimeEdit(m_formHost);
        t->setObjectName(QString::fromLatin1(name));
        t->setDisplayFormat(QStringLiteral("HH:mm"));
        connect(t, &QTimeEdit::timeChanged, this, &ActionListEditor::storeCurrent);
        return t;
    };
    m_title = line("actionTitle");
    m_notes = line("actionNotes");
    m_placeholders = new QLabel(tr("Placeholders: {客户名称} or {name}, {客户编号} or {code}, {负责人} or {owner}, {分群} or {segment}"), m_formHost);
    m_placeholders->setWordWrap(true);
    m_placeholders->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_dueDays = new QSpinBox(m_formHost);
    m_dueDays->setObjectName(QStringLiteral("actionDueDays"));
    m_dueDays->setRange(0, 3650);
    m_dueDays->setPrefix(tr("in "));
    m_dueDays->setSuffix(tr(" day(s)"));
    connect(m_dueDays, &QSpinBox::valueChanged, this, &ActionListEditor::storeCurrent);
    m_dueTime = timeEdit("actionDueTime");
    auto *due = new QWidget(m_formHost);
    auto *dueLayout = new QHBoxLayout(due);
    dueLayout->setContentsMargins(0, 0, 0, 0);
    dueLayout->addWidget(m_dueDays);
    dueLayout->addWidget(new QLabel(tr("at"), due));
    dueLayout->addWidget(m_dueTime);
    dueLayout->addStretch();
    m_remind = new QCheckBox(tr("Remind at"), m_formHost);
    m_remind->setObjectName(QStringLiteral("actionRemind"));
    connect(m_remind, &QCheckBox::toggled, this, &ActionListEditor::storeCurrent);
    m_remindTime = timeEdit("actionRemindTime");
    auto *remind = new QWidget(m_formHost);
    auto *remindLayout = new QHBoxLayout(remind);
    remindLayout->setContentsMargins(0, 0, 0, 0);
    remindLayout->addWidget(m_remind);
    remindLayout->addWidget(m_remindTime);
    remindLayout->addStretch();
    m_assignee = combo("actionAssignee");
    m_assignee->addItem(tr("The owner"), QStringLiteral("owner"));
    m_assignee->addItem(tr("The owner's manager"), QStringLiteral("manager"));
    m_assignee->addItem(tr("A named user"), QStringLiteral("user"));
    m_assignee->addItem(tr("Round robin"), QStringLiteral("round_robin"));
    m_user = combo("actionUser");
    m_users = new QListWidget(m_formHost);
    m_users->setObjectName(QStringLiteral("actionUsers"));
    m_users->setMaximumHeight(fontMetrics().height() * 5);
    connect(m_users, &QListWidget::itemChanged, this, &ActionListEditor::storeCurrent);
    if (auto users = workspace.users().users()) {
        for (const Record &u : users.value()) {
            const qint64 id = u.value(QStringLiteral("id")).toLongLong();
            const QString name = u.value(QStringLiteral("display_name")).toString();
            m_user->addItem(name, id);
            auto *item = new QListWidgetItem(name, m_users);
            item->setData(Qt::UserRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_priority = combo("actionPriority");
    m_priority->addItem(tr("Low"), QStringLiteral("low"));
    m_priority->addItem(tr("Normal"), QStringLiteral("normal"));
    m_priority->addItem(tr("High"), QStringLiteral("high"));
    m_playbook = combo("actionPlaybook");
    if (auto rules = workspace.sop().rules()) {
        for (const SopRule &r : rules.value()) {
            if (r.kind == QLatin1String("playbook"))
                m_playbook->addItem(r.name, r.id);
        }
    }
    m_tag = combo("actionTag");
    if (auto tags = workspace.tags().tags()) {
        for (const TagInfo &t : tags.value()) {
            if (t.kind == QLatin1String("manual"))
                m_tag->addItem(t.name, t.id);
        }
    }
    m_field = combo("actionField");
    for (const SegmentField &f : ConditionEditor::builderFields(workspace)) {
        if (!f.key.contains(QLatin1Char('.')) || f.key.startsWith(QLatin1String("custom.")))
            m_field->addItem(f.label, f.key);
    }
    m_value = line("actionValue");
    m_activityKind = combo("actionActivityKind");
    m_activityKind->addItem(tr("Call"), QStringLiteral("call"));
    m_activityKind->addItem(tr("Visit"), QStringLiteral("visit"));
    m_activityKind->addItem(tr("Email"), QStringLiteral("email"));
    m_activityKind->addItem(tr("Note"), QStringLiteral("note"));
    m_text = line("actionText");

    m_form->addRow(tr("Task title"), m_title);
    m_form->addRow(QString(), m_placeholders);
    m_form->addRow(tr("Notes"), m_notes);
    m_form->addRow(tr("Due"), due);
    m_form->addRow(tr("Reminder"), remind);
    m_form->addRow(tr("Assign to"), m_assignee);
    m_form->addRow(tr("User"), m_user);
    m_form->addRow(tr("Users in turn"), m_users);
    m_form->addRow(tr("Priority"), m_priority);
    m_form->addRow(tr("Playbook"), m_playbook);
    m_form->addRow(tr("Tag"), m_tag);
    m_form->addRow(tr("Field"), m_field);
    m_form->addRow(tr("Value"), m_value);
    m_form->addRow(tr("Follow-up type"), m_activityKind);
    m_form->addRow(tr("Text"), m_text);

    connect(m_list, &QListWidget::currentRowChanged, this, &ActionListEditor::showCurrent);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        m_actions.removeAt(row);
        refreshList();
        m_list->setCurrentRow(qMin(row, int(m_actions.size()) - 1));
        showCurrent(); // the row number may not have changed, its action has
        emit changed();
    });
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    showCurrent();
}

QString ActionListEditor::kindLabel(const QString &kind)
{
    for (const Kind &k : kKinds) {
        if (kind == QLatin1String(k.key))
            return QCoreApplication::translate("Patron::ActionListEditor", k.label);
    }
    return kind;
}

QString ActionListEditor::summary(const Sop::Action &a)
{
    QString out = kindLabel(a.kind);
    if (a.kind == QLatin1String("create_task"))
        out += QStringLiteral(": ") + a.title;
    else if (!a.text.isEmpty())
        out += QStringLiteral(": ") + a.text;
    else if (!a.field.isEmpty())
        out += QStringLiteral(": %1 = %2").arg(a.field, a.value);
    return out;
}

void ActionListEditor::setActions(const QList<Sop::Action> &actions)
{
    m_actions = actions;
    refreshList();
    m_list->setCurrentRow(m_actions.isEmpty() ? -1 : 0);
    showCurrent();
}

void ActionListEditor::addAction(const QString &kind)
{
    Sop::Action a;
    a.kind = kind;
    if (kind == QLatin1String("create_task"))
        a.title = tr("Follow up: {name}");
    if (kind == QLatin1String("log_activity"))
        a.activityKind = QStringLiteral("note");
    if ((kind == QLatin1String("add_tag") || kind == QLatin1String("remove_tag")) && m_tag->count() > 0)
        a.tagId = m_tag->itemData(0).toLongLong();
    if ((kind == QLatin1String("start_playbook") || kind == QLatin1String("stop_playbook")) && m_playbook->count() > 0)
        a.ruleId = m_playbook->itemData(0).toLongLong();
    if (kind == QLatin1String("assign_owner") && m_user->count() > 0)
        a.userId = m_user->itemData(0).toLongLong();
    if (kind == QLatin1String("set_field") && m_field->count() > 0)
        a.field = m_field->itemData(0).toString();
    m_actions.append(a);
    refreshList();
    m_list->setCurrentRow(int(m_actions.size()) - 1);
    showCurrent();
    emit changed();
}

void ActionListEditor::move(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_actions.size())
        return;
    m_actions.swapItemsAt(row, to);
    refreshList();
    m_list->setCurrentRow(to);
    showCurrent();
    emit changed();
}

void ActionListEditor::refreshList()
{
    QSignalBlocker block(m_list);
    const int row = m_list->currentRow();
    m_list->clear();
    for (const Sop::Action &a : m_actions)
        m_list->addItem(summary(a));
    m_list->setCurrentRow(qMin(row, int(m_actions.size()) - 1));
}

void ActionListEditor::showCurrent()
{
    const int row = m_list->currentRow();
    const bool has = row >= 0 && row < m_actions.size();
    m_remove->setEnabled(has);
    m_up->setEnabled(has && row > 0);
    m_down->setEnabled(has && row + 1 < m_actions.size());
    m_formHost->setVisible(has);
    if (!has)
        return;
    const Sop::Action &a = m_actions.at(row);
    m_loading = true;
    m_title->setText(a.title);
    m_notes->setText(a.notes);
    m_dueDays->setValue(a.dueDays);
    m_dueTime->setTime(timeOf(a.dueTime.isEmpty() ? QStringLiteral("18:00") : a.dueTime));
    m_remind->setChecked(!a.remindTime.isEmpty());
    m_remindTime->setTime(timeOf(a.remindTime.isEmpty() ? QStringLiteral("09:00") : a.remindTime));
    m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(a.assignee)));
    m_user->setCurrentIndex(qMax(0, m_user->findData(a.kind == QLatin1String("assign_owner") || a.assignee == QLatin1String("user") ? a.userId : 0)));
    for (int i = 0; i < m_users->count(); ++i)
        m_users->item(i)->setCheckState(a.userIds.contains(m_users->item(i)->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    m_priority->setCurrentIndex(qMax(0, m_priority->findData(a.priority)));
    m_playbook->setCurrentIndex(qMax(0, m_playbook->findData(a.ruleId)));
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(a.tagId)));
    m_field->setCurrentIndex(qMax(0, m_field->findData(a.field)));
    m_value->setText(a.value);
    m_activityKind->setCurrentIndex(qMax(0, m_activityKind->findData(a.activityKind)));
    m_text->setText(a.text);
    m_loading = false;

    const QString k = a.kind;
    const bool task = k == QLatin1String("create_task");
    for (QWidget *w : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_placeholders),
                       static_cast<QWidget *>(m_notes), m_dueDays->parentWidget(), m_remind->parentWidget(),
                       static_cast<QWidget *>(m_assignee), static_cast<QWidget *>(m_priority)})
        m_form->setRowVisible(w, task);
    m_form->setRowVisible(m_user, (task && a.assignee == QLatin1String("user")) || k == QLatin1String("assign_owner"));
    m_form->setRowVisible(m_users, task && a.assignee == QLatin1String("round_robin"));
    m_form->setRowVisible(m_playbook, k.endsWith(QLatin1String("_playbook")));
    m_form->setRowVisible(m_tag, k.endsWith(QLatin1String("_tag")));
    m_form->setRowVisible(m_field, k == QLatin1String("set_field"));
    m_form->setRowVisible(m_value, k == QLatin1String("set_field"));
    m_form->setRowVisible(m_activityKind, k == QLatin1String("log_activity"));
    m_form->setRowVisible(m_text, k == QLatin1String("log_activity") || k == QLatin1String("notify"));
    m_remindTime->setEnabled(m_remind->isChecked());
}

void ActionListEditor::storeCurrent()
{
    const int row = m_list->currentRow();
    if (m_loading || row < 0 || row >= m_actions.size())
        return;
    Sop::Action &a = m_actions[row];
    const QString k = a.kind;
    const QString assigneeBefore = a.assignee;
    if (k == QLatin1String("create_task")) {
        a.title = m_title->text();
        a.notes = m_notes->text();
        a.dueDays = m_dueDays->value();
        a.dueTime = m_dueTime->time().toString(QStringLiteral("HH:mm"));
        a.remindTime = m_remind->isChecked() ? m_remindTime->time().toString(QStringLiteral("HH:mm")) : QString();
        a.assignee = m_assignee->currentData().toString();
        a.userId = a.assignee == QLatin1String("user") ? m_user->currentData().toLongLong() : 0;
        a.userIds.clear();
        if (a.assignee == QLatin1String("round_robin")) {
            for (int i = 0; i < m_users->count(); ++i) {
                if (m_users->item(i)->checkState() == Qt::Checked)
                    a.userIds << m_users->item(i)->data(Qt::UserRole).toLongLong();
            }
        }
        a.priority = m_priority->currentData().toString();
    } else if (k == QLatin1String("assign_owner")) {
        a.userId = m_user->currentData().toLongLong();
    } else if (k.endsWith(QLatin1String("_playbook"))) {
        a.ruleId = m_playbook->currentData().toLongLong();
    } else if (k.endsWith(QLatin1String("_tag"))) {
        a.tagId = m_tag->currentData().toLongLong();
    } else if (k == QLatin1String("set_field")) {
        a.field = m_field->currentData().toString();
        a.value = m_value->text();
    } else if (k == QLatin1String("log_activity")) {
        a.activityKind = m_activityKind->currentData().toString();
        a.text = m_text->text();
    } else if (k == QLatin1String("notify")) {
        a.text = m_text->text();
    }
    m_list->item(row)->setText(summary(a));
    m_remindTime->setEnabled(m_remind->isChecked());
    if (a.assignee != assigneeBefore) // show or hide the user rows
        showCurrent();
    emit changed();
}

} // namespace Patron
