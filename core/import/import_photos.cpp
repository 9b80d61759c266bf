// The photos of a vCard import, kept when the user asks for them (ImportOptions::keepPhotos).
//
// The row writers see a card as a row of text cells; a photo is kilobytes of binary that no
// column shows, so it is not carried through them. Once every row is written (in the same
// transaction), the file is read again with photos on, and each card's photo goes to the
// contact its row created or updated — found through import_batch_items.source_row, which
// is the line of the card's BEGIN:VCARD.
//
// A photo given by web address was fetched before the transaction began (photo_prefetch.h);
// one missing there is fetched here, on the import's own thread (photo_fetch.h). A photo that cannot be kept — no answer, 404, not an image, too large, an address that is
// not http(s) — never costs the row: the contact stays, and the import says which card,
// which address and why, in its problems and the problem rows file (ImportSummary::warnings).
#include "exchange/csv_writer.h"
#include "import/import_internal.h"
#include "import/photo_prefetch.h"
#include "import/vcard_reader.h"
#include "photos/contact_photos.h"
#include "photos/photo_fetch.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QSet>

namespace kontor::importing::detail {

namespace {

// Looked up under the context lupdate files these messages in (the namespace's name).
QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::importing::detail", text);
}

constexpr int kFetchChunk = 16; // photos read, then stored, at a time: memory stays flat

// A card whose photo is still to be fetched.
struct PendingPhoto
{
    qint64 contactId = 0;
    qint64 line = 0;
    QString name;
    QString url;
    QStringList cells;
};

QString cardName(const VCardContact &card)
{
    const QString name = (card.givenName + QLatin1Char(' ') + card.familyName).trimmed();
    return name.isEmpty() ? card.formattedName.trimmed() : name;
}

class PhotoKeeper
{
    Q_DECLARE_TR_FUNCTIONS(kontor::importing::detail::PhotoKeeper)

public:
    PhotoKeeper(const WriterContext &ctx, ImportSummary *summary, CsvWriter *rejects,
                const std::atomic_bool *cancel)
        : m_ctx(ctx), m_summary(summary), m_rejects(rejects), m_cancel(cancel)
    {
    }

    Status card(const VCardContact &card, qint64 contactId)
    {
        if (card.photo.isEmpty() && card.photoUrl.isEmpty())
            return {};
        // An earlier card of the same contact waits for its photo: it comes first.
        if (m_queuedContacts.contains(contactId)) {
            if (auto st = flush(); !st)
                return st;
        }
        auto existing = ContactPhotoRepository::get(m_ctx.conn, contactId);
        if (!existing)
            return existing.error();
        if (*existing) // a photo the contact has is never replaced, nor fetched for nothing
            return {};
        if (card.photo.isEmpty()) {
            m_queue.push_back({contactId, card.sourceLine, cardName(card), card.photoUrl, vcardRowCells(card)});
            m_queuedContacts.insert(contactId);
            return m_queue.size() >= size_t(kFetchChunk) ? flush() : Status{};
        }
        if (auto st = ContactPhotoRepository::check(card.photo); !st) {
            return warn({contactId, card.sourceLine, cardName(card), tr("embedded image"), vcardRowCells(card)},
                        st.error().message);
        }
        return store(contactId, card.sourceLine, card.photo);
    }

