#include "contacts/bulk_actions.h"

#include "exchange/exporter.h"
#include "export/export_dialog.h"
#include "lists/format.h"
#include "model/contact.h"
#include "timeline/lookups.h"
#include "undo/undo_stack.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QUndoCommand>
#include <QVBoxLayout>

namespace kontor {

namespace {

// A bulk change already applied when pushed; undo and redo go through ContactBulkEditor.
class BulkEditCommand : public QUndoCommand
{
public:
    BulkEditCommand(UndoStack *stack, Session session, BulkChange change, const QString &text)
        : m_stack(stack)
        , m_session(std::move(session))
        , m_change(std::move(change))
    {
        setText(text);
    }
    void undo() override { report(ContactBulkEditor(m_session).undo(m_change)); }
    void redo() override
    {
        if (!m_pushed) {
            m_pushed = true;
            return;
        }
        report(ContactBulkEditor(m_session).redo(m_change));
    }

private:
    void report(const Status &st)
    {
        if (!st)
            m_stack->reportFailure(st.error().toString());
        m_stack->notifyChanged(QStringLiteral("contact"), m_change.changed);
    }

    UndoStack *m_stack;
    Session m_session;
    BulkChange m_change;
    bool m_pushed = false;
};

} // namespace

ContactBulkActions::ContactBulkActions(Session session, Selection selection,
                                       std::function<QWidget *()> dialogParent, QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_selection(std::move(selection))
    , m_dialogParent(std::move(dialogParent))
    , m_stack(UndoStack::of(parent))
{
    auto make = [this](const QString &text, const QString &tip, const char *name) {
        auto *a = new QAction(text, this);
        a->setToolTip(tip);
        a->setObjectName(QString::fromLatin1(name));
        return a;
    };
    m_tag = make(tr("Tag…"), tr("Add a tag to the selected contacts"), "bulkTagAction");
    m_untag = make(tr("Untag…"), tr("Remove a tag from the selected contacts"), "bulkUntagAction");
    m_owner = make(tr("Owner…"), tr("Assign the selected contacts to a manager"), "bulkOwnerAction");
    m_status = make(tr("Status…"), tr("Change the status of the selected contacts"),
                    "bulkStatusAction");
    m_export = make(tr("Export…"), tr("Save the selected contacts as CSV, Excel, vCard or JSON"),
                    "bulkExportAction");
    auto owner = [this] { return m_dialogParent ? m_dialogParent() : nullptr; };
    connect(m_tag, &QAction::triggered, this, [=] { askAndApply(BulkChange::Kind::AddTag, owner()); });
    connect(m_untag, &QAction::triggered, this,
            [=] { askAndApply(BulkChange::Kind::RemoveTag, owner()); });
    connect(m_owner, &QAction::triggered, this, [=] { askAndApply(BulkChange::Kind::Owner, owner()); });
    connect(m_status, &QAction::triggered, this,
            [=] { askAndApply(BulkChange::Kind::Status, owner()); });
    connect(m_export, &QAction::triggered, this, [=] { chooseExportFile(owner()); });
}

QList<QAction *> ContactBulkActions::actions() const
{
    return {m_tag, m_untag, m_owner, m_status, m_export};
}

bool ContactBulkActions::apply(BulkChange::Kind kind, const QString &value)
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty()) {
        emit reported(tr("Select one or more contacts first."), true);
        return false;
    }
    const ContactBulkEditor bulk(m_session);
    Result<BulkChange> change = Error{};
    QString text;
    switch (kind) {
    case BulkChange::Kind::AddTag:
        change = bulk.addTag(ids, value);
        text = tr("Tag %Ln contact(s) “%1”", nullptr, int(ids.size())).arg(value.trimmed());
        break;
    case BulkChange::Kind::RemoveTag:
        change = bulk.removeTag(ids, value);
        text = tr("Untag “%1” from %Ln contact(s)", nullptr, int(ids.size())).arg(value.trimmed());
        break;
    case BulkChange::Kind::Owner:
        change = bulk.setOwner(ids, value.toLongLong());
        text = tr("Assign %Ln contact(s)", nullptr, int(ids.size()));
        break;
    case BulkChange::Kind::Status:
        change = bulk.setStatus(ids, value);
        text = tr("Set %Ln contact(s) to %1", nullptr, int(ids.size())).arg(contactStatusName(value));
        break;
    }
    if (!change) {
        emit reported(change.error().message, true);
        m_stack->reportFailure(change.error().message);
        return false;
    }
    const int n = int(change->changed.size());
    if (n > 0)
        m_stack->push(new BulkEditCommand(m_stack, m_session, *change, text));
    m_stack->notifyChanged(QStringLiteral("contact"), change->changed);
    const QString done = n == 0 ? tr("Nothing to change: the selected contacts already had that.")
                                : tr("%Ln contact(s) changed. Undo with Ctrl+Z.", nullptr, n);
    m_stack->inform(done);
    emit reported(done, false);
    return n > 0;
}

