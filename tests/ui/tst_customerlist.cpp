// The main window and the customer list, driven like a user would: menus, keys, typing.

#include "appsettings.h"
#include "commands/commandcontext.h"
#include "customers/columnsdialog.h"
#include "customers/customeractions.h"
#include "customers/customerlistview.h"
#include "customers/customerpage.h"
#include "mainwindow.h"
#include "models/customertablemodel.h"
#include "services/customerservice.h"
#include "services/recordstore.h"
#include "services/tagservice.h"
#include "testdatabase.h"
#include "uitesthelpers.h"
#include "widgets/choicedialog.h"
#include "widgets/recorddialog.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>

using namespace Patron;

class TestCustomerList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyDatabaseShowsWelcome();
    void createCustomerThroughDialog();
    void dialogKeepsInputOnValidationError();
    void searchFiltersAsYouType();
    void archiveSelectionAndUndo();
    void assignOwnerAndUndo();
    void addTagThroughDialog();
    void deleteKeyMovesToTrash();
    void columnChoiceIsRemembered();
    void enterOpensCustomer();

private:
    qint64 addCustomer(const QString &name, const QString &city = {});
    void showWindow();
    qint64 count(CustomerFilter::Scope scope) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

void TestCustomerList::initTestCase()
{
    PATRON_REQUIRE_BACKEND();
    Test::isolateSettings(m_settingsDir);
}

void TestCustomerList::init()
{
    QSettings().clear();
    m_db = std::make_unique<Test::TestDatabase>();
    m_ws = m_db->open();
    QVERIFY(m_ws);
}

void TestCustomerList::cleanup()
{
    m_window.reset();
    m_ws.reset();
    m_db.reset();
}

qint64 TestCustomerList::addCustomer(const QString &name, const QString &city)
{
    return m_ws->store()
        .insert(Entity::Customer, Record{{QStringLiteral("name"), name}, {QStringLiteral("city"), city}})
        .valueOr(0);
}

qint64 TestCustomerList::count(CustomerFilter::Scope scope) const
{
    CustomerFilter f;
    f.scope = scope;
    return m_ws->customers().count(f).valueOr(-1);
}

void TestCustomerList::showWindow()
{
    m_window = std::make_unique<MainWindow>(*m_ws);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCustomerList::emptyDatabaseShowsWelcome()
{
    showWindow();
    auto *empty = m_window->findChild<QWidget *>(QStringLiteral("emptyState"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    auto *loadDemo = m_window->findChild<QAction *>(QStringLiteral("actionLoadDemo"));
    QVERIFY(loadDemo && loadDemo->isEnabled());
    addCustomer(QStringLiteral("第一家客户"));
    QTRY_VERIFY(!empty->isVisible());
    QVERIFY(!loadDemo->isEnabled());
}

void TestCustomerList::createCustomerThroughDialog()
{
    showWindow();
    // The welcome panel's button and File → New customer both open the dialog.
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("emptyNewCustomer")), Qt::LeftButton);
    auto *dialog = Test::findOpenDialog<RecordDialog>(m_window.get());
    QVERIFY(dialog);
    Test::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("杭州青禾茶业有限公司"));
    Test::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("mobile")), QStringLiteral("138 0013 8000"));
    Test::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("city")), QStringLiteral("杭州"));
    Test::clickOk(dialog);
    QTRY_COMPARE(count(CustomerFilter::Scope::Active), 1);

    // The new customer's 360° page opens; back in the list it is there.
    QTRY_COMPARE(m_window->customerPage()->isVisible(), true);
    // The offscreen platform has no window manager to give the window back its focus.
    QApplication::setActiveWindow(m_window.get());
    QTest::keyClick(m_window->customerPage(), Qt::Key_Escape);
    QTRY_VERIFY(m_window->customerList()->isVisible());
    CustomerTableModel *model = m_window->customerList()->model();
    QTRY_COMPARE(model->rowCount(), 1);
    const int nameColumn = int(model->columns().indexOf(QStringLiteral("name")));
    QCOMPARE(model->index(0, nameColumn).data().toString(), QStringLiteral("杭州青禾茶业有限公司"));
    const int mobileColumn = int(model->columns().indexOf(QStringLiteral("mobile")));
    QCOMPARE(model->index(0, mobileColumn).data().toString(), QStringLiteral("13800138000"));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("countLabel"))->text().contains(QLatin1Char('1')));

    // Creating is undoable like everything else.
    QVERIFY(m_window->undoAction()->isEnabled());
    m_window->undoAction()->trigger();
    QCOMPARE(count(CustomerFilter::Scope::Active), 0);
}

