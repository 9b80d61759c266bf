#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kontor::vcard {

// One content line, split and decoded: "item1.EMAIL;TYPE=work:a@b.c".
struct Property
{
    QString group; // "item1"
    QString name; // upper case: "EMAIL"
    QStringList types; // lower case, from TYPE=a,b / type=a;type=b / 2.1 bare ;WORK;VOICE
    QString valueType; // VALUE=uri -> "uri"
    QByteArray binary; // the value of an ENCODING=b / BASE64 property, decoded
    QString text; // the value as text (quoted-printable and charset undone, still escaped)
    bool base64 = false;
};

// Splits and decodes a logical (unfolded) line. `fileEncoding` decodes values without a
// CHARSET. Returns false when the line is not a property (no name or no colon); `badBytes`
// is set when the value is not valid in its encoding.
bool parseProperty(const QByteArray &line, const QString &fileEncoding, Property &property,
                   bool *badBytes);

// True when the line's parameters say quoted-printable (soft line breaks join lines).
bool isQuotedPrintable(const QByteArray &line);

// Undoes \n \, \; \\ escapes of a text value.
QString unescape(QStringView text);
// Splits at unescaped separators (';' for N / ADR / ORG, ',' for CATEGORIES), then unescapes.
QStringList splitValue(const QString &text, QChar separator);

} // namespace kontor::vcard
