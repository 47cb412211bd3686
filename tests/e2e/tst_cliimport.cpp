// `patron import …` end to end: the real binary on files written the way Excel and WPS
// write them, text and JSON summaries, the error file, dry run, strict, saved mappings,
// new custom fields, import list and undo, and import → export → import. Both backends.

#include "clirunner.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTest>

using namespace Patron;
using Patron::Test::CliRun;

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        PATRON_REQUIRE_BACKEND();
        QVERIFY2(QFile::exists(QStringLiteral(PATRON_BINARY)), PATRON_BINARY);
    }

    void importPrintsTheBalancedSummary()
    {
        Test::TestDatabase db;
        const QString file = write(QStringLiteral("客户.csv"),
                                   QStringLiteral("客户名单\r\n客户名称,手机,邮箱,负责人\r\n"
                                                  "甲公司,138 0013 8000,A@B.cn,王芳\r\n"
                                                  "乙公司,123,,李强\r\n"
                                                  "甲公司,13800138000,,\r\n"
                                                  "合计,,,\r\n"),
                                   "GB18030");
        const QString errors = m_dir.filePath(QStringLiteral("errors.csv"));
        const CliRun r = cli({QStringLiteral("--database"), target(db), QStringLiteral("import"), QStringLiteral("customers"),
                              file, QStringLiteral("--errors"), errors});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = r.outText();
        QVERIFY2(out.contains(QStringLiteral("4 rows read (GB18030")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("header on row 2")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("created 1, updated 0, merged 1, skipped 1, rejected 1")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("1 + 0 + 1 + 1 + 1 = 4 rows read")));
        QVERIFY(out.contains(QStringLiteral("line 4:")));
        QVERIFY(out.contains(QStringLiteral("patron import undo 1")));
        QVERIFY(QFile::exists(errors));

        const CliRun list = cli({QStringLiteral("--database"), target(db), QStringLiteral("import"), QStringLiteral("list"),
                                 QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(list.exitCode, 0);
        const QStringList lines = list.outText().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).startsWith(QStringLiteral("1,")));
        QVERIFY(lines.at(1).contains(QStringLiteral(",customers,客户.csv,")));

        const CliRun undo = cli({QStringLiteral("--database"), target(db), QStringLiteral("import"), QStringLiteral("undo"),
                                 QStringLiteral("1")});
        QVERIFY2(undo.exitCode == 0, undo.err.constData());
        const CliRun customers = cli({QStringLiteral("--database"), target(db), QStringLiteral("customers"), QStringLiteral("list")});
        QCOMPARE(customers.outText().count(QStringLiteral("\r\n")), 1); // the header only
        const CliRun again = cli({QStringLiteral("--database"), target(db), QStringLiteral("import"), QStringLiteral("undo"),
                                  QStringLiteral("1")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.errLine().contains(QStringLiteral("already undone")));
    }

    void jsonDryRunAndStrict()
    {
        Test::TestDatabase db;
        const QString file = write(QStringLiteral("c.csv"), QStringLiteral("公司名称,手机号\n甲,13800138000\n乙,bad\n"));
        const CliRun dry = cli({QStringLiteral("--database"), target(db), QStringLiteral("import"), QStringLiteral("customers"),
                                file, QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(dry.out).object();
        QCOMPARE(o.value(QStringLiteral("dry_run")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("rows_read")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("created")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("rejected")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("batch")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("mapping")).toObject().value(QStringLiteral("手机号")).toString(), QStringLiteral("mobile"));
        QCOMPARE(o.value(QStringLiteral("rejected_rows")).toArray().at(0).toObject().value(QStringLiteral("line")).toInt(), 3);

        const CliRun strict = cli({QStringLiteral("--database"), target(db), QStringLiteral("import"), QStringLiteral("customers"),
                                   file, QStringLiteral("--strict")});
        QCOMPARE(strict.exitCode, 1);
        QVERIFY(strict.outText().contains(QStringLiteral("Nothing was imported")));
        const CliRun list = cli({QStringLiteral("--database"), target(db), QStringLiteral("import"), QStringLiteral("list")});
        QVERIFY(list.outText().contains(QStringLiteral("No imports yet")));
    }

    void mapNewFieldAndSavedMapping()
    {
        Test::TestDatabase db;
        const QString file = write(QStringLiteral("m.csv"), QStringLiteral("单位,联系电话,签约日期,部门\n"
                                                                          "甲公司,13800138000,2024年3月5日,销售部\n"));
        const CliRun r = cli({QStringLiteral("--database"), target(db), QStringLiteral("import"), QStringLiteral("customers"), file,
                              QStringLiteral("--map"), QStringLiteral("联系电话=mobile"), QStringLiteral("--new-field"),
                              QStringLiteral("签约日期:date"), QStringLiteral("--save-mapping"), QStringLiteral("ERP 客户"),
                              QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("created")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("unmapped_columns")).toArray(), QJsonArray{QStringLiteral("部门")});
        const CliRun csv = cli({QStringLiteral("--database"), target(db), QStringLiteral("customers"), QStringLiteral("list")});
        QVERIFY2(csv.outText().contains(QStringLiteral("2024-03-05")), csv.out.constData());
        QVERIFY(csv.outText().contains(QStringLiteral("13800138000")));

        // The saved mapping is used by name for another file with other rows.
        const QString second = write(QStringLiteral("m2.csv"), QStringLiteral("单位,联系电话,签约日期,部门\n"
                                                                              "乙公司,13900000000,2024-04-01,市场部\n"));
        const CliRun named = cli({QStringLiteral("--database"), target(db), QStringLiteral("import"), QStringLiteral("customers"),
                                  second, QStringLiteral("--mapping"), QStringLiteral("ERP 客户"), QStringLiteral("--format"),
                                  QStringLiteral("json")});
        QVERIFY2(named.exitCode == 0, named.err.constData());
        QCOMPARE(QJsonDocument::fromJson(named.out).object().value(QStringLiteral("mapping")).toObject()
                     .value(QStringLiteral("联系电话")).toString(),
                 QStringLiteral("mobile"));
        const CliRun missing = cli({QStringLiteral("--database"), target(db), QStringLiteral("import"), QStringLiteral("customers"),
                                    second, QStringLiteral("--mapping"), QStringLiteral("没有这个方案")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.errLine().contains(QStringLiteral("没有这个方案")));
    }

    void ordersWithCreateCustomers()
    {
        Test::TestDatabase db;
        const QString file = write(QStringLiteral("o.xlsx.csv"), QStringLiteral("订单编号,客户名称,下单日期,金额,状态\n"
                                                                               "SO1,新客户,2024/3/5,\"1,000.00\",已付款\n"
                                                                               "SO2,新客户,2024/3/6,200,已退款\n"));
        const CliRun refused = cli({QStringLiteral("--database"), target(db), QStringLiteral("import"), QStringLiteral("orders"), file});
        QCOMPARE(refused.exitCode, 0);
        QVERIFY2(refused.outText().contains(QStringLiteral("rejected 2")), refused.out.constData());
        QVERIFY(refused.outText().contains(QStringLiteral("新客户")));
        const CliRun created = cli({QStringLiteral("--database"), target(db), QStringLiteral("import"), QStringLiteral("orders"),
                                    file, QStringLiteral("--create-customers")});
        QVERIFY2(created.outText().contains(QStringLiteral("created 2")), created.out.constData());
        QVERIFY(created.outText().contains(QStringLiteral("1 missing customer created")));
        const CliRun orders = cli({QStringLiteral("--database"), target(db), QStringLiteral("orders"), QStringLiteral("list")});
        QVERIFY(orders.outText().contains(QStringLiteral("1000.00")));
        QVERIFY(orders.outText().contains(QStringLiteral("refunded")));
    }

    void exportThenImportGivesTheSameData()
    {
        Test::TestDatabase source;
        const CliRun demo = cli({QStringLiteral("--database"), target(source), QStringLiteral("demo"), QStringLiteral("--customers"),
                                 QStringLiteral("150"), QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        const CliRun exported = cli({QStringLiteral("--database"), target(source), QStringLiteral("customers"), QStringLiteral("list"),
                                     QStringLiteral("--bom"), QStringLiteral("--output"), m_dir.filePath(QStringLiteral("out.csv"))});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());

        Test::TestDatabase copy;
        const CliRun imported = cli({QStringLiteral("--database"), target(copy), QStringLiteral("import"), QStringLiteral("customers"),
                                     m_dir.filePath(QStringLiteral("out.csv")), QStringLiteral("--new-field"),
                                     QStringLiteral("grade"), QStringLiteral("--new-field"), QStringLiteral("credit_limit:money"),
                                     QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(imported.out).object();
        QCOMPARE(o.value(QStringLiteral("created")).toInt(), 150);
        QCOMPARE(o.value(QStringLiteral("rejected")).toInt(), 0);

        // Ids, owners' ids and timestamps differ between databases: compare what a user sees.
        auto comparable = [&](const Test::TestDatabase &db) {
            const CliRun r = cli({QStringLiteral("--database"), target(db), QStringLiteral("customers"), QStringLiteral("list")});
            QStringList rows = r.outText().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
            const QStringList header = rows.takeFirst().split(QLatin1Char(','));
            const int updated = int(header.indexOf(QStringLiteral("updated_at")));
            QStringList out;
            for (const QString &row : rows) {
                QStringList cells = row.split(QLatin1Char(','));
                cells.removeAt(updated);
                cells.removeFirst(); // id
                out << cells.join(QLatin1Char(','));
            }
            out.sort();
            return out;
        };
        QCOMPARE(comparable(copy), comparable(source));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no file") << QStringList{QStringLiteral("import"), QStringLiteral("customers")} << 2 << "file";
        QTest::newRow("unknown kind") << QStringList{QStringLiteral("import"), QStringLiteral("robots"), QStringLiteral("x.csv")} << 2
                                      << "robots";
        QTest::newRow("bad policy") << QStringList{QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("x.csv"),
                                                   QStringLiteral("--on-duplicate"), QStringLiteral("maybe")}
                                    << 2 << "maybe";
        QTest::newRow("bad encoding") << QStringList{QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("x.csv"),
                                                     QStringLiteral("--encoding"), QStringLiteral("latin9")}
                                      << 2 << "latin9";
        QTest::newRow("missing file") << QStringList{QStringLiteral("import"), QStringLiteral("customers"),
                                                     QStringLiteral("/nonexistent/x.csv")}
                                      << 1 << "/nonexistent/x.csv";
        QTest::newRow("bad undo") << QStringList{QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("abc")} << 2
                                  << "batch";
        QTest::newRow("no such batch") << QStringList{QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("42")} << 1
                                       << "42";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        Test::TestDatabase db;
        const CliRun r = cli(QStringList{QStringLiteral("--database"), target(db)} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.errLine().contains(mentions), qPrintable(r.errLine()));
        QVERIFY(!r.errLine().contains(QLatin1Char('\n')));
    }

private:
    CliRun cli(const QStringList &args) const { return m_runner.run(args); }
    static QString target(const Test::TestDatabase &db) { return Test::CliRunner::target(db); }
    QString write(const QString &name, const QString &content, const char *encoding = "UTF-8")
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        QStringEncoder enc(encoding);
        f.write(enc.encode(content));
        return f.fileName();
    }

    Test::CliRunner m_runner;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
