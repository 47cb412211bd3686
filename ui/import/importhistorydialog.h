#pragma once

#include "import/importtypes.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Patron {

class Workspace;

/// File → Import history…: every import batch (导入批次) with its counts and status, and
/// "Undo import" (撤销导入) for the selected one. When a batch cannot be undone (a later
/// import or an edit changed what it wrote) the reason is shown and the button stays off.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportHistoryDialog(Workspace &workspace, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *undoButton() const { return m_undo; }
    QLabel *reasonLabel() const { return m_reason; }
    const QList<ImportBatch> &batches() const { return m_batches; }

    void reload();
    /// Selects the row of a batch.
    void selectBatch(qint64 batchId);
    qint64 selectedBatchId() const;

signals:
    /// An import was undone: lists showing customers should re-read.
    void batchUndone(qint64 batchId);

private:
    void updateSelection();
    void confirmUndo();
    void undo(qint64 batchId);

    Workspace &m_workspace;
    QTableWidget *m_table;
    QLabel *m_reason;
    QPushButton *m_undo;
    QList<ImportBatch> m_batches;
};

} // namespace Patron
