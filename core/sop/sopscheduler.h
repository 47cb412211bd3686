#pragma once

#include "sopservice.h"

#include <QObject>

#include <atomic>
#include <memory>


class QTimer;

namespace Patron {

class Database;
class RecordStore;
class WorkerThread;
enum class Entity;

/// Runs the SOP engine (SopService::run, as of now) without blocking the thread it lives in
/// (the GUI's): every pass runs on one worker thread with its own database connection and
/// its own RecordStore, one pass at a time.
///
/// - start(): a pass at once (start-up), then one every interval (default 5 minutes).
/// - A row changed (RecordStore::changed of the store given) or dataChanged(): a pass after
///   a quiet period (debounce, default 3 s).
/// - requestRun(): a pass now, queued behind the running one; at most one waits, so passes
///   never overlap and a burst of requests gives one more pass.
/// - Destroying it cancels the running pass between rules and waits for the worker.
/// Results come as signals, delivered in the scheduler's thread.
class SopScheduler : public QObject
{
    Q_OBJECT

public:
    /// store may be null (no reaction to edits; only start-up, timer and explicit requests).
    SopScheduler(Database &database, RecordStore *store, QObject *parent = nullptr);
    ~SopScheduler() override;

    void start();
    void setInterval(int ms);
    void setDebounceInterval(int ms);
    bool isBusy() const { return m_pending.load() || m_running.load(); }
    /// Passes finished so far (for tests and the status bar).
    int passes() const { return m_passes.load(); }

public slots:
    void requestRun();
    /// Data changed outside the store (an import, an undo): a pass after the quiet period.
    void dataChanged();
    /// Cancels the running pass between two rules.
    void cancel();

signals:
    void finished(const Patron::SopRunReport &report);
    void failed(const QString &message);
    void busyChanged(bool busy);

private:
    void onStoreChanged(Patron::Entity entity, qint64 id, qint64 customerId);
    void runPass(); // on the worker thread

    Database &m_database;
    std::unique_ptr<WorkerThread> m_worker; ///< the context of queued jobs
    QTimer *m_debounce;
    QTimer *m_interval;
    bool m_started = false;
    std::atomic<bool> m_cancel {false};
    std::atomic<bool> m_stopping {false};
    std::atomic<bool> m_pending {false};
    std::atomic<bool> m_running {false};
    std::atomic<int> m_passes {0};
};

} // namespace Patron
