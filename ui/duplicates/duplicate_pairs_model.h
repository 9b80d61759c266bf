#pragma once

#include "contacts/duplicate_review.h"

#include <QAbstractTableModel>

namespace kontor {

// The candidate pairs of the duplicate review: the record kept by default, the other one,
// and why they look alike. Filled from a finished scan; never reads the database.
class DuplicatePairsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KeepColumn, OtherColumn, ReasonColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setPairs(QList<DuplicatePair> pairs);
    const DuplicatePair &pair(int row) const { return m_pairs.at(row); }
    // The row of the pair (a, b) in either order, or -1.
    int rowOf(qint64 a, qint64 b) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "same email", "same phone", "similar name in the same company", joined.
    static QString reasonText(const QStringList &reasons);

private:
    QList<DuplicatePair> m_pairs;
};

} // namespace kontor
