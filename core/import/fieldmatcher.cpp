#include "fieldmatcher.h"

#include "util/textscan.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Patron {

// How headers map, per kind of import. The same words mean different things per kind:
//
// header                     customers      orders / activities   contacts
// 客户名称 公司名称 Company      name           customer.name         customer.name
// 客户 公司 名称 Name (weak)     name           customer.name (not 名称/Name in orders)
// 客户编号 客户编码 Customer ID  code           customer.code         customer.code
// 手机 手机号 Mobile             mobile         customer.mobile       mobile (the contact's own)
// 客户手机                       mobile         customer.mobile       customer.mobile
// 邮箱 Email                     email          customer.email        email (the contact's own)
// 联系人                         contact_name   —                     name
// 电话 座机 Phone                phone          —                     phone
// 负责人 业务员 销售              owner          — / owner (activities)  —
// 备注 说明 Notes                notes          notes / body          notes
//
// - Orders and activities have no customer.phone lookup: a landline is no reliable key,
//   so 电话/联系电话 stay unmapped there and the user decides.
// - "Weak" synonyms (客户, 公司, 名称, 简称, 姓名, 日期, 时间, 备注 for an activity's body …) only
//   match when no column matched the field by a strong synonym: a file with both 客户全称
//   and 客户简称 (Kingdee, Yonyou) maps 客户全称 to the name and leaves 客户简称 unmapped.
// - Only strong synonyms match by containment ("联系电话1", "实付金额元"), and only when no
//   other field's synonym is in the header too: "负责人电话" maps to nothing rather than
//   to the owner.
// - Departments (所属部门), tax numbers, bank accounts and the like are left to custom
//   fields.