void TestCustomerList::dialogKeepsInputOnValidationError()
{
    addCustomer(QStringLiteral("已有客户"));
    showWindow();
    m_window->customerActions()->newCustomer()->trigger();
    auto *dialog = Test::findOpenDialog<RecordDialog>(m_window.get());
    QVERIFY(dialog);
    Test::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("新客户"));
    Test::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("mobile")), QStringLiteral("12345"));
    Test::clickOk(dialog);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("12345")));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("name"))->text(), QStringLiteral("新客户"));
    QCOMPARE(count(CustomerFilter::Scope::Active), 1);
    Test::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("mobile")), QStringLiteral("13912345678"));
    Test::clickOk(dialog);
    QTRY_COMPARE(count(CustomerFilter::Scope::Active), 2);
}

void TestCustomerList::searchFiltersAsYouType()
{
    addCustomer(QStringLiteral("杭州青禾茶业"), QStringLiteral("杭州"));
    addCustomer(QStringLiteral("上海明远贸易"), QStringLiteral("上海"));
    addCustomer(QStringLiteral("Suzhou Bright Textiles"), QStringLiteral("苏州"));
    showWindow();
    CustomerTableModel *model = m_window->customerList()->model();
    QCOMPARE(model->rowCount(), 3);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *search = m_window->customerList()->searchBox();
    QTRY_VERIFY(search->hasFocus());
    Test::typeText(search, QStringLiteral("明远"));
    QTRY_COMPARE(model->rowCount(), 1);
    const int nameColumn = int(model->columns().indexOf(QStringLiteral("name")));
    QCOMPARE(model->index(0, nameColumn).data().toString(), QStringLiteral("上海明远贸易"));
    Test::typeInto(search, QStringLiteral("bright"));
    QTRY_COMPARE(model->index(0, nameColumn).data().toString(), QStringLiteral("Suzhou Bright Textiles"));
    QCOMPARE(model->rowCount(), 1);
    search->clear();
    QTRY_COMPARE(model->rowCount(), 3);
}

void TestCustomerList::archiveSelectionAndUndo()
{
    addCustomer(QStringLiteral("甲"));
    addCustomer(QStringLiteral("乙"));
    addCustomer(QStringLiteral("丙"));
    showWindow();
    QTableView *table = m_window->customerList()->table();
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_window->customerList()->selectedIds().size(), 2);
    QAction *archive = m_window->customerActions()->archive();
    QVERIFY(archive->isEnabled());
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(count(CustomerFilter::Scope::Archived), 2);
    QTRY_COMPARE(m_window->customerList()->model()->rowCount(), 1);

    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(count(CustomerFilter::Scope::Archived), 0);
    QTRY_COMPARE(m_window->customerList()->model()->rowCount(), 3);
    QTest::keyClick(table, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(count(CustomerFilter::Scope::Archived), 2);

    // In the Archived scope the same action unarchives.
    auto *scope = m_window->customerList()->findChild<QComboBox *>(QStringLiteral("scope"));
    scope->setCurrentIndex(scope->findData(int(CustomerFilter::Scope::Archived)));
    QTRY_COMPARE(m_window->customerList()->model()->rowCount(), 2);
    table->selectAll();
    QCOMPARE(archive->text().remove(QLatin1Char('&')), QStringLiteral("Unarchive"));
    archive->trigger();
    QCOMPARE(count(CustomerFilter::Scope::Archived), 0);
}

void TestCustomerList::assignOwnerAndUndo()
{
    const qint64 a = addCustomer(QStringLiteral("甲"));
    const qint64 b = addCustomer(QStringLiteral("乙"));
    auto user = m_ws->users().ensureUser(QStringLiteral("wang"), QStringLiteral("王芳"));
    QVERIFY(user);
    showWindow();
    QTableView *table = m_window->customerList()->table();
    table->setFocus();
    table->selectAll();
    m_window->customerActions()->assignOwner()->trigger();
    auto *dialog = Test::findOpenDialog<ChoiceDialog>(m_window.get());
    QVERIFY(dialog);
    dialog->combo()->setCurrentIndex(dialog->combo()->findText(QStringLiteral("王芳")));
    Test::clickOk(dialog);
    auto owner = [&](qint64 id) { return m_ws->store().get(Entity::Customer, id)->value(QStringLiteral("owner_id")).toLongLong(); };
    QTRY_COMPARE(owner(a), user.value());
    QCOMPARE(owner(b), user.value());
    m_window->undoAction()->trigger();
    QCOMPARE(owner(a), 0);
    QCOMPARE(owner(b), 0);
    m_window->redoAction()->trigger();
    QCOMPARE(owner(b), user.value());
}

