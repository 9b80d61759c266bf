#pragma once

#include "reports/report.h"
#include "reports/report_engine.h"
#include "session.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QThread;

namespace kontor {

// Runs report queries on a worker thread (which gets its own database connection) and hands
// the result back on the GUI thread. A newer request supersedes an older one: the stale
// result is dropped, so a fast click through the reports never shows the wrong table.
class ReportRunner : public QObject
{
    Q_OBJECT
public:
    using Job = std::function<Result<ReportTable>(const ReportEngine &)>;
    using Done = std::function<void(const Result<ReportTable> &)>;

    explicit ReportRunner(Session session, QObject *parent = nullptr);
    ~ReportRunner() override; // waits for running workers: they use the session

    const Session &session() const { return m_session; }
    // Requests on the same channel supersede each other; different channels run side by side
    // (the dashboard's figures and its two charts).
    void run(Job job, Done done, int channel = 0);
    bool busy() const { return m_running > 0; }

signals:
    void busyChanged(bool busy);

private:
    Session m_session;
    QHash<int, quint64> m_generation;
    int m_running = 0;
    QList<QPointer<QThread>> m_threads;
};

} // namespace kontor
