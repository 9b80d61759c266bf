#pragma once

#include "contacts/bulk_edit.h"
#include "session.h"

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace kontor {

class UndoStack;

// Actions on the contacts selected in the list: add or remove a tag, assign an owner,
// change the status (each one undoable step), and export the selection to a file. Deleting
// is the list's own Delete action.
class ContactBulkActions : public QObject
{
    Q_OBJECT
public:
    using Selection = std::function<QList<qint64>()>;

    // `dialogParent` gives the widget the dialogs open over (the list's page).
    ContactBulkActions(Session session, Selection selection,
                       std::function<QWidget *()> dialogParent, QObject *parent);

    QList<QAction *> actions() const;

    // What the dialogs call once the user chose; public so tests can drive them. Return
    // false (message already reported) when nothing changed.
    bool apply(BulkChange::Kind kind, const QString &value);
    // Writes the selection to `path`; the format follows the suffix (csv, xlsx, vcf, json).
    bool exportTo(const QString &path);

    // The dialog of an action, shown non-modally over `parent` (tests find it by name).
    void askAndApply(BulkChange::Kind kind, QWidget *parent);

signals:
    // A one-line result for the status bar or a failure, in plain words.
    void reported(const QString &message, bool failed);

private:
    void chooseExportFile(QWidget *parent);

    Session m_session;
    Selection m_selection;
    std::function<QWidget *()> m_dialogParent;
    UndoStack *m_stack;
    QAction *m_tag = nullptr;
    QAction *m_untag = nullptr;
    QAction *m_owner = nullptr;
    QAction *m_status = nullptr;
    QAction *m_export = nullptr;
};

} // namespace kontor
