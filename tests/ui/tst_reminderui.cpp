// Reminders in the GUI (offscreen): the reminder window lists the due reminders (missed ones
// marked); Done and each Snooze choice go through the undo stack with undo and redo; Esc
// hides the window; Open customer opens the 360° page; a "restart" (a second main window over
// the same database file) shows the reminders missed while it was closed; the "Start Patron
// at login" action writes and removes the XDG autostart entry.

#include "commands/commandcontext.h"
#include "customers/customerpage.h"
#include "mainwindow.h"
#include "reminders/autostart.h"
#include "reminders/remindercontroller.h"
#include "reminders/reminderwindow.h"
#include "services/recordstore.h"
#include "tasks/reminderscheduler.h"
#include "tasks/taskservice.h"
#include "testdatabase.h"
#include "uitesthelpers.h"
#include "util/i18n.h"

#include <QAction>
#include <QDateTimeEdit>
#include <QFile>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>

using namespace Patron;

namespace {

QDateTime at(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}

} // namespace

class TestReminderUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_configDir;
    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
    ReminderController *m_reminders = nullptr;
    QDateTime m_now;
    qint64 m_customer = 0;
    qint64 m_missed = 0, m_soon = 0, m_later = 0;

    qint64 task(const QString &title, const QString &remindAt)
    {
        return m_ws->store()
            .insert(Entity::Task, Record {{QStringLiteral("title"), title},
                                          {QStringLiteral("customer_id"), m_customer},
                                          {QStringLiteral("status"), QStringLiteral("open")},
                                          {QStringLiteral("priority"), QStringLiteral("normal")},
                                          {QStringLiteral("due_at"), QStringLiteral("2026-12-02T18:00:00")},
                                          {QStringLiteral("remind_at"), remindAt}})
            .valueOr(0);
    }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(*m_ws);
        m_window->show();
        m_reminders = m_window->findChild<ReminderController *>();
        QVERIFY(m_reminders);
        m_reminders->scheduler()->setClock([this] { return m_now; });
        m_reminders->scheduler()->setDebounceInterval(0);
        m_reminders->start();
    }

    ReminderWindow *win() const { return m_reminders->window(); }
    TaskInfo info(qint64 id) const { return m_reminders->tasks().task(id).value(); }
    QUndoStack *stack() const { return m_window->commands().stack(); }

    QList<qint64> listed() const
    {
        QList<qint64> out;
        for (int i = 0; i < win()->list()->topLevelItemCount(); ++i)
            out << win()->list()->topLevelItem(i)->data(ReminderWindow::TitleColumn, Qt::UserRole).toLongLong();
        return out;
    }

    void select(qint64 id)
    {
        QTreeWidget *list = win()->list();
        list->clearSelection();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = list->topLevelItem(i);
            if (item->data(ReminderWindow::TitleColumn, Qt::UserRole).toLongLong() == id) {
                list->setCurrentItem(item);
                item->setSelected(true);
            }
        }
    }

