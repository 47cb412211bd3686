// `patron segments …`, `patron tags …` and `patron customers list --segment` end to end:
// the real binary on a database filled by `patron import`. Both backends.

#include "clirunner.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Patron;
using Patron::Test::CliRun;

class TestCliSegments : public QObject
{
    Q_OBJECT

    CliRun cli(const Test::TestDatabase &db, QStringList args) const
    {
        return m_runner.run(QStringList{QStringLiteral("--database"), Test::CliRunner::target(db)} + args);
    }

    void fill(const Test::TestDatabase &db)
    {
        QFile f(m_dir.filePath(QStringLiteral("customers.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("客户名称,省份,城市\r\n"
                               "广州甲公司,广东,广州\r\n"
                               "深圳乙公司,广东,深圳\r\n"
                               "杭州丙公司,浙江,杭州\r\n"
                               "O'Brien; DROP TABLE customers,北京,北京\r\n")
                    .toUtf8());
        f.close();
        const CliRun r = cli(db, {QStringLiteral("import"), QStringLiteral("customers"), f.fileName()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    static QStringList names(const CliRun &r)
    {
        QStringList out;
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        for (const QJsonValue &v : rows)
            out << v.toObject().value(QStringLiteral("name")).toString();
        out.sort();
        return out;
    }

    const QString m_guangdong = QStringLiteral(R"({"field":"province","op":"eq","value":"广东"})");

private slots:
    void initTestCase()
    {
        PATRON_REQUIRE_BACKEND();
        QVERIFY2(QFile::exists(QStringLiteral(PATRON_BINARY)), PATRON_BINARY);
    }

    void segmentsRoundTrip()
    {
        Test::TestDatabase db;
        fill(db);
        CliRun r = cli(db, {QStringLiteral("segments"), QStringLiteral("count"), QStringLiteral("--where"), m_guangdong});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.outText().trimmed(), QStringLiteral("2"));

        r = cli(db, {QStringLiteral("segments"), QStringLiteral("add"), QStringLiteral("广东客户"), QStringLiteral("--where"), m_guangdong});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.outText().contains(QStringLiteral("广东客户")), r.out.constData());
        r = cli(db, {QStringLiteral("segments"), QStringLiteral("add"), QStringLiteral("广东客户"), QStringLiteral("--where"), m_guangdong});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errLine().contains(QStringLiteral("广东客户")));

        r = cli(db, {QStringLiteral("segments"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        const QList<QStringList> rows = Test::parseCsv(r.out);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0), QStringList({QStringLiteral("name"), QStringLiteral("count"), QStringLiteral("definition")}));
        QCOMPARE(rows.at(1).value(0), QStringLiteral("广东客户"));
        QCOMPARE(rows.at(1).value(1), QStringLiteral("2"));
        QCOMPARE(QJsonDocument::fromJson(rows.at(1).value(2).toUtf8()).object().value(QStringLiteral("value")).toString(),
                 QStringLiteral("广东"));

        r = cli(db, {QStringLiteral("segments"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray json = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(json.size(), 1);
        QCOMPARE(json.at(0).toObject().value(QStringLiteral("count")).toInt(), 2);

        r = cli(db, {QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--segment"), QStringLiteral("广东客户"),
                     QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(names(r), QStringList({QStringLiteral("广州甲公司"), QStringLiteral("深圳乙公司")}));

        // Export takes a saved segment too.
        const QString exported = m_dir.filePath(QStringLiteral("guangdong.json"));
        r = cli(db, {QStringLiteral("export"), QStringLiteral("customers"), exported, QStringLiteral("--segment"),
                     QStringLiteral("广东客户")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        CliRun asFile;
        asFile.out = file.readAll();
        QCOMPARE(names(asFile), QStringList({QStringLiteral("广州甲公司"), QStringLiteral("深圳乙公司")}));
        r = cli(db, {QStringLiteral("export"), QStringLiteral("customers"), exported, QStringLiteral("--segment"),
                     QStringLiteral("没有这个分群")});
        QCOMPARE(r.exitCode, 2);

        // Injection attempts in values match literally.
        r = cli(db, {QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--where"),
                     QStringLiteral(R"({"field":"name","op":"contains","value":"'; DROP"})"), QStringLiteral("--format"),
                     QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(names(r), QStringList());
        r = cli(db, {QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--where"),
                     QStringLiteral(R"({"field":"name","op":"contains","value":"'Brien; DROP"})"), QStringLiteral("--format"),
                     QStringLiteral("json")});
        QCOMPARE(names(r), QStringList({QStringLiteral("O'Brien; DROP TABLE customers")}));

        r = cli(db, {QStringLiteral("segments"), QStringLiteral("delete"), QStringLiteral("广东客户")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(db, {QStringLiteral("segments"), QStringLiteral("list")});
        QCOMPARE(Test::parseCsv(r.out).size(), 1);
        r = cli(db, {QStringLiteral("customers"), QStringLiteral("list")});
        QCOMPARE(Test::parseCsv(r.out).size(), 5); // nothing else changed
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown segment") << QStringList{QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--segment"), QStringLiteral("没有")}
                                         << QStringLiteral("没有");
        QTest::newRow("delete unknown") << QStringList{QStringLiteral("segments"), QStringLiteral("delete"), QStringLiteral("没有")}
                                        << QStringLiteral("没有");
        QTest::newRow("bad json") << QStringList{QStringLiteral("segments"), QStringLiteral("count"), QStringLiteral("--where"), QStringLiteral("{oops")}
                                  << QStringLiteral("JSON");
        QTest::newRow("unknown field") << QStringList{QStringLiteral("segments"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--where"),
                                                      QStringLiteral(R"({"field":"salary","op":"eq","value":1})")}
                                       << QStringLiteral("salary");
        QTest::newRow("list where unknown field") << QStringList{QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--where"),
                                                                 QStringLiteral(R"({"field":"salary","op":"eq","value":1})")}
                                                  << QStringLiteral("salary");
        QTest::newRow("missing where") << QStringList{QStringLiteral("segments"), QStringLiteral("count")} << QStringLiteral("--where");
        QTest::newRow("unknown action") << QStringList{QStringLiteral("segments"), QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("bad format") << QStringList{QStringLiteral("tags"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")}
                                    << QStringLiteral("xml");
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        Test::TestDatabase db;
        const CliRun r = cli(db, args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errLine().contains(message), qPrintable(r.errLine()));
        QVERIFY(r.out.isEmpty() || !r.outText().contains(QLatin1String("name,")));
    }

    void ruleTags()
    {
        Test::TestDatabase db;
        fill(db);
        CliRun r = cli(db, {QStringLiteral("tags"), QStringLiteral("add-rule"), QStringLiteral("华南"), QStringLiteral("--where"), m_guangdong});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.outText().contains(QStringLiteral("华南")), r.out.constData());
        r = cli(db, {QStringLiteral("tags"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QList<QStringList> rows = Test::parseCsv(r.out);
        QCOMPARE(rows.value(0), QStringList({QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("count")}));
        QCOMPARE(rows.value(1), QStringList({QStringLiteral("华南"), QStringLiteral("rule"), QStringLiteral("2")}));

        // More data, then a refresh picks it up.
        QFile f(m_dir.filePath(QStringLiteral("more.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("客户名称,省份\r\n佛山丁公司,广东\r\n").toUtf8());
        f.close();
        QCOMPARE(cli(db, {QStringLiteral("import"), QStringLiteral("customers"), f.fileName()}).exitCode, 0);
        r = cli(db, {QStringLiteral("tags"), QStringLiteral("refresh")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.outText().contains(QStringLiteral("1 added")), r.out.constData());
        r = cli(db, {QStringLiteral("tags"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray tags = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(tags.size(), 1);
        QCOMPARE(tags.at(0).toObject().value(QStringLiteral("count")).toInt(), 3);
        QCOMPARE(tags.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("rule"));
    }

    void helpListsCommands()
    {
        Test::TestDatabase db;
        const CliRun r = cli(db, {QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(QLatin1String("segments")));
        QVERIFY(r.outText().contains(QLatin1String("tags")));
        QCOMPARE(cli(db, {QStringLiteral("segments"), QStringLiteral("--help")}).exitCode, 0);
        QCOMPARE(cli(db, {QStringLiteral("tags"), QStringLiteral("add-rule"), QStringLiteral("--help")}).exitCode, 0);
    }

private:
    Test::CliRunner m_runner;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliSegments)
#include "tst_clisegments.moc"
