#pragma once

#include <QList>
#include <QString>
#include <QUndoStack>

namespace kontor {

// The one undo history of a session. Commands tell it what they changed so every open list,
// card and the trash can refresh, and report failures (an undo that the database refused)
// in plain words instead of failing silently.
class UndoStack : public QUndoStack
{
    Q_OBJECT
public:
    explicit UndoStack(QObject *parent = nullptr);

    // The stack of the window `from` lives in: the nearest UndoStack child of `from` or of
    // one of its ancestors. When there is none (a module or card used on its own, as in a
    // test), one is created on the topmost ancestor so all of them share it.
    static UndoStack *of(QObject *from);

    void notifyChanged(const QString &entity, const QList<qint64> &ids)
    {
        emit changed(entity, ids);
    }
    void reportFailure(const QString &message) { emit failed(message); }
    void inform(const QString &message) { emit informed(message); }

signals:
    // entity: contact, company, deal, activity
    void changed(const QString &entity, const QList<qint64> &ids);
    void failed(const QString &message);
    // A short note for the status bar ("Moved 3 contacts to the trash").
    void informed(const QString &message);
};

} // namespace kontor
