#include "importwriter.h"

#include "importfastpath.h"
#include "matchkeys.h"
#include "services/recordstore.h"
#include "storage/database.h"
#include "util/sqlutil.h"
#include "util/values.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlRecord>

namespace Patron {

Q_LOGGING_CATEGORY(lcImport, "patron.import", QtWarningMsg)

namespace {

const QStringList kSearchColumns = {QStringLiteral("code"),   QStringLiteral("name"),  QStringLiteral("contact_name"),
                                    QStringLiteral("mobile"), QStringLiteral("phone"), QStringLiteral("email"),
                                    QStringLiteral("province"), QStringLiteral("city")};

Entity entityOf(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return Entity::Customer;
    case ImportKind::Orders:
        return Entity::Order;
    case ImportKind::Contacts:
        return Entity::Contact;
    case ImportKind::Activities:
        return Entity::Activity;
    }
    return Entity::Customer;
}

bool isEmptyValue(const QVariant &v)
{
    return v.isNull() || !v.isValid() || (v.typeId() == QMetaType::QString && v.toString().isEmpty());
}

QString jsonText(const QVariant &v)
{
    if (v.typeId() == QMetaType::QVariantMap || v.typeId() == QMetaType::QStringList
        || v.typeId() == QMetaType::QVariantList)
        return QString::fromUtf8(QJsonDocument::fromVariant(v).toJson(QJsonDocument::Compact));
    return v.toString();
}

// Values are compared as stored text: SQL returns integers where the import has strings.
bool sameValue(const QVariant &a, const QVariant &b)
{
    return jsonText(a) == jsonText(b);
}

} // namespace

ImportWriter::ImportWriter(const Database &database, QSqlDatabase connection, const Config &config)
    : m_database(database)
    , m_db(std::move(connection))
    , m_config(config)
{
}

ImportWriter::~ImportWriter()
{
    qDeleteAll(m_statements);
    qDeleteAll(m_keyedStatements);
}

quint64 ImportWriter::hashKey(char kind, const QString &key)
{
    if (key.isEmpty())
        return 0;
    // A kind letter keeps a code "13800138000" apart from the same mobile; 64 bits make
    // collisions negligible (about 1 in 10^7 for a million keys).
    const quint64 h = quint64(qHash(QStringView(key), size_t(0x9e3779b97f4a7c15ULL)));
    const quint64 v = (h * 0x100000001b3ULL) ^ quint64(uchar(kind));
    return v ? v : 1;
}

ImportWriter::CustomerKeys ImportWriter::keysOf(const QString &code, const QString &mobile, const QString &email,
                                                const QString &name, const QString &kind)
{
    CustomerKeys k;
    k.code = hashKey('k', MatchKeys::code(code));
    k.mobile = hashKey('m', mobile);
    k.email = hashKey('e', email);
    // Company names identify companies; two people called 张伟 are not one customer.
    if (kind != QLatin1String("person"))
        k.company = hashKey('n', MatchKeys::companyName(name));
    return k;
}

void ImportWriter::prepareKeys(ImportRecord *record)
{
    const Record &v = record->values;
    const QString name = v.value(QStringLiteral("name")).toString();
    const CustomerKeys k = keysOf(v.value(QStringLiteral("code")).toString(), v.value(QStringLiteral("mobile")).toString(),
                                  v.value(QStringLiteral("email")).toString(), name,
                                  v.value(QStringLiteral("kind"), QStringLiteral("company")).toString());
    record->keys = {k.code, k.mobile, k.email, k.company, hashKey('x', name)};
    record->hasKeys = true;
}

void ImportWriter::remember(const CustomerKeys &keys, qint64 id)
{
    for (quint64 k : {keys.code, keys.mobile, keys.email, keys.company}) {
        if (k && !m_keys.contains(k))
            m_keys.insert(k, id);
    }
}

qint64 ImportWriter::findCustomer(const CustomerKeys &keys) const
{
    // Priority: code, then mobile, then e-mail, then company name.
    for (quint64 k : {keys.code, keys.mobile, keys.email, keys.company}) {
        if (k) {
            const auto it = m_keys.constFind(k);
            if (it != m_keys.constEnd())
                return it.value();
        }
    }
    return 0;
}

