#include "exportdialog.h"

#include "services/workspace.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

namespace Patron {

namespace {

// Encoding choices of CSV: what Excel on Windows needs, or what a program expects.
enum Encoding { Utf8Bom, Utf8Plain, Gb18030 };

} // namespace

ExportDialog::ExportDialog(Workspace &workspace, const CustomerFilter &list, qint64 listCount, qint64 selectedCount,
                           std::function<QList<qint64>()> selectedIds, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_filter(list)
    , m_selectedIds(std::move(selectedIds))
    , m_table(new QComboBox(this))
    , m_wholeList(new QRadioButton(this))
    , m_selection(new QRadioButton(this))
    , m_format(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_encodingLabel(new QLabel(tr("&Encoding:"), this))
    , m_path(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));

    m_table->setObjectName(QStringLiteral("exportTable"));
    m_table->addItem(tr("Customers"), int(ExportTable::Customers));
    m_table->addItem(tr("Orders"), int(ExportTable::Orders));
    m_table->addItem(tr("Follow-up records"), int(ExportTable::Activities));
    m_table->addItem(tr("Contacts"), int(ExportTable::Contacts));

    m_wholeList->setObjectName(QStringLiteral("exportWholeList"));
    m_wholeList->setText(tr("The whole current &list (%Ln customer(s))", nullptr, int(listCount)));
    m_selection->setObjectName(QStringLiteral("exportSelection"));
    m_selection->setText(tr("The &selected rows (%Ln customer(s))", nullptr, int(selectedCount)));
    m_selection->setEnabled(selectedCount > 0);
    // Several selected rows usually mean "these"; one is often just the cursor.
    (selectedCount > 1 ? m_selection : m_wholeList)->setChecked(true);

    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("Excel workbook (*.xlsx)"), int(ExportFormat::Xlsx));
    m_format->addItem(tr("CSV (*.csv)"), int(ExportFormat::Csv));
    m_format->addItem(tr("JSON (*.json)"), int(ExportFormat::Json));
    m_format->addItem(tr("vCard address book (*.vcf)"), int(ExportFormat::VCard));

    m_encoding->setObjectName(QStringLiteral("exportEncoding"));
    m_encoding->addItem(tr("UTF-8 for Excel (with BOM)"), int(Utf8Bom));
    m_encoding->addItem(tr("UTF-8 without BOM"), int(Utf8Plain));
    m_encoding->addItem(tr("GB18030 (Chinese Windows)"), int(Gb18030));
    m_encodingLabel->setBuddy(m_encoding);

    m_path->setObjectName(QStringLiteral("exportPath"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("exportBrowse"));
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("E&xport:"), m_table);
    auto *which = new QVBoxLayout;
    which->addWidget(m_wholeList);
    which->addWidget(m_selection);
    form->addRow(tr("Of:"), which);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(m_encodingLabel, m_encoding);
    form->addRow(tr("F&ile:"), pathRow);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(documents.isEmpty() ? QDir::homePath() : documents)
                        .filePath(tr("Customers") + QDate::currentDate().toString(QStringLiteral("-yyyyMMdd"))
                                  + QStringLiteral(".xlsx")));

    connect(m_table, &QComboBox::currentIndexChanged, this, &ExportDialog::updateControls);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateControls);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_path->text().trimmed().isEmpty());
        // A typed extension chooses the format (which then keeps the name in step).
        const auto fromName = Exporter::formatForPath(path());
        const int index = fromName ? m_format->findData(int(*fromName)) : -1;
        auto *model = qobject_cast<QStandardItemModel *>(m_format->model());
        if (index >= 0 && index != m_format->currentIndex() && (!model || model->item(index)->isEnabled()))
            m_format->setCurrentIndex(index);
    });
    updateControls();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

