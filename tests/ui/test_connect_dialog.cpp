#include "shell/connect_dialog.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace kontor;

namespace {
void clickConnect(ConnectDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}
void type(ConnectDialog &dialog, const char *field, const QString &text)
{
    auto *edit = dialog.findChild<QLineEdit *>(QString::fromLatin1(field));
    REQUIRE(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}
} // namespace

TEST_CASE("Connect to server refuses an empty host and says why", "[ui][connect]")
{
    // Given the dialog with a user and database but no host
    ConnectDialog dialog;
    dialog.show();
    type(dialog, "userField", QStringLiteral("anna"));
    type(dialog, "databaseField", QStringLiteral("crm"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    REQUIRE(error);
    CHECK(error->isHidden());

    // When the user clicks Connect
    clickConnect(dialog);

    // Then the dialog stays open and names the missing field
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(error->isVisible());
    CHECK(error->text() == QStringLiteral("Enter the name or address of the server."));

    // When the host is filled in, the dialog accepts and builds the URL (no password in it)
    type(dialog, "hostField", QStringLiteral("db.example.com"));
    type(dialog, "passwordField", QStringLiteral("s3cret"));
    clickConnect(dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.url().toString() == QStringLiteral("postgresql://anna@db.example.com:5432/crm"));
    CHECK(dialog.password() == QStringLiteral("s3cret"));
    CHECK_FALSE(dialog.url().toString().contains(QStringLiteral("s3cret")));
}

TEST_CASE("Without a keychain the dialog says the password is asked each time", "[ui][connect]")
{
    ConnectDialog dialog;
    dialog.setKeychainAvailable(false);
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("keychainNote"));
    REQUIRE(note);
    CHECK(note->text().contains(QStringLiteral("ask for the password each time")));
    type(dialog, "passwordField", QStringLiteral("pw"));
    CHECK_FALSE(dialog.rememberPassword());
}
