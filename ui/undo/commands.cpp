#include "undo/commands.h"

#include "activities/activity_repository.h"
#include "photos/contact_photos.h"
#include "repo/company_repository.h"
#include "repo/contact_repository.h"
#include "repo/deal_repository.h"
#include "tasks/task_repository.h"
#include "undo/undo_stack.h"

#include <QCoreApplication>

namespace kontor {

namespace {

struct UndoCommands
{
    Q_DECLARE_TR_FUNCTIONS(UndoCommands)
};

Status trashOne(const Session &session, const TrashRef &ref, bool toTrash)
{
    if (ref.kind == QLatin1String("contact")) {
        const ContactRepository repo(session);
        return toTrash ? repo.moveToTrash(ref.id) : repo.restore(ref.id);
    }
    if (ref.kind == QLatin1String("company")) {
        const CompanyRepository repo(session);
        return toTrash ? repo.moveToTrash(ref.id) : repo.restore(ref.id);
    }
    if (ref.kind == QLatin1String("deal")) {
        const DealRepository repo(session);
        return toTrash ? repo.moveToTrash(ref.id) : repo.restore(ref.id);
    }
    if (ref.kind == QLatin1String("task")) {
        const TaskRepository repo(session);
        return toTrash ? repo.moveToTrash(ref.id) : repo.restore(ref.id);
    }
    return Error{Error::Kind::Unsupported, UndoCommands::tr("This kind of record has no trash"),
                 ref.name, {}};
}

QString describe(const Error &error, const QString &name)
{
    return UndoCommands::tr("%1: %2").arg(name.isEmpty() ? error.context : name, error.message);
}

QString trashText(const QList<TrashRef> &refs, bool toTrash)
{
    if (refs.size() == 1) {
        return toTrash ? UndoCommands::tr("Delete “%1”").arg(refs.first().name)
                       : UndoCommands::tr("Restore “%1”").arg(refs.first().name);
    }
    return toTrash ? UndoCommands::tr("Delete %n record(s)", nullptr, int(refs.size()))
                   : UndoCommands::tr("Restore %n record(s)", nullptr, int(refs.size()));
}

void notifyKinds(UndoStack *stack, const QList<TrashRef> &refs)
{
    QMap<QString, QList<qint64>> byKind;
    for (const TrashRef &ref : refs)
        byKind[ref.kind].append(ref.id);
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        stack->notifyChanged(it.key(), it.value());
}

} // namespace

QList<TrashRef> applyTrash(const Session &session, const QList<TrashRef> &refs, bool toTrash,
                           QStringList *errors)
{
    QList<TrashRef> done;
    for (const TrashRef &ref : refs) {
        const Status st = trashOne(session, ref, toTrash);
        if (st)
            done.append(ref);
        else if (errors)
            errors->append(describe(st.error(), ref.name));
    }
    return done;
}

TrashCommand::TrashCommand(UndoStack *stack, Session session, QList<TrashRef> done, bool toTrash)
    : QUndoCommand(trashText(done, toTrash))
    , m_stack(stack)
    , m_session(std::move(session))
    , m_refs(std::move(done))
    , m_toTrash(toTrash)
{
}

void TrashCommand::apply(bool toTrash)
{
    QStringList errors;
    applyTrash(m_session, m_refs, toTrash, &errors);
    notifyKinds(m_stack, m_refs);
    if (!errors.isEmpty())
        m_stack->reportFailure(errors.join(QLatin1Char('\n')));
}

void TrashCommand::undo()
{
    apply(!m_toTrash);
}

void TrashCommand::redo()
{
    if (!m_pushed) { // the caller has done it already, and knows how it went
        m_pushed = true;
        notifyKinds(m_stack, m_refs);
        return;
    }
    apply(m_toTrash);
}

EditContactCommand::EditContactCommand(UndoStack *stack, Session session, Contact before,
                                       Contact after)
    : QUndoCommand(UndoCommands::tr("Edit “%1”").arg(after.displayName()))
    , m_stack(stack)
    , m_session(std::move(session))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditContactCommand::write(const Contact &values)
{
    const Status st = ContactRepository(m_session).update(values);
    if (!st)
        m_stack->reportFailure(describe(st.error(), values.displayName()));
    m_stack->notifyChanged(QStringLiteral("contact"), {values.id});
}

void EditContactCommand::undo()
{
    write(m_before);
}

void EditContactCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        m_stack->notifyChanged(QStringLiteral("contact"), {m_after.id});
        return;
    }
    write(m_after);
}

LogActivityCommand::LogActivityCommand(UndoStack *stack, Session session, qint64 activityId,
                                       qint64 contactId, const QString &subject)
    : QUndoCommand(UndoCommands::tr("Log “%1”").arg(subject))
    , m_stack(stack)
    , m_session(std::move(session))
    , m_id(activityId)
    , m_contactId(contactId)
{
}

void LogActivityCommand::apply(bool trashed)
{
    const ActivityRepository repo(m_session);
    const Status st = trashed ? repo.moveToTrash(m_id) : repo.restore(m_id);
    if (!st)
        m_stack->reportFailure(describe(st.error(), text()));
    m_stack->notifyChanged(QStringLiteral("activity"), {m_contactId});
}

void LogActivityCommand::undo()
{
    apply(true);
}

void LogActivityCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    apply(false);
}

ContactPhotoCommand::ContactPhotoCommand(UndoStack *stack, Session session, qint64 contactId,
                                         const QString &name, std::optional<QByteArray> before,
                                         std::optional<QByteArray> after)
    : QUndoCommand(after ? UndoCommands::tr("Change the photo of “%1”").arg(name)
                         : UndoCommands::tr("Remove the photo of “%1”").arg(name))
    , m_stack(stack)
    , m_session(std::move(session))
    , m_contactId(contactId)
    , m_name(name)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ContactPhotoCommand::write(const std::optional<QByteArray> &photo)
{
    const ContactPhotoRepository repo(m_session);
    const Status st = photo ? repo.set(m_contactId, *photo) : repo.remove(m_contactId);
    if (!st)
        m_stack->reportFailure(describe(st.error(), m_name));
    m_stack->notifyChanged(QStringLiteral("contact_photo"), {m_contactId});
}

void ContactPhotoCommand::undo()
{
    write(m_before);
}

void ContactPhotoCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        m_stack->notifyChanged(QStringLiteral("contact_photo"), {m_contactId});
        return;
    }
    write(m_after);
}

EditCompanyCommand::EditCompanyCommand(UndoStack *stack, Session session, Company before,
                                       Company after)
    : QUndoCommand(UndoCommands::tr("Edit “%1”").arg(after.name))
    , m_stack(stack)
    , m_session(std::move(session))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditCompanyCommand::write(const Company &values)
{
    const Status st = CompanyRepository(m_session).update(values);
    if (!st)
        m_stack->reportFailure(describe(st.error(), values.name));
    m_stack->notifyChanged(QStringLiteral("company"), {values.id});
}

void EditCompanyCommand::undo()
{
    write(m_before);
}

void EditCompanyCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        m_stack->notifyChanged(QStringLiteral("company"), {m_after.id});
        return;
    }
    write(m_after);
}

} // namespace kontor