Status ImportWriter::load()
{
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, kind, code, mobile, email, name FROM customers WHERE deleted_at IS NULL "
                                   "ORDER BY id")))
            return makeError(Error::Database, q.lastError().text());
        m_keys.reserve(1024);
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const QString name = q.value(5).toString();
            remember(keysOf(q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), name,
                            q.value(1).toString()),
                     id);
            const quint64 n = hashKey('x', name);
            auto it = m_names.find(n);
            if (it == m_names.end())
                m_names.insert(n, id);
            else if (it.value() != id)
                it.value() = -1;
        }
    }
    qint64 existing = 0;
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM customers")) || !q.next())
            return makeError(Error::Database, q.lastError().text());
        existing = q.value(0).toLongLong();
        m_maxIdAtLoad = q.value(1).toLongLong();
    }
    if (!m_config.dryRun && m_database.backend() == Backend::SQLite) {
        m_fast = ImportFastPath::create(m_db);
        m_bulkCreates = m_fast && m_config.kind == ImportKind::Customers;
    }
    // Building an index over the whole table at the end beats updating it per row only
    // when the import is large and the table grows severalfold (10,000 rows into 2,000).
    if (!m_config.dryRun && m_config.kind == ImportKind::Customers && m_database.backend() == Backend::SQLite
        && m_config.expectedRows >= 10000 && existing * 4 <= m_config.expectedRows) {
        Status s = deferIndexes();
        if (!s)
            return s;
    }
    QSqlQuery u(m_db);
    u.setForwardOnly(true);
    if (!u.exec(QStringLiteral("SELECT id, username, display_name FROM users ORDER BY id")))
        return makeError(Error::Database, u.lastError().text());
    while (u.next()) {
        const qint64 id = u.value(0).toLongLong();
        // Display names first: they are what spreadsheets carry.
        if (!m_users.contains(u.value(2).toString()))
            m_users.insert(u.value(2).toString(), id);
        if (!m_users.contains(u.value(1).toString()))
            m_users.insert(u.value(1).toString(), id);
    }
    return {};
}

QSqlQuery &ImportWriter::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto *q = new QSqlQuery(m_db);
        q->prepare(sql);
        it = m_statements.insert(sql, q);
    }
    return *it.value();
}

const QString &ImportWriter::now()
{
    const qint64 ms = QDateTime::currentMSecsSinceEpoch(); // UTC: no time-zone lookup
    if (m_now.isEmpty() || ms - m_nowAt >= 1000 || ms < m_nowAt) {
        m_now = Values::now();
        m_nowAt = ms;
    }
    return m_now;
}

template<typename Build>
QSqlQuery &ImportWriter::prepared(quint64 key, Build build)
{
    auto it = m_keyedStatements.find(key);
    if (it == m_keyedStatements.end()) {
        auto *q = new QSqlQuery(m_db);
        q->prepare(build());
        it = m_keyedStatements.insert(key, q);
    }
    return *it.value();
}

Result<ImportWriter::Outcome> ImportWriter::write(ImportRecord &record, RowProblem *problem)
{
    if (m_config.kind == ImportKind::Customers)
        return writeCustomer(record, problem);
    return writeChild(record, problem);
}

Result<qint64> ImportWriter::resolveUser(const QString &name)
{
    const auto it = m_users.constFind(name);
    if (it != m_users.constEnd())
        return it.value();
    qint64 id = m_nextDryRunId--;
    if (!m_config.dryRun) {
        const QString now = this->now();
        QSqlQuery &q = prepared(QStringLiteral("INSERT INTO users (username, display_name, created_at, updated_at) "
                                               "VALUES (?, ?, ?, ?) RETURNING id"));
        q.bindValue(0, name);
        q.bindValue(1, name);
        q.bindValue(2, now);
        q.bindValue(3, now);
        if (!q.exec() || !q.next())
            return makeError(Error::Database, q.lastError().text());
        id = q.value(0).toLongLong();
        q.finish();
        Status s = recordChange(Entity::User, id, QStringLiteral("create"), 0, QString(), 0, 1);
        if (!s)
            return s.error();
    }
    m_users.insert(name, id);
    ++m_usersCreated;
    return id;
}

