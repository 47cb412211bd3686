#pragma once

#include "export/exporter.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Patron {

class Workspace;

/// File → Export…: what (customers, orders, follow-ups, contacts) of which customers
/// (the current list or the selected rows), format (CSV, XLSX, JSON, vCard), CSV
/// encoding and the file. The export runs on a worker thread with its own database
/// connection behind a progress dialog with Cancel; the file appears only when it is
/// complete.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    /// list: the customer list's filter and row count; selection: the selected rows'
    /// count and a way to fetch their ids (fetched only if the selection is exported).
    ExportDialog(Workspace &workspace, const CustomerFilter &list, qint64 listCount, qint64 selectedCount,
                 std::function<QList<qint64>()> selectedIds, QWidget *parent = nullptr);

    void setTable(ExportTable table);
    void setFormat(ExportFormat format);
    void setUseSelection(bool selection);
    /// Sets the target without the file chooser (tests, and typing a path).
    void setPath(const QString &path);
    QString path() const;
    /// The request the dialog stands for now (selection ids not yet fetched).
    ExportRequest request() const;

    /// Runs the export now (what the Export button does). Returns the rows written.
    Result<qint64> runExport();

signals:
    /// After a successful export: rows written and the file.
    void exported(qint64 rows, const QString &path);

private:
    void browse();
    void updateControls();
    void accept() override;
    void reject() override;

    Workspace &m_workspace;
    CustomerFilter m_filter;
    std::function<QList<qint64>()> m_selectedIds;
    QComboBox *m_table;
    QRadioButton *m_wholeList;
    QRadioButton *m_selection;
    QComboBox *m_format;
    QComboBox *m_encoding;
    QLabel *m_encodingLabel;
    QLineEdit *m_path;
    QDialogButtonBox *m_buttons;
    bool m_running = false; ///< an export is in progress (its progress dialog has Cancel)
};

} // namespace Patron
