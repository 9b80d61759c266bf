#include "shell/demo_data.h"

#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

namespace kontor {

void DemoWorker::run()
{
    DemoGenerator generator(m_session, m_options);
    auto stats = generator.run([this](int percent, const QString &step) {
        emit progress(percent, step);
        return !m_cancel->load();
    });
    // This thread's connection must close here, on its own thread.
    m_session.db->closeThreadConnection();
    if (stats)
        emit finished({}, false);
    else if (m_cancel->load())
        emit finished({}, true);
    else
        emit finished(stats.error().message
                          + (stats.error().context.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" (") + stats.error().context + QLatin1Char(')')),
                      false);
}

DemoDataOffer::DemoDataOffer(Session session, QWidget *parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_parent(parent)
{
}

DemoDataOffer::~DemoDataOffer()
{
    // Ask the generator to stop and wait for it: the worker must not outlive what it uses.
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
}

bool DemoDataOffer::ask()
{
    QMessageBox box(m_parent);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(tr("Welcome to Kontor"));
    box.setText(tr("This database has no contacts yet."));
    box.setInformativeText(tr("Would you like to try Kontor with demo data? It adds 2,000 "
                              "contacts, 300 companies and 500 deals with two years of history. "
                              "Use a new database for your real customers."));
    QPushButton *add = box.addButton(tr("Add Demo Data"), QMessageBox::AcceptRole);
    box.addButton(tr("Start Empty"), QMessageBox::RejectRole);
    box.setDefaultButton(add);
    box.exec();
    if (box.clickedButton() != add)
        return false;
    start();
    return true;
}

void DemoDataOffer::start(const DemoOptions &options)
{
    m_cancel = false;
    m_progress = new QProgressDialog(tr("Adding demo data…"), tr("Cancel"), 0, 100, m_parent);
    m_progress->setWindowTitle(tr("Demo Data"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_cancel = true;
        m_progress->setLabelText(tr("Stopping…"));
    });

    auto *worker = new DemoWorker(m_session, options, &m_cancel);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, worker, &DemoWorker::run);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &DemoWorker::progress, this, [this](int percent, const QString &step) {
        // A window-modal QProgressDialog runs pending events inside setValue(), so the
        // "finished" event may close the dialog right there: check it again afterwards.
        QPointer<QProgressDialog> dialog = m_progress;
        if (!dialog || m_cancel)
            return;
        dialog->setLabelText(step);
        dialog->setValue(percent);
    });
    connect(worker, &DemoWorker::finished, this, &DemoDataOffer::onFinished);
    m_thread.start();
    m_progress->show();
}

void DemoDataOffer::onFinished(const QString &error, bool canceled)
{
    m_thread.quit();
    m_thread.wait();
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (!error.isEmpty())
        QMessageBox::warning(
            m_parent, tr("Demo Data"),
            tr("The demo data could not be added. Your database is unchanged.\n\n%1").arg(error));
    emit done(error.isEmpty() && !canceled);
}

} // namespace kontor
