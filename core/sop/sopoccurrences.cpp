// SopEngine: each rule's trigger occurrences (customer, occurrence id, when) for a run.
#include "sopengine_p.h"

#include "rfm/rfmengine.h"
#include "rfm/rfmsettings.h"
#include "segments/segmentcompiler.h"
#include "segments/segmentservice.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "util/sqlutil.h"
#include "util/values.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <tuple>

namespace Patron {

using namespace SopDetail;

namespace {
/// Day windows of a repeating entered trigger read from the transitions' as-of index; more
/// than that and the segment's customers are read instead.
constexpr int kMaxRepeatWindows = 60;
} // namespace

Status SopEngine::collectOccurrences(const SopRule &rule, RunContext &ctx)
{
    QSqlQuery q(ctx.db);
    if (!ctx.tempReady) {
        // Not prepared: PostgreSQL cannot prepare DDL.
        if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS sop_occ "
                                   "(customer_id BIGINT NOT NULL, occurrence TEXT NOT NULL)")))
            return Sql::queryError(q);
        ctx.tempReady = true;
    }
    if (Status s = Sql::exec(q, QStringLiteral("DELETE FROM sop_occ")); !s)
        return s;

    const Sop::Trigger &t = rule.definition.trigger;
    const Dialect &dialect = m_database.dialect();
    const int lb = ctx.lookback;
    const QDate D = ctx.day;
    QVariantMap binds;
    binds.insert(QStringLiteral(":d"), Values::storeDate(D));
    binds.insert(QStringLiteral(":d1"), Values::storeDate(D.addDays(1)));
    binds.insert(QStringLiteral(":from"), Values::storeDate(D.addDays(1 - lb)));
    auto inList = [&binds](const QString &column, const QStringList &values) {
        QStringList names;
        for (int i = 0; i < values.size(); ++i) {
            const QString name = QStringLiteral(":v%1").arg(i);
            binds.insert(name, values.at(i));
            names << name;
        }
        return QStringLiteral("%1 IN (%2)").arg(column, names.join(QStringLiteral(", ")));
    };
    // Arithmetic on bound numbers is cast: PostgreSQL cannot guess the type of "$1 % $2".
    const QString dn = QStringLiteral("CAST(:dn AS INTEGER)");
    const QString r = QStringLiteral("CAST(:r AS INTEGER)");
    const QString lbx = QStringLiteral("CAST(:lb AS INTEGER)");
    binds.insert(QStringLiteral(":dn"), dayNumber(D));
    binds.insert(QStringLiteral(":r"), qMax(1, t.repeatDays));
    binds.insert(QStringLiteral(":lb"), lb);

    QString sql;
    const QString insert = QStringLiteral("INSERT INTO sop_occ (customer_id, occurrence) ");
    if (t.kind.startsWith(QLatin1String("segment_")) || t.kind.startsWith(QLatin1String("tier_"))) {
        const QString from = isTierKind(t.kind) ? QStringLiteral("t.from_tier") : QStringLiteral("t.from_segment");
        const QString to = isTierKind(t.kind) ? QStringLiteral("t.to_tier") : QStringLiteral("t.to_segment");
        const QString changed = QStringLiteral("(%1 IS NULL OR %1 <> %2)").arg(from, to);
        QString which;
        if (isEnteredKind(t.kind))
            which = t.values.isEmpty() ? (isTierKind(t.kind) ? QStringLiteral("%1 <> ''").arg(to) : QStringLiteral("1 = 1"))
                                       : inList(to, t.values);
        else
            which = QStringLiteral("%1 IS NOT NULL AND %1 <> '' AND %2").arg(from, t.values.isEmpty() ? QStringLiteral("1 = 1") : inList(from, t.values));
        sql = insert
              + QStringLiteral("SELECT t.customer_id, 't:' || CAST(t.id AS TEXT) FROM rfm_transitions t "
                               "WHERE t.as_of >= :from AND t.as_of <= :d AND %1 AND %2 AND (t.snapshot_id = :snap "
                               "OR t.snapshot_id IN (SELECT s.id FROM rfm_snapshots s WHERE s.published = 1))")
                    .arg(changed, which);
        // Transitions of unpublished snapshots (a pass still writing, a dry run's preview)
        // are not events yet, except those of the snapshot this run evaluates against.
        binds.insert(QStringLiteral(":snap"), ctx.snapshotId);
        if (t.repeatDays > 0 && isEnteredKind(t.kind)) {
            // Still in it: the current snapshot has the customer there and its latest change
            // led there; every repeatDays days after that change is an occurrence.
            const QString age = QStringLiteral("(%1 - %2)").arg(dn, dialect.dayNumber(QStringLiteral("t.as_of")));
            const QString vcol = isTierKind(t.kind) ? QStringLiteral("v.tier") : QStringLiteral("v.segment");
            QString inV = t.values.isEmpty() ? QStringLiteral("%1 <> ''").arg(vcol) : QString(which).replace(to, vcol);
            binds.insert(QStringLiteral(":snap"), ctx.snapshotId);
            // The repeats due now come from changes dated in the days that are k·R days
            // (plus the look-back) before the as-of day: read just those transitions (as-of
            // index), keep each customer's latest change that led where the snapshot has it.
            QSqlQuery first(ctx.db);
            if (Status s = Sql::exec(first, QStringLiteral("SELECT MIN(as_of) FROM rfm_transitions")); !s)
                return s;
            const QDate oldest = first.next() ? QDate::fromString(first.value(0).toString(), Qt::ISODate) : QDate();
            first.finish();
            const int rd = qMax(1, t.repeatDays);
            QStringList windows;
            if (oldest.isValid() && lb >= rd) {
                windows << QStringLiteral("t.as_of <= :wh0");
                binds.insert(QStringLiteral(":wh0"), Values::storeDate(D.addDays(-rd)));
            } else if (oldest.isValid()) {
                for (int k = 1; D.addDays(-qint64(k) * rd) >= oldest && windows.size() <= kMaxRepeatWindows; ++k) {
                    const QString lo = QStringLiteral(":wl%1").arg(k), hi = QStringLiteral(":wh%1").arg(k);
                    windows << QStringLiteral("(t.as_of >= %1 AND t.as_of <= %2)").arg(lo, hi);
                    binds.insert(lo, Values::storeDate(D.addDays(-qint64(k) * rd - (lb - 1))));
                    binds.insert(hi, Values::storeDate(D.addDays(-qint64(k) * rd)));
                }
            }
            if (windows.isEmpty()) {
                // No transitions at all, or none R days old yet: nothing repeats.
            } else if (windows.size() <= kMaxRepeatWindows) {
                sql += QStringLiteral(
                           " UNION SELECT t.customer_id, 't:' || CAST(t.id AS TEXT) || '/' || CAST(%1 / %2 AS TEXT) "
                           "FROM rfm_transitions t JOIN rfm_values v ON v.snapshot_id = :snap AND v.customer_id = t.customer_id "
                           "WHERE (%3) AND %4 AND %5 AND %6 AND %7 = %8 AND %1 >= %2 AND (%1 % %2) < %9 AND NOT EXISTS "
                           "(SELECT 1 FROM rfm_transitions t2 WHERE t2.customer_id = t.customer_id AND t2.as_of <= :d "
                           "AND t2.id > t.id AND %10)")
                           .arg(age, r, windows.join(QLatin1String(" OR ")), changed, which, inV, to, vcol, lbx,
                                QString(changed).replace(QLatin1String("t."), QLatin1String("t2.")));
            } else {
                // So many windows (a short repeat over a long history) that reading the
                // snapshot's customers of the segment is cheaper: one transition lookup each.
                sql += QStringLiteral(
                       " UNION SELECT t.customer_id, 't:' || CAST(t.id AS TEXT) || '/' || CAST(%1 / %2 AS TEXT) "
                       "FROM rfm_values v JOIN rfm_transitions t ON t.customer_id = v.customer_id AND t.id = "
                       "(SELECT MAX(t2.id) FROM rfm_transitions t2 WHERE t2.customer_id = v.customer_id AND t2.as_of <= :d "
                       "AND %3) WHERE v.snapshot_id = :snap AND %4 AND %5 = %6 AND %1 >= %2 AND (%1 % %2) < %7")
                       .arg(age, r, QString(changed).replace(QLatin1String("t."), QLatin1String("t2.")), inV, to, vcol, lbx);
            }
        }
    } else if (t.kind == QLatin1String("days_since_order")) {
        binds.insert(QStringLiteral(":n"), t.days);
        if (t.repeatDays > 0 && ctx.snapshotAsOf == Values::storeDate(D)) {
            // The snapshot of the as-of day knows every customer's last counted order in the
            // RFM window (recency_days): no pass over all orders. (So repeats end when the
            // last order leaves the window.)
            const QString x = QStringLiteral("(v.recency_days - CAST(:n AS INTEGER))");
            const QString lastOrder = m_database.backend() == Backend::SQLite
                                          ? QStringLiteral("date(:d, '-' || CAST(v.recency_days AS TEXT) || ' days')")
                                          : QStringLiteral("CAST(CAST(:d AS DATE) - v.recency_days AS TEXT)");
            binds.insert(QStringLiteral(":snap"), ctx.snapshotId);
            // Only the recencies due now, N + k·R … N + k·R + look-back − 1 (recency index).
            QStringList windows;
            const int rd = qMax(1, t.repeatDays);
            if (lb >= rd) {
                windows << QStringLiteral("(v.snapshot_id = :snap AND v.recency_days >= :n)");
            } else {
                QSqlQuery top(ctx.db);
                if (Status s = Sql::exec(top, QStringLiteral("SELECT MAX(recency_days) FROM rfm_values WHERE snapshot_id = :snap"),
                                         {{QStringLiteral(":snap"), ctx.snapshotId}});
                    !s)
                    return s;
                const qint64 most = top.next() ? top.value(0).toLongLong() : -1;
                top.finish();
                for (qint64 k = 0; t.days + k * rd <= most && windows.size() <= kMaxRepeatWindows; ++k) {
                    const QString lo = QStringLiteral(":rl%1").arg(k), hi = QStringLiteral(":rh%1").arg(k);
                    windows << QStringLiteral("(v.snapshot_id = :snap AND v.recency_days >= %1 AND v.recency_days <= %2)")
                                   .arg(lo, hi);
                    binds.insert(lo, t.days + k * rd);
                    binds.insert(hi, t.days + k * rd + lb - 1);
                }
                if (windows.isEmpty())
                    windows << QStringLiteral("1 = 0");
            }
            const QString range = windows.size() <= kMaxRepeatWindows ? windows.join(QLatin1String(" OR "))
                                                                    : QStringLiteral("1 = 1");
            sql = insert
                  + QStringLiteral("SELECT v.customer_id, 'o:' || %1 || CASE WHEN %2 >= %3 THEN '/' || CAST(%2 / %3 AS TEXT) "
                                   "ELSE '' END FROM rfm_values v WHERE (%5) AND v.snapshot_id = :snap "
                                   "AND v.recency_days IS NOT NULL AND %2 >= 0 AND (%2 % %3) < %4")
                        .arg(lastOrder, x, r, lbx, range);
        } else if (t.repeatDays <= 0 && ctx.snapshotCurrent && ctx.snapshotAsOf == Values::storeDate(D)
                   && (ctx.snapshotWindow <= 0 || t.days + lb - 1 < ctx.snapshotWindow)) {
            // The snapshot of the as-of day, up to date, has every customer's last counted
            // order as recency_days, and the days that can fire lie inside its window: the
            // same occurrences as the orders below, from the recency index.
            const QString lastOrder = m_database.backend() == Backend::SQLite
                                          ? QStringLiteral("date(:d, '-' || CAST(v.recency_days AS TEXT) || ' days')")
                                          : QStringLiteral("CAST(CAST(:d AS DATE) - v.recency_days AS TEXT)");
            binds.insert(QStringLiteral(":snap"), ctx.snapshotId);
            binds.insert(QStringLiteral(":nmax"), t.days + lb - 1);
            sql = insert
                  + QStringLiteral("SELECT v.customer_id, 'o:' || %1 FROM rfm_values v WHERE v.snapshot_id = :snap "
                                   "AND v.recency_days >= :n AND v.recency_days <= :nmax")
                        .arg(lastOrder);
        } else if (t.repeatDays > 0) {
            const QString x = QStringLiteral("(%1 - %2 - CAST(:n AS INTEGER))").arg(dn, dialect.dayNumber(QStringLiteral("x.lo")));
            sql = insert
                  + QStringLiteral("SELECT x.customer_id, 'o:' || x.lo || CASE WHEN %1 >= %2 THEN '/' || CAST(%1 / %2 AS TEXT) "
                                   "ELSE '' END FROM (SELECT customer_id, MAX(substr(ordered_at, 1, 10)) AS lo FROM orders "
                                   "WHERE %3 AND ordered_at < :d1 GROUP BY customer_id) x WHERE %1 >= 0 AND (%1 % %2) < %4")
                        .arg(x, r, kCounted, lbx);
        } else {
            // Only orders of the days that can have become N days old within the look-back.
            binds.insert(QStringLiteral(":lo"), Values::storeDate(D.addDays(1 - lb - t.days)));
            binds.insert(QStringLiteral(":hi1"), Values::storeDate(D.addDays(1 - t.days)));
            sql = insert
                  + QStringLiteral("SELECT o.customer_id, 'o:' || MAX(substr(o.ordered_at, 1, 10)) FROM orders o "
                                   "WHERE o.%1 AND o.ordered_at >= :lo AND o.ordered_at < :hi1 AND NOT EXISTS (SELECT 1 "
                                   "FROM orders o2 WHERE o2.customer_id = o.customer_id AND o2.%1 AND o2.ordered_at >= :hi1 "
                                   "AND o2.ordered_at < :d1) GROUP BY o.customer_id")
                        .arg(kCounted);
        }
    } else if (t.kind == QLatin1String("no_activity")) {
        binds.insert(QStringLiteral(":n"), t.days);
        if (t.repeatDays > 0) {
            const QString base = QStringLiteral("COALESCE(a.la, substr(c.created_at, 1, 10))");
            const QString x = QStringLiteral("(%1 - %2 - CAST(:n AS INTEGER))").arg(dn, dialect.dayNumber(base));
            sql = insert
                  + QStringLiteral("SELECT c.id, CASE WHEN a.la IS NULL THEN 'n:' ELSE 'a:' END || %1 || CASE WHEN %2 >= %3 "
                                   "THEN '/' || CAST(%2 / %3 AS TEXT) ELSE '' END FROM customers c LEFT JOIN (SELECT "
                                   "customer_id, MAX(substr(occurred_at, 1, 10)) AS la FROM activities WHERE occurred_at < :d1 "
                                   "GROUP BY customer_id) a ON a.customer_id = c.id WHERE c.deleted_at IS NULL "
                                   "AND c.created_at < :d1 AND %2 >= 0 AND (%2 % %3) < %4")
                        .arg(base, x, r, lbx);
        } else {
            binds.insert(QStringLiteral(":lo"), Values::storeDate(D.addDays(1 - lb - t.days)));
            binds.insert(QStringLiteral(":hi1"), Values::storeDate(D.addDays(1 - t.days)));
            sql = insert
                  + QStringLiteral(
                      "SELECT a.customer_id, 'a:' || MAX(substr(a.occurred_at, 1, 10)) FROM activities a "
                      "WHERE a.occurred_at >= :lo AND a.occurred_at < :hi1 AND NOT EXISTS (SELECT 1 FROM activities a2 "
                      "WHERE a2.customer_id = a.customer_id AND a2.occurred_at >= :hi1 AND a2.occurred_at < :d1) "
                      "GROUP BY a.customer_id "
                      "UNION SELECT c.id, 'n:' || substr(c.created_at, 1, 10) FROM customers c WHERE c.created_at >= :lo "
                      "AND c.created_at < :hi1 AND NOT EXISTS (SELECT 1 FROM activities a2 WHERE a2.customer_id = c.id "
                      "AND a2.occurred_at < :d1)");
        }
    } else if (t.kind == QLatin1String("tag_added")) {
        binds.insert(QStringLiteral(":tag"), t.tagId);
        sql = insert
              + QStringLiteral("SELECT customer_id, 'g:' || created_at FROM customer_tags WHERE tag_id = :tag "
                               "AND created_at >= :from AND created_at < :d1");
    } else if (t.kind == QLatin1String("field_changed")) {
        binds.insert(QStringLiteral(":field"), t.field);
        sql = insert
              + QStringLiteral("SELECT entity_id, 'f:' || CAST(id AS TEXT) FROM audit_log WHERE entity = 'customer' "
                               "AND action = 'update' AND field = :field AND changed_at >= :from AND changed_at < :d1");
        if (!t.values.isEmpty())
            sql += QStringLiteral(" AND ") + inList(QStringLiteral("new_value"), t.values);
    } else if (t.kind == QLatin1String("customer_created")) {
        sql = insert
              + QStringLiteral("SELECT id, 'c' FROM customers WHERE created_at >= :from AND created_at < :d1");
    } else if (t.kind == QLatin1String("task_overdue")) {
        binds.insert(QStringLiteral(":t"), ctx.asOfText);
        binds.insert(QStringLiteral(":tlb"), Values::storeDateTime(ctx.asOf.addDays(-lb)));
        sql = insert
              + QStringLiteral("SELECT customer_id, 'k:' || CAST(id AS TEXT) FROM tasks WHERE status = 'open' "
                               "AND customer_id IS NOT NULL AND due_at IS NOT NULL AND due_at < :t AND due_at >= :tlb");
    } else if (t.kind == QLatin1String("date_approaching")) {
        // The next date or anniversary on or after the as-of day, worked out here: date
        // arithmetic on month and day differs too much between the backends.
        static const QRegularExpression safeKey(QStringLiteral("^custom\\.[A-Za-z0-9_]+$"));
        if (t.field != QLatin1String("created_at") && !safeKey.match(t.field).hasMatch())
            return makeError(Error::Invalid, tr("The trigger names the field \"%1\", which is not a date field.").arg(t.field));
        const QString expr = t.field.startsWith(QLatin1String("custom."))
                                 ? dialect.jsonText(QStringLiteral("custom"), t.field.mid(7))
                                 : QStringLiteral("created_at");
        QSqlQuery read(ctx.db);
        read.setForwardOnly(true);
        // Only dates whose month and day fall in the days that can be due now (a future
        // one-time date has them too); the exact test follows below.
        QVariantMap days;
        QStringList names;
        for (int ahead = qMax(0, t.days - lb + 1); ahead <= t.days; ++ahead) {
            const QDate due = D.addDays(ahead);
            const QString name = QStringLiteral(":md%1").arg(names.size());
            days.insert(name, due.toString(QStringLiteral("MM-dd")));
            names << name;
            if (due.month() == 2 && due.day() == 28 && !QDate::isLeapYear(due.year())) {
                days.insert(name + QStringLiteral("x"), QStringLiteral("02-29"));
                names << name + QStringLiteral("x");
            }
        }
        if (Status s = Sql::exec(read, QStringLiteral("SELECT id, %1 FROM customers WHERE deleted_at IS NULL AND %1 IS NOT NULL "
                                                      "AND substr(%1, 6, 5) IN (%2)")
                                           .arg(expr, names.join(QStringLiteral(", "))),
                                 days);
            !s)
            return s;
        QVariantList ids, occs;
        while (read.next()) {
            const QDate date = QDate::fromString(read.value(1).toString().left(10), Qt::ISODate);
            if (!date.isValid())
                continue;
            QDate target = date;
            if (target < D) {
                auto inYear = [&date](int year) {
                    QDate d(year, date.month(), date.day());
                    return d.isValid() ? d : QDate(year, date.month(), 28); // 29 Feb in a common year
                };
                target = inYear(D.year());
                if (target < D)
                    target = inYear(D.year() + 1);
            }
            const qint64 ahead = D.daysTo(target);
            if (ahead <= t.days && ahead > t.days - lb) {
                ids << read.value(0).toLongLong();
                occs << QVariant(QStringLiteral("y:") + Values::storeDate(target));
            }
        }
        read.finish();
        if (ids.isEmpty())
            return {};
        QSqlQuery ins(ctx.db);
        if (!ins.prepare(QStringLiteral("INSERT INTO sop_occ (customer_id, occurrence) VALUES (?, ?)")))
            return Sql::queryError(ins);
        ins.addBindValue(ids);
        ins.addBindValue(occs);
        if (!ins.execBatch())
            return Sql::queryError(ins);
        return {};
    } else {
        return makeError(Error::Invalid, tr("Unknown trigger kind \"%1\".").arg(t.kind));
    }
    // Occurrences that fired already are left out as they are read (one probe of the
    // journal's unique index each), so they are neither stored here nor checked against the
    // conditions: a steady-state run costs little more than reading the trigger.
    sql = QStringLiteral("WITH x (customer_id, occurrence) AS (%1) INSERT INTO sop_occ (customer_id, occurrence) "
                         "SELECT x.customer_id, x.occurrence FROM x WHERE NOT EXISTS (SELECT 1 FROM sop_journal j "
                         "WHERE j.rule_id = :rule AND j.step = 0 AND j.customer_id = x.customer_id "
                         "AND j.occurrence = x.occurrence AND j.result = 'ok')")
              .arg(sql.mid(insert.size()));
    binds.insert(QStringLiteral(":rule"), rule.id);
    // Only the names the statement uses: PostgreSQL's driver rejects extra bind values.
    QVariantMap used;
    for (auto it = binds.begin(); it != binds.end(); ++it)
        if (sql.contains(QRegularExpression(QRegularExpression::escape(it.key()) + QStringLiteral("\\b"))))
            used.insert(it.key(), it.value());
    return Sql::exec(q, sql, used);
}

} // namespace Patron
