// RfmEngine: reading snapshots, values and transitions back; shared helpers.

#include "rfmengine_p.h"

#include "storage/database.h"
#include "util/sqlutil.h"
#include "util/values.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QVariant>

namespace Patron {

namespace RfmPrivate {

namespace {
QJsonArray boundsToJson(const std::array<std::optional<qint64>, 4> &b)
{
    QJsonArray a;
    for (const auto &v : b)
        a.append(v ? QJsonValue(double(*v)) : QJsonValue());
    return a;
}
std::array<std::optional<qint64>, 4> boundsFromJson(const QJsonValue &v)
{
    std::array<std::optional<qint64>, 4> out;
    const QJsonArray a = v.toArray();
    for (int i = 0; i < 4 && i < a.size(); ++i) {
        if (a.at(i).isDouble())
            out[size_t(i)] = qint64(a.at(i).toDouble());
    }
    return out;
}
} // namespace

QString ScoreBounds::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("r"), boundsToJson(r));
    o.insert(QStringLiteral("f"), boundsToJson(f));
    o.insert(QStringLiteral("m"), boundsToJson(m));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ScoreBounds ScoreBounds::fromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    ScoreBounds b;
    b.r = boundsFromJson(o.value(QStringLiteral("r")));
    b.f = boundsFromJson(o.value(QStringLiteral("f")));
    b.m = boundsFromJson(o.value(QStringLiteral("m")));
    return b;
}

// Bounds are missing only when nobody was scored; a lone customer then scores 1, as the
// formula gives with N = 1.
int ScoreBounds::rScore(qint64 recency) const
{
    int score = 1;
    for (const auto &b : r)
        score += (b && recency < *b) ? 1 : 0;
    return score;
}

int ScoreBounds::fScore(qint64 frequency) const
{
    int score = 1;
    for (const auto &b : f)
        score += (b && frequency > *b) ? 1 : 0;
    return score;
}

int ScoreBounds::mScore(qint64 monetary) const
{
    int score = 1;
    for (const auto &b : m)
        score += (b && monetary > *b) ? 1 : 0;
    return score;
}

QString rfm8Segment(bool r, bool f, bool m)
{
    if (m) {
        if (r)
            return f ? Rfm::ImportantValue : Rfm::ImportantDevelop;
        return f ? Rfm::ImportantRetain : Rfm::ImportantWinBack;
    }
    if (r)
        return f ? Rfm::GeneralValue : Rfm::GeneralDevelop;
    return f ? Rfm::GeneralRetain : Rfm::GeneralWinBack;
}

QString gridSegment(int r, int f)
{
    if (r == 5) {
        if (f >= 4)
            return Rfm::Champions;
        return f >= 2 ? Rfm::PotentialLoyalists : Rfm::NewCustomers;
    }
    if (r == 4) {
        if (f >= 4)
            return Rfm::Loyal;
        return f >= 2 ? Rfm::PotentialLoyalists : Rfm::Promising;
    }
    if (r == 3) {
        if (f >= 4)
            return Rfm::Loyal;
        return f == 3 ? Rfm::NeedAttention : Rfm::AboutToSleep;
    }
    if (f == 5)
        return Rfm::CantLose;
    return f >= 3 ? Rfm::AtRisk : Rfm::Hibernating;
}

DateRange dateRange(const QDate &asOf, int windowDays)
{
    DateRange d;
    d.to = Values::storeDate(asOf.addDays(1));
    if (windowDays > 0)
        d.from = Values::storeDate(asOf.addDays(1 - windowDays)); // date > D - W
    d.asOfDay = QDate(1970, 1, 1).daysTo(asOf);
    return d;
}

QString snapshotSelect()
{
    return QStringLiteral(
        "SELECT s.id, s.as_of, s.computed_at, s.scheme, s.window_days, s.settings, "
        "s.customer_count, s.scored_count, s.mean_recency, s.mean_frequency, "
        "s.mean_monetary, s.values_kept FROM rfm_snapshots s");
}

Result<RfmSnapshotInfo> readSnapshot(const QSqlQuery &q)
{
    RfmSnapshotInfo s;
    s.id = q.value(0).toLongLong();
    s.asOf = q.value(1).toString();
    s.computedAt = q.value(2).toString();
    s.scheme = q.value(3).toString();
    s.windowDays = q.value(4).toInt();
    auto settings = RfmSettings::fromJson(q.value(5).toString());
    if (!settings)
        return settings.error();
    s.settings = settings.value();
    s.customerCount = q.value(6).toLongLong();
    s.scoredCount = q.value(7).toLongLong();
    auto opt = [&q](int i) {
        return q.value(i).isNull() ? std::nullopt : std::optional<double>(q.value(i).toDouble());
    };
    s.meanRecency = opt(8);
    s.meanFrequency = opt(9);
    s.meanMonetary = opt(10);
    s.valuesKept = q.value(11).toInt() != 0;
    return s;
}

QString valueColumns()
{
    return QStringLiteral(
        "v.snapshot_id, v.customer_id, v.recency_days, v.frequency, v.monetary_cents, "
        "v.r_score, v.f_score, v.m_score, v.segment, v.tier");
}

