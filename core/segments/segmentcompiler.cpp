#include "segmentcompiler.h"

#include "rfm/rfmtypes.h"
#include "services/fieldservice.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "util/values.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace Patron {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Patron::SegmentCompiler", text);
}

// How a field is compared; decides its operators and SQL.
enum class Type { Text, Choice, Number, Money, Date, Bool, Owner, Tag, MultiChoice, Days, Count, Amount };

struct Builtin
{
    const char *key;
    Type type;
    const char *label; ///< untranslated; nullptr = the customer field label
};

const Builtin kBuiltins[] = {
    {"name", Type::Text, nullptr},
    {"code", Type::Text, nullptr},
    {"kind", Type::Choice, nullptr},
    {"contact_name", Type::Text, nullptr},
    {"mobile", Type::Text, nullptr},
    {"phone", Type::Text, nullptr},
    {"email", Type::Text, nullptr},
    {"province", Type::Text, nullptr},
    {"city", Type::Text, nullptr},
    {"address", Type::Text, nullptr},
    {"industry", Type::Text, nullptr},
    {"source", Type::Text, nullptr},
    {"notes", Type::Text, nullptr},
    {"lifecycle_stage", Type::Choice, nullptr},
    {"owner", Type::Owner, nullptr},
    {"tag", Type::Tag, QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "Tag")},
    {"created_at", Type::Date, QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "Created")},
    {"updated_at", Type::Date, QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "Updated")},
    {"archived", Type::Bool, nullptr},
    {"orders.count", Type::Count, QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "Number of orders")},
    {"orders.amount", Type::Amount, QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "Order amount (yuan)")},
    {"orders.first_at", Type::Date, QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "First order date")},
    {"days_since_order", Type::Days, QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "Days since last order")},
    {"days_since_activity", Type::Days, QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "Days since last follow-up")},
    {"rfm.segment", Type::Choice, QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "RFM segment")},
    {"rfm.tier", Type::Choice, QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "Customer tier")},
    {"rfm.recency_days", Type::Number, QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "RFM recency (days)")},
    {"rfm.frequency", Type::Number, QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "RFM frequency")},
    {"rfm.monetary", Type::Money, QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "RFM monetary (yuan)")},
    {"rfm.r_score", Type::Number, QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "RFM R score")},
    {"rfm.f_score", Type::Number, QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "RFM F score")},
    {"rfm.m_score", Type::Number, QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "RFM M score")},
};

const Builtin *findBuiltin(const QString &key)
{
    for (const Builtin &b : kBuiltins) {
        if (key == QLatin1String(b.key))
            return &b;
    }
    return nullptr;
}

QStringList operatorsOf(Type t)
{
    auto l = [](const char *ops) { return QString::fromLatin1(ops).split(QLatin1Char(' ')); };
    switch (t) {
    case Type::Text: return l("eq ne in not_in contains not_contains starts_with empty not_empty");
    case Type::Choice: return l("eq ne in not_in empty not_empty");
    case Type::Number:
    case Type::Money: return l("eq ne lt le gt ge between in not_in empty not_empty");
    case Type::Count:
    case Type::Amount: return l("eq ne lt le gt ge between");
    case Type::Date:
    case Type::Days: return l("eq ne lt le gt ge between empty not_empty");
    case Type::Bool: return l("eq ne");
    case Type::Owner: return l("eq ne in not_in empty not_empty");
    case Type::Tag: return l("has not_has");
    case Type::MultiChoice: return l("contains not_contains in not_in empty not_empty");
    }
    return {};
}

QString typeName(Type t)
{
    switch (t) {
    case Type::Text: return QStringLiteral("text");
    case Type::Choice: return QStringLiteral("choice");
    case Type::Number: return QStringLiteral("number");
    case Type::Money: return QStringLiteral("money");
    case Type::Date: return QStringLiteral("date");
    case Type::Bool: return QStringLiteral("bool");
    case Type::Owner: return QStringLiteral("owner");
    case Type::Tag: return QStringLiteral("tag");
    case Type::MultiChoice: return QStringLiteral("multichoice");
    case Type::Days: return QStringLiteral("days");
    case Type::Count: return QStringLiteral("count");
    case Type::Amount: return QStringLiteral("amount");
    }
    return {};
}

