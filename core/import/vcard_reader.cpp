#include "import/vcard_reader.h"

#include "import/text_encoding.h"
#include "import/vcard_property.h"

#include <QFileInfo>

namespace kontor {

namespace {

constexpr qint64 ChunkBytes = 64 * 1024;
// A single logical line longer than this (a photo, usually) is cut: it cannot be a name.
constexpr qsizetype MaxLineBytes = 32 * 1024 * 1024;

std::optional<QDate> parseBirthday(const QString &text)
{
    const QString date = text.section(QLatin1Char('T'), 0, 0).trimmed();
    for (const char *format : {"yyyy-MM-dd", "yyyyMMdd"}) {
        const QDate d = QDate::fromString(date, QLatin1String(format));
        if (d.isValid())
            return d;
    }
    return std::nullopt; // partial (--0415, 1985) or not a date: kept as text only
}

QString at(const QStringList &parts, int i)
{
    return i < parts.size() ? parts.at(i).trimmed() : QString();
}

// Applies one decoded property to the card. Unknown properties are ignored.
void apply(const vcard::Property &p, const VCardOptions &options, VCardContact &c)
{
    const QString &name = p.name;
    if (name == QLatin1String("VERSION")) {
        c.version = p.text.trimmed();
    } else if (name == QLatin1String("FN")) {
        c.formattedName = vcard::unescape(p.text).trimmed();
    } else if (name == QLatin1String("N")) {
        const QStringList n = vcard::splitValue(p.text, QLatin1Char(';'));
        c.familyName = at(n, 0);
        c.givenName = at(n, 1);
        c.additionalNames = at(n, 2);
        c.prefixes = at(n, 3);
        c.suffixes = at(n, 4);
    } else if (name == QLatin1String("ORG")) {
        QStringList org = vcard::splitValue(p.text, QLatin1Char(';'));
        c.organization = org.takeFirst().trimmed();
        org.removeAll(QString());
        c.organizationUnits = org;
    } else if (name == QLatin1String("TITLE")) {
        c.title = vcard::unescape(p.text).trimmed();
    } else if (name == QLatin1String("EMAIL") || name == QLatin1String("TEL")
               || name == QLatin1String("URL")) {
        QString value = vcard::unescape(p.text).trimmed();
        QStringList types = p.types;
        types.removeAll(QStringLiteral("internet")); // says nothing: every email is
        if (name == QLatin1String("TEL") && value.startsWith(QLatin1String("tel:")))
            value = value.mid(4); // 4.0 TEL;VALUE=uri:tel:+1-555
        if (name == QLatin1String("EMAIL") && value.startsWith(QLatin1String("mailto:")))
            value = value.mid(7);
        if (value.isEmpty())
            return;
        auto &list = name == QLatin1String("EMAIL") ? c.emails
            : name == QLatin1String("TEL")          ? c.phones
                                                    : c.urls;
        list.push_back({value, types, p.group});
    } else if (name == QLatin1String("ADR")) {
        const QStringList a = vcard::splitValue(p.text, QLatin1Char(';'));
        VCardAddress address {p.types,  p.group,  at(a, 0), at(a, 1), at(a, 2),
                              at(a, 3), at(a, 4), at(a, 5), at(a, 6)};
        c.addresses.push_back(address);
    } else if (name == QLatin1String("BDAY")) {
        c.birthdayText = p.text.trimmed();
        c.birthday = parseBirthday(c.birthdayText);
    } else if (name == QLatin1String("NOTE")) {
        c.notes.append(vcard::unescape(p.text));
    } else if (name == QLatin1String("CATEGORIES")) {
        for (const QString &cat : vcard::splitValue(p.text, QLatin1Char(','))) {
            if (!cat.trimmed().isEmpty())
                c.categories.append(cat.trimmed());
        }
    } else if (name == QLatin1String("PHOTO") && options.keepPhotos && c.photo.isEmpty()) {
        // The first photo of a card with several (work, home) is its picture.
        if (p.base64) {
            c.photo = p.binary;
        } else if (p.text.startsWith(QLatin1String("data:"))) { // 4.0 data URI
            const qsizetype comma = p.text.indexOf(QLatin1Char(','));
            c.photo = QByteArray::fromBase64(p.text.mid(comma + 1).toLatin1());
        } else {
            c.photoUrl = p.text.trimmed();
        }
    }
}

// Apple address books name a group's kind in item1.X-ABLabel: "_$!<Other>!$_" or free text.
void applyLabels(VCardContact &c, const QHash<QString, QString> &labels)
{
    auto label = [&](const QString &group) {
        QString l = labels.value(group);
        if (l.startsWith(QLatin1String("_$!<")) && l.endsWith(QLatin1String(">!$_")))
            l = l.mid(4, l.size() - 8);
        return l;
    };
    for (auto *list : {&c.emails, &c.phones, &c.urls}) {
        for (VCardValue &v : *list)
            v.label = v.label.isEmpty() ? QString() : label(v.label);
    }
    for (VCardAddress &a : c.addresses)
        a.label = a.label.isEmpty() ? QString() : label(a.label);
}

} // namespace

Error VCardReader::cardError(qint64 line, const QString &message) const
{
    return Error {Error::Kind::Invalid,
                  message,
                  QStringLiteral("%1, line %2").arg(QFileInfo(m_path).fileName()).arg(line),
                  {}};
}

Status VCardReader::open(const QString &path, const VCardOptions &options)
{
    m_path = path;
    m_options = options;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        return Error {Error::Kind::NotFound, QStringLiteral("The file cannot be opened."),
                      QStringLiteral("file %1").arg(path), m_file.errorString()};
    }
    const QByteArray sample = m_file.read(ChunkBytes);
    const DetectedEncoding detected = detectEncoding(sample, m_file.atEnd());
    m_encoding = options.encoding.isEmpty() ? detected.name : options.encoding;
    if (!isSupportedEncoding(m_encoding)) {
        return Error {Error::Kind::Invalid,
                      QStringLiteral("Unknown text encoding \"%1\".").arg(m_encoding),
                      QStringLiteral("file %1").arg(path),
                      {}};
    }
    m_asciiCompatible = !m_encoding.startsWith(QLatin1String("UTF-16"), Qt::CaseInsensitive)
        && !m_encoding.startsWith(QLatin1String("UTF-32"), Qt::CaseInsensitive);
    if (!m_asciiCompatible)
        m_wideDecoder = decoderFor(m_encoding);
    m_file.seek(m_encoding.compare(detected.name, Qt::CaseInsensitive) == 0 ? detected.bomLength
                                                                            : 0);
    return {};
}

