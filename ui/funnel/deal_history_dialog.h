#pragma once

#include "session.h"

#include <QDialog>

class QTableWidget;

namespace kontor {

// A deal's stage history: each stage it was in, who moved it there, when, and for how long.
// Opened from a card (double click or Enter); the first piece of the deal card.
class DealHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    DealHistoryDialog(const Session &session, qint64 dealId, const QString &title,
                      QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace kontor
