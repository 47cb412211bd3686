// The SOP screens driven like a user would: the rules list (template, enable, delete,
// undo), the rule editor (trigger, condition, action, validation, preview), the playbook
// editor (steps, guards by clicks = the win-back template, stop conditions), the journal
// with its filters, firing counts in the list, and notify actions reaching the desktop
// (one notification per pass; those of runs while Patron was closed at the next start, once).

#include "commands/commandcontext.h"
#include "customers/customerpage.h"
#include "mainwindow.h"
#include "reminders/remindercontroller.h"
#include "rfm/rfmtypes.h"
#include "segments/conditioneditor.h"
#include "services/recordstore.h"
#include "services/workspace.h"
#include "sop/actionlisteditor.h"
#include "sop/playbookeditor.h"
#include "sop/ruleeditordialog.h"
#include "sop/sopactions.h"
#include "sop/sopjournaldialog.h"
#include "sop/sopscheduler.h"
#include "sop/soppreviewpanel.h"
#include "sop/soprulesdialog.h"
#include "sop/sopservice.h"
#include "sop/soptemplatesdialog.h"
#include "sop/triggereditor.h"
#include "testdatabase.h"
#include "uitesthelpers.h"
#include "util/i18n.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>

using namespace Patron;

class TestSopEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;

    void addCustomer(const QString &name, const QString &province)
    {
        QVERIFY(m_ws->store().insert(Entity::Customer, Record{{QStringLiteral("name"), name},
                                                             {QStringLiteral("province"), province}}));
    }

    static bool choose(QComboBox *combo, const QVariant &data)
    {
        const int target = combo->findData(data);
        if (target < 0)
            return false;
        combo->setFocus();
        while (combo->currentIndex() < target)
            QTest::keyClick(combo, Qt::Key_Down);
        while (combo->currentIndex() > target)
            QTest::keyClick(combo, Qt::Key_Up);
        return combo->currentIndex() == target;
    }

    static void fillRow(ConditionRowWidget *row, const char *field, const char *op, const QString &text)
    {
        QVERIFY(choose(row->fieldCombo(), QString::fromLatin1(field)));
        QVERIFY(choose(row->operatorCombo(), QString::fromLatin1(op)));
        auto *edit = row->findChild<QLineEdit *>(QStringLiteral("valueEdit"));
        QVERIFY(edit);
        Test::typeInto(edit, text);
    }

    static void click(QWidget *parent, const char *name)
    {
        auto *button = parent->findChild<QPushButton *>(QString::fromLatin1(name));
        QVERIFY2(button, name);
        QVERIFY2(button->isEnabled(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    SopActions *sopActions() const { return m_window->findChild<SopActions *>(); }

    SopRulesDialog *openRules()
    {
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        return Test::findOpenDialog<SopRulesDialog>(m_window.get());
    }

    QList<SopRule> storedRules() const
    {
        auto rules = m_ws->sop().rules();
        return rules ? rules.value() : QList<SopRule>{};
    }

    // Adds the template through the list's "From template…" dialog.
    qint64 addTemplate(SopRulesDialog *rules, const QString &id)
    {
        click(rules, "fromTemplate");
        auto *dialog = Test::findOpenDialog<SopTemplatesDialog>(rules);
        if (!dialog)
            return 0;
        QListWidget *list = dialog->list();
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == id)
                list->setCurrentRow(i);
        }
        if (dialog->templateId() != id)
            return 0;
        Test::clickOk(dialog);
        if (!QTest::qWaitFor([rules] { return rules->currentRuleId() > 0; }, 2000))
            return 0;
        return rules->currentRuleId();
    }

    // The engine of feat/sopengine may not run yet on every backend. Only on PostgreSQL is
    // that a skip (with the engine's message); on SQLite it fails the test.
    /// An enabled rule that fires when a customer is created: a task (kind create_task,
    /// text its title) or a notification (kind notify).
    static SopRule whenCreated(const QString &name, const QString &kind, const QString &text)
    {
        SopRule rule;
        rule.name = name;
        rule.enabled = true;
        rule.definition.trigger.kind = QStringLiteral("customer_created");
        Sop::Action action;
        action.kind = kind;
        (kind == QLatin1String("notify") ? action.text : action.title) = text;
        rule.definition.actions << action;
        return rule;
    }

    bool engineRuns(QString *why)
    {
        SopRule probe;
        probe.name = QStringLiteral("probe");
        probe.definition.trigger.kind = QStringLiteral("customer_created");
        Sop::Action task;
        task.kind = QStringLiteral("create_task");
        task.title = QStringLiteral("t");
        probe.definition.actions << task;
        auto id = m_ws->sop().create(probe);
        if (!id) {
            *why = id.error().message;
            return false;
        }
        SopRunOptions options;
        options.dryRun = true;
        options.onlyRuleId = id.value();
        auto report = m_ws->sop().run(options);
        (void)m_ws->sop().remove(id.value());
        if (!report)
            *why = report.error().message;
        else if (!report->rules.isEmpty() && !report->rules.first().error.isEmpty())
            *why = report->rules.first().error;
        return why->isEmpty();
    }

    RuleEditorDialog *openNew(SopRulesDialog *rules, const char *button)
    {
        click(rules, button);
        return Test::findOpenDialog<RuleEditorDialog>(rules);
    }

private slots:
    void initTestCase()
    {
        PATRON_REQUIRE_BACKEND();
        Test::isolateSettings(m_settingsDir);
        if (!qEnvironmentVariable("PATRON_SCREENSHOT_LANG").isEmpty())
            installTranslations(qEnvironmentVariable("PATRON_SCREENSHOT_LANG"));
    }

    void init()
    {
        QSettings().clear();
        m_db = std::make_unique<Test::TestDatabase>();
        m_ws = m_db->open();
        QVERIFY(m_ws);
        addCustomer(QStringLiteral("广州甲公司"), QStringLiteral("广东"));
        addCustomer(QStringLiteral("深圳乙公司"), QStringLiteral("广东"));
        addCustomer(QStringLiteral("杭州丁公司"), QStringLiteral("浙江"));
        m_window = std::make_unique<MainWindow>(*m_ws);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_ws.reset();
        m_db.reset();
    }

    void templateEditSaveUndo()
    {
        SopRulesDialog *rules = openRules();
        QVERIFY(rules);
        const qint64 id = addTemplate(rules, QStringLiteral("high-value-care"));
        QVERIFY(id > 0);
        const SopRule added = m_ws->sop().rule(id).value();
        QCOMPARE(added.templateId, QStringLiteral("high-value-care"));
        QVERIFY(!added.enabled);

        click(rules, "editRule");
        RuleEditorDialog *editor = Test::findOpenDialog<RuleEditorDialog>(rules);
        QVERIFY(editor);
        QVERIFY(editor->isValid());
        // Trigger: entered the tier 高价值 instead of the segment.
        QVERIFY(choose(editor->triggerEditor()->kindCombo(), QStringLiteral("tier_entered")));
        QListWidget *values = editor->triggerEditor()->valuesList();
        bool ticked = false;
        for (int i = 0; i < values->count(); ++i) {
            if (values->item(i)->data(Qt::UserRole).toString() == QLatin1String("high_value")) {
                values->item(i)->setCheckState(Qt::Checked);
                ticked = true;
            }
        }
        QVERIFY(ticked);
        // Condition: province is 广东.
        editor->tabs()->setCurrentIndex(1);
        auto condRows = editor->conditionEditor()->root()->findChildren<ConditionRowWidget *>();
        if (condRows.isEmpty())
            condRows << editor->conditionEditor()->root()->addRow();
        fillRow(condRows.first(), "province", "eq", QStringLiteral("广东"));
        // Action: another title, due in 3 days.
        editor->tabs()->setCurrentIndex(2);
        ActionListEditor *actions = editor->actionEditor();
        QVERIFY(actions);
        actions->list()->setCurrentRow(0);
        Test::typeInto(actions->titleEdit(), QStringLiteral("电话回访:{客户名称}"));
        actions->dueDaysSpin()->setFocus();
        actions->dueDaysSpin()->selectAll();
        QTest::keyClicks(actions->dueDaysSpin(), QStringLiteral("3"));
        QTRY_VERIFY(editor->isValid());
        Test::screenshot(editor, QStringLiteral("sop-rule-editor"));
        Test::clickOk(editor);

        QTRY_COMPARE(m_ws->sop().rule(id)->definition.trigger.kind, QStringLiteral("tier_entered"));
        const Sop::Definition edited = m_ws->sop().rule(id)->definition;
        QCOMPARE(edited.trigger.values, QStringList{QStringLiteral("high_value")});
        QCOMPARE(edited.actions.size(), 1);
        QCOMPARE(edited.actions.first().title, QStringLiteral("电话回访:{客户名称}"));
        QCOMPARE(edited.actions.first().dueDays, 3);
        QCOMPARE(edited.conditions.children.size(), 1);
        QCOMPARE(edited.conditions.children.first().field, QStringLiteral("province"));
        QCOMPARE(edited.conditions.children.first().value.toString(), QStringLiteral("广东"));

        QUndoStack *stack = m_window->commands().stack();
        stack->undo();
        QCOMPARE(m_ws->sop().rule(id)->definition, added.definition);
        stack->redo();
        QCOMPARE(m_ws->sop().rule(id)->definition, edited);
    }

    void undoCreateEnableDelete()
    {
        SopRulesDialog *rules = openRules();
        QVERIFY(rules);
        const qint64 id = addTemplate(rules, QStringLiteral("win-back"));
        QVERIFY(id > 0);
        QCOMPARE(storedRules().size(), 1);
        QCOMPARE(storedRules().first().kind, QStringLiteral("playbook"));
        QUndoStack *stack = m_window->commands().stack();

        // Enable with the box in the list.
        QTableWidget *table = rules->table();
        QTRY_COMPARE(table->rowCount(), 1);
        table->item(0, 0)->setCheckState(Qt::Checked);
        QTRY_VERIFY(m_ws->sop().rule(id)->enabled);
        stack->undo();
        QVERIFY(!m_ws->sop().rule(id)->enabled);
        QTRY_COMPARE(table->item(0, 0)->checkState(), Qt::Unchecked);
        stack->redo();
        QVERIFY(m_ws->sop().rule(id)->enabled);

        // Delete, and back with its id.
        rules->selectRule(id);
        click(rules, "deleteRule");
        QVERIFY(storedRules().isEmpty());
        QTRY_COMPARE(table->rowCount(), 0);
        stack->undo();
        QCOMPARE(storedRules().size(), 1);
        QCOMPARE(storedRules().first().id, id);
        QVERIFY(storedRules().first().enabled);
        stack->redo();
        QVERIFY(storedRules().isEmpty());

        // Undo the deletion, the enabling and the creation: nothing left.
        stack->undo();
        stack->undo();
        QVERIFY(!m_ws->sop().rule(id)->enabled);
        stack->undo();
        QVERIFY(storedRules().isEmpty());
        stack->redo();
        QCOMPARE(storedRules().size(), 1);
        QCOMPARE(storedRules().first().templateId, QStringLiteral("win-back"));
    }

    void invalidInputDisablesOk()
    {
        SopRulesDialog *rules = openRules();
        QVERIFY(rules);
        RuleEditorDialog *editor = openNew(rules, "newRule");
        QVERIFY(editor);
        auto *box = editor->findChild<QDialogButtonBox *>();
        QPushButton *ok = box->button(QDialogButtonBox::Ok);
        QTRY_VERIFY(ok->isEnabled());

        Test::typeInto(editor->nameEdit(), QString());
        QVERIFY(!ok->isEnabled());
        QVERIFY(!editor->errorLabel()->text().isEmpty());
        Test::typeInto(editor->nameEdit(), QStringLiteral("回访广东客户"));
        QVERIFY(ok->isEnabled());

        // No actions at all: invalid.
        editor->tabs()->setCurrentIndex(2);
        ActionListEditor *actions = editor->actionEditor();
        actions->list()->setCurrentRow(0);
        click(actions, "removeAction");
        QCOMPARE(actions->actions().size(), 0);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!editor->previewButton()->isEnabled());

        // Tag a customer with a tag that does not exist: SopService::validate refuses it.
        actions->addAction(QStringLiteral("add_tag"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!editor->errorLabel()->text().isEmpty());
        click(actions, "removeAction");
        actions->addAction(QStringLiteral("create_task"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(box->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QVERIFY(storedRules().isEmpty());
    }

    void previewListsCustomers()
    {
        if (QString why; !engineRuns(&why)) {
            if (Test::backendName() == QLatin1String("postgres"))
                QSKIP(qPrintable(QStringLiteral("SopService::run fails on PostgreSQL (feat/sopengine): ") + why));
            QFAIL(qPrintable(why));
        }
        SopRulesDialog *rules = openRules();
        QVERIFY(rules);
        RuleEditorDialog *editor = openNew(rules, "newRule");
        QVERIFY(editor);
        QVERIFY(choose(editor->triggerEditor()->kindCombo(), QStringLiteral("customer_created")));
        auto condRows = editor->conditionEditor()->root()->findChildren<ConditionRowWidget *>();
        if (condRows.isEmpty())
            condRows << editor->conditionEditor()->root()->addRow();
        fillRow(condRows.first(), "province", "eq", QStringLiteral("广东"));
        QTRY_VERIFY(editor->isValid());

        // Unsaved: the preview runs the edited definition.
        QTest::mouseClick(editor->previewButton(), Qt::LeftButton);
        QTRY_VERIFY(!editor->isPreviewing());
        QTableWidget *table = editor->previewPanel()->table();
        QStringList names;
        for (int row = 0; row < table->rowCount(); ++row)
            names << table->item(row, 1)->text();
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("广州甲公司"), QStringLiteral("深圳乙公司")}));
        QCOMPARE(editor->previewPanel()->summary()->property("customers").toInt(), 2);
        Test::screenshot(editor, QStringLiteral("sop-rule-preview"));
        // A dry run: no rule left behind, nothing journalled.
        QVERIFY(storedRules().isEmpty());
        QVERIFY(m_ws->sop().journal()->isEmpty());

        // Saved, then previewed from the list.
        Test::clickOk(editor);
        QTRY_COMPARE(storedRules().size(), 1);
        QTRY_VERIFY(rules->currentRuleId() > 0);
        click(rules, "previewRule");
        QTRY_VERIFY(!rules->isPreviewing());
        QCOMPARE(rules->previewPanel()->table()->rowCount(), 2);
        QVERIFY(m_ws->sop().journal()->isEmpty());
    }

    void playbookStepsAndStop()
    {
        SopRulesDialog *rules = openRules();
        QVERIFY(rules);
        RuleEditorDialog *editor = openNew(rules, "newPlaybook");
        QVERIFY(editor);
        PlaybookEditor *playbook = editor->playbookEditor();
        QVERIFY(playbook);
        editor->tabs()->setCurrentWidget(playbook);
        QCOMPARE(playbook->cards().size(), 1);
        QTest::mouseClick(playbook->addStepButton(), Qt::LeftButton);
        QCOMPARE(playbook->cards().size(), 2);
        StepCard *second = playbook->cards().at(1);
        QCOMPARE(second->daySpin()->value(), 7);
        second->actions()->addAction(QStringLiteral("create_task"));
        Test::typeInto(second->actions()->titleEdit(), QStringLiteral("升级跟进:{客户名称}"));
        Test::clickCheckBox(second->noActivityGuard());
        QVERIFY(second->noActivityGuard()->isChecked());
        Test::clickCheckBox(playbook->stopLeftSegment());
        QTRY_VERIFY(editor->isValid());
        Test::screenshot(editor, QStringLiteral("sop-playbook-editor"));
        Test::clickOk(editor);

        QTRY_COMPARE(storedRules().size(), 1);
        const SopRule saved = storedRules().first();
        QCOMPARE(saved.kind, QStringLiteral("playbook"));
        QCOMPARE(saved.definition.steps.size(), 2);
        QCOMPARE(saved.definition.steps.at(1).day, 7);
        QCOMPARE(saved.definition.steps.at(1).actions.size(), 1);
        QCOMPARE(saved.definition.steps.at(1).actions.first().title, QStringLiteral("升级跟进:{客户名称}"));
        QCOMPARE(saved.definition.steps.at(1).onlyIf.size(), 1);
        QCOMPARE(saved.definition.steps.at(1).onlyIf.first().kind, QStringLiteral("no_activity_since_step"));
        QCOMPARE(saved.definition.steps.at(1).onlyIf.first().step, 1);
        QStringList stops;
        for (const Sop::StopCondition &s : saved.definition.stop)
            stops << s.kind;
        QCOMPARE(stops, (QStringList{QStringLiteral("ordered_again"), QStringLiteral("left_segment")}));
    }

    void journalShowsAndFilters()
    {
        if (QString why; !engineRuns(&why)) {
            if (Test::backendName() == QLatin1String("postgres"))
                QSKIP(qPrintable(QStringLiteral("SopService::run fails on PostgreSQL (feat/sopengine): ") + why));
            QFAIL(qPrintable(why));
        }
        SopRule rule;
        rule.name = QStringLiteral("新客户欢迎");
        rule.enabled = true;
        rule.definition.trigger.kind = QStringLiteral("customer_created");
        Condition province;
        province.kind = Condition::Kind::Leaf;
        province.field = QStringLiteral("province");
        province.op = QStringLiteral("eq");
        province.value = QStringLiteral("广东");
        rule.definition.conditions.children << province;
        Sop::Action task;
        task.kind = QStringLiteral("create_task");
        task.title = QStringLiteral("欢迎电话:{客户名称}");
        rule.definition.actions << task;
        auto id = m_ws->sop().create(rule);
        QVERIFY2(id, qPrintable(id.error().message));
        auto report = m_ws->sop().run();
        QVERIFY2(report, qPrintable(report.error().message));
        for (const SopRuleReport &r : report->rules)
            QVERIFY2(r.error.isEmpty() && r.errors == 0, qPrintable(r.error));
        QCOMPARE(report->fired(), 2);

        sopActions()->journalAction()->trigger();
        auto *journal = Test::findOpenDialog<SopJournalDialog>(m_window.get());
        QVERIFY(journal);
        QTableWidget *table = journal->table();
        QTRY_COMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("新客户欢迎"));
        QVERIFY2(table->item(0, 5)->text().contains(QLatin1String("create_task")), qPrintable(table->item(0, 5)->text()));
        Test::screenshot(journal, QStringLiteral("sop-journal"));

        Test::typeInto(journal->customerFilter(), QStringLiteral("广州"));
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->item(0, 3)->text().contains(QStringLiteral("广州甲公司")));
        Test::typeInto(journal->customerFilter(), QString());
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(choose(journal->resultFilter(), QStringLiteral("error")));
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(choose(journal->resultFilter(), QStringLiteral("ok")));
        QCOMPARE(table->rowCount(), 2);
        // A date range in the past: nothing.
        QTest::mouseClick(journal->dateFilter(), Qt::LeftButton);
        journal->fromEdit()->setDate(QDate(2020, 1, 1));
        journal->toEdit()->setDate(QDate(2020, 1, 31));
        QCOMPARE(table->rowCount(), 0);
        journal->toEdit()->setDate(QDate::currentDate().addDays(1));
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(choose(journal->ruleFilter(), id.value()));
        QCOMPARE(table->rowCount(), 2);

        // Double click opens the customer.
        const qint64 customer = table->item(0, 3)->data(Qt::UserRole).toLongLong();
        QVERIFY(customer > 0);
        const QPoint cell = table->visualItemRect(table->item(0, 3)).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);
        QTRY_COMPARE(m_window->customerPage()->customerId(), customer);
        QVERIFY(SopActions::describe(report.value()).contains(QStringLiteral("新客户欢迎")));
    }

    void schedulerReportsToStatusBar()
    {
        if (QString why; !engineRuns(&why)) {
            if (Test::backendName() == QLatin1String("postgres"))
                QSKIP(qPrintable(QStringLiteral("SopService::run fails on PostgreSQL (feat/sopengine): ") + why));
            QFAIL(qPrintable(why));
        }
        SopRule rule = whenCreated(QStringLiteral("新客户欢迎"), QStringLiteral("create_task"), QStringLiteral("欢迎电话:{客户名称}"));
        QVERIFY(m_ws->sop().create(rule));
        SopActions *sop = sopActions();
        QVERIFY(sop);
        QVERIFY(!sop->runNowAction()->isEnabled());
        QSignalSpy messages(sop, &SopActions::statusMessage);
        QSignalSpy changed(sop, &SopActions::dataChangedBySop);
        sop->startScheduling();
        QVERIFY(sop->runNowAction()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(sop->scheduler()->passes() >= 1 && !sop->scheduler()->isBusy(), 30000);
        QTRY_COMPARE(changed.count(), 1);
        QVERIFY(!messages.isEmpty());
        QVERIFY(messages.last().first().toString().contains(QStringLiteral("新客户欢迎")));
        QCOMPARE(m_ws->sop().journal()->size(), 3);
    }

    void playbookGuardsByClicks()
    {
        SopRulesDialog *rules = openRules();
        QVERIFY(rules);
        RuleEditorDialog *editor = openNew(rules, "newPlaybook");
        QVERIFY(editor);
        Test::typeInto(editor->nameEdit(), QStringLiteral("流失挽回"));
        QVERIFY(choose(editor->triggerEditor()->kindCombo(), QStringLiteral("segment_entered")));
        QListWidget *values = editor->triggerEditor()->valuesList();
        for (int i = 0; i < values->count(); ++i) {
            if (values->item(i)->data(Qt::UserRole).toString() == Rfm::ImportantWinBack)
                values->item(i)->setCheckState(Qt::Checked);
        }
        PlaybookEditor *playbook = editor->playbookEditor();
        editor->tabs()->setCurrentWidget(playbook);

        // Step 1: at once, a high-priority win-back call for the owner, due in 2 days.
        StepCard *first = playbook->cards().at(0);
        first->actions()->list()->setCurrentRow(0);
        Test::typeInto(first->actions()->titleEdit(), QStringLiteral("挽回回访:{客户名称}"));
        first->actions()->dueDaysSpin()->setValue(2);
        QVERIFY(choose(first->actions()->priorityCombo(), QStringLiteral("high")));
        // The first step has no earlier step to guard on.
        QVERIFY(!first->noActivityGuard()->isEnabled());
        QVERIFY(!first->noOrderGuard()->isEnabled());
        QVERIFY(first->conditionGuard()->isEnabled());

        // Step 2: a week later, an escalation for the manager, only if nothing happened since step 1.
        QTest::mouseClick(playbook->addStepButton(), Qt::LeftButton);
        StepCard *second = playbook->cards().at(1);
        QCOMPARE(second->daySpin()->value(), 7);
        second->actions()->addAction(QStringLiteral("create_task"));
        Test::typeInto(second->actions()->titleEdit(), QStringLiteral("升级跟进:{客户名称}"));
        second->actions()->dueDaysSpin()->setValue(1);
        QVERIFY(choose(second->actions()->assigneeCombo(), QStringLiteral("manager")));
        QVERIFY(second->noActivityGuard()->isEnabled());
        Test::clickCheckBox(second->noActivityGuard());
        Test::clickCheckBox(second->noOrderGuard());
        QCOMPARE(second->noActivityStep()->value(), 1);
        QCOMPARE(second->noOrderStep()->maximum(), 1); // only earlier steps
        Test::clickCheckBox(playbook->stopLeftSegment());
        QTRY_VERIFY2(editor->isValid(), qPrintable(editor->errorLabel()->text()));

        // A condition guard, edited with the condition editor, then taken out again.
        QVERIFY(!second->conditionGuardEditor()->isVisibleTo(second));
        Test::clickCheckBox(second->conditionGuard());
        QVERIFY(second->conditionGuardEditor()->isVisibleTo(second));
        auto condRows = second->conditionGuardEditor()->root()->findChildren<ConditionRowWidget *>();
        if (condRows.isEmpty())
            condRows << second->conditionGuardEditor()->root()->addRow();
        fillRow(condRows.first(), "province", "eq", QStringLiteral("广东"));
        QTRY_VERIFY(editor->isValid());
        Sop::Step guarded = editor->rule().definition.steps.at(1);
        QCOMPARE(guarded.onlyIf.size(), 3);
        QCOMPARE(guarded.onlyIf.at(2).kind, QStringLiteral("condition"));
        QCOMPARE(guarded.onlyIf.at(2).condition.children.size(), 1);
        QCOMPARE(guarded.onlyIf.at(2).condition.children.first().field, QStringLiteral("province"));
        Test::screenshot(editor, QStringLiteral("sop-playbook-guards"));
        // The condition editor made the card taller: scroll to the box, as a user would.
        for (QWidget *w = second; w; w = w->parentWidget()) {
            if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
                scroll->ensureWidgetVisible(second->conditionGuard());
                break;
            }
        }
        QCoreApplication::processEvents();
        Test::clickCheckBox(second->conditionGuard());
        QVERIFY(!second->conditionGuard()->isChecked());

        // Moved first, step 2's guards would refer to itself: invalid until moved back.
        first->findChild<QPushButton *>(QStringLiteral("stepDown"))->click();
        QTRY_VERIFY(!editor->isValid());
        const QString refused = QCoreApplication::translate("Patron::SopEngine",
                                                             "Step %1: a guard can only refer to an earlier step, not to step %2.")
                                     .arg(1)
                                     .arg(1);
        QVERIFY2(editor->errorLabel()->text().contains(refused), qPrintable(editor->errorLabel()->text()));
        second->findChild<QPushButton *>(QStringLiteral("stepDown"))->click();
        QTRY_VERIFY2(editor->isValid(), qPrintable(editor->errorLabel()->text()));

        // Exactly the win-back template's definition.
        SopTemplate winBack;
        for (const SopTemplate &t : m_ws->sop().templates())
            if (t.id == QStringLiteral("win-back"))
                winBack = t;
        const QByteArray expected = QJsonDocument(winBack.definition.toJson()).toJson(QJsonDocument::Compact);
        QCOMPARE(QJsonDocument(editor->rule().definition.toJson()).toJson(QJsonDocument::Compact), expected);
        Test::clickOk(editor);
        QTRY_COMPARE(storedRules().size(), 1);
        QCOMPARE(QJsonDocument(storedRules().first().definition.toJson()).toJson(QJsonDocument::Compact), expected);

        // Reopened, the guards show as saved; undo takes the new playbook away.
        QTRY_VERIFY(rules->currentRuleId() > 0);
        click(rules, "editRule");
        RuleEditorDialog *again = Test::findOpenDialog<RuleEditorDialog>(rules);
        QVERIFY(again);
        StepCard *card = again->playbookEditor()->cards().at(1);
        QVERIFY(card->noActivityGuard()->isChecked());
        QVERIFY(card->noOrderGuard()->isChecked());
        QVERIFY(!card->conditionGuard()->isChecked());
        again->reject();
        m_window->commands().stack()->undo();
        QTRY_VERIFY(storedRules().isEmpty());
    }

    void notifyReachesTheDesktopOnce()
    {
        if (QString why; !engineRuns(&why))
            QFAIL(qPrintable(why));
        SopRule rule = whenCreated(QStringLiteral("新客户提醒"), QStringLiteral("notify"), QStringLiteral("新客户 {客户名称}"));
        auto ruleId = m_ws->sop().create(rule);
        QVERIFY(ruleId);

        // A pass that notifies about the three new customers: one notification.
        auto *reminders = m_window->findChild<ReminderController *>();
        QVERIFY(reminders);
        QSignalSpy notified(reminders, &ReminderController::notified);
        SopActions *sop = sopActions();
        sop->startScheduling();
        QTRY_VERIFY_WITH_TIMEOUT(sop->scheduler()->passes() >= 1 && !sop->scheduler()->isBusy(), 30000);
        QTRY_COMPARE(notified.count(), 1);
        QCOMPARE(notified.first().at(0).toString(),
                 ReminderController::tr("SOP rule “%1”: %Ln customer(s)", nullptr, 3).arg(QStringLiteral("新客户提醒")));
        QVERIFY(notified.first().at(1).toString().contains(QStringLiteral("新客户 ")));
        // Clicking it opens the journal filtered to that rule.
        reminders->openLastNotification();
        auto *journal = Test::findOpenDialog<SopJournalDialog>(m_window.get());
        QVERIFY(journal);
        QCOMPARE(journal->ruleFilter()->currentData().toLongLong(), ruleId.value());
        QCOMPARE(journal->table()->rowCount(), 3);
        journal->close();
        // A pass with nothing new says nothing.
        sop->scheduler()->requestRun();
        QTRY_VERIFY_WITH_TIMEOUT(sop->scheduler()->passes() >= 2 && !sop->scheduler()->isBusy(), 30000);
        QCoreApplication::processEvents();
        QCOMPARE(notified.count(), 1);

        // Patron closed; `patron sop run` (a system scheduler) notifies about a new customer.
        m_window.reset();
        addCustomer(QStringLiteral("佛山丙公司"), QStringLiteral("广东"));
        auto report = m_ws->sop().run();
        QVERIFY(report);
        QCOMPARE(report->fired(), 1);

        // The next start shows it, once, like a missed reminder; its click opens the customer.
        m_window = std::make_unique<MainWindow>(*m_ws);
        m_window->show();
        reminders = m_window->findChild<ReminderController *>();
        QSignalSpy missed(reminders, &ReminderController::notified);
        sop = sopActions();
        sop->startScheduling();
        QCOMPARE(missed.count(), 1);
        QCOMPARE(missed.first().at(0).toString(),
                 ReminderController::tr("While Patron was closed, SOP rule “%1”: %Ln customer(s)", nullptr, 1)
                     .arg(QStringLiteral("新客户提醒")));
        QCOMPARE(missed.first().at(1).toString(), QStringLiteral("新客户 佛山丙公司"));
        reminders->openLastNotification();
        const qint64 foshan = m_ws->sop().journal()->first().customerId;
        QTRY_COMPARE(m_window->customerPage()->customerId(), foshan);
        QTRY_VERIFY_WITH_TIMEOUT(sop->scheduler()->passes() >= 1 && !sop->scheduler()->isBusy(), 30000);
        QCoreApplication::processEvents();
        QCOMPARE(missed.count(), 1);

        // And a third start has nothing left to show.
        m_window.reset();
        m_window = std::make_unique<MainWindow>(*m_ws);
        m_window->show();
        reminders = m_window->findChild<ReminderController *>();
        QSignalSpy none(reminders, &ReminderController::notified);
        sopActions()->startScheduling();
        QTRY_VERIFY_WITH_TIMEOUT(sopActions()->scheduler()->passes() >= 1 && !sopActions()->scheduler()->isBusy(), 30000);
        QCoreApplication::processEvents();
        QCOMPARE(none.count(), 0);
    }

    void rulesListCountsFirings()
    {
        if (QString why; !engineRuns(&why))
            QFAIL(qPrintable(why));
        SopRule rule = whenCreated(QStringLiteral("新客户欢迎"), QStringLiteral("create_task"), QStringLiteral("欢迎电话:{客户名称}"));
        QVERIFY(m_ws->sop().create(rule));
        rule.name = QStringLiteral("没触发");
        rule.definition.trigger.kind = QStringLiteral("task_overdue");
        QVERIFY(m_ws->sop().create(rule));
        QCOMPARE(m_ws->sop().run()->fired(), 3);
        SopRulesDialog *rules = openRules();
        QVERIFY(rules);
        QTableWidget *table = rules->findChild<QTableWidget *>(QStringLiteral("sopRuleTable"));
        QVERIFY(table);
        QCOMPARE(table->columnCount(), 7);
        QCOMPARE(table->horizontalHeaderItem(5)->text(), SopRulesDialog::tr("Fired"));
        QCOMPARE(table->horizontalHeaderItem(6)->text(), SopRulesDialog::tr("Errors"));
        QCOMPARE(table->item(0, 5)->data(Qt::UserRole).toInt(), 3);
        QCOMPARE(table->item(0, 6)->data(Qt::UserRole).toInt(), 0);
        QVERIFY(table->item(0, 4)->text() != SopRulesDialog::tr("never"));
        QCOMPARE(table->item(1, 5)->data(Qt::UserRole).toInt(), 0);
        QCOMPARE(table->item(1, 4)->text(), SopRulesDialog::tr("never"));
    }
};

QTEST_MAIN(TestSopEditor)
#include "tst_sopeditor.moc"
