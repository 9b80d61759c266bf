#pragma once

#include "import/tabular_reader.h"

#include <QFile>
#include <QStringDecoder>

namespace kontor {

// RFC 4180 CSV, streamed in chunks: quoted fields may hold delimiters, quotes ("") and line
// breaks; records end at CR, LF or CRLF. The encoding and the delimiter are detected from the
// first 64 KiB unless given. A field that starts with a quote is quoted; a quote anywhere else
// is plain text, as Excel and LibreOffice write and read it.
class CsvReader final : public TabularReader
{
public:
    Status open(const QString &path, const TabularOptions &options) override;

    QString format() const override { return QStringLiteral("csv"); }
    QString encoding() const override { return m_encoding; }
    QChar delimiter() const override { return m_delimiter; }
    QStringList header() const override { return m_header; }
    Result<bool> next(TabularRow &row) override;
    qint64 bytesRead() const override { return m_file.pos(); }
    qint64 bytesTotal() const override { return m_total; }

    // The delimiter that splits the sample's records most consistently; ',' when none does.
    static QChar sniffDelimiter(const QString &sample);

private:
    // One record as fields; false at the end of the input. Problems (an unclosed quote, text
    // after a closing quote, undecodable bytes) are put in `problem`, the fields kept.
    bool readRecord(QStringList &fields, qint64 &line, QString &problem);
    bool more() { return m_pos < m_buf.size() || fill(); }
    bool fill();
    // context "file.csv, row 7, column 2 (Email)"; column 0 = the row as a whole
    Error rowError(qint64 line, const QString &message, int column = 0) const;

    QString m_path;
    QFile m_file;
    QStringDecoder m_decoder;
    QString m_encoding;
    QChar m_delimiter;
    QStringList m_header;
    TabularOptions m_options;
    QString m_buf;
    qsizetype m_pos = 0;
    qint64 m_line = 1; // the physical line m_pos is on
    qint64 m_total = 0;
    int m_expectedFields = -1;
    int m_problemColumn = 0; // 1-based column of the last record's problem, 0 = none
    bool m_eof = false;
};

} // namespace kontor
