// The import wizard and the import history, driven like a user would: a GBK file with a
// title row, encoding and header-row changes, column mapping with a new custom field, a
// dry run, the import, cancelling a large import, dropping a file, undo from the history.

#include "import/importactions.h"
#include "import/importfilepage.h"
#include "import/importhistory.h"
#include "import/importhistorydialog.h"
#include "import/importjob.h"
#include "import/importmappingpage.h"
#include "import/importoptionspage.h"
#include "import/importpreviewpage.h"
#include "import/importprogresspanel.h"
#include "import/importrunpage.h"
#include "import/importsummaryview.h"
#include "import/importwizard.h"
#include "import/newfielddialog.h"
#include "mainwindow.h"
#include "customers/customerlistview.h"
#include "models/customertablemodel.h"
#include "services/customerservice.h"
#include "services/fieldservice.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "util/i18n.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QRadioButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStringEncoder>
#include <QTableWidget>
#include <QUrl>

#include <atomic>

using namespace Patron;

namespace {
const QString kTitle = QStringLiteral("2024年华东区客户名单");

// A title row above the header, as Kingdee and WPS exports have; the third data row has
// a mobile number that is not one.
QString customersCsv()
{
    return kTitle + QStringLiteral(",,,,\r\n"
                                   "客户名称,手机,邮箱,城市,会员等级\r\n"
                                   "上海华联商贸有限公司,13800138000,hl@example.com,上海,金卡\r\n"
                                   "北京远航科技有限公司,13911112222,,北京,银卡\r\n"
                                   "杭州西湖茶业,12345,,杭州,普通\r\n"
                                   "深圳南山电子有限公司,13566667777,sz@example.com,深圳,金卡\r\n");
}
} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void previewDetectsHeaderAndFollowsOptions();
    void mappingAutoMatchesAndCreatesCustomField();
    void dryRunCountsAndSavesErrorFile();
    void importWritesCustomersAndUndoes();
    void cancelLeavesDatabaseUnchanged();
    void dropOnMainWindowOpensWizard();
    void historyListsAndUndoesBatch();
    void undoBlockedAfterLaterMerge();
    void screenshots();

private:
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    QString gbkFile(const QString &name, const QString &text) const;
    void startWizard(const QString &path, QWidget *parent = nullptr);
    void next();
    void toMapping(const QString &path);
    void toOptions(const QString &path);
    void waitIdle(ImportJob *job, int timeoutMs = 30000);
    qint64 importFile(const QString &path, const QHash<int, QString> &fields = {});
    void showWindow();
    qint64 customerCount() const;
    QStringList customerValues(const QString &column) const;

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_files;
    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
    QPointer<ImportWizard> m_wizard;
};

void TestImportWizard::initTestCase()
{
    PATRON_REQUIRE_BACKEND();
    Test::isolateSettings(m_settingsDir);
    QVERIFY(QStringEncoder("GB18030").isValid());
    if (!qEnvironmentVariable("PATRON_SCREENSHOT_LANG").isEmpty())
        installTranslations(qEnvironmentVariable("PATRON_SCREENSHOT_LANG"));
}

void TestImportWizard::init()
{
    QSettings().clear();
    m_db = std::make_unique<Test::TestDatabase>();
    m_ws = m_db->open();
    QVERIFY(m_ws);
}

void TestImportWizard::cleanup()
{
    delete m_wizard;
    m_window.reset();
    m_ws.reset();
    m_db.reset();
}

QString TestImportWizard::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_files.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

QString TestImportWizard::gbkFile(const QString &name, const QString &text) const
{
    QStringEncoder gbk("GB18030");
    return writeFile(name, gbk.encode(text));
}

qint64 TestImportWizard::customerCount() const
{
    return m_ws->customers().count(CustomerFilter{}).valueOr(-1);
}

QStringList TestImportWizard::customerValues(const QString &column) const
{
    QStringList out;
    auto page = m_ws->customers().page(CustomerFilter{}, {column}, QStringLiteral("name"), Qt::AscendingOrder, 0, 1000);
    if (page) {
        for (const QVariantList &row : page->rows)
            out << row.value(0).toString();
    }
    return out;
}

void TestImportWizard::startWizard(const QString &path, QWidget *parent)
{
    m_wizard = new ImportWizard(*m_ws, parent);
    m_wizard->setFilePath(path);
    m_wizard->show();
    QApplication::setActiveWindow(m_wizard);
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.data()));
}

