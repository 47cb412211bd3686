#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace Patron {

class CommandContext;

/// "Complete task": optionally logs a follow-up record (kind and text) in the same step.
/// OK pushes a CompleteTaskCommand; an error stays in the dialog. Open it with open().
class CompleteTaskDialog : public QDialog
{
    Q_OBJECT

public:
    /// canLog: the task has a customer (a follow-up record belongs to one).
    CompleteTaskDialog(CommandContext &context, qint64 taskId, int version, const QString &title, bool canLog,
                       QWidget *parent = nullptr);

    QCheckBox *logFollowUp() const { return m_log; }
    QComboBox *kind() const { return m_kind; }
    QPlainTextEdit *text() const { return m_text; }

    void accept() override;

private:
    CommandContext &m_context;
    qint64 m_taskId;
    int m_version;
    QCheckBox *m_log;
    QComboBox *m_kind;
    QPlainTextEdit *m_text;
    QLabel *m_error;
};

} // namespace Patron
