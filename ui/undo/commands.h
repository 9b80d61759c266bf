#pragma once

#include "model/company.h"
#include "model/contact.h"
#include "session.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QUndoCommand>

#include <optional>

namespace kontor {

class UndoStack;

// A record that can go to the trash and come back.
struct TrashRef
{
    QString kind; // contact, company, deal
    qint64 id = 0;
    QString name; // for the command's text
};

// Moves records to the trash or back through their repositories (which write the audit log).
// Returns the refs that succeeded; `errors` collects the rest in plain words.
QList<TrashRef> applyTrash(const Session &session, const QList<TrashRef> &refs, bool toTrash,
                           QStringList *errors);

// Deleting (toTrash) or restoring records, already done when pushed: the first redo() that
// QUndoStack::push() calls does nothing, later ones repeat the change.
class TrashCommand : public QUndoCommand
{
public:
    TrashCommand(UndoStack *stack, Session session, QList<TrashRef> done, bool toTrash);
    void undo() override;
    void redo() override;

private:
    void apply(bool toTrash);

    UndoStack *m_stack;
    Session m_session;
    QList<TrashRef> m_refs;
    bool m_toTrash;
    bool m_pushed = false;
};

// An edit saved from a card, already written when pushed. Undo writes `before` back through
// ContactRepository::update, so the audit log records the undo like any other change.
class EditContactCommand : public QUndoCommand
{
public:
    EditContactCommand(UndoStack *stack, Session session, Contact before, Contact after);
    void undo() override;
    void redo() override;

private:
    void write(const Contact &values);

    UndoStack *m_stack;
    Session m_session;
    Contact m_before;
    Contact m_after;
    bool m_pushed = false;
};

// A call, email, meeting or note logged from a card, already saved when pushed. Undo moves
// it to the trash (the contact's "last contacted" stays: it may have been true already).
class LogActivityCommand : public QUndoCommand
{
public:
    LogActivityCommand(UndoStack *stack, Session session, qint64 activityId, qint64 contactId,
                       const QString &subject);
    void undo() override;
    void redo() override;

private:
    void apply(bool trashed);

    UndoStack *m_stack;
    Session m_session;
    qint64 m_id;
    qint64 m_contactId;
    bool m_pushed = false;
};

// A contact's photo set, replaced or removed on the card, already written when pushed. Undo
// and redo write the other photo (or none) through ContactPhotoRepository, which audits each
// change. Tells the stack "contact_photo" for the contact: only what shows the photo cares.
class ContactPhotoCommand : public QUndoCommand
{
public:
    // `before` / `after`: the image file's bytes, or none for no photo.
    ContactPhotoCommand(UndoStack *stack, Session session, qint64 contactId, const QString &name,
                        std::optional<QByteArray> before, std::optional<QByteArray> after);
    void undo() override;
    void redo() override;

private:
    void write(const std::optional<QByteArray> &photo);

    UndoStack *m_stack;
    Session m_session;
    qint64 m_contactId;
    QString m_name;
    std::optional<QByteArray> m_before;
    std::optional<QByteArray> m_after;
    bool m_pushed = false;
};

class EditCompanyCommand : public QUndoCommand
{
public:
    EditCompanyCommand(UndoStack *stack, Session session, Company before, Company after);
    void undo() override;
    void redo() override;

private:
    void write(const Company &values);

    UndoStack *m_stack;
    Session m_session;
    Company m_before;
    Company m_after;
    bool m_pushed = false;
};

} // namespace kontor
