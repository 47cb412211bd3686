#include "rfmactions.h"

#include "commands/commandcontext.h"
#include "customers/customerpage.h"
#include "rfm/rfmscheduler.h"
#include "rfmpanel.h"
#include "rfmsettingsdialog.h"
#include "services/customerservice.h"
#include "segments/segmentservice.h"
#include "services/recordstore.h"
#include "services/tagservice.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace Patron {

RfmActions::RfmActions(CommandContext &context, QMainWindow *window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
    , m_scheduler(
          new RfmScheduler(context.workspace().database(), &context.workspace().store(), this))
{
    setObjectName(QStringLiteral("rfmActions"));
    m_settings = new QAction(tr("RFM &settings…"), this);
    m_settings->setObjectName(QStringLiteral("actionRfmSettings"));
    m_settings->setStatusTip(
        tr("Window, monetary measure, segments, thresholds, labels and tiers of the RFM model"));
    connect(m_settings, &QAction::triggered, this, &RfmActions::openSettings);

    m_recompute = new QAction(tr("&Recompute RFM now"), this);
    m_recompute->setObjectName(QStringLiteral("actionRfmRecompute"));
    m_recompute->setStatusTip(
        tr("Compute every customer's RFM scores, segment and tier as of today"));
    connect(m_recompute, &QAction::triggered, m_scheduler, &RfmScheduler::requestFullPass);

    // Merges, trash and restore move many customers' orders in or out at once.
    connect(&context.workspace().customers(), &CustomerService::customersChanged, m_scheduler,
            &RfmScheduler::ordersChanged);
    connect(m_scheduler, &RfmScheduler::progressed, this, [this](int percent) {
        m_window->statusBar()->showMessage(tr("Computing RFM… %1%").arg(percent));
    });
    connect(m_scheduler, &RfmScheduler::snapshotReady, this, [this] {
        m_window->statusBar()->showMessage(tr("RFM segments are up to date."), 5000);
        // The worker refreshed the RFM system tags and rule tags; segments over RFM
        // values count differently now. (Not customersChanged: that starts a new pass.)
        emit m_context.workspace().tags().tagsChanged();
        emit m_context.workspace().segments().segmentsChanged();
    });
    connect(m_scheduler, &RfmScheduler::failed, this, [this](const QString &message) {
        m_window->statusBar()->showMessage(tr("RFM could not be computed: %1").arg(message), 15000);
    });
}

RfmActions::~RfmActions() = default;

void RfmActions::addToMenu(QMenu *menu)
{
    menu->addAction(m_settings);
    menu->addAction(m_recompute);
}

void RfmActions::attach(Customer360Page *page)
{
    page->rfmPanel()->setScheduler(m_scheduler);
}

void RfmActions::startScheduling()
{
    m_scheduler->start();
}

RfmSettingsDialog *RfmActions::openSettings()
{
    if (m_dialog && m_dialog->isVisible()) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    QPointer<RfmScheduler> scheduler(m_scheduler);
    auto *dialog = new RfmSettingsDialog(
        m_context,
        [scheduler] {
            if (scheduler)
                scheduler->requestFullPass();
        },
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

} // namespace Patron
