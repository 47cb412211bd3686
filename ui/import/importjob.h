#pragma once

#include "import/importtypes.h"
#include "util/result.h"

#include <QObject>

#include <atomic>

class QThread;

namespace Patron {

class Workspace;

/// Runs ImportEngine::run (a dry run or the real import) in a worker thread so the wizard
/// stays responsive, and cancels it on request. One job runs at a time; the object is
/// reused for the next run.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(Workspace &workspace, QObject *parent = nullptr);
    /// Cancels a running import and waits for it: the engine rolls back.
    ~ImportJob() override;

    bool isRunning() const { return m_thread != nullptr; }
    void start(const ImportRequest &request);
    /// Asks the engine to stop at its next progress report; finished() follows.
    void cancel() { m_cancel.store(true); }
    bool cancelRequested() const { return m_cancel.load(); }
    /// Blocks until the worker is done (for shutdown).
    void wait();

    /// The outcome of the last run (valid after finished()).
    const Result<ImportSummary> &result() const { return m_result; }
    /// The last run was cancelled by the user (then nothing was written).
    bool wasCancelled() const { return m_wasCancelled; }
    const ImportRequest &request() const { return m_request; }

signals:
    void started();
    /// Emitted from the worker thread; connect with the default (queued) connection.
    void progressed(qint64 rows, double fraction, double rowsPerSecond);
    void finished();

private:
    void onThreadFinished();

    Workspace &m_workspace;
    ImportRequest m_request;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    Result<ImportSummary> m_result{ImportSummary{}};
    Result<ImportSummary> m_pending{ImportSummary{}};
    bool m_wasCancelled = false;
};

} // namespace Patron
