// The SQLite fast path of ImportWriter (core/import/importfastpath.cpp: statements on the
// sqlite3 handle, the customers' "create" changes written in one statement at the end)
// against the QSqlQuery path (PATRON_IMPORT_PATH=sql): the same files give the same
// databases, summaries, history and undo; a database refusal and a cancel behave the same.
// SQLite only (PostgreSQL has only the QSqlQuery path).

#include "import/importengine.h"
#include "import/importhistory.h"
#include "services/fieldservice.h"
#include "services/recordstore.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Patron;

namespace {

#define REQUIRE_OK(result)                                                                                    \
    do {                                                                                                      \
        if (!(result))                                                                                        \
            QFAIL(qPrintable((result).error().message));                                                      \
    } while (false)

qint64 scalar(Workspace &ws, const QString &sql)
{
    QSqlQuery q(ws.database().connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Every row of a query as text, one line per row; timestamps left out (they differ by run).
QStringList dump(Workspace &ws, const QString &sql)
{
    QSqlQuery q(ws.database().connection());
    if (!q.exec(sql))
        return {QStringLiteral("error: ") + q.lastError().text()};
    QStringList out;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        out << row.join(QLatin1Char('|'));
    }
    return out;
}

QStringList dumpAll(Workspace &ws)
{
    QStringList out;
    out << dump(ws, QStringLiteral("SELECT id, kind, code, name, contact_name, mobile, phone, email, province, city, "
                                   "address, industry, source, owner_id, lifecycle_stage, notes, custom, search_tokens, "
                                   "archived, deleted_at, version FROM customers ORDER BY id"));
    out << dump(ws, QStringLiteral("SELECT id, username, display_name FROM users ORDER BY id"));
    out << dump(ws, QStringLiteral("SELECT batch_id, entity, row_id, action, customer_id, before_values, before_version, "
                                   "after_version FROM import_changes ORDER BY batch_id, entity, row_id, action, id"));
    out << dump(ws, QStringLiteral("SELECT id, kind, rows_read, created_count, updated_count, merged_count, skipped_count, "
                                   "rejected_count, status FROM import_batches ORDER BY id"));
    out << dump(ws, QStringLiteral("SELECT rowid, search_tokens FROM customer_fts ORDER BY rowid"));
    out << dump(ws, QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
    return out;
}

QString summaryText(const ImportSummary &s)
{
    QStringList reasons;
    for (auto it = s.rejectReasons.constBegin(); it != s.rejectReasons.constEnd(); ++it)
        reasons << it.key() + QLatin1Char('=') + QString::number(it.value());
    QStringList rejected;
    for (const RejectedRow &r : s.rejectedRows)
        rejected << QString::number(r.line) + QLatin1Char(':') + r.reason;
    return QStringLiteral("read %1 created %2 updated %3 merged %4 skipped %5 rejected %6 users %7 [%8] [%9]")
        .arg(s.rowsRead)
        .arg(s.created)
        .arg(s.updated)
        .arg(s.merged)
        .arg(s.skipped)
        .arg(s.rejected)
        .arg(s.usersCreated)
        .arg(reasons.join(QLatin1Char(',')), rejected.join(QLatin1Char(',')));
}

// A customers file like the bench's: Chinese names, mobiles in several spellings, e-mails,
// owners, a custom date, dirty rows, and rows repeating an earlier customer's mobile or
// e-mail (or a code of a deleted customer: refused by the database's unique index).
QString customersFile(int rows, int salt, int padding = 0)
{
    static const QStringList cities = {QStringLiteral("上海"), QStringLiteral("北京"), QStringLiteral("深圳"),
                                       QStringLiteral("杭州"), QStringLiteral("成都")};
    static const QStringList owners = {QStringLiteral("王芳"), QStringLiteral("李强"), QStringLiteral("张敏"), QString()};
    QString out = QStringLiteral("客户编号,客户名称,手机,邮箱,城市,负责人,签约日期,备注\n");
    for (int i = 0; i < rows; ++i) {
        const int n = i % 37 == 36 ? i / 2 : i; // a repeat of an earlier customer
        QString code = i % 5 == 0 ? QStringLiteral("K%1").arg(n) : QString();
        QString name = QStringLiteral("测试客户%1贸易有限公司").arg(n);
        QString mobile = QStringLiteral("139%1").arg(n, 8, 10, QLatin1Char('0'));
        if (i % 3 == 1)
            mobile = QStringLiteral("+86 %1-%2-%3").arg(mobile.left(3), mobile.mid(3, 4), mobile.mid(7));
        QString email = i % 4 == 0 ? QStringLiteral(" User%1@Example.COM ").arg(n) : QString();
        QString date = i % 6 == 0 ? QStringLiteral("2024年%1月%2日").arg(1 + i % 12).arg(1 + i % 28) : QString();
        if (i % 101 == 50)
            mobile = QStringLiteral("12345"); // dirty: not a mobile
        if (i % 211 == 100)
            name.clear(), mobile = QStringLiteral("13700000000") + QString::number(i % 10); // no name, no match
        if (i % 97 == 3)
            date = QStringLiteral("not a date");
        if (i == 7)
            code = QStringLiteral("DEL1"); // the deleted customer's code
        out += QStringList{code, name, mobile, email, cities.at(i % cities.size()), owners.at(i % owners.size()), date,
                           QStringLiteral("备注%1").arg(i % 9 == 0 ? salt : 0) + QString(padding, QLatin1Char('x'))}
                   .join(QLatin1Char(','))
               + QLatin1Char('\n');
    }
    return out;
}

// One database: a few customers there before (one deleted, holding code DEL1), a custom field.
class Side
{
public:
    explicit Side(bool fast)
        : m_fast(fast)
        , m_ws(m_db.open())
    {
    }
    bool prepare()
    {
        if (!m_ws || !m_ws->fields().addField(Entity::Customer, QStringLiteral("签约日期"), QStringLiteral("date")))
            return false;
        for (int i = 0; i < 5; ++i) {
            Record r{{QStringLiteral("name"), QStringLiteral("老客户%1").arg(i)},
                     {QStringLiteral("mobile"), QStringLiteral("139%1").arg(i * 40, 8, 10, QLatin1Char('0'))}};
            if (i == 0)
                r.insert(QStringLiteral("code"), QStringLiteral("DEL1"));
            if (i == 1)
                r.insert(QStringLiteral("city"), QStringLiteral("南京"));
            auto id = m_ws->store().insert(Entity::Customer, r);
            if (!id)
                return false;
        }
        QSqlQuery q(m_ws->database().connection());
        return q.exec(QStringLiteral("UPDATE customers SET deleted_at = '2024-01-01T00:00:00' WHERE code = 'DEL1'"));
    }
    QString write(const QString &name, const QString &content)
    {
        const QString path = m_db.dir() + QLatin1Char('/') + name;
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content.toUtf8());
        return path;
    }
    Result<ImportSummary> import(const QString &path, DuplicatePolicy policy = DuplicatePolicy::Merge,
                                 const ImportProgressFn &progress = {})
    {
        if (m_fast)
            qunsetenv("PATRON_IMPORT_PATH");
        else
            qputenv("PATRON_IMPORT_PATH", "sql");
        ImportRequest r;
        r.path = path;
        r.onDuplicate = policy;
        ImportEngine engine(*m_ws);
        auto s = engine.run(r, progress);
        qunsetenv("PATRON_IMPORT_PATH");
        return s;
    }
    Workspace &ws() { return *m_ws; }

private:
    bool m_fast;
    Test::TestDatabase m_db;
    std::unique_ptr<Workspace> m_ws;
};

} // namespace

class TestImportFastPath : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (Test::backendName() != QLatin1String("sqlite"))
            QSKIP("The import fast path is SQLite's");
    }

    // Small (indexes kept) and large (indexes and FTS triggers deferred) imports, then the
    // same file again under each policy, then undo of each: both paths agree at every step.
    void sameDatabaseAsTheSqlPath_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("small") << 400;
        QTest::newRow("deferred indexes") << 12000;
    }
    void sameDatabaseAsTheSqlPath()
    {
        QFETCH(int, rows);
        Side fast(true), sql(false);
        QVERIFY(fast.prepare());
        QVERIFY(sql.prepare());
        const QStringList before = dumpAll(fast.ws());
        QCOMPARE(dumpAll(sql.ws()), before);

        QList<qint64> batches;
        int step = 0;
        for (DuplicatePolicy policy : {DuplicatePolicy::Merge, DuplicatePolicy::Merge, DuplicatePolicy::Update,
                                       DuplicatePolicy::Skip, DuplicatePolicy::Create}) {
            // (Long notes make the file big enough for the writer to defer the indexes.)
            const QString content = customersFile(rows, step, rows > 10000 ? 200 : 0);
            const QString name = QStringLiteral("c%1.csv").arg(step++);
            auto a = fast.import(fast.write(name, content), policy);
            auto b = sql.import(sql.write(name, content), policy);
            REQUIRE_OK(a);
            REQUIRE_OK(b);
            QCOMPARE(summaryText(a.value()), summaryText(b.value()));
            QCOMPARE(a->created + a->updated + a->merged + a->skipped + a->rejected, a->rowsRead);
            QVERIFY(a->rejected > 0);
            const QStringList da = dumpAll(fast.ws()), db = dumpAll(sql.ws());
            QCOMPARE(da.size(), db.size());
            for (int i = 0; i < da.size(); ++i)
                QCOMPARE(da.at(i), db.at(i));
            batches << a->batchId;
        }
        QCOMPARE(scalar(fast.ws(), QStringLiteral("SELECT COUNT(*) FROM customer_fts WHERE customer_fts MATCH '杭州'")),
                 scalar(fast.ws(), QStringLiteral("SELECT COUNT(*) FROM customers WHERE city = '杭州'")));
        QSqlQuery check(fast.ws().database().connection());
        QVERIFY2(check.exec(QStringLiteral("INSERT INTO customer_fts (customer_fts, rank) VALUES ('integrity-check', 1)")),
                 qPrintable(check.lastError().text()));

        // Undo, newest first; an older batch is refused while a newer one depends on it.
        ImportHistory hf(fast.ws().database()), hs(sql.ws().database());
        QVERIFY(!hf.undoBlocker(batches.first()).valueOr(QString()).isEmpty());
        for (qsizetype i = batches.size() - 1; i >= 1; --i) {
            REQUIRE_OK(hf.undo(batches.at(i)));
            REQUIRE_OK(hs.undo(batches.at(i)));
        }
        // The first batch's rows had their versions moved on by the later batches' undo:
        // refused alike on both paths.
        QCOMPARE(hf.undoBlocker(batches.first()).valueOr(QStringLiteral("?")),
                 hs.undoBlocker(batches.first()).valueOr(QStringLiteral("?")));
        auto contentOnly = [](Workspace &ws) {
            return dump(ws, QStringLiteral("SELECT id, kind, code, name, mobile, email, city, owner_id, notes, custom, "
                                           "search_tokens, deleted_at FROM customers ORDER BY id"))
                   + dump(ws, QStringLiteral("SELECT rowid, search_tokens FROM customer_fts ORDER BY rowid"));
        };
        QCOMPARE(contentOnly(fast.ws()), contentOnly(sql.ws()));
        QVERIFY2(check.exec(QStringLiteral("INSERT INTO customer_fts (customer_fts, rank) VALUES ('integrity-check', 1)")),
                 qPrintable(check.lastError().text()));
    }

    // A refusal by the database (the unique code of a deleted customer) rejects that row
    // with the SQL path's message and the import goes on.
    void databaseRefusalRejectsTheRow()
    {
        Side fast(true);
        QVERIFY(fast.prepare());
        auto s = fast.import(fast.write(QStringLiteral("d.csv"), QStringLiteral("客户编号,客户名称\nDEL1,新公司\nK9,别的公司\n")));
        REQUIRE_OK(s);
        QCOMPARE(s->rejected, 1);
        QCOMPARE(s->created, 1);
        QCOMPARE(s->rejectedRows.first().line, 2);
        QVERIFY2(s->rejectedRows.first().reason.contains(QStringLiteral("already")), qPrintable(s->rejectedRows.first().reason));
    }

    // Cancel half-way through a large fast-path import (indexes dropped for it): the
    // database is exactly as before, schema included, and the file then imports.
    void cancelMidwayLeavesTheDatabaseAsBefore()
    {
        Side fast(true);
        QVERIFY(fast.prepare());
        const QStringList before = dumpAll(fast.ws());
        const QString path = fast.write(QStringLiteral("big.csv"), customersFile(12000, 1, 200));
        auto journalMode = [&] {
            QSqlQuery q(fast.ws().database().connection());
            return q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() ? q.value(0).toString() : QString();
        };
        QCOMPARE(journalMode(), QStringLiteral("wal"));
        // A big import writes through a rollback journal (BulkLoad), and WAL is back after
        // the rollback as after the commit.
        QString during;
        auto s = fast.import(path, DuplicatePolicy::Merge, [&](const ImportProgress &p) {
            during = journalMode();
            return p.rows < 6000;
        });
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Cancelled);
        QCOMPARE(during, QStringLiteral("truncate"));
        QCOMPARE(journalMode(), QStringLiteral("wal"));
        QCOMPARE(dumpAll(fast.ws()), before);
        auto again = fast.import(path);
        REQUIRE_OK(again);
        QCOMPARE(journalMode(), QStringLiteral("wal"));
        // The search index merges its segments again as it did before the import.
        QCOMPARE(scalar(fast.ws(), QStringLiteral("SELECT v FROM customer_fts_config WHERE k = 'automerge'")), 4);
        QVERIFY(again->created > 10000);
        QVERIFY(again->merged > 0);
        QCOMPARE(scalar(fast.ws(), QStringLiteral("SELECT COUNT(*) FROM import_changes WHERE action = 'create' AND "
                                                   "entity = 'customer'")),
                 again->created);

        // Undo after a fast-path import: exactly the customers, users and search index of before.
        auto content = [](Workspace &ws) {
            return dump(ws, QStringLiteral("SELECT id, kind, code, name, mobile, email, city, owner_id, notes, custom, "
                                           "search_tokens, deleted_at FROM customers ORDER BY id"))
                   + dump(ws, QStringLiteral("SELECT id, username FROM users ORDER BY id"))
                   + dump(ws, QStringLiteral("SELECT rowid, search_tokens FROM customer_fts ORDER BY rowid"))
                   + dump(ws, QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
        };
        ImportHistory history(fast.ws().database());
        const QStringList beforeContent = [&] {
            Side fresh(true);
            return fresh.prepare() ? content(fresh.ws()) : QStringList();
        }();
        REQUIRE_OK(history.undo(again->batchId));
        QCOMPARE(content(fast.ws()), beforeContent);
        QSqlQuery check(fast.ws().database().connection());
        QVERIFY2(check.exec(QStringLiteral("INSERT INTO customer_fts (customer_fts, rank) VALUES ('integrity-check', 1)")),
                 qPrintable(check.lastError().text()));
    }
};

QTEST_GUILESS_MAIN(TestImportFastPath)
#include "tst_importfastpath.moc"
