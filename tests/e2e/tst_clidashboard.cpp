// `patron dashboard` end to end: the real binary on the hand-computed fixture
// (tests/common/dashboardfixture.h), JSON and text output, the owner filter, the cache
// (second run from the cache, --refresh computes) and bad options. Both backends.

#include "clirunner.h"
#include "dashboardfixture.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Patron;
using Patron::Test::CliRun;

class TestCliDashboard : public QObject
{
    Q_OBJECT

    Test::CliRunner m_cli;

    QStringList args(const Test::TestDatabase &db, QStringList more) const
    {
        return QStringList{QStringLiteral("--database"), Test::CliRunner::target(db), QStringLiteral("dashboard"),
                           QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                           QStringLiteral("2026-03-31")}
               + more;
    }

    static bool fill(const Test::TestDatabase &db)
    {
        auto ws = db.open();
        return ws && Test::DashboardFixture::insert(ws->database());
    }

private slots:
    void initTestCase()
    {
        PATRON_REQUIRE_BACKEND();
        QVERIFY2(QFile::exists(QStringLiteral(PATRON_BINARY)), PATRON_BINARY);
    }

    void json()
    {
        Test::TestDatabase db;
        QVERIFY(fill(db));
        const CliRun r = m_cli.run(args(db, {QStringLiteral("--format"), QStringLiteral("json")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1String("from")).toString(), QStringLiteral("2026-01-01"));
        QCOMPARE(o.value(QLatin1String("revenue_cents")).toInteger(), 121000);
        QCOMPARE(o.value(QLatin1String("customers")).toInteger(), 5);
        QCOMPARE(o.value(QLatin1String("buying_customers")).toInteger(), 4);
        QCOMPARE(o.value(QLatin1String("snapshot_id")).toInteger(), 2);
        QCOMPARE(o.value(QLatin1String("from_cache")).toBool(), false);
        QCOMPARE(o.value(QLatin1String("top20_share")).toDouble(), 50000.0 / 121000.0);
        const QJsonObject first = o.value(QLatin1String("segments")).toArray().at(0).toObject();
        QCOMPARE(first.value(QLatin1String("key")).toString(), QStringLiteral("important_value"));
        QCOMPARE(first.value(QLatin1String("customers")).toInteger(), 2);
        QCOMPARE(first.value(QLatin1String("revenue_cents")).toInteger(), 95000);
        const QJsonArray months = o.value(QLatin1String("months")).toArray();
        QCOMPARE(months.size(), 3);
        QCOMPARE(months.at(1).toObject().value(QLatin1String("revenue_cents")).toInteger(), 50000);
        QCOMPARE(months.at(2).toObject().value(QLatin1String("active_customers")).toInteger(), 3);
        const QJsonArray cohorts = o.value(QLatin1String("cohorts")).toArray();
        QCOMPARE(cohorts.at(0).toObject().value(QLatin1String("retained")).toArray(), (QJsonArray{1, 1, 0}));
        const QJsonArray funnel = o.value(QLatin1String("funnel")).toArray();
        QCOMPARE(funnel.size(), 6);
        QCOMPARE(funnel.at(0).toObject().value(QLatin1String("stage")).toString(), QStringLiteral("awareness"));
        const QJsonObject alice = o.value(QLatin1String("reps")).toArray().at(0).toObject();
        QCOMPARE(alice.value(QLatin1String("name")).toString(), QStringLiteral("王丽"));
        QCOMPARE(alice.value(QLatin1String("revenue_cents")).toInteger(), 75000);
        QCOMPARE(alice.value(QLatin1String("follow_ups")).toInteger(), 2);

        // The second run comes from the cache; --refresh computes again.
        const CliRun again = m_cli.run(args(db, {QStringLiteral("--format"), QStringLiteral("json")}));
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QLatin1String("from_cache")).toBool(), true);
        const CliRun refresh = m_cli.run(args(db, {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--refresh")}));
        QCOMPARE(refresh.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(refresh.out).object().value(QLatin1String("from_cache")).toBool(), false);
    }

    void ownerAndText()
    {
        Test::TestDatabase db;
        QVERIFY(fill(db));
        const CliRun r = m_cli.run(args(db, {QStringLiteral("--owner"), QStringLiteral("alice")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = r.outText();
        QVERIFY2(out.contains(QStringLiteral("owner: 王丽")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("¥750.00")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("重要价值客户")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("66.7%")), qPrintable(out));
        QVERIFY(!out.contains(QStringLiteral("李强")));

        const CliRun unknown = m_cli.run(args(db, {QStringLiteral("--owner"), QStringLiteral("nobody")}));
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.errLine().contains(QStringLiteral("nobody")));
    }

    void badOptions()
    {
        Test::TestDatabase db;
        QCOMPARE(m_cli.run(args(db, {QStringLiteral("--format"), QStringLiteral("xml")})).exitCode, 2);
        const CliRun date = m_cli.run({QStringLiteral("--database"), Test::CliRunner::target(db), QStringLiteral("dashboard"),
                                       QStringLiteral("--from"), QStringLiteral("2026-13-01")});
        QCOMPARE(date.exitCode, 2);
        const CliRun inverted = m_cli.run({QStringLiteral("--database"), Test::CliRunner::target(db), QStringLiteral("dashboard"),
                                           QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                                           QStringLiteral("2026-01-01")});
        QCOMPARE(inverted.exitCode, 2);
        // An empty database prints zeros, not an error.
        const CliRun empty = m_cli.run(args(db, {}));
        QVERIFY2(empty.exitCode == 0, empty.err.constData());
        QVERIFY(empty.outText().contains(QStringLiteral("¥0.00")));
    }
};

QTEST_GUILESS_MAIN(TestCliDashboard)
#include "tst_clidashboard.moc"
