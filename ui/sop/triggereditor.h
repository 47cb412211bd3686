#pragma once

#include "sop/soptypes.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace Patron {

class Workspace;

/// The trigger of an SOP rule or playbook: a kind and that kind's parameters (segments or
/// tiers with their RFM names, days, a tag, a field, repeat every N days). Rows that do not
/// apply to the chosen kind are hidden.
class TriggerEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TriggerEditor(Workspace &workspace, QWidget *parent = nullptr);

    void setTrigger(const Sop::Trigger &trigger);
    Sop::Trigger trigger() const;
    QComboBox *kindCombo() const { return m_kind; }
    QListWidget *valuesList() const { return m_values; }
    QSpinBox *daysSpin() const { return m_days; }

    /// A one-line summary for lists: "Entered 重要价值客户", "30 days since the last order".
    static QString summary(const Sop::Trigger &trigger);

signals:
    void changed();

private:
    void rebuildValues(const QStringList &checked);
    void updateRows();

    QFormLayout *m_form;
    QComboBox *m_kind;
    QListWidget *m_values;
    QSpinBox *m_days;
    QComboBox *m_tag;
    QComboBox *m_field;
    QLineEdit *m_fieldValues;
    QSpinBox *m_repeat;
    QList<QPair<QString, QString>> m_customerFields; ///< key → label
    QList<QPair<QString, QString>> m_dateFields;
    QString m_valuesKind;  ///< "segment" or "tier": what m_values lists
};

} // namespace Patron
