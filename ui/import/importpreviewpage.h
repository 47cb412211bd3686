#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace Patron {

class ImportWizard;

/// Step 2: the first rows as the reader parsed them, the detected header row highlighted
/// and the rows above it greyed, with the reader's guesses (encoding, delimiter, sheet,
/// header row) open to correction. Every change re-reads the preview.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard &wizard);

    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    QComboBox *sheetBox() const { return m_sheet; }
    QSpinBox *headerRowBox() const { return m_headerRow; }
    QTableWidget *table() const { return m_table; }
    QLabel *formatLabel() const { return m_format; }
    QLabel *errorLabel() const { return m_error; }

    /// Index into preview().rows of the header row, -1 when there is none.
    int headerIndex() const;

    void initializePage() override;
    bool isComplete() const override;

private:
    void reload();
    void fillTable();
    void onOptionChanged();

    ImportWizard &m_wizard;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_sheet;
    QSpinBox *m_headerRow;
    QLabel *m_format;
    QLabel *m_error;
    QTableWidget *m_table;
    bool m_ok = false;
    bool m_filling = false;
    bool m_headerChosen = false;
};

} // namespace Patron
