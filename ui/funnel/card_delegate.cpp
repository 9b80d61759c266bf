#include "funnel/card_delegate.h"

#include "funnel/board_column_model.h"
#include "lists/format.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>
#include <QPainterPath>

namespace kontor {

namespace {
constexpr int kMargin = 4;
constexpr int kPadding = 8;
constexpr int kLines = 5;
} // namespace

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {200, kLines * line + 2 * kPadding + 2 * kMargin + 6};
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const bool rotting = index.data(BoardColumnModel::RottingRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const QRectF card = QRectF(option.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);

    // Rotting cards are tinted and edged in red so they stand out while scrolling.
    const QColor fill = rotting ? QColor(255, 236, 234) : pal.color(QPalette::Base);
    const QColor edge = selected ? pal.color(QPalette::Highlight)
        : rotting                ? QColor(214, 69, 65)
                                 : QColor(210, 214, 220);
    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    painter->fillPath(path, fill);
    painter->setPen(QPen(edge, selected || rotting ? 2 : 1));
    painter->drawPath(path);

    const QRect inner = card.toRect().adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QFontMetrics fm = option.fontMetrics;
    const int line = fm.height();
    QRect row(inner.left(), inner.top(), inner.width(), line);
    auto text = [&](const QString &s, const QColor &color, Qt::Alignment align = Qt::AlignLeft) {
        painter->setPen(color);
        painter->drawText(row, int(align | Qt::AlignVCenter),
                          painter->fontMetrics().elidedText(s, Qt::ElideRight, row.width()));
    };
    const QColor textColor = pal.color(QPalette::Text);
    const QColor muted = pal.color(QPalette::PlaceholderText);

    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    text(index.data(Qt::DisplayRole).toString(), textColor);
    painter->setFont(option.font);
    row.translate(0, line);
    text(index.data(BoardColumnModel::SubtitleRole).toString(), muted);
    row.translate(0, line);

    // Amount on the left, the owner's initials in a small badge on the right.
    const QString initials = index.data(BoardColumnModel::OwnerInitialsRole).toString();
    const int badge = line + 2;
    const QRect badgeRect(inner.right() - badge + 1, row.top() - 1, badge, badge);
    if (!initials.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(94, 129, 172));
        painter->drawEllipse(badgeRect);
        painter->setPen(Qt::white);
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.8);
        painter->setFont(small);
        painter->drawText(badgeRect, Qt::AlignCenter, initials);
        painter->setFont(option.font);
    }
    row.setRight(badgeRect.left() - 4);
    text(index.data(BoardColumnModel::AmountRole).toString(), textColor);
    row.setRight(inner.right());
    row.translate(0, line);

    // The next task, or a warning that there is none: a deal without one tends to stall.
    const QString task = index.data(BoardColumnModel::NextTaskRole).toString();
    if (task.isEmpty()) {
        text(tr("⚠ No next task"), QColor(196, 110, 0));
    } else {
        const QDateTime due = index.data(BoardColumnModel::NextTaskDueRole).toDateTime();
        const bool overdue = due.isValid() && due < QDateTime::currentDateTimeUtc();
        const QString when = due.isValid() ? formatDate(due.toLocalTime().date()) : QString();
        text(when.isEmpty() ? task : tr("%1 · %2").arg(when, task),
             overdue ? QColor(214, 69, 65) : textColor);
    }
    row.translate(0, line);
    const int days = index.data(BoardColumnModel::DaysInStageRole).toInt();
    text(rotting ? tr("%n day(s) in stage · rotting", nullptr, days)
                 : tr("%n day(s) in stage", nullptr, days),
         rotting ? QColor(214, 69, 65) : muted);
    painter->restore();
}

} // namespace kontor
