// `patron rfm` end to end: the CSV header and column order, a known row, money with two
// decimals, empty scores of customers without counted orders, Chinese labels whatever the
// UI language, JSON, the grid scheme, bad options (exit code 2), history and settings.
// Both backends.

#include "clirunner.h"
#include "services/recordstore.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Patron;
using Patron::Test::CliRun;

class TestCliRfm : public QObject
{
    Q_OBJECT

    Test::CliRunner m_cli;
    std::unique_ptr<Test::TestDatabase> m_db;
    qint64 m_a = 0, m_b = 0, m_c = 0;

    CliRun rfm(const QStringList &args) const
    {
        return m_cli.run(QStringList {QStringLiteral("--database"), Test::CliRunner::target(*m_db),
                                      QStringLiteral("rfm")}
                         + args);
    }

private slots:
    void initTestCase()
    {
        PATRON_REQUIRE_BACKEND();
        QVERIFY2(QFile::exists(QStringLiteral(PATRON_BINARY)), PATRON_BINARY);
        m_db = std::make_unique<Test::TestDatabase>();
        auto ws = m_db->open();
        QVERIFY(ws);
        auto customer = [&](const QString &code, const QString &name) {
            return ws->store()
                .insert(Entity::Customer,
                        Record {{QStringLiteral("code"), code}, {QStringLiteral("name"), name}})
                .valueOr(0);
        };
        auto order = [&](qint64 c, const QString &date, qint64 cents) {
            QVERIFY(ws->store().insert(Entity::Order,
                                       Record {{QStringLiteral("customer_id"), c},
                                               {QStringLiteral("ordered_at"), date},
                                               {QStringLiteral("amount_cents"), cents}}));
        };
        // As of 2026-06-30: A R10 F1 ¥1234.50, B R5 F2 ¥300, C no order.
        m_a = customer(QStringLiteral("C001"), QStringLiteral("甲公司"));
        m_b = customer(QStringLiteral("C002"), QStringLiteral("乙公司, \"北京\""));
        m_c = customer(QStringLiteral("C003"), QStringLiteral("丙公司"));
        order(m_a, QStringLiteral("2026-06-20"), 123450);
        order(m_b, QStringLiteral("2026-06-01"), 10000);
        order(m_b, QStringLiteral("2026-06-25"), 20000);
    }

    void csvRows()
    {
        const CliRun r = rfm({QStringLiteral("--as-of"), QStringLiteral("2026-06-30")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QStringList> rows = Test::parseCsv(r.out);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).mid(0, 11),
                 (QStringList {QStringLiteral("customer_id"), QStringLiteral("code"),
                               QStringLiteral("name"), QStringLiteral("recency_days"),
                               QStringLiteral("frequency"), QStringLiteral("monetary"),
                               QStringLiteral("r_score"), QStringLiteral("f_score"),
                               QStringLiteral("m_score"), QStringLiteral("segment"),
                               QStringLiteral("tier")}));
        // Tie-safe scores with N = 2; A: recency above the mean, frequency below, money above.
        QCOMPARE(
            rows.at(1).mid(0, 11),
            (QStringList {QString::number(m_a), QStringLiteral("C001"), QStringLiteral("甲公司"),
                          QStringLiteral("10"), QStringLiteral("1"), QStringLiteral("1234.50"),
                          QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("3"),
                          QStringLiteral("重要挽留客户"), QStringLiteral("待唤醒")}));
        QCOMPARE(rows.at(2).mid(0, 11),
                 (QStringList {QString::number(m_b), QStringLiteral("C002"),
                               QStringLiteral("乙公司, \"北京\""), QStringLiteral("5"),
                               QStringLiteral("2"), QStringLiteral("300.00"), QStringLiteral("3"),
                               QStringLiteral("3"), QStringLiteral("1"),
                               QStringLiteral("一般价值客户"), QStringLiteral("一般")}));
        // Without a counted order: empty recency and scores, zero frequency and money.
        QCOMPARE(
            rows.at(3).mid(0, 11),
            (QStringList {QString::number(m_c), QStringLiteral("C003"), QStringLiteral("丙公司"),
                          QString(), QStringLiteral("0"), QStringLiteral("0.00"), QString(),
                          QString(), QString(), QStringLiteral("无交易"), QString()}));
        QVERIFY(r.outText().endsWith(QStringLiteral("\r\n")));
    }