void ExportDialog::setTable(ExportTable table)
{
    m_table->setCurrentIndex(m_table->findData(int(table)));
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::setUseSelection(bool selection)
{
    (selection && m_selection->isEnabled() ? m_selection : m_wholeList)->setChecked(true);
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.table = ExportTable(m_table->currentData().toInt());
    r.customers = CustomerSet::filtered(m_filter);
    r.options.format = ExportFormat(m_format->currentData().toInt());
    const int encoding = m_encoding->currentData().toInt();
    r.options.utf8Bom = encoding == Utf8Bom;
    r.options.encoding = encoding == Gb18030 && r.options.format == ExportFormat::Csv ? TextEncoding::Gb18030
                                                                                      : TextEncoding::Utf8;
    // Files people open show choice values in their language; JSON is for programs.
    r.options.choiceLabels = r.options.format != ExportFormat::Json;
    return r;
}

void ExportDialog::updateControls()
{
    const bool contacts = ExportTable(m_table->currentData().toInt()) == ExportTable::Contacts;
    // vCard holds people: offered for contacts only.
    const int vcard = m_format->findData(int(ExportFormat::VCard));
    if (!contacts && m_format->currentIndex() == vcard)
        m_format->setCurrentIndex(m_format->findData(int(ExportFormat::Xlsx)));
    if (auto *model = qobject_cast<QStandardItemModel *>(m_format->model()))
        model->item(vcard)->setEnabled(contacts);
    const ExportFormat format = ExportFormat(m_format->currentData().toInt());
    const bool csv = format == ExportFormat::Csv;
    m_encoding->setEnabled(csv);
    m_encodingLabel->setEnabled(csv);
    // Keep the file name in step with the format.
    const QString p = m_path->text().trimmed();
    if (!p.isEmpty()) {
        const QFileInfo info(p);
        const QString suffix = Exporter::formatName(format);
        if (info.suffix().toLower() != suffix) {
            const QString base = Exporter::formatForPath(p) ? info.completeBaseName() : info.fileName();
            m_path->setText(QDir(info.path()).filePath(base + QLatin1Char('.') + suffix));
        }
    }
}

void ExportDialog::browse()
{
    const ExportFormat format = ExportFormat(m_format->currentData().toInt());
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export to"), path(), m_format->currentText());
    if (chosen.isEmpty())
        return;
    const QString suffix = Exporter::formatName(format);
    m_path->setText(QFileInfo(chosen).suffix().isEmpty() ? chosen + QLatin1Char('.') + suffix : chosen);
}

void ExportDialog::reject()
{
    // Closing mid-export would pull the dialog from under the worker's results; the
    // progress dialog's Cancel stops it.
    if (!m_running)
        QDialog::reject();
}

void ExportDialog::accept()
{
    const QString target = path();
    if (target.isEmpty() || m_running)
        return;
    // The file chooser asks before replacing; a typed name is asked here.
    if (QFileInfo::exists(target) && !isHidden()
        && QMessageBox::question(this, tr("Export"), tr("%1 exists. Replace it?").arg(QFileInfo(target).fileName()))
               != QMessageBox::Yes)
        return;
    const auto rows = runExport();
    if (rows)
        QDialog::accept();
    else if (!rows.error().message.isEmpty())
        QMessageBox::warning(this, tr("Export"), tr("The export failed:\n\n%1").arg(rows.error().message));
}

Result<qint64> ExportDialog::runExport()
{
    ExportRequest r = request();
    const QString target = path();
    // The file name's extension wins over the combo box (a typed "x.csv" is CSV).
    if (const auto fromName = Exporter::formatForPath(target))
        r.options.format = *fromName;
    if (r.options.format != ExportFormat::Csv)
        r.options.encoding = TextEncoding::Utf8;
    r.options.choiceLabels = r.options.format != ExportFormat::Json;
    const Status valid = Exporter::validate(r);
    if (!valid)
        return valid.error();
    if (m_selection->isChecked() && m_selectedIds)
        r.customers = CustomerSet::only(m_selectedIds());

    m_running = true;
    m_buttons->setEnabled(false);
    QProgressDialog progress(tr("Exporting %1…").arg(Exporter::tableName(r.table)), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowTitle(tr("Export"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoClose(false);
    progress.setAutoReset(false);

    std::atomic<bool> cancelled{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    Result<qint64> result = qint64(0);
    Database &database = m_workspace.database();
    QThread *worker = QThread::create([&] {
        // Services use the calling thread's connection: this thread gets its own.
        Exporter exporter(database, m_workspace.customers(), m_workspace.fields());
        exporter.tables().setProgressInterval(1000);
        if (auto n = exporter.rowCount(r))
            total = n.value();
        result = exporter.exportToFile(r, target, [&](qint64 rows) {
            done = rows;
            return !cancelled.load();
        });
        database.releaseThreadConnection();
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &loop, [&] {
        cancelled = true;
        progress.setLabelText(tr("Cancelling…"));
    });
    // The worker only writes atomics; the GUI thread polls them.
    QTimer timer;
    connect(&timer, &QTimer::timeout, &progress, [&] {
        const qint64 t = total.load();
        if (t > 0 && progress.maximum() == 0)
            progress.setRange(0, 1000);
        if (t > 0)
            progress.setValue(int(std::min<qint64>(1000, 1000 * done.load() / t)));
    });
    timer.start(100);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    timer.stop();
    progress.close();
    m_running = false;
    m_buttons->setEnabled(true);
    if (cancelled && !result)
        return makeError(Error::Invalid, QString()); // the user knows
    if (result)
        emit exported(result.value(), target);
    return result;
}

} // namespace Patron