namespace {

const char *const kContext = "Patron::Fields";

struct FieldSpec
{
    const char *key;
    const char *label; // source text in the "Patron::Fields" context
    QStringList strong;
    QStringList weak = {};
};

// Word families shared by several kinds.
QStringList customerNameWords()
{
    return {QStringLiteral("客户名称"), QStringLiteral("公司名称"), QStringLiteral("单位名称"),
            QStringLiteral("企业名称"), QStringLiteral("客户全称"), QStringLiteral("公司全称"),
            QStringLiteral("企业全称"), QStringLiteral("单位全称"), QStringLiteral("客户名"),
            QStringLiteral("公司名"),   QStringLiteral("Company"),  QStringLiteral("Company name"),
            QStringLiteral("Customer name"), QStringLiteral("Client name"), QStringLiteral("Account name")};
}

QStringList customerNameWeakWords()
{
    return {QStringLiteral("客户"), QStringLiteral("公司"), QStringLiteral("单位"),
            QStringLiteral("企业"), QStringLiteral("客户简称"), QStringLiteral("公司简称"),
            QStringLiteral("简称"), QStringLiteral("Customer"), QStringLiteral("Client"),
            QStringLiteral("Account")};
}

QStringList customerCodeWords()
{
    return {QStringLiteral("客户编号"), QStringLiteral("客户编码"), QStringLiteral("客户代码"),
            QStringLiteral("客户号"),   QStringLiteral("客户ID"),   QStringLiteral("客户代号"),
            QStringLiteral("Customer ID"), QStringLiteral("Customer code"), QStringLiteral("Customer No"),
            QStringLiteral("Customer number"), QStringLiteral("Client ID"), QStringLiteral("Account ID"),
            QStringLiteral("Account number")};
}

QStringList mobileWords()
{
    return {QStringLiteral("手机"),     QStringLiteral("手机号"),   QStringLiteral("手机号码"),
            QStringLiteral("移动电话"), QStringLiteral("联系手机"), QStringLiteral("手机电话"),
            QStringLiteral("Mobile"),   QStringLiteral("Cell"),     QStringLiteral("Cellphone"),
            QStringLiteral("Mobile phone"), QStringLiteral("Mobile number"), QStringLiteral("Cell phone"),
            QStringLiteral("Mobile phone number"), QStringLiteral("Cell number")};
}

QStringList customerMobileWords()
{
    return {QStringLiteral("客户手机"), QStringLiteral("客户手机号"), QStringLiteral("客户手机号码"),
            QStringLiteral("客户移动电话"), QStringLiteral("Customer mobile")};
}

QStringList contactMobileWords()
{
    return {QStringLiteral("联系人手机"), QStringLiteral("联系人手机号"), QStringLiteral("联系人手机号码"),
            QStringLiteral("Contact mobile")};
}

QStringList phoneWords()
{
    return {QStringLiteral("电话"),     QStringLiteral("座机"),     QStringLiteral("固定电话"),
            QStringLiteral("联系电话"), QStringLiteral("办公电话"), QStringLiteral("电话号码"),
            QStringLiteral("固话"),     QStringLiteral("座机号码"), QStringLiteral("单位电话"),
            QStringLiteral("公司电话"), QStringLiteral("联系人电话"), QStringLiteral("联系人座机"),
            QStringLiteral("Phone"),    QStringLiteral("Tel"),      QStringLiteral("Telephone"),
            QStringLiteral("Landline"), QStringLiteral("Office phone"), QStringLiteral("Work phone"),
            QStringLiteral("Phone number"), QStringLiteral("Contact phone")};
}

QStringList emailWords()
{
    return {QStringLiteral("邮箱"),     QStringLiteral("电子邮件"), QStringLiteral("电子邮箱"),
            QStringLiteral("邮件"),     QStringLiteral("邮箱地址"), QStringLiteral("邮件地址"),
            QStringLiteral("联系人邮箱"), QStringLiteral("E-mail"), QStringLiteral("Email"),
            QStringLiteral("Mail"),     QStringLiteral("Email address"), QStringLiteral("Contact email")};
}

QStringList customerEmailWords()
{
    return {QStringLiteral("客户邮箱"), QStringLiteral("客户电子邮件"), QStringLiteral("客户邮件"),
            QStringLiteral("Customer email")};
}

QStringList notesWords()
{
    return {QStringLiteral("备注"), QStringLiteral("说明"), QStringLiteral("备注信息"),
            QStringLiteral("Notes"), QStringLiteral("Note"), QStringLiteral("Remark"),
            QStringLiteral("Remarks"), QStringLiteral("Comment"), QStringLiteral("Comments"),
            QStringLiteral("Memo")};
}

QStringList ownerWords()
{
    return {QStringLiteral("负责人"),   QStringLiteral("销售"),     QStringLiteral("业务员"),
            QStringLiteral("销售代表"), QStringLiteral("客户经理"), QStringLiteral("销售员"),
            QStringLiteral("跟进人"),   QStringLiteral("归属人"),   QStringLiteral("所属销售"),
            QStringLiteral("销售负责人"), QStringLiteral("专营业务员"), QStringLiteral("业务员名称"),
            QStringLiteral("Owner"),    QStringLiteral("Sales rep"), QStringLiteral("Salesperson"),
            QStringLiteral("Account manager"), QStringLiteral("Account owner"), QStringLiteral("Assigned to")};
}

QList<FieldSpec> customerLookups(const QStringList &mobile, const QStringList &email)
{
    return {
        {"customer.code", QT_TRANSLATE_NOOP("Patron::Fields", "Customer code"), customerCodeWords()},
        {"customer.name", QT_TRANSLATE_NOOP("Patron::Fields", "Customer name"), customerNameWords(),
         customerNameWeakWords()},
        {"customer.mobile", QT_TRANSLATE_NOOP("Patron::Fields", "Customer mobile"), mobile},
        {"customer.email", QT_TRANSLATE_NOOP("Patron::Fields", "Customer email"), email},
    };
}

QList<FieldSpec> specs(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return {
            {"code", QT_TRANSLATE_NOOP("Patron::Fields", "Customer code"),
             customerCodeWords() + QStringList{QStringLiteral("编号"), QStringLiteral("客户编号ID"), QStringLiteral("Code")},
             {QStringLiteral("编码"), QStringLiteral("代码"), QStringLiteral("ID"), QStringLiteral("No")}},
            {"name", QT_TRANSLATE_NOOP("Patron::Fields", "Name"), customerNameWords() + QStringList{QStringLiteral("客户姓名")},
             customerNameWeakWords() + QStringList{QStringLiteral("名称"), QStringLiteral("全称"), QStringLiteral("姓名"), QStringLiteral("Name")}},
            {"kind", QT_TRANSLATE_NOOP("Patron::Fields", "Type"),
             {QStringLiteral("客户类型"), QStringLiteral("客户性质"), QStringLiteral("企业/个人"),
              QStringLiteral("Customer type")},
             {QStringLiteral("类型"), QStringLiteral("Type"), QStringLiteral("Kind")}},
            {"contact_name", QT_TRANSLATE_NOOP("Patron::Fields", "Contact name"),
             {QStringLiteral("联系人"), QStringLiteral("联系人姓名"), QStringLiteral("联系人名称"),
              QStringLiteral("主要联系人"), QStringLiteral("首要联系人"), QStringLiteral("Contact"),
              QStringLiteral("Contact name"), QStringLiteral("Contact person")}},
            {"mobile", QT_TRANSLATE_NOOP("Patron::Fields", "Mobile"),
             mobileWords() + customerMobileWords() + contactMobileWords()},
            {"phone", QT_TRANSLATE_NOOP("Patron::Fields", "Phone"), phoneWords()},
            {"email", QT_TRANSLATE_NOOP("Patron::Fields", "Email"), emailWords() + customerEmailWords()},
            {"province", QT_TRANSLATE_NOOP("Patron::Fields", "Province"),
             {QStringLiteral("省份"), QStringLiteral("省"), QStringLiteral("所在省份"),
              QStringLiteral("省/直辖市"), QStringLiteral("所属省份"), QStringLiteral("Province"),
              QStringLiteral("State")}},
            {"city", QT_TRANSLATE_NOOP("Patron::Fields", "City"),
             {QStringLiteral("城市"), QStringLiteral("市"), QStringLiteral("所在城市"),
              QStringLiteral("地市"), QStringLiteral("所属城市"), QStringLiteral("City")}},
            {"address", QT_TRANSLATE_NOOP("Patron::Fields", "Address"),
             {QStringLiteral("地址"), QStringLiteral("详细地址"), QStringLiteral("联系地址"),
              QStringLiteral("公司地址"), QStringLiteral("通讯地址"), QStringLiteral("办公地址"),
              QStringLiteral("单位地址"), QStringLiteral("客户地址"), QStringLiteral("Address"),
              QStringLiteral("Street"), QStringLiteral("Street address")}},
            {"industry", QT_TRANSLATE_NOOP("Patron::Fields", "Industry"),
             {QStringLiteral("行业"), QStringLiteral("所属行业"), QStringLiteral("行业类型"),
              QStringLiteral("行业分类"), QStringLiteral("Industry"), QStringLiteral("Sector")}},
            {"source", QT_TRANSLATE_NOOP("Patron::Fields", "Source"),
             {QStringLiteral("来源"), QStringLiteral("客户来源"), QStringLiteral("来源渠道"),
              QStringLiteral("获客渠道"), QStringLiteral("线索来源"), QStringLiteral("Source"),
              QStringLiteral("Lead source")},
             {QStringLiteral("渠道"), QStringLiteral("Channel")}},
            {"owner", QT_TRANSLATE_NOOP("Patron::Fields", "Owner"), ownerWords()},
            {"lifecycle_stage", QT_TRANSLATE_NOOP("Patron::Fields", "Lifecycle stage"),
             {QStringLiteral("生命周期阶段"), QStringLiteral("生命周期"), QStringLiteral("客户阶段"),
              QStringLiteral("Lifecycle stage"), QStringLiteral("Lifecycle")},
             {QStringLiteral("阶段"), QStringLiteral("Stage")}},
            {"notes", QT_TRANSLATE_NOOP("Patron::Fields", "Notes"),
             notesWords() + QStringList{QStringLiteral("客户备注")},
             {QStringLiteral("描述"), QStringLiteral("Description")}},
            {"created_at", QT_TRANSLATE_NOOP("Patron::Fields", "Created"),
             {QStringLiteral("创建日期"), QStringLiteral("建档日期"), QStringLiteral("创建时间"),
              QStringLiteral("建档时间"), QStringLiteral("录入日期"), QStringLiteral("录入时间"),
              QStringLiteral("登记日期"), QStringLiteral("添加时间"), QStringLiteral("Created"),
              QStringLiteral("Created at"), QStringLiteral("Create time"), QStringLiteral("Created date"),
              QStringLiteral("Date created"), QStringLiteral("Creation date")}},
        };
    case ImportKind::Orders:
        return QList<FieldSpec>{
                   {"order_no", QT_TRANSLATE_NOOP("Patron::Fields", "Order number"),
                    {QStringLiteral("订单号"), QStringLiteral("订单编号"), QStringLiteral("单号"),
                     QStringLiteral("单据编号"), QStringLiteral("单据号"), QStringLiteral("订单ID"),
                     QStringLiteral("销售订单号"), QStringLiteral("Order No"), QStringLiteral("Order number"),
                     QStringLiteral("Order ID")},
                    {QStringLiteral("编号"), QStringLiteral("ID"), QStringLiteral("No")}},
                   {"ordered_at", QT_TRANSLATE_NOOP("Patron::Fields", "Order date"),
                    {QStringLiteral("下单日期"), QStringLiteral("订单日期"), QStringLiteral("成交日期"),
                     QStringLiteral("下单时间"), QStringLiteral("成交时间"), QStringLiteral("单据日期"),
                     QStringLiteral("订购日期"), QStringLiteral("销售日期"), QStringLiteral("订单创建时间"),
                     QStringLiteral("订单时间"), QStringLiteral("Order date"), QStringLiteral("Ordered at"),
                     QStringLiteral("Order time"), QStringLiteral("Purchase date")},
                    {QStringLiteral("日期"), QStringLiteral("时间"), QStringLiteral("付款时间"),
                     QStringLiteral("Date")}},
                   {"amount", QT_TRANSLATE_NOOP("Patron::Fields", "Order amount"),
                    {QStringLiteral("金额"), QStringLiteral("订单金额"), QStringLiteral("实付金额"),
                     QStringLiteral("成交金额"), QStringLiteral("总金额"), QStringLiteral("合计金额"),
                     QStringLiteral("价税合计"), QStringLiteral("实收金额"), QStringLiteral("订单总额"),
                     QStringLiteral("销售金额"), QStringLiteral("含税金额"), QStringLiteral("订单总金额"),
                     QStringLiteral("Amount"), QStringLiteral("Total"), QStringLiteral("Order amount"),
                     QStringLiteral("Order total"), QStringLiteral("Total amount")},
                    {QStringLiteral("合计"), QStringLiteral("总价")}},
                   {"status", QT_TRANSLATE_NOOP("Patron::Fields", "Status"),
                    {QStringLiteral("状态"), QStringLiteral("订单状态"), QStringLiteral("交易状态"),
                     QStringLiteral("Status"), QStringLiteral("Order status")}},
                   {"product", QT_TRANSLATE_NOOP("Patron::Fields", "Product"),
                    {QStringLiteral("产品"), QStringLiteral("商品"), QStringLiteral("产品名称"),
                     QStringLiteral("商品名称"), QStringLiteral("物料名称"), QStringLiteral("存货名称"),
                     QStringLiteral("货品名称"), QStringLiteral("品名"), QStringLiteral("宝贝标题"),
                     QStringLiteral("商品标题"), QStringLiteral("Product"), QStringLiteral("Item"),
                     QStringLiteral("Product name"), QStringLiteral("Item name")}},
                   {"quantity", QT_TRANSLATE_NOOP("Patron::Fields", "Quantity"),
                    {QStringLiteral("数量"), QStringLiteral("购买数量"), QStringLiteral("订购数量"),
                     QStringLiteral("销售数量"), QStringLiteral("商品数量"), QStringLiteral("件数"),
                     QStringLiteral("Quantity"), QStringLiteral("Qty")}},
                   {"notes", QT_TRANSLATE_NOOP("Patron::Fields", "Notes"),
                    notesWords() + QStringList{QStringLiteral("订单备注"), QStringLiteral("摘要")}},
               }
               + customerLookups(mobileWords() + customerMobileWords(), emailWords() + customerEmailWords());
    case ImportKind::Contacts:
        return QList<FieldSpec>{
                   {"name", QT_TRANSLATE_NOOP("Patron::Fields", "Name"),
                    {QStringLiteral("姓名"), QStringLiteral("联系人"), QStringLiteral("联系人姓名"),
                     QStringLiteral("联系人名称"), QStringLiteral("Contact"), QStringLiteral("Contact name"),
                     QStringLiteral("Full name")},
                    {QStringLiteral("名字"), QStringLiteral("Name")}},
                   {"title", QT_TRANSLATE_NOOP("Patron::Fields", "Job title"),
                    {QStringLiteral("职位"), QStringLiteral("职务"), QStringLiteral("头衔"),
                     QStringLiteral("岗位"), QStringLiteral("Title"), QStringLiteral("Job title"),
                     QStringLiteral("Position")}},
                   {"mobile", QT_TRANSLATE_NOOP("Patron::Fields", "Mobile"), mobileWords() + contactMobileWords()},
                   {"phone", QT_TRANSLATE_NOOP("Patron::Fields", "Phone"), phoneWords()},
                   {"email", QT_TRANSLATE_NOOP("Patron::Fields", "Email"), emailWords()},
                   {"wechat", QT_TRANSLATE_NOOP("Patron::Fields", "WeChat"),
                    {QStringLiteral("微信"), QStringLiteral("微信号"), QStringLiteral("微信ID"),
                     QStringLiteral("WeChat"), QStringLiteral("Weixin"), QStringLiteral("WeChat ID")}},
                   {"is_primary", QT_TRANSLATE_NOOP("Patron::Fields", "Primary contact"),
                    {QStringLiteral("主要联系人"), QStringLiteral("是否主要联系人"), QStringLiteral("首要联系人"),
                     QStringLiteral("主联系人"), QStringLiteral("默认联系人"), QStringLiteral("Primary"),
                     QStringLiteral("Primary contact"), QStringLiteral("Is primary"), QStringLiteral("Main contact")}},
                   {"notes", QT_TRANSLATE_NOOP("Patron::Fields", "Notes"), notesWords()},
               }
               + customerLookups(customerMobileWords(), customerEmailWords());
    case ImportKind::Activities:
        return QList<FieldSpec>{
                   {"kind", QT_TRANSLATE_NOOP("Patron::Fields", "Type"),
                    {QStringLiteral("跟进类型"), QStringLiteral("跟进方式"), QStringLiteral("活动类型"),
                     QStringLiteral("记录类型"), QStringLiteral("Activity type")},
                    {QStringLiteral("类型"), QStringLiteral("方式"), QStringLiteral("Type"), QStringLiteral("Kind")}},
                   {"occurred_at", QT_TRANSLATE_NOOP("Patron::Fields", "When"),
                    {QStringLiteral("跟进时间"), QStringLiteral("跟进日期"), QStringLiteral("拜访时间"),
                     QStringLiteral("拜访日期"), QStringLiteral("联系时间"), QStringLiteral("发生时间"),
                     QStringLiteral("沟通时间"), QStringLiteral("Occurred at"), QStringLiteral("Activity date")},
                    {QStringLiteral("时间"), QStringLiteral("日期"), QStringLiteral("Date"),
                     QStringLiteral("Time"), QStringLiteral("When")}},
                   {"subject", QT_TRANSLATE_NOOP("Patron::Fields", "Subject"),
                    {QStringLiteral("主题"), QStringLiteral("标题"), QStringLiteral("跟进主题"),
                     QStringLiteral("Subject"), QStringLiteral("Title")}},
                   {"body", QT_TRANSLATE_NOOP("Patron::Fields", "Details"),
                    {QStringLiteral("内容"), QStringLiteral("跟进内容"), QStringLiteral("详情"),
                     QStringLiteral("记录内容"), QStringLiteral("沟通内容"), QStringLiteral("拜访内容"),
                     QStringLiteral("跟进记录"), QStringLiteral("Body"), QStringLiteral("Details"),
                     QStringLiteral("Content")},
                    notesWords() + QStringList{QStringLiteral("描述"), QStringLiteral("Description")}},
                   {"owner", QT_TRANSLATE_NOOP("Patron::Fields", "Owner"),
                    ownerWords() + QStringList{QStringLiteral("记录人"), QStringLiteral("拜访人"),
                                               QStringLiteral("执行人")},
                    {QStringLiteral("创建人"), QStringLiteral("By"), QStringLiteral("User")}},
               }
               + customerLookups(mobileWords() + customerMobileWords(), emailWords() + customerEmailWords());
    }
    return {};
}

