#include "segmentbuilderdialog.h"

#include "backgroundcounter.h"
#include "commands/commandcontext.h"
#include "commands/segmentcommands.h"
#include "conditioneditor.h"
#include "services/workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <climits>

namespace Patron {

namespace {
const int kDebounceMs = 300;
}

SegmentBuilderDialog::SegmentBuilderDialog(CommandContext &context, Target target, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_target(target)
    , m_name(new QLineEdit(this))
    , m_editor(new ConditionEditor(context.workspace(), this))
    , m_count(new QLabel(this))
    , m_error(new QLabel(this))
    , m_save(nullptr)
    , m_debounce(new QTimer(this))
    , m_counter(new BackgroundCounter(context.workspace(), this))
{
    setObjectName(QStringLiteral("SegmentBuilderDialog"));
    setWindowTitle(target == Target::Segment ? tr("New segment") : tr("New rule tag"));
    resize(820, 460);
    m_name->setObjectName(QStringLiteral("segmentName"));
    m_name->setPlaceholderText(target == Target::Segment ? tr("e.g. 广东 key accounts") : tr("e.g. VIP"));
    m_count->setObjectName(QStringLiteral("liveCount"));
    m_error->setObjectName(QStringLiteral("validationError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b42318; }"));
    m_error->hide();
    QFont f = m_count->font();
    f.setBold(true);
    m_count->setFont(f);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_editor);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(target == Target::Segment ? tr("&Save segment") : tr("&Save tag"),
                                QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveSegment"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &SegmentBuilderDialog::save);

    auto *form = new QFormLayout;
    form->addRow(target == Target::Segment ? tr("Segment &name:") : tr("Tag &name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (target == Target::RuleTag) {
        auto *hint = new QLabel(tr("Customers matching the condition carry the tag; it follows the data by itself and "
                                   "cannot be added or removed by hand."),
                                this);
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SegmentBuilderDialog::refresh);
    connect(m_editor, &ConditionEditor::changed, this, &SegmentBuilderDialog::scheduleCount);
    connect(m_name, &QLineEdit::textChanged, this, [this] { m_error->hide(); });
    connect(m_counter, &BackgroundCounter::counted, this, [this](int, qint64 n, const QString &error) {
        if (!error.isEmpty()) {
            m_count->setText(tr("Cannot count: %1").arg(error));
            return;
        }
        m_count->setText(tr("%n matching customer(s)", nullptr, int(std::min<qint64>(n, INT_MAX))));
        m_count->setProperty("count", n);
    });

    m_editor->root()->addRow();
    refresh();
}

SegmentBuilderDialog::~SegmentBuilderDialog() = default;

bool SegmentBuilderDialog::isCounting() const
{
    return m_debounce->isActive() || m_counter->isBusy();
}

void SegmentBuilderDialog::editSegment(const SegmentInfo &segment)
{
    m_editId = segment.id;
    m_before = segment;
    setWindowTitle(tr("Edit segment “%1”").arg(segment.name));
    setName(segment.name);
    setCondition(segment.condition);
}

void SegmentBuilderDialog::editRuleTag(qint64 tagId, const QString &name, const Condition &condition)
{
    m_editId = tagId;
    m_beforeName = name;
    m_beforeCondition = condition;
    setWindowTitle(tr("Edit rule tag “%1”").arg(name));
    setName(name);
    setCondition(condition);
}

void SegmentBuilderDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void SegmentBuilderDialog::setCondition(const Condition &condition)
{
    m_editor->setCondition(condition);
    m_debounce->stop();
    refresh();
}

void SegmentBuilderDialog::scheduleCount()
{
    m_count->setText(tr("Counting…"));
    m_debounce->start();
}

void SegmentBuilderDialog::refresh()
{
    const Condition condition = m_editor->condition();
    // Validation is cheap (no customer rows read) and shown at once, inline.
    const Status valid = m_context.workspace().segments().validate(condition);
    m_error->setVisible(!valid);
    m_error->setText(valid ? QString() : valid.error().message);
    m_save->setEnabled(bool(valid));
    if (!valid) {
        m_count->setText(tr("—"));
        return;
    }
    m_count->setText(tr("Counting…"));
    m_counter->count(0, condition);
}

void SegmentBuilderDialog::save()
{
    const Condition condition = m_editor->condition();
    const QString name = m_name->text().simplified();
    auto show = [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    };
    if (name.isEmpty()) {
        show(m_target == Target::Segment ? tr("Give the segment a name.") : tr("Give the tag a name."));
        m_name->setFocus();
        return;
    }
    Status s;
    if (m_target == Target::Segment) {
        if (m_editId == 0) {
            auto *command = new CreateSegmentCommand(m_context, name, condition);
            s = m_context.push(command);
            if (s)
                m_savedId = command->segmentId();
        } else {
            if (name == m_before.name && condition == m_before.condition) {
                accept();
                return;
            }
            s = m_context.push(new EditSegmentCommand(m_context, m_before, name, condition,
                                                      tr("Edit segment “%1”").arg(name)));
            m_savedId = m_editId;
        }
    } else {
        if (m_editId == 0) {
            auto *command = new CreateRuleTagCommand(m_context, name, condition);
            s = m_context.push(command);
            if (s)
                m_savedId = command->tagId();
        } else {
            s = m_context.push(new EditRuleTagCommand(m_context, m_editId, m_beforeName, m_beforeCondition, name, condition));
            m_savedId = m_editId;
        }
    }
    if (!s) {
        show(s.error().message);
        return;
    }
    emit saved(m_savedId);
    accept();
}

} // namespace Patron
