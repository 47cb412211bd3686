#include "managefieldsdialog.h"

#include "commands/changerecordcommand.h"
#include "commands/commandcontext.h"
#include "commands/createrecordcommand.h"
#include "services/fieldservice.h"
#include "services/recordstore.h"
#include "services/workspace.h"
#include "widgets/fieldeditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Patron {

namespace {
QStringList splitChoices(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out << t;
    }
    return out;
}

QString encodeChoices(const QStringList &choices)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(choices)).toJson(QJsonDocument::Compact));
}
} // namespace

ManageFieldsDialog::ManageFieldsDialog(CommandContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_entityCombo(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_newLabel(new QLineEdit(this))
    , m_newType(new QComboBox(this))
    , m_newChoices(new QPlainTextEdit(this))
    , m_rename(new QPushButton(tr("&Rename…"), this))
    , m_retire(new QPushButton(tr("Re&tire"), this))
    , m_choices(new QPlainTextEdit(this))
    , m_applyChoices(new QPushButton(tr("Save &choices"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("ManageFieldsDialog"));
    setWindowTitle(tr("Custom fields"));
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);

    m_entityCombo->setObjectName(QStringLiteral("entity"));
    m_entityCombo->addItem(tr("Customers"), int(Entity::Customer));
    m_entityCombo->addItem(tr("Orders"), int(Entity::Order));
    m_entityCombo->addItem(tr("Service tickets"), int(Entity::Ticket));
    connect(m_entityCombo, &QComboBox::currentIndexChanged, this,
            [this] { setEntity(Entity(m_entityCombo->currentData().toInt())); });

    m_table->setObjectName(QStringLiteral("fieldTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Label"), tr("Type"), tr("Choices"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Choices take the room that is left; the short State column is never pushed out of view.
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(0, 160);
    m_table->setColumnWidth(1, 110);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ManageFieldsDialog::selectionChanged);
    connect(m_table, &QTableWidget::cellDoubleClicked, m_rename, &QPushButton::click);

    m_rename->setObjectName(QStringLiteral("renameButton"));
    m_retire->setObjectName(QStringLiteral("retireButton"));
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const Record def = currentDefinition();
        if (def.isEmpty())
            return;
        auto *input = new QInputDialog(this);
        input->setObjectName(QStringLiteral("renameInput"));
        input->setAttribute(Qt::WA_DeleteOnClose);
        input->setWindowTitle(tr("Rename field"));
        input->setLabelText(tr("New label:"));
        input->setTextValue(def.value(QStringLiteral("label")).toString());
        const qint64 id = currentId();
        connect(input, &QInputDialog::textValueSelected, this, [this, id](const QString &text) { renameField(id, text); });
        input->open();
    });
    connect(m_retire, &QPushButton::clicked, this, [this] {
        const Record def = currentDefinition();
        if (!def.isEmpty())
            setRetired(currentId(), !def.value(QStringLiteral("retired")).toBool());
    });
    m_choices->setObjectName(QStringLiteral("choicesEdit"));
    m_choices->setPlaceholderText(tr("One choice per line"));
    m_choices->setMaximumHeight(90);
    m_applyChoices->setObjectName(QStringLiteral("saveChoicesButton"));
    connect(m_applyChoices, &QPushButton::clicked, this,
            [this] { setChoices(currentId(), splitChoices(m_choices->toPlainText())); });

    auto *undo = new QToolButton(this);
    undo->setDefaultAction(m_context.stack()->createUndoAction(undo, tr("Undo")));
    auto *redo = new QToolButton(this);
    redo->setDefaultAction(m_context.stack()->createRedoAction(redo, tr("Redo")));

    auto *editBox = new QGroupBox(tr("Selected field"), this);
    auto *editLayout = new QVBoxLayout(editBox);
    auto *editButtons = new QHBoxLayout;
    editButtons->addWidget(m_rename);
    editButtons->addWidget(m_retire);
    editButtons->addStretch();
    editLayout->addLayout(editButtons);
    editLayout->addWidget(new QLabel(tr("Choices (one per line):"), editBox));
    editLayout->addWidget(m_choices);
    editLayout->addWidget(m_applyChoices, 0, Qt::AlignRight);

    auto *addBox = new QGroupBox(tr("New field"), this);
    auto *addForm = new QFormLayout(addBox);
    m_newLabel->setObjectName(QStringLiteral("newLabel"));
    m_newType->setObjectName(QStringLiteral("newType"));
    m_newChoices->setObjectName(QStringLiteral("newChoices"));
    m_newChoices->setPlaceholderText(tr("For choice fields: one choice per line"));
    m_newChoices->setMaximumHeight(70);
    for (const QString &type : entitySpec(Entity::FieldDef).field(QStringLiteral("field_type"))->choices)
        m_newType->addItem(choiceLabel(Entity::FieldDef, QStringLiteral("field_type"), type), type);
    auto *add = new QPushButton(tr("&Add field"), addBox);
    add->setObjectName(QStringLiteral("addFieldButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        if (addField(m_newLabel->text(), m_newType->currentData().toString(), splitChoices(m_newChoices->toPlainText()))) {
            m_newLabel->clear();
            m_newChoices->clear();
        }
    });
    connect(m_newType, &QComboBox::currentIndexChanged, this,
            [this] { m_newChoices->setEnabled(isChoiceType(m_newType->currentData().toString())); });
    m_newChoices->setEnabled(false);
    addForm->addRow(tr("Label:"), m_newLabel);
    addForm->addRow(tr("Type:"), m_newType);
    addForm->addRow(tr("Choices:"), m_newChoices);
    addForm->addRow(QString(), add);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b42318; }"));
    m_error->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Fields of:"), this));
    top->addWidget(m_entityCombo);
    top->addStretch();
    top->addWidget(undo);
    top->addWidget(redo);

    auto *side = new QVBoxLayout;
    side->addWidget(editBox);
    side->addWidget(addBox);
    side->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 3);
    middle->addLayout(side, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);
    resize(900, 520);

    connect(&m_context.workspace().store(), &RecordStore::changed, this, [this](Entity entity, qint64, qint64) {
        if (entity == Entity::FieldDef)
            reload();
    });
    reload();
}

