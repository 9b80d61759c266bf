#include "exchange/vcard_writer.h"

#include <QCoreApplication>

namespace kontor {

QString VCardWriter::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char(','))
            out += QStringLiteral("\\,");
        else if (c == QLatin1Char(';'))
            out += QStringLiteral("\\;");
        else if (c == QLatin1Char('\r'))
            continue; // CRLF and CR become one \n
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

QByteArray VCardWriter::fold(const QByteArray &line)
{
    constexpr int limit = 75;
    if (line.size() <= limit)
        return line + "\r\n";
    QByteArray out;
    int start = 0;
    int width = limit; // continuation lines start with a space, so they carry 74
    while (start < line.size()) {
        int end = qMin<int>(start + width, int(line.size()));
        // Never cut inside a UTF-8 sequence: back off continuation bytes (10xxxxxx).
        while (end < line.size() && end > start && (uchar(line.at(end)) & 0xC0) == 0x80)
            --end;
        if (start)
            out += ' ';
        out += line.mid(start, end - start);
        out += "\r\n";
        start = end;
        width = limit - 1;
    }
    return out;
}

void VCardWriter::property(QByteArray *out, const QString &name, const QString &value) const
{
    *out += fold((name + QLatin1Char(':') + value).toUtf8());
}

namespace {

QString typeParam(const QString &label, bool phone, bool v4)
{
    QString t = label.toLower();
    if (phone && t == QLatin1String("mobile"))
        t = QStringLiteral("cell");
    if (t.isEmpty() || t == QLatin1String("other"))
        return {};
    if (v4)
        return QStringLiteral(";TYPE=") + t;
    return QStringLiteral(";TYPE=") + t.toUpper();
}

} // namespace

Status VCardWriter::write(const VCardOut &c)
{
    const bool v4 = m_version == Version::V40;
    QByteArray out = "BEGIN:VCARD\r\n";
    out += v4 ? "VERSION:4.0\r\n" : "VERSION:3.0\r\n";
    if (v4 && c.organization)
        out += "KIND:org\r\n";
    const QString fn = c.formattedName.isEmpty() ? c.org : c.formattedName;
    property(&out, QStringLiteral("FN"), escapeText(fn));
    // N is required by 3.0; companies get an empty one there.
    if (!c.organization || !v4) {
        property(&out, QStringLiteral("N"),
                 escapeText(c.familyName) + QLatin1Char(';') + escapeText(c.givenName)
                     + QStringLiteral(";;;"));
    }
    if (!c.org.isEmpty())
        property(&out, QStringLiteral("ORG"), escapeText(c.org));
    if (!c.title.isEmpty())
        property(&out, QStringLiteral("TITLE"), escapeText(c.title));
    if (!c.role.isEmpty())
        property(&out, QStringLiteral("ROLE"), escapeText(c.role));
    for (int i = 0; i < c.emails.size(); ++i) {
        property(&out, QStringLiteral("EMAIL") + typeParam(c.emailTypes.value(i), false, v4)
                           + (v4 ? QString() : QStringLiteral(";TYPE=INTERNET")),
                 escapeText(c.emails.at(i)));
    }
    for (int i = 0; i < c.phones.size(); ++i) {
        property(&out, QStringLiteral("TEL") + typeParam(c.phoneTypes.value(i), true, v4),
                 escapeText(c.phones.at(i)));
    }
    if (!(c.street + c.city + c.region + c.postalCode + c.country).isEmpty()) {
        property(&out, QStringLiteral("ADR") + (v4 ? QStringLiteral(";TYPE=work") : QStringLiteral(";TYPE=WORK")),
                 QStringLiteral(";;") + escapeText(c.street) + QLatin1Char(';') + escapeText(c.city)
                     + QLatin1Char(';') + escapeText(c.region) + QLatin1Char(';')
                     + escapeText(c.postalCode) + QLatin1Char(';') + escapeText(c.country));
    }
    if (!c.birthday.isEmpty())
        property(&out, QStringLiteral("BDAY"), c.birthday);
    if (!c.url.isEmpty())
        property(&out, QStringLiteral("URL"), c.url);
    if (!c.categories.isEmpty()) {
        QStringList escaped;
        for (const QString &cat : c.categories)
            escaped << escapeText(cat);
        property(&out, QStringLiteral("CATEGORIES"), escaped.join(QLatin1Char(',')));
    }
    if (!c.note.isEmpty())
        property(&out, QStringLiteral("NOTE"), escapeText(c.note));
    if (!c.uid.isEmpty())
        property(&out, QStringLiteral("UID"), c.uid);
    if (!c.photo.isEmpty() && c.photoType.startsWith(QLatin1String("image/"))) {
        const QString base64 = QString::fromLatin1(c.photo.toBase64());
        if (v4) { // RFC 6350: PHOTO is a URI
            property(&out, QStringLiteral("PHOTO"),
                     QStringLiteral("data:") + c.photoType + QStringLiteral(";base64,") + base64);
        } else { // RFC 2426: inline binary, TYPE the image format's name
            property(&out, QStringLiteral("PHOTO;ENCODING=b;TYPE=") + c.photoType.mid(6).toUpper(),
                     base64);
        }
    }
    out += "END:VCARD\r\n";
    if (m_device->write(out) != out.size()) {
        return Error{Error::Kind::Storage,
                     QCoreApplication::translate("kontor::VCardWriter", "Cannot write the vCard file."),
                     {}, m_device->errorString()};
    }
    return {};
}

} // namespace kontor
