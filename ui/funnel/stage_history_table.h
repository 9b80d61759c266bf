#pragma once

#include "session.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace kontor {

// A deal's stays in each stage: Stage | Entered | Moved by | Time in stage. Shown by the
// board's history dialog and on the deal card.
class StageHistoryTable : public QWidget
{
    Q_OBJECT
public:
    StageHistoryTable(Session session, qint64 dealId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Reads the history again (after a move, an undo).
    void reload();

    // "3 days", "5 hours": how long a stay lasted.
    static QString duration(qint64 seconds);

private:
    Session m_session;
    qint64 m_dealId;
    QTableWidget *m_table;
    QLabel *m_error;
};

} // namespace kontor
