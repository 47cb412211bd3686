#include "rfmsettingsdialog.h"

#include "commands/commandcontext.h"
#include "commands/setrfmsettingscommand.h"
#include "services/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Patron {

namespace {
enum SegmentColumn { NameColumn, LabelColumn, TierColumn };
}

RfmSettingsDialog::RfmSettingsDialog(CommandContext &context,
                                     std::function<void()> changed,
                                     QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_changed(std::move(changed))
    , m_window(new QSpinBox(this))
    , m_monetary(new QComboBox(this))
    , m_scheme(new QComboBox(this))
    , m_rFixed(new QCheckBox(tr("Fixed: recent when the last order is at most"), this))
    , m_rDays(new QSpinBox(this))
    , m_fFixed(new QCheckBox(tr("Fixed: frequent from"), this))
    , m_fOrders(new QSpinBox(this))
    , m_mFixed(new QCheckBox(tr("Fixed: high value from"), this))
    , m_mYuan(new QDoubleSpinBox(this))
    , m_keep(new QSpinBox(this))
    , m_segments(new QTableWidget(this))
    , m_tiers(new QTableWidget(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("rfmSettingsDialog"));
    setWindowTitle(tr("RFM settings"));

    m_window->setObjectName(QStringLiteral("windowDays"));
    m_window->setRange(0, 36500);
    m_window->setSuffix(tr(" days"));
    m_window->setSpecialValueText(tr("All history"));
    m_monetary->setObjectName(QStringLiteral("monetary"));
    m_monetary->addItem(tr("Total of the orders"),
                        RfmSettings::monetaryName(RfmSettings::Monetary::Total));
    m_monetary->addItem(tr("Average order value"),
                        RfmSettings::monetaryName(RfmSettings::Monetary::Average));
    m_scheme->setObjectName(QStringLiteral("scheme"));
    m_scheme->addItem(tr("Eight segments (high/low R, F, M)"), Rfm::SchemeRfm8);
    m_scheme->addItem(tr("R×F grid (ten segments on the scores)"), Rfm::SchemeRfGrid);
    m_rFixed->setObjectName(QStringLiteral("recencyFixed"));
    m_rDays->setObjectName(QStringLiteral("recencyDays"));
    m_rDays->setRange(0, 36500);
    m_rDays->setSuffix(tr(" days ago"));
    m_fFixed->setObjectName(QStringLiteral("frequencyFixed"));
    m_fOrders->setObjectName(QStringLiteral("frequencyOrders"));
    m_fOrders->setRange(1, 1000000);
    m_fOrders->setSuffix(tr(" orders"));
    m_mFixed->setObjectName(QStringLiteral("monetaryFixed"));
    m_mYuan->setObjectName(QStringLiteral("monetaryYuan"));
    m_mYuan->setRange(0, 1e11);
    m_mYuan->setDecimals(2);
    m_mYuan->setPrefix(QStringLiteral("¥"));
    m_keep->setObjectName(QStringLiteral("keepSnapshots"));
    m_keep->setRange(1, 1000);
    for (auto [box, editor] : {std::pair<QCheckBox *, QWidget *> {m_rFixed, m_rDays},
                               {m_fFixed, m_fOrders},
                               {m_mFixed, m_mYuan}}) {
        QWidget *e = editor;
        connect(box, &QCheckBox::toggled, e, &QWidget::setEnabled);
    }

    auto *model = new QWidget(this);
    auto *form = new QFormLayout(model);
    form->addRow(tr("Orders counted from the last:"), m_window);
    form->addRow(tr("Monetary value:"), m_monetary);
    form->addRow(tr("Segments:"), m_scheme);
    auto pair = [this](QCheckBox *box, QWidget *editor) {
        auto *w = new QWidget(this);
        auto *h = new QHBoxLayout(w);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(box);
        h->addWidget(editor);
        h->addStretch();
        return w;
    };
    auto *note = new QLabel(
        tr("Without a fixed threshold a customer is high in a dimension when better than the "
           "mean of all scored customers."),
        this);
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(tr("Recency (R):"), pair(m_rFixed, m_rDays));
    form->addRow(tr("Frequency (F):"), pair(m_fFixed, m_fOrders));
    form->addRow(tr("Monetary (M):"), pair(m_mFixed, m_mYuan));
    form->addRow(tr("Snapshots keeping customer values:"), m_keep);

    const QStringList segmentKeys = Rfm::allSegmentKeys();
    m_segments->setObjectName(QStringLiteral("segmentsTable"));
    m_segments->setColumnCount(3);
    m_segments->setHorizontalHeaderLabels({tr("Segment"), tr("Label"), tr("Tier")});
    m_segments->setRowCount(int(segmentKeys.size()));
    m_segments->verticalHeader()->hide();
    m_segments->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    for (int row = 0; row < segmentKeys.size(); ++row) {
        const QString &key = segmentKeys.at(row);
        auto *name = new QTableWidgetItem(Rfm::translatedSegmentName(key));
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, key);
        m_segments->setItem(row, NameColumn, name);
        m_segments->setItem(row, LabelColumn, new QTableWidgetItem);
        auto *tier = new QComboBox(m_segments);
        tier->addItem(tr("(none)"), QString());
        for (const QString &t : Rfm::tierKeys())
            tier->addItem(Rfm::translatedTierName(t), t);
        m_segments->setCellWidget(row, TierColumn, tier);
    }
    const QStringList tierKeys = Rfm::tierKeys();
    m_tiers->setObjectName(QStringLiteral("tiersTable"));
    m_tiers->setColumnCount(2);
    m_tiers->setHorizontalHeaderLabels({tr("Tier"), tr("Label")});
    m_tiers->setRowCount(int(tierKeys.size()));
    m_tiers->verticalHeader()->hide();
    m_tiers->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int row = 0; row < tierKeys.size(); ++row) {
        auto *name = new QTableWidgetItem(Rfm::translatedTierName(tierKeys.at(row)));
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, tierKeys.at(row));
        m_tiers->setItem(row, 0, name);
        m_tiers->setItem(row, 1, new QTableWidgetItem);
    }

    auto *tabs = new QTabWidget(this);
    tabs->addTab(model, tr("&Model"));
    tabs->addTab(m_segments, tr("&Segments and tiers"));
    tabs->addTab(m_tiers, tr("Tier &labels"));

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RfmSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setSettings(RfmSettings {}); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, 520);

    auto loaded = RfmSettings::load(context.workspace().database());
    m_loaded = loaded ? loaded.value() : RfmSettings {};
    if (!loaded) {
        m_error->setText(
            tr("The saved RFM settings could not be read (%1); the defaults are shown.")
                .arg(loaded.error().message));
        m_error->show();
    }
    setSettings(m_loaded);
}