void TestImportWizard::next()
{
    QAbstractButton *button = m_wizard->button(m_wizard->currentPage()->isCommitPage() ? QWizard::CommitButton
                                                                                      : QWizard::NextButton);
    QVERIFY(button->isVisible());
    QTRY_VERIFY(button->isEnabled());
    const int before = m_wizard->currentId();
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(m_wizard->currentId() != before);
}

void TestImportWizard::toMapping(const QString &path)
{
    startWizard(path);
    QVERIFY(!QTest::currentTestFailed());
    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::PreviewPage));
    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::MappingPage));
}

void TestImportWizard::waitIdle(ImportJob *job, int timeoutMs)
{
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), timeoutMs);
}

void TestImportWizard::toOptions(const QString &path)
{
    toMapping(path);
    QVERIFY(!QTest::currentTestFailed());
    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::OptionsPage));
    waitIdle(m_wizard->optionsPage()->job());
}

qint64 TestImportWizard::importFile(const QString &path, const QHash<int, QString> &fields)
{
    toMapping(path);
    if (QTest::currentTestFailed())
        return 0;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        m_wizard->mappingPage()->setField(it.key(), it.value());
    next();
    waitIdle(m_wizard->optionsPage()->job());
    next();
    ImportRunPage *run = m_wizard->runPage();
    waitIdle(run->job());
    if (QTest::currentTestFailed())
        return 0;
    const qint64 id = run->batchId();
    m_wizard->close();
    delete m_wizard;
    return id;
}

