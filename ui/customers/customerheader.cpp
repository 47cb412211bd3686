#include "customerheader.h"

#include "domain/entity.h"
#include "services/customerservice.h"
#include "util/values.h"
#include "widgets/flowlayout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Patron {

CustomerHeader::CustomerHeader(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_chipsHost(new QWidget(this))
    , m_chips(new FlowLayout(m_chipsHost, 4))
    , m_factsHost(new QWidget(this))
{
    setObjectName(QStringLiteral("customerHeader"));
    m_name->setObjectName(QStringLiteral("customerName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_name->font();
    f.setPointSizeF(f.pointSizeF() * 1.7);
    f.setBold(true);
    m_name->setFont(f);

    auto *facts = new QHBoxLayout(m_factsHost);
    facts->setContentsMargins(0, 4, 0, 0);
    facts->setSpacing(28);
    m_owner = addFact(tr("Owner"), QStringLiteral("factOwner"));
    m_stage = addFact(tr("Lifecycle stage"), QStringLiteral("factStage"));
    m_value = addFact(tr("Lifetime value"), QStringLiteral("factLifetimeValue"));
    m_orders = addFact(tr("Orders"), QStringLiteral("factOrders"));
    m_lastOrder = addFact(tr("Last order"), QStringLiteral("factLastOrder"));
    m_lastActivity = addFact(tr("Last follow-up"), QStringLiteral("factLastActivity"));
    facts->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_name);
    layout->addWidget(m_chipsHost);
    layout->addWidget(m_factsHost);
}

QLabel *CustomerHeader::addFact(const QString &caption, const QString &objectName)
{
    auto *box = new QWidget(m_factsHost);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(1);
    auto *c = new QLabel(caption, box);
    QPalette p = c->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    c->setPalette(p);
    auto *value = new QLabel(box);
    value->setObjectName(objectName);
    QFont f = value->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    value->setFont(f);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(c);
    v->addWidget(value);
    static_cast<QHBoxLayout *>(m_factsHost->layout())->addWidget(box);
    return value;
}

QLabel *CustomerHeader::makeChip(const QString &text, const QString &color, QWidget *parent)
{
    auto *chip = new QLabel(text, parent);
    chip->setStyleSheet(QStringLiteral("QLabel { background: %1; color: #1d2939; border-radius: 9px; padding: 2px 9px; }")
                            .arg(color));
    return chip;
}

void CustomerHeader::setSummary(const CustomerSummary &s)
{
    const Record &c = s.customer;
    const QString code = c.value(QStringLiteral("code")).toString();
    m_name->setText(code.isEmpty() ? c.value(QStringLiteral("name")).toString()
                                   : tr("%1  ·  %2").arg(c.value(QStringLiteral("name")).toString(), code));
    m_chips->clear();
    m_chips->addWidget(makeChip(choiceLabel(Entity::Customer, QStringLiteral("kind"), c.value(QStringLiteral("kind")).toString()),
                                QStringLiteral("#e0eaff"), m_chipsHost));
    if (!c.value(QStringLiteral("deleted_at")).isNull())
        m_chips->addWidget(makeChip(tr("In trash"), QStringLiteral("#fee4e2"), m_chipsHost));
    else if (c.value(QStringLiteral("archived")).toInt() != 0)
        m_chips->addWidget(makeChip(tr("Archived"), QStringLiteral("#f2f4f7"), m_chipsHost));
    for (const auto &t : s.tags) {
        // Manual tags green; rule tags (动态标签) blue with a ⚙; RFM system tags violet.
        const bool system = t.kind == QLatin1String("system");
        const bool rule = !system && (t.kind == QLatin1String("rule") || t.origin == QLatin1String("rule"));
        QLabel *chip = makeChip(system ? tr("%1 · RFM").arg(t.name) : rule ? tr("⚙ %1").arg(t.name) : t.name,
                                system ? QStringLiteral("#ebe9fe") : rule ? QStringLiteral("#d1e9ff") : QStringLiteral("#dcfae6"),
                                m_chipsHost);
        chip->setObjectName(QStringLiteral("tagChip"));
        chip->setProperty("tagKind", system ? QStringLiteral("system") : rule ? QStringLiteral("rule") : QStringLiteral("manual"));
        chip->setToolTip(system ? tr("System tag: follows the customer's current RFM segment or tier")
                         : rule ? tr("Rule tag: set automatically while the customer matches its condition")
                                : tr("Manual tag"));
        m_chips->addWidget(chip);
    }
    m_chipsHost->updateGeometry();

    const QString stage = c.value(QStringLiteral("lifecycle_stage")).toString();
    const QString none = QStringLiteral("—");
    m_owner->setText(s.ownerName.isEmpty() ? none : s.ownerName);
    m_stage->setText(stage.isEmpty() ? none : choiceLabel(Entity::Customer, QStringLiteral("lifecycle_stage"), stage));
    m_value->setText(Values::formatMoney(s.lifetimeValueCents));
    m_orders->setText(QLocale().toString(s.orderCount));
    m_lastOrder->setText(s.lastOrderAt.isEmpty() ? none : Values::displayDate(s.lastOrderAt));
    m_lastActivity->setText(s.lastActivityAt.isEmpty() ? none : Values::displayDate(s.lastActivityAt));
}

} // namespace Patron
