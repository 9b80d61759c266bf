#include "duplicates/duplicate_pairs_model.h"

namespace kontor {

void DuplicatePairsModel::setPairs(QList<DuplicatePair> pairs)
{
    beginResetModel();
    m_pairs = std::move(pairs);
    endResetModel();
}

int DuplicatePairsModel::rowOf(qint64 a, qint64 b) const
{
    for (int row = 0; row < int(m_pairs.size()); ++row) {
        const DuplicatePair &p = m_pairs.at(row);
        if ((p.keepId == a && p.otherId == b) || (p.keepId == b && p.otherId == a))
            return row;
    }
    return -1;
}

int DuplicatePairsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

int DuplicatePairsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DuplicatePairsModel::reasonText(const QStringList &reasons)
{
    QStringList parts;
    for (const QString &r : reasons) {
        if (r == QLatin1String("email"))
            parts << tr("same email");
        else if (r == QLatin1String("phone"))
            parts << tr("same phone");
        else if (r == QLatin1String("name"))
            parts << tr("similar name in the same company");
        else
            parts << r;
    }
    return parts.join(QStringLiteral(", "));
}

QVariant DuplicatePairsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DuplicatePair &p = m_pairs.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case KeepColumn:
            return p.keepName;
        case OtherColumn:
            return p.otherName;
        case ReasonColumn:
            return reasonText(p.reasons);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case KeepColumn:
            return tr("Contact #%1").arg(p.keepId);
        case OtherColumn:
            return tr("Contact #%1").arg(p.otherId);
        case ReasonColumn:
            return p.keys.join(QStringLiteral("\n"));
        }
    }
    return {};
}

QVariant DuplicatePairsModel::headerData(int section, Qt::Orientation orientation,
                                         int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeepColumn:
        return tr("Keep");
    case OtherColumn:
        return tr("Merge into it");
    case ReasonColumn:
        return tr("Why");
    }
    return {};
}

} // namespace kontor
