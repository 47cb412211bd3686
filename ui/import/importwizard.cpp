#include "importwizard.h"

#include "importfilepage.h"
#include "importjob.h"
#include "importmappingpage.h"
#include "importoptionspage.h"
#include "importpreviewpage.h"
#include "importrunpage.h"

#include <QFileDialog>

namespace Patron {

ImportWizard::ImportWizard(Workspace &workspace, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_filePage(new ImportFilePage(*this))
    , m_previewPage(new ImportPreviewPage(*this))
    , m_mappingPage(new ImportMappingPage(*this))
    , m_optionsPage(new ImportOptionsPage(*this))
    , m_runPage(new ImportRunPage(*this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPage(FilePage, m_filePage);
    setPage(PreviewPage, m_previewPage);
    setPage(MappingPage, m_mappingPage);
    setPage(OptionsPage, m_optionsPage);
    setPage(RunPage, m_runPage);
    setStartId(FilePage);
    setButtonText(QWizard::FinishButton, tr("&Close"));
    // Chinese text is wider and taller; the mapping and preview tables need the room.
    setMinimumSize(860, 600);
    resize(980, 700);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFilePath(const QString &path)
{
    m_filePage->setPath(path);
}

QString ImportWizard::filePath() const
{
    return m_filePage->path();
}

void ImportWizard::setKind(ImportKind kind)
{
    m_filePage->setKind(kind);
}

QString ImportWizard::chooseErrorFile(QWidget *parent, const QString &suggested)
{
    if (m_saveChooser)
        return m_saveChooser(suggested);
    return QFileDialog::getSaveFileName(parent, tr("Save error file"), suggested, tr("CSV files (*.csv)"));
}

void ImportWizard::reject()
{
    // Closing must not leave a worker writing; cancelling rolls it back first.
    for (ImportJob *job : {m_optionsPage->job(), m_runPage->job()}) {
        if (job->isRunning()) {
            job->cancel();
            return;
        }
    }
    QWizard::reject();
}

} // namespace Patron
