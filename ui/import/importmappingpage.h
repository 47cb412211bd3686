#pragma once

#include "import/importtypes.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Patron {

class ImportWizard;

/// Step 3: the column mapping (字段映射). One row per source column with its header, a few
/// sample values and the field it fills, auto-matched from a saved profile or the header
/// synonyms. Columns left out are listed, never dropped silently.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard &wizard);

    QTableWidget *table() const { return m_table; }
    /// The field combo of a source column.
    QComboBox *fieldBox(int column) const;
    QLineEdit *saveAsEdit() const { return m_saveAs; }
    QLabel *unmappedLabel() const { return m_unmapped; }
    QLabel *profileLabel() const { return m_profile; }
    QLabel *problemLabel() const { return m_problem; }

    /// The chosen field key per column ("" = not imported).
    QStringList fields() const;
    /// Chooses the field of a column ("" = not imported), as picking it in the combo does.
    void setField(int column, const QString &key);

    /// What keeps this mapping from being imported, "" when nothing does (checked here
    /// for immediate feedback; the engine checks again).
    QString problem() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    static QString newFieldKey();

private:
    void fillCombo(QComboBox *box) const;
    void onFieldChosen(int column);
    void createField(int column);
    void updateStatus();
    QString labelOf(const QString &key) const;

    ImportWizard &m_wizard;
    QTableWidget *m_table;
    QLabel *m_profile;
    QLabel *m_unmapped;
    QLabel *m_problem;
    QLineEdit *m_saveAs;
    QStringList m_header;   ///< the header the rows were built for
    QList<ImportField> m_fields;
    QStringList m_current;  ///< field per column, to undo a cancelled "New custom field…"
    bool m_updating = false;
};

} // namespace Patron
