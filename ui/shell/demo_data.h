#pragma once

#include "demo/demo_generator.h"
#include "session.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>

class QProgressDialog;
class QWidget;

namespace kontor {

// Runs DemoGenerator on its own thread; the database hands that thread its own connection.
class DemoWorker : public QObject
{
    Q_OBJECT
public:
    DemoWorker(Session session, DemoOptions options, std::atomic_bool *cancel)
        : m_session(std::move(session))
        , m_options(options)
        , m_cancel(cancel)
    {
    }

public slots:
    void run();

signals:
    void progress(int percent, const QString &step);
    // Empty message on success; `canceled` when the user stopped it (nothing was kept).
    void finished(const QString &errorMessage, bool canceled);

private:
    Session m_session;
    DemoOptions m_options;
    std::atomic_bool *m_cancel;
};

// Asks whether to fill an empty database with demo data and, if so, fills it on a worker
// thread behind a progress dialog with Cancel. The GUI thread never waits for it.
class DemoDataOffer : public QObject
{
    Q_OBJECT
public:
    DemoDataOffer(Session session, QWidget *parent);
    ~DemoDataOffer() override;

    // Shows the question; returns false when the user declined (nothing else happens).
    bool ask();
    // Starts the generator without asking (the "Add demo data" answer).
    void start(const DemoOptions &options = {});

signals:
    // The database now holds the demo data (or was left as it was after a cancel/error).
    void done(bool added);

private:
    void onFinished(const QString &error, bool canceled);

    Session m_session;
    QPointer<QWidget> m_parent;
    QThread m_thread;
    std::atomic_bool m_cancel {false};
    QProgressDialog *m_progress = nullptr;
};

} // namespace kontor
