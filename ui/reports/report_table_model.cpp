#include "reports/report_table_model.h"

#include "reports/report_format.h"

namespace kontor {

void ReportTableModel::setTable(const ReportTable &table)
{
    beginResetModel();
    m_table = table;
    m_visible.clear();
    for (int i = 0; i < m_table.columns.size(); ++i) {
        if (m_table.columns.at(i).kind != ValueKind::Id)
            m_visible << i;
    }
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int c = m_visible.at(index.column());
    const ReportColumn &column = m_table.columns.at(c);
    const QVariant value = m_table.rows.at(index.row()).value(c);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return formatReportValue(value, column.kind, m_table.currency);
    case Qt::TextAlignmentRole:
        return column.kind == ValueKind::Text || column.kind == ValueKind::Date
            ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case RawValueRole:
        return value;
    case ReportRowRole:
        return index.row();
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_visible.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_table.columns.at(m_visible.at(section)).title;
}

} // namespace kontor
