#pragma once

#include "reports/report.h"

#include <QAbstractTableModel>

namespace kontor {

// The table behind a chart. Id columns are left out; the data never touches the database.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // Raw value for sorting and tests; the row's index in the report table.
    enum Roles { RawValueRole = Qt::UserRole + 1, ReportRowRole };

    void setTable(const ReportTable &table);
    const ReportTable &table() const { return m_table; }
    // The report column shown in view column `column`.
    int reportColumn(int column) const { return m_visible.value(column, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ReportTable m_table;
    QList<int> m_visible;
};

} // namespace kontor
