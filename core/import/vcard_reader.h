#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QFile>
#include <QStringDecoder>
#include <QStringList>

#include <optional>
#include <vector>

namespace kontor {

// An email, phone or URL with its kinds as the card gives them ("work", "cell", "pref"...),
// lower case, and an Apple-style label (item1.X-ABLabel) when one names it.
struct VCardValue
{
    QString value;
    QStringList types;
    QString label;
};

struct VCardAddress
{
    QStringList types;
    QString label;
    QString poBox, extended, street, locality, region, postalCode, country;
};

// One card's main fields, decoded (quoted-printable, charsets, escapes undone).
struct VCardContact
{
    QString version; // "2.1", "3.0", "4.0"; empty when the card does not say
    QString formattedName; // FN
    QString familyName, givenName, additionalNames, prefixes, suffixes; // N
    QString organization; // first part of ORG
    QStringList organizationUnits;
    QString title;
    std::vector<VCardValue> emails, phones, urls;
    std::vector<VCardAddress> addresses;
    std::optional<QDate> birthday; // set when BDAY is a full date
    QString birthdayText; // BDAY as written; the only form of a partial date like --0415
    QStringList notes, categories;
    QByteArray photo; // only with VCardOptions::keepPhotos
    QString photoUrl; // a photo given by URL (only with keepPhotos)
    qint64 sourceLine = 0; // line of BEGIN:VCARD
    // The card was read but something in it is wrong (a broken line, no END:VCARD); what
    // could be read is kept.
    std::optional<Error> problem;
};

struct VCardOptions
{
    bool keepPhotos = false; // photos are large: off unless asked for
    QString encoding; // of text without a CHARSET; empty = detect
};

// vCard 2.1, 3.0 and 4.0, many cards per file, streamed line by line so memory stays flat.
class VCardReader
{
public:
    Status open(const QString &path, const VCardOptions &options = {});
    QString encoding() const { return m_encoding; }

    // The next card; false at the end of the file; an Error when the file cannot be read or
    // holds no card at all.
    Result<bool> next(VCardContact &contact);

    qint64 bytesRead() const { return m_file.pos(); }
    qint64 bytesTotal() const { return m_file.size(); }

private:
    bool readPhysicalLine(QByteArray &line);
    bool readLogicalLine(QByteArray &line, qint64 &number);
    Error cardError(qint64 line, const QString &message) const;

    QString m_path;
    VCardOptions m_options;
    QFile m_file;
    QString m_encoding;
    bool m_asciiCompatible = true;
    QStringDecoder m_wideDecoder; // UTF-16/32 files are turned into UTF-8 as they are read
    QByteArray m_buffer;
    qsizetype m_bufferPos = 0;
    std::optional<QByteArray> m_peek;
    qint64 m_physicalLine = 0;
    qint64 m_cards = 0; // cards returned so far
};

} // namespace kontor
