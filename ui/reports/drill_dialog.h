#pragma once

#include "reports/report.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace kontor {

class ReportRunner;
class ReportTableModel;

// The records behind one number of a report or the dashboard, listed on a worker thread.
class DrillDialog : public QDialog
{
    Q_OBJECT
public:
    DrillDialog(ReportRunner *runner, const Drill &drill, QWidget *parent = nullptr);

    ReportTableModel *model() const { return m_model; }

    // Opens the dialog for a drill unless it lists nothing (Kind::None).
    static DrillDialog *open(ReportRunner *runner, const Drill &drill, QWidget *parent);

signals:
    void loaded();
    // Double-click or Enter on a row: open that record's card. `kind` is "deal", "task",
    // "contact" or "company"; whoever shows cards (the main window) listens.
    void openRequested(const QString &kind, qint64 id, const QString &title);

private:
    void openRow(int row);

    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    ReportTableModel *m_model = nullptr;
};

} // namespace kontor