Result<ImportWriter::Outcome> ImportWriter::writeCustomer(ImportRecord &record, RowProblem *problem)
{
    Record &v = record.values;
    if (!record.owner.isEmpty()) {
        auto owner = resolveUser(record.owner);
        if (!owner)
            return owner.error();
        v.insert(QStringLiteral("owner_id"), owner.value());
    }
    if (!record.hasKeys)
        prepareKeys(&record);
    const CustomerKeys keys{record.keys[0], record.keys[1], record.keys[2], record.keys[3]};
    qint64 id = findCustomer(keys);
    if (m_config.policy == DuplicatePolicy::Create && id) {
        // A customer code is unique: "create anyway" cannot reuse one.
        if (keys.code && m_keys.value(keys.code) != 0) {
            *problem = {tr("duplicate code"), tr("Customer code \"%1\" is already used by another customer.")
                                                  .arg(v.value(QStringLiteral("code")).toString())};
            return makeError(Error::Invalid, problem->message);
        }
        id = 0;
    }
    if (!id) {
        if (v.value(QStringLiteral("name")).toString().isEmpty()) {
            *problem = {tr("no name"), tr("No customer has this mobile, e-mail or code, and the row has no name to "
                                          "create one with.")};
            return makeError(Error::Invalid, problem->message);
        }
        auto created = insertRow(Entity::Customer, v, record.custom, 0,
                                 record.hasSearchTokens ? &record.searchTokens : nullptr);
        if (!created)
            return created.error();
        remember(keys, created.value());
        const quint64 n = record.keys[4];
        m_names.insert(n, m_names.contains(n) ? -1 : created.value());
        return Outcome::Created;
    }
    const bool createdHere = isCreatedHere(id);
    if (m_config.policy == DuplicatePolicy::Skip)
        return Outcome::Skipped;
    const bool overwrite = m_config.policy == DuplicatePolicy::Update;
    if (!m_config.dryRun) {
        Status s = mergeRow(Entity::Customer, id, v, record.custom, overwrite, createdHere, id);
        if (!s)
            return s.error();
    }
    remember(keys, id); // an e-mail first seen here now identifies this customer too
    return overwrite && !createdHere ? Outcome::Updated : Outcome::Merged;
}

Result<qint64> ImportWriter::resolveCustomer(const ImportRecord &record, RowProblem *problem)
{
    const CustomerKeys keys = keysOf(record.customerCode, record.customerMobile, record.customerEmail, QString(),
                                     QStringLiteral("person"));
    qint64 id = findCustomer(keys);
    if (!id && !record.customerName.isEmpty()) {
        id = m_names.value(hashKey('x', record.customerName));
        if (id == -1) {
            *problem = {tr("ambiguous customer"), tr("Several customers are named \"%1\"; add a customer code or "
                                                     "mobile column to tell them apart.")
                                                      .arg(record.customerName)};
            return makeError(Error::Invalid, problem->message);
        }
        if (!id)
            id = m_keys.value(hashKey('n', MatchKeys::companyName(record.customerName)));
    }
    if (id)
        return id;
    if (m_config.createMissingCustomers && !record.customerName.isEmpty()) {
        ImportRecord customer;
        customer.values.insert(QStringLiteral("name"), record.customerName);
        if (!record.customerCode.isEmpty())
            customer.values.insert(QStringLiteral("code"), record.customerCode);
        if (!record.customerMobile.isEmpty())
            customer.values.insert(QStringLiteral("mobile"), record.customerMobile);
        if (!record.customerEmail.isEmpty())
            customer.values.insert(QStringLiteral("email"), record.customerEmail);
        auto created = insertRow(Entity::Customer, customer.values, {}, 0);
        if (!created)
            return created.error();
        remember(keysOf(record.customerCode, record.customerMobile, record.customerEmail, record.customerName,
                        QStringLiteral("company")),
                 created.value());
        m_names.insert(hashKey('x', record.customerName), created.value());
        ++m_customersCreated;
        return created.value();
    }
    QStringList by;
    if (!record.customerCode.isEmpty())
        by << tr("code %1").arg(record.customerCode);
    if (!record.customerMobile.isEmpty())
        by << tr("mobile %1").arg(record.customerMobile);
    if (!record.customerEmail.isEmpty())
        by << tr("e-mail %1").arg(record.customerEmail);
    if (!record.customerName.isEmpty())
        by << tr("name %1").arg(record.customerName);
    *problem = {tr("customer not found"), tr("No customer found with %1.").arg(by.join(tr(", ")))};
    return makeError(Error::Invalid, problem->message);
}

