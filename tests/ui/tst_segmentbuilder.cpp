// The segment builder, the segment sidebar and the condition chip, driven like a user
// would: keys and clicks on the real widgets, live counts, save, filter, undo.

#include "commands/commandcontext.h"
#include "customers/customeractions.h"
#include "customers/customerlistview.h"
#include "mainwindow.h"
#include "models/customertablemodel.h"
#include "segments/conditioneditor.h"
#include "segments/segmentbuilderdialog.h"
#include "segments/segmentservice.h"
#include "segments/segmentsidebar.h"
#include "services/customerservice.h"
#include "services/recordstore.h"
#include "services/tagservice.h"
#include "testdatabase.h"
#include "uitesthelpers.h"
#include "util/i18n.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

using namespace Patron;

class TestSegmentBuilder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;

    void addCustomer(const QString &name, const QString &province, const QString &city)
    {
        QVERIFY(m_ws->store().insert(Entity::Customer, Record{{QStringLiteral("name"), name},
                                                             {QStringLiteral("province"), province},
                                                             {QStringLiteral("city"), city}}));
    }

    // Picks an item by its data with the arrow keys, like a user on a focused combo box.
    static bool choose(QComboBox *combo, const QVariant &data)
    {
        const int target = combo->findData(data);
        if (target < 0)
            return false;
        combo->setFocus();
        while (combo->currentIndex() < target)
            QTest::keyClick(combo, Qt::Key_Down);
        while (combo->currentIndex() > target)
            QTest::keyClick(combo, Qt::Key_Up);
        return combo->currentIndex() == target;
    }

    // Fills a row: field, operator and a text value.
    static void fillRow(ConditionRowWidget *row, const char *field, const char *op, const QString &text)
    {
        QVERIFY(choose(row->fieldCombo(), QString::fromLatin1(field)));
        QVERIFY(choose(row->operatorCombo(), QString::fromLatin1(op)));
        auto *edit = row->findChild<QLineEdit *>(QStringLiteral("valueEdit"));
        QVERIFY(edit);
        Test::typeInto(edit, text);
    }

    QStringList listedNames() const
    {
        CustomerTableModel *model = m_window->customerList()->model();
        const int column = int(model->columns().indexOf(QStringLiteral("name")));
        QStringList out;
        for (int row = 0; row < model->rowCount(); ++row)
            out << model->data(model->index(row, column)).toString();
        out.sort();
        return out;
    }

    QListWidgetItem *sidebarItem(const QString &prefix) const
    {
        QListWidget *list = m_window->customerList()->segmentSidebar()->list();
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(prefix))
                return list->item(i);
        }
        return nullptr;
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
        QSettings().clear();
        m_db = std::make_unique<Test::TestDatabase>();
        m_ws = m_db->open();
        QVERIFY(m_ws);
        addCustomer(QStringLiteral("广州甲公司"), QStringLiteral("广东"), QStringLiteral("广州"));
        addCustomer(QStringLiteral("深圳乙公司"), QStringLiteral("广东"), QStringLiteral("深圳"));
        addCustomer(QStringLiteral("佛山丙公司"), QStringLiteral("广东"), QStringLiteral("佛山"));
        addCustomer(QStringLiteral("杭州丁公司"), QStringLiteral("浙江"), QStringLiteral("杭州"));
        m_window = std::make_unique<MainWindow>(*m_ws);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_ws.reset();
        m_db.reset();
    }

    void buildSaveFilterUndo()
    {
        CustomerListView *list = m_window->customerList();
        QTRY_COMPARE(list->model()->totalCount(), 4);
        // Ctrl+Shift+G opens the builder.
        QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = Test::findOpenDialog<SegmentBuilderDialog>(m_window.get());
        QVERIFY(dialog);
        ConditionGroupWidget *root = dialog->editor()->root();
        auto rows = root->findChildren<ConditionRowWidget *>();
        QCOMPARE(rows.size(), 1);
        fillRow(rows.first(), "province", "eq", QStringLiteral("广东"));
        QTRY_COMPARE(dialog->countLabel()->property("count").toLongLong(), 3);
        QTRY_VERIFY(!dialog->isCounting());
        QVERIFY(dialog->countLabel()->text().contains(QLatin1String("3")));

        // An OR group: 广州 or 深圳.
        QTest::mouseClick(root->findChild<QPushButton *>(QStringLiteral("addGroup"), Qt::FindDirectChildrenOnly), Qt::LeftButton);
        auto *group = root->findChild<ConditionGroupWidget *>(QStringLiteral("conditionGroup"));
        QVERIFY(group);
        QVERIFY(choose(group->modeCombo(), int(Condition::Kind::Any)));
        QTest::mouseClick(group->findChild<QPushButton *>(QStringLiteral("addCondition")), Qt::LeftButton);
        auto groupRows = group->findChildren<ConditionRowWidget *>();
        QCOMPARE(groupRows.size(), 2);
        fillRow(groupRows.at(0), "city", "eq", QStringLiteral("广州"));
        fillRow(groupRows.at(1), "city", "eq", QStringLiteral("深圳"));
        QTRY_COMPARE(dialog->countLabel()->property("count").toLongLong(), 2);
        const Condition built = dialog->editor()->condition();
        QCOMPARE(built.kind, Condition::Kind::All);
        QCOMPARE(built.children.size(), 2);
        QCOMPARE(built.children.at(1).kind, Condition::Kind::Any);

        // A removed row is gone from the condition; the count follows.
        QTest::mouseClick(groupRows.at(1)->findChild<QToolButton *>(QStringLiteral("removeCondition")), Qt::LeftButton);
        QTRY_COMPARE(dialog->countLabel()->property("count").toLongLong(), 1);
        QTest::mouseClick(group->findChild<QPushButton *>(QStringLiteral("addCondition")), Qt::LeftButton);
        QTRY_COMPARE(group->findChildren<ConditionRowWidget *>().size(), 2);
        fillRow(group->findChildren<ConditionRowWidget *>().at(1), "city", "eq", QStringLiteral("深圳"));
        QTRY_COMPARE(dialog->countLabel()->property("count").toLongLong(), 2);
        Test::screenshot(dialog, QStringLiteral("segment-builder"));

        // Saving without a name is refused inline.
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorLabel()->isVisible());
        Test::typeInto(dialog->nameEdit(), QStringLiteral("华南重点"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());

        // The sidebar shows it with its count, and the list shows its customers.
        QTRY_VERIFY(sidebarItem(QStringLiteral("华南重点")));
        QTRY_COMPARE(sidebarItem(QStringLiteral("华南重点"))->text(), QStringLiteral("华南重点  (2)"));
        QTRY_COMPARE(list->model()->totalCount(), 2); // saving selected it
        QListWidget *sidebar = list->segmentSidebar()->list();
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, sidebar->visualItemRect(sidebar->item(0)).center());
        QTRY_COMPARE(list->model()->totalCount(), 4);
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {},
                          sidebar->visualItemRect(sidebarItem(QStringLiteral("华南重点"))).center());
        QTRY_COMPARE(list->model()->totalCount(), 2);
        QCOMPARE(listedNames(), QStringList({QStringLiteral("广州甲公司"), QStringLiteral("深圳乙公司")}));

        // Undo removes the segment (and its filter); redo brings it back.
        QUndoStack *stack = m_window->commands().stack();
        QVERIFY(stack->undoText().contains(QStringLiteral("华南重点")));
        m_window->undoAction()->trigger();
        QTRY_VERIFY(!sidebarItem(QStringLiteral("华南重点")));
        QTRY_COMPARE(list->model()->totalCount(), 4);
        QCOMPARE(m_ws->segments().segments(false)->size(), 0);
        m_window->redoAction()->trigger();
        QTRY_VERIFY(sidebarItem(QStringLiteral("华南重点")));
        QCOMPARE(m_ws->segments().findByName(QStringLiteral("华南重点"))->condition, built);

        // Delete from the sidebar is undoable too.
        const qint64 id = m_ws->segments().findByName(QStringLiteral("华南重点"))->id;
        list->segmentSidebar()->deleteSegment(id);
        QTRY_VERIFY(!sidebarItem(QStringLiteral("华南重点")));
        m_window->undoAction()->trigger();
        QTRY_VERIFY(sidebarItem(QStringLiteral("华南重点")));
        QCOMPARE(m_ws->segments().findByName(QStringLiteral("华南重点"))->id, id);
    }

    void editExistingSegment()
    {
        auto id = m_ws->segments().create(QStringLiteral("浙江"), Condition::leaf(QStringLiteral("province"), QStringLiteral("eq"),
                                                                                QStringLiteral("浙江")));
        QVERIFY(id);
        CustomerListView *list = m_window->customerList();
        list->segmentSidebar()->editSegment(id.value());
        auto *dialog = Test::findOpenDialog<SegmentBuilderDialog>(m_window.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("浙江"));
        auto rows = dialog->editor()->root()->findChildren<ConditionRowWidget *>();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()->condition(), Condition::leaf(QStringLiteral("province"), QStringLiteral("eq"), QStringLiteral("浙江")));
        QTRY_COMPARE(dialog->countLabel()->property("count").toLongLong(), 1);
        Test::typeInto(rows.first()->findChild<QLineEdit *>(QStringLiteral("valueEdit")), QStringLiteral("广东"));
        QTRY_COMPARE(dialog->countLabel()->property("count").toLongLong(), 3);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(m_ws->segments().count(m_ws->segments().segment(id.value())->condition).value(), 3);
        m_window->undoAction()->trigger();
        QCOMPARE(m_ws->segments().segment(id.value())->condition.value.toString(), QStringLiteral("浙江"));
    }

    void conditionChip()
    {
        CustomerListView *list = m_window->customerList();
        QTRY_COMPARE(list->model()->totalCount(), 4);
        list->showCondition(Condition::leaf(QStringLiteral("city"), QStringLiteral("eq"), QStringLiteral("杭州")),
                            QStringLiteral("杭州"));
        QVERIFY(list->conditionChip()->isVisible());
        QVERIFY(list->conditionChip()->text().contains(QStringLiteral("杭州")));
        QTRY_COMPARE(list->model()->totalCount(), 1);
        QTest::mouseClick(list->conditionChip(), Qt::LeftButton);
        QVERIFY(!list->conditionChip()->isVisible());
        QTRY_COMPARE(list->model()->totalCount(), 4);
        // A broken condition shows nothing and says why.
        list->showCondition(Condition::leaf(QStringLiteral("nope"), QStringLiteral("eq"), 1), QStringLiteral("坏"));
        QTRY_COMPARE(list->model()->totalCount(), 0);
        QVERIFY(list->conditionChip()->toolTip().contains(QLatin1String("nope")));
    }

    void ruleTagThroughBuilder()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionNewRuleTag"));
        QVERIFY(action);
        action->trigger();
        auto *dialog = Test::findOpenDialog<SegmentBuilderDialog>(m_window.get());
        QVERIFY(dialog);
        fillRow(dialog->editor()->root()->findChildren<ConditionRowWidget *>().first(), "province", "eq", QStringLiteral("浙江"));
        Test::typeInto(dialog->nameEdit(), QStringLiteral("浙江客户"));
        QTRY_COMPARE(dialog->countLabel()->property("count").toLongLong(), 1);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        auto find = [this]() -> TagInfo {
            for (const TagInfo &t : m_ws->tags().tags().valueOr({})) {
                if (t.name == QStringLiteral("浙江客户"))
                    return t;
            }
            return {};
        };
        QCOMPARE(find().kind, QStringLiteral("rule"));
        QCOMPARE(find().customerCount, 1);
        m_window->undoAction()->trigger();
        QCOMPARE(find().id, 0);
    }

    void bulkManualTagOnMultiSelection()
    {
        CustomerListView *list = m_window->customerList();
        QTRY_COMPARE(list->model()->totalCount(), 4);
        list->table()->setFocus();
        list->table()->selectAll();
        QTRY_COMPARE(list->selectedCount(), 4);
        m_window->customerActions()->addTagTo(list->selectedIds(), QStringLiteral("展会"));
        CustomerFilter f;
        f.tagId = m_ws->tags().ensureTag(QStringLiteral("展会")).value();
        QCOMPARE(m_ws->customers().count(f).value(), 4);
        m_window->undoAction()->trigger();
        QCOMPARE(m_ws->customers().count(f).value(), 0);
    }
};

QTEST_MAIN(TestSegmentBuilder)
#include "tst_segmentbuilder.moc"
