#pragma once

#include "funnel/board.h"
#include "session.h"
#include "util/result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace kontor {

class BackgroundQueue;
class ColumnChooser;
class DealsListModel;

// The deals as a list beside the board: the board's filters (pipeline, owner, tag, text)
// plus the status, columns sorted in SQL by a click on their header, totals per currency
// for everything that matches in a footer (summed on a worker thread in the app, like the
// pages and the count), and export of the selected rows.
class DealsListView : public QWidget
{
    Q_OBJECT
public:
    explicit DealsListView(Session session, QWidget *parent = nullptr);

    DealsListModel *model() const { return m_model; }
    // The Columns menu: the list's own columns shown or hidden, custom fields of deals added
    // (remembered as "lists/deals/..." in QSettings, like every list's).
    ColumnChooser *columnChooser() const { return m_chooser; }
    QTableView *view() const { return m_view; }
    // Loads the filter choices and the list (first visit, or after settings changed).
    void load();
    // Re-reads rows and totals with the same filters (after an edit or a move).
    void refresh();
    const QList<CurrencyTotal> &totals() const { return m_totals; }
    QList<qint64> selectedDealIds() const;
    // Shows one deal (the quick search's hit): every filter open but the text, its row current.
    void reveal(const QString &text, qint64 dealId);
    // Writes the selected deals to `path`; the format follows the suffix (csv, xlsx, json).
    Result<qint64> exportSelection(const QString &path) const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void applyFilter();
    void updateTotals();
    void showTotals(const Result<QList<CurrencyTotal>> &totals);
    void showError(const QString &message);
    void exportWithDialog();
    void onRecordsChanged(const QString &entity, const QList<qint64> &ids);
    void listenToHistory();
    void selectPending();

    Session m_session;
    DealsListModel *m_model;
    QComboBox *m_pipeline = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_tag = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_footer = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_export = nullptr;
    QToolButton *m_columns = nullptr;
    ColumnChooser *m_chooser = nullptr;
    qint64 m_pendingId = 0; // reveal(): select this deal when its row arrives
    QList<CurrencyTotal> m_totals;
    BackgroundQueue *m_totalsQueue = nullptr; // with background reads (the app)
    int m_totalsGeneration = 0; // answers for an older filter are dropped
    bool m_loading = false;
    bool m_listening = false; // to the window's UndoStack::changed
};

} // namespace kontor
