#include "text_encoding.h"

#include <QStringDecoder>

#include <uchardet/uchardet.h>

namespace kontor {

bool isValidUtf8(const QByteArray &data, bool complete)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
        } else {
            return false;
        }
        if (i + extra >= n) {
            // The sequence runs past the sample: fine for a cut sample, wrong at the end.
            if (complete)
                return false;
            for (qsizetype k = i + 1; k < n; ++k) {
                if ((p[k] & 0xC0) != 0x80)
                    return false;
            }
            return true;
        }
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

namespace {

// UTF-16 without a BOM: ASCII-heavy text has a zero in every other byte.
QString guessUtf16(const QByteArray &sample)
{
    const qsizetype n = qMin<qsizetype>(sample.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return {};
    qsizetype evenZero = 0, oddZero = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZero += sample.at(i) == 0;
        oddZero += sample.at(i + 1) == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZero * 10 > pairs * 3 && evenZero * 20 < pairs)
        return QStringLiteral("UTF-16LE");
    if (evenZero * 10 > pairs * 3 && oddZero * 20 < pairs)
        return QStringLiteral("UTF-16BE");
    return {};
}

QString askUchardet(const QByteArray &sample)
{
    uchardet_t detector = uchardet_new();
    uchardet_handle_data(detector, sample.constData(), size_t(sample.size()));
    uchardet_data_end(detector);
    const QString name = QString::fromLatin1(uchardet_get_charset(detector));
    uchardet_delete(detector);
    return name;
}

bool isRarePick(const QString &name)
{
    return name.startsWith(QLatin1String("IBM"), Qt::CaseInsensitive)
        || name.startsWith(QLatin1String("CP8"), Qt::CaseInsensitive)
        || name.startsWith(QLatin1String("MAC"), Qt::CaseInsensitive);
}

// The share of bytes >= 0x80 that touch an ASCII letter.
double latinShare(const QByteArray &sample)
{
    auto asciiLetter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    qsizetype high = 0, touching = 0;
    for (qsizetype i = 0; i < sample.size(); ++i) {
        if (static_cast<unsigned char>(sample.at(i)) < 0x80)
            continue;
        ++high;
        if ((i > 0 && asciiLetter(sample.at(i - 1)))
            || (i + 1 < sample.size() && asciiLetter(sample.at(i + 1))))
            ++touching;
    }
    return high == 0 ? 0.0 : double(touching) / double(high);
}

} // namespace

DetectedEncoding detectEncoding(const QByteArray &sample, bool complete)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return {QStringLiteral("UTF-8"), 3};
    if (sample.startsWith(QByteArray("\xFF\xFE\x00\x00", 4)))
        return {QStringLiteral("UTF-32LE"), 4};
    if (sample.startsWith(QByteArray("\x00\x00\xFE\xFF", 4)))
        return {QStringLiteral("UTF-32BE"), 4};
    if (sample.startsWith("\xFF\xFE"))
        return {QStringLiteral("UTF-16LE"), 2};
    if (sample.startsWith("\xFE\xFF"))
        return {QStringLiteral("UTF-16BE"), 2};
    const QString utf16 = guessUtf16(sample);
    if (!utf16.isEmpty())
        return {utf16, 0};
    // Valid UTF-8 (ASCII included) is almost never an accident in a legacy encoding, and
    // uchardet sometimes names a legacy encoding for short UTF-8 samples.
    if (isValidUtf8(sample, complete))
        return {QStringLiteral("UTF-8"), 0};
    QString name = askUchardet(sample);
    if (isRarePick(name)) {
        // uchardet 0.0.7 names DOS / Mac code pages (IBM852, MAC-CENTRALEUROPE...) for plain
        // Western or Cyrillic Windows text; CSV exports in those are rare today. Accented Latin
        // letters sit inside ASCII words; Cyrillic words are all high bytes.
        name = latinShare(sample) > 0.3 ? QStringLiteral("windows-1252")
                                        : QStringLiteral("windows-1251");
    }
    if (name.isEmpty() || name == QLatin1String("ASCII") || !isSupportedEncoding(name)) {
        // Not UTF-8 and nothing better known: the Western Windows code page decodes every
        // byte, and the bad-byte check of UTF-8 would otherwise flag every accent.
        name = QStringLiteral("windows-1252");
    }
    return {name, 0};
}

QStringDecoder decoderFor(const QString &name)
{
    const QByteArray latin = name.toLatin1();
    return QStringDecoder(latin.constData());
}

bool isSupportedEncoding(const QString &name)
{
    if (name.isEmpty())
        return false;
    return decoderFor(name).isValid();
}

} // namespace kontor