// A built field table for matching: synonyms normalised once.
struct Table
{
    QList<ImportField> fields;
    QList<QStringList> strong; // normalised, per field
    QHash<QString, int> strongIndex;
    QHash<QString, int> weakIndex;
};

Table buildTable(ImportKind kind)
{
    Table table;
    for (const FieldSpec &spec : specs(kind)) {
        const int index = int(table.fields.size());
        ImportField field;
        field.key = QString::fromLatin1(spec.key);
        field.label = QCoreApplication::translate(kContext, spec.label);
        field.synonyms = spec.strong + spec.weak;
        field.synonyms.removeDuplicates();
        QStringList strong;
        for (const QString &word : spec.strong) {
            const QString n = FieldMatcher::normalizeHeader(word);
            Q_ASSERT_X(table.strongIndex.value(n, index) == index, "FieldMatcher", qPrintable(word));
            table.strongIndex.insert(n, index);
            strong << n;
        }
        for (const QString &word : spec.weak) {
            const QString n = FieldMatcher::normalizeHeader(word);
            Q_ASSERT_X(!table.strongIndex.contains(n) && table.weakIndex.value(n, index) == index,
                       "FieldMatcher", qPrintable(word));
            table.weakIndex.insert(n, index);
        }
        strong.removeDuplicates();
        table.strong << strong;
        table.fields << field;
    }
    // The translated label matches too ("客户编号" in a Chinese UI, "Customer code" in
    // English), unless a translation happens to be another field's synonym.
    for (int index = 0; index < table.fields.size(); ++index) {
        const QString label = FieldMatcher::normalizeHeader(table.fields.at(index).label);
        if (!label.isEmpty() && !table.strongIndex.contains(label) && !table.weakIndex.contains(label))
            table.strongIndex.insert(label, index);
    }
    return table;
}

