#pragma once

#include "search/search_repository.h"
#include "session.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace kontor {

class Module;
class QuickSearchModel;
class SearchWorker;

// Ctrl+K: a search box over contacts, companies and deals that answers as you type. The
// query runs on a worker thread (its own connection) once typing pauses briefly; answers to
// superseded queries are dropped. Up/Down pick a hit, Enter (or a click) opens it, Escape
// closes.
class QuickSearchPopup : public QDialog
{
    Q_OBJECT
public:
    QuickSearchPopup(Session session, QWidget *parent = nullptr);

    QuickSearchModel *model() const { return m_model; }
    // Searches now, without waiting for typing to pause (tests, pasted text).
    void searchNow();

signals:
    // kind: contact, company, deal.
    void openRequested(const QString &kind, qint64 id, const QString &title);
    // A search finished and its hits are in the model (or an error is shown).
    void searched();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onFound(quint64 generation, const QList<SearchHit> &hits, const QString &error);
    void openCurrent();
    void moveSelection(int delta);

    Session m_session;
    QLineEdit *m_field = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_delay = nullptr;
    QuickSearchModel *m_model = nullptr;
    SearchWorker *m_worker = nullptr;
    quint64 m_waitingFor = 0; // the request whose answer is wanted
    quint64 m_shown = 0; // the request whose answer is in the model
    bool m_openWhenReady = false; // Enter came before the answer
};

// Opens the card of what a hit points at (contact, company or deal) as a window of `window`.
void openSearchHit(const Session &session, const QString &kind, qint64 id, QWidget *window);

} // namespace kontor
