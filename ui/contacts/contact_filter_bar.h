#pragma once

#include "contacts/contact_filter.h"
#include "session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace kontor {

class CustomConditionsEditor;

// The Contacts list's filter bar: one control per ContactFilter condition. Choosers apply at
// once; typed fields apply on Enter or "Apply". Bad input (a date that is not a date, a
// company nobody has) is named under the bar and nothing is applied.
class ContactFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit ContactFilterBar(Session session, QWidget *parent = nullptr);

    // Fills the choosers (owners, custom fields); cheap, and called when the page opens.
    void reloadChoices();
    // Shows `filter` in the controls (a segment was picked) without emitting anything.
    void display(const ContactFilter &filter);
    // The controls read as a filter, or what is wrong with them.
    Result<ContactFilter> current() const;
    const ContactFilter &applied() const { return m_applied; }

public slots:
    // Reads the controls and emits filterApplied when they are valid.
    bool apply();
    void clear();

signals:
    void filterApplied(const kontor::ContactFilter &filter);
    void saveRequested(const kontor::ContactFilter &filter);

private:
    void showError(const QString &message);

    Session m_session;
    ContactFilter m_applied;
    bool m_showing = false;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_tag = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_temperature = nullptr;
    QComboBox *m_source = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_createdFrom = nullptr;
    QLineEdit *m_createdTo = nullptr;
    QSpinBox *m_notContacted = nullptr;
    QSpinBox *m_contacted = nullptr;
    QComboBox *m_openDeal = nullptr;
    QLineEdit *m_bought = nullptr;
    CustomConditionsEditor *m_custom = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace kontor
