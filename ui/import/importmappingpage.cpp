#include "importmappingpage.h"

#include "importpreviewpage.h"
#include "importwizard.h"
#include "newfielddialog.h"

#include "import/importengine.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Patron {

namespace {
enum Column { SourceColumn, HeaderColumn, SampleColumn, FieldColumn };
constexpr int kSamples = 3;

/// A requirement: at least one of these keys (a trailing '.' means "any key with this
/// prefix") must be mapped.
struct Requirement
{
    QStringList keys;
    const char *what; ///< untranslated, context Patron::ImportMappingPage
};

QList<Requirement> requirements(ImportKind kind)
{
    const QString lookup = QStringLiteral("customer.");
    switch (kind) {
    case ImportKind::Customers:
        return {{{QStringLiteral("name"), QStringLiteral("mobile"), QStringLiteral("email")},
                 QT_TRANSLATE_NOOP("Patron::ImportMappingPage", "Map at least one of name, mobile or email.")}};
    case ImportKind::Orders:
        return {{{lookup}, QT_TRANSLATE_NOOP("Patron::ImportMappingPage",
                                             "Map a column that finds the customer (customer code, name, mobile or email).")},
                {{QStringLiteral("ordered_at")}, QT_TRANSLATE_NOOP("Patron::ImportMappingPage", "Map the order date.")},
                {{QStringLiteral("amount_cents"), QStringLiteral("amount")},
                 QT_TRANSLATE_NOOP("Patron::ImportMappingPage", "Map the order amount.")}};
    case ImportKind::Contacts:
        return {{{lookup}, QT_TRANSLATE_NOOP("Patron::ImportMappingPage",
                                             "Map a column that finds the customer (customer code, name, mobile or email).")},
                {{QStringLiteral("name")}, QT_TRANSLATE_NOOP("Patron::ImportMappingPage", "Map the contact's name.")}};
    case ImportKind::Activities:
        return {{{lookup}, QT_TRANSLATE_NOOP("Patron::ImportMappingPage",
                                             "Map a column that finds the customer (customer code, name, mobile or email).")},
                {{QStringLiteral("occurred_at")}, QT_TRANSLATE_NOOP("Patron::ImportMappingPage", "Map when it happened.")}};
    }
    return {};
}

bool keyMatches(const QString &candidate, const QString &key)
{
    return candidate.endsWith(u'.') ? key.startsWith(candidate) : key == candidate;
}
} // namespace

QString ImportMappingPage::newFieldKey()
{
    // Never a field key: those are ASCII identifiers.
    return QStringLiteral("\x01new");
}

ImportMappingPage::ImportMappingPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_table(new QTableWidget(this))
    , m_profile(new QLabel(this))
    , m_unmapped(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_saveAs(new QLineEdit(this))
{
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Choose the field each column fills. Columns set to “Don't import” are left out."));

    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Header"), tr("Sample values"), tr("Import as")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 16);
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(HeaderColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::Interactive);
    m_table->setTabKeyNavigation(false);

    m_profile->setObjectName(QStringLiteral("profileLabel"));
    m_profile->setWordWrap(true);
    m_unmapped->setObjectName(QStringLiteral("unmappedLabel"));
    m_unmapped->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("mappingProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_saveAs->setObjectName(QStringLiteral("saveMappingAs"));
    m_saveAs->setPlaceholderText(tr("optional, e.g. “Kingdee customer export”"));
    m_saveAs->setClearButtonEnabled(true);

    auto *saveRow = new QHBoxLayout;
    auto *saveLabel = new QLabel(tr("&Save mapping as:"), this);
    saveLabel->setBuddy(m_saveAs);
    saveRow->addWidget(saveLabel);
    saveRow->addWidget(m_saveAs, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_profile);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_unmapped);
    layout->addWidget(m_problem);
    layout->addLayout(saveRow);
}

QComboBox *ImportMappingPage::fieldBox(int column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(column, FieldColumn));
}

QStringList ImportMappingPage::fields() const
{
    QStringList out;
    for (int r = 0; r < m_table->rowCount(); ++r)
        out << (fieldBox(r) ? fieldBox(r)->currentData().toString() : QString());
    return out;
}

QString ImportMappingPage::labelOf(const QString &key) const
{
    for (const ImportField &f : m_fields) {
        if (f.key == key)
            return f.label;
    }
    return key;
}

void ImportMappingPage::fillCombo(QComboBox *box) const
{
    box->addItem(tr("(Don't import)"), QString());
    for (const ImportField &f : m_fields)
        box->addItem(f.label, f.key);
    const ImportKind kind = m_wizard.request().kind;
    if (kind == ImportKind::Customers || kind == ImportKind::Orders) {
        box->insertSeparator(box->count());
        box->addItem(tr("New custom field…"), newFieldKey());
    }
}

