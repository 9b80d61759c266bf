#include "lists/background_queue.h"

namespace kontor {

BackgroundQueue::BackgroundQueue(Session session, const QString &name, QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
{
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(name);
    m_thread.start();
}

BackgroundQueue::~BackgroundQueue()
{
    // Jobs not started yet are dropped with the worker's event queue; the database closes
    // this thread's connection when the thread ends.
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

} // namespace kontor
