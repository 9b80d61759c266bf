#pragma once

#include "customfields/custom_field.h"
#include "session.h"

#include <QMap>
#include <QWidget>

class QFormLayout;
class QLabel;
class QUndoCommand;

namespace kontor {

class CustomValueEditor;

// The user-defined fields of one contact, company or deal, for embedding in a card:
//
//     auto *fields = new CustomFieldsForm(session, QStringLiteral("deal"));
//     fields->load(dealId);                // definitions and values; hidden when none exist
//     connect(fields, &CustomFieldsForm::edited, card, [card] { card->setDirty(true); });
//     if (!fields->validate()) ...         // bad values are explained under each field
//     fields->save(stack);                 // writes and pushes an undoable command
//
// Validation is the core's (CustomField::canonical): text in a number field is refused with a
// message naming the field, and nothing is written while any value is wrong.
class CustomFieldsForm : public QWidget
{
    Q_OBJECT
public:
    CustomFieldsForm(Session session, QString entity, QWidget *parent = nullptr);

    QString entity() const { return m_entity; }
    qint64 entityId() const { return m_entityId; }
    // Reads the definitions and this record's values; false (message shown) on failure.
    bool load(qint64 entityId);
    // Shows the stored values again, dropping edits.
    void revert();
    bool hasFields() const { return !m_editors.isEmpty(); }
    bool isDirty() const;
    // Checks every value; marks each bad one with its reason. True when all are fine.
    bool validate();
    // The edited values by field id, canonical; only those that differ from what is stored.
    QMap<qint64, QString> changes() const;
    // Validates and writes the changes. When `stack` is given an undoable command is pushed
    // onto it (as a child of `parentCommand` when that is given, for a card's macro).
    // False, with the reasons on screen, when nothing was written.
    bool save(class UndoStack *stack, QUndoCommand *parentCommand = nullptr);
    // Message of the last failed save, "" when it worked.
    QString lastError() const { return m_lastError; }

signals:
    void edited();

private:
    void rebuild(const QList<CustomValue> &values);
    void showFieldError(int row, const QString &message);

    Session m_session;
    QString m_entity;
    qint64 m_entityId = 0;
    QFormLayout *m_form = nullptr;
    QLabel *m_message = nullptr;
    QList<CustomValueEditor *> m_editors;
    QList<QLabel *> m_errors;
    QMap<qint64, QString> m_stored;
    QString m_lastError;
};

} // namespace kontor
