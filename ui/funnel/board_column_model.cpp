#include "funnel/board_column_model.h"

#include "lists/format.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace kontor {

QString BoardColumnModel::mimeType()
{
    return QStringLiteral("application/x-kontor-deal");
}

QByteArray BoardColumnModel::encode(qint64 dealId, qint64 stageId)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << dealId << stageId;
    return bytes;
}

bool BoardColumnModel::decode(const QMimeData *data, qint64 *dealId, qint64 *stageId)
{
    if (!data || !data->hasFormat(mimeType()))
        return false;
    QDataStream in(data->data(mimeType()));
    in >> *dealId >> *stageId;
    return in.status() == QDataStream::Ok && *dealId > 0;
}

BoardColumnModel::BoardColumnModel(qint64 stageId, QObject *parent)
    : QAbstractListModel(parent)
    , m_stageId(stageId)
{
}

void BoardColumnModel::setCards(const QList<BoardCard> &cards, const QDateTime &now)
{
    beginResetModel();
    m_cards = cards;
    m_now = now;
    endResetModel();
}

qint64 BoardColumnModel::dealAt(int row) const
{
    return row >= 0 && row < m_cards.size() ? m_cards.at(row).id : 0;
}

int BoardColumnModel::rowOf(qint64 dealId) const
{
    for (int i = 0; i < m_cards.size(); ++i) {
        if (m_cards.at(i).id == dealId)
            return i;
    }
    return -1;
}

int BoardColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant BoardColumnModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BoardCard &c = m_cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return c.title;
    case Qt::ToolTipRole:
        return c.rotting
            ? tr("%1 — no activity since %2").arg(c.title, formatDate(c.idleSince.date()))
            : c.title;
    case DealIdRole:
        return c.id;
    case SubtitleRole:
        if (!c.companyName.isEmpty() && !c.contactName.isEmpty())
            return c.companyName + QStringLiteral(" · ") + c.contactName;
        return c.companyName.isEmpty() ? c.contactName : c.companyName;
    case AmountRole:
        return formatMoney(c.amountMinor, c.currency);
    case OwnerInitialsRole:
        return c.ownerInitials();
    case NextTaskRole:
        return c.nextTaskTitle;
    case NextTaskDueRole:
        return c.nextTaskDue;
    case DaysInStageRole:
        return c.daysInStage(m_now);
    case RottingRole:
        return c.rotting;
    case ProbabilityRole:
        return c.probability;
    default:
        return {};
    }
}

Qt::ItemFlags BoardColumnModel::flags(const QModelIndex &index) const
{
    // Empty space of a column accepts drops too (the card goes to the end).
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled
        | Qt::ItemNeverHasChildren;
}

QStringList BoardColumnModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *BoardColumnModel::mimeData(const QModelIndexList &indexes) const
{
    // One card at a time: the board moves deals one by one, each with its history row.
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    auto *data = new QMimeData;
    const BoardCard &c = m_cards.at(indexes.first().row());
    data->setData(mimeType(), encode(c.id, m_stageId));
    data->setText(c.title);
    return data;
}

Qt::DropActions BoardColumnModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions BoardColumnModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool BoardColumnModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &) const
{
    qint64 deal = 0, stage = 0;
    return action == Qt::MoveAction && decode(data, &deal, &stage);
}

bool BoardColumnModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                    const QModelIndex &parent)
{
    qint64 deal = 0, fromStage = 0;
    if (action != Qt::MoveAction || !decode(data, &deal, &fromStage))
        return false;
    // Dropped onto a card: before it; between cards: before the next; elsewhere: at the end.
    if (parent.isValid())
        row = parent.row();
    qint64 before = dealAt(row);
    if (before == deal)
        return false;
    emit dropRequested(deal, m_stageId, before);
    // false: the view must not remove the source row; the board reloads from the database.
    return false;
}

} // namespace kontor