bool isCjk(const QString &word)
{
    for (QChar c : word) {
        if (c.unicode() >= 0x2E80)
            return true;
    }
    return false;
}

// Long enough to be found inside a longer header without matching by accident.
bool containable(const QString &word, qsizetype cjkMin, qsizetype latinMin)
{
    return word.size() >= (isCjk(word) ? cjkMin : latinMin);
}

QString withoutTrailingDigits(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && TextScan::isDigit(text.at(end - 1).unicode()))
        --end;
    return end > 0 && end < text.size() ? text.left(end) : QString();
}

bool isAnnotation(const QString &inner)
{
    static const QSet<QString> words = {
        QStringLiteral("必填"), QStringLiteral("必填项"), QStringLiteral("选填"), QStringLiteral("非必填"),
        QStringLiteral("可选"), QStringLiteral("可不填"), QStringLiteral("元"), QStringLiteral("单位元"),
        QStringLiteral("人民币"), QStringLiteral("rmb"), QStringLiteral("cny"), QStringLiteral("required"),
        QStringLiteral("optional")};
    return words.contains(inner);
}

bool isOpen(QChar c)
{
    return c == u'(' || c == u'[' || c == u'【' || c == u'〔' || c == u'<' || c == u'《';
}

bool isClose(QChar c)
{
    return c == u')' || c == u']' || c == u'】' || c == u'〕' || c == u'>' || c == u'》';
}

