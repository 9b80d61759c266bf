#include "shell/icons.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace kontor {
namespace {

// Paths in a 24x24 box, stroked 1.8 units wide with round caps, like common line icon sets.
QPainterPath iconPath(const QString &id)
{
    QPainterPath p;
    if (id == QLatin1String("contacts")) {
        p.addEllipse(QPointF(12, 8), 4, 4);
        p.moveTo(4, 21);
        p.cubicTo(4, 15, 8, 14, 12, 14);
        p.cubicTo(16, 14, 20, 15, 20, 21);
    } else if (id == QLatin1String("companies")) {
        p.addRect(4, 3, 11, 18);
        p.moveTo(15, 9);
        p.lineTo(20, 9);
        p.lineTo(20, 21);
        p.moveTo(2, 21);
        p.lineTo(22, 21);
        for (int y : {7, 11, 15}) {
            p.moveTo(7.5, y);
            p.lineTo(8.5, y);
            p.moveTo(10.5, y);
            p.lineTo(11.5, y);
        }
    } else if (id == QLatin1String("deals")) {
        // A funnel: the sales pipeline.
        p.moveTo(3, 4);
        p.lineTo(21, 4);
        p.lineTo(14, 12.5);
        p.lineTo(14, 20);
        p.lineTo(10, 18);
        p.lineTo(10, 12.5);
        p.closeSubpath();
    } else if (id == QLatin1String("tasks")) {
        p.addRoundedRect(3.5, 3.5, 17, 17, 3, 3);
        p.moveTo(8, 12);
        p.lineTo(11, 15);
        p.lineTo(16.5, 9);
    } else if (id == QLatin1String("reports")) {
        p.moveTo(3, 21);
        p.lineTo(21, 21);
        p.addRect(5, 12, 3, 9);
        p.addRect(10.5, 6, 3, 15);
        p.addRect(16, 9, 3, 12);
    } else if (id == QLatin1String("dashboard")) {
        // Four tiles: the key figures at a glance.
        p.addRoundedRect(3.5, 3.5, 7, 9, 1.5, 1.5);
        p.addRoundedRect(13.5, 3.5, 7, 5, 1.5, 1.5);
        p.addRoundedRect(3.5, 15.5, 7, 5, 1.5, 1.5);
        p.addRoundedRect(13.5, 11.5, 7, 9, 1.5, 1.5);
    } else if (id == QLatin1String("import")) {
        p.moveTo(12, 3);
        p.lineTo(12, 14);
        p.moveTo(7.5, 9.5);
        p.lineTo(12, 14);
        p.lineTo(16.5, 9.5);
        p.moveTo(4, 15);
        p.lineTo(4, 20);
        p.lineTo(20, 20);
        p.lineTo(20, 15);
    } else if (id == QLatin1String("refresh")) {
        p.arcMoveTo(4, 4, 16, 16, 60);
        p.arcTo(4, 4, 16, 16, 60, 300);
        p.moveTo(15.5, 5);
        p.lineTo(16, 9.1);
        p.lineTo(19.8, 7.4);
    } else {
        p.addEllipse(QPointF(12, 12), 8, 8);
    }
    return p;
}

class PathIconEngine : public QIconEngine
{
public:
    explicit PathIconEngine(QString id)
        : m_id(std::move(id))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette pal = QApplication::palette();
        QColor color = mode == QIcon::Selected ? pal.color(QPalette::HighlightedText)
                                               : QColor(0x3b, 0x5b, 0x8c);
        if (mode == QIcon::Disabled)
            color = pal.color(QPalette::Disabled, QPalette::Text);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = qMin(rect.width(), rect.height());
        painter->translate(rect.center() - QPointF(side / 2, side / 2) + QPointF(0.5, 0.5));
        painter->scale(side / 24.0, side / 24.0);
        QPen pen(color, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(iconPath(m_id));
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter painter(&pm);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QIconEngine *clone() const override { return new PathIconEngine(m_id); }

private:
    QString m_id;
};

class AppIconEngine : public QIconEngine
{
public:
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = qMin(rect.width(), rect.height());
        painter->translate(rect.topLeft());
        painter->scale(side / 24.0, side / 24.0);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x2f, 0x6f, 0xd6));
        painter->drawRoundedRect(QRectF(1, 1, 22, 22), 5, 5);
        painter->setPen(QPen(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        QPainterPath k;
        k.moveTo(8, 6);
        k.lineTo(8, 18);
        k.moveTo(16.5, 6);
        k.lineTo(8.5, 12.5);
        k.moveTo(11, 10.5);
        k.lineTo(16.5, 18);
        painter->drawPath(k);
        painter->restore();
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter painter(&pm);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }
    QIconEngine *clone() const override { return new AppIconEngine; }
};

} // namespace

QIcon moduleIcon(const QString &moduleId)
{
    return QIcon(new PathIconEngine(moduleId));
}

QIcon appIcon()
{
    return QIcon(new AppIconEngine);
}

} // namespace kontor