Result<ImportWriter::Outcome> ImportWriter::writeChild(ImportRecord &record, RowProblem *problem)
{
    const Entity entity = entityOf(m_config.kind);
    auto customer = resolveCustomer(record, problem);
    if (!customer)
        return customer.error();
    const qint64 customerId = customer.value();
    Record &v = record.values;
    if (m_config.kind == ImportKind::Activities) {
        if (!v.contains(QStringLiteral("kind")))
            v.insert(QStringLiteral("kind"), QStringLiteral("note"));
        if (!record.owner.isEmpty()) {
            auto user = resolveUser(record.owner);
            if (!user)
                return user.error();
            v.insert(QStringLiteral("user_id"), user.value());
        }
    }
    if (m_config.kind == ImportKind::Orders && !v.contains(QStringLiteral("status")))
        v.insert(QStringLiteral("status"), QStringLiteral("completed"));

    auto existing = findExistingChild(entity, customerId, v);
    if (!existing)
        return existing.error();
    qint64 id = existing.value();
    if (id && m_config.policy == DuplicatePolicy::Create) {
        if (entity == Entity::Order && !v.value(QStringLiteral("order_no")).toString().isEmpty()) {
            *problem = {tr("duplicate order number"), tr("Order number \"%1\" already exists.")
                                                          .arg(v.value(QStringLiteral("order_no")).toString())};
            return makeError(Error::Invalid, problem->message);
        }
        id = 0;
    }
    if (!id) {
        auto created = insertRow(entity, v, record.custom, customerId);
        if (!created)
            return created.error();
        // A later identical row of the file merges into this one.
        for (quint64 sig : childSignatures(entity, customerId, v))
            m_children.insert(sig, created.value());
        m_childrenCreated.insert(created.value());
        return Outcome::Created;
    }
    if (m_config.policy == DuplicatePolicy::Skip)
        return Outcome::Skipped;
    const bool overwrite = m_config.policy == DuplicatePolicy::Update;
    const bool createdHere = m_childrenCreated.contains(id);
    if (!m_config.dryRun) {
        Record changes = v;
        changes.remove(QStringLiteral("customer_id")); // a matched order stays with its customer
        Status s = mergeRow(entity, id, changes, record.custom, overwrite, createdHere, customerId);
        if (!s)
            return s.error();
    }
    return overwrite && !createdHere ? Outcome::Updated : Outcome::Merged;
}

QList<quint64> ImportWriter::childSignatures(Entity entity, qint64 customerId, const Record &v)
{
    auto text = [&](const char *key) { return v.value(QLatin1String(key)).toString(); };
    const QString c = QString::number(customerId) + QLatin1Char('|');
    QList<quint64> out;
    switch (entity) {
    case Entity::Order:
        if (!text("order_no").isEmpty())
            out << hashKey('o', text("order_no"));
        else
            out << hashKey('O', c + text("ordered_at") + QLatin1Char('|') + text("amount_cents") + QLatin1Char('|')
                                    + text("product"));
        break;
    case Entity::Contact:
        if (!text("mobile").isEmpty())
            out << hashKey('c', c + text("mobile"));
        if (!text("email").isEmpty())
            out << hashKey('e', c + text("email"));
        out << hashKey('C', c + text("name"));
        break;
    default:
        out << hashKey('a', c + text("occurred_at") + QLatin1Char('|') + text("kind") + QLatin1Char('|') + text("subject"));
        break;
    }
    return out;
}

