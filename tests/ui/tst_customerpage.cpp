// The 360° customer page: profile edits with undo/redo, follow-ups, contacts, orders and
// conflicts with edits made elsewhere.

#include "commands/commandcontext.h"
#include "customers/childrecordstab.h"
#include "customers/customeractions.h"
#include "customers/customerheader.h"
#include "customers/customerpage.h"
#include "customers/profileform.h"
#include "customers/timelinewidget.h"
#include "fields/managefieldsdialog.h"
#include "mainwindow.h"
#include "services/customerservice.h"
#include "services/fieldservice.h"
#include "services/recordstore.h"
#include "services/tagservice.h"
#include "testdatabase.h"
#include "uitesthelpers.h"
#include "widgets/recorddialog.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Patron;

class TestCustomerPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void headerShowsSummary();
    void editProfileSaveUndoRedo();
    void conflictKeepsTypedTextAndOffersReload();
    void conflictFromAnotherConnection();
    void invalidValueIsShownNotSaved();
    void addFollowUpShowsOnTimeline();
    void addNoteAndFilterTimeline();
    void addContactAndOrderAndUndo();
    void customFieldInProfile();
    void failedUndoIsReported();

private:
    void openPage();
    QString valueOf(const QString &key) const;
    QLineEdit *profileEdit(const QString &key) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_id = 0;
};

void TestCustomerPage::initTestCase()
{
    PATRON_REQUIRE_BACKEND();
    Test::isolateSettings(m_settingsDir);
}

void TestCustomerPage::init()
{
    m_db = std::make_unique<Test::TestDatabase>();
    m_ws = m_db->open();
    QVERIFY(m_ws);
    auto owner = m_ws->users().ensureUser(QStringLiteral("zhang"), QStringLiteral("张伟"));
    QVERIFY(owner);
    auto id = m_ws->store().insert(Entity::Customer, Record{{QStringLiteral("name"), QStringLiteral("杭州青禾茶业有限公司")},
                                                            {QStringLiteral("city"), QStringLiteral("杭州")},
                                                            {QStringLiteral("owner_id"), owner.value()},
                                                            {QStringLiteral("lifecycle_stage"), QStringLiteral("loyal")}});
    QVERIFY(id);
    m_id = id.value();
}

void TestCustomerPage::cleanup()
{
    m_window.reset();
    m_ws.reset();
    m_db.reset();
}

void TestCustomerPage::openPage()
{
    m_window = std::make_unique<MainWindow>(*m_ws);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openCustomer(m_id);
    QVERIFY(m_window->customerPage()->isVisible());
}

QString TestCustomerPage::valueOf(const QString &key) const
{
    return m_ws->store().get(Entity::Customer, m_id)->value(key).toString();
}

QLineEdit *TestCustomerPage::profileEdit(const QString &key) const
{
    return m_window->customerPage()->profile()->findChild<QLineEdit *>(key);
}

void TestCustomerPage::headerShowsSummary()
{
    QVERIFY(m_ws->store().insert(Entity::Order, Record{{QStringLiteral("customer_id"), m_id},
                                                       {QStringLiteral("ordered_at"), QStringLiteral("2025-05-02")},
                                                       {QStringLiteral("amount_cents"), 123450},
                                                       {QStringLiteral("status"), QStringLiteral("completed")}}));
    auto tag = m_ws->tags().ensureTag(QStringLiteral("VIP"));
    QVERIFY(m_ws->tags().addTag({m_id}, tag.value()));
    openPage();
    auto *header = m_window->customerPage()->findChild<CustomerHeader *>();
    auto text = [&](const char *name) { return header->findChild<QLabel *>(QLatin1String(name))->text(); };
    QVERIFY(text("customerName").contains(QStringLiteral("杭州青禾茶业有限公司")));
    QCOMPARE(text("factOwner"), QStringLiteral("张伟"));
    QCOMPARE(text("factLifetimeValue"), QStringLiteral("¥1,234.50"));
    QCOMPARE(text("factOrders"), QStringLiteral("1"));
    QCOMPARE(text("factLastOrder"), QStringLiteral("2025-05-02"));
    QCOMPARE(text("factStage"), QStringLiteral("Loyal"));
    const auto chips = header->findChildren<QLabel *>(QStringLiteral("tagChip"));
    QCOMPARE(chips.size(), 1);
    QCOMPARE(chips.first()->text(), QStringLiteral("VIP"));
}