QStringList choiceValues(const QString &key)
{
    if (key == QLatin1String("kind"))
        return {QStringLiteral("company"), QStringLiteral("person")};
    if (key == QLatin1String("lifecycle_stage"))
        return entitySpec(Entity::Customer).field(key)->choices;
    if (key == QLatin1String("rfm.segment"))
        return Rfm::allSegmentKeys();
    if (key == QLatin1String("rfm.tier"))
        return QStringList{QString()} + Rfm::tierKeys();
    return {};
}

QStringList optionsOf(const Record &def)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(def.value(QStringLiteral("options")).toString().toUtf8()).array())
        out << v.toString();
    return out;
}

bool validCustomKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    return re.match(key).hasMatch();
}

QString likeEscape(const QString &text)
{
    QString out;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('\\') || ch == QLatin1Char('%') || ch == QLatin1Char('_'))
            out += QLatin1Char('\\');
        out += ch;
    }
    return out;
}

const QString kCounted = QStringLiteral("o.status NOT IN ('cancelled', 'refunded')");

} // namespace

struct SegmentCompiler::Context
{
    QVariantMap binds;
    int next = 0;
    QString prefix;
    QDate asOf;

    QString bind(const QVariant &value)
    {
        const QString name = prefix + QString::number(next++);
        binds.insert(name, value);
        return name;
    }
};

SegmentCompiler::SegmentCompiler(const Dialect &dialect, QList<Record> customFields)
    : m_dialect(dialect)
    , m_customFields(std::move(customFields))
{
}

QDate SegmentCompiler::asOf() const
{
    return m_asOf.isValid() ? m_asOf : QDate::currentDate();
}

bool SegmentCompiler::usesCustomFields(const Condition &condition)
{
    if (!condition.isGroup())
        return condition.field.startsWith(QLatin1String("custom."));
    for (const Condition &c : condition.children) {
        if (usesCustomFields(c))
            return true;
    }
    return false;
}

Result<CompiledCondition> SegmentCompiler::compile(const Condition &condition) const
{
    Context ctx;
    ctx.prefix = m_prefix;
    ctx.asOf = asOf();
    Result<QString> sql = compileNode(condition, ctx);
    if (!sql)
        return sql.error();
    return CompiledCondition{sql.value(), ctx.binds};
}

Result<QString> SegmentCompiler::compileNode(const Condition &node, Context &ctx) const
{
    if (!node.isGroup())
        return compileLeaf(node, ctx);
    if (node.children.isEmpty())
        return QStringLiteral("1 = 1");
    QStringList parts;
    for (const Condition &child : node.children) {
        Result<QString> part = compileNode(child, ctx);
        if (!part)
            return part;
        parts << part.value();
    }
    if (parts.size() == 1)
        return parts.first();
    return QLatin1Char('(') + parts.join(node.kind == Condition::Kind::All ? QLatin1String(" AND ") : QLatin1String(" OR "))
           + QLatin1Char(')');
}

namespace {

// Turns a leaf's value(s) into bindable values of the field's type, with clear errors.
struct LeafChecker
{
    const Condition &leaf;
    QString name; ///< how messages name the field

    Error error(const QString &what) const
    {
        return Error{Error::Invalid, tr("Condition on \"%1\": %2").arg(name, what)};
    }

    Result<QVariantList> values(bool list, int exactly = -1) const
    {
        const bool isList = leaf.value.typeId() == QMetaType::QVariantList || leaf.value.typeId() == QMetaType::QStringList;
        if (list != isList || (!list && (!leaf.value.isValid() || leaf.value.isNull())))
            return error(list ? tr("the operator \"%1\" needs a list of values.").arg(leaf.op)
                              : tr("the operator \"%1\" needs one value.").arg(leaf.op));
        const QVariantList items = list ? leaf.value.toList() : QVariantList{leaf.value};
        if (exactly >= 0 && items.size() != exactly)
            return error(tr("the operator \"%1\" needs exactly %2 values.").arg(leaf.op).arg(exactly));
        return items;
    }

