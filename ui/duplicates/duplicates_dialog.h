#pragma once

#include "session.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace kontor {

class BackgroundQueue;
class DuplicatePairsModel;
class MergePreviewPanel;
class UndoStack;

// The duplicate review (Contacts → Find Duplicates…): scans the whole base on a worker
// thread, lists the candidate pairs with the reason, previews a merge field by field with a
// choice per field, merges (undoable with Ctrl+Z) or dismisses a pair as "not a duplicate".
class DuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    DuplicatesDialog(Session session, QWidget *parent);
    ~DuplicatesDialog() override;

    // Scans again (kept pairs stay selected when they are still candidates).
    void rescan();
    bool scanning() const { return m_scanning; }
    DuplicatePairsModel *pairsModel() const { return m_model; }

    // Opens the one review of `parent`'s window, or raises it when it is open already.
    static DuplicatesDialog *open(const Session &session, QWidget *parent);

signals:
    // A scan finished and the list shows its pairs.
    void scanned();

private:
    void buildUi();
    void showPair(int row);
    void swapSides();
    void mergeChosen();
    void dismissChosen();
    int currentRow() const;

    Session m_session;
    UndoStack *m_stack = nullptr;
    BackgroundQueue *m_queue = nullptr;
    DuplicatePairsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    MergePreviewPanel *m_panel = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_swap = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_dismiss = nullptr;
    QPushButton *m_rescan = nullptr;
    quint64 m_generation = 0;
    bool m_scanning = false;
    bool m_swapped = false; // the preview keeps the pair's "other" record
    QPair<qint64, qint64> m_selected; // (keep, other) to select again after a scan
};

} // namespace kontor
