#include "conditioneditor.h"

#include "segments/segmentservice.h"
#include "services/tagservice.h"
#include "services/workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace Patron {

namespace {

bool isChoiceType(const QString &t)
{
    return t == QLatin1String("choice") || t == QLatin1String("owner") || t == QLatin1String("tag")
           || t == QLatin1String("multichoice") || t == QLatin1String("bool");
}

bool isNumberType(const QString &t)
{
    return t == QLatin1String("number") || t == QLatin1String("money") || t == QLatin1String("amount")
           || t == QLatin1String("count") || t == QLatin1String("days");
}

bool isWholeType(const QString &t)
{
    return t == QLatin1String("count") || t == QLatin1String("days");
}

QVariant typed(const QString &type, const QVariant &data)
{
    if (type == QLatin1String("owner") || type == QLatin1String("tag"))
        return data.toLongLong();
    if (type == QLatin1String("bool"))
        return data.toBool();
    return data;
}

} // namespace

// ---- row --------------------------------------------------------------------------

ConditionRowWidget::ConditionRowWidget(const QList<SegmentField> &fields, QWidget *parent)
    : QWidget(parent)
    , m_fields(fields)
    , m_field(new QComboBox(this))
    , m_op(new QComboBox(this))
    , m_valueHost(new QWidget(this))
    , m_valueLayout(new QHBoxLayout(m_valueHost))
{
    setObjectName(QStringLiteral("conditionRow"));
    m_field->setObjectName(QStringLiteral("fieldCombo"));
    m_op->setObjectName(QStringLiteral("operatorCombo"));
    m_field->setMaxVisibleItems(20);
    for (const SegmentField &f : std::as_const(m_fields))
        m_field->addItem(f.label, f.key);
    m_valueLayout->setContentsMargins(0, 0, 0, 0);
    auto *remove = new QToolButton(this);
    remove->setObjectName(QStringLiteral("removeCondition"));
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove this condition"));
    connect(remove, &QToolButton::clicked, this, &ConditionRowWidget::removeRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_op);
    layout->addWidget(m_valueHost, 1);
    layout->addWidget(remove);
    connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
        rebuildOperators();
        rebuildValue();
        emit changed();
    });
    connect(m_op, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant keep = value();
        rebuildValue();
        if (op() != QLatin1String("between") && op() != QLatin1String("in") && op() != QLatin1String("not_in"))
            setValue(keep.typeId() == QMetaType::QVariantList ? keep.toList().value(0) : keep);
        emit changed();
    });
    rebuildOperators();
    rebuildValue();
}

const SegmentField &ConditionRowWidget::field() const
{
    return m_fields.at(std::max(0, m_field->currentIndex()));
}

QString ConditionRowWidget::op() const
{
    return m_op->currentData().toString();
}

void ConditionRowWidget::rebuildOperators()
{
    const QSignalBlocker block(m_op);
    const QString previous = op();
    m_op->clear();
    for (const QString &o : field().operators)
        m_op->addItem(SegmentCompiler::operatorLabel(o), o);
    const int keep = m_op->findData(previous);
    m_op->setCurrentIndex(std::max(0, keep));
}

QWidget *ConditionRowWidget::makeScalar(QWidget *parent, const QString &name)
{
    const SegmentField &f = field();
    QWidget *w = nullptr;
    if (isChoiceType(f.type)) {
        auto *combo = new QComboBox(parent);
        for (const auto &c : f.choices)
            combo->addItem(c.second, c.first);
        connect(combo, &QComboBox::currentIndexChanged, this, &ConditionRowWidget::changed);
        w = combo;
    } else if (isNumberType(f.type)) {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setDecimals(isWholeType(f.type) ? 0 : 2);
        spin->setRange(isWholeType(f.type) ? 0 : -1e12, 1e12);
        spin->setGroupSeparatorShown(true);
        if (f.type == QLatin1String("money") || f.type == QLatin1String("amount"))
            spin->setPrefix(QStringLiteral("¥"));
        if (f.type == QLatin1String("days"))
            spin->setSuffix(tr(" days"));
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ConditionRowWidget::changed);
        w = spin;
    } else if (f.type == QLatin1String("date")) {
        auto *date = new QDateEdit(QDate::currentDate(), parent);
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(date, &QDateEdit::dateChanged, this, &ConditionRowWidget::changed);
        w = date;
    } else {
        auto *line = new QLineEdit(parent);
        line->setPlaceholderText(tr("value"));
        connect(line, &QLineEdit::textChanged, this, &ConditionRowWidget::changed);
        w = line;
    }
    w->setObjectName(name);
    return w;
}

