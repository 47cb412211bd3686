#include "sopservice.h"

#include "sopengine_p.h"
#include "soptemplates_p.h"

#include "domain/entity.h"
#include "segments/segmentcompiler.h"
#include "services/fieldservice.h"
#include "services/recordstore.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "util/sqlutil.h"
#include "util/values.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace Patron {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Patron::SopService", text);
}

Error invalid(const QString &message)
{
    return Error{Error::Invalid, message};
}

constexpr int kMaxName = 100;
constexpr int kMaxImport = 1000;

const QString kColumns = QStringLiteral("id, kind, name, template, definition, enabled, position, created_at, updated_at, version");

Result<SopRule> ruleFromQuery(const QSqlQuery &q)
{
    SopRule r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString();
    r.name = q.value(2).toString();
    r.templateId = q.value(3).toString();
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(4).toString().toUtf8());
    Result<Sop::Definition> d = doc.isObject() ? Sop::Definition::fromJson(doc.object())
                                               : Result<Sop::Definition>(invalid(tr("The stored definition is not JSON.")));
    if (!d)
        return invalid(tr("Rule %1 (%2): %3").arg(r.id).arg(r.name, d.error().message));
    r.definition = d.value();
    r.enabled = q.value(5).toInt() != 0;
    r.position = q.value(6).toInt();
    r.createdAt = q.value(7).toString();
    r.updatedAt = q.value(8).toString();
    r.version = q.value(9).toInt();
    return r;
}