    void systemTagsFollowTheSnapshot()
    {
        // patron rfm also brings the RFM system tags up to date (as the app's scheduler does).
        QVERIFY(rfm({QStringLiteral("--as-of"), QStringLiteral("2026-06-30")}).exitCode == 0);
        const CliRun r = m_cli.run({QStringLiteral("--database"), Test::CliRunner::target(*m_db),
                                    QStringLiteral("tags"), QStringLiteral("list"), QStringLiteral("--format"),
                                    QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QHash<QString, int> counts;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
            const QJsonObject tag = v.toObject();
            if (tag.value(QStringLiteral("kind")).toString() == QLatin1String("system"))
                counts.insert(tag.value(QStringLiteral("name")).toString(), tag.value(QStringLiteral("count")).toInt());
        }
        QCOMPARE(counts.value(QStringLiteral("重要挽留客户")), 1);   // A
        QCOMPARE(counts.value(QStringLiteral("一般价值客户")), 1);   // B
        QCOMPARE(counts.value(QStringLiteral("待唤醒")), 1);
        QCOMPARE(counts.value(QStringLiteral("重要价值客户"), -1), 0);
    }

    void labelsStayChineseInEnglish()
    {
        const CliRun r = rfm({QStringLiteral("--as-of"), QStringLiteral("2026-06-30"),
                              QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(
            r.outText().contains(QStringLiteral(",重要挽留客户,待唤醒,important_winback,to_wake")));
    }

    void json()
    {
        const CliRun r = rfm({QStringLiteral("--as-of"), QStringLiteral("2026-06-30"),
                              QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonParseError e;
        const QJsonArray a = QJsonDocument::fromJson(r.out, &e).array();
        QCOMPARE(e.error, QJsonParseError::NoError);
        QCOMPARE(a.size(), 3);
        const QJsonObject first = a.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("customer_id")).toInteger(), m_a);
        QCOMPARE(first.value(QStringLiteral("monetary")).toDouble(), 1234.5);
        QCOMPARE(first.value(QStringLiteral("recency_days")).toInt(), 10);
        QCOMPARE(first.value(QStringLiteral("segment")).toString(), QStringLiteral("重要挽留客户"));
        const QJsonObject none = a.at(2).toObject();
        QVERIFY(none.value(QStringLiteral("r_score")).isNull());
        QVERIFY(none.value(QStringLiteral("recency_days")).isNull());
        QCOMPARE(none.value(QStringLiteral("segment")).toString(), QStringLiteral("无交易"));
        QCOMPARE(none.value(QStringLiteral("segment_key")).toString(),
                 QStringLiteral("no_purchase"));
    }

    void gridAndWindow()
    {
        const CliRun r = rfm({QStringLiteral("--as-of"), QStringLiteral("2026-06-30"),
                              QStringLiteral("--scheme"), QStringLiteral("rf-grid"),
                              QStringLiteral("--window"), QStringLiteral("0")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QStringList> rows = Test::parseCsv(r.out);
        QCOMPARE(rows.at(1).at(9), QStringLiteral("冬眠客户")); // R1 F1
        QCOMPARE(rows.at(2).at(9), QStringLiteral("需要关注客户")); // R3 F3
        // Ten days before A's order nothing counts yet: everyone 无交易 or dormant.
        const CliRun early = rfm({QStringLiteral("--as-of"), QStringLiteral("2026-06-10"),
                                  QStringLiteral("--window"), QStringLiteral("5")});
        QVERIFY2(early.exitCode == 0, early.err.constData());
        const QList<QStringList> e = Test::parseCsv(early.out);
        QCOMPARE(e.at(1).at(9), QStringLiteral("无交易"));
        QCOMPARE(e.at(2).at(9), QStringLiteral("已沉睡")); // B's 06-01 order is before the window
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("date") << QStringList {QStringLiteral("--as-of"),
                                              QStringLiteral("2026-13-01")}
                              << "--as-of";
        QTest::newRow("short date")
            << QStringList {QStringLiteral("--as-of"), QStringLiteral("2026-1-1")} << "--as-of";
        QTest::newRow("window") << QStringList {QStringLiteral("--window"), QStringLiteral("-1")}
                                << "--window";
        QTest::newRow("window text")
            << QStringList {QStringLiteral("--window"), QStringLiteral("year")} << "--window";
        QTest::newRow("scheme") << QStringList {QStringLiteral("--scheme"), QStringLiteral("rfm9")}
                                << "rfm9";
        QTest::newRow("format") << QStringList {QStringLiteral("--format"), QStringLiteral("xml")}
                                << "xml";
        QTest::newRow("history id")
            << QStringList {QStringLiteral("history"), QStringLiteral("abc")} << "abc";
    }
    void badOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun r = rfm(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errLine().startsWith(QStringLiteral("patron: ")), qPrintable(r.errLine()));
        QVERIFY2(r.errLine().contains(message), qPrintable(r.errLine()));
        QVERIFY(r.out.isEmpty());
    }

    void historyAndSettings()
    {
        QCOMPARE(rfm({QStringLiteral("--as-of"), QStringLiteral("2026-06-30")}).exitCode, 0);
        const CliRun h
            = m_cli.run({QStringLiteral("--database"), Test::CliRunner::target(*m_db),
                         QStringLiteral("rfm"), QStringLiteral("history"), QString::number(m_a)});
        QVERIFY2(h.exitCode == 0, h.err.constData());
        const QList<QStringList> rows = Test::parseCsv(h.out);
        QVERIFY(rows.size() >= 2);
        QCOMPARE(rows.at(0),
                 (QStringList {QStringLiteral("as_of"), QStringLiteral("from_segment"),
                               QStringLiteral("to_segment"), QStringLiteral("from_tier"),
                               QStringLiteral("to_tier")}));
        QCOMPARE(rows.last().at(1), QString()); // the first snapshot: entered
        const CliRun s = m_cli.run({QStringLiteral("--database"), Test::CliRunner::target(*m_db),
                                    QStringLiteral("rfm"), QStringLiteral("settings")});
        QCOMPARE(s.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(s.out).object().value(QStringLiteral("window_days")).toInt(),
            365);
        const CliRun help = m_cli.run({QStringLiteral("--help")});
        QVERIFY(help.outText().contains(QStringLiteral("  rfm ")));
    }
};

QTEST_GUILESS_MAIN(TestCliRfm)
#include "tst_clirfm.moc"