    // Fetches the queued addresses and stores what came.
    Status flush()
    {
        if (m_queue.empty())
            return {};
        std::vector<FetchedPhoto> fetched(m_queue.size());
        QStringList missing; // not fetched beforehand
        for (size_t i = 0; i < m_queue.size(); ++i) {
            auto known = m_ctx.photos ? m_ctx.photos->lookUp(m_queue[i].url) : std::nullopt;
            if (known)
                fetched[i] = *known;
            else
                missing << m_queue[i].url;
        }
        if (!missing.isEmpty()) {
            std::vector<FetchedPhoto> late = fetchPhotos(missing, kImportPhotoTimeoutMs, m_cancel);
            size_t next = 0;
            for (size_t i = 0; i < m_queue.size() && next < late.size(); ++i) {
                if (fetched[i].url.isEmpty() && fetched[i].problem.isEmpty() && fetched[i].bytes.isEmpty())
                    fetched[i] = std::move(late[next++]);
            }
        }
        if (m_cancel && m_cancel->load())
            return Error{Error::Kind::Cancelled, tr("The import was cancelled; nothing was changed."), {}, {}};
        const std::vector<PendingPhoto> queue = std::move(m_queue);
        m_queue.clear();
        m_queuedContacts.clear();
        for (size_t i = 0; i < queue.size(); ++i) {
            const PendingPhoto &p = queue[i];
            if (!fetched[i].problem.isEmpty()) {
                if (auto st = warn(p, fetched[i].problem); !st)
                    return st;
                continue;
            }
            // Another card of the contact may have brought one meanwhile (the first wins).
            auto existing = ContactPhotoRepository::get(m_ctx.conn, p.contactId);
            if (!existing)
                return existing.error();
            if (*existing)
                continue;
            if (auto st = store(p.contactId, p.line, fetched[i].bytes); !st)
                return st;
        }
        return {};
    }

private:
    Status store(qint64 contactId, qint64 line, const QByteArray &bytes)
    {
        if (auto st = ContactPhotoRepository::set(m_ctx.conn, contactId, bytes); !st)
            return st;
        return recordItem(m_ctx, QStringLiteral("contact_photo"), contactId, QStringLiteral("created"), {}, line);
    }

    // The row stays imported; the problem goes where the import's other problems go.
    Status warn(const PendingPhoto &p, const QString &problem)
    {
        ImportProblem issue;
        issue.row = p.line;
        issue.column = tr("Photo");
        issue.value = p.url;
        issue.reason = p.name.isEmpty()
            ? tr("%1 The contact was imported without the photo.").arg(problem)
            : tr("%1 %2 was imported without the photo.").arg(problem, p.name);
        ++m_summary->warnings;
        if (m_summary->problems.size() < 1000)
            m_summary->problems.append(issue);
        if (!m_rejects)
            return {};
        return m_rejects->writeRow(p.cells + QStringList{QStringLiteral("%1 \"%2\": %3").arg(issue.column, issue.value,
                                                                                            issue.reason)});
    }

    const WriterContext &m_ctx;
    ImportSummary *m_summary;
    CsvWriter *m_rejects;
    const std::atomic_bool *m_cancel;
    std::vector<PendingPhoto> m_queue;
    QSet<qint64> m_queuedContacts;
};

} // namespace

QStringList vcardRowCells(const VCardContact &c)
{
    QStringList emails, phones, mobiles;
    for (const auto &e : c.emails)
        emails << e.value;
    for (const auto &p : c.phones)
        (p.types.contains(QStringLiteral("cell")) ? mobiles : phones) << p.value;
    const VCardAddress adr = c.addresses.empty() ? VCardAddress{} : c.addresses.front();
    const bool hasN = !(c.givenName + c.familyName).isEmpty();
    return QStringList{c.givenName, c.familyName, hasN ? QString() : c.formattedName,
                       c.organization, c.title, emails.join(QStringLiteral("; ")),
                       phones.join(QStringLiteral("; ")), mobiles.join(QStringLiteral("; ")),
                       c.birthday ? c.birthday->toString(Qt::ISODate) : c.birthdayText,
                       adr.street, adr.locality, adr.region, adr.postalCode, adr.country,
                       c.notes.join(QLatin1Char('\n'))};
}

Status storeImportedPhotos(const WriterContext &ctx, const QString &path, ImportSummary *summary,
                           CsvWriter *rejects, const std::atomic_bool *cancel)
{
    const QString what = tr("Cannot keep the photos");
    QHash<qint64, qint64> contactOfLine;
    {
        SqlStatement q(ctx.conn, what);
        if (auto st = q.run(QStringLiteral("SELECT source_row, entity_id FROM import_batch_items"
                                           " WHERE batch_id = ? AND entity = 'contact' ORDER BY id"),
                            {ctx.batchId});
            !st)
            return st;
        while (q.next())
            contactOfLine.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    if (contactOfLine.isEmpty())
        return {};

    PhotoKeeper keeper(ctx, summary, rejects, cancel);
    auto st = forEachCardWithPhoto(path, ctx.options->tabular.encoding, cancel, [&](const VCardContact &card) {
        const qint64 contactId = contactOfLine.value(card.sourceLine);
        return contactId ? keeper.card(card, contactId) : Status {};
    });
    if (!st)
        return st;
    return keeper.flush();
}

} // namespace kontor::importing::detail
