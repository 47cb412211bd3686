// The lazily-fetching customer list model: QAbstractItemModelTester, paging with a bounded
// cache, sorting and filtering in SQL, refresh after edits. Runs on SQLite and PostgreSQL.

#include "models/customertablemodel.h"
#include "services/customerservice.h"
#include "services/recordstore.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "testdatabase.h"
#include "util/values.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Patron;

class TestCustomerTableModel : public QObject
{
    Q_OBJECT

    static constexpr int kRows = 1000;
    std::unique_ptr<Test::TestDatabase> m_tdb;
    std::unique_ptr<Workspace> m_ws;

private slots:
    void initTestCase() { PATRON_REQUIRE_BACKEND(); }

    void init()
    {
        m_tdb = std::make_unique<Test::TestDatabase>();
        m_ws = m_tdb->open();
        QVERIFY(m_ws);
        // Bulk seed in one transaction (one insert per row through RecordStore would be
        // one fsync each).
        Transaction tx(m_ws->database());
        QVERIFY(tx.isActive());
        {
            QSqlQuery q(tx.connection());
            q.prepare(QStringLiteral("INSERT INTO customers (kind, code, name, city, search_tokens, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"));
            const QStringList cities = {QStringLiteral("北京"), QStringLiteral("上海"), QStringLiteral("广州"), QStringLiteral("成都")};
            for (int i = 0; i < kRows; ++i) {
                Record r{{QStringLiteral("code"), QStringLiteral("C%1").arg(i, 5, 10, QLatin1Char('0'))},
                         {QStringLiteral("name"), QStringLiteral("客户%1号").arg(i)},
                         {QStringLiteral("city"), cities.at(i % 4)}};
                q.bindValue(0, i % 3 ? QStringLiteral("company") : QStringLiteral("person"));
                q.bindValue(1, r.value(QStringLiteral("code")));
                q.bindValue(2, r.value(QStringLiteral("name")));
                q.bindValue(3, r.value(QStringLiteral("city")));
                q.bindValue(4, RecordStore::customerSearchTokens(r));
                q.bindValue(5, Values::now());
                q.bindValue(6, Values::now());
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
        }
        QVERIFY(tx.commit().ok());
    }

    void cleanup()
    {
        m_ws.reset();
        m_tdb.reset();
    }

    void passesTheModelTester()
    {
        CustomerTableModel model(m_ws->customers(), m_ws->store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), kRows);
        QCOMPARE(model.columnCount(), CustomerTableModel::defaultColumns().size());
        model.sort(1, Qt::DescendingOrder);
        CustomerFilter f;
        f.search = QStringLiteral("北京");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), kRows / 4);
        model.setColumns({QStringLiteral("name"), QStringLiteral("city"), QStringLiteral("nonsense")});
        QCOMPARE(model.columnCount(), 2);
    }

    void fetchesLazilyWithABoundedCache()
    {
        CustomerTableModel model(m_ws->customers(), m_ws->store());
        model.setColumns({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind")});
        model.sort(0, Qt::AscendingOrder);
        // Reading the last row fetches only its page.
        QCOMPARE(model.data(model.index(kRows - 1, 0)).toString(), QStringLiteral("C%1").arg(kRows - 1, 5, 10, QLatin1Char('0')));
        QCOMPARE(model.data(model.index(500, 1)).toString(), QStringLiteral("客户500号"));
        QVERIFY(model.data(model.index(500, 0), CustomerTableModel::IdRole).toLongLong() > 0);
        // Raw values for sorting and editing, display strings for people.
        QCOMPARE(model.data(model.index(0, 2), CustomerTableModel::RawRole).toString(), QStringLiteral("person"));
        QVERIFY(model.data(model.index(0, 2)).toString() != QLatin1String("person"));
        // Scroll through everything: memory stays bounded by kMaxPages.
        for (int row = 0; row < kRows; ++row)
            QVERIFY(!model.data(model.index(row, 1)).toString().isEmpty());
        QCOMPARE(model.headerData(1, Qt::Horizontal, CustomerTableModel::ColumnKeyRole).toString(), QStringLiteral("name"));
    }

    void sortsByRawValuesInSql()
    {
        CustomerTableModel model(m_ws->customers(), m_ws->store());
        model.setColumns({QStringLiteral("code"), QStringLiteral("city")});
        model.sort(0, Qt::DescendingOrder);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("C00999"));
        model.sort(1, Qt::AscendingOrder);
        QString previous;
        for (int row = 0; row < kRows; ++row) {
            const QString city = model.data(model.index(row, 1)).toString();
            QVERIFY(previous <= city);
            previous = city;
        }
    }

    void refreshesAfterEdits()
    {
        CustomerTableModel model(m_ws->customers(), m_ws->store());
        model.setColumns({QStringLiteral("code"), QStringLiteral("name")});
        model.sort(0, Qt::AscendingOrder);
        QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("客户0号"));
        const qint64 id = model.data(model.index(0, 0), CustomerTableModel::IdRole).toLongLong();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(m_ws->store().update(Entity::Customer, id, 1, {{QStringLiteral("name"), QStringLiteral("改名了")}}).ok());
        QTRY_VERIFY(changed.size() >= 1);
        QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("改名了"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(m_ws->customers().moveToTrash({id}).ok());
        QTRY_COMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), kRows - 1);
        QCOMPARE(model.totalCount(), kRows - 1);
    }
};

QTEST_GUILESS_MAIN(TestCustomerTableModel)
#include "tst_customertablemodel.moc"
