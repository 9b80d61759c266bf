#include "reports/report_export.h"

#include "model/deal.h"
#include "reports/report_format.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::ReportExport", text);
}

QString csvField(const QString &text)
{
    // Quote when needed; a leading = + - @ would run as a formula in a spreadsheet.
    QString t = text;
    if (!t.isEmpty() && QStringLiteral("=+-@").contains(t.at(0)) && !(t.at(0) == QLatin1Char('-') && t.size() > 1 && t.at(1).isDigit()))
        t.prepend(QLatin1Char('\''));
    if (t.contains(QLatin1Char('"')) || t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('\n'))
        || t.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + t.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return t;
}

QString csvValue(const QVariant &v, ValueKind kind)
{
    if (v.isNull() || !v.isValid())
        return {};
    switch (kind) {
    case ValueKind::Money:
        return formatMinor(v.toLongLong());
    case ValueKind::Percent:
    case ValueKind::Days:
        return QString::number(v.toDouble(), 'f', 2);
    default:
        return v.toString();
    }
}

Error fileError(const QString &path, const QString &detail)
{
    return Error{Error::Kind::Storage, tr("The file could not be written."), path, detail};
}

} // namespace

QString reportCsv(const ReportTable &table)
{
    QStringList header;
    QList<int> shown;
    for (int i = 0; i < table.columns.size(); ++i) {
        if (table.columns[i].kind == ValueKind::Id)
            continue;
        shown << i;
        header << csvField(table.columns[i].title);
    }
    QString out = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QVariantList &row : table.rows) {
        QStringList fields;
        for (int i : std::as_const(shown))
            fields << csvField(csvValue(row.value(i), table.columns[i].kind));
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

Status writeReportCsv(const ReportTable &table, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(path, file.errorString());
    file.write(reportCsv(table).toUtf8());
    if (!file.commit())
        return fileError(path, file.errorString());
    return {};
}

Status writeChartPng(const QPixmap &chart, const QString &path)
{
    if (chart.isNull() || !chart.save(path, "PNG"))
        return fileError(path, tr("PNG"));
    return {};
}

void paintReport(QPagedPaintDevice &device, const ReportTable &table, const QPixmap &chart)
{
    QPainter p(&device);
    const QRect page = p.viewport();
    const int margin = page.width() / 20;
    const int width = page.width() - 2 * margin;
    int y = margin;
    QFont font = p.font();
    font.setPointSizeF(16);
    p.setFont(font);
    const int titleHeight = p.fontMetrics().height();
    p.drawText(QRect(margin, y, width, titleHeight), Qt::AlignLeft, table.title);
    y += titleHeight * 3 / 2;
    font.setPointSizeF(9);
    p.setFont(font);
    const int line = p.fontMetrics().height() * 6 / 5;
    QString sub = formatPeriod(table.from, table.to);
    if (!table.currency.isEmpty())
        sub += QStringLiteral("  ·  ") + table.currency;
    p.drawText(QRect(margin, y, width, line), Qt::AlignLeft, sub);
    y += line;
    for (const ReportFigure &f : table.figures) {
        p.drawText(QRect(margin, y, width, line), Qt::AlignLeft,
                   f.title + QStringLiteral(": ") + formatReportValue(f.value, f.kind, table.currency));
        y += line;
    }
    y += line / 2;
    if (!chart.isNull()) {
        const QSize size = chart.size().scaled(width, page.height() / 2, Qt::KeepAspectRatio);
        p.drawPixmap(QRect(QPoint(margin, y), size), chart);
        y += size.height() + line;
    }
    QList<int> shown;
    for (int i = 0; i < table.columns.size(); ++i) {
        if (table.columns[i].kind != ValueKind::Id)
            shown << i;
    }
    if (shown.isEmpty())
        return;
    const int cell = width / int(shown.size());
    auto drawRow = [&](const QStringList &texts, bool bold) {
        if (y + line > page.height() - margin) {
            device.newPage();
            y = margin;
        }
        QFont f = p.font();
        f.setBold(bold);
        p.setFont(f);
        for (int k = 0; k < texts.size(); ++k) {
            const bool left = table.columns[shown[k]].kind == ValueKind::Text
                || table.columns[shown[k]].kind == ValueKind::Date;
            p.drawText(QRect(margin + k * cell, y, cell - 4, line),
                       (left ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                       p.fontMetrics().elidedText(texts[k], Qt::ElideRight, cell - 4));
        }
        y += line;
    };
    QStringList header;
    for (int i : std::as_const(shown))
        header << table.columns[i].title;
    drawRow(header, true);
    for (const QVariantList &row : table.rows) {
        QStringList texts;
        for (int i : std::as_const(shown))
            texts << formatReportValue(row.value(i), table.columns[i].kind, table.currency);
        drawRow(texts, false);
    }
}

Status writeReportPdf(const ReportTable &table, const QPixmap &chart, const QString &path)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return fileError(path, probe.errorString());
    }
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    pdf.setTitle(table.title);
    pdf.setCreator(QStringLiteral("Kontor"));
    paintReport(pdf, table, chart);
    return {};
}

} // namespace kontor
