#include "segmentactions.h"

#include "commands/commandcontext.h"
#include "customers/customerlistview.h"
#include "segmentbuilderdialog.h"
#include "segments/segmentservice.h"
#include "segmentsidebar.h"
#include "services/tagservice.h"
#include "services/workspace.h"
#include "widgets/choicedialog.h"

#include <QAction>
#include <QMainWindow>
#include <QStatusBar>
#include <QMenu>
#include <QMessageBox>

namespace Patron {

SegmentActions::SegmentActions(CommandContext &context, CustomerListView *list, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_list(list)
    , m_newSegment(new QAction(tr("New &segment…"), this))
    , m_newRuleTag(new QAction(tr("New &rule tag…"), this))
    , m_editRuleTag(new QAction(tr("&Edit rule tag…"), this))
    , m_refreshTags(new QAction(tr("Re&fresh rule and RFM tags"), this))
{
    m_newSegment->setObjectName(QStringLiteral("actionNewSegment"));
    // Ctrl+Shift+N is the customer page's "write a note"; G as in group.
    m_newSegment->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_newSegment->setStatusTip(tr("Build a customer segment from conditions"));
    connect(m_newSegment, &QAction::triggered, this, [this] { m_list->segmentSidebar()->newSegment(); });

    m_newRuleTag->setObjectName(QStringLiteral("actionNewRuleTag"));
    m_newRuleTag->setStatusTip(tr("A tag that customers carry while they match a condition"));
    connect(m_newRuleTag, &QAction::triggered, this, [this] {
        auto *dialog = new SegmentBuilderDialog(m_context, SegmentBuilderDialog::Target::RuleTag, dialogParent());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    m_editRuleTag->setObjectName(QStringLiteral("actionEditRuleTag"));
    connect(m_editRuleTag, &QAction::triggered, this, &SegmentActions::chooseRuleTag);

    m_refreshTags->setObjectName(QStringLiteral("actionRefreshTags"));
    connect(m_refreshTags, &QAction::triggered, this, [this] {
        SegmentService &segments = m_context.workspace().segments();
        auto rules = segments.refreshRuleTags();
        auto system = rules ? segments.refreshSystemTags() : Result<TagRefreshStats>(rules.error());
        if (!system) {
            QMessageBox::warning(dialogParent(), tr("Tags"), system.error().message);
            return;
        }
        const QStringList errors = rules->errors + system->errors;
        if (!errors.isEmpty())
            QMessageBox::warning(dialogParent(), tr("Tags"), errors.join(QLatin1Char('\n')));
        const QString message = tr("Tags refreshed: %1 added, %2 removed")
                                    .arg(rules->added + system->added)
                                    .arg(rules->removed + system->removed);
        if (auto *main = qobject_cast<QMainWindow *>(dialogParent()))
            main->statusBar()->showMessage(message, 5000);
    });
}

QWidget *SegmentActions::dialogParent() const
{
    return m_list->window();
}

void SegmentActions::addTo(QMenu *menu)
{
    menu->addSeparator();
    menu->addAction(m_newSegment);
    menu->addAction(m_newRuleTag);
    menu->addAction(m_editRuleTag);
    menu->addAction(m_refreshTags);
}

void SegmentActions::chooseRuleTag()
{
    const auto tags = m_context.workspace().tags().tags();
    QList<TagInfo> rules;
    for (const TagInfo &t : tags.valueOr({})) {
        if (t.kind == QLatin1String("rule"))
            rules << t;
    }
    if (rules.isEmpty()) {
        QMessageBox::information(dialogParent(), tr("Rule tags"), tr("There are no rule tags yet."));
        return;
    }
    auto *choice = new ChoiceDialog(tr("Edit rule tag"), tr("Rule tag:"), dialogParent());
    choice->setAttribute(Qt::WA_DeleteOnClose);
    for (const TagInfo &t : std::as_const(rules))
        choice->addChoice(t.name, t.id);
    connect(choice, &QDialog::accepted, this, [this, choice, rules] {
        const qint64 id = choice->selectedData().toLongLong();
        for (const TagInfo &t : rules) {
            if (t.id != id)
                continue;
            auto *dialog = new SegmentBuilderDialog(m_context, SegmentBuilderDialog::Target::RuleTag, dialogParent());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->editRuleTag(t.id, t.name, Condition::fromJson(t.rule).valueOr(Condition::all()));
            dialog->open();
        }
    });
    choice->open();
}

} // namespace Patron
