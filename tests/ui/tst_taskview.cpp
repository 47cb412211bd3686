// The 待办 screen offscreen, driven with QTest: buckets and counts at a fixed now, the
// assignee filter, create and edit via the dialog, complete with a follow-up, the snooze
// menu and "pick a time", reassign, undo/redo of each, the calendar showing a task on its
// day, the week grid (← / →, the assignee filter, double click), picking a task's customer
// by typing, and opening the customer. PATRON_SCREENSHOT_DIR=/some/dir saves screenshots there
// (PATRON_SCREENSHOT_LANG=zh_CN in Chinese).

#include "commands/commandcontext.h"
#include "customers/customeractions.h"
#include "customers/customerlistview.h"
#include "customers/customerpage.h"
#include "mainwindow.h"
#include "services/recordstore.h"
#include "services/tagservice.h"
#include "storage/database.h"
#include "tasks/completetaskdialog.h"
#include "tasks/customerpicker.h"
#include "tasks/taskactions.h"
#include "tasks/taskservice.h"
#include "tasks/taskview.h"
#include "tasks/taskweekview.h"
#include "testdatabase.h"
#include "uitesthelpers.h"
#include "util/i18n.h"
#include "widgets/choicedialog.h"
#include "widgets/recorddialog.h"

#include <QAction>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QCompleter>
#include <QLabel>
#include <QDateTimeEdit>
#include <QFile>
#include <QHeaderView>
#include <QToolButton>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTextCharFormat>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Patron;

namespace {
const QDateTime kNow(QDate(2026, 5, 20), QTime(10, 0));
}

class TestTaskView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_customer = 0, m_wang = 0, m_li = 0;
    qint64 m_today = 0, m_overdue = 0, m_upcoming = 0;

    TaskView *view() const { return m_window->tasks(); }
    TaskActions *actions() const { return m_window->taskActions(); }
    QUndoStack *stack() const { return m_window->commands().stack(); }
    TaskInfo task(qint64 id) const { return m_ws->tasks().task(id).valueOr(TaskInfo()); }

    qint64 add(const QString &title, const QString &due, qint64 assignee, const QString &remind = {})
    {
        TaskInfo t;
        t.title = title;
        t.dueAt = due;
        t.remindAt = remind;
        t.assigneeId = assignee;
        t.customerId = m_customer;
        return m_ws->tasks().create(t).valueOr(0);
    }

    QStringList listTitles(QTreeWidget *list) const
    {
        QStringList out;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            out << list->topLevelItem(i)->text(0);
        return out;
    }

    QStringList bucketTexts() const
    {
        QStringList out;
        for (int i = 0; i < view()->buckets()->count(); ++i)
            out << view()->buckets()->item(i)->text();
        return out;
    }

    void clickBucket(int row)
    {
        QListWidget *b = view()->buckets();
        QTest::mouseClick(b->viewport(), Qt::LeftButton, {}, b->visualItemRect(b->item(row)).center());
    }

    void clickTask(qint64 id)
    {
        QTreeWidget *list = view()->taskList();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = list->topLevelItem(i);
            if (item->data(0, Qt::UserRole).toLongLong() == id) {
                // On the title: a click on the customer column opens the customer.
                const QRect row = list->visualItemRect(item);
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                                  QPoint(list->header()->sectionViewportPosition(0) + 20, row.center().y()));
                return;
            }
        }
        QFAIL("task not in the list");
    }

