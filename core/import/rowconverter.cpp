#include "rowconverter.h"

#include "matchkeys.h"
#include "services/fieldservice.h"
#include "util/values.h"
#include "valueparsers.h"

#include <QHash>

namespace Patron {

namespace {

// Choice values as people type them in spreadsheets.
std::optional<QString> parseCustomerKind(const QString &text)
{
    const QString t = Values::toHalfWidth(text).toLower();
    if (t == QLatin1String("company") || t == QStringLiteral("企业") || t == QStringLiteral("公司")
        || t == QStringLiteral("企业客户") || t == QStringLiteral("单位") || t == QLatin1String("business"))
        return QStringLiteral("company");
    if (t == QLatin1String("person") || t == QStringLiteral("个人") || t == QStringLiteral("个人客户")
        || t == QLatin1String("individual") || t == QStringLiteral("自然人"))
        return QStringLiteral("person");
    return std::nullopt;
}

std::optional<QString> parseStage(const QString &text)
{
    static const QList<QPair<QString, QStringList>> stages = {
        {QStringLiteral("awareness"), {QStringLiteral("认知"), QStringLiteral("awareness")}},
        {QStringLiteral("consideration"), {QStringLiteral("考虑"), QStringLiteral("consideration")}},
        {QStringLiteral("purchase"), {QStringLiteral("购买"), QStringLiteral("purchase")}},
        {QStringLiteral("use"), {QStringLiteral("使用"), QStringLiteral("use")}},
        {QStringLiteral("loyal"), {QStringLiteral("忠诚"), QStringLiteral("loyal")}},
        {QStringLiteral("churned"), {QStringLiteral("流失"), QStringLiteral("churned")}},
    };
    const QString t = Values::toHalfWidth(text).toLower();
    for (const auto &s : stages) {
        if (s.second.contains(t))
            return s.first;
    }
    return std::nullopt;
}

std::optional<QString> parseActivityKind(const QString &text)
{
    const QString t = Values::toHalfWidth(text).toLower();
    if (t == QStringLiteral("电话") || t == QLatin1String("call") || t == QLatin1String("phone")
        || t == QStringLiteral("电话拜访") || t == QStringLiteral("来电") || t == QStringLiteral("去电"))
        return QStringLiteral("call");
    if (t == QStringLiteral("拜访") || t == QLatin1String("visit") || t == QStringLiteral("上门")
        || t == QStringLiteral("面谈") || t == QStringLiteral("上门拜访") || t == QLatin1String("meeting"))
        return QStringLiteral("visit");
    if (t == QStringLiteral("邮件") || t == QLatin1String("email") || t == QLatin1String("e-mail")
        || t == QStringLiteral("电子邮件"))
        return QStringLiteral("email");
    if (t == QStringLiteral("备注") || t == QLatin1String("note") || t == QStringLiteral("其他")
        || t == QStringLiteral("微信") || t == QLatin1String("other"))
        return QStringLiteral("note");
    return std::nullopt;
}

// The custom field types take the same spreadsheet forms as built-in values.
QVariant prepareCustom(const QString &type, const QString &text, bool *ok)
{
    *ok = true;
    if (type == QLatin1String("date")) {
        const auto d = ValueParsers::parseDate(text);
        *ok = d.has_value();
        return d ? QVariant(Values::storeDate(*d)) : QVariant();
    }
    if (type == QLatin1String("money")) {
        const auto c = ValueParsers::parseAmount(text);
        *ok = c.has_value();
        // FieldService::normalizeValue parses yuan text; hand it the exact amount.
        return c ? QVariant(Values::plainMoney(*c)) : QVariant();
    }
    if (type == QLatin1String("bool")) {
        const auto b = ValueParsers::parseBool(text);
        *ok = b.has_value();
        return b ? QVariant(*b) : QVariant();
    }
    if (type == QLatin1String("phone")) {
        const auto p = ValueParsers::parsePhone(text);
        return p ? QVariant(*p) : QVariant(Values::toHalfWidth(text));
    }
    if (type == QLatin1String("email"))
        return Values::toHalfWidth(text);
    return text;
}

} // namespace

RowConverter::RowConverter(ImportKind kind, const QStringList &fields, const QStringList &header,
                           const QList<Record> &customFields)
    : m_kind(kind)
    , m_customFields(customFields)
{
    for (int i = 0; i < fields.size(); ++i) {
        const QString &key = fields.at(i);
        if (key.isEmpty())
            continue;
        Column c{i, key, header.value(i), -1};
        if (key.startsWith(QLatin1String("custom."))) {
            const QString fieldKey = key.mid(7);
            for (int j = 0; j < m_customFields.size(); ++j) {
                if (m_customFields.at(j).value(QStringLiteral("field_key")).toString() == fieldKey)
                    c.custom = j;
            }
            if (c.custom < 0)
                continue; // resolveMapping() refuses unknown custom fields before we get here
        }
        c.conversion = c.custom >= 0 ? Conversion::Custom : conversionOf(key);
        m_columns << c;
    }
}

RowConverter::Conversion RowConverter::conversionOf(const QString &key)
{
    static const QHash<QString, Conversion> byKey = {
        {QStringLiteral("customer.code"), Conversion::CustomerCode},
        {QStringLiteral("customer.mobile"), Conversion::CustomerMobile},
        {QStringLiteral("customer.email"), Conversion::CustomerEmail},
        {QStringLiteral("customer.name"), Conversion::CustomerName},
        {QStringLiteral("owner"), Conversion::Owner},
        {QStringLiteral("mobile"), Conversion::Mobile},
        {QStringLiteral("email"), Conversion::Email},
        {QStringLiteral("phone"), Conversion::Phone},
        {QStringLiteral("code"), Conversion::HalfWidth},
        {QStringLiteral("order_no"), Conversion::HalfWidth},
        {QStringLiteral("created_at"), Conversion::DateTime},
        {QStringLiteral("occurred_at"), Conversion::DateTime},
        {QStringLiteral("ordered_at"), Conversion::Date},
        {QStringLiteral("amount"), Conversion::Amount},
        {QStringLiteral("status"), Conversion::Status},
        {QStringLiteral("quantity"), Conversion::Quantity},
        {QStringLiteral("is_primary"), Conversion::Bool},
        {QStringLiteral("kind"), Conversion::Kind},
        {QStringLiteral("lifecycle_stage"), Conversion::Stage},
    };
    // Names, addresses, notes…: kept as written (trimmed).
    return byKey.value(key, Conversion::Text);
}

QString RowConverter::missingRequiredFields(ImportKind kind, const QStringList &fields)
{
    auto has = [&](const char *key) { return fields.contains(QLatin1String(key)); };
    const bool lookup = has("customer.code") || has("customer.mobile") || has("customer.email") || has("customer.name");
    switch (kind) {
    case ImportKind::Customers:
        if (!has("name") && !has("mobile") && !has("email") && !has("code"))
            return tr("Map a column to the customer name, or at least to the mobile, e-mail or customer code, "
                      "so that rows can be created or matched.");
        break;
    case ImportKind::Orders:
        if (!lookup)
            return tr("Map a column that identifies the customer of each order (customer code, mobile, e-mail or name).");
        if (!has("ordered_at") || !has("amount"))
            return tr("Map the order date and the order amount: every order needs both.");
        break;
    case ImportKind::Contacts:
        if (!lookup)
            return tr("Map a column that identifies the customer of each contact (customer code, mobile, e-mail or name).");
        if (!has("name"))
            return tr("Map the contact's name: every contact needs one.");
        break;
    case ImportKind::Activities:
        if (!lookup)
            return tr("Map a column that identifies the customer of each follow-up record (customer code, mobile, "
                      "e-mail or name).");
        if (!has("occurred_at"))
            return tr("Map the date of the follow-up records.");
        break;
    }
    return {};
}

bool RowConverter::convert(const SourceRow &row, ImportRecord *out, RowProblem *problem) const
{
    *out = ImportRecord();
    for (const Column &c : m_columns) {
        const QString text = row.cells.value(c.index).trimmed();
        if (text.isEmpty())
            continue;
        if (!convertCell(c, text, out, problem))
            return false;
    }
    // What each kind cannot do without.
    const Record &v = out->values;
    switch (m_kind) {
    case ImportKind::Customers:
        if (!v.contains(QStringLiteral("name")) && !v.contains(QStringLiteral("mobile"))
            && !v.contains(QStringLiteral("email")) && !v.contains(QStringLiteral("code"))) {
            *problem = {tr("no name"), tr("The row has no customer name, mobile, e-mail or code.")};
            return false;
        }
        break;
    case ImportKind::Orders:
        if (!v.contains(QStringLiteral("ordered_at"))) {
            *problem = {tr("missing date"), tr("The order has no date.")};
            return false;
        }
        if (!v.contains(QStringLiteral("amount_cents"))) {
            *problem = {tr("missing amount"), tr("The order has no amount.")};
            return false;
        }
        break;
    case ImportKind::Contacts:
        if (!v.contains(QStringLiteral("name"))) {
            *problem = {tr("no name"), tr("The contact has no name.")};
            return false;
        }
        break;
    case ImportKind::Activities:
        if (!v.contains(QStringLiteral("occurred_at"))) {
            *problem = {tr("missing date"), tr("The follow-up record has no date.")};
            return false;
        }
        break;
    }
    if (m_kind != ImportKind::Customers && !out->hasCustomerLookup()) {
        *problem = {tr("no customer"), tr("The row names no customer (code, mobile, e-mail or name are all empty).")};
        return false;
    }
    return true;
}

bool RowConverter::convertCell(const Column &c, const QString &text, ImportRecord *out, RowProblem *problem) const
{
    const QString &key = c.key;
    Record &v = out->values;
    auto reject = [&](const QString &kind, const QString &what) {
        *problem = {kind, tr("%1 \"%2\" %3").arg(c.header, text, what)};
        return false;
    };

    switch (c.conversion) {
    case Conversion::Custom: {
        const Record &def = m_customFields.at(c.custom);
        bool ok = true;
        const QVariant prepared = prepareCustom(def.value(QStringLiteral("field_type")).toString(), text, &ok);
        if (!ok)
            return reject(tr("invalid value"), tr("is not a valid value for this field."));
        const auto normalized = FieldService::normalizeValue(def, prepared);
        if (!normalized) {
            *problem = {tr("invalid value"), normalized.error().message};
            return false;
        }
        if (!normalized.value().isNull())
            out->custom.insert(key.mid(7), normalized.value());
        break;
    }
    // Customer lookups of orders, contacts and follow-ups.
    case Conversion::CustomerCode:
        out->customerCode = MatchKeys::code(text);
        break;
    case Conversion::CustomerMobile:
        out->customerMobile = MatchKeys::mobile(text);
        if (out->customerMobile.isEmpty())
            return reject(tr("invalid mobile"), tr("is not a valid mobile number (11 digits starting with 1)."));
        break;
    case Conversion::CustomerEmail:
        out->customerEmail = MatchKeys::email(text);
        if (out->customerEmail.isEmpty())
            return reject(tr("invalid e-mail"), tr("is not a valid e-mail address."));
        break;
    case Conversion::CustomerName:
        out->customerName = text;
        break;
    case Conversion::Owner:
        out->owner = text;
        break;
    case Conversion::Mobile: {
        const auto m = Values::normalizeMobile(text);
        if (!m)
            return reject(tr("invalid mobile"), tr("is not a valid mobile number (11 digits starting with 1)."));
        v.insert(key, *m);
        break;
    }
    case Conversion::Email: {
        const auto e = Values::normalizeEmail(text);
        if (!e)
            return reject(tr("invalid e-mail"), tr("is not a valid e-mail address."));
        v.insert(key, *e);
        break;
    }
    case Conversion::Phone: {
        const auto p = ValueParsers::parsePhone(text);
        v.insert(key, p ? *p : Values::toHalfWidth(text));
        break;
    }
    case Conversion::HalfWidth:
        v.insert(key, Values::toHalfWidth(text));
        break;
    case Conversion::DateTime: {
        // parseDateAndTime: a QDateTime per row would cost a time-zone lookup each.
        const auto d = ValueParsers::parseDateAndTime(text);
        if (!d || !d->date.isValid())
            return reject(tr("invalid date"), tr("is not a date."));
        v.insert(key, QString(Values::storeDate(d->date) + QLatin1Char('T') + d->time.toString(QStringLiteral("HH:mm:ss"))));
        break;
    }
    case Conversion::Date: {
        const auto d = ValueParsers::parseDate(text);
        if (!d || !d->isValid())
            return reject(tr("invalid date"), tr("is not a date."));
        v.insert(key, Values::storeDate(*d));
        break;
    }
    case Conversion::Amount: {
        const auto cents = ValueParsers::parseAmount(text);
        if (!cents)
            return reject(tr("invalid amount"), tr("is not an amount."));
        v.insert(QStringLiteral("amount_cents"), *cents);
        break;
    }
    case Conversion::Status: {
        const auto s = ValueParsers::parseOrderStatus(text);
        if (!s)
            return reject(tr("unknown status"), tr("is not an order status (completed, paid, pending, cancelled, refunded)."));
        v.insert(key, *s);
        break;
    }
    case Conversion::Quantity: {
        const auto n = ValueParsers::parseInteger(text);
        if (!n || *n < 0 || *n > 1'000'000'000)
            return reject(tr("invalid number"), tr("is not a quantity."));
        v.insert(key, *n);
        break;
    }
    case Conversion::Bool: {
        const auto b = ValueParsers::parseBool(text);
        if (!b)
            return reject(tr("invalid value"), tr("is not yes or no."));
        v.insert(key, *b ? 1 : 0);
        break;
    }
    case Conversion::Kind: {
        const auto k = m_kind == ImportKind::Activities ? parseActivityKind(text) : parseCustomerKind(text);
        if (!k)
            return reject(tr("invalid value"), m_kind == ImportKind::Activities
                                                   ? tr("is not a follow-up type (电话, 拜访, 邮件, 备注).")
                                                   : tr("is not a customer type (企业 or 个人)."));
        v.insert(key, *k);
        break;
    }
    case Conversion::Stage: {
        const auto s = parseStage(text);
        if (!s)
            return reject(tr("invalid value"), tr("is not a lifecycle stage (认知, 考虑, 购买, 使用, 忠诚, 流失)."));
        v.insert(key, *s);
        break;
    }
    case Conversion::Text:
        v.insert(key, text);
        break;
    }
    return true;
}

} // namespace Patron
