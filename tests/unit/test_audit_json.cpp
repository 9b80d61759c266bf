// The audit log's change sets are written by a hand-made JSON writer (for speed); what it
// writes must read back as the same JSON Qt's own conversion would give.
#include "repo/audit.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>

using namespace kontor;

namespace {
QString qtJson(const QVariantMap &map)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}
} // namespace

TEST_CASE("audit change sets are the JSON Qt writes", "[unit][audit]")
{
    const QString tricky = QStringLiteral("quote \" backslash \\ tab\tnewline\ncr\r\x01 bell\x07 "
                                          "Мюллер 山田 ນາງ 🙂 end");
    QVariantMap after;
    after.insert(QStringLiteral("first_name"), QStringLiteral("Anna"));
    after.insert(QStringLiteral("notes"), tricky);
    after.insert(QStringLiteral("owner_id"), qint64(42));
    after.insert(QStringLiteral("count"), 7);
    after.insert(QStringLiteral("vip"), true);
    after.insert(QStringLiteral("empty"), QString(QLatin1String("")));
    after.insert(QStringLiteral("null_text"), QVariant(QMetaType::fromType<QString>()));
    after.insert(QStringLiteral("null_id"), QVariant(QMetaType::fromType<qint64>()));
    after.insert(QStringLiteral("birthday"), QDate(1990, 2, 28));
    after.insert(QStringLiteral("amount"), 1234.5);
    after.insert(QStringLiteral("tags"), QStringList{QStringLiteral("VIP"), QStringLiteral("Кли\"ент")});
    after.insert(QStringLiteral("ключ \"с\" кавычками"), QStringLiteral("x"));

    SECTION("a new record: every field against null")
    {
        const QVariantMap changes = audit::diff({}, after);
        REQUIRE(audit::changesText(changes).toStdString() == qtJson(changes).toStdString());
    }
    SECTION("an edit: old and new values")
    {
        QVariantMap before = after;
        before.insert(QStringLiteral("first_name"), QStringLiteral("Ann"));
        before.insert(QStringLiteral("owner_id"), qint64(-3));
        before.insert(QStringLiteral("vip"), false);
        const QVariantMap changes = audit::diff(before, after);
        REQUIRE(changes.size() == 3);
        REQUIRE(audit::changesText(changes).toStdString() == qtJson(changes).toStdString());
        REQUIRE(audit::changesText(changes)
                == QStringLiteral("{\"first_name\":[\"Ann\",\"Anna\"],\"owner_id\":[-3,42],\"vip\":[false,true]}"));
    }
    SECTION("nothing changed: no text")
    {
        REQUIRE(audit::changesText(audit::diff(after, after)).isEmpty());
    }
}
