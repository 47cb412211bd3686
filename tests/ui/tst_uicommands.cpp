// The undo commands over core services, without widgets: versions, ids and failures.

#include "commands/addtagcommand.h"
#include "commands/changerecordcommand.h"
#include "commands/commandcontext.h"
#include "commands/createrecordcommand.h"
#include "commands/deleterecordcommand.h"
#include "commands/removetagcommand.h"
#include "commands/setarchivedcommand.h"
#include "commands/setownercommand.h"
#include "commands/trashcustomerscommand.h"
#include "services/customerservice.h"
#include "services/fieldservice.h"
#include "services/recordstore.h"
#include "services/tagservice.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Patron;

class TestUiCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { PATRON_REQUIRE_BACKEND(); }
    void init();
    void cleanup();
    void changeTwiceThenUndoBoth();
    void staleVersionIsConflictAndNotKept();
    void failedUndoIsReportedAndDropped();
    void undoSkipsOtherFieldsChangedMeanwhile();
    void createUndoRedoKeepsId();
    void deleteUndoRestoresRow();
    void customFieldChangeUndo();
    void bulkCommandsUndo();

private:
    qint64 addCustomer(const QString &name);
    QString nameOf(qint64 id);
    int versionOf(qint64 id);

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<CommandContext> m_context;
};

void TestUiCommands::init()
{
    m_db = std::make_unique<Test::TestDatabase>();
    m_ws = m_db->open();
    QVERIFY(m_ws);
    m_context = std::make_unique<CommandContext>(*m_ws);
}

void TestUiCommands::cleanup()
{
    m_context.reset();
    m_ws.reset();
    m_db.reset();
}

qint64 TestUiCommands::addCustomer(const QString &name)
{
    auto id = m_ws->store().insert(Entity::Customer, Record{{QStringLiteral("name"), name}});
    return id.valueOr(0);
}

QString TestUiCommands::nameOf(qint64 id)
{
    return m_ws->store().get(Entity::Customer, id)->value(QStringLiteral("name")).toString();
}

int TestUiCommands::versionOf(qint64 id)
{
    return m_ws->store().get(Entity::Customer, id)->value(QStringLiteral("version")).toInt();
}

void TestUiCommands::changeTwiceThenUndoBoth()
{
    const qint64 id = addCustomer(QStringLiteral("甲公司"));
    const QString key = QStringLiteral("name");
    QVERIFY(m_context->push(new ChangeRecordCommand(*m_context, Entity::Customer, id, versionOf(id), {{key, QStringLiteral("甲公司")}},
                                                    {{key, QStringLiteral("乙公司")}}, QStringLiteral("one"))));
    QVERIFY(m_context->push(new ChangeRecordCommand(*m_context, Entity::Customer, id, versionOf(id), {{key, QStringLiteral("乙公司")}},
                                                    {{key, QStringLiteral("丙公司")}}, QStringLiteral("two"))));
    QCOMPARE(nameOf(id), QStringLiteral("丙公司"));
    QSignalSpy failed(m_context.get(), &CommandContext::commandFailed);
    m_context->stack()->undo();
    QCOMPARE(nameOf(id), QStringLiteral("乙公司"));
    m_context->stack()->undo();
    QCOMPARE(nameOf(id), QStringLiteral("甲公司"));
    m_context->stack()->redo();
    m_context->stack()->redo();
    QCOMPARE(nameOf(id), QStringLiteral("丙公司"));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_context->stack()->count(), 2);
}

void TestUiCommands::staleVersionIsConflictAndNotKept()
{
    const qint64 id = addCustomer(QStringLiteral("甲公司"));
    const int seen = versionOf(id);
    QVERIFY(m_ws->store().update(Entity::Customer, id, seen, {{QStringLiteral("city"), QStringLiteral("上海")}}));
    Status s = m_context->push(new ChangeRecordCommand(*m_context, Entity::Customer, id, seen,
                                                       {{QStringLiteral("name"), QStringLiteral("甲公司")}},
                                                       {{QStringLiteral("name"), QStringLiteral("乙公司")}}, QStringLiteral("edit")));
    QVERIFY(!s);
    QCOMPARE(s.error().code, Error::Conflict);
    QCOMPARE(m_context->stack()->count(), 0);
    QCOMPARE(nameOf(id), QStringLiteral("甲公司"));
}

