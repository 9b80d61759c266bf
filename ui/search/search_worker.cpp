#include "search/search_worker.h"

namespace kontor {

// Lives on the worker thread.
class SearchWorker::Runner : public QObject
{
public:
    Runner(Session session, std::shared_ptr<std::atomic<quint64>> latest)
        : m_session(std::move(session))
        , m_latest(std::move(latest))
    {
    }

    void run(SearchWorker *owner, quint64 generation, const QString &text, int limit)
    {
        if (generation < m_latest->load())
            return; // overtaken while it waited: nobody wants this answer any more
        const auto hits = SearchRepository(m_session).search(text, limit);
        // Queued back to the owner's thread (the emitter lives there).
        QMetaObject::invokeMethod(
            owner,
            [owner, generation, hits] {
                if (hits)
                    emit owner->found(generation, *hits, {});
                else
                    emit owner->found(generation, {}, hits.error().message);
            },
            Qt::QueuedConnection);
    }

private:
    Session m_session;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

SearchWorker::SearchWorker(Session session, QObject *parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<QList<kontor::SearchHit>>();
    m_runner = new Runner(std::move(session), m_latest);
    m_runner->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    connect(this, &SearchWorker::requested, m_runner,
            [this](quint64 generation, const QString &text, int limit) {
                m_runner->run(this, generation, text, limit);
            });
    m_thread.setObjectName(QStringLiteral("quick search"));
    m_thread.start();
}

SearchWorker::~SearchWorker()
{
    // Nothing new is started; a search already running finishes, its answer is dropped
    // with this object (the queued call is bound to it).
    m_latest->store(~quint64(0));
    m_thread.quit();
    m_thread.wait();
}

quint64 SearchWorker::request(const QString &text, int limit)
{
    const quint64 generation = m_latest->fetch_add(1) + 1;
    emit requested(generation, text, limit);
    return generation;
}

} // namespace kontor
