#include "condition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Patron {

namespace {

constexpr int kMaxDepth = 32;      // a hand-edited or hostile file cannot blow the stack
constexpr int kMaxNodes = 10'000;

Error invalid(const QString &message)
{
    return Error{Error::Invalid, message};
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Patron::Condition", text);
}

Result<Condition> parse(const QJsonObject &o, int depth, int *nodes)
{
    if (depth > kMaxDepth)
        return invalid(tr("The condition is nested too deeply (more than %1 levels).").arg(kMaxDepth));
    if (++*nodes > kMaxNodes)
        return invalid(tr("The condition has too many parts (more than %1).").arg(kMaxNodes));
    const bool isAll = o.contains(QLatin1String("all"));
    const bool isAny = o.contains(QLatin1String("any"));
    if (isAll || isAny) {
        if ((isAll && isAny) || o.contains(QLatin1String("field")))
            return invalid(tr("A condition group has both \"all\" and \"any\", or a field."));
        const QJsonValue list = o.value(isAll ? QLatin1String("all") : QLatin1String("any"));
        if (!list.isArray())
            return invalid(tr("A condition group must hold a list of conditions."));
        Condition group = isAll ? Condition::all() : Condition::any();
        for (const QJsonValue &child : list.toArray()) {
            if (!child.isObject())
                return invalid(tr("A condition group may only hold conditions."));
            Result<Condition> c = parse(child.toObject(), depth + 1, nodes);
            if (!c)
                return c.error();
            group.children << c.value();
        }
        return group;
    }
    const QJsonValue field = o.value(QLatin1String("field"));
    const QJsonValue op = o.value(QLatin1String("op"));
    if (!field.isString() || field.toString().isEmpty() || !op.isString() || op.toString().isEmpty())
        return invalid(tr("A condition needs a field and an operator."));
    Condition leaf = Condition::leaf(field.toString(), op.toString());
    const QJsonValue value = o.value(QLatin1String("value"));
    if (value.isObject())
        return invalid(tr("The value of condition \"%1\" must be a text, a number or a list.").arg(leaf.field));
    if (value.isArray()) {
        QVariantList items;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isArray() || item.isObject())
                return invalid(tr("The list of condition \"%1\" may only hold texts and numbers.").arg(leaf.field));
            items << item.toVariant();
        }
        leaf.value = items;
    } else if (!value.isUndefined() && !value.isNull()) {
        leaf.value = value.toVariant();
    }
    const QJsonValue days = o.value(QLatin1String("days"));
    if (!days.isUndefined()) {
        const double d = days.toDouble(-1);
        if (!days.isDouble() || d < 0 || d > 36'500 || d != double(int(d)))
            return invalid(tr("The period of condition \"%1\" must be a whole number of days from 0 to 36500.").arg(leaf.field));
        leaf.days = int(d);
    }
    for (const auto &[key, target] : {std::pair{QLatin1String("from"), &leaf.from}, std::pair{QLatin1String("to"), &leaf.to}}) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            continue;
        if (!v.isString())
            return invalid(tr("The period of condition \"%1\" must be given as dates (YYYY-MM-DD).").arg(leaf.field));
        *target = v.toString();
    }
    return leaf;
}

} // namespace

Condition Condition::all(QList<Condition> children)
{
    Condition c;
    c.kind = Kind::All;
    c.children = std::move(children);
    return c;
}

Condition Condition::any(QList<Condition> children)
{
    Condition c;
    c.kind = Kind::Any;
    c.children = std::move(children);
    return c;
}

Condition Condition::leaf(const QString &field, const QString &op, const QVariant &value)
{
    Condition c;
    c.kind = Kind::Leaf;
    c.field = field;
    c.op = op;
    c.value = value;
    return c;
}

QJsonObject Condition::toJsonObject() const
{
    QJsonObject o;
    if (isGroup()) {
        QJsonArray list;
        for (const Condition &c : children)
            list.append(c.toJsonObject());
        o.insert(kind == Kind::All ? QLatin1String("all") : QLatin1String("any"), list);
        return o;
    }
    o.insert(QLatin1String("field"), field);
    o.insert(QLatin1String("op"), op);
    if (value.isValid())
        o.insert(QLatin1String("value"), QJsonValue::fromVariant(value));
    if (days > 0)
        o.insert(QLatin1String("days"), days);
    if (!from.isEmpty())
        o.insert(QLatin1String("from"), from);
    if (!to.isEmpty())
        o.insert(QLatin1String("to"), to);
    return o;
}

QByteArray Condition::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Compact);
}

Result<Condition> Condition::fromJsonObject(const QJsonObject &object)
{
    int nodes = 0;
    return parse(object, 0, &nodes);
}

Result<Condition> Condition::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(tr("The condition is not valid JSON: %1 (at character %2).").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return invalid(tr("A condition must be a JSON object."));
    return fromJsonObject(doc.object());
}

bool Condition::operator==(const Condition &o) const
{
    return kind == o.kind && children == o.children && field == o.field && op == o.op && value == o.value
           && days == o.days && from == o.from && to == o.to;
}

} // namespace Patron
