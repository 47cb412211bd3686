#pragma once

#include "segments/condition.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace Patron {

class Workspace;

/// Counts the active customers matching conditions on a worker thread with its own
/// database connection, so a slow count on a big database never freezes the window.
/// Only the newest request per key is answered; older ones are skipped.
class BackgroundCounter : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundCounter(Workspace &workspace, QObject *parent = nullptr);
    ~BackgroundCounter() override;

    void count(int key, const Condition &condition);
    /// Whether answers are outstanding (tests wait for this to turn false).
    bool isBusy() const { return m_pending > 0; }

signals:
    /// error is empty on success (count is then valid).
    void counted(int key, qint64 count, const QString &error);

private:
    struct Shared;
    Workspace &m_workspace;
    QThread *m_thread;
    QObject *m_worker;
    std::shared_ptr<Shared> m_shared;
    int m_pending = 0;
};

} // namespace Patron
