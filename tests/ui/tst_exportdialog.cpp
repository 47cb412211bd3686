// File → Export… driven like a user: the real main window and dialog, offscreen.

#include "customers/customerlistview.h"
#include "export/exportdialog.h"
#include "mainwindow.h"
#include "models/customertablemodel.h"
#include "services/recordstore.h"
#include "testdatabase.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QRadioButton>
#include <QStatusBar>
#include <QStandardItemModel>
#include <QStringDecoder>
#include <QTableView>

using namespace Patron;

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportsTheListAsCsv();
    void exportsTheSelection();
    void contactsAsVCardAndGb18030();

private:
    void showWindow();
    ExportDialog *openDialog();
    static void choose(QComboBox *combo, int data);
    QList<QByteArray> lines(const QString &path) const;

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_out;
    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

void TestExportDialog::initTestCase()
{
    PATRON_REQUIRE_BACKEND();
    Test::isolateSettings(m_settingsDir);
}

void TestExportDialog::init()
{
    QSettings().clear();
    m_db = std::make_unique<Test::TestDatabase>();
    m_ws = m_db->open();
    QVERIFY(m_ws);
    int n = 0;
    for (const QString &name : {QStringLiteral("华联商贸"), QStringLiteral("联想小店"), QStringLiteral("大润发")}) {
        Record customer;
        customer.insert(QStringLiteral("name"), name);
        customer.insert(QStringLiteral("code"), QStringLiteral("00%1").arg(++n));
        auto id = m_ws->store().insert(Entity::Customer, customer);
        QVERIFY(id.ok());
        Record contact;
        contact.insert(QStringLiteral("customer_id"), id.value());
        contact.insert(QStringLiteral("name"), QStringLiteral("张伟"));
        contact.insert(QStringLiteral("mobile"), QStringLiteral("13800138000"));
        QVERIFY(m_ws->store().insert(Entity::Contact, contact).ok());
    }
}

void TestExportDialog::cleanup()
{
    m_window.reset();
    m_ws.reset();
    m_db.reset();
}

void TestExportDialog::showWindow()
{
    m_window = std::make_unique<MainWindow>(*m_ws);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

ExportDialog *TestExportDialog::openDialog()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionExport"));
    if (!action || action->shortcut() != QKeySequence(Qt::CTRL | Qt::Key_E))
        return nullptr;
    QApplication::setActiveWindow(m_window.get()); // back from a closed dialog
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    return Test::findOpenDialog<ExportDialog>(m_window.get());
}

void TestExportDialog::choose(QComboBox *combo, int data)
{
    // As with the keyboard: focus the box and step to the item.
    combo->setFocus();
    const int target = combo->findData(data);
    QVERIFY(target >= 0);
    while (combo->currentIndex() != target)
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
}

QList<QByteArray> TestExportDialog::lines(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray all = f.readAll();
    if (all.endsWith("\r\n"))
        all.chop(2);
    return all.split('\n');
}

void TestExportDialog::exportsTheListAsCsv()
{
    showWindow();
    ExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    choose(dialog->findChild<QComboBox *>(QStringLiteral("exportTable")), int(ExportTable::Customers));
    choose(dialog->findChild<QComboBox *>(QStringLiteral("exportFormat")), int(ExportFormat::Csv));
    QVERIFY(dialog->findChild<QComboBox *>(QStringLiteral("exportEncoding"))->isEnabled());
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("exportWholeList"))->isChecked());
    const QString path = m_out.filePath(QStringLiteral("list.csv"));
    Test::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("exportPath")), path);
    Test::clickOk(dialog);
    QTRY_VERIFY(QFile::exists(path));
    QTRY_VERIFY(!dialog->isVisible());
    const QList<QByteArray> rows = lines(path);
    QCOMPARE(rows.size(), 4); // header + 3 customers
    QVERIFY(rows.first().startsWith("\xEF\xBB\xBF" "id,code,name,kind")); // BOM for Excel
    QVERIFY(rows.at(1).contains(QStringLiteral("华联商贸").toUtf8()));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("3")));
}

void TestExportDialog::exportsTheSelection()
{
    showWindow();
    QTableView *table = m_window->customerList()->table();
    QTRY_COMPARE(table->model()->rowCount(), 3);
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_window->customerList()->selectedCount(), 2);
    ExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("exportSelection"))->isChecked());
    choose(dialog->findChild<QComboBox *>(QStringLiteral("exportTable")), int(ExportTable::Contacts));
    // The extension chooses the format.
    const QString path = m_out.filePath(QStringLiteral("selected.json"));
    Test::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("exportPath")), path);
    QCOMPARE(dialog->request().options.format, ExportFormat::Json);
    Test::clickOk(dialog);
    QTRY_VERIFY(QFile::exists(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    QCOMPARE(json.count("\"name\":\"张伟\""), 2); // the contacts of the two selected customers
}

void TestExportDialog::contactsAsVCardAndGb18030()
{
    showWindow();
    ExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *format = dialog->findChild<QComboBox *>(QStringLiteral("exportFormat"));
    auto *model = qobject_cast<QStandardItemModel *>(format->model());
    QVERIFY(model);
    // vCard is offered for contacts only.
    QVERIFY(!model->item(format->findData(int(ExportFormat::VCard)))->isEnabled());
    choose(dialog->findChild<QComboBox *>(QStringLiteral("exportTable")), int(ExportTable::Contacts));
    QVERIFY(model->item(format->findData(int(ExportFormat::VCard)))->isEnabled());
    format->setCurrentIndex(format->findData(int(ExportFormat::VCard)));
    auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("exportPath"));
    QVERIFY(path->text().endsWith(QLatin1String(".vcf"))); // the name follows the format
    dialog->setPath(m_out.filePath(QStringLiteral("联系人.vcf")));
    Test::clickOk(dialog);
    QTRY_VERIFY(QFile::exists(m_out.filePath(QStringLiteral("联系人.vcf"))));
    QFile vcf(m_out.filePath(QStringLiteral("联系人.vcf")));
    QVERIFY(vcf.open(QIODevice::ReadOnly));
    QCOMPARE(vcf.readAll().count("BEGIN:VCARD\r\n"), 3);

    // Contacts as GB18030 CSV.
    dialog = openDialog();
    QVERIFY(dialog);
    choose(dialog->findChild<QComboBox *>(QStringLiteral("exportTable")), int(ExportTable::Contacts));
    choose(dialog->findChild<QComboBox *>(QStringLiteral("exportFormat")), int(ExportFormat::Csv));
    choose(dialog->findChild<QComboBox *>(QStringLiteral("exportEncoding")), 2);
    const QString gb = m_out.filePath(QStringLiteral("gb.csv"));
    dialog->setPath(gb);
    Test::clickOk(dialog);
    QTRY_VERIFY(QFile::exists(gb));
    QFile f(gb);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QStringDecoder decode("GB18030");
    const QString text = decode(f.readAll());
    QVERIFY(!decode.hasError());
    QCOMPARE(text.count(QStringLiteral("张伟")), 3);
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
