// Pure value helpers: money, mobiles, e-mails, search tokens. No database.

#include "search/searchtokenizer.h"
#include "util/values.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Patron;

class TestValues : public QObject
{
    Q_OBJECT

private slots:
    void money_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("plain") << "1234.5" << qint64(123450);
        QTest::newRow("yen sign and separators") << "¥1,234.50" << qint64(123450);
        QTest::newRow("full-width yen") << "￥12" << qint64(1200);
        QTest::newRow("yuan suffix") << "88元" << qint64(8800);
        QTest::newRow("wan") << "1.2万" << qint64(1200000);
        QTest::newRow("wan yuan") << "3万元" << qint64(3000000);
        QTest::newRow("rounding half up") << "0.005" << qint64(1);
        QTest::newRow("negative") << "-12.30" << qint64(-1230);
        QTest::newRow("full-width digits") << "１２３" << qint64(12300);
        QTest::newRow("no float error") << "19.99" << qint64(1999);
    }

    void money()
    {
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        const auto parsed = Values::parseMoney(text);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(*parsed, cents);
    }

    void moneyRejectsGarbage()
    {
        QVERIFY(!Values::parseMoney(QStringLiteral("abc")).has_value());
        QVERIFY(!Values::parseMoney(QStringLiteral("1.2.3")).has_value());
        QVERIFY(!Values::parseMoney(QString()).has_value());
    }

    void moneyFormatting()
    {
        QCOMPARE(Values::formatMoney(123450), QStringLiteral("¥1,234.50"));
        QCOMPARE(Values::formatMoney(5), QStringLiteral("¥0.05"));
        QCOMPARE(Values::formatMoney(-123456789), QStringLiteral("-¥1,234,567.89"));
        QCOMPARE(Values::plainMoney(100), QStringLiteral("1.00"));
        QCOMPARE(Values::plainMoney(-5), QStringLiteral("-0.05"));
        QCOMPARE(Values::formatMoney(std::numeric_limits<qint64>::min()).left(2), QStringLiteral("-¥"));
    }

    void mobiles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("+86 dashes") << "+86 138-0013-8000" << "13800138000";
        QTest::newRow("86 prefix") << "8613800138000" << "13800138000";
        QTest::newRow("spaces") << "138 0013 8000" << "13800138000";
        QTest::newRow("0086") << "0086 13800138000" << "13800138000";
        QTest::newRow("full-width") << "１３８００１３８０００" << "13800138000";
        QTest::newRow("too short") << "1380013800" << "";
        QTest::newRow("landline") << "021-12345678" << "";
        QTest::newRow("bad prefix") << "12800138000" << "";
        QTest::newRow("letters") << "1380013800a" << "";
    }

    void mobiles()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        const auto m = Values::normalizeMobile(text);
        QCOMPARE(m.value_or(QString()), normalized);
    }

    void emails()
    {
        QCOMPARE(Values::normalizeEmail(QStringLiteral(" Zhang.Wei@QQ.com ")).value_or(QString()), QStringLiteral("zhang.wei@qq.com"));
        QVERIFY(!Values::normalizeEmail(QStringLiteral("zhang@")).has_value());
        QVERIFY(!Values::normalizeEmail(QStringLiteral("a b@c.com")).has_value());
        QVERIFY(!Values::normalizeEmail(QStringLiteral("a@b")).has_value());
    }

    void documentTokens()
    {
        QCOMPARE(SearchTokenizer::documentTokens({QStringLiteral("华联商贸")}), QStringLiteral("华联 联商 商贸 贸"));
        QCOMPARE(SearchTokenizer::documentTokens({QStringLiteral("ABC公司"), QStringLiteral("13800138000")}),
                 QStringLiteral("abc 公司 司 13800138000 8000"));
        QCOMPARE(SearchTokenizer::documentTokens({QStringLiteral("ｚｈａｎｇ.Wei@qq.com")}), QStringLiteral("zhang wei qq com"));
        QCOMPARE(SearchTokenizer::documentTokens({QString()}), QString());
    }

    // documentTokens makes its tokens in one pass; this is the rule it follows, written
    // plainly: per field, runs of CJK and of other letters/digits; a CJK run gives its
    // bigrams and its last character, another run the word and, for 7+ digits, its last 4.
    static QString referenceTokens(const QStringList &fields)
    {
        auto isCjk = [](char32_t c) {
            return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FA1F)
                   || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF);
        };
        QStringList tokens;
        for (const QString &field : fields) {
            const QList<uint> ucs4 = SearchTokenizer::normalize(field).toUcs4();
            QList<QStringList> runs;
            QList<bool> cjkRuns;
            bool inRun = false;
            for (uint u : ucs4) {
                const char32_t c = u;
                if (!QChar::isLetterOrNumber(c)) {
                    inRun = false;
                    continue;
                }
                if (!inRun || cjkRuns.last() != isCjk(c)) {
                    runs.append(QStringList());
                    cjkRuns.append(isCjk(c));
                    inRun = true;
                }
                runs.last() << QString::fromUcs4(&c, 1);
            }
            for (int r = 0; r < runs.size(); ++r) {
                const QStringList &chars = runs.at(r);
                if (cjkRuns.at(r)) {
                    for (int i = 0; i + 1 < chars.size(); ++i)
                        tokens << chars.at(i) + chars.at(i + 1);
                    tokens << chars.last();
                } else {
                    const QString word = chars.join(QString());
                    tokens << word;
                    bool digits = true;
                    for (const QChar ch : word)
                        digits = digits && ch.isDigit();
                    if (digits && word.size() >= 7)
                        tokens << word.right(4);
                }
            }
        }
        return tokens.join(QLatin1Char(' '));
    }

    void documentTokensMatchTheRule()
    {
        // Random fields over an alphabet with the awkward cases: surrogate pairs (𠀀 is
        // CJK, 𝐀 is not), a lone surrogate, full-width and upper-case letters, combining
        // marks, kana, hangul, punctuation and spaces.
        const QList<QString> pieces = {QStringLiteral("华"), QStringLiteral("联"), QStringLiteral("商"),
                                       QStringLiteral("贸"), QStringLiteral("A"), QStringLiteral("b"),
                                       QStringLiteral("7"), QStringLiteral("1"), QStringLiteral("0"),
                                       QStringLiteral("38"), QStringLiteral("0013"), QStringLiteral("-"),
                                       QStringLiteral(" "), QStringLiteral("."), QStringLiteral("ｚ"),
                                       QStringLiteral("９"), QStringLiteral("カ"), QStringLiteral("한"),
                                       QStringLiteral("é"), QStringLiteral("e\u0301"), QStringLiteral("ß"),
                                       QString::fromUcs4(U"\U00020000"), QString::fromUcs4(U"\U0001D400"),
                                       QString(QChar(0xD800)), QStringLiteral("（"), QStringLiteral("有限公司")};
        QRandomGenerator rng(20261202);
        for (int round = 0; round < 3000; ++round) {
            QStringList fields;
            const int count = int(rng.bounded(4)) + 1;
            for (int f = 0; f < count; ++f) {
                QString field;
                const int length = int(rng.bounded(14));
                for (int i = 0; i < length; ++i)
                    field += pieces.at(int(rng.bounded(int(pieces.size()))));
                fields << field;
            }
            QCOMPARE(SearchTokenizer::documentTokens(fields), referenceTokens(fields));
        }
    }

    void queries()
    {
        SearchQuery q = SearchTokenizer::parseQuery(QStringLiteral("华联商 138 公司abc"));
        QCOMPARE(q.terms.size(), 3);
        QCOMPARE(q.terms.at(0).tokens, (QStringList{QStringLiteral("华联"), QStringLiteral("联商")}));
        QVERIFY(!q.terms.at(0).lastIsPrefix);
        QCOMPARE(q.terms.at(1).tokens, QStringList{QStringLiteral("138")});
        QVERIFY(q.terms.at(1).lastIsPrefix);
        QCOMPARE(q.terms.at(2).tokens, (QStringList{QStringLiteral("公司"), QStringLiteral("司"), QStringLiteral("abc")}));
        q = SearchTokenizer::parseQuery(QStringLiteral("华"));
        QCOMPARE(q.terms.at(0).tokens, QStringList{QStringLiteral("华")});
        QVERIFY(q.terms.at(0).lastIsPrefix);
        QVERIFY(SearchTokenizer::parseQuery(QStringLiteral(" \"*()'; ")).isEmpty());
        // A lone Latin letter or digit would match nearly everything: ignored.
        QVERIFY(SearchTokenizer::parseQuery(QStringLiteral("1")).isEmpty());
        QCOMPARE(SearchTokenizer::parseQuery(QStringLiteral("c 恒瑞")).terms.size(), 1);
        QCOMPARE(SearchTokenizer::parseQuery(QStringLiteral("c1")).terms.size(), 1);
        // Every token is letters and digits only: nothing can escape FTS5/tsquery quoting.
        q = SearchTokenizer::parseQuery(QStringLiteral("a\"b 'c' d:*e"));
        for (const SearchTerm &t : std::as_const(q.terms)) {
            for (const QString &tok : t.tokens) {
                for (QChar c : tok)
                    QVERIFY(c.isLetterOrNumber());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestValues)
#include "tst_values.moc"
