#pragma once

#include "import/import_job.h"
#include "session.h"

#include <QTemporaryDir>
#include <QWizard>

#include <atomic>
#include <functional>
#include <optional>

namespace kontor {

// The import wizard: file -> sheet / encoding / delimiter / header row with a live preview ->
// mapping -> duplicates -> validation grid and dry-run counts -> import with progress and
// Cancel -> summary. The work runs in kontor_core on worker threads (each with its own
// connection); the pages only show it.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, MappingPageId, DuplicatesPageId, CheckPageId, RunPageId };

    ImportWizard(Session session, const QString &path = {}, QWidget *parent = nullptr);
    ~ImportWizard() override;

    const Session &session() const { return m_session; }

    // What the pages filled in so far.
    QString path;
    importing::ImportOptions options;
    QStringList header;
    QList<QStringList> sample; // the first rows, for the mapping and the grid
    QList<qint64> sampleRows;  // their row numbers in the file, as problems name them
    QString rejectsPath() const { return m_temp.filePath(QStringLiteral("problem-rows.csv")); }

    // Runs `work` on a new thread, then `done` on the GUI thread (unless the wizard is gone).
    void runInBackground(std::function<void()> work, std::function<void()> done);
    bool busy() const { return m_busy; }
    std::atomic_bool cancelFlag{false};

signals:
    void imported(qint64 batch);

protected:
    void reject() override;

private:
    Session m_session;
    QTemporaryDir m_temp;
    QThread *m_thread = nullptr;
    bool m_busy = false;
};

} // namespace kontor
