// The SOP engine suites' shared fixture (tst_sop, tst_sopgaps, tst_sopspeed): a fresh
// test database with fixed RFM thresholds, and helpers to make users, customers, orders,
// follow-ups and rules, run the engine as of a time and read the journal.
#pragma once

#include "rfm/rfmsettings.h"
#include "services/recordstore.h"
#include "services/workspace.h"
#include "sop/sopservice.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>

namespace Patron::Test {

inline const QString kCreated = QStringLiteral("2025-01-01T08:00:00");

inline Sop::Action notify(const QString &text = QStringLiteral("hi {name}"))
{
    Sop::Action a;
    a.kind = QStringLiteral("notify");
    a.text = text;
    return a;
}

inline Sop::Action task(const QString &title)
{
    Sop::Action a;
    a.kind = QStringLiteral("create_task");
    a.title = title;
    return a;
}

class SopFixture
{
protected:
    std::unique_ptr<Test::TestDatabase> m_tdb;
    std::unique_ptr<Workspace> m_ws;

    SopService &sop() { return m_ws->sop(); }
    Database &db() { return m_ws->database(); }

    qint64 user(const QString &name, qint64 manager = 0)
    {
        Record r{{QStringLiteral("username"), name}, {QStringLiteral("display_name"), name}};
        if (manager)
            r.insert(QStringLiteral("manager_id"), manager);
        auto id = m_ws->store().insert(Entity::User, r);
        if (!id)
            qWarning() << id.error().message;
        return id.valueOr(0);
    }
    qint64 customer(const QString &name, qint64 owner = 0, const QString &created = kCreated)
    {
        Record r{{QStringLiteral("name"), name}, {QStringLiteral("code"), name}, {QStringLiteral("created_at"), created}};
        if (owner)
            r.insert(QStringLiteral("owner_id"), owner);
        auto id = m_ws->store().insert(Entity::Customer, r);
        if (!id)
            qWarning() << id.error().message;
        return id.valueOr(0);
    }
    void order(qint64 customerId, const QString &date, qint64 cents)
    {
        auto id = m_ws->store().insert(Entity::Order, Record{{QStringLiteral("customer_id"), customerId},
                                                             {QStringLiteral("ordered_at"), date},
                                                             {QStringLiteral("amount_cents"), cents}});
        if (!id)
            qWarning() << id.error().message;
    }
    void activity(qint64 customerId, const QString &at)
    {
        auto id = m_ws->store().insert(Entity::Activity, Record{{QStringLiteral("customer_id"), customerId},
                                                                {QStringLiteral("kind"), QStringLiteral("call")},
                                                                {QStringLiteral("occurred_at"), at}});
        if (!id)
            qWarning() << id.error().message;
    }
    qint64 count(const QString &sql)
    {
        QSqlQuery q(db().connection());
        if (!q.exec(sql) || !q.next()) {
            qWarning() << sql << q.lastError().text();
            return -1;
        }
        return q.value(0).toLongLong();
    }
    QStringList strings(const QString &sql)
    {
        QStringList out;
        QSqlQuery q(db().connection());
        if (!q.exec(sql))
            qWarning() << sql << q.lastError().text();
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            out << row.join(QLatin1Char('|'));
        }
        return out;
    }
    SopRunReport run(const QString &asOf, bool dry = false, qint64 onlyRule = 0)
    {
        SopRunOptions o;
        o.asOf = QDateTime::fromString(asOf, QStringLiteral("yyyy-MM-ddTHH:mm"));
        if (!o.asOf.isValid())
            qWarning() << "bad as-of" << asOf;
        o.dryRun = dry;
        o.onlyRuleId = onlyRule;
        auto r = sop().run(o);
        if (!r)
            qWarning() << r.error().message;
        for (const SopRuleReport &rule : r.valueOr(SopRunReport{}).rules)
            if (!rule.error.isEmpty())
                qWarning() << "rule" << rule.name << rule.error;
        return r.valueOr(SopRunReport{});
    }
    qint64 addRule(const Sop::Definition &d, const QString &kind = QStringLiteral("rule"), const QString &name = {})
    {
        SopRule r;
        r.kind = kind;
        r.name = name.isEmpty() ? d.trigger.kind : name;
        r.definition = d;
        r.enabled = true;
        auto id = sop().create(r);
        if (!id)
            qWarning() << id.error().message;
        return id.valueOr(0);
    }
    qint64 enableTemplate(const QString &id)
    {
        auto r = sop().addFromTemplate(id);
        if (!r)
            qWarning() << r.error().message;
        if (!sop().setEnabled(r.valueOr(0), true))
            qWarning() << "cannot enable";
        return r.valueOr(0);
    }
    static Sop::Definition ruleDef(const QString &trigger, QList<Sop::Action> actions = {notify()})
    {
        Sop::Definition d;
        d.trigger.kind = trigger;
        d.actions = std::move(actions);
        return d;
    }
    /// Journal ok rows of a rule: "customer|step|occurrence", sorted.
    QStringList fired(qint64 rule)
    {
        QStringList rows = strings(QStringLiteral("SELECT customer_id, step, occurrence FROM sop_journal WHERE rule_id = %1 "
                                                  "AND result = 'ok' ORDER BY customer_id, step, occurrence")
                                       .arg(rule));
        return rows;
    }
    QString id(qint64 v) { return QString::number(v); }

    /// A fresh database for each test. Fixed thresholds make the segments of small data
    /// sets exact: R high when the last order is at most 60 days old, F high from 2
    /// orders, M high from ¥1000.
    bool openSop()
    {
        m_tdb = std::make_unique<Test::TestDatabase>();
        m_ws = m_tdb->open();
        if (!m_ws)
            return false;
        m_ws->store().setActor(QStringLiteral("test"));
        RfmSettings s;
        s.recencyMaxDays = 60;
        s.frequencyMin = 2;
        s.monetaryMinCents = 100000;
        return bool(s.save(db()));
    }
    void closeSop()
    {
        m_ws.reset();
        m_tdb.reset();
    }
};

} // namespace Patron::Test
