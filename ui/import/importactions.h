#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QUrl;
class QWidget;

namespace Patron {

class ImportHistoryDialog;
class ImportWizard;
class Workspace;

/// File → Import… (Ctrl+I) and File → Import history…, and files dropped on a window:
/// a .csv/.tsv/.txt/.xlsx/.xls file dropped there opens the import wizard with it.
class ImportActions : public QObject
{
    Q_OBJECT

public:
    ImportActions(Workspace &workspace, QWidget *dialogParent);

    QAction *importAction() const { return m_import; }
    QAction *historyAction() const { return m_history; }

    void addToMenu(QMenu *menu);
    /// Accepts file drops on this window (an event filter: the window needs no code).
    void acceptDropsOn(QWidget *window);

    /// Opens the wizard (or brings the open one forward), with this file when given.
    ImportWizard *openWizard(const QString &path = {});
    ImportHistoryDialog *openHistory();
    ImportWizard *wizard() const;

    /// The importable file among dropped URLs, "" when there is none.
    static QString importableFile(const QList<QUrl> &urls);

signals:
    /// Data was imported or an import undone: customer lists should re-read.
    void dataChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Workspace &m_workspace;
    QWidget *m_dialogParent;
    QAction *m_import;
    QAction *m_history;
    QPointer<ImportWizard> m_wizard;
    QPointer<ImportHistoryDialog> m_historyDialog;
};

} // namespace Patron
