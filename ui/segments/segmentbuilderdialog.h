#pragma once

#include "segments/condition.h"
#include "segments/segmentservice.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTimer;

namespace Patron {

class BackgroundCounter;
class CommandContext;
class ConditionEditor;

/// The segment builder: a name, the condition editor, a live count of the matching
/// customers (debounced, counted on a worker thread) and inline validation. Saving goes
/// through the undo stack: a new or edited saved segment, or a rule tag.
class SegmentBuilderDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Target { Segment, RuleTag };

    SegmentBuilderDialog(CommandContext &context, Target target, QWidget *parent = nullptr);
    ~SegmentBuilderDialog() override;

    /// Edit an existing segment instead of creating one.
    void editSegment(const SegmentInfo &segment);
    /// Edit an existing rule tag instead of creating one.
    void editRuleTag(qint64 tagId, const QString &name, const Condition &condition);
    void setName(const QString &name);
    void setCondition(const Condition &condition);

    ConditionEditor *editor() const { return m_editor; }
    QLineEdit *nameEdit() const { return m_name; }
    QLabel *countLabel() const { return m_count; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *saveButton() const { return m_save; }
    /// Whether a count is still being worked out (for tests).
    bool isCounting() const;
    /// The segment or tag saved, once accepted.
    qint64 savedId() const { return m_savedId; }

signals:
    void saved(qint64 id);

private:
    void scheduleCount();
    void refresh();
    void save();

    CommandContext &m_context;
    Target m_target;
    qint64 m_editId = 0;
    SegmentInfo m_before;
    QString m_beforeName;
    Condition m_beforeCondition;
    QLineEdit *m_name;
    ConditionEditor *m_editor;
    QLabel *m_count;
    QLabel *m_error;
    QPushButton *m_save;
    QTimer *m_debounce;
    BackgroundCounter *m_counter;
    qint64 m_savedId = 0;
};

} // namespace Patron
