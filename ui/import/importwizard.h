#pragma once

#include "import/importtypes.h"

#include <QWizard>

#include <functional>

namespace Patron {

class ImportFilePage;
class ImportMappingPage;
class ImportOptionsPage;
class ImportPreviewPage;
class ImportRunPage;
class Workspace;

/// File → Import…: pick a file and what it holds, check the preview (encoding, sheet,
/// header row), map the columns (字段映射), choose how duplicates are handled and dry-run,
/// then import as one batch (导入批次) that can be undone. The state every page works on
/// (the request and the last preview) lives here.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, PreviewPage, MappingPage, OptionsPage, RunPage };

    explicit ImportWizard(Workspace &workspace, QWidget *parent = nullptr);
    ~ImportWizard() override;

    Workspace &workspace() const { return m_workspace; }
    ImportRequest &request() { return m_request; }
    const ImportRequest &request() const { return m_request; }
    const ImportPreview &preview() const { return m_preview; }
    void setPreview(const ImportPreview &preview) { m_preview = preview; }

    /// Sets the file (what the file chooser and a dropped file do).
    void setFilePath(const QString &path);
    QString filePath() const;
    void setKind(ImportKind kind);

    /// Replaces the save-file dialog (for the error file), e.g. in tests. Gets a suggested
    /// path and returns the chosen one or "" when cancelled.
    using SaveFileChooser = std::function<QString(const QString &suggested)>;
    void setSaveFileChooser(SaveFileChooser chooser) { m_saveChooser = std::move(chooser); }
    QString chooseErrorFile(QWidget *parent, const QString &suggested);

    ImportFilePage *filePage() const { return m_filePage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportOptionsPage *optionsPage() const { return m_optionsPage; }
    ImportRunPage *runPage() const { return m_runPage; }

    /// While an import or dry run is running, Cancel/Esc cancels it instead of closing.
    void reject() override;

signals:
    /// A batch was imported or undone: lists showing customers should re-read.
    void dataChanged();

private:
    Workspace &m_workspace;
    ImportRequest m_request;
    ImportPreview m_preview;
    SaveFileChooser m_saveChooser;
    ImportFilePage *m_filePage;
    ImportPreviewPage *m_previewPage;
    ImportMappingPage *m_mappingPage;
    ImportOptionsPage *m_optionsPage;
    ImportRunPage *m_runPage;
};

} // namespace Patron