void TestImportWizard::showWindow()
{
    m_window = std::make_unique<MainWindow>(*m_ws);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestImportWizard::previewDetectsHeaderAndFollowsOptions()
{
    startWizard(gbkFile(QStringLiteral("客户.csv"), customersCsv()));
    ImportFilePage *file = m_wizard->filePage();
    QCOMPARE(file->kind(), ImportKind::Customers);
    next();
    ImportPreviewPage *page = m_wizard->previewPage();

    // The header is the second row, found below the title; the title row is greyed.
    QCOMPARE(page->headerRowBox()->value(), 2);
    QCOMPARE(page->headerIndex(), 1);
    QVERIFY2(page->formatLabel()->text().contains(QLatin1String("GB18030"), Qt::CaseInsensitive),
             qPrintable(page->formatLabel()->text()));
    QTableWidget *table = page->table();
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("客户名称"));
    QVERIFY(table->item(1, 0)->font().bold());
    QVERIFY(!table->item(2, 0)->font().bold());
    QCOMPARE(table->item(0, 0)->foreground().color(), page->palette().color(QPalette::Disabled, QPalette::Text));
    QCOMPARE(m_wizard->preview().header.value(1), QStringLiteral("手机"));

    // UTF-8 cannot read GBK bytes: the reader's message and advice, Next refuses; no crash.
    QComboBox *encoding = page->encodingBox();
    encoding->setFocus();
    QTest::keyClick(encoding, Qt::Key_Down);
    QCOMPARE(encoding->currentData().toString(), QStringLiteral("utf-8"));
    QCOMPARE(m_wizard->request().reader.encoding, QStringLiteral("utf-8"));
    if (page->errorLabel()->isVisible()) {
        QVERIFY(page->errorLabel()->text().contains(QLatin1String("GB18030")));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    } else {
        QVERIFY(m_wizard->preview().header.value(0) != QStringLiteral("客户名称"));
    }
    // GB18030 chosen by hand reads it again.
    QTest::keyClick(encoding, Qt::Key_Down);
    QCOMPARE(encoding->currentData().toString(), QStringLiteral("gb18030"));
    QVERIFY(!page->errorLabel()->isVisible());
    QCOMPARE(m_wizard->preview().header.value(0), QStringLiteral("客户名称"));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());

    // Choosing the title as header row re-reads with it; back to row 2.
    QSpinBox *header = page->headerRowBox();
    header->setFocus();
    QTest::keyClick(header, Qt::Key_Down);
    QCOMPARE(header->value(), 1);
    QCOMPARE(m_wizard->request().headerRow, 1);
    QCOMPARE(m_wizard->preview().header.value(0), kTitle);
    QVERIFY(table->item(0, 0)->font().bold());
    QTest::keyClick(header, Qt::Key_Up);
    QCOMPARE(m_wizard->preview().header.value(0), QStringLiteral("客户名称"));
    QVERIFY(table->item(1, 0)->font().bold());

    // A missing file is refused on the first page instead of failing later.
    m_wizard->back();
    m_wizard->setFilePath(m_files.filePath(QStringLiteral("nope.csv")));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::mappingAutoMatchesAndCreatesCustomField()
{
    toMapping(gbkFile(QStringLiteral("客户.csv"), customersCsv()));
    ImportMappingPage *page = m_wizard->mappingPage();
    QCOMPARE(page->table()->rowCount(), 5);
    QCOMPARE(page->fieldBox(0)->currentData().toString(), QStringLiteral("name"));
    QCOMPARE(page->fieldBox(1)->currentData().toString(), QStringLiteral("mobile"));
    QCOMPARE(page->fieldBox(2)->currentData().toString(), QStringLiteral("email"));
    QCOMPARE(page->fieldBox(3)->currentData().toString(), QStringLiteral("city"));
    // Sample values come from the rows below the header.
    QVERIFY(page->table()->item(1, 2)->text().contains(QLatin1String("13800138000")));
    // 会员等级 matches nothing: listed as not imported, not dropped silently.
    QCOMPARE(page->fieldBox(4)->currentData().toString(), QString());
    QVERIFY2(page->unmappedLabel()->text().contains(QStringLiteral("会员等级")), qPrintable(page->unmappedLabel()->text()));
    QVERIFY(!page->profileLabel()->text().isEmpty());

    // Unmapping name, mobile and email leaves nothing to identify a customer: refused.
    for (int c : {0, 1, 2})
        page->setField(c, QString());
    QVERIFY(!page->problem().isEmpty());
    QVERIFY(page->problemLabel()->isVisible());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    page->setField(0, QStringLiteral("name"));
    page->setField(1, QStringLiteral("mobile"));
    page->setField(2, QStringLiteral("email"));
    QVERIFY(page->problem().isEmpty());

    // A field takes one column: choosing "name" for the city column frees the first.
    page->setField(3, QStringLiteral("name"));
    QCOMPARE(page->fieldBox(0)->currentData().toString(), QString());
    page->setField(0, QStringLiteral("name"));
    page->setField(3, QStringLiteral("city"));

    // "New custom field…" with the keyboard (End = last item) opens the small dialog.
    QComboBox *box = page->fieldBox(4);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_End);
    auto *dialog = Test::findOpenDialog<NewFieldDialog>(m_wizard);
    QVERIFY(dialog);
    QCOMPARE(dialog->labelEdit()->text(), QStringLiteral("会员等级"));
    QCOMPARE(dialog->typeBox()->currentData().toString(), QStringLiteral("text"));
    Test::clickOk(dialog);
    QTRY_VERIFY(box->currentData().toString().startsWith(QLatin1String("custom.")));
    const QString key = box->currentData().toString().mid(7);
    auto def = m_ws->fields().field(Entity::Customer, key);
    QVERIFY(def);
    QCOMPARE(def->value(QStringLiteral("label")).toString(), QStringLiteral("会员等级"));
    QCOMPARE(page->unmappedLabel()->text(), ImportMappingPage::tr("All columns will be imported."));
    // Every column's combo now offers the new field.
    QVERIFY(page->fieldBox(0)->findData(box->currentData()) >= 0);

    // Cancelling the dialog puts the combo back.
    QComboBox *city = page->fieldBox(3);
    city->setFocus();
    QTest::keyClick(city, Qt::Key_End);
    auto *second = Test::findOpenDialog<NewFieldDialog>(m_wizard);
    QVERIFY(second && second != dialog);
    second->reject();
    QTRY_COMPARE(city->currentData().toString(), QStringLiteral("city"));

    Test::typeInto(page->saveAsEdit(), QStringLiteral("华东客户名单"));
    next();
    QCOMPARE(m_wizard->request().columnFields.value(4), QStringLiteral("custom.") + key);
    QCOMPARE(m_wizard->request().saveProfileAs, QStringLiteral("华东客户名单"));
}

