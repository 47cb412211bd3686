#pragma once

#include "dashboard/dashboarddata.h"
#include "util/result.h"

#include <QObject>

#include <atomic>
#include <optional>

class QThread;

namespace Patron {

class Workspace;

/// Computes dashboard figures (DashboardService::load: the fresh cache entry or a new
/// computation, stored in the cache) in a worker thread with its own connection, so
/// the GUI never waits for SQL over millions of orders. A request made while one runs
/// cancels it and runs next; only the newest result is reported.
class DashboardJob : public QObject
{
    Q_OBJECT

public:
    explicit DashboardJob(Workspace &workspace, QObject *parent = nullptr);
    /// Cancels and waits for the worker.
    ~DashboardJob() override;

    void start(const DashboardFilter &filter);
    bool isRunning() const { return m_thread != nullptr; }
    /// Blocks until the worker is done (tests, shutdown).
    void wait();

    const Result<DashboardData> &result() const { return m_result; }

signals:
    /// The newest request's figures (or its error) are in result().
    void finished();

private:
    void launch(const DashboardFilter &filter);
    void onThreadFinished();

    Workspace &m_workspace;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    std::optional<DashboardFilter> m_next;
    Result<DashboardData> m_result{DashboardData{}};
    Result<DashboardData> m_pending{DashboardData{}};
};

} // namespace Patron
