// The photos of a vCard import, kept when the user asks for them (ImportOptions::keepPhotos).
//
// The row writers see a card as a row of text cells; a photo is kilobytes of binary that no
// column shows, so it is not carried through them. Once every row is written (in the same
// transaction), the file is read again with photos on, and each card's photo goes to the
// contact its row created or updated — found through import_batch_items.source_row, which
// is the line of the card's BEGIN:VCARD.
#include "import/import_internal.h"
#include "import/vcard_reader.h"
#include "photos/contact_photos.h"
#include "storage/sql.h"

#include <QCoreApplication>

namespace kontor::importing::detail {

Status storeImportedPhotos(const WriterContext &ctx, const QString &path)
{
    const QString what = QCoreApplication::translate("kontor::importing", "Cannot keep the photos");
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

    VCardReader reader;
    if (auto st = reader.open(path, VCardOptions{true, ctx.options->tabular.encoding}); !st)
        return st;
    VCardContact card;
    for (;;) {
        auto more = reader.next(card);
        if (!more)
            return more.error();
        if (!*more)
            break;
        const qint64 contactId = contactOfLine.value(card.sourceLine);
        // A photo given by URL is not fetched; bytes that are no image we show are left out.
        if (!contactId || card.photo.isEmpty() || ContactPhotoRepository::imageType(card.photo).isEmpty()
            || card.photo.size() > ContactPhotoRepository::MaxBytes)
            continue;
        auto existing = ContactPhotoRepository::get(ctx.conn, contactId);
        if (!existing)
            return existing.error();
        if (*existing) // a photo the contact has is never replaced
            continue;
        if (auto st = ContactPhotoRepository::set(ctx.conn, contactId, card.photo); !st)
            return st;
        if (auto st = recordItem(ctx, QStringLiteral("contact_photo"), contactId,
                                 QStringLiteral("created"), {}, card.sourceLine);
            !st)
            return st;
    }
    return {};
}

} // namespace kontor::importing::detail
