// A contact's photo (kept from a vCard import) shows on the card; a contact without one shows
// no empty frame. Change Photo… / Remove Photo on the card, each an undo step, audited; a file
// that is no image is refused, naming it.
#include "cards/contact_card.h"
#include "photos/contact_photos.h"
#include "repo/contact_repository.h"
#include "storage/sql.h"
#include "test_database.h"
#include "undo/undo_stack.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
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

namespace {

QString writeImage(const QString &path, Qt::GlobalColor color)
{
    QImage image(48, 48, QImage::Format_RGB32);
    image.fill(color);
    REQUIRE(image.save(path, "PNG"));
    return path;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// The colour in the middle of the photo on screen; invalid when none shows.
QColor shownColor(ContactCard &card)
{
    auto *photo = card.findChild<QLabel *>(QStringLiteral("cardPhoto"));
    REQUIRE(photo);
    if (!photo->isVisible())
        return {};
    const QImage shown = photo->pixmap().toImage();
    return shown.pixelColor(shown.width() / 2, shown.height() / 2);
}

QByteArray storedPhoto(const Session &s, qint64 id)
{
    auto photo = ContactPhotoRepository(s).get(id);
    REQUIRE(photo.ok());
    return photo->has_value() ? (*photo)->bytes : QByteArray();
}

qint64 photoAudits(const Session &s, qint64 id)
{
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test"));
    auto n = q.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'contact' AND entity_id = ?"
                                     " AND action = 'update' AND changes LIKE ?"),
                      {id, QStringLiteral("%\"photo\"%")});
    REQUIRE(n.ok());
    return n->toLongLong();
}

// The file chooser answers with the test's file; the dialog comes back after the test.
struct ChooserGuard
{
    explicit ChooserGuard(QString *answer)
    {
        ContactCard::setPhotoFileChooser([answer](QWidget *) { return *answer; });
    }
    ~ChooserGuard() { ContactCard::setPhotoFileChooser({}); }
};

} // namespace

TEST_CASE("A photo is set, replaced and removed on the card, each an undo step", "[ui][photos]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    Contact cy;
    cy.firstName = QStringLiteral("Cy");
    cy.lastName = QStringLiteral("Card");
    const qint64 id = *ContactRepository(s).create(cy);
    const QString red = writeImage(tdb.tempPath(QStringLiteral("red.png")), Qt::red);
    const QString blue = writeImage(tdb.tempPath(QStringLiteral("blue.png")), Qt::blue);
    const QString notes = tdb.tempPath(QStringLiteral("notes.txt"));
    {
        QFile f(notes);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Met Cy at the fair; call back in May.");
    }
    QString answer;
    ChooserGuard chooser(&answer);

    ContactCard card(s, id);
    card.show();
    REQUIRE(QTest::qWaitForWindowExposed(&card));
    auto *change = card.findChild<QPushButton *>(QStringLiteral("changePhotoButton"));
    auto *remove = card.findChild<QPushButton *>(QStringLiteral("removePhotoButton"));
    auto *banner = card.findChild<QLabel *>(QStringLiteral("errorBanner"));
    REQUIRE(change);
    REQUIRE(remove);
    REQUIRE(banner);
    UndoStack *stack = UndoStack::of(&card);
    CHECK(change->text() == QStringLiteral("Add Photo…"));
    CHECK_FALSE(remove->isVisible());
    CHECK_FALSE(shownColor(card).isValid());

    answer = red;
    QTest::mouseClick(change, Qt::LeftButton);
    CHECK(shownColor(card) == QColor(Qt::red));
    CHECK(storedPhoto(s, id) == fileBytes(red));
    CHECK(change->text() == QStringLiteral("Change Photo…"));
    CHECK(remove->isVisible());

    answer = blue; // replaced
    QTest::mouseClick(change, Qt::LeftButton);
    CHECK(shownColor(card) == QColor(Qt::blue));
    CHECK(storedPhoto(s, id) == fileBytes(blue));
    CHECK(stack->count() == 2);
    CHECK(stack->undoText() == QStringLiteral("Change the photo of “Cy Card”"));

    stack->undo();
    CHECK(shownColor(card) == QColor(Qt::red));
    CHECK(storedPhoto(s, id) == fileBytes(red));
    stack->undo();
    CHECK_FALSE(shownColor(card).isValid());
    CHECK(storedPhoto(s, id).isEmpty());
    CHECK_FALSE(remove->isVisible());
    stack->redo();
    stack->redo();
    CHECK(shownColor(card) == QColor(Qt::blue));
    CHECK(storedPhoto(s, id) == fileBytes(blue));

    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK_FALSE(shownColor(card).isValid());
    CHECK(storedPhoto(s, id).isEmpty());
    CHECK(stack->undoText() == QStringLiteral("Remove the photo of “Cy Card”"));
    stack->undo();
    CHECK(shownColor(card) == QColor(Qt::blue));
    CHECK(storedPhoto(s, id) == fileBytes(blue));

    // Each change, undo and redo is in the audit log: set, set, 2 undos, 2 redos, remove, undo.
    CHECK(photoAudits(s, id) == 8);

    // Not an image: refused, the file named, nothing changed and no undo step.
    const int steps = stack->count();
    answer = notes;
    QTest::mouseClick(change, Qt::LeftButton);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("notes.txt")));
    CHECK(banner->text().contains(QStringLiteral("not a JPEG, PNG or GIF image")));
    CHECK(shownColor(card) == QColor(Qt::blue));
    CHECK(storedPhoto(s, id) == fileBytes(blue));
    CHECK(stack->count() == steps);

    // Choosing nothing (the dialog cancelled) changes nothing.
    answer.clear();
    QTest::mouseClick(change, Qt::LeftButton);
    CHECK(storedPhoto(s, id) == fileBytes(blue));
    CHECK(stack->count() == steps);
}
