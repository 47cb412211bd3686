#pragma once

#include "sop/sopservice.h"

#include <QObject>

class QThread;

namespace Patron {

class Database;

/// Runs an SOP rule as a dry run ("preview": what it would fire, nothing written) on a
/// worker thread with its own database connection, so a big database never freezes the
/// window. One preview at a time; a new request while one runs is answered after it.
class SopPreviewRunner : public QObject
{
    Q_OBJECT

public:
    explicit SopPreviewRunner(Database &database, QObject *parent = nullptr);
    ~SopPreviewRunner() override;

    /// Previews rule as it is stored (stored = true: by id) or as edited and not yet
    /// saved (SopRunOptions::adhocRule: nothing is written, not even a temporary copy).
    void preview(const SopRule &rule, bool stored);
    bool isBusy() const { return m_pending > 0; }

signals:
    void finished(const Patron::SopRunReport &report);
    void failed(const QString &message);

private:
    Database &m_database;
    QThread *m_thread;
    QObject *m_worker;
    int m_pending = 0;
};

} // namespace Patron