    Result<double> number(const QVariant &v) const
    {
        bool ok = false;
        const double d = v.typeId() == QMetaType::QString ? v.toString().trimmed().toDouble(&ok) : v.toDouble(&ok);
        if (!ok || !std::isfinite(d) || v.typeId() == QMetaType::Bool)
            return error(tr("\"%1\" is not a number.").arg(v.toString()));
        return d;
    }

    Result<qint64> wholeNumber(const QVariant &v) const
    {
        Result<double> d = number(v);
        if (!d)
            return d.error();
        if (d.value() != std::floor(d.value()) || std::fabs(d.value()) > 1e15)
            return error(tr("\"%1\" is not a whole number.").arg(v.toString()));
        return qint64(d.value());
    }

    Result<QDate> date(const QVariant &v) const
    {
        const QString text = v.toString().trimmed();
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (text.size() != 10 || !d.isValid())
            return error(tr("\"%1\" is not a date (YYYY-MM-DD).").arg(text));
        return d;
    }
};

} // namespace

Result<QString> SegmentCompiler::compileLeaf(const Condition &leaf, Context &ctx) const
{
    // Resolve the field against the whitelist.
    Type type = Type::Text;
    QString expr;       // SQL of the value, for scalar fields
    QString label;
    QStringList choices;
    bool nullable = false;
    const Builtin *builtin = findBuiltin(leaf.field);
    QString customKey;
    if (builtin) {
        type = builtin->type;
        label = builtin->label ? tr(builtin->label) : fieldLabel(Entity::Customer, leaf.field == QLatin1String("owner") ? QStringLiteral("owner_id") : leaf.field);
        choices = choiceValues(leaf.field);
        if (!leaf.field.contains(QLatin1Char('.')) && type != Type::Owner && type != Type::Tag && type != Type::Days)
            expr = leaf.field == QLatin1String("code") ? QStringLiteral("COALESCE(c.code, '')") : QStringLiteral("c.") + leaf.field;
    } else if (leaf.field.startsWith(QLatin1String("custom."))) {
        customKey = leaf.field.mid(7);
        const Record *def = nullptr;
        for (const Record &d : m_customFields) {
            if (d.value(QStringLiteral("field_key")).toString() == customKey)
                def = &d;
        }
        if (!def || !validCustomKey(customKey))
            return Error{Error::Invalid, tr("Unknown field \"%1\" in the condition.").arg(leaf.field)};
        label = def->value(QStringLiteral("label")).toString();
        const QString ft = def->value(QStringLiteral("field_type")).toString();
        nullable = true;
        if (ft == QLatin1String("number") || ft == QLatin1String("money")) {
            type = ft == QLatin1String("money") ? Type::Money : Type::Number;
            expr = m_dialect.jsonNumber(QStringLiteral("c.custom"), customKey);
        } else if (ft == QLatin1String("date")) {
            type = Type::Date;
            expr = m_dialect.jsonText(QStringLiteral("c.custom"), customKey);
        } else if (ft == QLatin1String("bool")) {
            type = Type::Bool;
        } else if (ft == QLatin1String("multichoice")) {
            type = Type::MultiChoice;
            choices = optionsOf(*def);
        } else {
            type = ft == QLatin1String("choice") ? Type::Choice : Type::Text;
            if (type == Type::Choice)
                choices = optionsOf(*def);
            expr = QStringLiteral("COALESCE(%1, '')").arg(m_dialect.jsonText(QStringLiteral("c.custom"), customKey));
        }
    } else {
        return Error{Error::Invalid, tr("Unknown field \"%1\" in the condition.").arg(leaf.field)};
    }
    const LeafChecker check{leaf, label.isEmpty() ? leaf.field : label};
    const QString op = leaf.op;
    if (!operatorsOf(type).contains(op))
        return check.error(tr("the operator \"%1\" cannot be used with this field (it takes: %2).")
                               .arg(op, operatorsOf(type).join(QLatin1String(", "))));

    // Periods only where they mean something.
    const bool periodic = type == Type::Count || type == Type::Amount;
    const bool hasPeriod = leaf.days > 0 || !leaf.from.isEmpty() || !leaf.to.isEmpty();
    if (hasPeriod && !periodic)
        return check.error(tr("this field does not take a period."));
    if (leaf.days > 0 && (!leaf.from.isEmpty() || !leaf.to.isEmpty()))
        return check.error(tr("give either a number of days or dates, not both."));

    const QDate asOf = ctx.asOf;
    const QString dayAfterAsOf = Values::storeDate(asOf.addDays(1));

    // Builds the comparison of a scalar SQL expression with typed values.
    auto compare = [&](const QString &e, const QVariantList &vals, bool isNullable) -> QString {
        QStringList names;
        for (const QVariant &v : vals)
            names << ctx.bind(v);
        auto notOr = [&](const QString &positive) {
            return isNullable ? QStringLiteral("(%1 IS NULL OR NOT (%2))").arg(e, positive) : QStringLiteral("NOT (%1)").arg(positive);
        };
        if (op == QLatin1String("eq")) return QStringLiteral("%1 = %2").arg(e, names.value(0));
        if (op == QLatin1String("ne")) return notOr(QStringLiteral("%1 = %2").arg(e, names.value(0)));
        if (op == QLatin1String("lt")) return QStringLiteral("%1 < %2").arg(e, names.value(0));
        if (op == QLatin1String("le")) return QStringLiteral("%1 <= %2").arg(e, names.value(0));
        if (op == QLatin1String("gt")) return QStringLiteral("%1 > %2").arg(e, names.value(0));
        if (op == QLatin1String("ge")) return QStringLiteral("%1 >= %2").arg(e, names.value(0));
        if (op == QLatin1String("between"))
            return QStringLiteral("(%1 >= %2 AND %1 <= %3)").arg(e, names.value(0), names.value(1));
        if (op == QLatin1String("in"))
            return names.isEmpty() ? QStringLiteral("1 = 0") : QStringLiteral("%1 IN (%2)").arg(e, names.join(QLatin1String(", ")));
        if (op == QLatin1String("not_in"))
            return names.isEmpty() ? QStringLiteral("1 = 1") : notOr(QStringLiteral("%1 IN (%2)").arg(e, names.join(QLatin1String(", "))));
        return QStringLiteral("1 = 0");
    };
    const bool listOp = op == QLatin1String("in") || op == QLatin1String("not_in") || op == QLatin1String("between");
    const bool noValue = op == QLatin1String("empty") || op == QLatin1String("not_empty");
    Result<QVariantList> raw = noValue ? Result<QVariantList>(QVariantList{})
                                       : check.values(listOp, op == QLatin1String("between") ? 2 : -1);
    if (!raw)
        return raw.error();

    // Typed values of the field.
    QVariantList vals;
    for (const QVariant &v : raw.value()) {
        switch (type) {
        case Type::Text:
            vals << v.toString();
            break;
        case Type::Choice:
        case Type::MultiChoice: {
            const QString s = v.toString();
            if (!choices.contains(s))
                return check.error(tr("\"%1\" is not one of the choices.").arg(s));
            vals << s;
            break;
        }
        case Type::Number: {
            Result<double> d = check.number(v);
            if (!d)
                return d.error();
            vals << d.value();
            break;
        }
        case Type::Money:
        case Type::Amount: {
            Result<double> d = check.number(v);
            if (!d)
                return d.error();
            vals << qint64(std::llround(d.value() * 100.0));
            break;
        }
        case Type::Count:
        case Type::Owner:
        case Type::Tag:
        case Type::Days: {
            Result<qint64> n = check.wholeNumber(v);
            if (!n)
                return n.error();
            vals << n.value();
            break;
        }
        case Type::Date: {
            Result<QDate> d = check.date(v);
            if (!d)
                return d.error();
            vals << d.value();
            break;
        }
        case Type::Bool: {
            const QString s = v.toString().trimmed().toLower();
            if (v.typeId() == QMetaType::Bool || s == QLatin1String("true") || s == QLatin1String("false")
                || s == QLatin1String("1") || s == QLatin1String("0"))
                vals << (v.typeId() == QMetaType::Bool ? v.toBool() : (s == QLatin1String("true") || s == QLatin1String("1")));
            else
                return check.error(tr("\"%1\" is not yes or no (true / false).").arg(v.toString()));
            break;
        }
        }
    }
    const QVariant first = vals.value(0);

    switch (type) {
    case Type::Text:
    case Type::Choice: {
        if (leaf.field.startsWith(QLatin1String("rfm.")))
            break; // below
        if (op == QLatin1String("empty"))
            return QStringLiteral("%1 = ''").arg(expr);
        if (op == QLatin1String("not_empty"))
            return QStringLiteral("%1 <> ''").arg(expr);
        if (op == QLatin1String("contains") || op == QLatin1String("not_contains") || op == QLatin1String("starts_with")) {
            const QString pattern = (op == QLatin1String("starts_with") ? QString() : QStringLiteral("%"))
                                    + likeEscape(first.toString().toLower()) + QStringLiteral("%");
            const QString like = QStringLiteral("lower(%1) LIKE %2 ESCAPE '\\'").arg(expr, ctx.bind(pattern));
            return op == QLatin1String("not_contains") ? QStringLiteral("NOT (%1)").arg(like) : like;
        }
        return compare(expr, vals, false);
    }
    case Type::Bool: {
        const QString isTrue = customKey.isEmpty() ? QStringLiteral("c.%1 = 1").arg(leaf.field)
                                                   : m_dialect.jsonIsTrue(QStringLiteral("c.custom"), customKey);
        const bool wantTrue = first.toBool() == (op == QLatin1String("eq"));
        return wantTrue ? isTrue : QStringLiteral("NOT %1").arg(isTrue);
    }
    case Type::Owner: {
        if (op == QLatin1String("empty"))
            return QStringLiteral("c.owner_id IS NULL");
        if (op == QLatin1String("not_empty"))
            return QStringLiteral("c.owner_id IS NOT NULL");
        QVariantList ids;
        bool none = false;
        for (const QVariant &v : vals) {
            if (v.toLongLong() == 0)
                none = true;
            else
                ids << v;
        }
        QStringList names;
        for (const QVariant &v : ids)
            names << ctx.bind(v);
        QString positive;
        if (!names.isEmpty())
            positive = QStringLiteral("c.owner_id IN (%1)").arg(names.join(QLatin1String(", ")));
        if (none)
            positive = positive.isEmpty() ? QStringLiteral("c.owner_id IS NULL")
                                          : QStringLiteral("(c.owner_id IS NULL OR %1)").arg(positive);
        if (positive.isEmpty())
            positive = QStringLiteral("1 = 0");
        const bool negative = op == QLatin1String("ne") || op == QLatin1String("not_in");
        if (!negative)
            return positive;
        // NOT (owner IN (…)) is NULL for customers without owner; they do not have that owner.
        return none ? QStringLiteral("NOT %1").arg(positive)
                    : QStringLiteral("(c.owner_id IS NULL OR NOT %1)").arg(positive);
    }
    case Type::Tag: {
        const QString sub = QStringLiteral("c.id %1 (SELECT ct.customer_id FROM customer_tags ct WHERE ct.tag_id = %2)");
        return sub.arg(op == QLatin1String("has") ? QStringLiteral("IN") : QStringLiteral("NOT IN"), ctx.bind(first));
    }
    case Type::MultiChoice: {
        const QString k = QStringLiteral("c.custom");
        if (op == QLatin1String("empty") || op == QLatin1String("not_empty")) {
            const QString text = m_dialect.jsonText(k, customKey);
            const QString empty = QStringLiteral("COALESCE(%1, '') IN ('', '[]')").arg(text);
            return op == QLatin1String("empty") ? empty : QStringLiteral("NOT (%1)").arg(empty);
        }
        QStringList parts;
        for (const QVariant &v : vals)
            parts << m_dialect.jsonArrayContains(k, customKey, ctx.bind(v));
        const QString any = parts.isEmpty() ? QStringLiteral("1 = 0") : QLatin1Char('(') + parts.join(QLatin1String(" OR ")) + QLatin1Char(')');
        return op == QLatin1String("contains") || op == QLatin1String("in") ? any : QStringLiteral("NOT %1").arg(any);
    }
    case Type::Date: {
        QString e = expr;
        if (leaf.field == QLatin1String("orders.first_at")) {
            e = QStringLiteral("(SELECT MIN(o.ordered_at) FROM orders o WHERE o.customer_id = c.id AND %1)").arg(kCounted);
            nullable = true;
        }
        if (op == QLatin1String("empty"))
            return nullable ? QStringLiteral("COALESCE(%1, '') = ''").arg(e) : QStringLiteral("1 = 0");
        if (op == QLatin1String("not_empty"))
            return nullable ? QStringLiteral("COALESCE(%1, '') <> ''").arg(e) : QStringLiteral("1 = 1");
        // By calendar day, on date and timestamp text alike: [d, d + 1).
        auto day = [&](const QVariant &d, int plus) { return ctx.bind(Values::storeDate(d.toDate().addDays(plus))); };
        QString positive;
        if (op == QLatin1String("eq") || op == QLatin1String("ne"))
            positive = QStringLiteral("(%1 >= %2 AND %1 < %3)").arg(e, day(first, 0), day(first, 1));
        else if (op == QLatin1String("lt"))
            return QStringLiteral("%1 < %2").arg(e, day(first, 0));
        else if (op == QLatin1String("le"))
            return QStringLiteral("%1 < %2").arg(e, day(first, 1));
        else if (op == QLatin1String("gt"))
            return QStringLiteral("%1 >= %2").arg(e, day(first, 1));
        else if (op == QLatin1String("ge"))
            return QStringLiteral("%1 >= %2").arg(e, day(first, 0));
        else if (op == QLatin1String("between"))
            return QStringLiteral("(%1 >= %2 AND %1 < %3)").arg(e, day(vals.value(0), 0), day(vals.value(1), 1));
        if (op == QLatin1String("eq"))
            return positive;
        return nullable ? QStringLiteral("(%1 IS NULL OR NOT %2)").arg(e, positive) : QStringLiteral("NOT %1").arg(positive);
    }
    case Type::Count:
    case Type::Amount: {
        QString period;
        if (leaf.days > 0) {
            period = QStringLiteral(" AND o.ordered_at >= %1 AND o.ordered_at < %2")
                         .arg(ctx.bind(Values::storeDate(asOf.addDays(1 - leaf.days))), ctx.bind(dayAfterAsOf));
        } else if (hasPeriod) {
            QDate from, to;
            if (!leaf.from.isEmpty()) {
                Result<QDate> d = check.date(leaf.from);
                if (!d)
                    return d.error();
                from = d.value();
                period += QStringLiteral(" AND o.ordered_at >= %1").arg(ctx.bind(Values::storeDate(from)));
            }
            if (!leaf.to.isEmpty()) {
                Result<QDate> d = check.date(leaf.to);
                if (!d)
                    return d.error();
                to = d.value();
                period += QStringLiteral(" AND o.ordered_at < %1").arg(ctx.bind(Values::storeDate(to.addDays(1))));
            } else {
                period += QStringLiteral(" AND o.ordered_at < %1").arg(ctx.bind(dayAfterAsOf));
            }
            if (from.isValid() && to.isValid() && from > to)
                return check.error(tr("the period starts after it ends."));
        } else {
            period = QStringLiteral(" AND o.ordered_at < %1").arg(ctx.bind(dayAfterAsOf));
        }
        const QString agg = type == Type::Count ? QStringLiteral("COUNT(*)") : QStringLiteral("COALESCE(SUM(o.amount_cents), 0)");
        const QString e = QStringLiteral("(SELECT %1 FROM orders o WHERE o.customer_id = c.id AND %2%3)").arg(agg, kCounted, period);
        return compare(e, vals, false);
    }
    case Type::Days: {
        const bool orders = leaf.field == QLatin1String("days_since_order");
        // "Some record on a day in [lo, as-of]": whole-day arithmetic done here, so the
        // SQL only compares ISO text (same on both backends, index friendly).
        const QString at = orders ? QStringLiteral("o.ordered_at") : QStringLiteral("a.occurred_at");
        auto exists = [&](const QString &lo, const QString &hi) {
            QString range;
            if (!lo.isEmpty())
                range += QStringLiteral(" AND %1 >= %2").arg(at, ctx.bind(lo));
            range += QStringLiteral(" AND %1 < %2").arg(at, ctx.bind(hi));
            return orders ? QStringLiteral("EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND %1%2)").arg(kCounted, range)
                          : QStringLiteral("EXISTS (SELECT 1 FROM activities a WHERE a.customer_id = c.id%1)").arg(range);
        };
        auto dayAgo = [&](qint64 n) { return Values::storeDate(asOf.addDays(-n)); };
        // Within N days: some record on a day in [as-of − N, as-of].
        auto within = [&](qint64 n) { return n < 0 ? QStringLiteral("1 = 0") : exists(dayAgo(n), dayAfterAsOf); };
        const qint64 n = first.toLongLong();
        if (op == QLatin1String("empty"))
            return QStringLiteral("NOT ") + exists(QString(), dayAfterAsOf);
        if (op == QLatin1String("not_empty"))
            return exists(QString(), dayAfterAsOf);
        if (op == QLatin1String("lt")) return within(n - 1);
        if (op == QLatin1String("le")) return within(n);
        if (op == QLatin1String("gt")) return QStringLiteral("NOT ") + within(n);
        if (op == QLatin1String("ge")) return QStringLiteral("NOT ") + within(n - 1);
        if (op == QLatin1String("eq") || op == QLatin1String("ne")) {
            const QString eq = n < 0 ? QStringLiteral("1 = 0")
                                     : QStringLiteral("(%1 AND NOT %2)").arg(exists(dayAgo(n), dayAgo(n - 1)), within(n - 1));
            return op == QLatin1String("eq") ? eq : QStringLiteral("NOT ") + eq;
        }
        // between [a, b]: days since ≥ a and ≤ b.
        return QStringLiteral("(NOT %1 AND %2)").arg(within(vals.value(0).toLongLong() - 1), within(vals.value(1).toLongLong()));
    }
    case Type::Number:
    case Type::Money:
        if (!leaf.field.startsWith(QLatin1String("rfm."))) {
            if (op == QLatin1String("empty"))
                return QStringLiteral("%1 IS NULL").arg(expr);
            if (op == QLatin1String("not_empty"))
                return QStringLiteral("%1 IS NOT NULL").arg(expr);
            return compare(expr, vals, nullable);
        }
        break;
    }

    // rfm.*: a set of customers of the current snapshot; negative operators and "empty"
    // are the complement, so they include customers the snapshot does not hold.
    const QString column = leaf.field == QLatin1String("rfm.monetary") ? QStringLiteral("rv.monetary_cents")
                                                                         : QStringLiteral("rv.") + leaf.field.mid(4);
    const bool textual = type == Type::Choice;
    QString positive;
    bool negate = false;
    if (op == QLatin1String("empty") || op == QLatin1String("not_empty")) {
        positive = textual ? QStringLiteral("%1 <> ''").arg(column) : QStringLiteral("%1 IS NOT NULL").arg(column);
        negate = op == QLatin1String("empty");
    } else if (op == QLatin1String("ne") || op == QLatin1String("not_in")) {
        QStringList names;
        for (const QVariant &v : vals)
            names << ctx.bind(v);
        positive = names.isEmpty() ? QStringLiteral("1 = 0") : QStringLiteral("%1 IN (%2)").arg(column, names.join(QLatin1String(", ")));
        negate = true;
    } else {
        positive = compare(column, vals, false);
    }
    // A snapshot id given by the caller is a bound value, never text in the statement.
    const QString snapshot = m_rfmSnapshot > 0 ? ctx.bind(m_rfmSnapshot) : Rfm::currentSnapshotSql();
    return QStringLiteral("c.id %1 (SELECT rv.customer_id FROM rfm_values rv WHERE rv.snapshot_id = %2 AND %3)")
        .arg(negate ? QStringLiteral("NOT IN") : QStringLiteral("IN"), snapshot, positive);
}