QString definitionText(const Sop::Definition &d)
{
    return QString::fromUtf8(QJsonDocument(d.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

int SopRunReport::fired() const
{
    int n = 0;
    for (const SopRuleReport &r : rules)
        n += r.fired;
    return n;
}

int SopRunReport::errors() const
{
    int n = 0;
    for (const SopRuleReport &r : rules)
        n += r.errors + (r.error.isEmpty() ? 0 : 1);
    return n;
}

SopService::SopService(Database &database, RecordStore &store, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_store(store)
{
}

QString SopService::databaseLanguage(const Database &database)
{
    const QString lang = database.setting(LanguageKey);
    return lang == QLatin1String("en") ? lang : QStringLiteral("zh_CN");
}

Result<QList<SopRule>> SopService::rules() const
{
    QList<SopRule> out;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM sop_rules ORDER BY position, id").arg(kColumns)))
        return Sql::queryError(q);
    while (q.next()) {
        Result<SopRule> r = ruleFromQuery(q);
        if (!r)
            return r.error();
        out << r.value();
    }
    return out;
}

Result<SopRule> SopService::rule(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::execPositional(q, QStringLiteral("SELECT %1 FROM sop_rules WHERE id = ?").arg(kColumns), {id}); !s)
        return s.error();
    if (!q.next())
        return makeError(Error::NotFound, tr("There is no SOP rule %1.").arg(id));
    return ruleFromQuery(q);
}

Status SopService::validate(const Sop::Definition &d, const QString &kind) const
{
    return SopEngine(m_database, m_store).validate(d, kind);
}

namespace {

Result<QString> checkedName(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return invalid(tr("The SOP rule needs a name."));
    if (n.size() > kMaxName)
        return invalid(tr("The name of an SOP rule may have at most %1 characters.").arg(kMaxName));
    return n;
}

Status checkedKind(const QString &kind)
{
    if (kind != QLatin1String("rule") && kind != QLatin1String("playbook"))
        return invalid(tr("Unknown SOP rule kind \"%1\" (rule or playbook).").arg(kind));
    return {};
}

} // namespace

Result<qint64> SopService::create(const SopRule &rule)
{
    Result<QString> name = checkedName(rule.name);
    if (!name)
        return name.error();
    if (Status s = checkedKind(rule.kind); !s)
        return s.error();
    if (Status s = validate(rule.definition, rule.kind); !s)
        return s.error();
    Transaction tx(m_database);
    if (!tx.isActive())
        return tx.error();
    qint64 id = 0;
    {
        QSqlQuery q(tx.connection());
        const QString now = Values::now();
        int position = rule.position;
        if (position <= 0) {
            if (Status s = Sql::exec(q, QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM sop_rules")); !s)
                return s.error();
            position = q.next() ? q.value(0).toInt() : 1;
        }
        const QString sql = QStringLiteral(
            "INSERT INTO sop_rules (kind, name, template, definition, enabled, position, created_at, updated_at, version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id");
        if (Status s = Sql::execPositional(q, sql, {rule.kind, name.value(), Sql::text(rule.templateId),
                                                    definitionText(rule.definition), rule.enabled ? 1 : 0, position,
                                                    now, now});
            !s)
            return s.error();
        if (!q.next())
            return Sql::queryError(q);
        id = q.value(0).toLongLong();
    }
    if (Status c = tx.commit(); !c)
        return c.error();
    emit rulesChanged();
    return id;
}

Result<int> SopService::update(const SopRule &rule, int expectedVersion)
{
    Result<QString> name = checkedName(rule.name);
    if (!name)
        return name.error();
    if (Status s = checkedKind(rule.kind); !s)
        return s.error();
    if (Status s = validate(rule.definition, rule.kind); !s)
        return s.error();
    Transaction tx(m_database);
    if (!tx.isActive())
        return tx.error();
    {
        QSqlQuery q(tx.connection());
        const QString sql = QStringLiteral(
            "UPDATE sop_rules SET kind = ?, name = ?, definition = ?, enabled = ?, position = ?, updated_at = ?, "
            "version = version + 1 WHERE id = ? AND version = ?");
        if (Status s = Sql::execPositional(q, sql, {rule.kind, name.value(), definitionText(rule.definition),
                                                    rule.enabled ? 1 : 0, rule.position, Values::now(), rule.id,
                                                    expectedVersion});
            !s)
            return s.error();
        if (q.numRowsAffected() != 1) {
            q.finish();
            if (Status s = Sql::execPositional(q, QStringLiteral("SELECT 1 FROM sop_rules WHERE id = ?"), {rule.id}); !s)
                return s.error();
            if (!q.next())
                return makeError(Error::NotFound, tr("The SOP rule was deleted by someone else."));
            return makeError(Error::Conflict, tr("The SOP rule was changed by someone else; reload it and try again."));
        }
    }
    if (Status c = tx.commit(); !c)
        return c.error();
    emit rulesChanged();
    return expectedVersion + 1;
}

Result<SopRule> SopService::remove(qint64 id)
{
    Result<SopRule> old = rule(id);
    if (!old)
        return old.error();
    Transaction tx(m_database);
    if (!tx.isActive())
        return tx.error();
    {
        QSqlQuery q(tx.connection());
        if (Status s = Sql::execPositional(q, QStringLiteral("DELETE FROM sop_rules WHERE id = ?"), {id}); !s)
            return s.error();
    }
    if (Status c = tx.commit(); !c)
        return c.error();
    emit rulesChanged();
    emit journalChanged();
    return old;
}

Status SopService::restore(const SopRule &rule)
{
    if (Status s = checkedKind(rule.kind); !s)
        return s;
    Transaction tx(m_database);
    if (!tx.isActive())
        return tx.error();
    {
        QSqlQuery q(tx.connection());
        const QString sql = QStringLiteral(
            "INSERT INTO sop_rules (id, kind, name, template, definition, enabled, position, created_at, updated_at, "
            "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (Status s = Sql::execPositional(q, sql, {rule.id, rule.kind, rule.name, Sql::text(rule.templateId),
                                                    definitionText(rule.definition), rule.enabled ? 1 : 0,
                                                    rule.position, rule.createdAt, Values::now(), rule.version + 1});
            !s)
            return s;
    }
    // PostgreSQL's sequence does not know about an id put back by hand.
    if (m_database.backend() == Backend::PostgreSQL) {
        QSqlQuery q(tx.connection());
        if (Status s = Sql::exec(q, QStringLiteral("SELECT setval(pg_get_serial_sequence('sop_rules', 'id'), "
                                                   "(SELECT MAX(id) FROM sop_rules))"));
            !s)
            return s;
    }
    if (Status c = tx.commit(); !c)
        return c;
    emit rulesChanged();
    return {};
}

Status SopService::setEnabled(qint64 id, bool enabled)
{
    Transaction tx(m_database);
    if (!tx.isActive())
        return tx.error();
    {
        QSqlQuery q(tx.connection());
        if (Status s = Sql::execPositional(q, QStringLiteral("UPDATE sop_rules SET enabled = ?, updated_at = ?, "
                                                             "version = version + 1 WHERE id = ?"),
                                           {enabled ? 1 : 0, Values::now(), id});
            !s)
            return s;
        if (q.numRowsAffected() != 1)
            return makeError(Error::NotFound, tr("There is no SOP rule %1.").arg(id));
    }
    if (Status c = tx.commit(); !c)
        return c;
    emit rulesChanged();
    return {};
}

QList<SopTemplate> SopService::templates() const
{
    return Sop::builtInTemplates(databaseLanguage(m_database));
}

Result<qint64> SopService::addFromTemplate(const QString &templateId)
{
    for (const SopTemplate &t : templates()) {
        if (t.id != templateId)
            continue;
        SopRule r;
        r.kind = t.kind;
        r.name = t.name;
        r.templateId = t.id;
        r.definition = t.definition;
        return create(r);
    }
    QStringList ids;
    for (const SopTemplate &t : templates())
        ids << t.id;
    return makeError(Error::NotFound, tr("There is no SOP template \"%1\" (there are: %2).")
                                          .arg(templateId, ids.join(QStringLiteral(", "))));
}

Result<QByteArray> SopService::exportJson(const QList<qint64> &ids) const
{
    Result<QList<SopRule>> all = rules();
    if (!all)
        return all.error();
    const QSet<qint64> wanted(ids.begin(), ids.end());
    QSet<qint64> found;
    QJsonArray list;
    for (const SopRule &r : all.value()) {
        if (!wanted.isEmpty() && !wanted.contains(r.id))
            continue;
        found.insert(r.id);
        QJsonObject o;
        o.insert(QLatin1String("name"), r.name);
        o.insert(QLatin1String("kind"), r.kind);
        o.insert(QLatin1String("template"), r.templateId);
        o.insert(QLatin1String("enabled"), r.enabled);
        o.insert(QLatin1String("definition"), r.definition.toJson());
        list.append(o);
    }
    for (qint64 id : ids)
        if (!found.contains(id))
            return makeError(Error::NotFound, tr("There is no SOP rule %1.").arg(id));
    QJsonObject root;
    root.insert(QLatin1String("patron_sop"), 1);
    root.insert(QLatin1String("rules"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QList<qint64>> SopService::importJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(tr("The SOP file is not valid JSON: %1 (at character %2).").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return invalid(tr("An SOP file must be a JSON object with \"patron_sop\" and \"rules\"."));
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.key() != QLatin1String("patron_sop") && it.key() != QLatin1String("rules"))
            return invalid(tr("Unknown key \"%1\" in the SOP file.").arg(it.key()));
    if (root.value(QLatin1String("patron_sop")).toInt(-1) != 1)
        return invalid(tr("The SOP file must say \"patron_sop\": 1 (this Patron reads version 1)."));
    const QJsonValue list = root.value(QLatin1String("rules"));
    if (!list.isArray())
        return invalid(tr("\"rules\" in the SOP file must be a list."));
    if (list.toArray().size() > kMaxImport)
        return invalid(tr("The SOP file has more than %1 rules.").arg(kMaxImport));

    // Everything is checked before anything is written: an import is all or nothing.
    QList<SopRule> parsed;
    int n = 0;
    for (const QJsonValue &v : list.toArray()) {
        ++n;
        if (!v.isObject())
            return invalid(tr("Rule %1 of the SOP file must be an object.").arg(n));
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            static const QStringList keys{QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("template"),
                                          QStringLiteral("enabled"), QStringLiteral("definition")};
            if (!keys.contains(it.key()))
                return invalid(tr("Unknown key \"%1\" in rule %2 of the SOP file.").arg(it.key()).arg(n));
        }
        SopRule r;
        const QJsonValue name = o.value(QLatin1String("name"));
        const QJsonValue kind = o.value(QLatin1String("kind"));
        const QJsonValue tmpl = o.value(QLatin1String("template"));
        const QJsonValue enabled = o.value(QLatin1String("enabled"));
        if (!name.isString())
            return invalid(tr("Rule %1 of the SOP file needs a \"name\".").arg(n));
        if (!kind.isUndefined() && !kind.isString())
            return invalid(tr("\"kind\" of rule %1 must be rule or playbook.").arg(n));
        if (!tmpl.isUndefined() && !tmpl.isString())
            return invalid(tr("\"template\" of rule %1 must be a text.").arg(n));
        if (!enabled.isUndefined() && !enabled.isBool())
            return invalid(tr("\"enabled\" of rule %1 must be true or false.").arg(n));
        r.name = name.toString();
        r.kind = kind.toString(QStringLiteral("rule"));
        r.templateId = tmpl.toString();
        r.enabled = enabled.toBool(false);
        if (!o.value(QLatin1String("definition")).isObject())
            return invalid(tr("Rule %1 of the SOP file needs a \"definition\" object.").arg(n));
        Result<Sop::Definition> d = Sop::Definition::fromJson(o.value(QLatin1String("definition")).toObject());
        if (!d)
            return invalid(tr("Rule %1 (%2) of the SOP file: %3").arg(n).arg(r.name, d.error().message));
        r.definition = d.value();
        Result<QString> checked = checkedName(r.name);
        if (!checked)
            return invalid(tr("Rule %1 of the SOP file: %2").arg(n).arg(checked.error().message));
        r.name = checked.value();
        if (Status s = checkedKind(r.kind); !s)
            return invalid(tr("Rule %1 of the SOP file: %2").arg(n).arg(s.error().message));
        if (Status s = validate(r.definition, r.kind); !s)
            return invalid(tr("Rule %1 (%2) of the SOP file: %3").arg(n).arg(r.name, s.error().message));
        parsed << r;
    }

    QList<qint64> ids;
    Transaction tx(m_database);
    if (!tx.isActive())
        return tx.error();
    {
        QSqlQuery q(tx.connection());
        if (Status s = Sql::exec(q, QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM sop_rules")); !s)
            return s.error();
        int position = q.next() ? q.value(0).toInt() : 0;
        q.finish();
        const QString now = Values::now();
        const QString sql = QStringLiteral(
            "INSERT INTO sop_rules (kind, name, template, definition, enabled, position, created_at, updated_at, version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id");
        for (const SopRule &r : std::as_const(parsed)) {
            if (Status s = Sql::execPositional(q, sql, {r.kind, r.name, Sql::text(r.templateId), definitionText(r.definition),
                                                        r.enabled ? 1 : 0, ++position, now, now});
                !s)
                return s.error();
            if (!q.next())
                return Sql::queryError(q);
            ids << q.value(0).toLongLong();
            q.finish();
        }
    }
    if (Status c = tx.commit(); !c)
        return c.error();
    emit rulesChanged();
    return ids;
}

Result<SopRunReport> SopService::run(const SopRunOptions &options)
{
    if (options.adhocRule) {
        if (Status s = validate(options.adhocRule->definition, options.adhocRule->kind); !s)
            return s.error();
    }
    SopEngine engine(m_database, m_store);
    Result<SopRunReport> report = engine.run(options);
    if (report && !options.dryRun && report->fired() + report->errors() > 0)
        emit journalChanged();
    return report;
}

Result<QList<SopJournalEntry>> SopService::journal(const SopJournalFilter &filter) const
{
    QString sql = QStringLiteral(
        "SELECT j.id, j.rule_id, COALESCE(r.name, ''), j.step, j.customer_id, COALESCE(c.code, ''), "
        "COALESCE(c.name, ''), j.occurrence, j.as_of, j.run_at, j.result, j.detail "
        "FROM sop_journal j LEFT JOIN sop_rules r ON r.id = j.rule_id LEFT JOIN customers c ON c.id = j.customer_id "
        "WHERE 1 = 1");
    QVariantList binds;
    if (filter.ruleId > 0) {
        sql += QStringLiteral(" AND j.rule_id = ?");
        binds << filter.ruleId;
    }
    if (filter.customerId > 0) {
        sql += QStringLiteral(" AND j.customer_id = ?");
        binds << filter.customerId;
    }
    if (!filter.from.isEmpty()) {
        sql += QStringLiteral(" AND j.as_of >= ?");
        binds << filter.from;
    }
    if (!filter.to.isEmpty()) {
        // A bare date bound includes that whole day.
        sql += QStringLiteral(" AND j.as_of <= ?");
        binds << (filter.to.size() == 10 ? filter.to + QStringLiteral("T99") : filter.to);
    }
    sql += QStringLiteral(" ORDER BY j.as_of DESC, j.id DESC");
    if (filter.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        binds << filter.limit;
    }
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::execPositional(q, sql, binds); !s)
        return s.error();
    QList<SopJournalEntry> out;
    while (q.next()) {
        SopJournalEntry e;
        e.id = q.value(0).toLongLong();
        e.ruleId = q.value(1).toLongLong();
        e.ruleName = q.value(2).toString();
        e.step = q.value(3).toInt();
        e.customerId = q.value(4).toLongLong();
        e.customerCode = q.value(5).toString();
        e.customerName = q.value(6).toString();
        e.occurrence = q.value(7).toString();
        e.asOf = q.value(8).toString();
        e.runAt = q.value(9).toString();
        e.result = q.value(10).toString();
        e.detail = q.value(11).toString();
        out << e;
    }
    return out;
}

Result<QHash<qint64, SopRuleStats>> SopService::ruleStats() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::execPositional(
            q, QStringLiteral("SELECT rule_id, SUM(CASE WHEN result = 'ok' THEN 1 ELSE 0 END), "
                              "SUM(CASE WHEN result = 'error' THEN 1 ELSE 0 END), "
                              "MAX(CASE WHEN result = 'ok' THEN run_at END) FROM sop_journal "
                              "WHERE rule_id IS NOT NULL GROUP BY rule_id"));
        !s)
        return s.error();
    QHash<qint64, SopRuleStats> out;
    while (q.next()) {
        SopRuleStats st;
        st.ruleId = q.value(0).toLongLong();
        st.ok = q.value(1).toInt();
        st.errors = q.value(2).toInt();
        st.lastFiredAt = q.value(3).toString();
        out.insert(st.ruleId, st);
    }
    return out;
}

namespace {

// Journal details are compact JSON with sorted keys: {"actions":[{"kind":"notify","text":…}]}.
const QString kNotifyPattern = QStringLiteral("%\"kind\":\"notify\"%");

QStringList notifyTexts(const QString &detail)
{
    QStringList out;
    const QJsonObject o = QJsonDocument::fromJson(detail.toUtf8()).object();
    for (const QJsonValue &a : o.value(QLatin1String("actions")).toArray()) {
        const QJsonObject action = a.toObject();
        if (action.value(QLatin1String("kind")).toString() == QLatin1String("notify"))
            out << action.value(QLatin1String("text")).toString();
    }
    return out;
}

constexpr int kNotifyTexts = 3;

} // namespace

Result<QList<SopNotification>> SopService::notifications(qint64 afterId, qint64 upToId, const QString &sinceRunAt) const
{
    QString where = QStringLiteral("j.result = 'ok' AND j.detail LIKE ? AND j.id > ?");
    QVariantList binds{kNotifyPattern, afterId};
    if (upToId > 0) {
        where += QStringLiteral(" AND j.id <= ?");
        binds << upToId;
    }
    if (!sinceRunAt.isEmpty()) {
        where += QStringLiteral(" AND j.run_at >= ?");
        binds << sinceRunAt;
    }
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::execPositional(
            q, QStringLiteral("SELECT j.rule_id, COALESCE(r.name, ''), COUNT(DISTINCT j.customer_id), MIN(j.customer_id), "
                              "MAX(j.customer_id), MAX(j.id), MAX(j.run_at), MIN(COALESCE(r.position, 0)) "
                              "FROM sop_journal j LEFT JOIN sop_rules r ON r.id = j.rule_id WHERE %1 "
                              "GROUP BY j.rule_id, r.name ORDER BY MIN(COALESCE(r.position, 0)), j.rule_id")
                   .arg(where),
            binds);
        !s)
        return s.error();
    QList<SopNotification> out;
    while (q.next()) {
        SopNotification n;
        n.ruleId = q.value(0).toLongLong();
        n.ruleName = q.value(1).toString();
        n.customers = q.value(2).toInt();
        if (n.customers == 1 && q.value(3).toLongLong() == q.value(4).toLongLong())
            n.customerId = q.value(3).toLongLong();
        n.lastJournalId = q.value(5).toLongLong();
        n.lastRunAt = q.value(6).toString();
        out << n;
    }
    q.finish();
    // The newest few texts of each group (a handful of groups per run: one query each).
    for (SopNotification &n : out) {
        QVariantList b = binds;
        b << n.ruleId << kNotifyTexts;
        if (Status s = Sql::execPositional(
                q, QStringLiteral("SELECT j.detail, COALESCE(c.name, '') FROM sop_journal j "
                                  "LEFT JOIN customers c ON c.id = j.customer_id WHERE %1 AND j.rule_id = ? "
                                  "ORDER BY j.id DESC LIMIT ?")
                       .arg(where),
                b);
            !s)
            return s.error();
        while (q.next()) {
            for (const QString &text : notifyTexts(q.value(0).toString()))
                n.texts << text;
            if (n.customerId > 0)
                n.customerName = q.value(1).toString();
        }
        q.finish();
    }
    return out;
}

Result<qint64> SopService::lastJournalId() const
{
    QSqlQuery q(m_database.connection());
    if (Status s = Sql::execPositional(q, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM sop_journal")); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

namespace {
QString notifiedKey(std::optional<qint64> userId)
{
    // Per user in a team database: each one's GUI shows every notification once.
    const QString key = QStringLiteral("sop.notified_through");
    return userId ? key + QLatin1Char('.') + QString::number(*userId) : key;
}
} // namespace

std::optional<qint64> SopService::notifiedMark(std::optional<qint64> userId) const
{
    bool ok = false;
    const qint64 id = m_database.setting(notifiedKey(userId)).toLongLong(&ok);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

Status SopService::setNotifiedMark(std::optional<qint64> userId, qint64 journalId)
{
    return m_database.setSetting(notifiedKey(userId), QString::number(journalId));
}

} // namespace Patron
