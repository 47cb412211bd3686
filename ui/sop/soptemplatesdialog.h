#pragma once

#include <QDialog>

class QLabel;
class QListWidget;

namespace Patron {

class Workspace;

/// The built-in SOP templates (高价值客户维护, 潜力客户培育, 流失挽回) with their
/// descriptions; "Add" returns the chosen template id. Writes nothing itself.
class SopTemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SopTemplatesDialog(Workspace &workspace, QWidget *parent = nullptr);

    QString templateId() const;
    QString templateName() const;
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
    QLabel *m_description;
};

} // namespace Patron