Result<qint64> ImportWriter::findExistingChild(Entity entity, qint64 customerId, const Record &v)
{
    for (quint64 sig : childSignatures(entity, customerId, v)) {
        const qint64 id = m_children.value(sig);
        if (id)
            return id;
    }
    // A customer this import creates has no rows from before.
    if (isCreatedHere(customerId))
        return qint64(0);
    auto text = [&](const char *key) { return v.value(QLatin1String(key)).toString(); };
    QSqlQuery *q = nullptr;
    switch (entity) {
    case Entity::Order:
        if (!text("order_no").isEmpty()) {
            q = &prepared(QStringLiteral("SELECT id FROM orders WHERE order_no = ?"));
            q->bindValue(0, text("order_no"));
        } else {
            q = &prepared(QStringLiteral("SELECT id FROM orders WHERE customer_id = ? AND ordered_at = ? AND "
                                         "amount_cents = ? AND product = ? ORDER BY id LIMIT 1"));
            q->bindValue(0, customerId);
            q->bindValue(1, text("ordered_at"));
            q->bindValue(2, v.value(QStringLiteral("amount_cents")).toLongLong());
            q->bindValue(3, Sql::text(text("product")));
        }
        break;
    case Entity::Contact:
        q = &prepared(QStringLiteral("SELECT id FROM contacts WHERE customer_id = ? AND ((mobile <> '' AND mobile = ?) "
                                     "OR (email <> '' AND email = ?) OR name = ?) ORDER BY id LIMIT 1"));
        q->bindValue(0, customerId);
        q->bindValue(1, Sql::text(text("mobile")));
        q->bindValue(2, Sql::text(text("email")));
        q->bindValue(3, text("name"));
        break;
    default:
        q = &prepared(QStringLiteral("SELECT id FROM activities WHERE customer_id = ? AND occurred_at = ? AND kind = ? "
                                     "AND subject = ? ORDER BY id LIMIT 1"));
        q->bindValue(0, customerId);
        q->bindValue(1, text("occurred_at"));
        q->bindValue(2, text("kind"));
        q->bindValue(3, Sql::text(text("subject")));
        break;
    }
    if (!q->exec())
        return makeError(Error::Database, q->lastError().text());
    const qint64 id = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return id;
}

Result<qint64> ImportWriter::insertRow(Entity entity, const Record &valuesIn, const QVariantMap &custom,
                                       qint64 customerId, const QString *searchTokens)
{
    const EntitySpec &spec = entitySpec(entity);
    Record values = valuesIn;
    if (spec.customerKey.size() && customerId)
        values.insert(spec.customerKey, customerId);
    if (entity == Entity::Customer && !values.contains(QStringLiteral("kind")))
        values.insert(QStringLiteral("kind"), QStringLiteral("company"));
    if (m_config.dryRun)
        return m_nextDryRunId--;

    const QString &now = this->now();
    QVariantList binds;
    // The statement's key: the entity and which of its fields this row has (the columns
    // vary per row, since empty cells are left out).
    quint64 present = 0;
    Q_ASSERT(spec.fields.size() < 56);
    for (qsizetype i = 0; i < spec.fields.size(); ++i) {
        const FieldSpec &f = spec.fields.at(i);
        const auto it = values.constFind(f.key);
        if (it == values.constEnd())
            continue;
        present |= quint64(1) << i;
        binds << Sql::bindValue(f, it.value());
    }
    if (spec.hasCustomFields)
        binds << Sql::encodeJson(custom);
    if (entity == Entity::Customer)
        binds << (searchTokens ? *searchTokens : RecordStore::customerSearchTokens(values));
    binds << values.value(QStringLiteral("created_at"), now).toString() << now;

    const quint64 key = present | (quint64(entity) << 56) | (quint64(1) << 63);
    auto sql = [&] {
        QStringList columns;
        for (qsizetype i = 0; i < spec.fields.size(); ++i) {
            if (present & (quint64(1) << i))
                columns << spec.fields.at(i).key;
        }
        if (spec.hasCustomFields)
            columns << QStringLiteral("custom");
        if (entity == Entity::Customer)
            columns << QStringLiteral("search_tokens");
        columns << QStringLiteral("created_at") << QStringLiteral("updated_at");
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(spec.table, columns.join(QLatin1String(", ")), Sql::placeholders(int(columns.size())));
    };
    qint64 id = 0;
    if (m_fast) {
        if (!m_fast->exec(key, sql, binds, &id))
            return Sql::translateError(m_database.dialect(), m_fast->lastError(), spec);
        if (m_bulkCreates && entity == Entity::Customer)
            return id; // (finish() records it)
        Status s = recordChange(entity, id, QStringLiteral("create"), entity == Entity::Customer ? id : customerId,
                                QString(), 0, 1);
        if (!s)
            return s.error();
        return id;
    }
    QSqlQuery &q = prepared(key, [&]() -> QString { return sql() + QStringLiteral(" RETURNING id"); });
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec() || !q.next()) {
        const Error e = Sql::translateError(m_database.dialect(), q.lastError(), spec);
        q.finish();
        return e;
    }
    id = q.value(0).toLongLong();
    q.finish();
    Status s = recordChange(entity, id, QStringLiteral("create"), entity == Entity::Customer ? id : customerId,
                            QString(), 0, 1);
    if (!s)
        return s.error();
    return id;
}