private slots:
    void initTestCase()
    {
        PATRON_REQUIRE_BACKEND();
        Test::isolateSettings(m_settingsDir);
        if (!qEnvironmentVariable("PATRON_SCREENSHOT_LANG").isEmpty())
            installTranslations(qEnvironmentVariable("PATRON_SCREENSHOT_LANG"));
    }

    void init()
    {
        m_db = std::make_unique<Test::TestDatabase>();
        m_ws = m_db->open();
        QVERIFY(m_ws);
        m_wang = m_ws->users().ensureUser(QStringLiteral("wang"), QStringLiteral("王芳")).value();
        m_li = m_ws->users().ensureUser(QStringLiteral("li"), QStringLiteral("李娜")).value();
        m_customer = m_ws->store()
                         .insert(Entity::Customer, {{QStringLiteral("name"), QStringLiteral("上海恒瑞贸易有限公司")},
                                                    {QStringLiteral("code"), QStringLiteral("C001")}})
                         .value();
        m_today = add(QStringLiteral("一对一维护:上海恒瑞贸易有限公司"), QStringLiteral("2026-05-20T15:00:00"), m_wang,
                      QStringLiteral("2026-05-20T14:30:00"));
        m_overdue = add(QStringLiteral("挽回回访:上海恒瑞贸易有限公司"), QStringLiteral("2026-05-18T09:00:00"), m_li);
        m_upcoming = add(QStringLiteral("发送新品介绍"), QStringLiteral("2026-05-27T09:00:00"), m_wang);
        QVERIFY(m_today && m_overdue && m_upcoming);

        m_window = std::make_unique<MainWindow>(*m_ws);
        m_window->resize(1280, 760);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        view()->setNow(kNow);
        view()->setMe(m_wang);
        // Ctrl+3 opens the screen.
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QVERIFY(view()->isVisible());
        view()->taskList()->setFocus();
    }

    void cleanup()
    {
        m_window.reset();
        m_ws.reset();
        m_db.reset();
    }

    void bucketsCountsAndAssigneeFilter()
    {
        QCOMPARE(view()->bucket(), TaskFilter::Bucket::Today);
        QCOMPARE(bucketTexts(), (QStringList{QStringLiteral("Today (1)"), QStringLiteral("Overdue (1)"),
                                             QStringLiteral("Upcoming (1)"), QStringLiteral("Done (0)")}));
        QCOMPARE(listTitles(view()->taskList()), QStringList{QStringLiteral("一对一维护:上海恒瑞贸易有限公司")});
        QTreeWidgetItem *row = view()->taskList()->topLevelItem(0);
        QCOMPARE(row->text(1), QStringLiteral("上海恒瑞贸易有限公司"));
        QCOMPARE(row->text(4), QStringLiteral("王芳"));
        clickBucket(1);
        QCOMPARE(view()->bucket(), TaskFilter::Bucket::Overdue);
        QCOMPARE(listTitles(view()->taskList()), QStringList{QStringLiteral("挽回回访:上海恒瑞贸易有限公司")});
        clickBucket(2);
        QCOMPARE(listTitles(view()->taskList()), QStringList{QStringLiteral("发送新品介绍")});

        // "Me" (王芳): the overdue task is 李娜's.
        QComboBox *assignee = view()->assigneeCombo();
        assignee->setCurrentIndex(assignee->findText(QStringLiteral("Me")));
        QCOMPARE(bucketTexts(), (QStringList{QStringLiteral("Today (1)"), QStringLiteral("Overdue (0)"),
                                             QStringLiteral("Upcoming (1)"), QStringLiteral("Done (0)")}));
        assignee->setCurrentIndex(assignee->findText(QStringLiteral("李娜")));
        QCOMPARE(bucketTexts().at(1), QStringLiteral("Overdue (1)"));
        QVERIFY(view()->taskList()->topLevelItemCount() == 0); // upcoming, 李娜: none

        // A task made elsewhere (the SOP engine, another window) shows up: the list follows RecordStore::changed.
        assignee->setCurrentIndex(0);
        add(QStringLiteral("分享客户案例"), QStringLiteral("2026-05-28T09:00:00"), m_li);
        QCOMPARE(listTitles(view()->taskList()), (QStringList{QStringLiteral("发送新品介绍"), QStringLiteral("分享客户案例")}));

        Test::screenshot(m_window.get(), QStringLiteral("tasks-list"));
    }

    void createWithTheDialogAndUndo()
    {
        QTest::keyClick(view()->taskList(), Qt::Key_N, Qt::ControlModifier);
        auto *dialog = Test::findOpenDialog<RecordDialog>(m_window.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("TaskDialog"));
        auto *title = qobject_cast<QLineEdit *>(dialog->editor(QStringLiteral("title"))->widget());
        QVERIFY(title);
        Test::typeInto(title, QStringLiteral("寄样品给采购部"));
        dialog->editor(QStringLiteral("due_at"))->setValue(QStringLiteral("2026-05-20T17:30:00"));
        Test::screenshot(dialog, QStringLiteral("tasks-new-dialog"));
        Test::clickOk(dialog);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(listTitles(view()->taskList()),
                 (QStringList{QStringLiteral("一对一维护:上海恒瑞贸易有限公司"), QStringLiteral("寄样品给采购部")}));
        TaskFilter f;
        f.bucket = TaskFilter::Bucket::Today;
        f.now = kNow;
        QList<TaskInfo> today = m_ws->tasks().tasks(f).value();
        QCOMPARE(today.size(), 2);
        QCOMPARE(today.last().assigneeId, 0); // the list was not filtered to anyone
        QCOMPARE(today.last().status, QStringLiteral("open"));

        stack()->undo();
        QCOMPARE(m_ws->tasks().tasks(f).value().size(), 1);
        QCOMPARE(view()->taskList()->topLevelItemCount(), 1);
        stack()->redo();
        QCOMPARE(m_ws->tasks().tasks(f).value().size(), 2);
        QCOMPARE(view()->taskList()->topLevelItemCount(), 2);

        // Ctrl+N elsewhere still makes a customer.
        // (The dialog just closed: make sure the window has the keyboard again.)
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QVERIFY(m_window->customerList()->isVisible());
        QCOMPARE(m_window->customerActions()->newCustomer()->shortcut(), QKeySequence(QKeySequence::New));
    }

    void editWithTheDialogAndUndo()
    {
        clickTask(m_today);
        QTest::keyClick(view()->taskList(), Qt::Key_Return);
        auto *dialog = Test::findOpenDialog<RecordDialog>(m_window.get());
        QVERIFY(dialog);
        auto *title = qobject_cast<QLineEdit *>(dialog->editor(QStringLiteral("title"))->widget());
        Test::typeInto(title, QStringLiteral("一对一维护(改期)"));
        Test::clickOk(dialog);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(task(m_today).title, QStringLiteral("一对一维护(改期)"));
        QCOMPARE(view()->taskList()->topLevelItem(0)->text(0), QStringLiteral("一对一维护(改期)"));
        stack()->undo();
        QCOMPARE(task(m_today).title, QStringLiteral("一对一维护:上海恒瑞贸易有限公司"));
    }

    void completeWithAFollowUpAndUndo()
    {
        clickTask(m_today);
        QVERIFY(actions()->completeTask()->isEnabled());
        actions()->completeTask()->trigger();
        auto *dialog = Test::findOpenDialog<CompleteTaskDialog>(m_window.get());
        QVERIFY(dialog);
        QVERIFY(!dialog->kind()->isEnabled());
        // On the box itself: the widget is wider than its box and text.
        QTest::mouseClick(dialog->logFollowUp(), Qt::LeftButton, {}, QPoint(8, dialog->logFollowUp()->height() / 2));
        QVERIFY(dialog->logFollowUp()->isChecked());
        QVERIFY(dialog->kind()->isEnabled());
        dialog->kind()->setCurrentIndex(dialog->kind()->findData(QStringLiteral("visit")));
        dialog->text()->setFocus();
        Test::typeText(dialog->text(), QStringLiteral("上门拜访，确认续约"));
        Test::screenshot(dialog, QStringLiteral("tasks-complete-dialog"));
        Test::clickOk(dialog);
        QTRY_VERIFY(!dialog->isVisible());

        auto activityCount = [this] {
            QSqlQuery q(m_ws->database().connection());
            q.exec(QStringLiteral("SELECT COUNT(*) FROM activities WHERE kind = 'visit' AND body = '上门拜访，确认续约'"));
            return q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(task(m_today).status, QStringLiteral("done"));
        QCOMPARE(activityCount(), 1);
        QCOMPARE(bucketTexts().at(0), QStringLiteral("Today (0)"));
        QCOMPARE(bucketTexts().at(3), QStringLiteral("Done (1)"));

        stack()->undo();
        QCOMPARE(task(m_today).status, QStringLiteral("open"));
        QVERIFY(task(m_today).completedAt.isEmpty());
        QCOMPARE(activityCount(), 0);
        QCOMPARE(bucketTexts().at(0), QStringLiteral("Today (1)"));
        stack()->redo();
        QCOMPARE(task(m_today).status, QStringLiteral("done"));
        QCOMPARE(activityCount(), 1);
        stack()->undo();
        QCOMPARE(activityCount(), 0);

        // Without a follow-up: only the task changes.
        clickTask(m_today);
        actions()->completeTask()->trigger();
        dialog = Test::findOpenDialog<CompleteTaskDialog>(m_window.get());
        QVERIFY(dialog);
        Test::clickOk(dialog);
        QTRY_COMPARE(task(m_today).status, QStringLiteral("done"));
        QCOMPARE(activityCount(), 0);
    }

    void snoozeMenuAndUndo()
    {
        QVERIFY(m_ws->tasks().acknowledgeReminder(m_today));
        QVERIFY(!task(m_today).remindedAt.isEmpty());
        clickTask(m_today);
        // The snooze button's menu, as a user opens it.
        auto *button = view()->findChild<QToolButton *>(QStringLiteral("snoozeButton"));
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        QCOMPARE(actions()->snoozeMenu()->actions().size(), 4);
        actions()->snoozeHour()->trigger();
        TaskInfo t = task(m_today);
        QCOMPARE(t.remindAt, QStringLiteral("2026-05-20T11:00:00"));
        QVERIFY(t.remindedAt.isEmpty());
        stack()->undo();
        t = task(m_today);
        QCOMPARE(t.remindAt, QStringLiteral("2026-05-20T14:30:00"));
        QVERIFY(!t.remindedAt.isEmpty());
        stack()->redo();
        QCOMPARE(task(m_today).remindAt, QStringLiteral("2026-05-20T11:00:00"));

        actions()->snooze10Minutes()->trigger();
        QCOMPARE(task(m_today).remindAt, QStringLiteral("2026-05-20T10:10:00"));
        actions()->snoozeTomorrow()->trigger();
        QCOMPARE(task(m_today).remindAt, QStringLiteral("2026-05-21T09:00:00"));

        actions()->snoozePick()->trigger();
        auto *dialog = Test::findOpenDialog<QDialog>(m_window.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("SnoozeDialog"));
        auto *edit = dialog->findChild<QDateTimeEdit *>(QStringLiteral("snoozeTime"));
        QVERIFY(edit);
        edit->setDateTime(QDateTime(QDate(2026, 5, 22), QTime(16, 45)));
        Test::clickOk(dialog);
        QTRY_COMPARE(task(m_today).remindAt, QStringLiteral("2026-05-22T16:45:00"));
        stack()->undo();
        QCOMPARE(task(m_today).remindAt, QStringLiteral("2026-05-21T09:00:00"));
        stack()->undo();
        stack()->undo();
        stack()->undo();
        t = task(m_today);
        QCOMPARE(t.remindAt, QStringLiteral("2026-05-20T14:30:00"));
        QVERIFY(!t.remindedAt.isEmpty());
    }

    void reassignAndUndo()
    {
        clickTask(m_today);
        actions()->reassign()->trigger();
        auto *dialog = Test::findOpenDialog<ChoiceDialog>(m_window.get());
        QVERIFY(dialog);
        dialog->combo()->setCurrentIndex(dialog->combo()->findText(QStringLiteral("李娜")));
        Test::clickOk(dialog);
        QTRY_COMPARE(task(m_today).assigneeId, m_li);
        QCOMPARE(view()->taskList()->topLevelItem(0)->text(4), QStringLiteral("李娜"));
        stack()->undo();
        QCOMPARE(task(m_today).assigneeId, m_wang);
        stack()->redo();
        QCOMPARE(task(m_today).assigneeId, m_li);
    }

    void calendarShowsTasksOnTheirDay()
    {
        view()->setViewMode(TaskView::CalendarMode);
        QCalendarWidget *calendar = view()->calendar();
        QCOMPARE(calendar->monthShown(), 5);
        const QDate day(2026, 5, 27);
        QCOMPARE(calendar->dateTextFormat(day).fontWeight(), int(QFont::Bold));
        QCOMPARE(calendar->dateTextFormat(QDate(2026, 5, 26)).fontWeight(), QTextCharFormat().fontWeight());
        QCOMPARE(calendar->dateTextFormat(QDate(2026, 5, 18)).fontWeight(), int(QFont::Bold));
        // Move to the 27th with the keyboard, as a user does: a week down from the 20th.
        auto *grid = calendar->findChild<QTableView *>();
        QVERIFY(grid);
        grid->setFocus();
        QTest::keyClick(grid, Qt::Key_Down);
        QCOMPARE(calendar->selectedDate(), day);
        QCOMPARE(listTitles(view()->dayList()), QStringList{QStringLiteral("发送新品介绍")});
        QCOMPARE(view()->currentTaskId(), m_upcoming);
        QCOMPARE(view()->dayList()->topLevelItem(0)->text(2), QStringLiteral("09:00"));
        Test::screenshot(m_window.get(), QStringLiteral("tasks-calendar"));
        // Actions work on the day list's task.
        actions()->snoozeHour()->trigger();
        QCOMPARE(task(m_upcoming).remindAt, QStringLiteral("2026-05-20T11:00:00"));
        // A task moved to another day leaves this one.
        QVERIFY(m_ws->store().update(Entity::Task, m_upcoming, task(m_upcoming).version,
                                     {{QStringLiteral("due_at"), QStringLiteral("2026-05-29T09:00:00")}}));
        QVERIFY(view()->dayList()->topLevelItemCount() == 0);
        QCOMPARE(calendar->dateTextFormat(QDate(2026, 5, 29)).fontWeight(), int(QFont::Bold));
        QCOMPARE(calendar->dateTextFormat(day).fontWeight(), QTextCharFormat().fontWeight());
    }

    void weekViewShowsTasksAndMoves()
    {
        view()->setViewMode(TaskView::CalendarMode);
        QTest::mouseClick(view()->weekButton(), Qt::LeftButton);
        QVERIFY(view()->isWeekShown());
        TaskWeekView *week = view()->weekView();
        QVERIFY(week->isVisible());
        // 2026-05-20 is a Wednesday: the week runs Monday 18th to Sunday 24th.
        QCOMPARE(week->weekStart(), QDate(2026, 5, 18));
        QVERIFY(week->dayHeader(0)->text().contains(QStringLiteral("5/18")));
        QVERIFY(week->dayHeader(6)->text().contains(QStringLiteral("5/24")));
        auto texts = [week](int day) {
            QStringList out;
            for (int i = 0; i < week->dayList(day)->count(); ++i)
                out << week->dayList(day)->item(i)->text();
            return out;
        };
        QCOMPARE(texts(0), QStringList{QStringLiteral("09:00 挽回回访:上海恒瑞贸易有限公司")});
        QCOMPARE(texts(2), QStringList{QStringLiteral("15:00 一对一维护:上海恒瑞贸易有限公司")});
        QVERIFY(texts(1).isEmpty());
        Test::screenshot(m_window.get(), QStringLiteral("tasks-week"));

        QTest::mouseClick(week->nextButton(), Qt::LeftButton);
        QCOMPARE(week->weekStart(), QDate(2026, 5, 25));
        QCOMPARE(texts(2), QStringList{QStringLiteral("09:00 发送新品介绍")});
        QVERIFY(texts(0).isEmpty());
        QCOMPARE(view()->calendar()->selectedDate(), QDate(2026, 5, 27)); // the month follows
        QTest::mouseClick(week->previousButton(), Qt::LeftButton);
        QTest::mouseClick(week->previousButton(), Qt::LeftButton);
        QCOMPARE(week->weekStart(), QDate(2026, 5, 11));
        for (int d = 0; d < 7; ++d)
            QVERIFY(texts(d).isEmpty());
        QTest::mouseClick(week->todayButton(), Qt::LeftButton);
        QCOMPARE(week->weekStart(), QDate(2026, 5, 18));

        // The assignee filter: 李娜 has only the overdue one.
        QComboBox *assignee = view()->assigneeCombo();
        assignee->setCurrentIndex(assignee->findText(QStringLiteral("李娜")));
        QCOMPARE(texts(0).size(), 1);
        QVERIFY(texts(2).isEmpty());
        assignee->setCurrentIndex(assignee->findText(QStringLiteral("Me")));
        QVERIFY(texts(0).isEmpty());
        QCOMPARE(texts(2).size(), 1);
        assignee->setCurrentIndex(0);

        // Done ones stay, greyed and struck through.
        QVERIFY(m_ws->tasks().complete(m_today, task(m_today).version));
        QCOMPARE(texts(2).size(), 1);
        QVERIFY(week->dayList(2)->item(0)->font().strikeOut());
        QVERIFY(!week->dayList(0)->item(0)->font().strikeOut());

        // Double click opens the task's edit.
        QListWidget *monday = week->dayList(0);
        const QRect rect = monday->visualItemRect(monday->item(0));
        QTest::mouseClick(monday->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(view()->currentTaskId(), m_overdue);
        QTest::mouseDClick(monday->viewport(), Qt::LeftButton, {}, rect.center());
        auto *dialog = Test::findOpenDialog<RecordDialog>(m_window.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->editor(QStringLiteral("title"))->value().toString(), QStringLiteral("挽回回访:上海恒瑞贸易有限公司"));
        auto *picker = dialog->findChild<CustomerPicker *>();
        QVERIFY(picker);
        QCOMPARE(picker->customerId(), m_customer);
        QCOMPARE(picker->text(), QStringLiteral("上海恒瑞贸易有限公司"));
        dialog->reject();

        // Back to the month.
        QTest::mouseClick(view()->monthButton(), Qt::LeftButton);
        QVERIFY(!view()->isWeekShown());
        QVERIFY(view()->calendar()->isVisible());
    }

    void createWithACustomerPickedByTyping()
    {
        const qint64 other = m_ws->store()
                                 .insert(Entity::Customer, {{QStringLiteral("name"), QStringLiteral("杭州新锐科技有限公司")},
                                                            {QStringLiteral("code"), QStringLiteral("C002")}})
                                 .value();
        QVERIFY(other > 0);
        QTest::keyClick(view()->taskList(), Qt::Key_N, Qt::ControlModifier);
        auto *dialog = Test::findOpenDialog<RecordDialog>(m_window.get());
        QVERIFY(dialog);
        Test::typeInto(qobject_cast<QLineEdit *>(dialog->editor(QStringLiteral("title"))->widget()), QStringLiteral("报价跟进"));
        dialog->editor(QStringLiteral("due_at"))->setValue(QStringLiteral("2026-05-20T16:00:00"));
        auto *picker = dialog->findChild<CustomerPicker *>();
        QVERIFY(picker);
        QVERIFY(picker->isVisible());
        QCOMPARE(picker->customerId(), 0);
        picker->setFocus();
        Test::typeText(picker, QStringLiteral("恒瑞"));
        QAbstractItemView *popup = picker->customerCompleter()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->rowCount(), 1);
        QCOMPARE(popup->model()->index(0, 0).data().toString(), QStringLiteral("上海恒瑞贸易有限公司 (C001)"));
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(picker->customerId(), m_customer);
        QCOMPARE(picker->text(), QStringLiteral("上海恒瑞贸易有限公司"));
        Test::screenshot(dialog, QStringLiteral("tasks-new-dialog-customer"));
        Test::clickOk(dialog);
        QTRY_VERIFY(!dialog->isVisible());

        auto created = [this]() -> std::optional<TaskInfo> {
            const QList<TaskInfo> all = m_ws->tasks().tasks().value();
            for (const TaskInfo &t : all) {
                if (t.title == QStringLiteral("报价跟进"))
                    return t;
            }
            return std::nullopt;
        };
        QVERIFY(created());
        QCOMPARE(created()->customerId, m_customer);
        QCOMPARE(created()->customerName, QStringLiteral("上海恒瑞贸易有限公司"));
        stack()->undo();
        QVERIFY(!created());
        stack()->redo();
        QVERIFY(created());
        const qint64 id = created()->id;

        // Editing: clearing the customer leaves the task without one (undoable).
        QVERIFY(view()->selectTask(id));
        actions()->editTask()->trigger();
        dialog = Test::findOpenDialog<RecordDialog>(m_window.get());
        QVERIFY(dialog);
        picker = dialog->findChild<CustomerPicker *>();
        QVERIFY(picker);
        QCOMPARE(picker->customerId(), m_customer);
        Test::typeInto(picker, QString());
        QCOMPARE(picker->customerId(), 0);
        Test::clickOk(dialog);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(task(id).customerId, 0);
        stack()->undo();
        QCOMPARE(task(id).customerId, m_customer);

        // Typing something that matches nothing picks no one.
        QTest::keyClick(view()->taskList(), Qt::Key_N, Qt::ControlModifier);
        dialog = Test::findOpenDialog<RecordDialog>(m_window.get());
        QVERIFY(dialog);
        Test::typeInto(qobject_cast<QLineEdit *>(dialog->editor(QStringLiteral("title"))->widget()), QStringLiteral("无客户"));
        picker = dialog->findChild<CustomerPicker *>();
        picker->setFocus();
        Test::typeText(picker, QStringLiteral("不存在的公司"));
        QCOMPARE(picker->customerId(), 0);
        Test::clickOk(dialog);
        QTRY_VERIFY(!dialog->isVisible());
        bool found = false;
        const QList<TaskInfo> all = m_ws->tasks().tasks().value();
        for (const TaskInfo &t : all) {
            if (t.title == QStringLiteral("无客户")) {
                found = true;
                QCOMPARE(t.customerId, 0);
            }
        }
        QVERIFY(found);
    }

    void customerOpensFromTheList()
    {
        QTreeWidget *list = view()->taskList();
        QTreeWidgetItem *item = list->topLevelItem(0);
        QVERIFY(item);
        QRect cell = list->visualItemRect(item);
        cell.setLeft(list->header()->sectionViewportPosition(1));
        cell.setWidth(list->header()->sectionSize(1));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY(m_window->customerPage()->isVisible());
        QCOMPARE(m_window->customerPage()->customerId(), m_customer);
    }

    void exportsIcs()
    {
        const QString path = m_settingsDir.filePath(QStringLiteral("today.ics"));
        QVERIFY(actions()->exportTo(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray ics = f.readAll();
        QCOMPARE(ics.count("BEGIN:VTODO"), 1);
        QVERIFY(ics.contains(QByteArray("UID:task-" + QByteArray::number(m_today) + "@patron\r\n")));
    }
};

QTEST_MAIN(TestTaskView)
#include "tst_taskview.moc"
