#include "importactions.h"

#include "importfilepage.h"
#include "importhistorydialog.h"
#include "importwizard.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMenu>
#include <QMimeData>
#include <QTimer>
#include <QUrl>

namespace Patron {

ImportActions::ImportActions(Workspace &workspace, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_workspace(workspace)
    , m_dialogParent(dialogParent)
{
    setObjectName(QStringLiteral("importActions"));
    m_import = new QAction(tr("&Import…"), this);
    m_import->setObjectName(QStringLiteral("actionImport"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setStatusTip(tr("Import customers, orders, contacts or follow-up records from CSV or Excel/WPS files"));
    connect(m_import, &QAction::triggered, this, [this] { openWizard(); });

    m_history = new QAction(tr("Import &history…"), this);
    m_history->setObjectName(QStringLiteral("actionImportHistory"));
    m_history->setStatusTip(tr("See earlier imports and undo one"));
    connect(m_history, &QAction::triggered, this, &ImportActions::openHistory);
}

void ImportActions::addToMenu(QMenu *menu)
{
    menu->addAction(m_import);
    menu->addAction(m_history);
}

void ImportActions::acceptDropsOn(QWidget *window)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

QString ImportActions::importableFile(const QList<QUrl> &urls)
{
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && ImportFilePage::isImportableFile(url.toLocalFile()))
            return url.toLocalFile();
    }
    return {};
}

bool ImportActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDropEvent *>(event);
        if (drag->mimeData()->hasUrls() && !importableFile(drag->mimeData()->urls()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = drop->mimeData()->hasUrls() ? importableFile(drop->mimeData()->urls()) : QString();
        if (!path.isEmpty()) {
            drop->acceptProposedAction();
            // Not inside the drop: the drag source (a file manager) waits until it returns.
            QTimer::singleShot(0, this, [this, path] { openWizard(path); });
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

ImportWizard *ImportActions::openWizard(const QString &path)
{
    if (m_wizard && m_wizard->isVisible()) {
        // A second file while the first is on its first page replaces it; later the user
        // is in the middle of something and only sees the wizard come forward.
        if (!path.isEmpty() && m_wizard->currentId() == ImportWizard::FilePage)
            m_wizard->setFilePath(path);
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    auto *wizard = new ImportWizard(m_workspace, m_dialogParent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::dataChanged, this, &ImportActions::dataChanged);
    if (!path.isEmpty())
        wizard->setFilePath(path);
    m_wizard = wizard;
    wizard->open();
    return wizard;
}

ImportWizard *ImportActions::wizard() const
{
    return m_wizard;
}

ImportHistoryDialog *ImportActions::openHistory()
{
    if (m_historyDialog && m_historyDialog->isVisible()) {
        m_historyDialog->reload();
        m_historyDialog->raise();
        return m_historyDialog;
    }
    auto *dialog = new ImportHistoryDialog(m_workspace, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportHistoryDialog::batchUndone, this, &ImportActions::dataChanged);
    m_historyDialog = dialog;
    dialog->open();
    return dialog;
}

} // namespace Patron
