#include "workerthread.h"

#include "storage/database.h"

namespace Patron {

WorkerThread::WorkerThread(Database &database, const QString &name)
    : m_database(database)
    , m_thread(new QThread)
    , m_worker(new QObject)
{
    m_thread->setObjectName(name);
    m_worker->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
}

WorkerThread::~WorkerThread()
{
    Database &db = m_database;
    QThread *thread = m_thread;
    post([&db, thread] {
        db.releaseThreadConnection();
        thread->quit();
    });
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

} // namespace Patron
