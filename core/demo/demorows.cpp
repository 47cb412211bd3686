// The two big passes of the demo generator: customers (with their contacts, tags,
// follow-ups, tickets and tasks), then all orders sorted by date.

#include "bulkinsert.h"
#include "demogenerator_p.h"
#include "services/recordstore.h"

#include <algorithm>

namespace Patron::DemoInternal {

namespace {

const QStringList kCustomerColumns = {
    QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("code"), QStringLiteral("name"),
    QStringLiteral("contact_name"), QStringLiteral("mobile"), QStringLiteral("phone"), QStringLiteral("email"),
    QStringLiteral("province"), QStringLiteral("city"), QStringLiteral("address"), QStringLiteral("industry"),
    QStringLiteral("source"), QStringLiteral("owner_id"), QStringLiteral("lifecycle_stage"), QStringLiteral("notes"),
    QStringLiteral("custom"), QStringLiteral("search_tokens"), QStringLiteral("archived"),
    QStringLiteral("deleted_at"), QStringLiteral("created_at"), QStringLiteral("updated_at")};
const QStringList kContactColumns = {
    QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("name"), QStringLiteral("title"),
    QStringLiteral("mobile"), QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("wechat"),
    QStringLiteral("is_primary"), QStringLiteral("created_at"), QStringLiteral("updated_at")};
const QStringList kTagColumns = {QStringLiteral("customer_id"), QStringLiteral("tag_id"), QStringLiteral("created_at")};
const QStringList kActivityColumns = {
    QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("contact_id"), QStringLiteral("kind"),
    QStringLiteral("occurred_at"), QStringLiteral("user_id"), QStringLiteral("subject"), QStringLiteral("body"),
    QStringLiteral("created_at"), QStringLiteral("updated_at")};
const QStringList kTicketColumns = {
    QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("title"), QStringLiteral("description"),
    QStringLiteral("status"), QStringLiteral("priority"), QStringLiteral("assignee_id"), QStringLiteral("opened_at"),
    QStringLiteral("closed_at"), QStringLiteral("created_at"), QStringLiteral("updated_at")};
const QStringList kTaskColumns = {
    QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("title"),
    QStringLiteral("due_at"), QStringLiteral("remind_at"), QStringLiteral("status"), QStringLiteral("assignee_id"),
    QStringLiteral("priority"), QStringLiteral("completed_at"), QStringLiteral("created_at"),
    QStringLiteral("updated_at")};
const QStringList kOrderColumns = {
    QStringLiteral("id"), QStringLiteral("order_no"), QStringLiteral("customer_id"), QStringLiteral("ordered_at"),
    QStringLiteral("amount_cents"), QStringLiteral("status"), QStringLiteral("product"), QStringLiteral("quantity"),
    QStringLiteral("notes"), QStringLiteral("created_at"), QStringLiteral("updated_at")};

// Values every demo row shares are literals in the statement instead of bound values.
using Constants = QList<QPair<QString, QString>>;
const Constants kVersion = {{QStringLiteral("version"), QStringLiteral("1")}};
const Constants kVersionNotes = {{QStringLiteral("version"), QStringLiteral("1")}, {QStringLiteral("notes"), QStringLiteral("''")}};
const Constants kVersionCustom = {{QStringLiteral("version"), QStringLiteral("1")}, {QStringLiteral("custom"), QStringLiteral("'{}'")}};

const QString kEmptyJson = QStringLiteral("{}");

template<typename T, size_t N>
const T &pickWeighted(Rng &r, const std::pair<T, double> (&items)[N])
{
    double total = 0;
    for (const auto &item : items)
        total += item.second;
    double x = r.uniform() * total;
    for (const auto &item : items) {
        if (x < item.second)
            return item.first;
        x -= item.second;
    }
    return items[N - 1].first;
}

} // namespace

struct Sinks
{
    explicit Sinks(const QSqlDatabase &db)
        : customers(db, QStringLiteral("customers"), kCustomerColumns, kVersion)
        , contacts(db, QStringLiteral("contacts"), kContactColumns, kVersionNotes)
        , tags(db, QStringLiteral("customer_tags"), kTagColumns, {{QStringLiteral("origin"), QStringLiteral("'manual'")}})
        , activities(db, QStringLiteral("activities"), kActivityColumns, kVersion)
        , tickets(db, QStringLiteral("tickets"), kTicketColumns, kVersionCustom)
        , tasks(db, QStringLiteral("tasks"), kTaskColumns, kVersionNotes)
    {
    }
    /// Parents first: foreign keys are checked row by row.
    Status flush()
    {
        for (BulkInsert *b : {&customers, &contacts, &tags, &activities, &tickets, &tasks}) {
            Status s = b->flush();
            if (!s)
                return s;
        }
        return {};
    }
    BulkInsert customers, contacts, tags, activities, tickets, tasks;
};

QString Generator::landline(Rng &r, const D::City &city) const
{
    // Three-digit area codes (big cities) have eight-digit numbers, the others seven or eight.
    const int digits = city.areaCode.size() == 3 || r.chance(0.5) ? 8 : 7;
    const int first = r.between(2, 8);
    const int rest = r.below(digits == 8 ? 10000000 : 1000000);
    return city.areaCode + QLatin1Char('-') + QString::number(first)
           + QStringLiteral("%1").arg(rest, digits - 1, 10, QLatin1Char('0'));
}

Status Generator::writeCustomers()
{
    const qint64 n = m_options.customers;
    // First pass: how many extra orders each unit of order weight gets, so that the
    // average over all customers meets the requested one.
    double weightSum = 0;
    qint64 buyers = 0;
    for (qint64 i = 0; i < n; ++i) {
        const Plan p = plan(i);
        if (p.buyer) {
            weightSum += p.orderWeight();
            ++buyers;
        }
    }
    const double extra = m_options.ordersPerCustomer * double(n) - double(buyers);
    m_ordersScale = extra > 0 && weightSum > 0 ? extra / weightSum : 0;
    m_orderKeys.reserve(size_t(std::max<double>(0, m_options.ordersPerCustomer * double(n) * 1.02 + 16)));
    m_valueFactor.reserve(size_t(n));
    m_isCompany.reserve(size_t(n));

    Sinks sinks(m_db);
    for (qint64 first = 0; first < n; first += kBlock) {
        const qint64 last = std::min(n, first + kBlock);
        for (qint64 i = first; i < last; ++i)
            writeCustomer(i, plan(i), sinks);
        Status s = sinks.flush();
        if (!s)
            return s;
        m_done += last - first;
        if (!reportProgress())
            return cancelled();
    }
    trace("customers");
    return {};
}

void Generator::writeCustomer(qint64 index, const Plan &p, Sinks &s)
{
    Rng r(m_options.seed, ProfileDomain, quint64(index));
    const qint64 id = m_customerBase + index + 1;
    const D::City &city = D::cities().at(m_cityPick.pick(r));
    const QString createdAt = dateTime(p.createdJd, p.createdSecond);
    QString name, contactName, contactPinyin, mobileNo, phone, email, address, industry;
    QList<qint64> contactIds;

    if (p.company) {
        const D::Industry &ind = D::industries().at(m_industryPick.pick(r));
        industry = ind.name;
        const auto &brands = D::brandChars();
        const int b1 = r.below(int(brands.size()));
        int b2 = r.below(int(brands.size()) - 1);
        if (b2 >= b1)
            ++b2;
        const QString brand = brands.at(b1).hanzi + brands.at(b2).hanzi;
        const QString brandPinyin = brands.at(b1).pinyin + brands.at(b2).pinyin;
        const QString word = r.pick(ind.nameWords);
        QString suffix = D::companySuffixes().at(m_suffixPick.pick(r)).text;
        // Only small traders are a 商行/经营部 and only studios of some trades a 工作室;
        // everyone else is an ordinary 有限公司.
        static const QString shopSuffixes[] = {QStringLiteral("商行"), QStringLiteral("经营部")};
        const bool shop = suffix == shopSuffixes[0] || suffix == shopSuffixes[1];
        const bool studio = suffix == QStringLiteral("工作室");
        if ((shop && !ind.shops) || (studio && !ind.studios))
            suffix = D::companySuffixes().first().text;
        const int form = r.below(100);
        if (form < 30)
            name = city.name + brand + word + suffix; // 深圳市华联电子科技有限公司
        else if (form < 62 || shop || studio)
            name = city.shortName + brand + word + suffix; // 上海恒瑞贸易有限公司
        else if (form < 82)
            name = brand + word + QStringLiteral("（") + city.shortName + QStringLiteral("）") + suffix;
        else
            name = city.provinceShort + brand + word + suffix;

        const double u = r.uniform();
        const int contacts = u < 0.55 ? 1 : u < 0.85 ? 2 : 3;
        static const QStringList kDomainEndings = {QStringLiteral(".com"), QStringLiteral(".com.cn"),
                                                   QStringLiteral(".cn"), QStringLiteral(".net")};
        const QString domain = brandPinyin + r.pick(kDomainEndings);
        phone = r.chance(0.7) ? landline(r, city) : QString();
        for (int c = 0; c < contacts; ++c) {
            const Person person = this->person(r);
            const qint64 contactId = m_contactBase + ++m_contactCount;
            contactIds << contactId;
            const QString cMobile = r.chance(0.92) ? mobile(r) : QString();
            const QString cEmail = r.chance(0.35) ? person.pinyin + QLatin1Char('@') + domain : QString();
            QString wechat;
            if (r.chance(0.3))
                wechat = !cMobile.isEmpty() && r.chance(0.6)
                             ? cMobile
                             : QStringLiteral("wxid_%1").arg(r.next() % 10000000000ull, 10, 36, QLatin1Char('0'));
            if (c == 0) {
                contactName = person.name;
                contactPinyin = person.pinyin;
                mobileNo = cMobile;
            }
            s.contacts.add(contactId);
            s.contacts.add(id);
            s.contacts.add(person.name);
            s.contacts.add(r.pick(D::contactTitles()));
            s.contacts.add(cMobile);
            s.contacts.add(c == 0 || !r.chance(0.8) ? QString() : phone);
            s.contacts.add(cEmail);
            s.contacts.add(wechat);
            s.contacts.add(c == 0 ? 1 : 0);
            s.contacts.add(createdAt);
            s.contacts.add(createdAt);
            s.contacts.endRow();
        }
        if (r.chance(0.55)) {
            static const QStringList roles = {QStringLiteral("sales"), QStringLiteral("info"), QStringLiteral("service"),
                                              QStringLiteral("purchase"), QStringLiteral("admin")};
            email = (r.chance(0.5) ? r.pick(roles) : contactPinyin) + QLatin1Char('@') + domain;
        }
        if (r.chance(0.85)) {
            address = QStringLiteral("%1%2号").arg(r.pick(D::roads())).arg(r.between(1, 999));
            if (r.chance(0.6))
                address += r.pick(D::brandChars()).hanzi + r.pick(D::brandChars()).hanzi + r.pick(D::buildings())
                           + QStringLiteral("%1室").arg(r.between(1, 32) * 100 + r.between(1, 20));
        }
    } else {
        const Person person = this->person(r);
        name = person.name;
        mobileNo = r.chance(0.96) ? mobile(r) : QString();
        if (r.chance(0.35)) {
            QString local = person.pinyin;
            local.remove(QLatin1Char('.'));
            if (r.chance(0.3))
                local = QString::number(r.between(10000, 999999999)); // a QQ number
            else if (r.chance(0.6))
                local += QString::number(r.between(1, 2010));
            email = local + QLatin1Char('@') + (local.at(0).isDigit() ? QStringLiteral("qq.com") : r.pick(D::personalMailDomains()));
        }
        phone = r.chance(0.05) ? landline(r, city) : QString();
        if (r.chance(0.4)) {
            static const QStringList estates = {QStringLiteral("花园"), QStringLiteral("小区"), QStringLiteral("家园"),
                                                QStringLiteral("公寓"), QStringLiteral("新村")};
            address = QStringLiteral("%1%2号%3%4%5栋%6单元%7室")
                          .arg(r.pick(D::roads()))
                          .arg(r.between(1, 999))
                          .arg(r.pick(D::brandChars()).hanzi + r.pick(D::brandChars()).hanzi, r.pick(estates))
                          .arg(r.between(1, 30))
                          .arg(r.between(1, 4))
                          .arg(r.between(1, 33) * 100 + r.between(1, 4));
        }
    }
    const QString code = QStringLiteral("C%1").arg(index + 1, 6, 10, QLatin1Char('0'));
    const QString source = D::sources().at(m_sourcePick.pick(r)).text;
    const qint64 ownerId = pickOwner(r);

    // Orders: only their dates now (sorted and written after all customers).
    Rng od(m_options.seed, OrderDayDomain, quint64(index));
    qint64 orders = 0, lastOrderJd = 0;
    if (p.buyer) {
        orders = std::min(kMaxOrdersPerCustomer, 1 + od.roundStochastic(m_ordersScale * p.orderWeight()));
        const qint64 span = p.activeEnd - p.activeStart + 1;
        for (qint64 k = 0; k < orders; ++k) {
            const qint64 day = p.activeStart + od.below64(span);
            lastOrderJd = std::max(lastOrderJd, day);
            m_orderKeys.push_back((quint64(day - m_minJd) << 32) | quint64(index));
        }
    }
    m_valueFactor.push_back(float(p.valueFactor));
    m_isCompany.push_back(p.company);

    const char *stage;
    if (!p.buyer)
        stage = r.chance(0.55) ? "awareness" : "consideration";
    else if (m_todayJd - lastOrderJd > 365)
        stage = "churned";
    else if (orders >= 8 && m_todayJd - lastOrderJd <= 90)
        stage = "loyal";
    else
        stage = orders >= 2 ? "use" : "purchase";
    if (r.chance(0.03))
        stage = ""; // never classified

    QString custom = kEmptyJson;
    if (m_customFields) {
        const double value = double(orders) * p.valueFactor * (p.company ? 7.0 : 1.0);
        const char grade = value > 60 ? 'A' : value > 15 ? 'B' : value > 2 ? 'C' : 'D';
        if (p.company && r.chance(0.5)) {
            static const int limits[] = {50000, 100000, 200000, 300000, 500000, 1000000};
            custom = QStringLiteral("{\"credit_limit\":%1,\"grade\":\"%2\"}")
                         .arg(qint64(limits[r.below(6)]) * 100)
                         .arg(QLatin1Char(grade));
        } else {
            custom = QStringLiteral("{\"grade\":\"%1\"}").arg(QLatin1Char(grade));
        }
    }
    const bool archived = p.churned && r.chance(0.12);
    const QString deletedAt = r.chance(0.002) ? dateTime(m_todayJd - r.below(60), r.between(9 * 3600, 18 * 3600)) : QString();
    const qint64 updatedJd = p.createdJd + r.below64(m_todayJd - p.createdJd + 1);
    const QString updatedAt = r.chance(0.55) || updatedJd == p.createdJd
                                  ? createdAt
                                  : dateTime(updatedJd, r.between(8 * 3600, 20 * 3600));

    BulkInsert &c = s.customers;
    c.add(id);
    c.add(p.company ? QStringLiteral("company") : QStringLiteral("person"));
    c.add(code);
    c.add(name);
    c.add(contactName);
    c.add(mobileNo);
    c.add(phone);
    c.add(email);
    c.add(city.province);
    c.add(city.name);
    c.add(address);
    c.add(industry);
    c.add(source);
    c.addRef(ownerId);
    c.add(QString::fromLatin1(stage));
    c.add(r.chance(0.08) ? r.pick(D::customerNotes()) : QString());
    c.add(custom);
    c.add(RecordStore::customerSearchTokens(
        QStringList{code, name, contactName, mobileNo, phone, email, city.province, city.name}));
    c.add(archived ? 1 : 0);
    c.addNullable(deletedAt);
    c.add(createdAt);
    c.add(updatedAt);
    c.endRow();

    Rng rt(m_options.seed, TagDomain, quint64(index));
    if (!m_tagIds.isEmpty() && rt.chance(0.25)) {
        const int t1 = rt.below(int(m_tagIds.size()));
        QList<int> tags{t1};
        if (rt.chance(0.3)) {
            const int t2 = rt.below(int(m_tagIds.size()));
            if (t2 != t1)
                tags << t2;
        }
        for (int t : tags) {
            s.tags.add(id);
            s.tags.add(m_tagIds.at(t));
            s.tags.add(createdAt);
            s.tags.endRow();
        }
    }
    writeFollowUps(index, id, p, ownerId, contactIds, orders, s);
}

void Generator::writeFollowUps(qint64 index, qint64 id, const Plan &p, qint64 ownerId, const QList<qint64> &contactIds,
                               qint64 orders, Sinks &s)
{
    const qint64 sinceCreated = m_todayJd - p.createdJd + 1;
    auto staff = [&](Rng &r) { return ownerId && r.chance(0.85) ? ownerId : r.pick(m_ownerIds); };

    // Follow-up records: more for customers who buy more, sorted in time.
    Rng ra(m_options.seed, ActivityDomain, quint64(index));
    const int activities = int(std::min(40.0, std::floor(ra.exponential(0.9 + 0.08 * double(std::min<qint64>(orders, 25))))));
    QList<QPair<qint64, int>> when;
    for (int a = 0; a < activities; ++a)
        when << qMakePair(p.createdJd + ra.below64(sinceCreated), ra.between(9 * 3600, 18 * 3600));
    std::sort(when.begin(), when.end());
    static const std::pair<const char *, double> kinds[] = {{"call", 45}, {"visit", 15}, {"email", 20}, {"note", 20}};
    for (const auto &[jd, second] : std::as_const(when)) {
        const QString kind = QString::fromLatin1(pickWeighted(ra, kinds));
        const QString at = dateTime(jd, jd == p.createdJd ? std::max(second, p.createdSecond) : second);
        s.activities.add(m_activityBase + ++m_activityCount);
        s.activities.add(id);
        s.activities.addRef(!contactIds.isEmpty() && ra.chance(0.7) ? ra.pick(contactIds) : 0);
        s.activities.add(kind);
        s.activities.add(at);
        s.activities.addRef(staff(ra));
        s.activities.add(ra.pick(D::activitySubjects(kind)));
        s.activities.add(ra.pick(D::activityBodies()));
        s.activities.add(at);
        s.activities.add(at);
        s.activities.endRow();
    }

    // Service tickets: about one buyer in eight has had one.
    Rng rt(m_options.seed, TicketDomain, quint64(index));
    const int tickets = p.buyer && rt.chance(0.12) ? 1 + (rt.chance(0.25) ? 1 : 0) : 0;
    for (int t = 0; t < tickets; ++t) {
        const qint64 opened = p.activeStart + rt.below64(m_todayJd - p.activeStart + 1);
        const qint64 age = m_todayJd - opened;
        const double u = rt.uniform();
        const char *status = age > 30 ? (u < 0.7 ? "closed" : "resolved")
                             : age > 7 ? (u < 0.4 ? "resolved" : u < 0.7 ? "closed" : u < 0.9 ? "in_progress" : "open")
                                       : (u < 0.5 ? "open" : u < 0.85 ? "in_progress" : "resolved");
        static const std::pair<const char *, double> priorities[] = {{"low", 20}, {"normal", 55}, {"high", 20}, {"urgent", 5}};
        const QString openedAt = dateTime(opened, rt.between(9 * 3600, 18 * 3600));
        const bool done = qstrcmp(status, "closed") == 0 || qstrcmp(status, "resolved") == 0;
        const qint64 closedJd = std::min(m_todayJd, opened + 1 + rt.below(10));
        const QString closedAt = done ? dateTime(closedJd, rt.between(9 * 3600, 18 * 3600)) : QString();
        s.tickets.add(m_ticketBase + ++m_ticketCount);
        s.tickets.add(id);
        s.tickets.add(rt.pick(D::ticketTitles()));
        s.tickets.add(rt.pick(D::ticketDescriptions()));
        s.tickets.add(QString::fromLatin1(status));
        s.tickets.add(QString::fromLatin1(pickWeighted(rt, priorities)));
        s.tickets.addRef(staff(rt));
        s.tickets.add(openedAt);
        s.tickets.addNullable(closedAt);
        s.tickets.add(openedAt);
        s.tickets.add(done ? closedAt : openedAt);
        s.tickets.endRow();
    }

    // Tasks: a few overdue, most done, the upcoming ones often with a reminder.
    Rng rk(m_options.seed, TaskDomain, quint64(index));
    const int tasks = rk.chance(0.22) ? 1 + (rk.chance(0.2) ? 1 : 0) : 0;
    for (int t = 0; t < tasks; ++t) {
        const qint64 due = m_todayJd + rk.between(-60, 30);
        static const int dueHours[] = {10, 12, 14, 17, 18};
        const QString dueAt = dateTime(due, dueHours[rk.below(5)] * 3600);
        const qint64 createdJd = std::max(p.createdJd, due - 1 - rk.below(14));
        const QString createdAt = dateTime(createdJd, rk.between(9 * 3600, 11 * 3600));
        const char *status = "open";
        const double u = rk.uniform();
        if (due < m_todayJd)
            status = u < 0.78 ? "done" : u < 0.83 ? "cancelled" : "open";
        else if (due < m_todayJd + 7 && u < 0.1)
            status = "done";
        const bool open = qstrcmp(status, "open") == 0;
        const QString remindAt = open && rk.chance(0.6) ? dateTime(due - rk.below(2), 9 * 3600) : QString();
        const QString completedAt = qstrcmp(status, "done") == 0
                                        ? dateTime(std::max(createdJd, std::min(m_todayJd, due - rk.below(3))), 16 * 3600)
                                        : QString();
        static const std::pair<const char *, double> priorities[] = {{"low", 20}, {"normal", 60}, {"high", 20}};
        s.tasks.add(m_taskBase + ++m_taskCount);
        s.tasks.add(id);
        s.tasks.add(rk.pick(D::taskTitles()));
        s.tasks.add(dueAt);
        s.tasks.addNullable(remindAt);
        s.tasks.add(QString::fromLatin1(status));
        s.tasks.addRef(staff(rk));
        s.tasks.add(QString::fromLatin1(pickWeighted(rk, priorities)));
        s.tasks.addNullable(completedAt);
        s.tasks.add(createdAt);
        s.tasks.add(completedAt.isEmpty() ? createdAt : completedAt);
        s.tasks.endRow();
    }
}

Status Generator::writeOrders()
{
    std::sort(m_orderKeys.begin(), m_orderKeys.end());
    const qint64 rows = m_options.customers + qint64(m_orderKeys.size());
    m_total = rows + indexWork(rows);
    BulkInsert orders(m_db, QStringLiteral("orders"), kOrderColumns, kVersionCustom);
    const QString pending = QStringLiteral("pending"), paid = QStringLiteral("paid"),
                  completed = QStringLiteral("completed"), cancelledStatus = QStringLiteral("cancelled"),
                  refunded = QStringLiteral("refunded");
    const auto &products = D::products();
    qint64 currentDay = -1, daySequence = 0;
    QString dayCode;
    quint64 previousKey = ~0ull, occurrence = 0;
    for (size_t k = 0; k < m_orderKeys.size(); ++k) {
        const quint64 key = m_orderKeys[k];
        const qint64 day = m_minJd + qint64(key >> 32);
        const qint64 customer = qint64(key & 0xffffffffull);
        if (day != currentDay) {
            currentDay = day;
            daySequence = 0;
            dayCode = QStringLiteral("SO") + m_dates.at(day - m_minJd);
            dayCode.remove(QLatin1Char('-'));
        }
        occurrence = key == previousKey ? occurrence + 1 : 0;
        previousKey = key;
        Rng r(m_options.seed, OrderDomain, key | (occurrence << 44));

        const qint64 daysAgo = m_todayJd - day;
        const QString *status;
        const double u = r.uniform(), v = r.uniform();
        if (u < 0.04)
            status = &cancelledStatus;
        else if (u < 0.06 && daysAgo > 3)
            status = &refunded;
        else if (daysAgo < 7)
            status = v < 0.35 ? &pending : v < 0.8 ? &paid : &completed;
        else if (daysAgo < 30)
            status = v < 0.04 ? &pending : v < 0.5 ? &paid : &completed;
        else
            status = v < 0.003 ? &pending : v < 0.03 ? &paid : &completed;

        // Log-normal amounts: companies buy bigger than individuals, and some customers
        // (valueFactor) consistently buy bigger than others, which makes the tail long.
        const double median = (m_isCompany[size_t(customer)] ? 280000.0 : 38000.0) * m_valueFactor[size_t(customer)];
        double cents = std::clamp(r.logNormal(median, 0.9), 990.0, 200000000.0);
        const double w = r.uniform();
        const qint64 unit = w < 0.7 ? 100 : w < 0.9 ? 10 : 1; // prices in whole yuan are the norm
        const qint64 amount = std::max<qint64>(unit, qint64(std::llround(cents / double(unit))) * unit);
        const D::Product &product = r.pick(products);
        const qint64 quantity = std::clamp<qint64>(std::llround(double(amount) / double(product.unitCents)), 1, 9999);

        const int second = r.between(8 * 3600 + 30 * 60, 21 * 3600);
        const QString createdAt = dateTime(day, second);
        QString updatedAt = createdAt;
        if (status != &pending && status != &paid) {
            const qint64 later = std::min(m_todayJd, day + r.between(0, 7));
            if (later > day)
                updatedAt = dateTime(later, r.between(8 * 3600, 20 * 3600));
        }
        orders.add(m_orderBase + qint64(k) + 1);
        orders.add(dayCode + QStringLiteral("%1").arg(++daySequence, 5, 10, QLatin1Char('0')));
        orders.add(m_customerBase + customer + 1);
        orders.add(m_dates.at(day - m_minJd));
        orders.add(amount);
        orders.add(*status);
        orders.add(product.name);
        orders.add(quantity);
        orders.add(r.chance(0.04) ? r.pick(D::orderNotes()) : QString());
        orders.add(createdAt);
        orders.add(updatedAt);
        orders.endRow();

        if ((k + 1) % kOrderBlock == 0 || k + 1 == m_orderKeys.size()) {
            Status s = orders.flush();
            if (!s)
                return s;
            m_done = m_options.customers + qint64(k) + 1;
            if (!reportProgress())
                return cancelled();
        }
    }
    // The keys are not needed any more; give the memory back before COMMIT.
    m_orderTotal = qint64(m_orderKeys.size());
    std::vector<quint64>().swap(m_orderKeys);
    trace("orders");
    return {};
}

} // namespace Patron::DemoInternal