void TestImportWizard::dryRunCountsAndSavesErrorFile()
{
    toOptions(gbkFile(QStringLiteral("客户.csv"), customersCsv()));
    ImportOptionsPage *page = m_wizard->optionsPage();
    QVERIFY(page->policyButton(DuplicatePolicy::Merge)->isChecked());
    QVERIFY(!page->strictBox()->isChecked());
    QVERIFY(!page->createCustomersBox()->isVisible());
    const Result<ImportSummary> &r = page->job()->result();
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    const ImportSummary s = r.value();
    QVERIFY(s.dryRun);
    QCOMPARE(s.rowsRead, 4);
    QCOMPARE(s.created, 3);
    QCOMPARE(s.rejected, 1);
    QCOMPARE(page->summaryView()->equationLabel()->text(), ImportSummaryView::equation(s));
    QVERIFY(page->summaryView()->equationLabel()->text().contains(QLatin1String("3")));
    QTableWidget *rejected = page->summaryView()->rejectedTable();
    QCOMPARE(rejected->rowCount(), 1);
    QCOMPARE(rejected->item(0, 0)->text(), QStringLiteral("5")); // title, header, two rows, then this one
    QVERIFY(!rejected->item(0, 1)->text().isEmpty());
    QVERIFY(!page->summaryView()->reasonsLabel()->text().isEmpty());
    QCOMPARE(customerCount(), 0);

    // The error file from the dry run, through the (replaced) save dialog.
    const QString errors = m_files.filePath(QStringLiteral("errors.csv"));
    m_wizard->setSaveFileChooser([errors](const QString &suggested) {
        return suggested.endsWith(QLatin1String(".csv")) ? errors : QString();
    });
    QVERIFY(page->saveErrorsButton()->isEnabled());
    QTest::mouseClick(page->saveErrorsButton(), Qt::LeftButton);
    waitIdle(page->job());
    QVERIFY(QFile::exists(errors));
    QFile f(errors);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("12345"));
    QVERIFY(page->statusLabel()->text().contains(QLatin1String("errors.csv")));

    // Skip instead of merge is a changed option: the numbers are marked stale.
    QRadioButton *skip = page->policyButton(DuplicatePolicy::Skip);
    QTest::mouseClick(skip, Qt::LeftButton, {}, QPoint(8, skip->height() / 2));
    QVERIFY(page->policyButton(DuplicatePolicy::Skip)->isChecked());
    QVERIFY2(page->statusLabel()->text().contains(QLatin1String("Check again")), qPrintable(page->statusLabel()->text()));
    QTest::mouseClick(page->dryRunButton(), Qt::LeftButton);
    waitIdle(page->job());
    QCOMPARE(page->job()->request().onDuplicate, DuplicatePolicy::Skip);
    QCOMPARE(customerCount(), 0);
}

void TestImportWizard::importWritesCustomersAndUndoes()
{
    toMapping(gbkFile(QStringLiteral("客户.csv"), customersCsv()));
    QSignalSpy changed(m_wizard.data(), &ImportWizard::dataChanged);
    next();
    waitIdle(m_wizard->optionsPage()->job());
    QVERIFY(m_wizard->currentPage()->isCommitPage());
    next();
    ImportRunPage *run = m_wizard->runPage();
    waitIdle(run->job());
    QVERIFY2(run->job()->result().ok(), qPrintable(run->job()->result().error().message));
    QVERIFY(run->batchId() > 0);
    QCOMPARE(customerCount(), 3);
    QCOMPARE(changed.count(), 1);
    QStringList mobiles = customerValues(QStringLiteral("mobile"));
    mobiles.sort();
    QCOMPARE(mobiles, (QStringList{QStringLiteral("13566667777"), QStringLiteral("13800138000"), QStringLiteral("13911112222")}));
    QVERIFY(run->statusLabel()->text().contains(QString::number(run->batchId())));
    QCOMPARE(run->summaryView()->equationLabel()->text(), ImportSummaryView::equation(run->job()->result().value()));
    // The rejected row went to an error file the summary links to.
    const QString errorFile = run->job()->result()->errorFile;
    QVERIFY(!errorFile.isEmpty() && QFile::exists(errorFile));
    QVERIFY(run->statusLabel()->text().contains(QLatin1String("href")));
    // No going back after the import; Close is there.
    QVERIFY(!m_wizard->button(QWizard::BackButton)->isVisible() || !m_wizard->button(QWizard::BackButton)->isEnabled());
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());

    // "Undo this import" asks first, then removes the batch's customers.
    QVERIFY(run->undoButton()->isVisible());
    QTest::mouseClick(run->undoButton(), Qt::LeftButton);
    auto *box = Test::findOpenDialog<QMessageBox>(m_wizard);
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(QLatin1Char('3')));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(customerCount(), 0);
    QVERIFY(run->isUndone());
    QVERIFY(!run->undoButton()->isEnabled());
    QCOMPARE(changed.count(), 2);
}

