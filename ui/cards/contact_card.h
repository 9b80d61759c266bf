#pragma once

#include "model/contact.h"
#include "session.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QCompleter;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;
class QTimer;

namespace kontor {

class CustomFieldsForm;
class MultiValueEditor;
class TimelinePanel;
class UndoStack;

// The 360° card of one person: every field editable on the left, the history on the right.
// Saving checks everything first (a bad email or phone is explained next to it and nothing
// is written), writes through ContactRepository::update and pushes an undoable command.
class ContactCard : public QDialog
{
    Q_OBJECT
public:
    ContactCard(Session session, qint64 contactId, QWidget *parent = nullptr);

    qint64 contactId() const { return m_id; }
    const Contact &contact() const { return m_loaded; }
    bool isDirty() const { return m_dirty; }
    TimelinePanel *timeline() const { return m_timeline; }
    CustomFieldsForm *customFields() const { return m_customFields; }

    // Checks and saves the edits; false (with the reasons on screen) when nothing was saved.
    bool save();
    // Back to what is stored, dropping unsaved edits.
    void revert();

    // Asks which image file becomes the photo ("" = none). Change Photo… calls it; by default
    // it is a QFileDialog. Offscreen tests put a function that answers with their own file
    // here, so they drive the real button; an empty function brings the dialog back.
    using PhotoFileChooser = std::function<QString(QWidget *parent)>;
    static void setPhotoFileChooser(PhotoFileChooser chooser);

signals:
    void saved(qint64 contactId);
    void openCompanyRequested(qint64 companyId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    QWidget *buildForm();
    QWidget *buildHeader();
    void load();
    void display(const Contact &c);
    void updateHeader(const Contact &c);
    bool collect(Contact *out);
    void setDirty(bool dirty);
    void showError(const QString &message);
    void lookUpCompanies();
    void onRecordsChanged(const QString &entity, const QList<qint64> &ids);
    void moveToTrash();
    void loadCustomFields();
    // The photo and its buttons (contact_card_photo.cpp). Changes are written at once, each
    // an undo step of its own, apart from the fields' Save.
    void loadPhoto();
    void choosePhoto();
    bool setPhotoFromFile(const QString &path);
    void removePhoto();

    Session m_session;
    qint64 m_id;
    UndoStack *m_stack;
    Contact m_loaded;
    bool m_dirty = false;
    bool m_showing = false; // filling the fields: not an edit

    QLabel *m_name = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_photo = nullptr; // the contact's photo, hidden if none
    QPushButton *m_changePhoto = nullptr;
    QPushButton *m_removePhoto = nullptr;
    QLabel *m_lastContacted = nullptr;
    QPushButton *m_emailButton = nullptr;
    QPushButton *m_callButton = nullptr;
    QLabel *m_error = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_company = nullptr;
    QLabel *m_companyError = nullptr;
    QPushButton *m_openCompany = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_companyNames = nullptr;
    QTimer *m_companyDelay = nullptr;
    QComboBox *m_role = nullptr;
    MultiValueEditor *m_emails = nullptr;
    MultiValueEditor *m_phones = nullptr;
    MultiValueEditor *m_messengers = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_country = nullptr;
    QDateEdit *m_birthday = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_temperature = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_owner = nullptr;
    CustomFieldsForm *m_customFields = nullptr;
    QLabel *m_customSection = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    TimelinePanel *m_timeline = nullptr;
};

// Opens (or brings forward) the card of contact `id` as a window of `parent`'s window.
ContactCard *openContactCard(const Session &session, qint64 id, QWidget *parent);

} // namespace kontor