void ContactBulkActions::askAndApply(BulkChange::Kind kind, QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("bulkEditDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *choice = new QComboBox;
    choice->setObjectName(QStringLiteral("bulkValue"));
    const int n = int(m_selection().size());
    QString question;
    switch (kind) {
    case BulkChange::Kind::AddTag:
    case BulkChange::Kind::RemoveTag: {
        dialog->setWindowTitle(kind == BulkChange::Kind::AddTag ? tr("Add Tag") : tr("Remove Tag"));
        question = kind == BulkChange::Kind::AddTag
                       ? tr("Tag to add to %Ln contact(s):", nullptr, n)
                       : tr("Tag to remove from %Ln contact(s):", nullptr, n);
        choice->setEditable(kind == BulkChange::Kind::AddTag); // a new tag can be typed
        if (const auto tags = ContactBulkEditor(m_session).tagNames())
            choice->addItems(*tags);
        choice->setCurrentIndex(-1);
        break;
    }
    case BulkChange::Kind::Owner:
        dialog->setWindowTitle(tr("Assign Owner"));
        question = tr("Owner of %Ln contact(s):", nullptr, n);
        choice->addItem(tr("Nobody"), QStringLiteral("0"));
        if (const auto users = Lookups(m_session).users()) {
            for (const NamedId &u : *users)
                choice->addItem(u.name, QString::number(u.id));
        }
        break;
    case BulkChange::Kind::Status:
        dialog->setWindowTitle(tr("Change Status"));
        question = tr("Status of %Ln contact(s):", nullptr, n);
        for (const QString &s : contactStatuses())
            choice->addItem(contactStatusName(s), s);
        break;
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(question));
    layout->addWidget(choice);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, choice, kind] {
        const bool tag = kind == BulkChange::Kind::AddTag || kind == BulkChange::Kind::RemoveTag;
        const QString value = tag ? choice->currentText() : choice->currentData().toString();
        if (tag && value.trimmed().isEmpty())
            return; // nothing chosen yet: keep the dialog open
        apply(kind, value);
        dialog->accept();
    });
    dialog->open();
}

bool ContactBulkActions::exportTo(const QString &path)
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty()) {
        emit reported(tr("Select one or more contacts first."), true);
        return false;
    }
    const auto format = exportFormatFromName(QFileInfo(path).suffix());
    if (!format) {
        emit reported(tr("Kontor exports .csv, .xlsx, .vcf and .json files, not “%1”.")
                          .arg(QFileInfo(path).fileName()),
                      true);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        emit reported(tr("Cannot write %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    ExportRequest request;
    request.entity = ExchangeEntity::Contacts;
    request.format = *format;
    request.ids = ids;
    const auto written = exportRecords(m_session, request, &file);
    if (!written) {
        emit reported(tr("The export failed: %1").arg(written.error().message), true);
        return false;
    }
    const QString done = tr("%Ln contact(s) exported to %1.", nullptr, int(*written))
                             .arg(QFileInfo(path).fileName());
    m_stack->inform(done);
    emit reported(done, false);
    return true;
}

void ContactBulkActions::chooseExportFile(QWidget *parent)
{
    if (m_selection().isEmpty()) {
        emit reported(tr("Select one or more contacts first."), true);
        return;
    }
    // The same dialog as File > Export..., with the selected contacts picked.
    ExportDialog::openFor(m_session, ExchangeEntity::Contacts, m_selection(), parent);
}

} // namespace kontor
