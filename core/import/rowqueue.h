#pragma once

#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <utility>

namespace Patron {

/// A bounded queue between one producer and one consumer thread: ImportEngine reads,
/// decodes and converts rows on one thread while the writer inserts on the other. At
/// most `capacity` items wait (constant memory); either side can stop the other.
template<typename T>
class RowQueue
{
public:
    explicit RowQueue(int capacity)
        : m_capacity(capacity)
    {
    }

    /// Blocks while full; false when the consumer closed the queue (stop producing).
    bool push(T &&item)
    {
        QMutexLocker lock(&m_mutex);
        while (!m_closed && int(m_items.size()) >= m_capacity)
            m_notFull.wait(&m_mutex);
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_notEmpty.wakeOne();
        return true;
    }
    /// Never blocks: false (item untouched) when full or closed.
    bool tryPush(T &&item)
    {
        QMutexLocker lock(&m_mutex);
        if (m_closed || int(m_items.size()) >= m_capacity)
            return false;
        m_items.push_back(std::move(item));
        m_notEmpty.wakeOne();
        return true;
    }
    /// Never blocks: false when nothing waits.
    bool tryPop(T *item)
    {
        QMutexLocker lock(&m_mutex);
        if (m_items.empty())
            return false;
        *item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.wakeOne();
        return true;
    }
    /// The producer is done: pop() returns false once the queue is drained.
    void finish()
    {
        QMutexLocker lock(&m_mutex);
        m_finished = true;
        m_notEmpty.wakeAll();
    }
    /// Blocks while empty; false when the producer finished and all was taken.
    bool pop(T *item)
    {
        QMutexLocker lock(&m_mutex);
        while (m_items.empty() && !m_finished)
            m_notEmpty.wait(&m_mutex);
        if (m_items.empty())
            return false;
        *item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.wakeOne();
        return true;
    }
    /// The consumer stops early (an error, a cancel): a blocked push() returns false.
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_items.clear();
        m_notFull.wakeAll();
    }

private:
    const int m_capacity;
    QMutex m_mutex;
    QWaitCondition m_notEmpty, m_notFull;
    std::deque<T> m_items;
    bool m_finished = false;
    bool m_closed = false;
};

} // namespace Patron
