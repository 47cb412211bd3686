#include "triggereditor.h"

#include "rfm/rfmtypes.h"
#include "segments/conditioneditor.h"
#include "services/tagservice.h"
#include "services/workspace.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

namespace Patron {

namespace {

struct Kind
{
    const char *key;
    const char *label;
};

// Order of the combo: the ones the templates use first.
const Kind kKinds[] = {
    {"segment_entered", QT_TRANSLATE_NOOP("Patron::TriggerEditor", "Entered an RFM segment")},
    {"segment_left", QT_TRANSLATE_NOOP("Patron::TriggerEditor", "Left an RFM segment")},
    {"tier_entered", QT_TRANSLATE_NOOP("Patron::TriggerEditor", "Entered a customer tier")},
    {"tier_left", QT_TRANSLATE_NOOP("Patron::TriggerEditor", "Left a customer tier")},
    {"days_since_order", QT_TRANSLATE_NOOP("Patron::TriggerEditor", "Days since the last order reach N")},
    {"no_activity", QT_TRANSLATE_NOOP("Patron::TriggerEditor", "No follow-up for N days")},
    {"tag_added", QT_TRANSLATE_NOOP("Patron::TriggerEditor", "Tag added")},
    {"field_changed", QT_TRANSLATE_NOOP("Patron::TriggerEditor", "Field changed")},
    {"customer_created", QT_TRANSLATE_NOOP("Patron::TriggerEditor", "Customer created or imported")},
    {"date_approaching", QT_TRANSLATE_NOOP("Patron::TriggerEditor", "A date is N days away")},
    {"task_overdue", QT_TRANSLATE_NOOP("Patron::TriggerEditor", "A task is overdue")},
};

QString tr_(const char *text)
{
    return QCoreApplication::translate("Patron::TriggerEditor", text);
}

bool usesValues(const QString &kind)
{
    return kind.startsWith(QLatin1String("segment_")) || kind.startsWith(QLatin1String("tier_"));
}

bool usesDays(const QString &kind)
{
    return kind == QLatin1String("days_since_order") || kind == QLatin1String("no_activity")
           || kind == QLatin1String("date_approaching");
}

// The engine repeats only triggers whose state can go on holding.
bool usesRepeat(const QString &kind)
{
    return kind == QLatin1String("segment_entered") || kind == QLatin1String("tier_entered")
           || kind == QLatin1String("days_since_order") || kind == QLatin1String("no_activity");
}

} // namespace

TriggerEditor::TriggerEditor(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_kind(new QComboBox(this))
    , m_values(new QListWidget(this))
    , m_days(new QSpinBox(this))
    , m_tag(new QComboBox(this))
    , m_field(new QComboBox(this))
    , m_fieldValues(new QLineEdit(this))
    , m_repeat(new QSpinBox(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_kind->setObjectName(QStringLiteral("triggerKind"));
    for (const Kind &k : kKinds)
        m_kind->addItem(tr_(k.label), QString::fromLatin1(k.key));
    m_values->setObjectName(QStringLiteral("triggerValues"));
    m_values->setMaximumHeight(m_values->fontMetrics().height() * 6);
    m_values->setToolTip(tr("Tick the segments or tiers that count; none ticked: any."));
    m_days->setObjectName(QStringLiteral("triggerDays"));
    m_days->setRange(0, 3650);
    m_days->setSuffix(tr(" days"));
    m_tag->setObjectName(QStringLiteral("triggerTag"));
    if (auto tags = workspace.tags().tags()) {
        for (const TagInfo &t : tags.value())
            m_tag->addItem(t.name, t.id);
    }
    m_field->setObjectName(QStringLiteral("triggerField"));
    for (const SegmentField &f : ConditionEditor::builderFields(workspace)) {
        // Triggers watch columns of the customer itself, not order figures or RFM values.
        if (f.key.contains(QLatin1Char('.')) && !f.key.startsWith(QLatin1String("custom.")))
            continue;
        m_customerFields.append({f.key, f.label});
        if (f.type == QLatin1String("date"))
            m_dateFields.append({f.key, f.label});
    }
    m_fieldValues->setObjectName(QStringLiteral("triggerFieldValues"));
    m_fieldValues->setPlaceholderText(tr("any new value (or values separated by commas)"));
    m_repeat->setObjectName(QStringLiteral("triggerRepeat"));
    m_repeat->setRange(0, 3650);
    m_repeat->setSpecialValueText(tr("once"));
    m_repeat->setPrefix(tr("every "));
    m_repeat->setSuffix(tr(" days while it still holds"));

    m_form->addRow(tr("When"), m_kind);
    m_form->addRow(tr("Which"), m_values);
    m_form->addRow(tr("Days (N)"), m_days);
    m_form->addRow(tr("Tag"), m_tag);
    m_form->addRow(tr("Field"), m_field);
    m_form->addRow(tr("New values"), m_fieldValues);
    m_form->addRow(tr("Repeat"), m_repeat);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        emit changed();
    });
    connect(m_values, &QListWidget::itemChanged, this, &TriggerEditor::changed);
    connect(m_days, &QSpinBox::valueChanged, this, &TriggerEditor::changed);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &TriggerEditor::changed);
    connect(m_field, &QComboBox::currentIndexChanged, this, &TriggerEditor::changed);
    connect(m_fieldValues, &QLineEdit::textChanged, this, &TriggerEditor::changed);
    connect(m_repeat, &QSpinBox::valueChanged, this, &TriggerEditor::changed);
    updateRows();
}

