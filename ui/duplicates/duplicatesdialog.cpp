#include "duplicatesdialog.h"

#include "commands/commandcontext.h"
#include "commands/mergecustomerscommand.h"
#include "services/fieldservice.h"
#include "services/recordstore.h"
#include "services/tagservice.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace Patron {

namespace {

// More groups than this are not listed at once: merge some, then look again.
const int kMaxListed = 2000;
const int kGroupIndexRole = Qt::UserRole;

struct FoundGroups
{
    Result<QList<DuplicateGroup>> groups = QList<DuplicateGroup>();
    QStringList labels;
};

QString shortText(const QString &text)
{
    const QString s = text.simplified();
    return s.size() > 40 ? s.left(39) + QChar(0x2026) : s;
}

} // namespace

DuplicatesDialog::DuplicatesDialog(CommandContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_similar(new QCheckBox(tr("Also &similar names"), this))
    , m_find(new QPushButton(tr("&Find again"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_groups(new QListWidget(this))
    , m_compare(new QTableWidget(this))
    , m_message(new QLabel(this))
    , m_merge(new QPushButton(tr("&Merge"), this))
    , m_dismiss(new QPushButton(tr("&Not a duplicate"), this))
{
    setObjectName(QStringLiteral("DuplicatesDialog"));
    setWindowTitle(tr("Duplicate customers"));
    m_similar->setObjectName(QStringLiteral("similarNames"));
    m_similar->setToolTip(
        tr("Also group company names that are equal without a leading city or province, or that "
           "differ in one character"));
    m_find->setObjectName(QStringLiteral("findButton"));
    m_groups->setObjectName(QStringLiteral("groupList"));
    m_compare->setObjectName(QStringLiteral("comparison"));
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_compare->setSelectionMode(QAbstractItemView::NoSelection);
    m_compare->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_compare->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_compare->setToolTip(
        tr("Choose the customer that remains and, for each field, the value it keeps. "
           "Double-click a column header to open that customer."));

    auto *top = new QHBoxLayout;
    top->addWidget(m_similar);
    top->addWidget(m_find);
    top->addWidget(m_progress);
    top->addWidget(m_status, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_compare, 1);
    rightLayout->addWidget(m_message);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_groups);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_merge, QDialogButtonBox::ActionRole);
    buttons->addButton(m_dismiss, QDialogButtonBox::ActionRole);
    m_merge->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1000, 600);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_find, &QPushButton::clicked, this, &DuplicatesDialog::refresh);
    connect(m_similar, &QCheckBox::toggled, this, &DuplicatesDialog::refresh);
    connect(m_groups, &QListWidget::currentRowChanged, this, &DuplicatesDialog::showGroup);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeCurrent);
    connect(m_dismiss, &QPushButton::clicked, this, &DuplicatesDialog::dismissCurrent);
    connect(m_compare->horizontalHeader(), &QHeaderView::sectionDoubleClicked, this,
            [this](int column) {
                if (column >= 0 && column < m_shown.size())
                    emit openCustomerRequested(
                        m_shown.at(column).value(QStringLiteral("id")).toLongLong());
            });
    showGroup(-1);
}

