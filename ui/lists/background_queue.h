#pragma once

#include "session.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace kontor {

// One worker thread, with its own database connection, that runs jobs in the order they
// were posted and hands each result back on the owner's thread. For reads that may be slow
// on a big base (a count, a page, a scan for duplicates): the GUI thread never waits on them.
// The owner drops answers it no longer wants (generation numbers); a job already running
// finishes, and its answer is dropped if the owner has gone by then.
class BackgroundQueue : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundQueue(Session session, const QString &name, QObject *parent = nullptr);
    ~BackgroundQueue() override; // waits for the running job

    // Runs `job` on the worker; `done(result)` is called on this object's thread later.
    template<typename R>
    void post(std::function<R(const Session &)> job, std::function<void(const R &)> done)
    {
        const Session session = m_session;
        run<R>([session, job = std::move(job)] { return job(session); }, std::move(done));
    }
    // The same for a job that brings its own repository (prepared on the caller's thread:
    // it must not share mutable state with it).
    template<typename R> void run(std::function<R()> job, std::function<void(const R &)> done)
    {
        QPointer<BackgroundQueue> self(this);
        QMetaObject::invokeMethod(
            m_worker,
            [self, job = std::move(job), done = std::move(done)] {
                auto result = std::make_shared<R>(job());
                // Queued to this object: dropped with it if it is destroyed meanwhile.
                if (self)
                    QMetaObject::invokeMethod(
                        self.data(), [done, result] { done(*result); }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

private:
    Session m_session;
    QThread m_thread;
    QObject *m_worker = nullptr;
};

} // namespace kontor