bool VCardReader::readPhysicalLine(QByteArray &line)
{
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', m_bufferPos);
        if (nl >= 0 || m_file.atEnd()) {
            if (nl < 0 && m_bufferPos >= m_buffer.size())
                return false;
            const qsizetype end = nl < 0 ? m_buffer.size() : nl;
            line = m_buffer.mid(m_bufferPos, end - m_bufferPos);
            m_bufferPos = nl < 0 ? m_buffer.size() : nl + 1;
            while (line.endsWith('\r')) // some exporters end lines with CR CR LF
                line.chop(1);
            ++m_physicalLine;
            return true;
        }
        m_buffer.remove(0, m_bufferPos);
        m_bufferPos = 0;
        const QByteArray chunk = m_file.read(ChunkBytes);
        // UTF-16/32 files become UTF-8 here, so the rest works on ASCII-compatible bytes.
        m_buffer += m_asciiCompatible ? chunk : QString(m_wideDecoder(chunk)).toUtf8();
        if (m_buffer.size() - m_bufferPos > MaxLineBytes && m_buffer.indexOf('\n') < 0)
            m_buffer.truncate(MaxLineBytes);
    }
}

bool VCardReader::readLogicalLine(QByteArray &line, qint64 &number)
{
    do {
        if (m_peek) {
            line = *m_peek;
            m_peek.reset();
            ++m_physicalLine;
        } else if (!readPhysicalLine(line)) {
            return false;
        }
    } while (line.trimmed().isEmpty());
    number = m_physicalLine;
    const bool qp = vcard::isQuotedPrintable(line);
    QByteArray following;
    for (;;) {
        if (qp && line.endsWith('=')) { // quoted-printable soft line break
            if (!readPhysicalLine(following))
                break;
            line.chop(1);
            line += following;
            continue;
        }
        if (!readPhysicalLine(following))
            break;
        if (!following.isEmpty() && (following.at(0) == ' ' || following.at(0) == '\t')) {
            // Folded line. 2.1 base64 blocks are indented too and join the same way.
            if (line.size() < MaxLineBytes)
                line += following.mid(1);
            continue;
        }
        m_peek = following;
        --m_physicalLine; // the peeked line is counted again when it is taken
        break;
    }
    return true;
}