void ImportMappingPage::initializePage()
{
    const ImportPreview &p = m_wizard.preview();
    const ImportRequest &r = m_wizard.request();
    // Coming back with the same header keeps the user's choices; another header (another
    // header row, sheet or encoding) starts again from the suggestion.
    const bool keep = p.header == m_header && r.columnFields.size() == p.header.size();
    const QStringList chosen = keep ? r.columnFields : p.fields;
    m_header = p.header;
    m_fields = p.availableFields;

    m_updating = true;
    m_table->clearContents();
    m_table->setRowCount(int(m_header.size()));
    const int headerIndex = m_wizard.previewPage()->headerIndex();
    for (int c = 0; c < m_header.size(); ++c) {
        QString letter;
        for (int n = c + 1; n > 0; n = (n - 1) / 26)
            letter.prepend(QChar(u'A' + (n - 1) % 26));
        auto *source = new QTableWidgetItem(p.hiddenColumns.contains(c) ? tr("%1 (hidden)").arg(letter) : letter);
        m_table->setItem(c, SourceColumn, source);
        m_table->setItem(c, HeaderColumn, new QTableWidgetItem(m_header.at(c)));
        QStringList samples;
        for (int i = headerIndex + 1; i < p.rows.size() && samples.size() < kSamples; ++i) {
            const QStringList &cells = p.rows.at(i).cells;
            if (c < cells.size() && !cells.at(c).trimmed().isEmpty())
                samples << cells.at(c).trimmed();
        }
        auto *sample = new QTableWidgetItem(samples.join(QStringLiteral("  ·  ")));
        sample->setToolTip(samples.join(u'\n'));
        m_table->setItem(c, SampleColumn, sample);

        auto *box = new QComboBox(m_table);
        box->setObjectName(QStringLiteral("fieldBox%1").arg(c));
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        fillCombo(box);
        const int index = box->findData(c < chosen.size() ? chosen.at(c) : QString());
        box->setCurrentIndex(std::max(0, index));
        m_table->setCellWidget(c, FieldColumn, box);
        connect(box, &QComboBox::activated, this, [this, c] { onFieldChosen(c); });
    }
    m_current = fields();
    int width = 0;
    for (int c = 0; c < m_header.size(); ++c)
        width = std::max(width, fieldBox(c)->sizeHint().width());
    m_table->setColumnWidth(FieldColumn, std::max(width + 8, 180));
    m_updating = false;

    m_profile->setText(p.profile.isEmpty()
                           ? tr("Matched by column names. Check the suggestions below.")
                           : tr("Applied the saved mapping “%1” (same header as before).").arg(p.profile));
    updateStatus();
}

void ImportMappingPage::setField(int column, const QString &key)
{
    QComboBox *box = fieldBox(column);
    if (!box)
        return;
    box->setCurrentIndex(std::max(0, box->findData(key)));
    onFieldChosen(column);
}

void ImportMappingPage::onFieldChosen(int column)
{
    if (m_updating)
        return;
    QComboBox *box = fieldBox(column);
    const QString key = box->currentData().toString();
    if (key == newFieldKey()) {
        createField(column);
        return;
    }
    // A field takes one column: the column that had it before gives it up.
    if (!key.isEmpty()) {
        for (int c = 0; c < m_table->rowCount(); ++c) {
            if (c != column && fieldBox(c)->currentData().toString() == key) {
                const QSignalBlocker block(fieldBox(c));
                fieldBox(c)->setCurrentIndex(0);
            }
        }
    }
    m_current = fields();
    updateStatus();
}

void ImportMappingPage::createField(int column)
{
    const Entity entity = m_wizard.request().kind == ImportKind::Orders ? Entity::Order : Entity::Customer;
    auto *dialog = new NewFieldDialog(m_wizard.workspace(), entity, m_header.value(column), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, column](int result) {
        QComboBox *box = fieldBox(column);
        if (!box)
            return;
        if (result != QDialog::Accepted) {
            const QSignalBlocker block(box);
            box->setCurrentIndex(std::max(0, box->findData(m_current.value(column))));
            return;
        }
        const ImportField field{QStringLiteral("custom.") + dialog->fieldKey(), dialog->fieldLabel(), {}};
        m_fields << field;
        // Every column can choose the new field; insert it before the separator.
        m_updating = true;
        for (int c = 0; c < m_table->rowCount(); ++c) {
            QComboBox *b = fieldBox(c);
            const int at = b->findData(newFieldKey()) - 1;
            b->insertItem(at, field.label, field.key);
        }
        m_updating = false;
        box->setCurrentIndex(box->findData(field.key));
        onFieldChosen(column);
    });
    dialog->open();
}

QString ImportMappingPage::problem() const
{
    const QStringList chosen = fields();
    for (const Requirement &req : requirements(m_wizard.request().kind)) {
        bool available = false;
        bool mapped = false;
        for (const QString &candidate : req.keys) {
            for (const ImportField &f : m_fields)
                available = available || keyMatches(candidate, f.key);
            for (const QString &k : chosen)
                mapped = mapped || keyMatches(candidate, k);
        }
        // Only what this file can offer is checked here; the engine has the last word.
        if (available && !mapped)
            return tr(req.what);
    }
    return {};
}

void ImportMappingPage::updateStatus()
{
    const QStringList chosen = fields();
    QStringList left;
    for (int c = 0; c < chosen.size(); ++c) {
        if (chosen.at(c).isEmpty()) {
            const QString h = m_header.value(c).trimmed();
            left << (h.isEmpty() ? tr("column %1").arg(c + 1) : QStringLiteral("“%1”").arg(h));
        }
    }
    if (left.isEmpty()) {
        m_unmapped->setText(tr("All columns will be imported."));
    } else {
        m_unmapped->setText(tr("%n column(s) will not be imported: %1", nullptr, int(left.size()))
                                .arg(left.join(QStringLiteral(", "))));
    }
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return !m_header.isEmpty() && problem().isEmpty();
}

bool ImportMappingPage::validatePage()
{
    ImportRequest &r = m_wizard.request();
    r.columnFields = fields();
    r.mapOverrides.clear();
    r.profile.clear();
    r.saveProfileAs = m_saveAs->text().trimmed();
    // headerRow as the preview found it, so the import reads the same header.
    r.headerRow = m_wizard.preview().headerRow;
    ImportEngine engine(m_wizard.workspace());
    const Result<QStringList> resolved = engine.resolveMapping(r, m_header);
    if (!resolved) {
        m_problem->setText(resolved.error().message);
        m_problem->show();
        return false;
    }
    return true;
}

} // namespace Patron