void RfmSettingsDialog::setSettings(const RfmSettings &s)
{
    m_window->setValue(s.windowDays);
    m_monetary->setCurrentIndex(m_monetary->findData(RfmSettings::monetaryName(s.monetary)));
    m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(s.scheme)));
    m_rFixed->setChecked(s.recencyMaxDays.has_value());
    m_rDays->setValue(s.recencyMaxDays.value_or(30));
    m_rDays->setEnabled(s.recencyMaxDays.has_value());
    m_fFixed->setChecked(s.frequencyMin.has_value());
    m_fOrders->setValue(s.frequencyMin.value_or(3));
    m_fOrders->setEnabled(s.frequencyMin.has_value());
    m_mFixed->setChecked(s.monetaryMinCents.has_value());
    m_mYuan->setValue(double(s.monetaryMinCents.value_or(100000)) / 100.0);
    m_mYuan->setEnabled(s.monetaryMinCents.has_value());
    m_keep->setValue(s.keepSnapshots);
    for (int row = 0; row < m_segments->rowCount(); ++row) {
        const QString key = m_segments->item(row, NameColumn)->data(Qt::UserRole).toString();
        m_segments->item(row, LabelColumn)->setText(s.labels.segmentLabel(key));
        auto *tier = static_cast<QComboBox *>(m_segments->cellWidget(row, TierColumn));
        tier->setCurrentIndex(std::max(0, tier->findData(s.tierFor(key))));
    }
    for (int row = 0; row < m_tiers->rowCount(); ++row) {
        const QString key = m_tiers->item(row, 0)->data(Qt::UserRole).toString();
        m_tiers->item(row, 1)->setText(s.labels.tierLabel(key));
    }
}

RfmSettings RfmSettingsDialog::settings() const
{
    RfmSettings s;
    s.windowDays = m_window->value();
    s.monetary = RfmSettings::parseMonetary(m_monetary->currentData().toString())
                     .value_or(RfmSettings::Monetary::Total);
    s.scheme = m_scheme->currentData().toString();
    if (m_rFixed->isChecked())
        s.recencyMaxDays = m_rDays->value();
    if (m_fFixed->isChecked())
        s.frequencyMin = m_fOrders->value();
    if (m_mFixed->isChecked())
        s.monetaryMinCents = qint64(std::llround(m_mYuan->value() * 100.0));
    s.keepSnapshots = m_keep->value();
    // Only what differs from the defaults is stored: a later change of a default label or
    // tier reaches users who never edited it.
    for (int row = 0; row < m_segments->rowCount(); ++row) {
        const QString key = m_segments->item(row, NameColumn)->data(Qt::UserRole).toString();
        const QString label = m_segments->item(row, LabelColumn)->text().trimmed();
        if (!label.isEmpty() && label != Rfm::defaultSegmentLabel(key))
            s.labels.segments.insert(key, label);
        const QString tier = static_cast<QComboBox *>(m_segments->cellWidget(row, TierColumn))
                                 ->currentData()
                                 .toString();
        if (tier != Rfm::defaultTierOf(key))
            s.tierOf.insert(key, tier);
    }
    for (int row = 0; row < m_tiers->rowCount(); ++row) {
        const QString key = m_tiers->item(row, 0)->data(Qt::UserRole).toString();
        const QString label = m_tiers->item(row, 1)->text().trimmed();
        if (!label.isEmpty() && label != Rfm::defaultTierLabel(key))
            s.labels.tiers.insert(key, label);
    }
    return s;
}

void RfmSettingsDialog::accept()
{
    const RfmSettings next = settings();
    Status valid = next.validate();
    if (!valid) {
        m_error->setText(valid.error().message);
        m_error->show();
        return;
    }
    if (next == m_loaded) {
        QDialog::accept();
        return;
    }
    Status s = m_context.push(new SetRfmSettingsCommand(m_context, m_loaded, next, m_changed));
    if (!s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    m_loaded = next;
    QDialog::accept();
}

} // namespace Patron