void TestUiCommands::failedUndoIsReportedAndDropped()
{
    const qint64 id = addCustomer(QStringLiteral("甲公司"));
    QVERIFY(m_context->push(new ChangeRecordCommand(*m_context, Entity::Customer, id, versionOf(id),
                                                    {{QStringLiteral("name"), QStringLiteral("甲公司")}},
                                                    {{QStringLiteral("name"), QStringLiteral("乙公司")}}, QStringLiteral("edit"))));
    // Someone else renames it again: undoing would silently throw their change away.
    QVERIFY(m_ws->store().update(Entity::Customer, id, versionOf(id), {{QStringLiteral("name"), QStringLiteral("丁公司")}}));
    QSignalSpy failed(m_context.get(), &CommandContext::commandFailed);
    m_context->stack()->undo();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(nameOf(id), QStringLiteral("丁公司"));
    QCOMPARE(m_context->stack()->count(), 0); // dropped, not left half-applied
    QVERIFY(!m_context->stack()->canRedo());
}

void TestUiCommands::undoSkipsOtherFieldsChangedMeanwhile()
{
    const qint64 id = addCustomer(QStringLiteral("甲公司"));
    QVERIFY(m_context->push(new ChangeRecordCommand(*m_context, Entity::Customer, id, versionOf(id),
                                                    {{QStringLiteral("name"), QStringLiteral("甲公司")}},
                                                    {{QStringLiteral("name"), QStringLiteral("乙公司")}}, QStringLiteral("edit"))));
    QVERIFY(m_ws->store().update(Entity::Customer, id, versionOf(id), {{QStringLiteral("city"), QStringLiteral("北京")}}));
    m_context->stack()->undo();
    QCOMPARE(nameOf(id), QStringLiteral("甲公司"));
    QCOMPARE(m_ws->store().get(Entity::Customer, id)->value(QStringLiteral("city")).toString(), QStringLiteral("北京"));
}

void TestUiCommands::createUndoRedoKeepsId()
{
    auto *command = new CreateRecordCommand(*m_context, Entity::Customer, Record{{QStringLiteral("name"), QStringLiteral("新客户")}},
                                            QStringLiteral("new"));
    QVERIFY(m_context->push(command));
    const qint64 id = command->recordId();
    QVERIFY(id > 0);
    m_context->stack()->undo();
    QCOMPARE(m_ws->store().get(Entity::Customer, id).error().code, Error::NotFound);
    m_context->stack()->redo();
    QCOMPARE(nameOf(id), QStringLiteral("新客户"));
    // A child created on top survives a full undo/redo cycle with its link intact.
    auto *contact = new CreateRecordCommand(*m_context, Entity::Contact,
                                            Record{{QStringLiteral("customer_id"), id}, {QStringLiteral("name"), QStringLiteral("王经理")}},
                                            QStringLiteral("contact"));
    QVERIFY(m_context->push(contact));
    m_context->stack()->undo();
    m_context->stack()->undo();
    m_context->stack()->redo();
    m_context->stack()->redo();
    auto row = m_ws->store().get(Entity::Contact, contact->recordId());
    QVERIFY(row);
    QCOMPARE(row->value(QStringLiteral("customer_id")).toLongLong(), id);
}

void TestUiCommands::deleteUndoRestoresRow()
{
    const qint64 customer = addCustomer(QStringLiteral("甲公司"));
    auto order = m_ws->store().insert(Entity::Order, Record{{QStringLiteral("customer_id"), customer},
                                                            {QStringLiteral("ordered_at"), QStringLiteral("2025-03-01")},
                                                            {QStringLiteral("amount_cents"), 123450},
                                                            {QStringLiteral("status"), QStringLiteral("paid")}});
    QVERIFY(order);
    QVERIFY(m_context->push(new DeleteRecordCommand(*m_context, Entity::Order, order.value(), 1, QStringLiteral("delete"))));
    QCOMPARE(m_ws->store().get(Entity::Order, order.value()).error().code, Error::NotFound);
    m_context->stack()->undo();
    auto row = m_ws->store().get(Entity::Order, order.value());
    QVERIFY(row);
    QCOMPARE(row->value(QStringLiteral("amount_cents")).toLongLong(), 123450);
    m_context->stack()->redo();
    QCOMPARE(m_ws->store().get(Entity::Order, order.value()).error().code, Error::NotFound);
}

