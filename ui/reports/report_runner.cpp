#include "reports/report_runner.h"

#include <QThread>

#include <memory>
#include <optional>

namespace kontor {

ReportRunner::ReportRunner(Session session, QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
{
}

ReportRunner::~ReportRunner()
{
    for (const QPointer<QThread> &t : std::as_const(m_threads)) {
        if (t)
            t->wait();
    }
}

void ReportRunner::run(Job job, Done done, int channel)
{
    const quint64 generation = ++m_generation[channel];
    auto result = std::make_shared<std::optional<Result<ReportTable>>>();
    const Session session = m_session;
    QThread *thread = QThread::create([session, job = std::move(job), result] {
        result->emplace(job(ReportEngine(session)));
        session.db->closeThreadConnection();
    });
    m_threads.removeAll(QPointer<QThread>());
    m_threads << thread;
    if (m_running++ == 0)
        emit busyChanged(true);
    connect(thread, &QThread::finished, this, [this, thread, channel, generation, result, done] {
        m_threads.removeAll(QPointer<QThread>(thread));
        thread->deleteLater();
        if (--m_running == 0)
            emit busyChanged(false);
        if (generation == m_generation.value(channel) && result->has_value())
            done(**result);
    });
    thread->start();
}

} // namespace kontor