QList<SegmentField> SegmentCompiler::fields() const
{
    QList<SegmentField> out;
    for (const Builtin &b : kBuiltins) {
        SegmentField f;
        f.key = QString::fromLatin1(b.key);
        f.label = b.label ? tr(b.label) : fieldLabel(Entity::Customer, f.key == QLatin1String("owner") ? QStringLiteral("owner_id") : f.key);
        f.type = typeName(b.type);
        f.operators = operatorsOf(b.type);
        f.periodic = b.type == Type::Count || b.type == Type::Amount;
        for (const QString &v : choiceValues(f.key)) {
            QString text;
            if (f.key == QLatin1String("rfm.segment"))
                text = Rfm::translatedSegmentName(v);
            else if (f.key == QLatin1String("rfm.tier"))
                text = v.isEmpty() ? tr("(none)") : Rfm::translatedTierName(v);
            else
                text = v.isEmpty() ? tr("(none)") : choiceLabel(Entity::Customer, f.key, v);
            f.choices << qMakePair(v, text);
        }
        out << f;
    }
    for (const Record &d : m_customFields) {
        if (d.value(QStringLiteral("retired")).toInt() != 0)
            continue;
        SegmentField f;
        f.key = QStringLiteral("custom.") + d.value(QStringLiteral("field_key")).toString();
        f.label = d.value(QStringLiteral("label")).toString();
        const QString ft = d.value(QStringLiteral("field_type")).toString();
        Type t = Type::Text;
        if (ft == QLatin1String("number")) t = Type::Number;
        else if (ft == QLatin1String("money")) t = Type::Money;
        else if (ft == QLatin1String("date")) t = Type::Date;
        else if (ft == QLatin1String("bool")) t = Type::Bool;
        else if (ft == QLatin1String("choice")) t = Type::Choice;
        else if (ft == QLatin1String("multichoice")) t = Type::MultiChoice;
        f.type = typeName(t);
        f.operators = operatorsOf(t);
        if (t == Type::Choice || t == Type::MultiChoice) {
            for (const QString &o : optionsOf(d))
                f.choices << qMakePair(o, o);
        }
        out << f;
    }
    return out;
}

