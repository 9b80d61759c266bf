#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

namespace kontor {

struct DetectedEncoding
{
    QString name; // a name QStringDecoder accepts: "UTF-8", "UTF-16LE", "windows-1251"
    int bomLength = 0; // bytes of byte-order mark to skip
};

// Detects the encoding of text from its first bytes: the byte-order mark, then the pattern
// of zero bytes UTF-16 without a BOM leaves, then strict UTF-8 validity, then uchardet for
// the legacy 8-bit and multi-byte encodings. `complete` says the sample is the whole file,
// so a multi-byte sequence cut at its end is an error rather than a truncated sample.
DetectedEncoding detectEncoding(const QByteArray &sample, bool complete);

// A decoder for `name` (Qt 6.4 takes only a char* name); invalid when unknown.
QStringDecoder decoderFor(const QString &name);

// True when QStringDecoder (with ICU) can decode `name`.
bool isSupportedEncoding(const QString &name);

// True when `data` is valid UTF-8; an incomplete sequence at the very end is allowed unless
// `complete`.
bool isValidUtf8(const QByteArray &data, bool complete);

} // namespace kontor
