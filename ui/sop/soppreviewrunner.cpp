#include "soppreviewrunner.h"

#include "services/recordstore.h"
#include "storage/database.h"

#include <QThread>

namespace Patron {

SopPreviewRunner::SopPreviewRunner(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_thread(new QThread(this))
    , m_worker(new QObject)
{
    qRegisterMetaType<Patron::SopRunReport>("Patron::SopRunReport");
    m_thread->setObjectName(QStringLiteral("PatronSopPreview"));
    m_worker->moveToThread(m_thread);
    Database *db = &database;
    QObject *worker = m_worker;
    // The thread's connection is closed in the thread, right before it ends.
    connect(m_thread, &QThread::finished, worker, [db, worker] {
        db->releaseThreadConnection();
        delete worker;
    }, Qt::DirectConnection);
    m_thread->start();
}

SopPreviewRunner::~SopPreviewRunner()
{
    m_thread->quit();
    m_thread->wait();
}

void SopPreviewRunner::preview(const SopRule &rule, bool stored)
{
    ++m_pending;
    Database *db = &m_database;
    QMetaObject::invokeMethod(m_worker, [this, db, rule, stored] {
        RecordStore store(*db);
        store.setActor(QStringLiteral("sop-preview"));
        SopService service(*db, store);
        SopRunOptions options;
        options.dryRun = true;
        if (stored && rule.id > 0) {
            options.onlyRuleId = rule.id;
        } else {
            // The edited definition as it is, never saved; an edit keeps the rule's id so
            // what its journal says has fired is not shown again.
            options.adhocRule = rule;
        }
        const Result<SopRunReport> report = service.run(options);
        // Back on the GUI thread; `this` lives as long as the thread runs.
        QMetaObject::invokeMethod(this, [this, report] {
            --m_pending;
            if (report)
                emit finished(report.value());
            else
                emit failed(report.error().message);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace Patron
