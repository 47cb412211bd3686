#include "rfmscheduler.h"

#include "segments/segmentservice.h"

#include "rfmengine.h"
#include "rfmsettings.h"
#include "services/recordstore.h"
#include "storage/database.h"
#include "util/workerthread.h"
#include "util/values.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <QTimer>
#include <algorithm>

namespace Patron {

RfmScheduler::RfmScheduler(Database &database, RecordStore *store, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_worker(std::make_unique<WorkerThread>(database, QStringLiteral("rfmWorker")))
    , m_debounce(new QTimer(this))
    , m_midnight(new QTimer(this))
{
    setObjectName(QStringLiteral("rfmScheduler"));

    m_debounce->setSingleShot(true);
    connect(m_debounce, &QTimer::timeout, this, &RfmScheduler::requestFullPass);
    m_midnight->setSingleShot(true);
    connect(m_midnight, &QTimer::timeout, this, [this] {
        requestFullPass();
        armMidnight();
    });
    if (store)
        connect(store, &RecordStore::changed, this, &RfmScheduler::onStoreChanged);
}

RfmScheduler::~RfmScheduler()
{
    m_stopping.store(true);
    m_cancel.store(true);
    m_worker.reset(); // runs after the queued jobs, which see m_stopping
}

void RfmScheduler::start()
{
    m_started = true;
    m_worker->post([this] { runStartupCheck(); });
    armMidnight();
}

void RfmScheduler::setDebounceInterval(int ms)
{
    m_debounceMs = ms;
}

void RfmScheduler::startDebounce()
{
    const qint64 ms = std::max<qint64>(m_debounceMs, 10 * m_lastFullMs.load());
    m_debounce->start(int(std::min<qint64>(ms, 3600 * 1000)));
}

void RfmScheduler::armMidnight()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime next(now.date().addDays(1), QTime(0, 0, 1));
    // Capped so a suspended machine or a clock change is noticed within the hour.
    const qint64 ms = std::clamp<qint64>(now.msecsTo(next), 1000, 3600 * 1000);
    m_midnight->start(int(ms));
}

void RfmScheduler::onStoreChanged(Entity entity, qint64, qint64 customerId)
{
    if (customerId <= 0)
        return;
    if (entity == Entity::Order)
        customerOrdersChanged(customerId);
    else if (entity == Entity::Customer)
        customerChanged(customerId);
}

void RfmScheduler::requestFullPass()
{
    m_debounce->stop();
    if (m_fullPending.exchange(true))
        return; // one is already waiting; it will see every change made so far
    emit busyChanged(true);
    m_worker->post([this] { runFull(); });
}

void RfmScheduler::ordersChanged()
{
    if (m_started)
        startDebounce();
}

void RfmScheduler::customerOrdersChanged(qint64 customerId)
{
    if (!m_started)
        return;
    queueIncremental(customerId);
    startDebounce();
}

void RfmScheduler::customerChanged(qint64 customerId)
{
    if (m_started)
        queueIncremental(customerId);
}

void RfmScheduler::cancel()
{
    m_cancel.store(true);
}

void RfmScheduler::queueIncremental(qint64 customerId)
{
    bool post = false;
    {
        QMutexLocker lock(&m_mutex);
        post = m_pendingCustomers.isEmpty();
        m_pendingCustomers.insert(customerId);
    }
    if (post)
        m_worker->post([this] { runIncremental(); });
}

void RfmScheduler::runStartupCheck()
{
    if (m_stopping.load())
        return;
    RfmEngine engine(m_database);
    const auto current = engine.currentSnapshot();
    if (!current) {
        emit failed(current.error().message);
        return;
    }
    if (!current.value() || current.value()->asOf != Values::storeDate(QDate::currentDate()))
        QMetaObject::invokeMethod(this, &RfmScheduler::requestFullPass, Qt::QueuedConnection);
}

void RfmScheduler::runFull()
{
    m_fullPending.store(false);
    if (m_stopping.load())
        return;
    m_fullRunning.store(true);
    m_cancel.store(false);
    RfmEngine engine(m_database);
    QElapsedTimer clock;
    clock.start();
    auto settings = RfmSettings::load(m_database);
    Result<RfmSnapshotInfo> r = settings ? engine.compute(settings.value(), QDate::currentDate(),
                                                          [this](int percent) {
                                                              emit progressed(percent);
                                                              return !m_cancel.load();
                                                          })
                                         : Result<RfmSnapshotInfo>(settings.error());
    if (r) {
        // Tags that follow RFM segments and tiers (system tags) or may use RFM values
        // (rule tags) follow the new snapshot here, off the GUI thread as well.
        const Result<TagRefreshStats> tags = SegmentService::refreshAfterSnapshot(m_database, settings->labels);
        if (!tags)
            emit failed(tags.error().message);
        else if (!tags->errors.isEmpty())
            emit failed(tags->errors.join(QLatin1String("; ")));
    }
    m_fullRunning.store(false);
    if (r)
        m_lastFullMs.store(clock.elapsed());
    if (m_stopping.load())
        return;
    if (!m_fullPending.load())
        emit busyChanged(false);
    if (r)
        emit snapshotReady(r->id);
    else if (r.error().code != Error::Cancelled)
        emit failed(r.error().message);
}

void RfmScheduler::runIncremental()
{
    QSet<qint64> ids;
    {
        QMutexLocker lock(&m_mutex);
        ids.swap(m_pendingCustomers);
    }
    RfmEngine engine(m_database);
    for (qint64 id : std::as_const(ids)) {
        if (m_stopping.load())
            return;
        const auto r = engine.updateCustomer(id);
        if (!r)
            emit failed(r.error().message);
        else
            emit customerUpdated(id);
    }
}

} // namespace Patron
