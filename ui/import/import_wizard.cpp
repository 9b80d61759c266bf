#include "import/import_wizard.h"

#include "import/import_pages.h"

#include <QThread>

namespace kontor {

ImportWizard::ImportWizard(Session session, const QString &filePath, QWidget *parent)
    : QWizard(parent), path(filePath), m_session(std::move(session))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(FilePageId, createImportFilePage(this));
    setPage(MappingPageId, createImportMappingPage(this));
    setPage(DuplicatesPageId, createImportDuplicatesPage(this));
    setPage(CheckPageId, createImportCheckPage(this));
    setPage(RunPageId, createImportRunPage(this));
    resize(900, 640);
}

ImportWizard::~ImportWizard()
{
    cancelFlag = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ImportWizard::runInBackground(std::function<void()> work, std::function<void()> done)
{
    if (m_thread) { // the previous run is over (busy() is false), collect it
        m_thread->wait();
        delete m_thread;
    }
    m_busy = true;
    cancelFlag = false;
    m_thread = QThread::create(std::move(work));
    connect(m_thread, &QThread::finished, this, [this, done = std::move(done)] {
        m_busy = false;
        done();
    });
    m_thread->start();
}

void ImportWizard::reject()
{
    // Closing while an import runs cancels it; the database stays as it was.
    cancelFlag = true;
    QWizard::reject();
}

} // namespace kontor
