#pragma once

#include "import/importtypes.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Patron {

class ImportWizard;

/// Step 1: what the file holds (customers, orders, contacts, follow-up records) and which
/// file it is.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard &wizard);

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *browseButton() const { return m_browse; }

    void setPath(const QString &path);
    QString path() const;
    void setKind(ImportKind kind);
    ImportKind kind() const;

    bool isComplete() const override;
    bool validatePage() override;

    static bool isImportableFile(const QString &path);

private:
    void browse();
    void updateHint();

    ImportWizard &m_wizard;
    QComboBox *m_kind;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_hint;
};

} // namespace Patron
