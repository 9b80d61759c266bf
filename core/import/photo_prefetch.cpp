#include "import/photo_prefetch.h"

#include "import/vcard_reader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringList>

namespace kontor::importing {

namespace {

constexpr int kFetchChunk = 16; // addresses fetched at a time: memory stays flat

} // namespace

Status forEachCardWithPhoto(const QString &path, const QString &encoding, const std::atomic_bool *cancel,
                            const std::function<Status(const VCardContact &)> &card)
{
    VCardReader reader;
    if (auto st = reader.open(path, VCardOptions {true, encoding}); !st)
        return st;
    VCardContact next;
    for (;;) {
        if (cancel && cancel->load())
            return Error {Error::Kind::Cancelled,
                          QCoreApplication::translate("kontor::importing", "The import was cancelled; nothing was changed."),
                          {}, {}};
        auto more = reader.next(next);
        if (!more)
            return more.error();
        if (!*more)
            return {};
        if (auto st = card(next); !st)
            return st;
    }
}

Status FetchedPhotos::fetchFor(const QString &path, const QString &encoding, int timeoutMs,
                               const std::atomic_bool *cancel, const Progress &progress)
{
    const QFileInfo info(path);
    if (path != m_path || info.lastModified() != m_modified || info.size() != m_fileSize) {
        m_entries.clear();
        m_path = path;
        m_modified = info.lastModified();
        m_fileSize = info.size();
    }
    if (!m_dir.isValid()) {
        return Error {Error::Kind::Storage, tr("Cannot keep the photos: no room for them in the temporary folder."),
                      m_dir.path(), m_dir.errorString()};
    }
    // The addresses first (a pass over the text only), then the downloads: the count is
    // known for the progress, and each address is fetched once however many cards give it.
    QStringList urls;
    QSet<QString> seen;
    auto st = forEachCardWithPhoto(path, encoding, cancel, [&](const VCardContact &card) -> Status {
        // Other schemes are refused without a transfer, when the photos are stored.
        if (card.photo.isEmpty() && isFetchablePhotoUrl(card.photoUrl) && !m_entries.contains(card.photoUrl)
            && !seen.contains(card.photoUrl)) {
            seen.insert(card.photoUrl);
            urls << card.photoUrl;
        }
        return {};
    });
    if (!st)
        return st;
    const int total = int(urls.size());
    for (int from = 0; from < total; from += kFetchChunk) {
        if (progress)
            progress(from, total);
        const QStringList chunk = urls.mid(from, kFetchChunk);
        const std::vector<FetchedPhoto> fetched = fetchPhotos(chunk, timeoutMs, cancel);
        if (cancel && cancel->load())
            return Error {Error::Kind::Cancelled, tr("The import was cancelled; nothing was changed."), {}, {}};
        for (size_t i = 0; i < fetched.size(); ++i) {
            const FetchedPhoto &f = fetched[i];
            Entry e;
            if (f.problem.isEmpty()) {
                e.file = m_dir.filePath(QStringLiteral("%1.photo").arg(m_entries.size()));
                QFile out(e.file);
                if (!out.open(QIODevice::WriteOnly) || out.write(f.bytes) != f.bytes.size() || !out.flush()) {
                    return Error {Error::Kind::Storage,
                                  tr("Cannot keep the photos: the temporary folder is full or not writable."),
                                  e.file, out.errorString()};
                }
            } else {
                e.problem = f.problem;
            }
            m_entries.insert(chunk.at(qsizetype(i)), e); // as the cards give it (fetched trimmed)
        }
    }
    if (progress && total > 0)
        progress(total, total);
    return {};
}

std::optional<FetchedPhoto> FetchedPhotos::lookUp(const QString &url) const
{
    const auto it = m_entries.constFind(url);
    if (it == m_entries.cend())
        return std::nullopt;
    FetchedPhoto out {url, {}, it->problem};
    if (it->problem.isEmpty()) {
        QFile in(it->file);
        if (!in.open(QIODevice::ReadOnly))
            out.problem = tr("the fetched photo could not be read back (%1)").arg(in.errorString());
        else
            out.bytes = in.readAll();
    }
    return out;
}

} // namespace kontor::importing