void TestCustomerPage::editProfileSaveUndoRedo()
{
    openPage();
    Customer360Page *page = m_window->customerPage();
    page->tabs()->setCurrentWidget(page->profile());
    QLineEdit *city = profileEdit(QStringLiteral("city"));
    QVERIFY(city);
    QCOMPARE(city->text(), QStringLiteral("杭州"));
    auto *save = page->profile()->findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY(!save->isEnabled());
    Test::typeInto(city, QStringLiteral("宁波"));
    Test::typeInto(profileEdit(QStringLiteral("industry")), QStringLiteral("茶叶"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(valueOf(QStringLiteral("city")), QStringLiteral("宁波"));
    QCOMPARE(valueOf(QStringLiteral("industry")), QStringLiteral("茶叶"));
    QCOMPARE(m_window->commands().stack()->count(), 1); // both fields: one command
    QVERIFY(!save->isEnabled());

    // Ctrl+Z from the page undoes the save; the form follows.
    save->setFocus();
    QTest::keyClick(save, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(valueOf(QStringLiteral("city")), QStringLiteral("杭州"));
    QCOMPARE(valueOf(QStringLiteral("industry")), QString());
    QTRY_COMPARE(city->text(), QStringLiteral("杭州"));
    QTest::keyClick(save, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(valueOf(QStringLiteral("city")), QStringLiteral("宁波"));
    QTRY_COMPARE(city->text(), QStringLiteral("宁波"));
    QTest::keyClick(save, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(valueOf(QStringLiteral("city")), QStringLiteral("杭州"));
    QTest::keyClick(save, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(valueOf(QStringLiteral("city")), QStringLiteral("宁波"));
}

void TestCustomerPage::conflictKeepsTypedTextAndOffersReload()
{
    openPage();
    Customer360Page *page = m_window->customerPage();
    page->tabs()->setCurrentWidget(page->profile());
    Test::typeInto(profileEdit(QStringLiteral("city")), QStringLiteral("宁波"));

    // A colleague changes the row meanwhile.
    const int version = m_ws->store().get(Entity::Customer, m_id)->value(QStringLiteral("version")).toInt();
    QVERIFY(m_ws->store().update(Entity::Customer, m_id, version, {{QStringLiteral("city"), QStringLiteral("温州")},
                                                                    {QStringLiteral("phone"), QStringLiteral("0571-88886666")}}));
    QTest::qWait(20);
    QCOMPARE(profileEdit(QStringLiteral("city"))->text(), QStringLiteral("宁波")); // typed text kept

    QTest::mouseClick(page->profile()->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(valueOf(QStringLiteral("city")), QStringLiteral("温州")); // no silent overwrite
    auto *bar = page->profile()->findChild<QWidget *>(QStringLiteral("messageBar"));
    QVERIFY(bar->isVisible());
    QVERIFY(page->profile()->findChild<QLabel *>(QStringLiteral("messageText"))->text().contains(QStringLiteral("Someone else")));
    QCOMPARE(profileEdit(QStringLiteral("city"))->text(), QStringLiteral("宁波"));
    QCOMPARE(m_window->commands().stack()->count(), 0);

    // Reload keeping the edit: the colleague's phone appears, our city stays typed.
    QTest::mouseClick(page->profile()->findChild<QPushButton *>(QStringLiteral("reloadKeepButton")), Qt::LeftButton);
    QCOMPARE(profileEdit(QStringLiteral("phone"))->text(), QStringLiteral("0571-88886666"));
    QCOMPARE(profileEdit(QStringLiteral("city"))->text(), QStringLiteral("宁波"));
    QVERIFY(!bar->isVisible());
    QTest::mouseClick(page->profile()->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(valueOf(QStringLiteral("city")), QStringLiteral("宁波"));
    QCOMPARE(valueOf(QStringLiteral("phone")), QStringLiteral("0571-88886666"));
}

void TestCustomerPage::conflictFromAnotherConnection()
{
    openPage();
    Customer360Page *page = m_window->customerPage();
    page->tabs()->setCurrentWidget(page->profile());
    Test::typeInto(profileEdit(QStringLiteral("city")), QStringLiteral("宁波"));
    {
        // Another Patron on the same database: no change signal reaches this window.
        auto other = m_db->open();
        QVERIFY(other);
        QVERIFY(other->store().update(Entity::Customer, m_id, 1, {{QStringLiteral("city"), QStringLiteral("温州")}}));
    }
    QTest::mouseClick(page->profile()->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(valueOf(QStringLiteral("city")), QStringLiteral("温州"));
    QVERIFY(page->profile()->findChild<QWidget *>(QStringLiteral("messageBar"))->isVisible());
    QTest::mouseClick(page->profile()->findChild<QPushButton *>(QStringLiteral("reloadDiscardButton")), Qt::LeftButton);
    QCOMPARE(profileEdit(QStringLiteral("city"))->text(), QStringLiteral("温州"));
    QVERIFY(!page->profile()->isDirty());
}

void TestCustomerPage::invalidValueIsShownNotSaved()
{
    openPage();
    Customer360Page *page = m_window->customerPage();
    page->tabs()->setCurrentWidget(page->profile());
    Test::typeInto(profileEdit(QStringLiteral("email")), QStringLiteral("not-an-email"));
    QTest::mouseClick(page->profile()->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(page->profile()->findChild<QWidget *>(QStringLiteral("messageBar"))->isVisible());
    QVERIFY(page->profile()->findChild<QLabel *>(QStringLiteral("messageText"))->text().contains(QStringLiteral("not-an-email")));
    QCOMPARE(valueOf(QStringLiteral("email")), QString());
    QCOMPARE(profileEdit(QStringLiteral("email"))->text(), QStringLiteral("not-an-email"));
}

void TestCustomerPage::addFollowUpShowsOnTimeline()
{
    openPage();
    Customer360Page *page = m_window->customerPage();
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addFollowUpButton")), Qt::LeftButton);
    auto *dialog = Test::findOpenDialog<RecordDialog>(page);
    QVERIFY(dialog);
    auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("visit")));
    Test::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("subject")), QStringLiteral("上门拜访，洽谈秋季新品"));
    auto *body = dialog->findChild<QPlainTextEdit *>(QStringLiteral("body"));
    body->setFocus();
    Test::typeText(body, QStringLiteral("客户对龙井礼盒有兴趣"));
    Test::clickOk(dialog);

    auto activities = m_ws->customers().children(Entity::Activity, m_id);
    QTRY_COMPARE(m_ws->customers().children(Entity::Activity, m_id)->size(), 1);
    activities = m_ws->customers().children(Entity::Activity, m_id);
    QCOMPARE(activities->first().value(QStringLiteral("kind")).toString(), QStringLiteral("visit"));
    // The time defaults to now.
    const QDateTime at = QDateTime::fromString(activities->first().value(QStringLiteral("occurred_at")).toString(), Qt::ISODate);
    QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTime())) < 120);

    QTreeWidget *timeline = page->timeline()->tree();
    QTRY_COMPARE(timeline->topLevelItemCount(), 1);
    QCOMPARE(timeline->topLevelItem(0)->text(2), QStringLiteral("上门拜访，洽谈秋季新品"));
    QCOMPARE(timeline->topLevelItem(0)->text(1), QStringLiteral("Visit"));
    m_window->undoAction()->trigger();
    QTRY_COMPARE(timeline->topLevelItemCount(), 0);
}

void TestCustomerPage::addNoteAndFilterTimeline()
{
    QVERIFY(m_ws->store().insert(Entity::Order, Record{{QStringLiteral("customer_id"), m_id},
                                                       {QStringLiteral("ordered_at"), QStringLiteral("2025-01-02")},
                                                       {QStringLiteral("amount_cents"), 5000},
                                                       {QStringLiteral("status"), QStringLiteral("paid")}}));
    openPage();
    Customer360Page *page = m_window->customerPage();
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addNoteButton")), Qt::LeftButton);
    auto *dialog = Test::findOpenDialog<RecordDialog>(page);
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("kind"))->isVisible());
    auto *body = dialog->findChild<QPlainTextEdit *>(QStringLiteral("body"));
    body->setFocus();
    Test::typeText(body, QStringLiteral("老板喜欢喝白茶"));
    Test::clickOk(dialog);
    QTreeWidget *timeline = page->timeline()->tree();
    QTRY_COMPARE(timeline->topLevelItemCount(), 2);
    QCOMPARE(timeline->topLevelItem(0)->text(1), QStringLiteral("Note")); // newest first
    QComboBox *filter = page->timeline()->kindFilter();
    filter->setCurrentIndex(filter->findText(QStringLiteral("Orders")));
    QCOMPARE(timeline->topLevelItemCount(), 1);
    QCOMPARE(timeline->topLevelItem(0)->text(1), QStringLiteral("Order"));
}

void TestCustomerPage::addContactAndOrderAndUndo()
{
    openPage();
    Customer360Page *page = m_window->customerPage();
    page->tabs()->setCurrentWidget(page->contacts());
    QTest::mouseClick(page->contacts()->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
    QPointer<RecordDialog> dialog = Test::findOpenDialog<RecordDialog>(page);
    QVERIFY(dialog);
    Test::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("王经理"));
    Test::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("mobile")), QStringLiteral("13700001111"));
    Test::clickOk(dialog);
    QTRY_COMPARE(page->contacts()->table()->rowCount(), 1);
    QCOMPARE(page->contacts()->table()->item(0, 0)->text(), QStringLiteral("王经理"));

    page->tabs()->setCurrentWidget(page->orders());
    QTest::mouseClick(page->orders()->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
    QTRY_VERIFY(!dialog); // the contact dialog closed and deleted itself
    QPointer<RecordDialog> orderDialog = Test::findOpenDialog<RecordDialog>(page);
    QVERIFY(orderDialog);
    Test::typeInto(orderDialog->findChild<QLineEdit *>(QStringLiteral("amount_cents")), QStringLiteral("1,234.5"));
    Test::typeInto(orderDialog->findChild<QLineEdit *>(QStringLiteral("product")), QStringLiteral("龙井礼盒"));
    Test::clickOk(orderDialog);
    QTRY_COMPARE(page->orders()->table()->rowCount(), 1);
    auto orders = m_ws->customers().children(Entity::Order, m_id);
    QCOMPARE(orders->first().value(QStringLiteral("amount_cents")).toLongLong(), 123450);
    QCOMPARE(orders->first().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    auto *header = page->findChild<CustomerHeader *>();
    QTRY_COMPARE(header->findChild<QLabel *>(QStringLiteral("factLifetimeValue"))->text(), QStringLiteral("¥1,234.50"));

    // Edit the order: the dialog starts from its values; Save changes only the amount.
    page->orders()->table()->selectRow(0);
    QTest::mouseClick(page->orders()->findChild<QPushButton *>(QStringLiteral("editButton")), Qt::LeftButton);
    QTRY_VERIFY(!orderDialog);
    auto *edit = Test::findOpenDialog<RecordDialog>(page);
    QVERIFY(edit);
    QCOMPARE(edit->findChild<QLineEdit *>(QStringLiteral("amount_cents"))->text(), QStringLiteral("¥1,234.50"));
    Test::typeInto(edit->findChild<QLineEdit *>(QStringLiteral("amount_cents")), QStringLiteral("¥2,000"));
    Test::clickOk(edit);
    QTRY_COMPARE(m_ws->customers().children(Entity::Order, m_id)->first().value(QStringLiteral("amount_cents")).toLongLong(), 200000);

    m_window->undoAction()->trigger(); // the edit
    QCOMPARE(m_ws->customers().children(Entity::Order, m_id)->first().value(QStringLiteral("amount_cents")).toLongLong(), 123450);
    m_window->undoAction()->trigger(); // the order
    m_window->undoAction()->trigger(); // the contact
    QCOMPARE(m_ws->customers().children(Entity::Order, m_id)->size(), 0);
    QCOMPARE(m_ws->customers().children(Entity::Contact, m_id)->size(), 0);
    QTRY_COMPARE(page->contacts()->table()->rowCount(), 0);
}

void TestCustomerPage::customFieldInProfile()
{
    openPage();
    m_window->customerActions()->manageFields()->trigger();
    auto *fields = Test::findOpenDialog<ManageFieldsDialog>(m_window.get());
    QVERIFY(fields);
    Test::typeInto(fields->findChild<QLineEdit *>(QStringLiteral("newLabel")), QStringLiteral("年度预算"));
    auto *type = fields->findChild<QComboBox *>(QStringLiteral("newType"));
    type->setCurrentIndex(type->findData(QStringLiteral("money")));
    QTest::mouseClick(fields->findChild<QPushButton *>(QStringLiteral("addFieldButton")), Qt::LeftButton);
    QTRY_COMPARE(fields->table()->rowCount(), 1);
    QCOMPARE(fields->table()->item(0, 0)->text(), QStringLiteral("年度预算"));
    fields->close();

    Customer360Page *page = m_window->customerPage();
    page->tabs()->setCurrentWidget(page->profile());
    QLineEdit *budget = nullptr;
    QTRY_VERIFY((budget = page->profile()->findChild<QLineEdit *>(QStringLiteral("custom.f1"))));
    Test::typeInto(budget, QStringLiteral("5万"));
    QTest::mouseClick(page->profile()->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    auto custom = m_ws->store().get(Entity::Customer, m_id)->value(QStringLiteral("custom")).toMap();
    QCOMPARE(custom.value(QStringLiteral("f1")).toLongLong(), 5000000);
    QTRY_COMPARE(budget->text(), QStringLiteral("¥50,000.00"));

    // Retiring the field is undoable too.
    const qint64 fieldId = m_ws->fields().field(Entity::Customer, QStringLiteral("f1"))->value(QStringLiteral("id")).toLongLong();
    m_window->customerActions()->manageFields()->trigger();
    fields = Test::findOpenDialog<ManageFieldsDialog>(m_window.get());
    QVERIFY(fields);
    QVERIFY(fields->setRetired(fieldId, true));
    QVERIFY(m_ws->fields().field(Entity::Customer, QStringLiteral("f1"))->value(QStringLiteral("retired")).toBool());
    m_window->commands().stack()->undo();
    QVERIFY(!m_ws->fields().field(Entity::Customer, QStringLiteral("f1"))->value(QStringLiteral("retired")).toBool());
    QVERIFY(fields->renameField(fieldId, QStringLiteral("预算")));
    QCOMPARE(m_ws->fields().field(Entity::Customer, QStringLiteral("f1"))->value(QStringLiteral("label")).toString(),
             QStringLiteral("预算"));
    fields->close();
}

void TestCustomerPage::failedUndoIsReported()
{
    openPage();
    Customer360Page *page = m_window->customerPage();
    page->tabs()->setCurrentWidget(page->profile());
    Test::typeInto(profileEdit(QStringLiteral("city")), QStringLiteral("宁波"));
    QTest::mouseClick(page->profile()->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(valueOf(QStringLiteral("city")), QStringLiteral("宁波"));
    {
        auto other = m_db->open();
        const int version = other->store().get(Entity::Customer, m_id)->value(QStringLiteral("version")).toInt();
        QVERIFY(other->store().update(Entity::Customer, m_id, version, {{QStringLiteral("city"), QStringLiteral("温州")}}));
    }
    m_window->undoAction()->trigger();
    QCOMPARE(valueOf(QStringLiteral("city")), QStringLiteral("温州"));
    auto *box = Test::findOpenDialog<QMessageBox>(m_window.get());
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("温州")));
    box->accept();
    QCOMPARE(m_window->commands().stack()->count(), 0);
}

QTEST_MAIN(TestCustomerPage)
#include "tst_customerpage.moc"
