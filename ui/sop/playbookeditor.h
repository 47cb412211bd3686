#pragma once

#include "sop/soptypes.h"

#include <QFrame>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace Patron {

class ActionListEditor;
class ConditionEditor;
class Workspace;

/// One step of a playbook as a card of the vertical flow: "Step 2 · Day 7", its actions
/// and its guards ("only if no follow-up since step 1", "only if the customer has not
/// ordered since step 1", "only if these conditions hold" with a ConditionEditor). A guard
/// can only refer to an earlier step: the first step offers none, and SopService::validate
/// rejects one that refers to its own or a later step (after the steps were moved).
class StepCard : public QFrame
{
    Q_OBJECT

public:
    StepCard(Workspace &workspace, QWidget *parent = nullptr);

    void setStep(const Sop::Step &step);
    Sop::Step step() const;
    void setNumber(int number, int count);
    QSpinBox *daySpin() const { return m_day; }
    ActionListEditor *actions() const { return m_actions; }
    QCheckBox *noActivityGuard() const { return m_noActivity; }
    QCheckBox *noOrderGuard() const { return m_noOrder; }
    QSpinBox *noActivityStep() const { return m_noActivityStep; }
    QSpinBox *noOrderStep() const { return m_noOrderStep; }
    QCheckBox *conditionGuard() const { return m_condition; }
    ConditionEditor *conditionGuardEditor() const { return m_conditionEditor; }

signals:
    void changed();
    void moveRequested(int delta);
    void removeRequested();

private:
    QLabel *m_title;
    QSpinBox *m_day;
    ActionListEditor *m_actions;
    void updateGuards();

    QCheckBox *m_noActivity, *m_noOrder, *m_condition;
    QSpinBox *m_noActivityStep, *m_noOrderStep;
    ConditionEditor *m_conditionEditor;
    QPushButton *m_up, *m_down, *m_remove;
    int m_number = 1;
    /// Guards the card has no widget for (a second condition guard from a JSON file): kept
    /// as they are, after the edited ones.
    QList<Sop::StepGuard> m_otherGuards;
};

/// The steps of a playbook as a vertical flow of cards (add, remove, move, delays) and its
/// stop conditions (ordered again, left the segment, a condition).
class PlaybookEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PlaybookEditor(Workspace &workspace, QWidget *parent = nullptr);

    void setPlaybook(const QList<Sop::Step> &steps, const QList<Sop::StopCondition> &stop);
    QList<Sop::Step> steps() const;
    QList<Sop::StopCondition> stopConditions() const;
    QList<StepCard *> cards() const { return m_cards; }
    StepCard *addStep();
    QPushButton *addStepButton() const { return m_addStep; }
    QCheckBox *stopOrderedAgain() const { return m_orderedAgain; }
    QCheckBox *stopLeftSegment() const { return m_leftSegment; }
    QCheckBox *stopCondition() const { return m_stopWhen; }
    ConditionEditor *stopConditionEditor() const { return m_stopEditor; }

signals:
    void changed();

private:
    void relayout();
    void updateArrows();
    void moveCard(StepCard *card, int delta);
    void removeCard(StepCard *card);

    Workspace &m_workspace;
    QVBoxLayout *m_flow;
    QList<StepCard *> m_cards;
    QList<QLabel *> m_arrows;
    QPushButton *m_addStep;
    QCheckBox *m_orderedAgain, *m_leftSegment, *m_stopWhen;
    ConditionEditor *m_stopEditor;
};

} // namespace Patron
