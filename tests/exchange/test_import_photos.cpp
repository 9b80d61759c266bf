// vCard photos kept or skipped as the user chooses: the kcontacts corpus cards that carry
// photos, stored per contact, written back in vCard 3.0 and 4.0, removed by Undo import;
// `kontorctl import --photos keep|skip`. Both back ends.
#include "exchange/exporter.h"
#include "import/import_job.h"
#include "import/vcard_reader.h"
#include "import_dump.h"
#include "kontorctl_run.h"
#include "photos/contact_photos.h"
#include "repo/contact_repository.h"
#include "storage/sql.h"
#include "test_database.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace kontor;
using namespace kontor::importing;

namespace {

const QString kCards = QStringLiteral(KONTOR_TEST_DATA "/kde-kcontacts/autotests/data/");

// The first photo of the file's first card, as the reader decodes it.
QByteArray firstPhoto(const QString &path)
{
    VCardReader r;
    REQUIRE(r.open(path, VCardOptions{true, {}}).ok());
    VCardContact c;
    REQUIRE(*r.next(c));
    REQUIRE_FALSE(c.photo.isEmpty());
    return c.photo;
}

qint64 photoCount(const Session &s)
{
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test"));
    auto n = q.scalar(QStringLiteral("SELECT COUNT(*) FROM contact_photos"));
    REQUIRE(n.ok());
    return n->toLongLong();
}

qint64 contactNamed(const Session &s, const QString &last)
{
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test"));
    auto id = q.scalar(QStringLiteral("SELECT id FROM contacts WHERE last_name = ? AND deleted_at IS NULL"), {last});
    INFO(last.toStdString());
    REQUIRE(id.ok());
    return id->toLongLong();
}

ImportSummary importCards(const Session &s, const QString &path, bool keep,
                          DuplicatePolicy policy = DuplicatePolicy::Skip)
{
    ImportOptions options;
    options.keepPhotos = keep;
    options.onDuplicate = policy;
    auto r = runImport(s, path, options);
    INFO((r.ok() ? QString() : r.error().toString()).toStdString());
    REQUIRE(r.ok());
    return *r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("vCard photos are skipped unless kept; kept ones show, export and undo",
          "[import][storage][photos]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    const QString twoPhotos = kCards + QStringLiteral("vcard12.vcf"); // "Good Looking", work + home
    const QByteArray expected = firstPhoto(twoPhotos);
    CHECK(ContactPhotoRepository::imageType(expected) == QStringLiteral("image/png"));

    SECTION("skipped by default")
    {
        const ImportSummary skipped = importCards(s, twoPhotos, false);
        CHECK(skipped.created == 1);
        CHECK(photoCount(s) == 0);
    }

    SECTION("kept: stored, written to vCard 3.0 and 4.0, gone after Undo import")
    {
        const QString before = test::importDump(s);
        const ImportSummary kept = importCards(s, twoPhotos, true);
        CHECK(kept.created == 1);
        const qint64 id = contactNamed(s, QStringLiteral("Looking"));
        auto photo = ContactPhotoRepository(s).get(id);
        REQUIRE(photo.ok());
        REQUIRE(photo->has_value());
        CHECK((*photo)->bytes == expected); // the first of the card's two photos
        CHECK((*photo)->mimeType == QStringLiteral("image/png"));

        ExportRequest r;
        r.entity = ExchangeEntity::Contacts;
        r.ids = {id};
        r.format = ExportFormat::VCard3;
        const QString v3 = tdb.tempPath(QStringLiteral("v3.vcf"));
        REQUIRE(exportToFile(s, r, v3).ok());
        CHECK(readAll(v3).contains("PHOTO;ENCODING=b;TYPE=PNG:"));
        CHECK(firstPhoto(v3) == expected);
        r.format = ExportFormat::VCard4;
        const QString v4 = tdb.tempPath(QStringLiteral("v4.vcf"));
        REQUIRE(exportToFile(s, r, v4).ok());
        CHECK(readAll(v4).contains("PHOTO:data:image/png;base64,"));
        CHECK(firstPhoto(v4) == expected);
        r.format = ExportFormat::Csv; // flat files have no place for a picture
        const QString csv = tdb.tempPath(QStringLiteral("c.csv"));
        REQUIRE(exportToFile(s, r, csv).ok());
        CHECK_FALSE(readAll(csv).contains(expected.left(12).toBase64()));

        // The exported 4.0 card brought into a fresh base keeps its photo too.
        test::TestDatabase other;
        const Session o = other.session();
        importCards(o, v4, true);
        auto again = ContactPhotoRepository(o).get(contactNamed(o, QStringLiteral("Looking")));
        REQUIRE(again.ok());
        REQUIRE(again->has_value());
        CHECK((*again)->bytes == expected);

        REQUIRE(undoImport(s, kept.batch).ok());
        CHECK(photoCount(s) == 0);
        CHECK(test::importDump(s) == before);
    }

    SECTION("an updated contact gets the photo it lacked, and undo takes only that away")
    {
        Contact mustermann;
        mustermann.firstName = QStringLiteral("Heiko");
        mustermann.lastName = QStringLiteral("Mustermann");
        mustermann.emails = {{0, QStringLiteral("work"), QStringLiteral("heiko.mustermann@freenet.org")}};
        const qint64 id = *ContactRepository(s).create(mustermann);
        const ImportSummary updated = importCards(s, kCards + QStringLiteral("vcard5.vcf"), true,
                                                  DuplicatePolicy::FillEmpty);
        CHECK(updated.updated == 1);
        CHECK(updated.created == 0);
        auto photo = ContactPhotoRepository(s).get(id);
        REQUIRE(photo.ok());
        REQUIRE(photo->has_value());
        CHECK((*photo)->bytes == firstPhoto(kCards + QStringLiteral("vcard5.vcf")));

        // A second import never replaces the photo the contact has now.
        const ImportSummary second = importCards(s, twoPhotos, true, DuplicatePolicy::Update);
        CHECK(ContactPhotoRepository(s).get(id)->value().bytes
              == firstPhoto(kCards + QStringLiteral("vcard5.vcf")));
        REQUIRE(undoImport(s, second.batch).ok());

        REQUIRE(undoImport(s, updated.batch).ok());
        CHECK(photoCount(s) == 0);
        CHECK(ContactRepository(s).get(id).ok()); // the contact itself stays
    }
}

TEST_CASE("kontorctl import --photos keep stores photos; another word is bad usage",
          "[import][storage][photos][cli]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    const QString cards = kCards + QStringLiteral("vcard12.vcf");
    auto bad = test::kontorctl(tdb, {QStringLiteral("import"), cards, QStringLiteral("--photos"),
                                     QStringLiteral("maybe")});
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(QStringLiteral("--photos")));
    auto kept = test::json(test::kontorctl(tdb, {QStringLiteral("--json"), QStringLiteral("import"),
                                                 cards, QStringLiteral("--photos"), QStringLiteral("keep")}));
    CHECK(kept.value(QStringLiteral("created")).toInt() == 1);
    CHECK(photoCount(s) == 1);
}

TEST_CASE("Photos set, replaced and removed through the repository are checked and audited",
          "[storage][photos]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    Contact ana;
    ana.firstName = QStringLiteral("Ana");
    ana.lastName = QStringLiteral("Audit");
    const qint64 id = *ContactRepository(s).create(ana);
    const ContactPhotoRepository repo(s);
    const QByteArray png = firstPhoto(kCards + QStringLiteral("vcard12.vcf"));
    const QByteArray gif("GIF89a\x01\x00\x01\x00\x00\x00\x00;", 14);

    // The one check: by the bytes, and the size before anything else.
    CHECK(ContactPhotoRepository::check(png).ok());
    CHECK(ContactPhotoRepository::check(gif).ok());
    const Status text = ContactPhotoRepository::check("just text", QStringLiteral("notes.txt"));
    REQUIRE_FALSE(text.ok());
    CHECK(text.error().message == QStringLiteral("The photo is not a JPEG, PNG or GIF image."));
    CHECK(text.error().context == QStringLiteral("notes.txt"));
    QByteArray huge = png;
    huge.append(QByteArray(ContactPhotoRepository::MaxBytes, '\0'));
    CHECK(ContactPhotoRepository::check(huge).error().message == QStringLiteral("The photo is larger than 4 MB."));
    CHECK_FALSE(repo.set(id, huge).ok());
    CHECK_FALSE(repo.set(id, "just text").ok());

    // Each change one audit row in the contact's history, with the types before and after.
    const auto photoAudits = [&] {
        auto conn = s.db->connection();
        REQUIRE(conn.ok());
        SqlStatement q(*conn, QStringLiteral("test"));
        REQUIRE(q.run(QStringLiteral("SELECT changes FROM audit_log WHERE entity = 'contact' AND entity_id = ?"
                                     " AND action = 'update' ORDER BY id"),
                      {id})
                    .ok());
        QStringList rows;
        while (q.next())
            rows << q.value(0).toString();
        return rows;
    };
    REQUIRE(repo.set(id, png).ok());
    REQUIRE(repo.set(id, gif).ok());
    CHECK(repo.get(id)->value().mimeType == QStringLiteral("image/gif"));
    REQUIRE(repo.remove(id).ok());
    CHECK_FALSE(repo.get(id)->has_value());
    REQUIRE(repo.remove(id).ok()); // nothing there: nothing changes, nothing logged
    CHECK(photoAudits()
          == QStringList{QStringLiteral("{\"photo\":[null,\"image/png\"]}"),
                         QStringLiteral("{\"photo\":[\"image/png\",\"image/gif\"]}"),
                         QStringLiteral("{\"photo\":[\"image/gif\",null]}")});
}