QString lettersAndDigits(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.unicode() < 0x80 ? QChar(TextScan::asciiLower(c.unicode())) : c.toLower();
    }
    return out;
}

} // namespace

QString FieldMatcher::normalizeHeader(const QString &text)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text)
        s += QChar(TextScan::halfWidth(c.unicode()));
    // Markers of required columns and units in templates: "*客户名称", "客户名称(必填)",
    // "金额（元）", "手机号：". "(万元)" stays: it changes what the numbers mean.
    for (bool changed = true; changed;) {
        changed = false;
        s = s.trimmed();
        while (s.startsWith(u'*') || s.startsWith(u'※')) {
            s.remove(0, 1);
            changed = true;
        }
        while (s.endsWith(u'*') || s.endsWith(u':') || s.endsWith(u'：')) {
            s.chop(1);
            changed = true;
        }
        if (!s.isEmpty() && isClose(s.back())) {
            const qsizetype open = [&] {
                for (qsizetype i = s.size() - 2; i >= 0; --i) {
                    if (isOpen(s.at(i)))
                        return i;
                }
                return qsizetype(-1);
            }();
            if (open > 0 && isAnnotation(lettersAndDigits(QStringView(s).mid(open)))) {
                s.truncate(open);
                changed = true;
            }
        }
    }
    return lettersAndDigits(s);
}

