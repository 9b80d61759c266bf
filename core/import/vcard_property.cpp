#include "import/vcard_property.h"

#include "import/text_encoding.h"

#include <QStringDecoder>

namespace kontor::vcard {

namespace {

// Index of the first `c` not inside double quotes (4.0 quotes parameter values).
qsizetype indexOutsideQuotes(const QByteArray &s, char c, qsizetype from = 0)
{
    bool quoted = false;
    for (qsizetype i = from; i < s.size(); ++i) {
        if (s.at(i) == '"')
            quoted = !quoted;
        else if (!quoted && s.at(i) == c)
            return i;
    }
    return -1;
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '=') {
            out.append(c);
            continue;
        }
        // "=" at a line end is a soft break: the joined line continues.
        if (i + 1 < in.size() && (in.at(i + 1) == '\r' || in.at(i + 1) == '\n')) {
            ++i;
            if (in.at(i) == '\r' && i + 1 < in.size() && in.at(i + 1) == '\n')
                ++i;
            continue;
        }
        bool ok = false;
        const int byte = in.mid(i + 1, 2).toInt(&ok, 16);
        if (ok && i + 2 < in.size()) {
            out.append(char(byte));
            i += 2;
        } else {
            out.append(c); // a lone '=' is kept as written
        }
    }
    return out;
}

bool isBareName(const QByteArray &line)
{
    for (char c : line) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '-' || c == '.';
        if (!ok)
            return false;
    }
    return !line.isEmpty();
}

QStringList splitParams(const QByteArray &s)
{
    QStringList parts;
    qsizetype start = 0;
    for (;;) {
        const qsizetype semi = indexOutsideQuotes(s, ';', start);
        parts.append(QString::fromUtf8(s.mid(start, semi < 0 ? -1 : semi - start)));
        if (semi < 0)
            return parts;
        start = semi + 1;
    }
}

} // namespace

bool isQuotedPrintable(const QByteArray &line)
{
    const qsizetype colon = indexOutsideQuotes(line, ':');
    return colon > 0 && line.left(colon).toUpper().contains("QUOTED-PRINTABLE");
}

bool parseProperty(const QByteArray &line, const QString &fileEncoding, Property &property,
                   bool *badBytes)
{
    property = Property();
    qsizetype colon = indexOutsideQuotes(line, ':');
    if (colon < 0 && isBareName(line))
        colon = line.size(); // Evolution writes an empty FN as just "FN"
    if (colon <= 0)
        return false;
    QStringList params = splitParams(line.left(colon));
    QString name = params.takeFirst().trimmed();
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot >= 0) {
        property.group = name.left(dot);
        name = name.mid(dot + 1);
    }
    if (name.isEmpty())
        return false;
    property.name = name.toUpper();

    QString charset;
    bool qp = false;
    for (const QString &param : params) {
        const qsizetype eq = param.indexOf(QLatin1Char('='));
        const QString key = (eq < 0 ? param : param.left(eq)).trimmed().toUpper();
        QString value = eq < 0 ? QString() : param.mid(eq + 1).trimmed();
        if (value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"'))
            && value.size() >= 2)
            value = value.mid(1, value.size() - 2);
        if (eq < 0) { // vCard 2.1: a bare ;WORK;VOICE;QUOTED-PRINTABLE
            if (key == QLatin1String("QUOTED-PRINTABLE"))
                qp = true;
            else if (key == QLatin1String("BASE64") || key == QLatin1String("B"))
                property.base64 = true;
            else if (!key.isEmpty())
                property.types.append(key.toLower());
        } else if (key == QLatin1String("TYPE")) {
            for (const QString &t : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                property.types.append(t.trimmed().toLower());
        } else if (key == QLatin1String("ENCODING")) {
            const QString e = value.toUpper();
            qp = qp || e == QLatin1String("QUOTED-PRINTABLE");
            property.base64
                = property.base64 || e == QLatin1String("B") || e == QLatin1String("BASE64");
        } else if (key == QLatin1String("CHARSET")) {
            charset = value;
        } else if (key == QLatin1String("VALUE")) {
            property.valueType = value.toLower();
        } else if (key == QLatin1String("PREF")) {
            property.types.append(QStringLiteral("pref")); // 4.0 PREF=1
        }
    }
    property.types.removeDuplicates();

    QByteArray raw = line.mid(colon + 1);
    if (property.base64) {
        QByteArray compact;
        for (char c : raw) {
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
                compact.append(c);
        }
        property.binary = QByteArray::fromBase64(compact);
        return true;
    }
    if (qp)
        raw = decodeQuotedPrintable(raw);
    QStringDecoder decoder
        = decoderFor(charset.isEmpty() || !isSupportedEncoding(charset) ? fileEncoding : charset);
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringDecoder::Utf8);
    property.text = decoder(raw);
    if (decoder.hasError() && badBytes)
        *badBytes = true;
    return true;
}

QString unescape(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar n = text.at(++i);
            if (n == QLatin1Char('n') || n == QLatin1Char('N'))
                out.append(QLatin1Char('\n'));
            else
                out.append(n); // \, \; \\ and, leniently, any other escaped character
        } else {
            out.append(c);
        }
    }
    return out;
}

QStringList splitValue(const QString &text, QChar separator)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text.at(i) == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (i == text.size() || text.at(i) == separator) {
            parts.append(unescape(QStringView(text).mid(start, i - start)));
            start = i + 1;
        }
    }
    return parts;
}

} // namespace kontor::vcard