DuplicatesDialog::~DuplicatesDialog()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void DuplicatesDialog::refresh()
{
    if (m_thread)
        return;
    m_cancel = false;
    m_find->setEnabled(false);
    m_similar->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_status->setText(tr("Looking for duplicates…"));
    Database *db = &m_context.workspace().database();
    RecordStore *store = &m_context.workspace().store();
    DuplicateOptions options;
    options.similarNames = m_similar->isChecked();
    const QSet<QString> dismissed = m_dismissed;
    // The whole table is read: a worker thread with its own connection keeps the window live.
    m_thread = QThread::create([this, db, store, options, dismissed] {
        DuplicateService service(*db, *store);
        FoundGroups found;
        found.groups = service.findGroups(options, [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this,
                [this, done, total] {
                    m_progress->setRange(0, 1000);
                    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
                },
                Qt::QueuedConnection);
            return !m_cancel.load();
        });
        if (found.groups) {
            QList<DuplicateGroup> &groups = found.groups.value();
            groups.erase(std::remove_if(
                             groups.begin(), groups.end(),
                             [&](const DuplicateGroup &g) { return dismissed.contains(g.key()); }),
                         groups.end());
            QList<qint64> listed;
            for (int i = 0; i < groups.size() && i < kMaxListed; ++i)
                listed << groups.at(i).customerIds;
            const QHash<qint64, Record> rows = service.summaries(listed).valueOr({});
            for (int i = 0; i < groups.size() && i < kMaxListed && !m_cancel; ++i) {
                QStringList names;
                for (qint64 id : groups.at(i).customerIds)
                    names << rows.value(id).value(QStringLiteral("name")).toString();
                names.removeDuplicates();
                found.labels << tr("%1 · %2").arg(
                    DuplicateService::reasonText(groups.at(i).reasons),
                    shortText(names.join(QLatin1String(" / "))));
            }
        }
        db->releaseThreadConnection();
        QMetaObject::invokeMethod(
            this,
            [this, found] {
                m_thread->wait();
                m_thread = nullptr;
                m_find->setEnabled(true);
                m_similar->setEnabled(true);
                m_progress->hide();
                if (!found.groups) {
                    m_status->setText(found.groups.error().message);
                    return;
                }
                m_found = found.groups.value();
                m_groups->clear();
                for (int i = 0; i < found.labels.size(); ++i) {
                    auto *item = new QListWidgetItem(found.labels.at(i), m_groups);
                    item->setData(kGroupIndexRole, i);
                    item->setToolTip(
                        tr("%n customer(s)", nullptr, int(m_found.at(i).customerIds.size())));
                }
                m_status->setText(
                    m_found.size() > kMaxListed
                        ? tr("%1 groups of duplicates; the first %2 are listed.")
                              .arg(m_found.size())
                              .arg(kMaxListed)
                        : tr("%n group(s) of duplicates.", nullptr, int(m_found.size())));
                if (m_groups->count() > 0)
                    m_groups->setCurrentRow(0);
                else
                    showGroup(-1);
            },
            Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

QString DuplicatesDialog::displayValue(const QString &field, const Record &customer) const
{
    if (field.startsWith(QLatin1String("custom."))) {
        const QVariant v = customer.value(QStringLiteral("custom")).toMap().value(field.mid(7));
        if (v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QStringList)
            return v.toStringList().join(QLatin1String(", "));
        if (v.typeId() == QMetaType::Bool)
            return v.toBool() ? tr("Yes") : tr("No");
        return v.toString();
    }
    const QVariant v = customer.value(field);
    if (field == QLatin1String("owner_id"))
        return v.isNull() ? QString() : m_userNames.value(v.toLongLong());
    const FieldSpec *spec = entitySpec(Entity::Customer).field(field);
    if (spec && spec->type == FieldType::Choice && !v.toString().isEmpty())
        return choiceLabel(Entity::Customer, field, v.toString());
    return v.toString();
}

void DuplicatesDialog::showGroup(int row)
{
    m_compare->setRowCount(0); // deletes the radio buttons
    m_compare->setColumnCount(0);
    m_choices.clear();
    delete m_survivor;
    m_survivor = nullptr;
    m_shown.clear();
    m_fields.clear();
    m_message->clear();
    QListWidgetItem *item = row >= 0 ? m_groups->item(row) : nullptr;
    m_merge->setEnabled(item != nullptr);
    m_dismiss->setEnabled(item != nullptr);
    if (!item) {
        m_compare->setRowCount(0);
        m_compare->setColumnCount(0);
        return;
    }
    Workspace &ws = m_context.workspace();
    m_userNames.clear();
    if (auto users = ws.users().users(true)) {
        for (const Record &u : users.value())
            m_userNames.insert(u.value(QStringLiteral("id")).toLongLong(),
                               u.value(QStringLiteral("display_name")).toString());
    }
    m_customLabels.clear();
    if (auto defs = ws.fields().fields(Entity::Customer, false)) {
        for (const Record &d : defs.value())
            m_customLabels.insert(QStringLiteral("custom.")
                                      + d.value(QStringLiteral("field_key")).toString(),
                                  d.value(QStringLiteral("label")).toString());
    }
    // Read now: the versions seen here are what the merge checks against.
    const DuplicateGroup &group = m_found.at(item->data(kGroupIndexRole).toInt());
    for (qint64 id : group.customerIds) {
        auto c = ws.store().get(Entity::Customer, id);
        if (c && c->value(QStringLiteral("deleted_at")).isNull())
            m_shown << c.value();
    }
    if (m_shown.size() < 2) {
        m_message->setText(
            tr("These customers are no longer duplicates (merged or deleted meanwhile)."));
        m_merge->setEnabled(false);
        return;
    }
    const DuplicateService dupes(ws.database(), ws.store());
    for (const QString &field : dupes.mergeFields()) {
        bool any = false;
        for (const Record &c : std::as_const(m_shown))
            any = any || !displayValue(field, c).isEmpty();
        if (any)
            m_fields << field;
    }
    const int columns = int(m_shown.size());
    m_compare->setColumnCount(columns);
    m_compare->setRowCount(int(m_fields.size()) + 1);
    QStringList headers, rows {tr("Keep this customer")};
    for (const Record &c : std::as_const(m_shown))
        headers << tr("#%1").arg(c.value(QStringLiteral("id")).toLongLong());
    for (const QString &f : std::as_const(m_fields))
        rows << (f.startsWith(QLatin1String("custom.")) ? m_customLabels.value(f, f.mid(7))
                                                        : fieldLabel(Entity::Customer, f));
    m_compare->setHorizontalHeaderLabels(headers);
    m_compare->setVerticalHeaderLabels(rows);

    m_survivor = new QButtonGroup(this);
    for (int col = 0; col < columns; ++col) {
        auto *radio = new QRadioButton(m_shown.at(col).value(QStringLiteral("name")).toString());
        radio->setObjectName(QStringLiteral("survivor%1").arg(col));
        m_survivor->addButton(radio, col);
        m_compare->setCellWidget(0, col, radio);
    }
    for (int r = 0; r < m_fields.size(); ++r) {
        const QString &field = m_fields.at(r);
        auto *group = new QButtonGroup(m_survivor);
        QSet<QString> distinct;
        for (const Record &c : std::as_const(m_shown))
            distinct.insert(displayValue(field, c));
        for (int col = 0; col < columns; ++col) {
            const QString value = displayValue(field, m_shown.at(col));
            auto *radio = new QRadioButton(value.isEmpty() ? tr("(empty)") : shortText(value));
            radio->setToolTip(value);
            radio->setObjectName(QStringLiteral("%1_%2").arg(field).arg(col));
            // Nothing to choose where every customer has the same value.
            radio->setEnabled(distinct.size() > 1);
            group->addButton(radio, col);
            m_compare->setCellWidget(r + 1, col, radio);
        }
        m_choices.insert(field, group);
    }
    m_survivor->button(0)->setChecked(true);
    applyDefaultChoices();
    connect(m_survivor, &QButtonGroup::idClicked, this, [this] { applyDefaultChoices(); });
    m_compare->resizeRowsToContents();
}

void DuplicatesDialog::applyDefaultChoices()
{
    // The survivor's non-empty value, else the first non-empty one (what merge() does).
    const int survivor = m_survivor ? std::max(0, m_survivor->checkedId()) : 0;
    QList<int> order {survivor};
    for (int col = 0; col < m_shown.size(); ++col) {
        if (col != survivor)
            order << col;
    }
    for (const QString &field : std::as_const(m_fields)) {
        int chosen = survivor;
        for (int col : std::as_const(order)) {
            if (!displayValue(field, m_shown.at(col)).isEmpty()) {
                chosen = col;
                break;
            }
        }
        m_choices.value(field)->button(chosen)->setChecked(true);
    }
}

void DuplicatesDialog::chooseValue(const QString &field, int column)
{
    if (QButtonGroup *g = m_choices.value(field); g && g->button(column))
        g->button(column)->click();
}

void DuplicatesDialog::chooseSurvivor(int column)
{
    if (m_survivor && m_survivor->button(column))
        m_survivor->button(column)->click();
}

void DuplicatesDialog::mergeCurrent()
{
    if (!m_survivor || m_shown.size() < 2)
        return;
    const int survivor = m_survivor->checkedId();
    MergeRequest request;
    for (int col = 0; col < m_shown.size(); ++col) {
        const qint64 id = m_shown.at(col).value(QStringLiteral("id")).toLongLong();
        request.versions.insert(id, m_shown.at(col).value(QStringLiteral("version")).toInt());
        if (col == survivor)
            request.survivorId = id;
        else
            request.mergedIds << id;
    }
    for (auto it = m_choices.begin(); it != m_choices.end(); ++it) {
        const int col = it.value()->checkedId();
        if (col >= 0)
            request.fieldSources.insert(it.key(),
                                        m_shown.at(col).value(QStringLiteral("id")).toLongLong());
    }
    const qint64 survivorId = request.survivorId;
    Status s = m_context.push(new MergeCustomersCommand(m_context, std::move(request)));
    if (!s) {
        const int row = m_groups->currentRow();
        showGroup(row); // re-read: the user sees what changed and may merge again
        m_message->setText(s.error().message);
        return;
    }
    delete m_groups->takeItem(m_groups->currentRow());
    if (m_groups->count() == 0)
        showGroup(-1);
    m_message->setText(
        tr("Merged into customer #%1. Edit → Undo puts the customers back.").arg(survivorId));
}

void DuplicatesDialog::dismissCurrent()
{
    QListWidgetItem *item = m_groups->currentItem();
    if (!item)
        return;
    m_dismissed.insert(m_found.at(item->data(kGroupIndexRole).toInt()).key());
    delete m_groups->takeItem(m_groups->row(item));
    if (m_groups->count() == 0)
        showGroup(-1);
}

} // namespace Patron
