#include "demoloader.h"

#include "demo/demogenerator.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace Patron {

Status loadDemoData(Workspace &workspace, qint64 customers, QWidget *parent)
{
    QProgressDialog progress(QCoreApplication::translate("Patron::DemoLoader", "Creating demo customers, orders and "
                                                                               "follow-up records…"),
                             QCoreApplication::translate("Patron::DemoLoader", "Cancel"), 0, 1000, parent);
    progress.setObjectName(QStringLiteral("demoProgress"));
    progress.setWindowTitle(QCoreApplication::translate("Patron::DemoLoader", "Load demo data"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);

    std::atomic<bool> cancelled{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{1};
    Status result;
    Database &database = workspace.database();
    DemoOptions options;
    options.customers = customers;

    QThread *worker = QThread::create([&] {
        DemoGenerator generator(database);
        result = generator.generate(options, [&](qint64 d, qint64 t) {
            done = d;
            total = std::max<qint64>(1, t);
            return !cancelled.load();
        });
        database.releaseThreadConnection();
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [&] {
        cancelled = true;
        progress.setLabelText(QCoreApplication::translate("Patron::DemoLoader", "Cancelling…"));
    });
    // The worker only writes atomics; the GUI thread polls them.
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &progress, [&] {
        progress.setValue(int(1000 * done.load() / total.load()));
    });
    timer.start(100);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    timer.stop();
    progress.close();
    if (cancelled && !result)
        return makeError(Error::Invalid, QString());
    return result;
}

} // namespace Patron
