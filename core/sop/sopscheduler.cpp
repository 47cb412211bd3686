#include "sopscheduler.h"

#include "services/recordstore.h"
#include "storage/database.h"
#include "util/workerthread.h"

#include <QTimer>

namespace Patron {

SopScheduler::SopScheduler(Database &database, RecordStore *store, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_worker(std::make_unique<WorkerThread>(database, QStringLiteral("sopWorker")))
    , m_debounce(new QTimer(this))
    , m_interval(new QTimer(this))
{
    qRegisterMetaType<Patron::SopRunReport>("Patron::SopRunReport");
    setObjectName(QStringLiteral("sopScheduler"));

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(3000);
    connect(m_debounce, &QTimer::timeout, this, &SopScheduler::requestRun);
    m_interval->setInterval(5 * 60 * 1000);
    connect(m_interval, &QTimer::timeout, this, &SopScheduler::requestRun);
    if (store)
        connect(store, &RecordStore::changed, this, &SopScheduler::onStoreChanged);
}

SopScheduler::~SopScheduler()
{
    m_stopping.store(true);
    m_cancel.store(true);
    m_worker.reset(); // runs after the queued jobs, which see m_stopping
}

void SopScheduler::start()
{
    m_started = true;
    m_interval->start();
    requestRun();
}

void SopScheduler::setInterval(int ms)
{
    m_interval->setInterval(ms);
}

void SopScheduler::setDebounceInterval(int ms)
{
    m_debounce->setInterval(ms);
}

void SopScheduler::onStoreChanged(Entity, qint64, qint64)
{
    dataChanged();
}

void SopScheduler::dataChanged()
{
    if (m_started)
        m_debounce->start();
}

void SopScheduler::cancel()
{
    m_cancel.store(true);
}

void SopScheduler::requestRun()
{
    m_debounce->stop();
    if (m_pending.exchange(true))
        return; // one is already waiting; it will see every change made so far
    emit busyChanged(true);
    m_worker->post([this] { runPass(); });
}

void SopScheduler::runPass()
{
    m_pending.store(false);
    if (m_stopping.load())
        return;
    m_running.store(true);
    m_cancel.store(false);
    Result<SopRunReport> report = makeError(Error::Cancelled, QString());
    {
        // Services of this thread, over its own connection.
        RecordStore store(m_database);
        store.setActor(QStringLiteral("sop"));
        SopService service(m_database, store);
        SopRunOptions options;
        options.progress = [this](int) { return !m_cancel.load(); };
        report = service.run(options);
    }
    m_running.store(false);
    if (m_stopping.load())
        return;
    m_passes.fetch_add(1);
    if (!m_pending.load())
        emit busyChanged(false);
    if (report)
        emit finished(report.value());
    else if (report.error().code != Error::Cancelled)
        emit failed(report.error().message);
}

} // namespace Patron
