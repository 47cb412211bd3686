#include "importtypes.h"

#include <QCoreApplication>

namespace Patron {

namespace {

struct KindName
{
    ImportKind kind;
    const char *name;
    const char *label;
};

const KindName kKinds[] = {
    {ImportKind::Customers, "customers", QT_TRANSLATE_NOOP("Patron::Import", "customers")},
    {ImportKind::Orders, "orders", QT_TRANSLATE_NOOP("Patron::Import", "orders")},
    {ImportKind::Contacts, "contacts", QT_TRANSLATE_NOOP("Patron::Import", "contacts")},
    {ImportKind::Activities, "activities", QT_TRANSLATE_NOOP("Patron::Import", "follow-up records")},
};

const char *const kPolicies[] = {"merge", "update", "skip", "create"};

} // namespace

QString importKindName(ImportKind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

bool parseImportKind(const QString &name, ImportKind *kind)
{
    const QString n = name.trimmed().toLower();
    for (const KindName &k : kKinds) {
        if (n == QLatin1String(k.name)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

QString importKindLabel(ImportKind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            return QCoreApplication::translate("Patron::Import", k.label);
    }
    return {};
}

QString duplicatePolicyName(DuplicatePolicy policy)
{
    return QString::fromLatin1(kPolicies[int(policy)]);
}

bool parseDuplicatePolicy(const QString &name, DuplicatePolicy *policy)
{
    const QString n = name.trimmed().toLower();
    for (int i = 0; i < 4; ++i) {
        if (n == QLatin1String(kPolicies[i])) {
            *policy = DuplicatePolicy(i);
            return true;
        }
    }
    return false;
}

} // namespace Patron
