#include "command.h"

#include "commandcontext.h"

namespace Patron {

Command::Command(CommandContext &context, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_context(context)
{
}

Workspace &Command::workspace() const
{
    return m_context.workspace();
}

void Command::fail(const Error &error)
{
    setObsolete(true);
    m_context.reportFailure(text(), error);
}

QString canonicalValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::QStringList:
    case QMetaType::QVariantList:
        return value.toStringList().join(QChar(0x1f));
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    default:
        return value.toString();
    }
}

bool sameStoredValue(const QVariant &a, const QVariant &b)
{
    return canonicalValue(a) == canonicalValue(b);
}

QVariant recordValue(const Record &record, const QString &key)
{
    if (key.startsWith(QLatin1String("custom.")))
        return record.value(QStringLiteral("custom")).toMap().value(key.mid(7));
    return record.value(key);
}

} // namespace Patron