Result<bool> VCardReader::next(VCardContact &contact)
{
    contact = VCardContact();
    QByteArray line;
    qint64 number = 0;
    QHash<QString, QString> labels;
    bool inCard = false;
    int nested = 0; // 2.1 AGENT may embed a whole card
    auto problem = [&](qint64 at, const QString &message) {
        if (!contact.problem)
            contact.problem = cardError(at, message);
    };
    // UTF-16/32 input reaches the line layer as UTF-8 (see readPhysicalLine).
    const QString lineEncoding = m_asciiCompatible ? m_encoding : QStringLiteral("UTF-8");
    while (readLogicalLine(line, number)) {
        vcard::Property p;
        bool badBytes = false;
        const bool isProperty = vcard::parseProperty(line, lineEncoding, p, &badBytes);
        const bool beginEnd = isProperty
            && (p.name == QLatin1String("BEGIN") || p.name == QLatin1String("END"))
            && p.text.trimmed().compare(QLatin1String("VCARD"), Qt::CaseInsensitive) == 0;
        if (beginEnd && p.text.compare(QLatin1String("VCARD"), Qt::CaseInsensitive) != 0) {
            problem(number,
                    QStringLiteral("\"%1\" has spaces around VCARD, which no valid "
                                   "vCard has.")
                        .arg(QString::fromUtf8(line)));
        }
        const bool isBegin = beginEnd && p.name == QLatin1String("BEGIN");
        const bool isEnd = beginEnd && p.name == QLatin1String("END");
        if (!inCard) {
            if (isBegin) {
                inCard = true;
                contact.sourceLine = number;
            }
            continue; // text between cards is not part of any card
        }
        if (isBegin) {
            ++nested;
            continue;
        }
        if (isEnd) {
            if (nested > 0) {
                --nested;
                continue;
            }
            applyLabels(contact, labels);
            ++m_cards;
            return true;
        }
        if (nested > 0)
            continue;
        if (!isProperty) {
            problem(number,
                    QStringLiteral("This line is not a vCard property: \"%1\".")
                        .arg(QString::fromUtf8(line.left(80))));
            continue;
        }
        if (badBytes) {
            problem(number,
                    QStringLiteral("%1 holds bytes that are not valid %2 text.")
                        .arg(p.name, m_encoding));
        }
        if (p.name == QLatin1String("X-ABLABEL") && !p.group.isEmpty())
            labels.insert(p.group, vcard::unescape(p.text));
        apply(p, m_options, contact);
    }
    if (m_file.error() != QFileDevice::NoError) {
        return Error {Error::Kind::Storage, QStringLiteral("The file could not be read."),
                      QStringLiteral("file %1").arg(m_path), m_file.errorString()};
    }
    if (inCard) {
        problem(contact.sourceLine,
                QStringLiteral("The card that starts here has no END:VCARD; the file may be "
                               "cut short."));
        applyLabels(contact, labels);
        ++m_cards;
        return true;
    }
    if (m_cards == 0) {
        return Error {Error::Kind::Invalid,
                      QStringLiteral("The file holds no vCard (no BEGIN:VCARD line)."),
                      QStringLiteral("file %1").arg(m_path),
                      {}};
    }
    return false;
}

} // namespace kontor
