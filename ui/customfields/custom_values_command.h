#pragma once

#include "session.h"

#include <QMap>
#include <QUndoCommand>

namespace kontor {

class UndoStack;

// Custom field values saved from a card, already written when pushed. Undo writes the old
// values back through CustomFieldRepository (audited like any change) and tells open views.
class CustomValuesCommand : public QUndoCommand
{
public:
    CustomValuesCommand(UndoStack *stack, Session session, QString entity, qint64 entityId,
                        QMap<qint64, QString> before, QMap<qint64, QString> after,
                        QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    void write(const QMap<qint64, QString> &values);

    UndoStack *m_stack;
    Session m_session;
    QString m_entity;
    qint64 m_entityId;
    QMap<qint64, QString> m_before;
    QMap<qint64, QString> m_after;
    bool m_pushed = false;
};

} // namespace kontor
