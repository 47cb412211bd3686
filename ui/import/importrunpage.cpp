#include "importrunpage.h"

#include "importjob.h"
#include "importprogresspanel.h"
#include "importsummaryview.h"
#include "importwizard.h"

#include "import/importhistory.h"
#include "services/recordstore.h"
#include "services/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace Patron {

ImportRunPage::ImportRunPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_job(new ImportJob(wizard.workspace(), this))
    , m_progress(new ImportProgressPanel(m_job, this))
    , m_status(new QLabel(this))
    , m_summary(new ImportSummaryView(this))
    , m_undo(new QPushButton(tr("&Undo this import…"), this))
    , m_retry(new QPushButton(tr("Import &again"), this))
{
    setTitle(tr("Import"));
    setSubTitle(tr("The rows are written as one import batch (导入批次), which can be undone later from "
                   "File → Import history."));
    m_job->setObjectName(QStringLiteral("importJob"));
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_status->setOpenExternalLinks(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_undo->setObjectName(QStringLiteral("undoImportButton"));
    m_undo->hide();
    m_retry->setObjectName(QStringLiteral("retryImportButton"));
    m_retry->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addWidget(m_retry);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(m_summary, 1);

    connect(m_job, &ImportJob::finished, this, &ImportRunPage::onFinished);
    connect(m_undo, &QPushButton::clicked, this, &ImportRunPage::confirmUndo);
    connect(m_retry, &QPushButton::clicked, this, &ImportRunPage::start);
}

void ImportRunPage::initializePage()
{
    start();
}

void ImportRunPage::start()
{
    if (m_job->isRunning())
        return;
    ImportRequest r = m_wizard.request();
    r.dryRun = false;
    // Rejected rows always go to a file the summary links to; the user need not ask first.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                        + QStringLiteral("/import-errors");
    QDir().mkpath(dir);
    r.errorFile = QDir(dir).filePath(QStringLiteral("%1-%2-errors.csv")
                                         .arg(QFileInfo(r.path).completeBaseName(),
                                              QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    m_batchId = 0;
    m_undone = false;
    m_summary->clear();
    m_undo->hide();
    m_retry->hide();
    m_status->setText(tr("Importing %1…").arg(QFileInfo(r.path).fileName().toHtmlEscaped()));
    m_job->start(r);
    emit completeChanged();
}

void ImportRunPage::onFinished()
{
    const Result<ImportSummary> &r = m_job->result();
    if (m_job->wasCancelled()) {
        m_status->setText(tr("<b>Import cancelled.</b> Nothing was changed in the database."));
        m_retry->show();
    } else if (!r) {
        m_status->setText(tr("<b>The import failed</b> and nothing was changed: %1").arg(r.error().message.toHtmlEscaped()));
        m_retry->show();
    } else {
        const ImportSummary &s = r.value();
        m_summary->setSummary(s);
        m_batchId = s.batchId;
        QString text;
        if (s.batchId > 0) {
            text = tr("<b>Import finished</b> as batch #%1 in %2 s.")
                       .arg(s.batchId)
                       .arg(QLocale().toString(s.seconds, 'f', 1));
            m_undo->show();
            m_undo->setEnabled(true);
            emit m_wizard.dataChanged();
        } else if (m_wizard.request().strict && s.rejected > 0) {
            text = tr("<b>Nothing was imported:</b> strict mode, and %n row(s) were rejected.", nullptr, int(s.rejected));
            m_retry->show();
        } else {
            text = tr("<b>Nothing to import:</b> no row added or changed anything.");
        }
        if (!s.errorFile.isEmpty()) {
            text += QStringLiteral("<br>")
                    + tr("Rejected rows with their reasons: <a href=\"%1\">%2</a>")
                          .arg(QUrl::fromLocalFile(s.errorFile).toString(QUrl::FullyEncoded),
                               QDir::toNativeSeparators(s.errorFile).toHtmlEscaped());
        }
        m_status->setText(text);
    }
    emit completeChanged();
}

void ImportRunPage::confirmUndo()
{
    if (m_batchId <= 0 || m_undone)
        return;
    ImportHistory history(m_wizard.workspace().database(), m_wizard.workspace().store().actor());
    const Result<QString> blocker = history.undoBlocker(m_batchId);
    if (!blocker || !blocker->isEmpty()) {
        QMessageBox::warning(this, tr("Undo import"), blocker ? blocker.value() : blocker.error().message);
        return;
    }
    const ImportSummary &s = m_job->result().value();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Undo import"),
                                tr("Undo import batch #%1?").arg(m_batchId), QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmUndoBox"));
    box->setInformativeText(tr("%n record(s) it created will be removed", nullptr, int(s.created)) + QLatin1Char('\n')
                            + tr("%n record(s) it updated or merged into will get their earlier values back.", nullptr,
                                 int(s.updated + s.merged)));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            undo();
    });
    box->open();
}

void ImportRunPage::undo()
{
    ImportHistory history(m_wizard.workspace().database(), m_wizard.workspace().store().actor());
    const Status s = history.undo(m_batchId);
    if (!s) {
        m_status->setText(tr("<b>The import could not be undone:</b> %1").arg(s.error().message.toHtmlEscaped()));
        return;
    }
    m_undone = true;
    m_undo->setEnabled(false);
    m_status->setText(tr("<b>Import batch #%1 was undone.</b> The database is as it was before.").arg(m_batchId));
    emit m_wizard.dataChanged();
}

bool ImportRunPage::isComplete() const
{
    return !m_job->isRunning();
}

} // namespace Patron