void TestCustomerList::addTagThroughDialog()
{
    addCustomer(QStringLiteral("甲"));
    showWindow();
    QTableView *table = m_window->customerList()->table();
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_T, Qt::ControlModifier);
    auto *dialog = Test::findOpenDialog<ChoiceDialog>(m_window.get());
    QVERIFY(dialog);
    Test::typeText(dialog->combo()->lineEdit(), QStringLiteral("老客户"));
    Test::clickOk(dialog);
    QTRY_COMPARE(m_ws->tags().tags()->size(), 1);
    QCOMPARE(m_ws->tags().tags()->first().customerCount, 1);
    // The new tag shows up in the tag filter.
    auto *tagFilter = m_window->customerList()->findChild<QComboBox *>(QStringLiteral("tagFilter"));
    QTRY_VERIFY(tagFilter->findText(QStringLiteral("老客户 (1)")) >= 0);
    m_window->undoAction()->trigger();
    QCOMPARE(m_ws->tags().tags()->first().customerCount, 0);
}

void TestCustomerList::deleteKeyMovesToTrash()
{
    addCustomer(QStringLiteral("甲"));
    addCustomer(QStringLiteral("乙"));
    showWindow();
    QTableView *table = m_window->customerList()->table();
    table->setFocus();
    table->selectRow(1);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(count(CustomerFilter::Scope::Trash), 1);
    QTRY_COMPARE(m_window->customerList()->model()->rowCount(), 1);
    // Delete in the search box edits text, it never deletes customers.
    QLineEdit *search = m_window->customerList()->searchBox();
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Delete);
    QCOMPARE(count(CustomerFilter::Scope::Trash), 1);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(count(CustomerFilter::Scope::Trash), 0);
}

void TestCustomerList::columnChoiceIsRemembered()
{
    addCustomer(QStringLiteral("甲"), QStringLiteral("杭州"));
    showWindow();
    CustomerTableModel *model = m_window->customerList()->model();
    QVERIFY(model->columns().contains(QStringLiteral("city")));
    QVERIFY(!model->columns().contains(QStringLiteral("email")));
    m_window->findChild<QAction *>(QStringLiteral("actionColumns"))->trigger();
    auto *dialog = Test::findOpenDialog<ColumnsDialog>(m_window.get());
    QVERIFY(dialog);
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("columnList"));
    for (int i = 0; i < list->count(); ++i) {
        const QString key = list->item(i)->data(Qt::UserRole).toString();
        if (key == QLatin1String("city"))
            list->item(i)->setCheckState(Qt::Unchecked);
        if (key == QLatin1String("email"))
            list->item(i)->setCheckState(Qt::Checked);
    }
    Test::clickOk(dialog);
    QTRY_VERIFY(model->columns().contains(QStringLiteral("email")));
    QVERIFY(!model->columns().contains(QStringLiteral("city")));
    const QStringList chosen = model->columns();

    // A new window (next start) shows the same columns.
    m_window.reset();
    showWindow();
    QCOMPARE(m_window->customerList()->model()->columns(), chosen);
    QCOMPARE(m_window->customerList()->table()->horizontalHeader()->count(), chosen.size());
}

void TestCustomerList::enterOpensCustomer()
{
    const qint64 id = addCustomer(QStringLiteral("甲"));
    showWindow();
    QTableView *table = m_window->customerList()->table();
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(m_window->customerPage()->isVisible());
    QCOMPARE(m_window->customerPage()->customerId(), id);
    QTest::keyClick(m_window->customerPage(), Qt::Key_Left, Qt::AltModifier);
    QTRY_VERIFY(m_window->customerList()->isVisible());
}

QTEST_MAIN(TestCustomerList)
#include "tst_customerlist.moc"