void TriggerEditor::rebuildValues(const QStringList &checked)
{
    const QString kind = m_kind->currentData().toString();
    const bool tiers = kind.startsWith(QLatin1String("tier_"));
    m_valuesKind = tiers ? QStringLiteral("tier") : QStringLiteral("segment");
    QSignalBlocker block(m_values);
    m_values->clear();
    const QStringList keys = tiers ? Rfm::tierKeys() : Rfm::allSegmentKeys();
    for (const QString &key : keys) {
        auto *item = new QListWidgetItem(tiers ? Rfm::translatedTierName(key) : Rfm::translatedSegmentName(key), m_values);
        item->setData(Qt::UserRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
}

void TriggerEditor::updateRows()
{
    const QString kind = m_kind->currentData().toString();
    if (usesValues(kind)) {
        const QString want = kind.startsWith(QLatin1String("tier_")) ? QStringLiteral("tier") : QStringLiteral("segment");
        if (want != m_valuesKind || m_values->count() == 0)
            rebuildValues(trigger().values);
    }
    const bool date = kind == QLatin1String("date_approaching");
    const bool field = kind == QLatin1String("field_changed") || date;
    if (field) {
        const QString current = m_field->currentData().toString();
        QSignalBlocker block(m_field);
        m_field->clear();
        for (const auto &f : date ? m_dateFields : m_customerFields)
            m_field->addItem(f.second, f.first);
        m_field->setCurrentIndex(qMax(0, m_field->findData(current)));
    }
    m_form->setRowVisible(m_values, usesValues(kind));
    m_form->setRowVisible(m_days, usesDays(kind));
    m_form->setRowVisible(m_tag, kind == QLatin1String("tag_added"));
    m_form->setRowVisible(m_field, field);
    m_form->setRowVisible(m_fieldValues, kind == QLatin1String("field_changed"));
    m_form->setRowVisible(m_repeat, usesRepeat(kind));
}

void TriggerEditor::setTrigger(const Sop::Trigger &t)
{
    {
        QSignalBlocker b1(m_kind), b2(m_days), b3(m_tag), b4(m_field), b5(m_fieldValues), b6(m_repeat);
        int index = m_kind->findData(t.kind);
        m_kind->setCurrentIndex(qMax(0, index));
        m_valuesKind.clear();
        m_values->clear();
        updateRows();
        if (usesValues(t.kind))
            rebuildValues(t.values);
        m_days->setValue(t.days);
        m_tag->setCurrentIndex(qMax(0, m_tag->findData(t.tagId)));
        m_field->setCurrentIndex(qMax(0, m_field->findData(t.field)));
        m_fieldValues->setText(t.kind == QLatin1String("field_changed") ? t.values.join(QStringLiteral(", ")) : QString());
        m_repeat->setValue(t.repeatDays);
    }
    emit changed();
}

Sop::Trigger TriggerEditor::trigger() const
{
    Sop::Trigger t;
    t.kind = m_kind->currentData().toString();
    if (usesValues(t.kind)) {
        for (int i = 0; i < m_values->count(); ++i) {
            if (m_values->item(i)->checkState() == Qt::Checked)
                t.values << m_values->item(i)->data(Qt::UserRole).toString();
        }
    }
    if (usesDays(t.kind))
        t.days = m_days->value();
    if (t.kind == QLatin1String("tag_added"))
        t.tagId = m_tag->currentData().toLongLong();
    if (t.kind == QLatin1String("field_changed") || t.kind == QLatin1String("date_approaching"))
        t.field = m_field->currentData().toString();
    if (t.kind == QLatin1String("field_changed")) {
        for (const QString &v : m_fieldValues->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!v.trimmed().isEmpty())
                t.values << v.trimmed();
        }
    }
    if (usesRepeat(t.kind))
        t.repeatDays = m_repeat->value();
    return t;
}

QString TriggerEditor::summary(const Sop::Trigger &t)
{
    QString label = t.kind;
    for (const Kind &k : kKinds) {
        if (t.kind == QLatin1String(k.key))
            label = tr_(k.label);
    }
    QStringList names;
    for (const QString &v : t.values)
        names << (t.kind.startsWith(QLatin1String("tier_")) ? Rfm::translatedTierName(v)
                  : usesValues(t.kind)                      ? Rfm::translatedSegmentName(v)
                                                            : v);
    QString out = label;
    if (!names.isEmpty())
        out += QStringLiteral(": ") + names.join(QStringLiteral(", "));
    if (usesDays(t.kind))
        out += QStringLiteral(" (N = %1)").arg(t.days);
    if (t.repeatDays > 0)
        out += QStringLiteral(" · ") + tr_(QT_TRANSLATE_NOOP("Patron::TriggerEditor", "every %1 days")).arg(t.repeatDays);
    return out;
}

} // namespace Patron
