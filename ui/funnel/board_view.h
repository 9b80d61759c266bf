#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace kontor {

class BoardController;

// The kanban board: a filter bar, one column per open stage (a header with count, totals and
// weighted totals per currency over a QListView of painted cards), and Won / Lost drop zones.
// Keyboard: Ctrl+Right / Ctrl+Left move the current card to the next / previous stage,
// Ctrl+Shift+W marks it won, Ctrl+Shift+L lost.
class BoardView : public QWidget
{
    Q_OBJECT
public:
    explicit BoardView(BoardController *controller, QWidget *parent = nullptr);

    // Asks why a deal was lost; returns false when the user cancels. Tests replace it.
    using LostPrompt
        = std::function<bool(const QString &dealTitle, qint64 *reasonId, QString *note)>;
    void setLostPrompt(LostPrompt prompt) { m_askLost = std::move(prompt); }

    // Loads the filter choices and the remembered filter, then the board.
    void load();
    qint64 currentDeal() const { return m_currentDeal; }
    void selectDeal(qint64 dealId);

    // The gestures, also reachable from the keyboard and the drop zones.
    void moveCurrent(int direction);
    void markCurrentWon();
    void markCurrentLost();
    void dropOnZone(qint64 dealId, bool won);

private:
    void buildUi();
    void rebuildColumns();
    void updateHeaders();
    void applyFilter();
    void showError(const QString &message);
    void onRecordsChanged(const QString &entity, const QList<qint64> &ids);
    QString cardTitle(qint64 dealId) const;

    BoardController *m_controller;
    LostPrompt m_askLost;
    QComboBox *m_pipeline = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_tag = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_error = nullptr;
    QHBoxLayout *m_columnsLayout = nullptr;
    QList<QWidget *> m_columnWidgets;
    QList<QLabel *> m_headers;
    QList<QListView *> m_views;
    qint64 m_currentDeal = 0;
    bool m_loading = false;
};

} // namespace kontor
