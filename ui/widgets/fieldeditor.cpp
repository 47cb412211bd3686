#include "fieldeditor.h"

#include "util/values.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

#include <climits>

namespace Patron {

namespace {

// A QDateEdit cannot be empty; its minimum date stands for "no date" and shows as blank.
const QDate kNoDate(1900, 1, 1);

QString noneText()
{
    return QCoreApplication::translate("Patron::FieldEditor", "(none)");
}

} // namespace

FieldDescriptor FieldDescriptor::fromSpec(Entity entity, const FieldSpec &spec)
{
    FieldDescriptor d;
    d.key = spec.key;
    d.label = fieldLabel(spec);
    d.type = spec.type;
    d.required = spec.required;
    d.choices = spec.choices;
    for (const QString &c : spec.choices)
        d.choiceLabels << (c.isEmpty() ? noneText() : choiceLabel(entity, spec.key, c));
    return d;
}

FieldDescriptor FieldDescriptor::fromDefinition(const Record &definition)
{
    FieldDescriptor d;
    d.key = QStringLiteral("custom.") + definition.value(QStringLiteral("field_key")).toString();
    d.label = definition.value(QStringLiteral("label")).toString();
    const QString type = definition.value(QStringLiteral("field_type")).toString();
    const QJsonArray options = QJsonDocument::fromJson(definition.value(QStringLiteral("options")).toString().toUtf8()).array();
    for (const QJsonValue &v : options)
        d.choices << v.toString();
    if (type == QLatin1String("number")) {
        d.type = FieldType::Number;
        d.decimal = true;
    } else if (type == QLatin1String("money")) {
        d.type = FieldType::Money;
    } else if (type == QLatin1String("date")) {
        d.type = FieldType::Date;
    } else if (type == QLatin1String("choice")) {
        d.type = FieldType::Choice;
        d.choices.prepend(QString());
    } else if (type == QLatin1String("multichoice")) {
        d.type = FieldType::Choice;
        d.multiChoice = true;
    } else if (type == QLatin1String("phone")) {
        d.type = FieldType::Phone;
    } else if (type == QLatin1String("email")) {
        d.type = FieldType::Email;
    } else if (type == QLatin1String("bool")) {
        d.type = FieldType::Bool;
    } else {
        d.type = FieldType::Text;
    }
    for (const QString &c : std::as_const(d.choices))
        d.choiceLabels << (c.isEmpty() ? noneText() : c);
    return d;
}

FieldEditor::FieldEditor(const FieldDescriptor &field, const EditorChoices &choices, QWidget *parent)
    : QObject(parent)
    , m_field(field)
{
    build(choices, parent);
    m_widget->setObjectName(field.key);
    m_widget->setAccessibleName(field.label);
}

void FieldEditor::build(const EditorChoices &choices, QWidget *parent)
{
    switch (m_field.type) {
    case FieldType::LongText: {
        auto *edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(60);
        edit->setMaximumHeight(110);
        connect(edit, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
        m_widget = edit;
        break;
    }
    case FieldType::Number:
        if (!m_field.decimal) {
            auto *spin = new QSpinBox(parent);
            spin->setRange(0, INT_MAX);
            spin->setMaximumWidth(160);
            connect(spin, &QSpinBox::valueChanged, this, &FieldEditor::edited);
            m_widget = spin;
            break;
        }
        [[fallthrough]];
    case FieldType::Text:
    case FieldType::Mobile:
    case FieldType::Phone:
    case FieldType::Email:
    case FieldType::Money: {
        auto *edit = new QLineEdit(parent);
        if (m_field.type == FieldType::Number) {
            edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^-?[0-9,]*\\.?[0-9]*$")), edit));
        } else if (m_field.type == FieldType::Money) {
            edit->setPlaceholderText(QStringLiteral("¥0.00"));
            edit->setMaximumWidth(220);
        } else if (m_field.type == FieldType::Mobile) {
            edit->setPlaceholderText(QStringLiteral("138 0013 8000"));
        }
        connect(edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
        m_widget = edit;
        break;
    }
    case FieldType::Date: {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(kNoDate);
        if (!m_field.required)
            edit->setSpecialValueText(QStringLiteral(" "));
        edit->setDate(m_field.required ? QDate::currentDate() : kNoDate);
        edit->setMaximumWidth(160);
        connect(edit, &QDateEdit::dateChanged, this, &FieldEditor::edited);
        m_widget = edit;
        break;
    }
    case FieldType::DateTime: {
        auto *edit = new QDateTimeEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setMinimumDateTime(QDateTime(kNoDate, QTime(0, 0)));
        if (!m_field.required)
            edit->setSpecialValueText(QStringLiteral(" "));
        edit->setDateTime(m_field.required ? QDateTime::currentDateTime() : QDateTime(kNoDate, QTime(0, 0)));
        edit->setMaximumWidth(200);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &FieldEditor::edited);
        m_widget = edit;
        break;
    }
    case FieldType::Choice:
        if (m_field.multiChoice) {
            auto *list = new QListWidget(parent);
            for (const QString &c : std::as_const(m_field.choices)) {
                auto *item = new QListWidgetItem(c, list);
                item->setData(Qt::UserRole, c);
                item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
                item->setCheckState(Qt::Unchecked);
            }
            list->setMaximumHeight(list->sizeHintForRow(0) * std::min<int>(5, int(m_field.choices.size()) + 1) + 6);
            connect(list, &QListWidget::itemChanged, this, &FieldEditor::edited);
            m_widget = list;
        } else {
            auto *combo = new QComboBox(parent);
            for (int i = 0; i < m_field.choices.size(); ++i)
                combo->addItem(m_field.choiceLabels.value(i), m_field.choices.at(i));
            connect(combo, &QComboBox::activated, this, &FieldEditor::edited);
            m_widget = combo;
        }
        break;
    case FieldType::Bool: {
        auto *box = new QCheckBox(parent);
        connect(box, &QCheckBox::toggled, this, &FieldEditor::edited);
        m_widget = box;
        break;
    }
    case FieldType::UserRef:
    case FieldType::ContactRef:
    case FieldType::CustomerRef: {
        auto *combo = new QComboBox(parent);
        combo->addItem(noneText(), QVariant());
        const auto &refs = m_field.type == FieldType::UserRef ? choices.users : choices.contacts;
        for (const auto &r : refs)
            combo->addItem(r.second, r.first);
        connect(combo, &QComboBox::activated, this, &FieldEditor::edited);
        m_widget = combo;
        break;
    }
    }
}

void FieldEditor::setValue(const QVariant &stored)
{
    const QSignalBlocker block(m_widget);
    const QString text = stored.isNull() ? QString() : stored.toString();
    if (auto *edit = qobject_cast<QLineEdit *>(m_widget)) {
        if (m_field.type == FieldType::Money && stored.typeId() == QMetaType::QString)
            edit->setText(text); // an amount as typed (kept across a reload)
        else if (m_field.type == FieldType::Money && !text.isEmpty())
            edit->setText(Values::formatMoney(stored.toLongLong()));
        else if (m_field.type == FieldType::Number && stored.typeId() == QMetaType::Double)
            edit->setText(QString::number(stored.toDouble(), 'g', 15));
        else
            edit->setText(text);
        edit->setCursorPosition(0);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(m_widget)) {
        plain->setPlainText(text);
    } else if (auto *spin = qobject_cast<QSpinBox *>(m_widget)) {
        spin->setValue(stored.toInt());
    } else if (auto *dateTime = qobject_cast<QDateTimeEdit *>(m_widget)) {
        // QDateEdit is a QDateTimeEdit too.
        if (m_field.type == FieldType::Date) {
            const QDate d = Values::parseStoredDate(text);
            dateTime->setDate(d.isValid() ? d : kNoDate);
        } else {
            const QDateTime d = Values::parseStoredDateTime(text);
            dateTime->setDateTime(d.isValid() ? d : QDateTime(kNoDate, QTime(0, 0)));
        }
    } else if (auto *list = qobject_cast<QListWidget *>(m_widget)) {
        const QStringList selected = stored.toStringList();
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(selected.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                         : Qt::Unchecked);
    } else if (auto *combo = qobject_cast<QComboBox *>(m_widget)) {
        int index = -1;
        for (int i = 0; i < combo->count(); ++i) {
            const QVariant data = combo->itemData(i);
            if ((data.isNull() && text.isEmpty()) || (!data.isNull() && data.toString() == text)) {
                index = i;
                break;
            }
        }
        if (index < 0 && !text.isEmpty()) {
            // A value the list does not offer (a retired choice, an inactive owner): show it
            // rather than silently replace it.
            combo->addItem(text, stored);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(index, 0));
    } else if (auto *box = qobject_cast<QCheckBox *>(m_widget)) {
        box->setChecked(text == QLatin1String("1") || text == QLatin1String("true"));
    }
}

QVariant FieldEditor::value() const
{
    if (auto *edit = qobject_cast<QLineEdit *>(m_widget)) {
        const QString text = edit->text().trimmed();
        if (m_field.type == FieldType::Money) {
            if (text.isEmpty())
                return QVariant();
            const auto cents = Values::parseMoney(text);
            return cents ? QVariant(qlonglong(*cents)) : QVariant(text);
        }
        if (m_field.type == FieldType::Number && text.isEmpty())
            return QVariant();
        return edit->text();
    }
    if (auto *plain = qobject_cast<QPlainTextEdit *>(m_widget))
        return plain->toPlainText();
    if (auto *spin = qobject_cast<QSpinBox *>(m_widget))
        return qlonglong(spin->value());
    if (auto *dateTime = qobject_cast<QDateTimeEdit *>(m_widget)) {
        if (m_field.type == FieldType::Date) {
            const QDate d = dateTime->date();
            return d == kNoDate ? QVariant() : QVariant(Values::storeDate(d));
        }
        const QDateTime d = dateTime->dateTime();
        return d.date() == kNoDate ? QVariant() : QVariant(Values::storeDateTime(d));
    }
    if (auto *list = qobject_cast<QListWidget *>(m_widget)) {
        QStringList selected;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                selected << list->item(i)->data(Qt::UserRole).toString();
        }
        return selected.isEmpty() ? QVariant() : QVariant(selected);
    }
    if (auto *combo = qobject_cast<QComboBox *>(m_widget))
        return combo->currentData();
    if (auto *box = qobject_cast<QCheckBox *>(m_widget))
        return box->isChecked();
    return {};
}

void FieldEditor::setReadOnly(bool readOnly)
{
    if (auto *edit = qobject_cast<QLineEdit *>(m_widget))
        edit->setReadOnly(readOnly);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(m_widget))
        plain->setReadOnly(readOnly);
    else
        m_widget->setEnabled(!readOnly);
}

} // namespace Patron