QString SegmentCompiler::operatorLabel(const QString &op)
{
    static const struct { const char *op; const char *text; } kOps[] = {
        {"eq", QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "is")},
        {"ne", QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "is not")},
        {"lt", QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "less than")},
        {"le", QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "at most")},
        {"gt", QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "more than")},
        {"ge", QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "at least")},
        {"between", QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "between")},
        {"in", QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "is one of")},
        {"not_in", QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "is none of")},
        {"contains", QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "contains")},
        {"not_contains", QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "does not contain")},
        {"starts_with", QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "starts with")},
        {"empty", QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "is empty")},
        {"not_empty", QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "is not empty")},
        {"has", QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "has")},
        {"not_has", QT_TRANSLATE_NOOP("Patron::SegmentCompiler", "does not have")},
    };
    for (const auto &o : kOps) {
        if (op == QLatin1String(o.op))
            return tr(o.text);
    }
    return op;
}

Result<SegmentCompiler> SegmentCompiler::forCustomers(Database &database, RecordStore &store, const QDate &asOf,
                                                      const Condition *condition)
{
    QList<Record> defs;
    if (!condition || usesCustomFields(*condition)) {
        auto d = FieldService(database, store).fields(Entity::Customer, true);
        if (!d)
            return d.error();
        defs = d.value();
    }
    SegmentCompiler compiler(database.dialect(), defs);
    compiler.setAsOf(asOf);
    return compiler;
}

} // namespace Patron