QVariant ConditionRowWidget::scalarValue(QWidget *editor) const
{
    const QString type = field().type;
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentIndex() < 0 ? QVariant() : typed(type, combo->currentData());
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        if (isWholeType(type))
            return qint64(std::llround(spin->value()));
        return spin->value();
    }
    if (auto *date = qobject_cast<QDateEdit *>(editor))
        return date->date().toString(Qt::ISODate);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    return {};
}

void ConditionRowWidget::setScalarValue(QWidget *editor, const QVariant &v)
{
    if (!v.isValid())
        return;
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemData(i).toString() == v.toString()
                || (v.typeId() == QMetaType::Bool && combo->itemData(i).toBool() == v.toBool()))
                combo->setCurrentIndex(i);
        }
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setValue(v.toDouble());
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (d.isValid())
            date->setDate(d);
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(v.toString());
    }
}

void ConditionRowWidget::rebuildValue()
{
    // Replace the editors of the previous field / operator.
    // Deleted at once (they never send the signal that got us here), so the row never
    // holds two editors of the same name.
    while (m_valueLayout->count() > 0)
        delete m_valueLayout->takeAt(0);
    qDeleteAll(m_valueHost->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_first = m_second = nullptr;
    m_list = nullptr;
    m_listText = nullptr;
    m_period = nullptr;
    m_days = nullptr;
    m_from = m_to = nullptr;

    const SegmentField &f = field();
    const QString o = op();
    if (o == QLatin1String("in") || o == QLatin1String("not_in")) {
        if (isChoiceType(f.type)) {
            m_list = new QListWidget(m_valueHost);
            m_list->setObjectName(QStringLiteral("valueList"));
            for (const auto &c : f.choices) {
                auto *item = new QListWidgetItem(c.second, m_list);
                item->setData(Qt::UserRole, c.first);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
            m_list->setMaximumHeight(m_list->sizeHintForRow(0) * 4 + 6);
            connect(m_list, &QListWidget::itemChanged, this, &ConditionRowWidget::changed);
            m_valueLayout->addWidget(m_list, 1);
        } else {
            m_listText = new QLineEdit(m_valueHost);
            m_listText->setObjectName(QStringLiteral("valueEdit"));
            m_listText->setPlaceholderText(tr("values, separated by commas"));
            connect(m_listText, &QLineEdit::textChanged, this, &ConditionRowWidget::changed);
            m_valueLayout->addWidget(m_listText, 1);
        }
    } else if (o == QLatin1String("between")) {
        m_first = makeScalar(m_valueHost, QStringLiteral("valueEdit"));
        m_second = makeScalar(m_valueHost, QStringLiteral("valueEdit2"));
        m_valueLayout->addWidget(m_first, 1);
        m_valueLayout->addWidget(new QLabel(tr("and"), m_valueHost));
        m_valueLayout->addWidget(m_second, 1);
    } else if (o != QLatin1String("empty") && o != QLatin1String("not_empty")) {
        m_first = makeScalar(m_valueHost, QStringLiteral("valueEdit"));
        m_valueLayout->addWidget(m_first, 1);
    }
    if (f.periodic) {
        m_period = new QComboBox(m_valueHost);
        m_period->setObjectName(QStringLiteral("periodCombo"));
        m_period->addItem(tr("in all history"), 0);
        m_period->addItem(tr("in the last … days"), 1);
        m_period->addItem(tr("between dates"), 2);
        m_days = new QSpinBox(m_valueHost);
        m_days->setObjectName(QStringLiteral("periodDays"));
        m_days->setRange(1, 36500);
        m_days->setValue(365);
        m_days->setSuffix(tr(" days"));
        m_from = new QDateEdit(QDate::currentDate().addYears(-1), m_valueHost);
        m_to = new QDateEdit(QDate::currentDate(), m_valueHost);
        for (QDateEdit *d : {m_from, m_to}) {
            d->setCalendarPopup(true);
            d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            connect(d, &QDateEdit::dateChanged, this, &ConditionRowWidget::changed);
        }
        auto showPeriod = [this] {
            const int kind = m_period->currentData().toInt();
            m_days->setVisible(kind == 1);
            m_from->setVisible(kind == 2);
            m_to->setVisible(kind == 2);
        };
        connect(m_period, &QComboBox::currentIndexChanged, this, [this, showPeriod] {
            showPeriod();
            emit changed();
        });
        connect(m_days, &QSpinBox::valueChanged, this, &ConditionRowWidget::changed);
        m_valueLayout->addWidget(m_period);
        m_valueLayout->addWidget(m_days);
        m_valueLayout->addWidget(m_from);
        m_valueLayout->addWidget(m_to);
        showPeriod();
    }
}

void ConditionRowWidget::setValue(const QVariant &v)
{
    if (m_list) {
        QStringList wanted;
        for (const QVariant &x : v.toList())
            wanted << x.toString();
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem *item = m_list->item(i);
            item->setCheckState(wanted.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    } else if (m_listText) {
        QStringList parts;
        for (const QVariant &x : v.toList())
            parts << x.toString();
        m_listText->setText(parts.join(QLatin1String(", ")));
    } else if (m_second) {
        setScalarValue(m_first, v.toList().value(0));
        setScalarValue(m_second, v.toList().value(1));
    } else if (m_first) {
        setScalarValue(m_first, v);
    }
}

QVariant ConditionRowWidget::value() const
{
    if (m_list) {
        QVariantList out;
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->checkState() == Qt::Checked)
                out << typed(field().type, m_list->item(i)->data(Qt::UserRole));
        }
        return out;
    }
    if (m_listText) {
        QVariantList out;
        for (const QString &part : m_listText->text().split(QRegularExpression(QStringLiteral("[,，、;；]")), Qt::SkipEmptyParts)) {
            const QString t = part.trimmed();
            if (t.isEmpty())
                continue;
            bool ok = false;
            const double d = t.toDouble(&ok);
            out << (isNumberType(field().type) && ok ? QVariant(d) : QVariant(t));
        }
        return out;
    }
    if (m_second)
        return QVariantList{scalarValue(m_first), scalarValue(m_second)};
    if (m_first)
        return scalarValue(m_first);
    return {};
}

void ConditionRowWidget::setCondition(const Condition &leaf)
{
    int index = m_field->findData(leaf.field);
    if (index < 0) {
        // A field the builder does not offer (a retired custom field): keep it, so saving
        // does not silently change the condition; the compiler reports it.
        SegmentField unknown;
        unknown.key = leaf.field;
        unknown.label = leaf.field;
        unknown.type = QStringLiteral("text");
        unknown.operators = QStringList{leaf.op};
        m_fields << unknown;
        m_field->addItem(unknown.label, unknown.key);
        index = m_field->count() - 1;
    }
    {
        const QSignalBlocker b1(m_field);
        const QSignalBlocker b2(m_op);
        m_field->setCurrentIndex(index);
        rebuildOperators();
        m_op->setCurrentIndex(std::max(0, m_op->findData(leaf.op)));
        rebuildValue();
    }
    setValue(leaf.value);
    if (m_period) {
        if (leaf.days > 0) {
            m_period->setCurrentIndex(1);
            m_days->setValue(leaf.days);
        } else if (!leaf.from.isEmpty() || !leaf.to.isEmpty()) {
            m_period->setCurrentIndex(2);
            const QDate from = QDate::fromString(leaf.from, Qt::ISODate);
            const QDate to = QDate::fromString(leaf.to, Qt::ISODate);
            if (from.isValid())
                m_from->setDate(from);
            if (to.isValid())
                m_to->setDate(to);
        }
    }
}

Condition ConditionRowWidget::condition() const
{
    Condition c = Condition::leaf(field().key, op(), value());
    if (m_period) {
        const int kind = m_period->currentData().toInt();
        if (kind == 1)
            c.days = m_days->value();
        else if (kind == 2) {
            c.from = m_from->date().toString(Qt::ISODate);
            c.to = m_to->date().toString(Qt::ISODate);
        }
    }
    return c;
}

// ---- group ------------------------------------------------------------------------

ConditionGroupWidget::ConditionGroupWidget(const QList<SegmentField> &fields, bool nested, QWidget *parent)
    : QFrame(parent)
    , m_fields(fields)
    , m_mode(new QComboBox(this))
    , m_children(new QVBoxLayout)
{
    setObjectName(QStringLiteral("conditionGroup"));
    if (nested) {
        setFrameShape(QFrame::StyledPanel);
        setStyleSheet(QStringLiteral("#conditionGroup { border-left: 3px solid palette(highlight); }"));
    }
    m_mode->setObjectName(QStringLiteral("groupMode"));
    m_mode->addItem(tr("Match all of (AND)"), int(Condition::Kind::All));
    m_mode->addItem(tr("Match any of (OR)"), int(Condition::Kind::Any));
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ConditionGroupWidget::changed);
    auto *rowButton = new QPushButton(tr("+ Condition"), this);
    rowButton->setObjectName(QStringLiteral("addCondition"));
    auto *groupButton = new QPushButton(tr("+ Group"), this);
    groupButton->setObjectName(QStringLiteral("addGroup"));
    connect(rowButton, &QPushButton::clicked, this, [this] { addRow(); });
    connect(groupButton, &QPushButton::clicked, this, [this] { addGroup(); });
    auto *top = new QHBoxLayout;
    top->addWidget(m_mode);
    top->addStretch(1);
    top->addWidget(rowButton);
    top->addWidget(groupButton);
    if (nested) {
        auto *remove = new QToolButton(this);
        remove->setObjectName(QStringLiteral("removeGroup"));
        remove->setText(QStringLiteral("✕"));
        remove->setToolTip(tr("Remove this group"));
        connect(remove, &QToolButton::clicked, this, &ConditionGroupWidget::removeRequested);
        top->addWidget(remove);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(nested ? 8 : 0, nested ? 4 : 0, nested ? 4 : 0, nested ? 4 : 0);
    layout->addLayout(top);
    layout->addLayout(m_children);
}

void ConditionGroupWidget::adopt(QWidget *child)
{
    m_children->addWidget(child);
    emit changed();
}

ConditionRowWidget *ConditionGroupWidget::addRow()
{
    auto *row = new ConditionRowWidget(m_fields, this);
    connect(row, &ConditionRowWidget::changed, this, &ConditionGroupWidget::changed);
    connect(row, &ConditionRowWidget::removeRequested, this, [this, row] {
        row->hide();
        row->deleteLater();
        m_children->removeWidget(row);
        emit changed();
    });
    adopt(row);
    return row;
}

ConditionGroupWidget *ConditionGroupWidget::addGroup()
{
    auto *group = new ConditionGroupWidget(m_fields, true, this);
    connect(group, &ConditionGroupWidget::changed, this, &ConditionGroupWidget::changed);
    connect(group, &ConditionGroupWidget::removeRequested, this, [this, group] {
        group->hide();
        group->deleteLater();
        m_children->removeWidget(group);
        emit changed();
    });
    adopt(group);
    group->addRow();
    return group;
}

void ConditionGroupWidget::clearChildren()
{
    while (m_children->count() > 0) {
        QLayoutItem *item = m_children->takeAt(0);
        delete item->widget(); // not from a child's own signal: safe to delete now
        delete item;
    }
}

void ConditionGroupWidget::setCondition(const Condition &group)
{
    const QSignalBlocker block(this);
    clearChildren();
    m_mode->setCurrentIndex(group.kind == Condition::Kind::Any ? 1 : 0);
    const QList<Condition> children = group.isGroup() ? group.children : QList<Condition>{group};
    for (const Condition &c : children) {
        if (c.isGroup()) {
            ConditionGroupWidget *g = addGroup();
            g->setCondition(c);
        } else {
            addRow()->setCondition(c);
        }
    }
}

Condition ConditionGroupWidget::condition() const
{
    Condition c = m_mode->currentData().toInt() == int(Condition::Kind::Any) ? Condition::any() : Condition::all();
    for (int i = 0; i < m_children->count(); ++i) {
        QWidget *w = m_children->itemAt(i)->widget();
        if (auto *row = qobject_cast<ConditionRowWidget *>(w))
            c.children << row->condition();
        else if (auto *group = qobject_cast<ConditionGroupWidget *>(w))
            c.children << group->condition();
    }
    return c;
}

// ---- editor -----------------------------------------------------------------------

QList<SegmentField> ConditionEditor::builderFields(Workspace &workspace)
{
    QList<SegmentField> fields = workspace.segments().fields();
    for (SegmentField &f : fields) {
        if (f.type == QLatin1String("owner")) {
            f.choices << qMakePair(QStringLiteral("0"), tr("(no owner)"));
            for (const Record &u : workspace.users().users(true).valueOr({}))
                f.choices << qMakePair(u.value(QStringLiteral("id")).toString(), u.value(QStringLiteral("display_name")).toString());
        } else if (f.type == QLatin1String("tag")) {
            for (const TagInfo &t : workspace.tags().tags().valueOr({}))
                f.choices << qMakePair(QString::number(t.id), t.name);
        } else if (f.type == QLatin1String("bool")) {
            f.choices << qMakePair(QStringLiteral("true"), tr("yes")) << qMakePair(QStringLiteral("false"), tr("no"));
        }
    }
    return fields;
}

ConditionEditor::ConditionEditor(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_root(new ConditionGroupWidget(builderFields(workspace), false, this))
{
    setObjectName(QStringLiteral("conditionEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_root);
    layout->addStretch(1);
    connect(m_root, &ConditionGroupWidget::changed, this, &ConditionEditor::changed);
}

void ConditionEditor::setCondition(const Condition &condition)
{
    m_root->setCondition(condition);
    emit changed();
}

Condition ConditionEditor::condition() const
{
    return m_root->condition();
}

} // namespace Patron