private slots:
    void initTestCase()
    {
        PATRON_REQUIRE_BACKEND();
        Test::isolateSettings(m_settingsDir);
        qputenv("XDG_CONFIG_HOME", m_configDir.path().toUtf8());
        if (!qEnvironmentVariable("PATRON_SCREENSHOT_LANG").isEmpty())
            installTranslations(qEnvironmentVariable("PATRON_SCREENSHOT_LANG"));
    }

    void init()
    {
        m_db = std::make_unique<Test::TestDatabase>();
        m_ws = m_db->open();
        QVERIFY(m_ws);
        m_customer = m_ws->store()
                         .insert(Entity::Customer, Record {{QStringLiteral("name"), QStringLiteral("上海恒瑞贸易有限公司")}})
                         .valueOr(0);
        m_missed = task(QStringLiteral("挽回回访:上海恒瑞贸易有限公司"), QStringLiteral("2026-12-01T17:00:00"));
        m_soon = task(QStringLiteral("发送新品介绍"), QStringLiteral("2026-12-02T09:00:00"));
        m_later = task(QStringLiteral("发放专属优惠"), QStringLiteral("2026-12-02T15:00:00"));
        m_now = at("2026-12-02T09:00:00");
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_reminders = nullptr;
        m_ws.reset();
        m_db.reset();
    }

    void windowListsTheDueReminders()
    {
        QTRY_VERIFY(win()->isVisible()); // popped up at start-up for the due ones
        QCOMPARE(listed(), (QList<qint64> {m_missed, m_soon}));
        QTreeWidget *list = win()->list();
        QCOMPARE(list->topLevelItem(0)->text(ReminderWindow::MissedColumn), ReminderWindow::tr("Missed"));
        QVERIFY(list->topLevelItem(1)->text(ReminderWindow::MissedColumn).isEmpty());
        QCOMPARE(list->topLevelItem(0)->text(ReminderWindow::CustomerColumn), QStringLiteral("上海恒瑞贸易有限公司"));
        QVERIFY(win()->windowFlags() & Qt::WindowStaysOnTopHint);
        QVERIFY(!win()->isModal());
        Test::screenshot(win(), QStringLiteral("reminder-window"));

        // The afternoon one comes when its time does, and is announced.
        QStringList titles;
        connect(m_reminders, &ReminderController::notified, this,
                [&titles](const QString &title, const QString &) { titles << title; });
        m_now = at("2026-12-02T15:00:00");
        m_reminders->scheduler()->check();
        QCOMPARE(listed(), (QList<qint64> {m_missed, m_soon, m_later}));
        QCOMPARE(titles.size(), 1);
        QVERIFY2(titles.first().contains(QStringLiteral("发放专属优惠")), qPrintable(titles.first()));

        QTest::keyClick(list, Qt::Key_Escape);
        QVERIFY(!win()->isVisible());
        m_reminders->showRemindersAction()->trigger();
        QVERIFY(win()->isVisible());
    }

    void doneGoesThroughTheUndoStack()
    {
        select(m_soon);
        auto *done = win()->findChild<QPushButton *>(QStringLiteral("reminderDone"));
        QVERIFY(done && done->isEnabled());
        QTest::mouseClick(done, Qt::LeftButton);
        QCOMPARE(info(m_soon).status, QStringLiteral("done"));
        QVERIFY(!info(m_soon).remindedAt.isEmpty());
        QCOMPARE(listed(), QList<qint64> {m_missed});
        QCOMPARE(stack()->count(), 1);

        m_window->undoAction()->trigger();
        QCOMPARE(info(m_soon).status, QStringLiteral("open"));
        QVERIFY(info(m_soon).remindedAt.isEmpty());
        QVERIFY(info(m_soon).completedAt.isEmpty());
        QCOMPARE(listed(), (QList<qint64> {m_missed, m_soon}));

        m_window->redoAction()->trigger();
        QCOMPARE(info(m_soon).status, QStringLiteral("done"));
        QCOMPARE(listed(), QList<qint64> {m_missed});
    }

    void doneForTheSelection()
    {
        win()->list()->selectAll();
        QCOMPARE(win()->selectedTaskIds().size(), 2);
        QTest::mouseClick(win()->findChild<QPushButton *>(QStringLiteral("reminderDone")), Qt::LeftButton);
        QVERIFY(listed().isEmpty());
        QCOMPARE(stack()->count(), 1); // one command for the selection
        stack()->undo();
        QCOMPARE(listed(), (QList<qint64> {m_missed, m_soon}));
    }

    void snoozeChoices_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("until");
        QTest::newRow("10 minutes") << "snooze10Minutes" << "2026-12-02T09:10:00";
        QTest::newRow("1 hour") << "snooze1Hour" << "2026-12-02T10:00:00";
        QTest::newRow("tomorrow 9:00") << "snoozeTomorrow" << "2026-12-03T09:00:00";
    }

    void snoozeChoices()
    {
        QFETCH(QString, action);
        QFETCH(QString, until);
        select(m_missed);
        auto *choice = win()->findChild<QAction *>(action);
        QVERIFY(choice);
        QVERIFY(win()->findChild<QToolButton *>(QStringLiteral("reminderSnooze"))->isEnabled());
        choice->trigger();
        QCOMPARE(info(m_missed).remindAt, until);
        QVERIFY(info(m_missed).remindedAt.isEmpty());
        QCOMPARE(info(m_missed).status, QStringLiteral("open"));
        QCOMPARE(listed(), QList<qint64> {m_soon});
        QTRY_COMPARE(m_reminders->scheduler()->armedFor(), std::min(at(qPrintable(until)), at("2026-12-02T15:00:00")));

        stack()->undo();
        QCOMPARE(info(m_missed).remindAt, QStringLiteral("2026-12-01T17:00:00"));
        QVERIFY(info(m_missed).remindedAt.isEmpty());
        QCOMPARE(listed(), (QList<qint64> {m_missed, m_soon}));
        stack()->redo();
        QCOMPARE(info(m_missed).remindAt, until);
        QCOMPARE(listed(), QList<qint64> {m_soon});

        // When the snoozed time comes, it is announced again.
        QStringList titles;
        connect(m_reminders, &ReminderController::notified, this,
                [&titles](const QString &title, const QString &) { titles << title; });
        m_now = at(qPrintable(until));
        m_reminders->scheduler()->check();
        QVERIFY(listed().contains(m_missed));
        QCOMPARE(titles.size(), 1);
    }

    void snoozeToAPickedTime()
    {
        select(m_soon);
        win()->pickTimeAction()->trigger();
        auto *dialog = Test::findOpenDialog<QDialog>(win());
        QVERIFY(dialog);
        auto *edit = dialog->findChild<QDateTimeEdit *>(QStringLiteral("snoozeTimeEdit"));
        QVERIFY(edit);
        QCOMPARE(edit->dateTime(), at("2026-12-02T10:00:00")); // an hour ahead, to start with
        edit->setDateTime(at("2026-12-02T13:45:00"));
        Test::screenshot(dialog, QStringLiteral("reminder-snooze-until"));
        Test::clickOk(dialog);
        QCOMPARE(info(m_soon).remindAt, QStringLiteral("2026-12-02T13:45:00"));
        QCOMPARE(listed(), QList<qint64> {m_missed});
        stack()->undo();
        QCOMPARE(info(m_soon).remindAt, QStringLiteral("2026-12-02T09:00:00"));
    }

    void keyboardOnly()
    {
        win()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(win()));
        win()->list()->setFocus();
        // Arrows choose the reminder, Tab reaches Done, Space presses it.
        select(m_missed);
        QTest::keyClick(win()->list(), Qt::Key_Down);
        QCOMPARE(win()->selectedTaskIds(), QList<qint64> {m_soon});
        QTest::keyClick(win()->list(), Qt::Key_Tab);
        auto *done = win()->findChild<QPushButton *>(QStringLiteral("reminderDone"));
        QCOMPARE(QApplication::focusWidget(), done);
        QTest::keyClick(done, Qt::Key_Space);
        QCOMPARE(info(m_soon).status, QStringLiteral("done"));
        QCOMPARE(listed(), QList<qint64> {m_missed});
        // Esc hides the window.
        QTest::keyClick(win()->list(), Qt::Key_Escape);
        QVERIFY(!win()->isVisible());
    }

    void openCustomerShowsTheCustomer()
    {
        select(m_soon);
        auto *open = win()->findChild<QPushButton *>(QStringLiteral("reminderOpenCustomer"));
        QVERIFY(open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(m_window->customerPage()->customerId(), m_customer);
        QVERIFY(m_window->customerPage()->isVisible());
    }

    void restartShowsTheRemindersMissedMeanwhile()
    {
        // Seen, but neither done nor snoozed; then Patron is closed.
        QTRY_VERIFY(win()->isVisible());
        QCOMPARE(listed(), (QList<qint64> {m_missed, m_soon}));
        m_window.reset();
        m_reminders = nullptr;
        m_ws.reset();

        // The next start, after the afternoon reminder fell due: the same database file.
        m_ws = m_db->open();
        QVERIFY(m_ws);
        m_now = at("2026-12-02T16:00:00");
        QStringList titles;
        m_window = std::make_unique<MainWindow>(*m_ws);
        m_window->show();
        m_reminders = m_window->findChild<ReminderController *>();
        m_reminders->scheduler()->setClock([this] { return m_now; });
        connect(m_reminders, &ReminderController::notified, this,
                [&titles](const QString &title, const QString &) { titles << title; });
        m_reminders->start();
        QTRY_VERIFY(win()->isVisible());
        QCOMPARE(listed(), (QList<qint64> {m_missed, m_soon, m_later}));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(win()->list()->topLevelItem(i)->text(ReminderWindow::MissedColumn), ReminderWindow::tr("Missed"));
        QCOMPARE(titles.size(), 1);
        QCOMPARE(titles.first(), ReminderController::tr("%n reminder(s) fell due while Patron was closed", nullptr, 3));
        Test::screenshot(win(), QStringLiteral("reminder-window-missed"));
    }

    void startAtLoginWritesTheAutostartEntry()
    {
        const QString path = m_configDir.filePath(QStringLiteral("autostart/patron.desktop"));
        QCOMPARE(Autostart::xdgAutostartDir(), m_configDir.filePath(QStringLiteral("autostart")));
        QAction *action = m_reminders->autostartAction();
        QVERIFY(action->isCheckable());
        QVERIFY(!action->isChecked());
        QVERIFY(!QFile::exists(path));
        action->trigger();
        QVERIFY(action->isChecked());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.startsWith(QLatin1String("[Desktop Entry]\n")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("\nX-GNOME-Autostart-enabled=true\n")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String(" --minimized")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("\nExec=") + QCoreApplication::applicationFilePath()), qPrintable(text));
        QVERIFY(Autostart().isEnabled());
        action->trigger();
        QVERIFY(!action->isChecked());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!Autostart().isEnabled());
    }

    void desktopEntryQuotesItsCommand()
    {
        Autostart a(QStringLiteral("/opt/My Apps/patron"), {QStringLiteral("--database"), QStringLiteral("/home/张三/100% $data.sqlite")});
        const QString entry = a.desktopEntry();
        QVERIFY2(entry.contains(QStringLiteral("\nExec=\"/opt/My Apps/patron\" --minimized --database "
                                               "\"/home/张三/100%% \\\\$data.sqlite\"\n")),
                 qPrintable(entry));
    }
};

QTEST_MAIN(TestReminderUi)
#include "tst_reminderui.moc"