QList<ImportField> FieldMatcher::builtinFields(ImportKind kind)
{
    return buildTable(kind).fields;
}

QStringList FieldMatcher::match(ImportKind kind, const QStringList &header,
                                const QList<ImportField> &customFields)
{
    const Table table = buildTable(kind);
    QStringList normalized;
    for (const QString &cell : header)
        normalized << normalizeHeader(cell);
    QStringList result(header.size(), QString());
    QSet<QString> used;
    const auto assign = [&](qsizetype column, const QString &key) {
        if (key.isEmpty() || used.contains(key) || !result.at(column).isEmpty())
            return;
        result[column] = key;
        used.insert(key);
    };
    const auto exactPass = [&](const QHash<QString, int> &index, bool trailingDigits) {
        for (qsizetype i = 0; i < normalized.size(); ++i) {
            const QString text = trailingDigits ? withoutTrailingDigits(normalized.at(i)) : normalized.at(i);
            if (text.isEmpty())
                continue;
            const auto it = index.constFind(text);
            if (it != index.constEnd())
                assign(i, table.fields.at(*it).key);
        }
    };
    // Strong words before weak ones, so 客户全称 beats an earlier 客户简称; within a pass the
    // first column wins.
    exactPass(table.strongIndex, false);
    exactPass(table.strongIndex, true); // "电话1", "手机2"
    exactPass(table.weakIndex, false);
    exactPass(table.weakIndex, true);
    // Custom fields by their label, before the guessing below: the user named them.
    QHash<QString, QString> custom;
    for (const ImportField &field : customFields) {
        const QString label = normalizeHeader(field.label);
        if (!label.isEmpty() && !custom.contains(label))
            custom.insert(label, field.key);
        for (const QString &synonym : field.synonyms) {
            const QString n = normalizeHeader(synonym);
            if (!n.isEmpty() && !custom.contains(n))
                custom.insert(n, field.key);
        }
    }
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        if (result.at(i).isEmpty() && !normalized.at(i).isEmpty())
            assign(i, custom.value(normalized.at(i)));
    }
    // Containment: the longest strong synonym in the header, unless another field's word is
    // in it too ("负责人电话").
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        const QString &text = normalized.at(i);
        if (!result.at(i).isEmpty() || text.isEmpty())
            continue;
        int best = -1;
        QString bestWord;
        for (int f = 0; f < table.strong.size(); ++f) {
            for (const QString &word : table.strong.at(f)) {
                if (word.size() > bestWord.size() && word.size() < text.size()
                    && containable(word, 3, 5) && text.contains(word)) {
                    best = f;
                    bestWord = word;
                }
            }
        }
        if (best < 0 || used.contains(table.fields.at(best).key))
            continue;
        bool conflict = false;
        for (int f = 0; f < table.strong.size() && !conflict; ++f) {
            if (f == best)
                continue;
            for (const QString &word : table.strong.at(f)) {
                if (containable(word, 2, 4) && text.contains(word) && !bestWord.contains(word)) {
                    conflict = true;
                    break;
                }
            }
        }
        if (!conflict)
            assign(i, table.fields.at(best).key);
    }
    return result;
}

} // namespace Patron