bool ManageFieldsDialog::isChoiceType(const QString &type)
{
    return type == QLatin1String("choice") || type == QLatin1String("multichoice");
}

void ManageFieldsDialog::setEntity(Entity entity)
{
    m_entity = entity;
    const int index = m_entityCombo->findData(int(entity));
    if (index != m_entityCombo->currentIndex())
        m_entityCombo->setCurrentIndex(index);
    reload();
}

void ManageFieldsDialog::reload()
{
    const qint64 selected = currentId();
    auto defs = m_context.workspace().fields().fields(m_entity, true);
    m_defs = defs ? defs.value() : QList<Record>();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_defs.size()));
    int selectRow = -1;
    for (int r = 0; r < m_defs.size(); ++r) {
        const Record &d = m_defs.at(r);
        const FieldDescriptor desc = FieldDescriptor::fromDefinition(d);
        const bool retired = d.value(QStringLiteral("retired")).toBool();
        QStringList choices = desc.choices;
        choices.removeAll(QString());
        auto *label = new QTableWidgetItem(d.value(QStringLiteral("label")).toString());
        label->setData(Qt::UserRole, d.value(QStringLiteral("id")));
        m_table->setItem(r, 0, label);
        m_table->setItem(r, 1, new QTableWidgetItem(choiceLabel(Entity::FieldDef, QStringLiteral("field_type"),
                                                                d.value(QStringLiteral("field_type")).toString())));
        m_table->setItem(r, 2, new QTableWidgetItem(choices.join(QStringLiteral("、"))));
        m_table->setItem(r, 3, new QTableWidgetItem(retired ? tr("Retired") : tr("In use")));
        if (retired) {
            for (int c = 0; c < 4; ++c)
                m_table->item(r, c)->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (d.value(QStringLiteral("id")).toLongLong() == selected)
            selectRow = r;
    }
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    selectionChanged();
}

qint64 ManageFieldsDialog::currentId() const
{
    const auto rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() || !m_table->item(rows.first().row(), 0))
        return 0;
    return m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

Record ManageFieldsDialog::currentDefinition() const
{
    const qint64 id = currentId();
    for (const Record &d : m_defs) {
        if (d.value(QStringLiteral("id")).toLongLong() == id)
            return d;
    }
    return {};
}

void ManageFieldsDialog::selectionChanged()
{
    const Record def = currentDefinition();
    const bool any = !def.isEmpty();
    m_rename->setEnabled(any);
    m_retire->setEnabled(any);
    m_retire->setText(def.value(QStringLiteral("retired")).toBool() ? tr("Re&store") : tr("Re&tire"));
    const bool choices = any && isChoiceType(def.value(QStringLiteral("field_type")).toString());
    m_choices->setEnabled(choices);
    m_applyChoices->setEnabled(choices);
    QStringList list = choices ? FieldDescriptor::fromDefinition(def).choices : QStringList();
    list.removeAll(QString());
    m_choices->setPlainText(list.join(QLatin1Char('\n')));
}

void ManageFieldsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool ManageFieldsDialog::addField(const QString &label, const QString &type, const QStringList &choices)
{
    Workspace &ws = m_context.workspace();
    const Entity entity = m_entity;
    auto *command = new CreateRecordCommand(
        m_context, Entity::FieldDef, [&ws, entity, label, type, choices] { return ws.fields().addField(entity, label, type, choices); },
        tr("Add custom field “%1”").arg(label.trimmed()));
    Status s = m_context.push(command);
    showError(s ? QString() : s.error().message);
    return s.ok();
}

bool ManageFieldsDialog::change(qint64 id, const QString &key, const QVariant &value, const QString &text)
{
    auto def = m_context.workspace().store().get(Entity::FieldDef, id);
    if (!def) {
        showError(def.error().message);
        return false;
    }
    Record old{{key, def->value(key)}};
    Record changes{{key, value}};
    Status s = m_context.push(new ChangeRecordCommand(m_context, Entity::FieldDef, id,
                                                      def->value(QStringLiteral("version")).toInt(), old, changes, text));
    showError(s ? QString() : s.error().message);
    return s.ok();
}

bool ManageFieldsDialog::renameField(qint64 id, const QString &label)
{
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty()) {
        showError(tr("A custom field needs a label."));
        return false;
    }
    return change(id, QStringLiteral("label"), trimmed, tr("Rename custom field to “%1”").arg(trimmed));
}

bool ManageFieldsDialog::setRetired(qint64 id, bool retired)
{
    auto def = m_context.workspace().store().get(Entity::FieldDef, id);
    const QString label = def ? def->value(QStringLiteral("label")).toString() : QString();
    return change(id, QStringLiteral("retired"), retired,
                  retired ? tr("Retire custom field “%1”").arg(label) : tr("Restore custom field “%1”").arg(label));
}

bool ManageFieldsDialog::setChoices(qint64 id, const QStringList &choices)
{
    if (choices.isEmpty()) {
        showError(tr("A choice field needs at least one choice."));
        return false;
    }
    return change(id, QStringLiteral("options"), encodeChoices(choices), tr("Change choices of a custom field"));
}

} // namespace Patron
