#include "backgroundcounter.h"

#include "services/customerservice.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QMutex>
#include <QThread>

namespace Patron {

struct BackgroundCounter::Shared
{
    QMutex mutex;
    QHash<int, quint64> latest; ///< key → newest generation asked for
    quint64 next = 0;
};

BackgroundCounter::BackgroundCounter(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_thread(new QThread(this))
    , m_worker(new QObject)
    , m_shared(std::make_shared<Shared>())
{
    m_thread->setObjectName(QStringLiteral("PatronCounter"));
    m_worker->moveToThread(m_thread);
    Database *db = &workspace.database();
    QObject *worker = m_worker;
    // The thread's connection is closed in the thread, right before it ends.
    connect(m_thread, &QThread::finished, worker, [db, worker] {
        db->releaseThreadConnection();
        delete worker;
    }, Qt::DirectConnection);
    m_thread->start();
}

BackgroundCounter::~BackgroundCounter()
{
    m_thread->quit();
    m_thread->wait();
}

void BackgroundCounter::count(int key, const Condition &condition)
{
    quint64 generation;
    {
        QMutexLocker lock(&m_shared->mutex);
        generation = ++m_shared->next;
        m_shared->latest.insert(key, generation);
    }
    ++m_pending;
    CustomerService *customers = &m_workspace.customers();
    std::shared_ptr<Shared> shared = m_shared;
    QMetaObject::invokeMethod(m_worker, [this, customers, shared, key, generation, condition] {
        bool current;
        {
            QMutexLocker lock(&shared->mutex);
            current = shared->latest.value(key) == generation;
        }
        qint64 n = -1;
        QString error;
        if (current) {
            CustomerFilter filter;
            filter.condition = condition;
            Status check = customers->checkFilter(filter);
            auto r = check ? customers->count(filter) : Result<qint64>(check.error());
            n = r ? r.value() : -1;
            error = r ? QString() : r.error().message;
        }
        // Back on the GUI thread; `this` is alive there as long as the thread runs.
        QMetaObject::invokeMethod(this, [this, shared, key, generation, n, error, current] {
            --m_pending;
            bool newest;
            {
                QMutexLocker lock(&shared->mutex);
                newest = shared->latest.value(key) == generation;
            }
            if (current && newest)
                emit counted(key, n, error);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace Patron