RfmValue readValue(const QSqlQuery &q, int first)
{
    RfmValue v;
    v.snapshotId = q.value(first).toLongLong();
    v.customerId = q.value(first + 1).toLongLong();
    if (!q.value(first + 2).isNull())
        v.recencyDays = q.value(first + 2).toInt();
    v.frequency = q.value(first + 3).toInt();
    v.monetaryCents = q.value(first + 4).toLongLong();
    v.rScore = q.value(first + 5).toInt();
    v.fScore = q.value(first + 6).toInt();
    v.mScore = q.value(first + 7).toInt();
    v.segment = q.value(first + 8).toString();
    v.tier = q.value(first + 9).toString();
    return v;
}

} // namespace RfmPrivate

using namespace RfmPrivate;

namespace {

RfmTransition readTransition(const QSqlQuery &q)
{
    RfmTransition t;
    t.id = q.value(0).toLongLong();
    t.customerId = q.value(1).toLongLong();
    t.snapshotId = q.value(2).toLongLong();
    t.asOf = q.value(3).toString();
    if (!q.value(4).isNull())
        t.fromSegment = q.value(4).toString();
    t.toSegment = q.value(5).toString();
    if (!q.value(6).isNull())
        t.fromTier = q.value(6).toString();
    t.toTier = q.value(7).toString();
    return t;
}

const QString kTransitionSelect
    = QStringLiteral("SELECT t.id, t.customer_id, t.snapshot_id, t.as_of, t.from_segment, "
                     "t.to_segment, t.from_tier, t.to_tier "
                     "FROM rfm_transitions t JOIN rfm_snapshots s ON s.id = t.snapshot_id "
                     "AND s.published = 1 ");

} // namespace

RfmEngine::RfmEngine(Database &database)
    : m_database(database)
{ }

Result<std::optional<RfmSnapshotInfo>> RfmEngine::currentSnapshot() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(snapshotSelect() + QStringLiteral(" WHERE s.id = ") + Rfm::currentSnapshotSql()))
        return Sql::queryError(q);
    if (!q.next())
        return std::optional<RfmSnapshotInfo>();
    auto s = readSnapshot(q);
    if (!s)
        return s.error();
    return std::optional<RfmSnapshotInfo>(s.value());
}

Result<std::optional<RfmSnapshotInfo>> RfmEngine::snapshot(qint64 snapshotId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(snapshotSelect() + QStringLiteral(" WHERE s.id = :id"));
    q.bindValue(QStringLiteral(":id"), snapshotId);
    if (!q.exec())
        return Sql::queryError(q);
    if (!q.next())
        return std::optional<RfmSnapshotInfo>();
    auto s = readSnapshot(q);
    if (!s)
        return s.error();
    return std::optional<RfmSnapshotInfo>(s.value());
}

Result<std::optional<RfmValue>> RfmEngine::currentValues(qint64 customerId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + valueColumns()
              + QStringLiteral(" FROM rfm_values v WHERE v.snapshot_id = ")
              + Rfm::currentSnapshotSql() + QStringLiteral(" AND v.customer_id = :c"));
    q.bindValue(QStringLiteral(":c"), customerId);
    if (!q.exec())
        return Sql::queryError(q);
    if (!q.next())
        return std::optional<RfmValue>();
    return std::optional<RfmValue>(readValue(q));
}

Result<QList<RfmTransition>> RfmEngine::history(qint64 customerId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(kTransitionSelect
              + QStringLiteral("WHERE t.customer_id = :c ORDER BY t.as_of DESC, t.id DESC"));
    q.bindValue(QStringLiteral(":c"), customerId);
    if (!q.exec())
        return Sql::queryError(q);
    QList<RfmTransition> out;
    while (q.next())
        out << readTransition(q);
    return out;
}

Result<QList<RfmTransition>> RfmEngine::transitionsBetween(const QDate &from, const QDate &to) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(kTransitionSelect
              + QStringLiteral("WHERE t.as_of >= :from AND t.as_of <= :to ORDER BY t.as_of, t.id"));
    q.bindValue(QStringLiteral(":from"), Values::storeDate(from));
    q.bindValue(QStringLiteral(":to"), Values::storeDate(to));
    if (!q.exec())
        return Sql::queryError(q);
    QList<RfmTransition> out;
    while (q.next())
        out << readTransition(q);
    return out;
}

Status RfmEngine::snapshotRows(qint64 snapshotId,
                               const std::function<bool(const RfmValue &)> &fn) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + valueColumns()
              + QStringLiteral(
                  ", c.code, c.name FROM rfm_values v JOIN customers c ON c.id = v.customer_id "
                  "WHERE v.snapshot_id = :s ORDER BY v.customer_id"));
    q.bindValue(QStringLiteral(":s"), snapshotId);
    if (!q.exec())
        return Sql::queryError(q);
    while (q.next()) {
        RfmValue v = readValue(q);
        v.code = q.value(10).toString();
        v.name = q.value(11).toString();
        if (!fn(v))
            break;
    }
    return {};
}

} // namespace Patron
