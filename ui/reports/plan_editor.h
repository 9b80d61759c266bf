#pragma once

#include "reports/sales_plans.h"
#include "session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace kontor {

class UndoStack;

// Sales plans: how much each manager should win per period. Lists the plans, adds, changes
// and deletes them through SalesPlanRepository; refusals are shown in plain words. A quarter
// or a year can be added as its monthly plans (split evenly). Every edit is a step on the
// app's undo stack (Ctrl+Z here or in the main window brings the previous quota back).
class PlanEditor : public QDialog
{
    Q_OBJECT
public:
    explicit PlanEditor(Session session, QWidget *parent = nullptr);

    // Saves the form as a new plan (id 0) or over the selected one.
    bool saveForm(bool asNew);
    bool deleteSelected();
    void reload();
    UndoStack *undoStack() const { return m_stack; }

signals:
    void plansChanged();

private:
    void showSelected();

    Session m_session;
    UndoStack *m_stack = nullptr;
    QList<SalesPlan> m_plans; // as listed, row by row
    QTableWidget *m_table = nullptr;
    QComboBox *m_manager = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_currency = nullptr;
    QCheckBox *m_spread = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace kontor
