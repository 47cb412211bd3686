// Storage: connection pragmas, transactions, migrations from every fixture, refusal of
// newer databases. Runs on SQLite and PostgreSQL.

#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Patron;

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { PATRON_REQUIRE_BACKEND(); }

    void freshDatabaseIsAtLatestSchema()
    {
        Test::TestDatabase tdb;
        Database db(tdb.settings());
        QVERIFY2(db.open().ok(), "open failed");
        QCOMPARE(db.schemaVersion(), Migrator::latestVersion());
        QVERIFY(Migrator::latestVersion() >= 1);
        // Opening again is a no-op (no second migration, no backup).
        Database again(tdb.settings());
        QVERIFY(again.open().ok());
        QVERIFY(again.lastBackupPath().isEmpty());
    }

    void sqlitePragmas()
    {
        if (Test::backendUnderTest() != Backend::SQLite)
            QSKIP("SQLite only");
        Test::TestDatabase tdb;
        Database db(tdb.settings());
        QVERIFY(db.open().ok());
        QSqlQuery q(db.connection());
        auto pragma = [&](const char *name) {
            q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name));
            q.next();
            return q.value(0).toString();
        };
        QCOMPARE(pragma("journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma("foreign_keys"), QStringLiteral("1"));
        QCOMPARE(pragma("synchronous"), QStringLiteral("2")); // FULL
        QVERIFY(pragma("busy_timeout").toInt() >= 5000);
    }

    void connectionPerThread()
    {
        Test::TestDatabase tdb;
        Database db(tdb.settings());
        QVERIFY(db.open().ok());
        const QString mainName = db.connection().connectionName();
        QString workerName;
        bool workerOpen = false;
        int workerVersion = -1;
        QThread *t = QThread::create([&] {
            workerName = db.connection().connectionName();
            workerOpen = db.connection().isOpen();
            workerVersion = db.schemaVersion();
            db.releaseThreadConnection();
        });
        t->start();
        QVERIFY(t->wait(30000));
        delete t;
        QVERIFY(workerOpen);
        QVERIFY(workerName != mainName);
        QCOMPARE(workerVersion, Migrator::latestVersion());
    }

    void transactionRollsBackUnlessCommitted()
    {
        Test::TestDatabase tdb;
        Database db(tdb.settings());
        QVERIFY(db.open().ok());
        {
            Transaction tx(db);
            QVERIFY(tx.isActive());
            QSqlQuery q(tx.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')")));
            // no commit: destructor rolls back
        }
        QCOMPARE(db.setting(QStringLiteral("a"), QStringLiteral("none")), QStringLiteral("none"));
        {
            Transaction tx(db);
            QSqlQuery q(tx.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '2')")));
            q.finish();
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(db.setting(QStringLiteral("a")), QStringLiteral("2"));
    }

    void writeTransactionTakesLockUpFront()
    {
        if (Test::backendUnderTest() != Backend::SQLite)
            QSKIP("SQLite locking");
        Test::TestDatabase tdb;
        Database db(tdb.settings());
        QVERIFY(db.open().ok());
        // A second connection (as another process would have) with a short busy timeout.
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(tdb.settings().path);
            other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
            QVERIFY(other.open());
            Transaction tx(db); // BEGIN IMMEDIATE: holds the write lock before any write
            QVERIFY(tx.isActive());
            QSqlQuery q(other);
            QVERIFY(!q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(q.lastError().text().contains(QLatin1String("locked"), Qt::CaseInsensitive));
            tx.rollback();
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    }

    void migrationStatementsSplitSectionsAndTriggers()
    {
        const QString sql = QStringLiteral("CREATE TABLE a (id {{PK}});\n"
                                           "-- @sqlite\n"
                                           "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                                           "    SELECT 1;\n"
                                           "    SELECT 2;\n"
                                           "END;\n"
                                           "-- @postgres\n"
                                           "CREATE INDEX b ON a (id);\n"
                                           "-- @all\n"
                                           "-- a comment;\n"
                                           "CREATE TABLE c (x TEXT);\n");
        const QStringList lite = Migrator::statements(sql, QStringLiteral("sqlite"));
        QCOMPARE(lite.size(), 3);
        QVERIFY(lite.at(1).startsWith(QLatin1String("CREATE TRIGGER")));
        QVERIFY(lite.at(1).endsWith(QLatin1String("END;")));
        const QStringList pg = Migrator::statements(sql, QStringLiteral("postgres"));
        QCOMPARE(pg.size(), 3);
        QCOMPARE(pg.at(1), QStringLiteral("CREATE INDEX b ON a (id)"));
    }

    void everyFixtureMigratesToTheFreshSchema_data()
    {
        QTest::addColumn<QString>("fixture");
        const QDir dir(QStringLiteral(PATRON_TEST_DATA_DIR "/schema"));
        const QStringList files = dir.entryList({QStringLiteral("patron-v*.sqlite")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), "no schema fixtures in tests/data/schema");
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void everyFixtureMigratesToTheFreshSchema()
    {
        if (Test::backendUnderTest() != Backend::SQLite)
            QSKIP("fixtures are SQLite files");
        QFETCH(QString, fixture);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

        int before = 0;
        qint64 customersBefore = 0;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            before = q.value(0).toInt();
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) && q.next());
            customersBefore = q.value(0).toLongLong();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QVERIFY(customersBefore > 0);

        Database migrated(ConnectionSettings::sqlite(path));
        const Status s = migrated.open();
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QCOMPARE(migrated.schemaVersion(), Migrator::latestVersion());
        if (before < Migrator::latestVersion()) {
            QVERIFY2(QFile::exists(migrated.lastBackupPath()), "no backup before migrating");
        }
        QSqlQuery q(migrated.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), customersBefore);
        // The full-text index survives migrations.
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM customer_fts WHERE customer_fts MATCH 'c000001'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();

        Database fresh(ConnectionSettings::sqlite(dir.filePath(QStringLiteral("fresh.sqlite"))));
        QVERIFY(fresh.open().ok());
        QCOMPARE(migrated.dialect().describeSchema(migrated.connection()),
                 fresh.dialect().describeSchema(fresh.connection()));
    }

    void freshSchemaDescribesTheSameOnEveryOpen()
    {
        Test::TestDatabase a;
        Database db(a.settings());
        QVERIFY(db.open().ok());
        const QStringList schema = db.dialect().describeSchema(db.connection());
        QVERIFY(schema.size() > 50);
        QVERIFY(schema.join(QLatin1Char('\n')).contains(QLatin1String("customers")));
    }

    void newerDatabaseIsRefusedAndUntouched()
    {
        Test::TestDatabase tdb;
        {
            Database db(tdb.settings());
            QVERIFY(db.open().ok());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(db.dialect().writeSchemaVersionSql(Migrator::latestVersion() + 5)));
        }
        QByteArray before;
        if (Test::backendUnderTest() == Backend::SQLite) {
            QFile f(tdb.settings().path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            before = f.readAll();
        }
        Database db(tdb.settings());
        const Status s = db.open();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::SchemaTooNew);
        QVERIFY(s.error().message.contains(QString::number(Migrator::latestVersion() + 5)));
        QCOMPARE(db.schemaVersion(), Migrator::latestVersion() + 5);
        if (Test::backendUnderTest() == Backend::SQLite) {
            QFile f(tdb.settings().path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), before);
        }
    }

    void notADatabaseGivesAClearError()
    {
        if (Test::backendUnderTest() != Backend::SQLite)
            QSKIP("SQLite files");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        Database db(ConnectionSettings::sqlite(path));
        const Status s = db.open();
        QVERIFY(!s.ok());
        QVERIFY(!s.error().message.isEmpty());
    }

    // A file another program writes to without WAL (a large import does, see BulkLoad) is
    // locked for longer than the busy timeout: the error says so instead of "not a Patron
    // database". (Takes the busy timeout, 10 s, once.)
    void busyDatabaseGivesAClearError()
    {
        if (Test::backendUnderTest() != Backend::SQLite)
            QSKIP("SQLite files");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("patron.sqlite"));
        {
            Database db(ConnectionSettings::sqlite(path));
            QVERIFY(db.open().ok());
        }
        const QString holderName = QStringLiteral("busy-holder");
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), holderName);
            holder.setDatabaseName(path);
            QVERIFY(holder.open());
            QSqlQuery q(holder);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("delete"));
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            {
                Database db(ConnectionSettings::sqlite(path));
                const Status s = db.open();
                QVERIFY(!s.ok());
                QVERIFY2(s.error().message.contains(QStringLiteral("busy")), qPrintable(s.error().message));
                QVERIFY(s.error().message.contains(path));
            }
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            holder.close();
        }
        QSqlDatabase::removeDatabase(holderName);
        Database db(ConnectionSettings::sqlite(path));
        QVERIFY(db.open().ok());
    }

    void missingFolderIsCreated()
    {
        if (Test::backendUnderTest() != Backend::SQLite)
            QSKIP("SQLite files");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a/b/patron.sqlite"));
        Database db(ConnectionSettings::sqlite(path));
        QVERIFY(db.open().ok());
        QVERIFY(QFile::exists(path));
    }

    void connectionUrlParsing()
    {
        const ConnectionSettings s = ConnectionSettings::fromUrl(QStringLiteral("postgresql://ann:secret@db.local:6543/crm?schema=team1"));
        QCOMPARE(s.backend, Backend::PostgreSQL);
        QCOMPARE(s.host, QStringLiteral("db.local"));
        QCOMPARE(s.port, 6543);
        QCOMPARE(s.user, QStringLiteral("ann"));
        QCOMPARE(s.password, QStringLiteral("secret"));
        QCOMPARE(s.databaseName, QStringLiteral("crm"));
        QCOMPARE(s.schema, QStringLiteral("team1"));
        QVERIFY(!s.describe().contains(QLatin1String("secret")));
        const ConnectionSettings f = ConnectionSettings::fromUrl(QStringLiteral("/tmp/x.sqlite"));
        QCOMPARE(f.backend, Backend::SQLite);
        QCOMPARE(f.path, QStringLiteral("/tmp/x.sqlite"));
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
