#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <utility>

namespace Patron {

class Database;

/// A low-priority thread with one QObject living in it, the context of jobs queued with
/// post() (the background schedulers' pattern). Destruction queues the release of the
/// thread's database connection behind the jobs already queued, then joins: the owner sets
/// its own "stopping" flag first so that those jobs return at once.
class WorkerThread
{
public:
    WorkerThread(Database &database, const QString &name);
    ~WorkerThread();
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    /// Runs job on the worker thread, after the jobs queued before it.
    template<typename Job>
    void post(Job &&job)
    {
        QMetaObject::invokeMethod(m_worker, std::forward<Job>(job), Qt::QueuedConnection);
    }

private:
    Database &m_database;
    QThread *m_thread;
    QObject *m_worker;
};

} // namespace Patron
