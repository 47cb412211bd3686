// Customers → Find duplicates… and Data quality…, driven like a user would: open the
// dialog from the menu, pick values, merge, undo; click a quality line and see the list
// filtered with a chip that removes the filter.

#include "commands/commandcontext.h"
#include "customers/customerlistview.h"
#include "duplicates/duplicatesdialog.h"
#include "mainwindow.h"
#include "models/customertablemodel.h"
#include "quality/dataqualitydialog.h"
#include "services/customerservice.h"
#include "services/recordstore.h"
#include "services/tagservice.h"
#include "testdatabase.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Patron;

class TestDuplicates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;

    qint64 add(const Record &r) { return m_ws->store().insert(Entity::Customer, r).valueOr(0); }
    Record get(qint64 id) { return m_ws->store().get(Entity::Customer, id).valueOr(Record()); }
    void showWindow()
    {
        m_window = std::make_unique<MainWindow>(*m_ws);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    QAction *action(const char *name)
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        PATRON_REQUIRE_BACKEND();
        Test::isolateSettings(m_settingsDir);
    }
    void init()
    {
        QSettings().clear();
        m_db = std::make_unique<Test::TestDatabase>();
        m_ws = m_db->open();
        QVERIFY(m_ws);
    }
    void cleanup()
    {
        m_window.reset();
        m_ws.reset();
        m_db.reset();
    }

    void mergeFromDialogAndUndo()
    {
        const qint64 a = add({{QStringLiteral("name"), QStringLiteral("华联商贸有限公司")},
                              {QStringLiteral("mobile"), QStringLiteral("13800138000")},
                              {QStringLiteral("city"), QStringLiteral("上海")}});
        const qint64 b = add({{QStringLiteral("name"), QStringLiteral("上海华联商贸")},
                              {QStringLiteral("mobile"), QStringLiteral("13800138000")},
                              {QStringLiteral("city"), QStringLiteral("杭州")},
                              {QStringLiteral("email"), QStringLiteral("hl@hualian.cn")}});
        const qint64 lone = add({{QStringLiteral("name"), QStringLiteral("恒瑞科技")}});
        QVERIFY(m_ws->store().insert(Entity::Order,
                                     {{QStringLiteral("customer_id"), b},
                                      {QStringLiteral("ordered_at"), QStringLiteral("2026-01-02")},
                                      {QStringLiteral("amount_cents"), 1000},
                                      {QStringLiteral("status"), QStringLiteral("paid")}}));
        const Record beforeA = get(a), beforeB = get(b);
        showWindow();

        QAction *find = action("actionFindDuplicates");
        QVERIFY(find);
        find->trigger();
        auto *dialog = Test::findOpenDialog<DuplicatesDialog>(m_window.get());
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->groupList()->count(), 1);
        QVERIFY(dialog->groupList()->item(0)->text().contains(
            DuplicateService::reasonText(MatchReason::Mobile)));
        QCOMPARE(dialog->comparison()->columnCount(), 2);

        // Keep b's name and a's city, with a as the survivor.
        auto *survivor = dialog->findChild<QRadioButton *>(QStringLiteral("survivor0"));
        QVERIFY(survivor && survivor->isChecked());
        auto *cityOfA = dialog->findChild<QRadioButton *>(QStringLiteral("city_0"));
        QVERIFY(cityOfA && cityOfA->isChecked()); // the survivor's value by default
        auto *nameOfB = dialog->findChild<QRadioButton *>(QStringLiteral("name_1"));
        QVERIFY(nameOfB);
        QTest::mouseClick(nameOfB, Qt::LeftButton, {}, QPoint(5, nameOfB->height() / 2));
        QVERIFY(nameOfB->isChecked());
        auto *emailOfB = dialog->findChild<QRadioButton *>(QStringLiteral("email_1"));
        QVERIFY(emailOfB && emailOfB->isChecked()); // the only non-empty value

        QTest::mouseClick(dialog->mergeButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog->groupList()->count(), 0);
        Record s = get(a);
        QCOMPARE(s.value(QStringLiteral("name")).toString(), QStringLiteral("上海华联商贸"));
        QCOMPARE(s.value(QStringLiteral("city")).toString(), QStringLiteral("上海"));
        QCOMPARE(s.value(QStringLiteral("email")).toString(), QStringLiteral("hl@hualian.cn"));
        QVERIFY(!get(b).value(QStringLiteral("deleted_at")).isNull());
        QCOMPARE(m_ws->customers().children(Entity::Order, a).value().size(), 1);
        QCOMPARE(m_window->commands().stack()->count(), 1);
        QTRY_COMPARE(m_window->customerList()->model()->totalCount(), qint64(2));

        // Edit → Undo puts both back exactly.
        m_window->undoAction()->trigger();
        QCOMPARE(get(a), beforeA);
        QCOMPARE(get(b), beforeB);
        QCOMPARE(m_ws->customers().children(Entity::Order, b).value().size(), 1);
        QTRY_COMPARE(m_window->customerList()->model()->totalCount(), qint64(3));
        m_window->redoAction()->trigger();
        QVERIFY(!get(b).value(QStringLiteral("deleted_at")).isNull());
        m_window->undoAction()->trigger();
        QCOMPARE(get(b), beforeB);

        // "Not a duplicate" hides the group for the rest of the session.
        dialog->refresh();
        QTRY_COMPARE(dialog->groupList()->count(), 1);
        QTest::mouseClick(dialog->dismissButton(), Qt::LeftButton);
        QCOMPARE(dialog->groupList()->count(), 0);
        dialog->refresh();
        QTRY_VERIFY(!dialog->isSearching());
        QCOMPARE(dialog->groupList()->count(), 0);
        Q_UNUSED(lone);
    }

    void staleGroupIsRefused()
    {
        const qint64 a = add({{QStringLiteral("name"), QStringLiteral("甲")},
                              {QStringLiteral("mobile"), QStringLiteral("13800138000")}});
        const qint64 b = add({{QStringLiteral("name"), QStringLiteral("乙")},
                              {QStringLiteral("mobile"), QStringLiteral("13800138000")}});
        showWindow();
        action("actionFindDuplicates")->trigger();
        auto *dialog = Test::findOpenDialog<DuplicatesDialog>(m_window.get());
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->groupList()->count(), 1);
        // Someone else edits b after the group was shown.
        QVERIFY(m_ws->store().update(Entity::Customer, b,
                                     get(b).value(QStringLiteral("version")).toInt(),
                                     {{QStringLiteral("city"), QStringLiteral("杭州")}}));
        QTest::mouseClick(dialog->mergeButton(), Qt::LeftButton);
        QVERIFY(get(b).value(QStringLiteral("deleted_at")).isNull());
        QCOMPARE(m_window->commands().stack()->count(), 0);
        QCOMPARE(dialog->groupList()->count(), 1);
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("message"))->text().isEmpty());
        // Re-read on failure: a second click merges with what is there now.
        QTest::mouseClick(dialog->mergeButton(), Qt::LeftButton);
        QVERIFY(!get(b).value(QStringLiteral("deleted_at")).isNull());
        QCOMPARE(get(a).value(QStringLiteral("city")).toString(), QStringLiteral("杭州"));
    }

    void qualityClickFiltersList()
    {
        add({{QStringLiteral("name"), QStringLiteral("甲")},
             {QStringLiteral("mobile"), QStringLiteral("13800138000")}});
        add({{QStringLiteral("name"), QStringLiteral("乙")}});
        add({{QStringLiteral("name"), QStringLiteral("丙")}});
        showWindow();
        action("actionDataQuality")->trigger();
        auto *dialog = Test::findOpenDialog<DataQualityDialog>(m_window.get());
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->isLoading() && dialog->table()->topLevelItemCount() > 0);
        QTreeWidgetItem *mobile = nullptr;
        for (int i = 0; i < dialog->table()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = dialog->table()->topLevelItem(i);
            if (item->data(0, Qt::UserRole).toString() == QLatin1String("missing:mobile"))
                mobile = item;
        }
        QVERIFY(mobile);
        QCOMPARE(mobile->text(1), QStringLiteral("2"));
        const QRect rect = dialog->table()->visualItemRect(mobile);
        QTest::mouseClick(dialog->table()->viewport(), Qt::LeftButton, {}, rect.center());
        CustomerListView *list = m_window->customerList();
        QCOMPARE(list->qualityFilter(), QStringLiteral("missing:mobile"));
        QTRY_COMPARE(list->model()->totalCount(), qint64(2));
        QVERIFY(list->qualityChip()->isVisible());
        QVERIFY(list->qualityChip()->text().contains(
            fieldLabel(Entity::Customer, QStringLiteral("mobile"))));
        // The chip removes the filter.
        QTest::mouseClick(list->qualityChip(), Qt::LeftButton);
        QTRY_COMPARE(list->model()->totalCount(), qint64(3));
        QVERIFY(!list->qualityChip()->isVisible());
        QVERIFY(list->qualityFilter().isEmpty());
    }
};

QTEST_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
