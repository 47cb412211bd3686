#include "importjob.h"

#include "import/importengine.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QThread>

namespace Patron {

ImportJob::ImportJob(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

ImportJob::~ImportJob()
{
    // Nobody listens any more; the rollback must still complete before the workspace goes.
    blockSignals(true);
    cancel();
    wait();
}

void ImportJob::start(const ImportRequest &request)
{
    if (m_thread)
        return;
    m_request = request;
    m_cancel.store(false);
    m_wasCancelled = false;
    Workspace &ws = m_workspace;
    m_thread = QThread::create([this, &ws, request] {
        ImportEngine engine(ws);
        Result<ImportSummary> r = engine.run(request, [this](const ImportProgress &p) {
            emit progressed(p.rows, p.fraction, p.rowsPerSecond);
            return !m_cancel.load();
        });
        // The connection belongs to this thread, which is about to end.
        ws.database().releaseThreadConnection();
        // Read by onThreadFinished() only after the thread has finished.
        m_pending = std::move(r);
    });
    m_thread->setObjectName(QStringLiteral("importWorker"));
    connect(m_thread, &QThread::finished, this, &ImportJob::onThreadFinished);
    emit started();
    m_thread->start();
}

void ImportJob::wait()
{
    if (m_thread) {
        m_thread->wait();
        onThreadFinished();
    }
}

void ImportJob::onThreadFinished()
{
    if (!m_thread)
        return;
    m_thread->deleteLater();
    m_thread = nullptr;
    m_result = m_pending;
    m_wasCancelled = !m_result.ok() && (m_result.error().code == Error::Cancelled || m_cancel.load());
    emit finished();
}

} // namespace Patron