void TestImportWizard::cancelLeavesDatabaseUnchanged()
{
    QString csv = QStringLiteral("客户名称,手机,城市\n");
    for (int i = 0; i < 20000; ++i)
        csv += QStringLiteral("测试客户%1,139%2,上海\n").arg(i).arg(i, 8, 10, QLatin1Char('0'));
    toOptions(writeFile(QStringLiteral("big.csv"), csv.toUtf8()));
    QVERIFY(m_wizard->optionsPage()->job()->result().ok());
    QCOMPARE(m_wizard->optionsPage()->job()->result()->created, 20000);

    // The worker waits at its first progress report until Cancel was clicked, so the
    // test does not race a fast machine.
    ImportJob *job = m_wizard->runPage()->job();
    QPushButton *cancel = m_wizard->runPage()->progressPanel()->cancelButton();
    QSemaphore clicked;
    bool done = false;
    std::atomic<bool> held{false};
    connect(job, &ImportJob::progressed, job, [&] {
        if (done)
            return;
        done = true;
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        clicked.release();
    });
    connect(job, &ImportJob::progressed, job, [&] {
        if (!held.exchange(true))
            clicked.tryAcquire(1, 20000);
    }, Qt::DirectConnection);
    next();
    waitIdle(job, 60000);
    QVERIFY(done);
    QVERIFY(job->wasCancelled());
    QVERIFY(m_wizard->runPage()->statusLabel()->text().contains(ImportRunPage::tr("Nothing was changed in the database.")));
    QCOMPARE(customerCount(), 0);
    QCOMPARE(ImportHistory(m_ws->database()).batches().valueOr({}).size(), 0);
    QVERIFY(m_wizard->runPage()->retryButton()->isVisible());
}

void TestImportWizard::dropOnMainWindowOpensWizard()
{
    showWindow();
    const QString path = gbkFile(QStringLiteral("拖放.csv"), customersCsv());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = m_window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());
    auto *wizard = Test::findOpenDialog<ImportWizard>(m_window.get());
    QVERIFY(wizard);
    QCOMPARE(wizard->filePath(), path);
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilePage));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->close();
    QTRY_VERIFY(!wizard->isVisible());

    // Other files are not taken.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(writeFile(QStringLiteral("合同.pdf"), "%PDF-1.4"))});
    QDragEnterEvent enterOther(at, Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    enterOther.ignore();
    QApplication::sendEvent(m_window.get(), &enterOther);
    QVERIFY(!enterOther.isAccepted());

    // Ctrl+I opens it from the File menu.
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionImport"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QApplication::setActiveWindow(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier);
    QVERIFY(Test::findOpenDialog<ImportWizard>(m_window.get()));
}

void TestImportWizard::historyListsAndUndoesBatch()
{
    const qint64 batch = importFile(gbkFile(QStringLiteral("客户.csv"), customersCsv()));
    QVERIFY(batch > 0);
    QCOMPARE(customerCount(), 3);
    showWindow();
    QTRY_COMPARE(m_window->customerList()->model()->totalCount(), 3);

    m_window->findChild<QAction *>(QStringLiteral("actionImportHistory"))->trigger();
    auto *dialog = Test::findOpenDialog<ImportHistoryDialog>(m_window.get());
    QVERIFY(dialog);
    QTableWidget *table = dialog->table();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("客户.csv"));
    QCOMPARE(table->item(0, 5)->text(), QStringLiteral("3"));
    QCOMPARE(table->item(0, 9)->text(), QStringLiteral("1"));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(0, 1)).center());
    QCOMPARE(dialog->selectedBatchId(), batch);
    QVERIFY(dialog->undoButton()->isEnabled());

    QTest::mouseClick(dialog->undoButton(), Qt::LeftButton);
    auto *box = Test::findOpenDialog<QMessageBox>(dialog);
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("客户.csv")));
    QVERIFY(box->informativeText().contains(QLatin1Char('3')));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(customerCount(), 0);
    // The list re-read, the batch is marked undone and cannot be undone twice.
    QTRY_COMPARE(m_window->customerList()->model()->totalCount(), 0);
    QCOMPARE(dialog->batches().value(0).status, QStringLiteral("undone"));
    QVERIFY(table->item(0, 10)->text() != ImportHistoryDialog::tr("Imported"));
    QVERIFY(!dialog->undoButton()->isEnabled());
    QVERIFY(!dialog->reasonLabel()->text().isEmpty());
}

