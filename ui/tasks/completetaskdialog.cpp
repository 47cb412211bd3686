#include "completetaskdialog.h"

#include "commands/commandcontext.h"
#include "domain/entity.h"
#include "taskcommands.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Patron {

CompleteTaskDialog::CompleteTaskDialog(CommandContext &context, qint64 taskId, int version, const QString &title,
                                       bool canLog, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_taskId(taskId)
    , m_version(version)
    , m_log(new QCheckBox(tr("Log a follow-up record"), this))
    , m_kind(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("CompleteTaskDialog"));
    setWindowTitle(tr("Complete task"));
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title, this);
    heading->setWordWrap(true);
    heading->setStyleSheet(QStringLiteral("font-weight: 600;"));
    layout->addWidget(heading);

    m_log->setObjectName(QStringLiteral("logFollowUp"));
    m_kind->setObjectName(QStringLiteral("followUpKind"));
    m_text->setObjectName(QStringLiteral("followUpText"));
    for (const QString &k : {QStringLiteral("call"), QStringLiteral("visit"), QStringLiteral("email"), QStringLiteral("note")})
        m_kind->addItem(choiceLabel(Entity::Activity, QStringLiteral("kind"), k), k);
    m_text->setPlaceholderText(tr("What happened, what was agreed…"));
    m_text->setTabChangesFocus(true);
    layout->addWidget(m_log);
    auto *form = new QFormLayout;
    form->addRow(fieldLabel(Entity::Activity, QStringLiteral("kind")), m_kind);
    form->addRow(fieldLabel(Entity::Activity, QStringLiteral("body")), m_text);
    layout->addLayout(form);
    if (!canLog) {
        m_log->setEnabled(false);
        m_log->setToolTip(tr("This task is not about a customer, so there is nobody to log a follow-up for."));
    }
    auto sync = [this] {
        m_kind->setEnabled(m_log->isChecked());
        m_text->setEnabled(m_log->isChecked());
    };
    connect(m_log, &QCheckBox::toggled, this, sync);
    sync();

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b42318; }"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Complete"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CompleteTaskDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CompleteTaskDialog::reject);
    layout->addWidget(buttons);
    resize(std::max(420, sizeHint().width()), sizeHint().height());
}

void CompleteTaskDialog::accept()
{
    const bool log = m_log->isEnabled() && m_log->isChecked();
    Status s = m_context.push(new CompleteTaskCommand(m_context, m_taskId, m_version,
                                                      log ? m_kind->currentData().toString() : QString(),
                                                      log ? m_text->toPlainText().trimmed() : QString()));
    if (!s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Patron
