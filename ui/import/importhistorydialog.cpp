#include "importhistorydialog.h"

#include "import/importhistory.h"
#include "services/recordstore.h"
#include "services/workspace.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Patron {

namespace {
enum Column { TimeColumn, FileColumn, KindColumn, UserColumn, ReadColumn, NewColumn, UpdatedColumn,
              MergedColumn, SkippedColumn, RejectedColumn, StatusColumn, ColumnCount };

QString displayTime(const QString &stored)
{
    const QDateTime t = QDateTime::fromString(stored, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t, QLocale::ShortFormat) : stored;
}
} // namespace

ImportHistoryDialog::ImportHistoryDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_table(new QTableWidget(this))
    , m_reason(new QLabel(this))
    , m_undo(new QPushButton(tr("&Undo import…"), this))
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import history"));

    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("File"), tr("Kind"), tr("By"), tr("Rows read"), tr("New"),
                                        tr("Updated"), tr("Merged"), tr("Skipped"), tr("Rejected"), tr("Status")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);

    m_reason->setObjectName(QStringLiteral("undoReason"));
    m_reason->setWordWrap(true);
    m_undo->setObjectName(QStringLiteral("undoBatchButton"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportHistoryDialog::updateSelection);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::confirmUndo);
    setMinimumSize(820, 420);
    resize(1000, 520);
    reload();
}

void ImportHistoryDialog::reload()
{
    const qint64 selected = selectedBatchId();
    ImportHistory history(m_workspace.database(), m_workspace.store().actor());
    const Result<QList<ImportBatch>> batches = history.batches();
    m_batches = batches ? batches.value() : QList<ImportBatch>();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_batches.size()));
    const QLocale l;
    for (int r = 0; r < m_batches.size(); ++r) {
        const ImportBatch &b = m_batches.at(r);
        auto set = [&](int column, const QString &text, bool number = false) {
            auto *item = new QTableWidgetItem(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setData(Qt::UserRole, b.id);
            m_table->setItem(r, column, item);
        };
        set(TimeColumn, displayTime(b.importedAt));
        set(FileColumn, b.fileName);
        m_table->item(r, FileColumn)->setToolTip(tr("Batch #%1: %2").arg(b.id).arg(b.fileName));
        set(KindColumn, importKindLabel(b.kind));
        set(UserColumn, b.actor);
        set(ReadColumn, l.toString(b.rowsRead), true);
        set(NewColumn, l.toString(b.created), true);
        set(UpdatedColumn, l.toString(b.updated), true);
        set(MergedColumn, l.toString(b.merged), true);
        set(SkippedColumn, l.toString(b.skipped), true);
        set(RejectedColumn, l.toString(b.rejected), true);
        set(StatusColumn, b.status == QLatin1String("undone")
                              ? tr("Undone %1").arg(displayTime(b.undoneAt))
                              : tr("Imported"));
    }
    if (!batches)
        m_reason->setText(batches.error().message);
    else if (m_batches.isEmpty())
        m_reason->setText(tr("Nothing has been imported into this database yet (File → Import…)."));
    selectBatch(selected > 0 ? selected : (m_batches.isEmpty() ? 0 : m_batches.first().id));
    updateSelection();
}

void ImportHistoryDialog::selectBatch(qint64 batchId)
{
    for (int r = 0; r < m_batches.size(); ++r) {
        if (m_batches.at(r).id == batchId) {
            m_table->selectRow(r);
            return;
        }
    }
}

qint64 ImportHistoryDialog::selectedBatchId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}

void ImportHistoryDialog::updateSelection()
{
    const qint64 id = selectedBatchId();
    QString reason;
    bool canUndo = false;
    if (id > 0) {
        const auto it = std::find_if(m_batches.cbegin(), m_batches.cend(), [id](const ImportBatch &b) { return b.id == id; });
        if (it != m_batches.cend() && it->status == QLatin1String("undone")) {
            reason = tr("Batch #%1 was already undone.").arg(id);
        } else {
            ImportHistory history(m_workspace.database(), m_workspace.store().actor());
            const Result<QString> blocker = history.undoBlocker(id);
            if (!blocker)
                reason = blocker.error().message;
            else if (!blocker->isEmpty())
                reason = tr("Batch #%1 cannot be undone: %2").arg(id).arg(blocker.value());
            else
                canUndo = true;
        }
    } else if (!m_batches.isEmpty()) {
        reason = tr("Select an import to undo it.");
    }
    if (id > 0 || !m_batches.isEmpty())
        m_reason->setText(reason);
    m_undo->setEnabled(canUndo);
    m_undo->setToolTip(canUndo ? tr("Removes what this import created and restores what it changed") : reason);
}

void ImportHistoryDialog::confirmUndo()
{
    const qint64 id = selectedBatchId();
    const auto it = std::find_if(m_batches.cbegin(), m_batches.cend(), [id](const ImportBatch &b) { return b.id == id; });
    if (it == m_batches.cend())
        return;
    const ImportBatch b = *it;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Undo import"),
                                tr("Undo import batch #%1 (%2, %3)?").arg(b.id).arg(b.fileName, displayTime(b.importedAt)),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmUndoBox"));
    box->setInformativeText(tr("%n %1 it created will be removed.", nullptr, int(b.created)).arg(importKindLabel(b.kind))
                            + QLatin1Char('\n')
                            + tr("%n record(s) it updated or merged into will get their earlier values back.", nullptr,
                                 int(b.updated + b.merged)));
    box->button(QMessageBox::Yes)->setText(tr("&Undo import"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            undo(id);
    });
    box->open();
}

void ImportHistoryDialog::undo(qint64 batchId)
{
    ImportHistory history(m_workspace.database(), m_workspace.store().actor());
    const Status s = history.undo(batchId);
    if (!s) {
        reload();
        m_reason->setText(tr("The import could not be undone: %1").arg(s.error().message));
        return;
    }
    reload();
    m_reason->setText(tr("Import batch #%1 was undone.").arg(batchId));
    emit batchUndone(batchId);
}

} // namespace Patron
