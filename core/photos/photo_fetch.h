#pragma once
// The only network code of kontor_core: fetching the photos vCards give by web address.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <vector>

namespace kontor {

// One address and what came of it: the photo's bytes, checked like every stored photo
// (ContactPhotoRepository::check), or the reason there is none, in words.
struct FetchedPhoto
{
    QString url;
    QByteArray bytes;  // empty when `problem` is set
    QString problem;   // "the server answered 404 Not Found", "no answer within 10 s", ...
};

// Fetches http and https addresses, a few at a time, each within `timeoutMs` (connecting,
// redirects and the whole transfer). Other schemes (file:, ftp:, cid:, ...) are never
// fetched: their problem says so. A transfer larger than the photo limit is stopped as soon
// as that shows. Results come in the order of `urls`.
//
// Blocks the calling thread in a local event loop while the transfers run: call it on an
// import's worker thread, never on the GUI thread. Setting `cancel` stops what still runs
// (their problem reads "cancelled").
std::vector<FetchedPhoto> fetchPhotos(const QStringList &urls, int timeoutMs = 10000,
                                      const std::atomic_bool *cancel = nullptr);

// http: or https: with a host; what fetchPhotos() would try.
bool isFetchablePhotoUrl(const QString &url);

} // namespace kontor
