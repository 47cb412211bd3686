#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace Patron {

/// A small non-blocking "pick one" dialog (owner to assign, tag to add or remove). With
/// editable set the user may also type a new entry (a new tag name).
class ChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    ChoiceDialog(const QString &title, const QString &prompt, QWidget *parent = nullptr);

    void addChoice(const QString &text, const QVariant &data);
    void setEditable(bool editable);
    QComboBox *combo() const { return m_combo; }

    QVariant selectedData() const;
    QString selectedText() const;

private:
    QComboBox *m_combo;
};

} // namespace Patron
