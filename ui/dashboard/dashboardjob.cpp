#include "dashboardjob.h"

#include "dashboard/dashboardservice.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QThread>

namespace Patron {

DashboardJob::DashboardJob(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

DashboardJob::~DashboardJob()
{
    blockSignals(true);
    m_next.reset();
    m_cancel.store(true);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void DashboardJob::start(const DashboardFilter &filter)
{
    if (m_thread) {
        // The running computation is for an older choice: stop it, run this one next.
        m_next = filter;
        m_cancel.store(true);
        return;
    }
    launch(filter);
}

void DashboardJob::launch(const DashboardFilter &filter)
{
    m_cancel.store(false);
    Workspace &ws = m_workspace;
    m_thread = QThread::create([this, &ws, filter] {
        Result<DashboardData> r{DashboardData{}};
        {
            DashboardService service(ws.database());
            r = service.load(filter, nullptr, &m_cancel);
        }
        // The connection belongs to this thread, which is about to end.
        ws.database().releaseThreadConnection();
        m_pending = std::move(r);  // read by onThreadFinished() after the thread ended
    });
    m_thread->setObjectName(QStringLiteral("dashboardWorker"));
    QThread *thread = m_thread;
    // wait() may have handled this thread already; its queued signal then comes late.
    connect(thread, &QThread::finished, this, [this, thread] {
        if (m_thread == thread)
            onThreadFinished();
    });
    m_thread->start(QThread::LowPriority);
}

void DashboardJob::wait()
{
    while (m_thread) {
        m_thread->wait();
        onThreadFinished();
    }
}

void DashboardJob::onThreadFinished()
{
    if (!m_thread)
        return;
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_next) {
        const DashboardFilter next = *m_next;
        m_next.reset();
        launch(next);
        return;
    }
    m_result = m_pending;
    emit finished();
}

} // namespace Patron
