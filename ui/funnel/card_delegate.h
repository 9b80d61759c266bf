#pragma once

#include <QStyledItemDelegate>

namespace kontor {

// Paints a deal card from the column model's roles: a few thousand cards cost a few thousand
// paint calls for the visible ones, not a widget each.
class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace kontor
