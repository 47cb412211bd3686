#pragma once

#include "segments/condition.h"
#include "segments/segmentcompiler.h"

#include <QFrame>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QHBoxLayout;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace Patron {

class Workspace;
class ConditionGroupWidget;

/// One condition row: field ▸ operator ▸ a value editor suited to the field (text,
/// number, date, choice lists, a period for order figures) ▸ remove.
class ConditionRowWidget : public QWidget
{
    Q_OBJECT

public:
    ConditionRowWidget(const QList<SegmentField> &fields, QWidget *parent = nullptr);

    void setCondition(const Condition &leaf);
    Condition condition() const;
    QComboBox *fieldCombo() const { return m_field; }
    QComboBox *operatorCombo() const { return m_op; }

signals:
    void changed();
    void removeRequested();

private:
    const SegmentField &field() const;
    QString op() const;
    void rebuildOperators();
    void rebuildValue();
    void setValue(const QVariant &value);
    QVariant value() const;
    QWidget *makeScalar(QWidget *parent, const QString &name);
    QVariant scalarValue(QWidget *editor) const;
    void setScalarValue(QWidget *editor, const QVariant &value);

    QList<SegmentField> m_fields;
    QComboBox *m_field;
    QComboBox *m_op;
    QWidget *m_valueHost;
    QHBoxLayout *m_valueLayout;
    QWidget *m_first = nullptr;   ///< scalar editor (or low end of between)
    QWidget *m_second = nullptr;  ///< high end of between
    QListWidget *m_list = nullptr;///< checkable choices for in / not_in
    QLineEdit *m_listText = nullptr; ///< comma-separated texts for in / not_in
    QComboBox *m_period = nullptr;
    QSpinBox *m_days = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
};

/// An AND / OR group of rows and nested groups.
class ConditionGroupWidget : public QFrame
{
    Q_OBJECT

public:
    ConditionGroupWidget(const QList<SegmentField> &fields, bool nested, QWidget *parent = nullptr);

    void setCondition(const Condition &group);
    Condition condition() const;
    ConditionRowWidget *addRow();
    ConditionGroupWidget *addGroup();
    QComboBox *modeCombo() const { return m_mode; }

signals:
    void changed();
    void removeRequested();

private:
    void adopt(QWidget *child);
    void clearChildren();

    QList<SegmentField> m_fields;
    QComboBox *m_mode;
    QVBoxLayout *m_children;
};

/// The segment builder's editing area ("like Lego"): a root group; rows and groups are
/// added and removed freely. changed() fires on every edit.
class ConditionEditor : public QWidget
{
    Q_OBJECT

public:
    ConditionEditor(Workspace &workspace, QWidget *parent = nullptr);

    void setCondition(const Condition &condition);
    Condition condition() const;
    ConditionGroupWidget *root() const { return m_root; }
    /// The fields offered, with owners and tags filled in as choices.
    static QList<SegmentField> builderFields(Workspace &workspace);

signals:
    void changed();

private:
    ConditionGroupWidget *m_root;
};

} // namespace Patron