Status ImportWriter::mergeRow(Entity entity, qint64 id, const Record &values, const QVariantMap &custom, bool overwrite,
                              bool createdHere, qint64 customerId)
{
    const EntitySpec &spec = entitySpec(entity);
    auto readSql = [&] { return QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(spec.table); };
    auto readWhole = [&](Record *out) -> Status {
        bool found = false;
        if (!m_fast->readRow(quint64(entity) << 56, readSql, id, out, &found))
            return makeError(Error::Database, m_fast->lastError().text());
        if (!found)
            return makeError(Error::NotFound, tr("A matched record was deleted during the import."));
        return {};
    };
    Record current;
    // The fast path reads only the columns the row brings (most merges change nothing, and
    // a whole customer is 27 columns); the rest is read when the search tokens need it.
    bool partial = false;
    if (m_fast) {
        quint64 present = 0;
        Q_ASSERT(spec.fields.size() < 54);
        for (qsizetype i = 0; i < spec.fields.size(); ++i) {
            if (spec.fields.at(i).key != spec.customerKey && values.contains(spec.fields.at(i).key))
                present |= quint64(1) << i;
        }
        const bool withCustom = spec.hasCustomFields && !custom.isEmpty();
        const quint64 key = present | (quint64(withCustom) << 54) | (quint64(1) << 55) | (quint64(entity) << 56);
        auto partialSql = [&] {
            QStringList columns = {QStringLiteral("id"), QStringLiteral("version")};
            if (withCustom)
                columns << QStringLiteral("custom");
            for (qsizetype i = 0; i < spec.fields.size(); ++i) {
                if (present & (quint64(1) << i))
                    columns << spec.fields.at(i).key;
            }
            return QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(QLatin1String(", ")), spec.table);
        };
        bool found = false;
        if (!m_fast->readRow(key, partialSql, id, &current, &found))
            return makeError(Error::Database, m_fast->lastError().text());
        if (!found)
            return makeError(Error::NotFound, tr("A matched record was deleted during the import."));
        partial = true;
    } else {
        QSqlQuery &read = prepared(quint64(entity) << 56, readSql);
        read.bindValue(0, id);
        if (!read.exec())
            return makeError(Error::Database, read.lastError().text());
        if (!read.next()) {
            read.finish();
            return makeError(Error::NotFound, tr("A matched record was deleted during the import."));
        }
        current = Sql::recordFromQuery(read);
        read.finish();
    }

    QJsonObject before;
    QStringList sets;
    QVariantList binds;
    bool searchChanged = false;
    auto wants = [&](const QVariant &old, const QVariant &incoming) {
        if (isEmptyValue(incoming))
            return false;
        return overwrite ? !sameValue(old, incoming) : isEmptyValue(old);
    };
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!spec.field(it.key()) || it.key() == spec.customerKey)
            continue;
        const QVariant old = current.value(it.key());
        if (!wants(old, it.value()))
            continue;
        before.insert(it.key(), old.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(old));
        sets << it.key() + QStringLiteral(" = ?");
        binds << it.value();
        current.insert(it.key(), it.value());
        searchChanged = searchChanged || kSearchColumns.contains(it.key());
    }
    if (spec.hasCustomFields && !custom.isEmpty()) {
        QVariantMap merged = current.value(QStringLiteral("custom")).toMap();
        bool changed = false;
        for (auto it = custom.constBegin(); it != custom.constEnd(); ++it) {
            const QVariant old = merged.value(it.key());
            if (!wants(old, it.value()))
                continue;
            before.insert(QStringLiteral("custom.") + it.key(),
                          old.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(old));
            merged.insert(it.key(), it.value());
            changed = true;
        }
        if (changed) {
            sets << QStringLiteral("custom = ?");
            binds << Sql::encodeJson(merged);
        }
    }
    if (sets.isEmpty())
        return {};
    QString oldTokens;
    if (entity == Entity::Customer && searchChanged) {
        if (partial) {
            // The whole row with this merge's values, for its tokens.
            Record whole;
            Status s = readWhole(&whole);
            if (!s)
                return s;
            oldTokens = whole.value(QStringLiteral("search_tokens")).toString();
            for (auto it = current.constBegin(); it != current.constEnd(); ++it)
                whole.insert(it.key(), it.value());
            current = whole;
        } else {
            oldTokens = current.value(QStringLiteral("search_tokens")).toString();
        }
        sets << QStringLiteral("search_tokens = ?");
        binds << RecordStore::customerSearchTokens(current);
    }
    const int oldVersion = current.value(QStringLiteral("version")).toInt();
    // Rows this import created keep version 1: undo deletes them anyway, and a later edit
    // by a user is still told apart by its version.
    const int newVersion = createdHere ? oldVersion : oldVersion + 1;
    sets << QStringLiteral("updated_at = ?") << QStringLiteral("version = ?");
    binds << now() << newVersion;
    const QString update = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(spec.table, sets.join(QLatin1String(", ")));
    if (m_fast) {
        if (!m_fast->exec(update, binds + QVariantList{id}))
            return Sql::translateError(m_database.dialect(), m_fast->lastError(), spec);
    } else {
        QSqlQuery &q = prepared(update);
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        q.bindValue(int(binds.size()), id);
        if (!q.exec()) {
            const Error e = Sql::translateError(m_database.dialect(), q.lastError(), spec);
            q.finish();
            return e;
        }
        q.finish();
    }
    if (createdHere)
        return {}; // (finish() indexes this import's rows with their final tokens)
    if (m_deferred && entity == Entity::Customer && searchChanged) {
        // customers_fts_au is dropped for the import: do what it does.
        QSqlQuery &fts = prepared(quint64(1) << 61, [] {
            return QStringLiteral("INSERT INTO customer_fts (customer_fts, rowid, search_tokens) VALUES ('delete', ?, ?)");
        });
        fts.bindValue(0, id);
        fts.bindValue(1, oldTokens);
        if (!fts.exec())
            return makeError(Error::Database, fts.lastError().text());
        QSqlQuery &add = prepared((quint64(1) << 61) | 1, [] {
            return QStringLiteral("INSERT INTO customer_fts (rowid, search_tokens) VALUES (?, ?)");
        });
        add.bindValue(0, id);
        add.bindValue(1, binds.at(sets.indexOf(QStringLiteral("search_tokens = ?"))));
        if (!add.exec())
            return makeError(Error::Database, add.lastError().text());
    }
    return recordChange(entity, id, QStringLiteral("update"), customerId,
                        QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)), oldVersion, newVersion);
}

Status ImportWriter::recordChange(Entity entity, qint64 rowId, const QString &action, qint64 customerId,
                                  const QString &before, int beforeVersion, int afterVersion)
{
    auto sql = [] {
        return QStringLiteral("INSERT INTO import_changes (batch_id, entity, row_id, action, customer_id, "
                              "before_values, before_version, after_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    };
    const QVariantList binds = {m_config.batchId,
                                entitySpec(entity).name,
                                rowId,
                                action,
                                customerId > 0 ? QVariant(customerId) : QVariant(QMetaType::fromType<qlonglong>()),
                                before.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(before),
                                beforeVersion > 0 ? QVariant(beforeVersion) : QVariant(QMetaType::fromType<int>()),
                                afterVersion};
    if (m_fast) {
        if (!m_fast->exec(quint64(1) << 62, sql, binds))
            return makeError(Error::Database, m_fast->lastError().text());
        return {};
    }
    QSqlQuery &q = prepared(quint64(1) << 62, sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return makeError(Error::Database, q.lastError().text());
    q.finish();
    return {};
}

} // namespace Patron
