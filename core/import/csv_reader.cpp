#include "import/csv_reader.h"

#include "import/text_encoding.h"

#include <QFileInfo>

#include <algorithm>
#include <map>
#include <vector>

namespace kontor {

namespace {

constexpr qint64 SampleBytes = 64 * 1024;
constexpr qint64 ChunkBytes = 64 * 1024;
constexpr QChar Quote = QLatin1Char('"');
constexpr QChar Replacement = QChar(QChar::ReplacementCharacter);

bool isBlank(const QStringList &fields)
{
    return fields.size() == 1 && fields.constFirst().isEmpty();
}

QString displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

QChar CsvReader::sniffDelimiter(const QString &sample)
{
    const QChar candidates[]
        = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')};
    constexpr int MaxRecords = 50;
    // Per candidate, the count of delimiters outside quotes in each record.
    std::vector<std::vector<int>> counts(std::size(candidates));
    std::vector<int> current(std::size(candidates), 0);
    bool inQuotes = false;
    int records = 0;
    for (qsizetype i = 0; i < sample.size() && records < MaxRecords; ++i) {
        const QChar c = sample.at(i);
        if (c == Quote) {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (c == QLatin1Char('\r') && i + 1 < sample.size()
                && sample.at(i + 1) == QLatin1Char('\n'))
                ++i;
            for (size_t k = 0; k < current.size(); ++k) {
                counts[k].push_back(current[k]);
                current[k] = 0;
            }
            ++records;
        } else if (!inQuotes) {
            for (size_t k = 0; k < std::size(candidates); ++k)
                current[k] += c == candidates[k];
        }
    }
    if (records < MaxRecords) { // the last record, unless the sample was cut inside it
        for (size_t k = 0; k < current.size(); ++k)
            counts[k].push_back(current[k]);
    }

    // The winner splits the most records into the same number of fields (the mode), and
    // among equals the one giving more fields: a stray comma in a ';' file loses.
    QChar best = candidates[0];
    int bestAgree = 0, bestMode = 0;
    for (size_t k = 0; k < std::size(candidates); ++k) {
        std::map<int, int> histogram;
        for (int n : counts[k]) {
            if (n > 0)
                ++histogram[n];
        }
        int mode = 0, agree = 0;
        for (const auto &[n, times] : histogram) {
            if (times > agree || (times == agree && n > mode)) {
                mode = n;
                agree = times;
            }
        }
        if (agree > bestAgree || (agree == bestAgree && agree > 0 && mode > bestMode)) {
            best = candidates[k];
            bestAgree = agree;
            bestMode = mode;
        }
    }
    return best;
}

Error CsvReader::rowError(qint64 line, const QString &message, int column) const
{
    QString context = QStringLiteral("%1, row %2").arg(displayName(m_path)).arg(line);
    if (column > 0) {
        context += QStringLiteral(", column %1").arg(column);
        if (column <= m_header.size() && !m_header.at(column - 1).isEmpty())
            context += QStringLiteral(" (%1)").arg(m_header.at(column - 1));
    }
    return Error {Error::Kind::Invalid, message, context, {}};
}

Status CsvReader::open(const QString &path, const TabularOptions &options)
{
    m_path = path;
    m_options = options;
    m_file.setFileName(path);
    const QString context = QStringLiteral("file %1").arg(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        return Error {Error::Kind::NotFound, QStringLiteral("The file cannot be opened."), context,
                      m_file.errorString()};
    }
    m_total = m_file.size();
    const QByteArray sample = m_file.read(SampleBytes);
    const DetectedEncoding detected = detectEncoding(sample, m_file.atEnd());
    int skip = detected.bomLength;
    if (options.encoding.isEmpty()) {
        m_encoding = detected.name;
    } else {
        if (!isSupportedEncoding(options.encoding)) {
            return Error {Error::Kind::Invalid,
                          QStringLiteral("Unknown text encoding \"%1\".").arg(options.encoding),
                          context,
                          {}};
        }
        m_encoding = options.encoding;
        // A byte-order mark is only skipped when it belongs to the encoding asked for.
        if (m_encoding.compare(detected.name, Qt::CaseInsensitive) != 0)
            skip = 0;
    }
    m_decoder = decoderFor(m_encoding);
    // Zero bytes never occur in 8-bit or UTF-8 text: this is a binary file (an image, a
    // program, an old .xls), and reading it as rows would show only garbage.
    const bool wide = m_encoding.startsWith(QLatin1String("UTF-16"), Qt::CaseInsensitive)
        || m_encoding.startsWith(QLatin1String("UTF-32"), Qt::CaseInsensitive);
    if (!wide && sample.contains('\0')) {
        return Error {Error::Kind::Invalid,
                      QStringLiteral("This is not a text (CSV) file nor an Excel workbook."),
                      context,
                      {}};
    }

    if (!options.delimiter.isNull()) {
        m_delimiter = options.delimiter;
    } else {
        QStringDecoder probe = decoderFor(m_encoding);
        m_delimiter = sniffDelimiter(QString(probe(sample.mid(skip))));
    }
    if (m_delimiter == Quote || m_delimiter == QLatin1Char('\n')
        || m_delimiter == QLatin1Char('\r')) {
        return Error {Error::Kind::Invalid,
                      QStringLiteral("A quote or a line break cannot be the delimiter."),
                      context,
                      {}};
    }
    m_file.seek(skip);

    if (options.headerRow > 0) {
        int record = 0;
        TabularRow row;
        while (record < options.headerRow) {
            QStringList fields;
            qint64 line = 0;
            QString problem;
            if (!readRecord(fields, line, problem)) {
                return Error {Error::Kind::Invalid,
                              QStringLiteral("The file has fewer than %1 rows, so row %1 "
                                             "cannot be the header.")
                                  .arg(options.headerRow),
                              context,
                              {}};
            }
            if (options.skipEmptyRows && isBlank(fields))
                continue;
            if (++record == options.headerRow) {
                if (!problem.isEmpty())
                    return rowError(line, problem);
                m_header = fields;
                m_expectedFields = int(fields.size());
            }
        }
    }
    return {};
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) { // keep only the unread text so memory stays at one chunk or a record
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
    while (m_buf.isEmpty()) {
        const QByteArray bytes = m_file.read(ChunkBytes);
        if (bytes.isEmpty()) {
            m_eof = true;
            return false;
        }
        m_buf += QString(m_decoder(bytes));
    }
    return true;
}

bool CsvReader::readRecord(QStringList &fields, qint64 &line, QString &problem)
{
    fields.clear();
    m_problemColumn = 0;
    if (!more())
        return false;
    line = m_line;
    QString field;
    bool fieldStart = true;
    int badColumn = 0;
    auto endField = [&] {
        if (badColumn == 0 && field.contains(Replacement) && m_decoder.hasError())
            badColumn = int(fields.size()) + 1;
        fields.append(field);
        field.clear();
        fieldStart = true;
    };
    auto finish = [&] {
        endField();
        if (badColumn > 0 && problem.isEmpty()) {
            m_problemColumn = badColumn;
            problem = QStringLiteral("Column %1 holds bytes that are not valid %2 text.")
                          .arg(badColumn)
                          .arg(m_encoding);
        }
        return true;
    };

    while (more()) {
        const QChar c = m_buf.at(m_pos);
        if (fieldStart && c == Quote) {
            ++m_pos;
            bool closed = false;
            while (more()) {
                const QChar q = m_buf.at(m_pos++);
                if (q == Quote) {
                    if (more() && m_buf.at(m_pos) == Quote) {
                        field.append(Quote);
                        ++m_pos;
                        continue;
                    }
                    closed = true;
                    break;
                }
                if (q == QLatin1Char('\n')
                    || (q == QLatin1Char('\r')
                        && !(more() && m_buf.at(m_pos) == QLatin1Char('\n'))))
                    ++m_line;
                field.append(q);
            }
            if (!closed) {
                m_problemColumn = int(fields.size()) + 1;
                problem = QStringLiteral("A quoted field opened in column %1 is never closed.")
                              .arg(fields.size() + 1);
                return finish();
            }
            // Spaces after the closing quote are tolerated; anything else is not a field
            // this reader can trust, so it is reported and kept as text.
            QString after;
            while (more()) {
                const QChar a = m_buf.at(m_pos);
                if (a == m_delimiter || a == QLatin1Char('\n') || a == QLatin1Char('\r'))
                    break;
                after.append(a);
                ++m_pos;
            }
            if (!after.trimmed().isEmpty()) {
                if (problem.isEmpty()) {
                    m_problemColumn = int(fields.size()) + 1;
                    problem = QStringLiteral("Column %1 has text after its closing quote.")
                                  .arg(fields.size() + 1);
                }
                field.append(after);
            }
            fieldStart = false;
            continue;
        }
        ++m_pos;
        if (c == m_delimiter) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            ++m_line;
            return finish();
        } else if (c == QLatin1Char('\r')) {
            if (more() && m_buf.at(m_pos) == QLatin1Char('\n'))
                ++m_pos;
            ++m_line;
            return finish();
        } else {
            field.append(c);
            fieldStart = false;
        }
    }
    return finish();
}

Result<bool> CsvReader::next(TabularRow &row)
{
    for (;;) {
        QString problem;
        row.problem.reset();
        if (!readRecord(row.cells, row.sourceRow, problem)) {
            if (m_file.error() != QFileDevice::NoError) {
                return Error {Error::Kind::Storage, QStringLiteral("The file could not be read."),
                              QStringLiteral("file %1").arg(m_path), m_file.errorString()};
            }
            return false;
        }
        if (m_options.skipEmptyRows && isBlank(row.cells))
            continue;
        if (m_expectedFields < 0)
            m_expectedFields = int(row.cells.size());
        if (problem.isEmpty() && row.cells.size() != m_expectedFields) {
            const bool many = row.cells.size() > m_expectedFields;
            problem = QStringLiteral("Row %1 has %2 fields but %3 were expected (too %4).")
                          .arg(row.sourceRow)
                          .arg(row.cells.size())
                          .arg(m_expectedFields)
                          .arg(many ? QStringLiteral("many") : QStringLiteral("few"));
        }
        if (!problem.isEmpty())
            row.problem = rowError(row.sourceRow, problem, m_problemColumn);
        return true;
    }
}

} // namespace kontor
