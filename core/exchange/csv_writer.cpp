#include "exchange/csv_writer.h"

#include <QCoreApplication>

namespace kontor {

CsvWriter::CsvWriter(QIODevice *device, Options options)
    : m_device(device), m_options(options)
{
}

bool CsvWriter::looksLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar c = cell.at(0);
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
           || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

QString CsvWriter::defuseFormula(const QString &cell)
{
    return looksLikeFormula(cell) ? QLatin1Char('\'') + cell : cell;
}

Status CsvWriter::writeRow(const QStringList &cells)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i)
            line += m_options.delimiter;
        QString cell = m_options.escapeFormulas ? defuseFormula(cells.at(i)) : cells.at(i);
        const bool quote = cell.contains(m_options.delimiter) || cell.contains(QLatin1Char('"'))
                           || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))
                           || (!cell.isEmpty()
                               && (cell.front().isSpace() || cell.back().isSpace()));
        if (quote) {
            cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            line += QLatin1Char('"') + cell + QLatin1Char('"');
        } else {
            line += cell;
        }
    }
    line += QStringLiteral("\r\n");
    QByteArray bytes = line.toUtf8();
    if (!m_started) {
        m_started = true;
        if (m_options.bom)
            bytes.prepend("\xEF\xBB\xBF");
    }
    if (m_device->write(bytes) != bytes.size()) {
        return Error{Error::Kind::Storage,
                     QCoreApplication::translate("kontor::CsvWriter", "Cannot write the CSV file."),
                     {}, m_device->errorString()};
    }
    return {};
}

} // namespace kontor
