#pragma once

#include "funnel/board.h"

#include <QAbstractListModel>
#include <QDateTime>

namespace kontor {

// The cards of one board column, in memory: data() never touches the database. Drag and drop
// goes through mimeData / dropMimeData; a drop does not change the model itself but asks for
// the move (dropRequested), which the controller saves and then reloads the board.
class BoardColumnModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        DealIdRole = Qt::UserRole + 1,
        SubtitleRole, // company / contact
        AmountRole, // formatted, with the currency
        OwnerInitialsRole,
        NextTaskRole, // "" = no open task
        NextTaskDueRole, // QDateTime, invalid = no due time
        DaysInStageRole,
        RottingRole,
        ProbabilityRole,
    };

    static QString mimeType();
    // Encodes / decodes the dragged deal (id and the stage it comes from).
    static QByteArray encode(qint64 dealId, qint64 stageId);
    static bool decode(const QMimeData *data, qint64 *dealId, qint64 *stageId);

    explicit BoardColumnModel(qint64 stageId, QObject *parent = nullptr);

    qint64 stageId() const { return m_stageId; }
    void setCards(const QList<BoardCard> &cards, const QDateTime &now);
    qint64 dealAt(int row) const;
    int rowOf(qint64 dealId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // Put `dealId` into this column before `beforeDealId` (0 = at the end).
    void dropRequested(qint64 dealId, qint64 stageId, qint64 beforeDealId);

private:
    qint64 m_stageId;
    QList<BoardCard> m_cards;
    QDateTime m_now;
};

} // namespace kontor
