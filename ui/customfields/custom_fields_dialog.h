#pragma once

#include "customfields/custom_field.h"
#include "session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabBar;

namespace kontor {

// Settings → Custom Fields: define the fields of contacts, companies and deals. A tab per
// entity, its fields in order on the left, the selected (or new) field's name, type and
// choices on the right. A deleted field can be brought back with Undo Delete right away.
class CustomFieldsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CustomFieldsDialog(Session session, QWidget *parent = nullptr);

    QString currentEntity() const;
    void setCurrentEntity(const QString &entity);
    // The fields shown in the list (as read from the database).
    const QList<CustomField> &fields() const { return m_fields; }

signals:
    // Any definition changed: cards and lists read their fields again.
    void fieldsChanged(const QString &entity);

private:
    void reload(qint64 selectId = 0);
    void showField(int row);
    void startNew();
    void saveField();
    void deleteField();
    void undoDelete();
    void move(int delta);
    void updateOptionsVisibility();
    void setMessage(const QString &text, bool error);

    Session m_session;
    QList<CustomField> m_fields;
    qint64 m_lastDeleted = 0;
    QTabBar *m_entities = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_optionsLabel = nullptr;
    QPlainTextEdit *m_options = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_undoDelete = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace kontor
