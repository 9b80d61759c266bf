#pragma once

#include "model/company.h"
#include "session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace kontor {

class CustomFieldsForm;
class TimelinePanel;
class UndoStack;

// A company's card: its fields on the left; on the right its history (merged with its
// people's activities), its people with their roles and its deals.
class CompanyCard : public QDialog
{
    Q_OBJECT
public:
    CompanyCard(Session session, qint64 companyId, QWidget *parent = nullptr);

    qint64 companyId() const { return m_id; }
    const Company &company() const { return m_loaded; }
    bool isDirty() const { return m_dirty; }
    TimelinePanel *timeline() const { return m_timeline; }
    CustomFieldsForm *customFields() const { return m_customFields; }
    QTableWidget *people() const { return m_people; }
    QTableWidget *deals() const { return m_deals; }

    bool save();
    void revert();

signals:
    void saved(qint64 companyId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    QWidget *buildForm();
    void load();
    void loadPeopleAndDeals();
    void loadCustomFields();
    void display(const Company &c);
    void setDirty(bool dirty);
    void showError(const QString &message);
    void onRecordsChanged(const QString &entity, const QList<qint64> &ids);

    Session m_session;
    qint64 m_id;
    UndoStack *m_stack;
    Company m_loaded;
    bool m_dirty = false;
    bool m_showing = false;

    QLabel *m_name = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_emailError = nullptr;
    QLineEdit *m_nameField = nullptr;
    QLineEdit *m_legalName = nullptr;
    QLineEdit *m_website = nullptr;
    QLineEdit *m_industry = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_country = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_owner = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    CustomFieldsForm *m_customFields = nullptr;
    QLabel *m_customSection = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_websiteButton = nullptr;
    QPushButton *m_callButton = nullptr;
    QPushButton *m_emailButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_people = nullptr;
    QTableWidget *m_deals = nullptr;
    TimelinePanel *m_timeline = nullptr;
};

CompanyCard *openCompanyCard(const Session &session, qint64 id, QWidget *parent);

} // namespace kontor