void TestUiCommands::customFieldChangeUndo()
{
    auto field = m_ws->fields().addField(Entity::Customer, QStringLiteral("Budget"), QStringLiteral("money"));
    QVERIFY(field);
    const qint64 id = addCustomer(QStringLiteral("甲公司"));
    QVERIFY(m_context->push(new ChangeRecordCommand(*m_context, Entity::Customer, id, versionOf(id),
                                                    {{QStringLiteral("custom.budget"), QVariant()}},
                                                    {{QStringLiteral("custom.budget"), qlonglong(500000)}}, QStringLiteral("budget"))));
    auto custom = [&] { return m_ws->store().get(Entity::Customer, id)->value(QStringLiteral("custom")).toMap(); };
    QCOMPARE(custom().value(QStringLiteral("budget")).toLongLong(), 500000);
    m_context->stack()->undo();
    QVERIFY(!custom().contains(QStringLiteral("budget")));
    m_context->stack()->redo();
    QCOMPARE(custom().value(QStringLiteral("budget")).toLongLong(), 500000);
}

void TestUiCommands::bulkCommandsUndo()
{
    const qint64 a = addCustomer(QStringLiteral("甲"));
    const qint64 b = addCustomer(QStringLiteral("乙"));
    auto user = m_ws->users().ensureUser(QStringLiteral("li"), QStringLiteral("李娜"));
    QVERIFY(user);
    CustomerService &customers = m_ws->customers();
    auto count = [&](CustomerFilter::Scope scope) {
        CustomerFilter f;
        f.scope = scope;
        return customers.count(f).valueOr(-1);
    };

    QVERIFY(m_context->push(new SetArchivedCommand(*m_context, {a, b}, true, QStringLiteral("archive"))));
    QCOMPARE(count(CustomerFilter::Scope::Archived), 2);
    m_context->stack()->undo();
    QCOMPARE(count(CustomerFilter::Scope::Active), 2);

    QVERIFY(m_context->push(new TrashCustomersCommand(*m_context, {a}, TrashCustomersCommand::ToTrash, QStringLiteral("trash"))));
    QCOMPARE(count(CustomerFilter::Scope::Trash), 1);
    m_context->stack()->undo();
    QCOMPARE(count(CustomerFilter::Scope::Trash), 0);

    QVERIFY(m_context->push(new SetOwnerCommand(*m_context, {a, b}, user.value(), QStringLiteral("owner"))));
    CustomerFilter owned;
    owned.ownerId = user.value();
    QCOMPARE(customers.count(owned).valueOr(-1), 2);
    m_context->stack()->undo();
    QCOMPARE(customers.count(owned).valueOr(-1), 0);

    QVERIFY(m_context->push(new AddTagCommand(*m_context, {a, b}, QStringLiteral("VIP"), QStringLiteral("tag"))));
    auto tag = m_ws->tags().ensureTag(QStringLiteral("VIP"));
    CustomerFilter tagged;
    tagged.tagId = tag.value();
    QCOMPARE(customers.count(tagged).valueOr(-1), 2);
    QVERIFY(m_context->push(new RemoveTagCommand(*m_context, {a}, tag.value(), QStringLiteral("untag"))));
    QCOMPARE(customers.count(tagged).valueOr(-1), 1);
    m_context->stack()->undo();
    QCOMPARE(customers.count(tagged).valueOr(-1), 2);
    m_context->stack()->undo();
    QCOMPARE(customers.count(tagged).valueOr(-1), 0);
}

QTEST_GUILESS_MAIN(TestUiCommands)
#include "tst_uicommands.moc"
