#include "playbookeditor.h"

#include "actionlisteditor.h"
#include "segments/conditioneditor.h"

#include <utility>
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Patron {

StepCard::StepCard(Workspace &workspace, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_day(new QSpinBox(this))
    , m_actions(new ActionListEditor(workspace, this))
    , m_noActivity(new QCheckBox(tr("Only if no follow-up was logged since step"), this))
    , m_noOrder(new QCheckBox(tr("Only if the customer has not ordered since step"), this))
    , m_condition(new QCheckBox(tr("Only if these conditions hold:"), this))
    , m_noActivityStep(new QSpinBox(this))
    , m_noOrderStep(new QSpinBox(this))
    , m_conditionEditor(new ConditionEditor(workspace, this))
    , m_up(new QPushButton(tr("Up"), this))
    , m_down(new QPushButton(tr("Down"), this))
    , m_remove(new QPushButton(tr("Remove step"), this))
{
    setObjectName(QStringLiteral("stepCard"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    header->addWidget(m_title);
    header->addWidget(new QLabel(tr("Day"), this));
    m_day->setObjectName(QStringLiteral("stepDay"));
    m_day->setRange(0, 3650);
    m_day->setToolTip(tr("Days after the playbook started for the customer"));
    header->addWidget(m_day);
    header->addStretch();
    m_up->setObjectName(QStringLiteral("stepUp"));
    m_down->setObjectName(QStringLiteral("stepDown"));
    m_remove->setObjectName(QStringLiteral("removeStep"));
    header->addWidget(m_up);
    header->addWidget(m_down);
    header->addWidget(m_remove);
    layout->addLayout(header);
    layout->addWidget(m_actions);
    m_noActivity->setObjectName(QStringLiteral("guardNoActivity"));
    m_noOrder->setObjectName(QStringLiteral("guardNoOrder"));
    for (auto [check, spin] : {std::pair{m_noActivity, m_noActivityStep}, std::pair{m_noOrder, m_noOrderStep}}) {
        auto *row = new QHBoxLayout;
        spin->setRange(1, 99);
        spin->setEnabled(false);
        row->addWidget(check);
        row->addWidget(spin);
        row->addStretch();
        layout->addLayout(row);
        connect(check, &QCheckBox::toggled, spin, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &StepCard::changed);
        connect(spin, &QSpinBox::valueChanged, this, &StepCard::changed);
        spin->setToolTip(tr("An earlier step: the guard looks at what happened since that step fired"));
    }
    m_condition->setObjectName(QStringLiteral("guardCondition"));
    m_conditionEditor->setObjectName(QStringLiteral("guardConditionEditor"));
    m_conditionEditor->setVisible(false);
    layout->addWidget(m_condition);
    layout->addWidget(m_conditionEditor);
    connect(m_condition, &QCheckBox::toggled, m_conditionEditor, &QWidget::setVisible);
    connect(m_condition, &QCheckBox::toggled, this, &StepCard::changed);
    connect(m_conditionEditor, &ConditionEditor::changed, this, &StepCard::changed);
    connect(m_day, &QSpinBox::valueChanged, this, &StepCard::changed);
    connect(m_actions, &ActionListEditor::changed, this, &StepCard::changed);
    connect(m_up, &QPushButton::clicked, this, [this] { emit moveRequested(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { emit moveRequested(1); });
    connect(m_remove, &QPushButton::clicked, this, &StepCard::removeRequested);
}

void StepCard::setNumber(int number, int count)
{
    m_title->setText(tr("Step %1").arg(number));
    m_up->setEnabled(number > 1);
    m_down->setEnabled(number < count);
    m_number = number;
    updateGuards();
}

void StepCard::updateGuards()
{
    // Guards on what happened since an earlier step: none before the first step. One still
    // set (the steps were moved) stays editable so it can be fixed or unticked; the
    // dialog's validation names it.
    const bool earlier = m_number > 1;
    m_noActivity->setEnabled(earlier || m_noActivity->isChecked());
    m_noOrder->setEnabled(earlier || m_noOrder->isChecked());
    for (QSpinBox *spin : {m_noActivityStep, m_noOrderStep})
        spin->setMaximum(qMax(qMax(1, m_number - 1), spin->value()));
}

void StepCard::setStep(const Sop::Step &step)
{
    const QSignalBlocker b1(m_day), b2(m_noActivity), b3(m_noOrder), b4(m_noActivityStep), b5(m_noOrderStep),
        b6(m_condition), b7(m_conditionEditor);
    m_day->setValue(step.day);
    m_actions->setActions(step.actions);
    m_noActivity->setChecked(false);
    m_noOrder->setChecked(false);
    m_condition->setChecked(false);
    m_conditionEditor->setCondition(Condition{});
    m_otherGuards.clear();
    for (const Sop::StepGuard &g : step.onlyIf) {
        QSpinBox *spin = nullptr;
        if (g.kind == QLatin1String("no_activity_since_step") && !m_noActivity->isChecked()) {
            m_noActivity->setChecked(true);
            spin = m_noActivityStep;
        } else if (g.kind == QLatin1String("no_order_since_step") && !m_noOrder->isChecked()) {
            m_noOrder->setChecked(true);
            spin = m_noOrderStep;
        } else if (g.kind == QLatin1String("condition") && !m_condition->isChecked()) {
            m_condition->setChecked(true);
            m_conditionEditor->setCondition(g.condition);
        } else {
            m_otherGuards << g;
        }
        if (spin) {
            spin->setMaximum(qMax(spin->maximum(), g.step)); // shown as it is, even if out of range
            spin->setValue(g.step);
        }
    }
    m_noActivityStep->setEnabled(m_noActivity->isChecked());
    m_noOrderStep->setEnabled(m_noOrder->isChecked());
    m_conditionEditor->setVisible(m_condition->isChecked());
    updateGuards();
}

Sop::Step StepCard::step() const
{
    Sop::Step s;
    s.day = m_day->value();
    s.actions = m_actions->actions();
    if (m_noActivity->isChecked()) {
        Sop::StepGuard g;
        g.kind = QStringLiteral("no_activity_since_step");
        g.step = m_noActivityStep->value();
        s.onlyIf << g;
    }
    if (m_noOrder->isChecked()) {
        Sop::StepGuard g;
        g.kind = QStringLiteral("no_order_since_step");
        g.step = m_noOrderStep->value();
        s.onlyIf << g;
    }
    if (m_condition->isChecked()) {
        Sop::StepGuard g;
        g.kind = QStringLiteral("condition");
        g.condition = m_conditionEditor->condition();
        s.onlyIf << g;
    }
    s.onlyIf << m_otherGuards;
    return s;
}

PlaybookEditor::PlaybookEditor(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_addStep(new QPushButton(tr("Add step"), this))
    , m_orderedAgain(new QCheckBox(tr("Stop when the customer orders again"), this))
    , m_leftSegment(new QCheckBox(tr("Stop when the customer leaves the trigger's segment or tier"), this))
    , m_stopWhen(new QCheckBox(tr("Stop when these conditions hold:"), this))
    , m_stopEditor(new ConditionEditor(workspace, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *host = new QWidget(scroll);
    m_flow = new QVBoxLayout(host);
    m_flow->addStretch();
    scroll->setWidget(host);
    layout->addWidget(scroll, 3);
    m_addStep->setObjectName(QStringLiteral("addStep"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addStep);
    addRow->addStretch();
    layout->addLayout(addRow);

    auto *stop = new QGroupBox(tr("Stop conditions"), this);
    auto *stopLayout = new QVBoxLayout(stop);
    m_orderedAgain->setObjectName(QStringLiteral("stopOrderedAgain"));
    m_leftSegment->setObjectName(QStringLiteral("stopLeftSegment"));
    m_stopWhen->setObjectName(QStringLiteral("stopCondition"));
    stopLayout->addWidget(m_orderedAgain);
    stopLayout->addWidget(m_leftSegment);
    stopLayout->addWidget(m_stopWhen);
    stopLayout->addWidget(m_stopEditor);
    m_stopEditor->setVisible(false);
    layout->addWidget(stop, 1);

    connect(m_addStep, &QPushButton::clicked, this, [this] {
        addStep();
        emit changed();
    });
    for (QCheckBox *c : {m_orderedAgain, m_leftSegment, m_stopWhen})
        connect(c, &QCheckBox::toggled, this, &PlaybookEditor::changed);
    connect(m_stopWhen, &QCheckBox::toggled, m_stopEditor, &QWidget::setVisible);
    connect(m_stopEditor, &ConditionEditor::changed, this, &PlaybookEditor::changed);
}

StepCard *PlaybookEditor::addStep()
{
    auto *card = new StepCard(m_workspace, this);
    Sop::Step s;
    // A new step comes a week after the last one, the usual rhythm of the templates.
    s.day = m_cards.isEmpty() ? 0 : m_cards.last()->step().day + 7;
    card->setStep(s);
    m_cards << card;
    connect(card, &StepCard::changed, this, &PlaybookEditor::updateArrows);
    connect(card, &StepCard::changed, this, &PlaybookEditor::changed);
    connect(card, &StepCard::moveRequested, this, [this, card](int delta) { moveCard(card, delta); });
    connect(card, &StepCard::removeRequested, this, [this, card] { removeCard(card); });
    relayout();
    return card;
}

void PlaybookEditor::moveCard(StepCard *card, int delta)
{
    const int from = int(m_cards.indexOf(card));
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_cards.size())
        return;
    m_cards.swapItemsAt(from, to);
    relayout();
    emit changed();
}

void PlaybookEditor::removeCard(StepCard *card)
{
    m_cards.removeAll(card);
    card->deleteLater();
    card->hide();
    relayout();
    emit changed();
}

void PlaybookEditor::relayout()
{
    for (StepCard *c : std::as_const(m_cards))
        m_flow->removeWidget(c);
    qDeleteAll(m_arrows);
    m_arrows.clear();
    int at = 0;
    for (int i = 0; i < m_cards.size(); ++i) {
        if (i > 0) {
            auto *arrow = new QLabel(m_flow->parentWidget());
            arrow->setAlignment(Qt::AlignHCenter);
            m_arrows << arrow;
            m_flow->insertWidget(at++, arrow);
        }
        m_flow->insertWidget(at++, m_cards.at(i));
        m_cards.at(i)->setNumber(i + 1, int(m_cards.size()));
    }
    updateArrows();
}

void PlaybookEditor::updateArrows()
{
    // The flow reads downwards: an arrow with the wait between two steps.
    for (int i = 0; i < m_arrows.size() && i + 1 < m_cards.size(); ++i) {
        const int wait = m_cards.at(i + 1)->step().day - m_cards.at(i)->step().day;
        m_arrows.at(i)->setText(wait >= 0 ? QStringLiteral("↓  ") + tr("%n day(s) later", nullptr, wait)
                                          : QStringLiteral("↓  ") + tr("(this step's day is before the previous one)"));
    }
}

void PlaybookEditor::setPlaybook(const QList<Sop::Step> &steps, const QList<Sop::StopCondition> &stop)
{
    qDeleteAll(m_cards);
    m_cards.clear();
    for (const Sop::Step &s : steps)
        addStep()->setStep(s);
    relayout();
    const QSignalBlocker b1(m_orderedAgain), b2(m_leftSegment), b3(m_stopWhen);
    m_orderedAgain->setChecked(false);
    m_leftSegment->setChecked(false);
    m_stopWhen->setChecked(false);
    for (const Sop::StopCondition &s : stop) {
        if (s.kind == QLatin1String("ordered_again"))
            m_orderedAgain->setChecked(true);
        else if (s.kind == QLatin1String("left_segment"))
            m_leftSegment->setChecked(true);
        else if (s.kind == QLatin1String("condition")) {
            m_stopWhen->setChecked(true);
            m_stopEditor->setCondition(s.condition);
        }
    }
    m_stopEditor->setVisible(m_stopWhen->isChecked());
}

QList<Sop::Step> PlaybookEditor::steps() const
{
    QList<Sop::Step> out;
    for (StepCard *c : m_cards)
        out << c->step();
    return out;
}

QList<Sop::StopCondition> PlaybookEditor::stopConditions() const
{
    QList<Sop::StopCondition> out;
    if (m_orderedAgain->isChecked())
        out << Sop::StopCondition{QStringLiteral("ordered_again"), {}};
    if (m_leftSegment->isChecked())
        out << Sop::StopCondition{QStringLiteral("left_segment"), {}};
    if (m_stopWhen->isChecked())
        out << Sop::StopCondition{QStringLiteral("condition"), m_stopEditor->condition()};
    return out;
}

} // namespace Patron
