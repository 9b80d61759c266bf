#pragma once

#include "util/result.h"

#include <QIODevice>
#include <QStringList>

namespace kontor {

// One card's properties before encoding. Empty values are left out.
struct VCardOut
{
    bool organization = false; // a company: KIND:org in 4.0
    QString formattedName;
    QString familyName, givenName;
    QString org, title, role;
    QStringList emails, emailTypes; // types: work, home, other
    QStringList phones, phoneTypes; // types: work, mobile, home, fax, other
    QString street, city, region, postalCode, country;
    QString birthday; // ISO date
    QString url;
    QStringList categories;
    QString note;
    QString uid;
    QByteArray photo; // image bytes: PHOTO;ENCODING=b;TYPE=JPEG (3.0) or a data: URI (4.0)
    QString photoType; // image/jpeg, image/png, image/gif
};

// Writes vCard 3.0 (RFC 2426) or 4.0 (RFC 6350): UTF-8, CRLF, text escaped (\\ \, \; \n),
// lines folded at 75 octets without splitting a UTF-8 sequence.
class VCardWriter
{
public:
    enum class Version { V30, V40 };
    VCardWriter(QIODevice *device, Version version) : m_device(device), m_version(version) {}

    Status write(const VCardOut &card);

    static QString escapeText(const QString &text);
    static QByteArray fold(const QByteArray &line);

private:
    void property(QByteArray *out, const QString &name, const QString &value) const;

    QIODevice *m_device;
    Version m_version;
};

} // namespace kontor
