#pragma once

#include <QMutex>
#include <QObject>
#include <QSet>

#include <atomic>
#include <memory>


class QTimer;

namespace Patron {

class Database;
class RecordStore;
class WorkerThread;
enum class Entity;

/// Keeps the RFM snapshot current without blocking the thread it lives in (the GUI's):
/// every computation runs on one worker thread with its own database connection, one
/// job after the other.
///
/// - start(): a full pass at once when the current snapshot is not from today, then one
///   after each local midnight.
/// - An order of a customer changed (RecordStore::changed, or customerOrdersChanged()):
///   that customer is updated incrementally at once (RfmEngine::updateCustomer), and a
///   full pass follows after a quiet period (debounce), so everyone's scores catch up.
///   A customer row changed (created, edited): incremental update only.
/// - ordersChanged(): many orders changed (an import batch, an undo): a debounced full pass.
/// Results come as signals, delivered in the scheduler's thread.
class RfmScheduler : public QObject
{
    Q_OBJECT

public:
    /// store may be null (no automatic incremental updates).
    RfmScheduler(Database &database, RecordStore *store, QObject *parent = nullptr);
    /// Cancels a running pass (it rolls back) and waits for the worker to stop.
    ~RfmScheduler() override;

    /// Starts the start-up check, the midnight timer and the reactions to changes (before,
    /// only explicit requestFullPass() calls compute).
    void start();
    /// Quiet period before a full pass after changes (default 5000 ms). It grows to ten
    /// times the last full pass's duration, so that on a large database (a pass of half a
    /// minute at a million customers, holding SQLite's write lock for part of it) passes
    /// take at most a tenth of the time; incremental updates stay immediate.
    void setDebounceInterval(int ms);
    /// A full pass is queued or running.
    bool isBusy() const { return m_fullPending.load() || m_fullRunning.load(); }

public slots:
    /// A full pass now (queued behind the current job; at most one waits).
    void requestFullPass();
    /// Many orders changed: a full pass after the quiet period.
    void ordersChanged();
    /// One customer's orders changed: incremental now, full pass after the quiet period.
    void customerOrdersChanged(qint64 customerId);
    /// One customer's row changed: incremental only.
    void customerChanged(qint64 customerId);
    /// Cancels the running full pass (nothing is written).
    void cancel();

signals:
    void snapshotReady(qint64 snapshotId);
    void customerUpdated(qint64 customerId);
    void failed(const QString &message);
    /// Progress of a full pass, 0–100 (from the worker; queued to receivers).
    void progressed(int percent);
    void busyChanged(bool busy);

private:
    void onStoreChanged(Patron::Entity entity, qint64 id, qint64 customerId);
    void armMidnight();
    void startDebounce();
    void queueIncremental(qint64 customerId);
    // On the worker thread:
    void runFull();
    void runIncremental();
    void runStartupCheck();

    Database &m_database;
    std::unique_ptr<WorkerThread> m_worker; ///< the context of queued jobs
    QTimer *m_debounce;
    QTimer *m_midnight;
    bool m_started = false;
    int m_debounceMs = 5000;
    std::atomic<qint64> m_lastFullMs {0};
    std::atomic<bool> m_cancel {false};
    std::atomic<bool> m_stopping {false};
    std::atomic<bool> m_fullPending {false};
    std::atomic<bool> m_fullRunning {false};
    QMutex m_mutex;
    QSet<qint64> m_pendingCustomers; ///< guarded by m_mutex
};

} // namespace Patron
