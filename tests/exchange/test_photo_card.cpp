// A contact's photo (kept from a vCard import) shows on the card; a contact without one shows
// no empty frame.
#include "cards/contact_card.h"
#include "photos/contact_photos.h"
#include "repo/contact_repository.h"
#include "test_database.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QTest>

using namespace kontor;

TEST_CASE("The contact card shows the contact's photo", "[ui][photos]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    ContactRepository contacts(s);
    Contact ana;
    ana.firstName = QStringLiteral("Ana");
    ana.lastName = QStringLiteral("Photo");
    const qint64 withPhoto = *contacts.create(ana);
    Contact bo;
    bo.firstName = QStringLiteral("Bo");
    const qint64 without = *contacts.create(bo);

    QImage red(40, 80, QImage::Format_RGB32); // portrait: scaled to fit, not stretched
    red.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(red.save(&buffer, "PNG"));
    REQUIRE(ContactPhotoRepository(s).set(withPhoto, png).ok());
    CHECK_FALSE(ContactPhotoRepository(s).set(without, QByteArray("not a picture")).ok());

    ContactCard card(s, withPhoto);
    card.show();
    REQUIRE(QTest::qWaitForWindowExposed(&card));
    auto *photo = card.findChild<QLabel *>(QStringLiteral("cardPhoto"));
    REQUIRE(photo);
    CHECK(photo->isVisible());
    const QImage shown = photo->pixmap().toImage();
    CHECK(shown.height() == 64);
    CHECK(shown.width() == 32);
    CHECK(shown.pixelColor(16, 32) == QColor(Qt::red));
    const QString shots = qEnvironmentVariable("KONTOR_WIZARD_SHOTS");
    if (!shots.isEmpty())
        card.grab().save(shots + QStringLiteral("/contact-card-photo.png"));

    ContactCard other(s, without);
    other.show();
    REQUIRE(QTest::qWaitForWindowExposed(&other));
    CHECK_FALSE(other.findChild<QLabel *>(QStringLiteral("cardPhoto"))->isVisible());
}
