#pragma once
// The photos a vCard gives by web address, fetched BEFORE an import's transaction begins.
//
// Fetching inside the transaction held the database's write lock (SQLite: every other
// writer waits) for as long as the downloads took, and the wizard's check (a dry run)
// fetched every photo that the import then fetched again. Now runImport() fetches the
// addresses first, outside any transaction, into files of a temporary folder, and the
// import's photo pass (import_photos.cpp) reads them from there. Kept in
// ImportOptions::photos, one set serves the wizard's check and its import of the same file.

#include "photos/photo_fetch.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QTemporaryDir>

#include <atomic>
#include <functional>
#include <optional>

namespace kontor {
struct VCardContact;
}

namespace kontor::importing {

// Reads every card of a vCard file with its photo (inline bytes or address) and hands it to
// `card`, in file order: the two photo passes of an import (fetching here, storing in
// import_photos.cpp). A set `cancel` stops it with the import's Cancelled error; so does an
// error of `card` or of the file.
Status forEachCardWithPhoto(const QString &path, const QString &encoding, const std::atomic_bool *cancel,
                            const std::function<Status(const VCardContact &)> &card);

// Per photo: connecting, redirects and the whole transfer.
constexpr int kImportPhotoTimeoutMs = 10000;

class FetchedPhotos
{
    Q_DECLARE_TR_FUNCTIONS(kontor::importing::FetchedPhotos)

public:
    using Progress = std::function<void(int fetched, int total)>;

    // Reads the vCard file for photo addresses and fetches those not fetched already
    // (everything again when the file is another one or changed since). `timeoutMs` per
    // photo. A cancel returns a Cancelled error; photos that could not be fetched are not
    // errors: lookUp() tells why.
    Status fetchFor(const QString &path, const QString &encoding, int timeoutMs,
                    const std::atomic_bool *cancel, const Progress &progress = {});
    // What came of `url`: the bytes or the problem; nothing for an address fetchFor() did
    // not see.
    std::optional<FetchedPhoto> lookUp(const QString &url) const;
    int size() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        QString file;    // the bytes, when they came
        QString problem; // else why not
    };
    QTemporaryDir m_dir;
    QString m_path;
    QDateTime m_modified;
    qint64 m_fileSize = -1;
    QHash<QString, Entry> m_entries;
};

} // namespace kontor::importing
