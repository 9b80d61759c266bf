#pragma once

#include "session.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace kontor {

// Sales plans: how much each manager should win per period. Lists the plans, adds, changes
// and deletes them through SalesPlanRepository; refusals are shown in plain words.
class PlanEditor : public QDialog
{
    Q_OBJECT
public:
    explicit PlanEditor(Session session, QWidget *parent = nullptr);

    // Saves the form as a new plan (id 0) or over the selected one.
    bool saveForm(bool asNew);
    bool deleteSelected();
    void reload();

signals:
    void plansChanged();

private:
    void showSelected();

    Session m_session;
    QTableWidget *m_table = nullptr;
    QComboBox *m_manager = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_currency = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace kontor
