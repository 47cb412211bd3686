#pragma once

// A small hand-computed data set for the dashboard suites (core, ui, e2e): users,
// customers (one in the trash), orders (cancelled, refunded and out-of-range ones too),
// follow-ups, tasks and two RFM snapshots, inserted with plain SQL (the RFM engine is not
// needed). The expected figures for 2026-01-01 … 2026-03-31 are in the comments.

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace Patron::Test {

/// Runs one statement with positional values; warns and returns false on error.
inline bool execSql(const Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    if (!q.prepare(sql)) {
        qWarning("prepare failed: %s\n%s", qPrintable(q.lastError().text()), qPrintable(sql));
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("exec failed: %s\n%s", qPrintable(q.lastError().text()), qPrintable(sql));
        return false;
    }
    return true;
}

struct DashboardFixture
{
    // users: 1 alice (王丽), 2 bob (李强), 3 carol (active, nothing), 4 dave (inactive)
    static constexpr qint64 Alice = 1, Bob = 2, Carol = 3, Dave = 4;

    static QDate from() { return QDate(2026, 1, 1); }
    static QDate to() { return QDate(2026, 3, 31); }

    /// Inserts the data set; false on any error.
    static bool insert(const Database &db)
    {
        const QString ts = QStringLiteral("2025-01-01T00:00:00");
        bool ok = true;
        const QList<QVariantList> users = {
            {Alice, QStringLiteral("alice"), QStringLiteral("王丽"), 1},
            {Bob, QStringLiteral("bob"), QStringLiteral("李强"), 1},
            {Carol, QStringLiteral("carol"), QStringLiteral("张敏"), 1},
            {Dave, QStringLiteral("dave"), QStringLiteral("赵刚"), 0},
        };
        for (const QVariantList &u : users)
            ok = ok && execSql(db, QStringLiteral("INSERT INTO users (id, username, display_name, active, created_at, updated_at) "
                                              "VALUES (?, ?, ?, ?, ?, ?)"),
                           u + QVariantList{ts, ts});
        // id, owner, stage, created_at, deleted_at
        const QVariant none(QMetaType::fromType<qint64>());
        const QVariant notDeleted(QMetaType::fromType<QString>());
        const QList<QVariantList> customers = {
            {1, Alice, QStringLiteral("loyal"), QStringLiteral("2025-06-01T10:00:00"), notDeleted},
            {2, Alice, QStringLiteral("use"), QStringLiteral("2026-01-15T10:00:00"), notDeleted},
            {3, Bob, QStringLiteral("purchase"), QStringLiteral("2026-02-10T10:00:00"), notDeleted},
            {4, Bob, QStringLiteral("churned"), QStringLiteral("2025-01-01T10:00:00"), notDeleted},
            {5, none, QStringLiteral("awareness"), QStringLiteral("2026-03-05T10:00:00"), notDeleted},
            {6, Alice, QStringLiteral("consideration"), QStringLiteral("2026-01-20T10:00:00"),
             QStringLiteral("2026-03-01T10:00:00")},  // in the trash
        };
        for (const QVariantList &c : customers)
            ok = ok && execSql(db, QStringLiteral("INSERT INTO customers (id, name, owner_id, lifecycle_stage, created_at, "
                                              "updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {c.at(0), QStringLiteral("客户%1").arg(c.at(0).toInt()), c.at(1), c.at(2), c.at(3), c.at(3),
                            c.at(4)});
        // In range per customer: 1: Jan 200.00, Mar 300.00; 2: Jan 150.00, Feb 100.00;
        // 3: Feb 400.00, Mar 50.00; 5: Mar 10.00. Total 1,210.00 in 7 orders.
        const QList<QVariantList> orders = {
            {1, 1, QStringLiteral("2025-11-10"), 10000, QStringLiteral("completed")},  // before the range
            {2, 1, QStringLiteral("2026-01-05"), 20000, QStringLiteral("completed")},
            {3, 1, QStringLiteral("2026-01-20"), 5000, QStringLiteral("cancelled")},
            {4, 1, QStringLiteral("2026-03-15"), 30000, QStringLiteral("paid")},
            {5, 2, QStringLiteral("2026-01-16"), 15000, QStringLiteral("completed")},
            {6, 2, QStringLiteral("2026-02-03"), 10000, QStringLiteral("pending")},
            {7, 2, QStringLiteral("2026-03-01"), 8000, QStringLiteral("refunded")},
            {8, 3, QStringLiteral("2026-02-11"), 40000, QStringLiteral("completed")},
            {9, 3, QStringLiteral("2026-03-20"), 5000, QStringLiteral("completed")},
            {10, 3, QStringLiteral("2026-04-02"), 99900, QStringLiteral("completed")},  // after the range
            {11, 4, QStringLiteral("2025-12-31"), 70000, QStringLiteral("completed")},  // before the range
            {12, 5, QStringLiteral("2026-03-06"), 1000, QStringLiteral("completed")},
            {13, 6, QStringLiteral("2026-02-01"), 50000, QStringLiteral("completed")},  // customer in the trash
        };
        for (const QVariantList &o : orders)
            ok = ok && execSql(db, QStringLiteral("INSERT INTO orders (id, customer_id, ordered_at, amount_cents, status, "
                                              "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           o + QVariantList{ts, ts});
        // Follow-ups count for the user who logged them: alice 2, bob 1.
        const QList<QVariantList> activities = {
            {1, 1, Alice, QStringLiteral("2026-01-10T09:00:00")},
            {2, 3, Alice, QStringLiteral("2026-02-10T10:00:00")},
            {3, 3, Bob, QStringLiteral("2026-03-31T23:00:00")},
            {4, 1, Bob, QStringLiteral("2026-04-01T00:00:00")},  // after the range
            {5, 6, Alice, QStringLiteral("2026-02-02T10:00:00")},  // customer in the trash
        };
        for (const QVariantList &a : activities)
            ok = ok && execSql(db, QStringLiteral("INSERT INTO activities (id, customer_id, kind, user_id, occurred_at, "
                                              "created_at, updated_at) VALUES (?, ?, 'call', ?, ?, ?, ?)"),
                           a + QVariantList{ts, ts});
        // Tasks done in the range: alice 1, bob 1 (one without a customer).
        const QVariant noCustomer(QMetaType::fromType<qint64>());
        const QVariant notDone(QMetaType::fromType<QString>());
        const QList<QVariantList> tasks = {
            {1, 1, Alice, QStringLiteral("done"), QStringLiteral("2026-02-01T10:00:00")},
            {2, noCustomer, Bob, QStringLiteral("done"), QStringLiteral("2026-03-10T10:00:00")},
            {3, 2, Alice, QStringLiteral("open"), notDone},
            {4, 3, Bob, QStringLiteral("done"), QStringLiteral("2025-12-31T10:00:00")},  // before the range
            {5, 6, Alice, QStringLiteral("done"), QStringLiteral("2026-02-05T10:00:00")},  // customer in the trash
        };
        for (const QVariantList &t : tasks)
            ok = ok && execSql(db, QStringLiteral("INSERT INTO tasks (id, customer_id, title, assignee_id, status, completed_at, "
                                              "created_at, updated_at) VALUES (?, ?, 'call back', ?, ?, ?, ?, ?)"),
                           t + QVariantList{ts, ts});
        ok = ok && insertSnapshots(db);
        if (db.backend() == Backend::PostgreSQL) {
            // Explicit ids leave the identity sequences behind; later inserts need them.
            for (const char *table : {"users", "customers", "orders", "activities", "tasks", "rfm_snapshots"})
                ok = ok && execSql(db, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                  "(SELECT MAX(id) FROM %1))")
                                       .arg(QLatin1String(table)));
        }
        return ok;
    }

    /// Snapshot 1 (older) and 2 (current). Current: 1, 3 important_value (high value),
    /// 2 important_develop (potential), 4 dormant, 5 general_develop (general), 6 (trash)
    /// general_value.
    static bool insertSnapshots(const Database &db)
    {
        bool ok = true;
        for (const QVariantList &s : QList<QVariantList>{{1, QStringLiteral("2026-03-31")}, {2, QStringLiteral("2026-04-01")}})
            ok = ok && execSql(db, QStringLiteral("INSERT INTO rfm_snapshots (id, as_of, computed_at, scheme, window_days, "
                                              "customer_count, scored_count) VALUES (?, ?, ?, 'rfm8', 365, 6, 4)"),
                           {s.at(0), s.at(1), QVariant(s.at(1).toString() + QStringLiteral("T08:00:00"))});
        const QList<QVariantList> values = {
            {1, 1, QStringLiteral("general_winback"), QStringLiteral("general")},
            {1, 2, QStringLiteral("general_winback"), QStringLiteral("general")},
            {2, 1, QStringLiteral("important_value"), QStringLiteral("high_value")},
            {2, 2, QStringLiteral("important_develop"), QStringLiteral("potential")},
            {2, 3, QStringLiteral("important_value"), QStringLiteral("high_value")},
            {2, 4, QStringLiteral("dormant"), QString(QLatin1String(""))},
            {2, 5, QStringLiteral("general_develop"), QStringLiteral("general")},
            {2, 6, QStringLiteral("general_value"), QStringLiteral("general")},
        };
        for (const QVariantList &v : values)
            ok = ok && execSql(db, QStringLiteral("INSERT INTO rfm_values (snapshot_id, customer_id, segment, tier) "
                                              "VALUES (?, ?, ?, ?)"),
                           v);
        return ok;
    }
};

} // namespace Patron::Test