void TestImportWizard::undoBlockedAfterLaterMerge()
{
    const qint64 first = importFile(gbkFile(QStringLiteral("客户.csv"), customersCsv()));
    QVERIFY(first > 0);
    // A second file with the same mobile numbers merges into the same customers.
    const QString second = gbkFile(QStringLiteral("补充.csv"),
                                   QStringLiteral("客户名称,手机,行业\n"
                                                  "上海华联商贸有限公司,13800138000,零售\n"
                                                  "北京远航科技有限公司,13911112222,软件\n"));
    const qint64 later = importFile(second, {{2, QStringLiteral("industry")}});
    QVERIFY(later > first);
    QCOMPARE(customerCount(), 3);

    showWindow();
    m_window->findChild<QAction *>(QStringLiteral("actionImportHistory"))->trigger();
    auto *dialog = Test::findOpenDialog<ImportHistoryDialog>(m_window.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->table()->rowCount(), 2);
    QCOMPARE(dialog->batches().value(0).id, later); // newest first
    QCOMPARE(dialog->batches().value(0).merged, 2);

    dialog->selectBatch(first);
    QCOMPARE(dialog->selectedBatchId(), first);
    QVERIFY(!dialog->undoButton()->isEnabled());
    QVERIFY(!dialog->undoButton()->toolTip().isEmpty());
    QVERIFY(dialog->reasonLabel()->text().contains(QString::number(first)));
    const QString blocker = ImportHistory(m_ws->database()).undoBlocker(first).valueOr({});
    QVERIFY(!blocker.isEmpty());
    QVERIFY(dialog->reasonLabel()->text().contains(blocker));

    // The later batch can be undone; the industry it filled in goes away again.
    dialog->selectBatch(later);
    QVERIFY(dialog->undoButton()->isEnabled());
    QTest::mouseClick(dialog->undoButton(), Qt::LeftButton);
    auto *box = Test::findOpenDialog<QMessageBox>(dialog);
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY(!customerValues(QStringLiteral("industry")).contains(QStringLiteral("零售")));
    QCOMPARE(customerCount(), 3);
}

// Not a check: PATRON_SCREENSHOT_DIR=/tmp/shots (and PATRON_SCREENSHOT_LANG=zh_CN) saves
// every page as PNG, to look at the layout in both languages.
void TestImportWizard::screenshots()
{
    const QString dir = qEnvironmentVariable("PATRON_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("PATRON_SCREENSHOT_DIR is not set");
    const QString lang = qEnvironmentVariable("PATRON_SCREENSHOT_LANG", QStringLiteral("en"));
    auto shot = [&](QWidget *w, const QString &name) {
        QVERIFY(w->grab().save(QStringLiteral("%1/import-%2-%3.png").arg(dir, lang, name)));
    };
    startWizard(gbkFile(QStringLiteral("客户.csv"), customersCsv()));
    shot(m_wizard, QStringLiteral("1-file"));
    next();
    shot(m_wizard, QStringLiteral("2-preview"));
    m_wizard->previewPage()->encodingBox()->setCurrentIndex(1);
    shot(m_wizard, QStringLiteral("2b-preview-error"));
    m_wizard->previewPage()->encodingBox()->setCurrentIndex(0);
    next();
    shot(m_wizard, QStringLiteral("3-mapping"));
    QComboBox *box = m_wizard->mappingPage()->fieldBox(4);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_End);
    auto *dialog = Test::findOpenDialog<NewFieldDialog>(m_wizard);
    QVERIFY(dialog);
    shot(dialog, QStringLiteral("3b-newfield"));
    Test::clickOk(dialog);
    next();
    waitIdle(m_wizard->optionsPage()->job());
    shot(m_wizard, QStringLiteral("4-options"));
    next();
    waitIdle(m_wizard->runPage()->job());
    shot(m_wizard, QStringLiteral("5-done"));
    m_wizard->close();
    showWindow();
    m_window->findChild<QAction *>(QStringLiteral("actionImportHistory"))->trigger();
    auto *history = Test::findOpenDialog<ImportHistoryDialog>(m_window.get());
    QVERIFY(history);
    shot(history, QStringLiteral("6-history"));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
