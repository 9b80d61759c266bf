#pragma once

#include "search/search_repository.h"
#include "session.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace kontor {

// Runs quick searches on its own thread (and so its own database connection), so typing
// never waits for the database. Each request carries a generation number; a request that
// a newer one has overtaken before it started is skipped, and the owner ignores answers
// that are not for its latest request.
class SearchWorker : public QObject
{
    Q_OBJECT
public:
    explicit SearchWorker(Session session, QObject *parent = nullptr);
    ~SearchWorker() override;

    // Queues a search; the answer comes as found() on the caller's thread. Returns the
    // request's generation.
    quint64 request(const QString &text, int limit = 20);
    quint64 latest() const { return m_latest->load(); }

signals:
    void found(quint64 generation, const QList<kontor::SearchHit> &hits, const QString &error);
    // Internal: hands a request to the thread.
    void requested(quint64 generation, const QString &text, int limit);

private:
    class Runner;
    QThread m_thread;
    Runner *m_runner = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

} // namespace kontor
