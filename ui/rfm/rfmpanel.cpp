#include "rfmpanel.h"

#include "rfm/rfmengine.h"
#include "rfm/rfmscheduler.h"
#include "services/workspace.h"
#include "util/values.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Patron {

namespace {
QLabel *chip(const QString &objectName, const QString &color, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setStyleSheet(
        QStringLiteral(
            "QLabel { background: %1; color: #1d2939; border-radius: 9px; padding: 2px 9px; }")
            .arg(color));
    return l;
}
} // namespace

RfmPanel::RfmPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_summary(new QWidget(parent))
    , m_history(new QListWidget(this))
{
    setObjectName(QStringLiteral("rfmPanel"));
    m_summary->setObjectName(QStringLiteral("rfmSummary"));
    auto *caption = new QLabel(tr("RFM:"), m_summary);
    m_segment = chip(QStringLiteral("rfmSegment"), QStringLiteral("#fef0c7"), m_summary);
    m_tier = chip(QStringLiteral("rfmTier"), QStringLiteral("#e0eaff"), m_summary);
    m_values = new QLabel(m_summary);
    m_values->setObjectName(QStringLiteral("rfmValues"));
    m_values->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_asOf = new QLabel(m_summary);
    m_asOf->setObjectName(QStringLiteral("rfmAsOf"));
    QPalette p = m_asOf->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    m_asOf->setPalette(p);
    auto *row = new QHBoxLayout(m_summary);
    row->setContentsMargins(0, 2, 0, 2);
    row->addWidget(caption);
    row->addWidget(m_segment);
    row->addWidget(m_tier);
    row->addSpacing(12);
    row->addWidget(m_values);
    row->addStretch();
    row->addWidget(m_asOf);

    m_history->setObjectName(QStringLiteral("rfmHistory"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Segment changes, newest first:"), this));
    layout->addWidget(m_history, 1);
}

void RfmPanel::setScheduler(RfmScheduler *scheduler)
{
    connect(scheduler, &RfmScheduler::snapshotReady, this, &RfmPanel::reload);
    connect(scheduler, &RfmScheduler::customerUpdated, this, [this](qint64 id) {
        if (id == m_customerId)
            reload();
    });
}

void RfmPanel::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    reload();
}

void RfmPanel::reload()
{
    if (m_customerId <= 0)
        return;
    RfmEngine engine(m_workspace.database());
    const auto settings = RfmSettings::load(m_workspace.database());
    const RfmLabels labels = settings ? settings->labels : RfmLabels {};
    const auto snapshot = engine.currentSnapshot();
    const auto values = engine.currentValues(m_customerId);
    const bool have = snapshot && snapshot.value() && values && values.value();
    m_segment->setVisible(have);
    m_tier->setVisible(have && !values.value()->tier.isEmpty());
    if (!have) {
        m_values->setText(snapshot && snapshot.value()
                              ? tr("Not in the current RFM snapshot yet.")
                              : tr("Not computed yet (Customers → Recompute RFM now)."));
        m_asOf->clear();
    } else {
        const RfmValue &v = *values.value();
        m_segment->setText(labels.segmentDisplayName(v.segment));
        m_tier->setText(labels.tierDisplayName(v.tier));
        if (v.rScore > 0) {
            m_values->setText(
                tr("R %1 · %Ln day(s) ago", nullptr, v.recencyDays.value_or(0)).arg(v.rScore)
                + QStringLiteral("   ")
                + tr("F %1 · %Ln order(s)", nullptr, v.frequency).arg(v.fScore)
                + QStringLiteral("   ")
                + tr("M %1 · %2").arg(v.mScore).arg(Values::formatMoney(v.monetaryCents)));
        } else {
            m_values->setText(tr("No counted order in the last %Ln day(s).", nullptr,
                                 snapshot.value()->windowDays));
            if (snapshot.value()->windowDays == 0)
                m_values->setText(tr("No counted order yet."));
        }
        m_asOf->setText(tr("as of %1").arg(Values::displayDate(snapshot.value()->asOf)));
    }

    m_history->clear();
    const auto history = engine.history(m_customerId);
    if (history) {
        for (const RfmTransition &t : history.value()) {
            const QString date = Values::displayDate(t.asOf);
            QString text = t.entered()
                ? tr("Entered %1 on %2").arg(labels.segmentDisplayName(t.toSegment), date)
                : tr("%1 → %2 on %3")
                      .arg(labels.segmentDisplayName(t.fromSegment),
                           labels.segmentDisplayName(t.toSegment), date);
            if (t.fromTier != t.toTier && !t.toTier.isEmpty() && !t.entered())
                text += QStringLiteral("  ")
                    + tr("(tier: %1)").arg(labels.tierDisplayName(t.toTier));
            auto *item = new QListWidgetItem(text, m_history);
            item->setData(Qt::UserRole, t.toSegment);
        }
    }
    if (m_history->count() == 0)
        new QListWidgetItem(tr("No RFM history yet."), m_history);
}

} // namespace Patron
