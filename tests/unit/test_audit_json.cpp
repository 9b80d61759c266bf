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
    after.insert(QStringLiteral("emails"), QStringList{QStringLiteral("work:a@example.com"), tricky});
    after.insert(QStringLiteral("phones"), QStringList{});
    // A lone surrogate (from a broken file): Qt escapes it, so must the change set.
    after.insert(QStringLiteral("messengers"), QStringList{QString(QChar(0xd800)) + QStringLiteral("x")});

    SECTION("a new record: every field that has a value, against null")
    {
        const QVariantMap changes = audit::diff({}, after);
        REQUIRE(audit::changesText(changes).toStdString() == qtJson(changes).toStdString());
        // Empty texts, empty lists and nulls are not changes of a new record; a zero is.
        for (const char *blank : {"empty", "null_text", "null_id", "phones"})
            CHECK_FALSE(changes.contains(QLatin1String(blank)));
        for (const char *set : {"first_name", "owner_id", "vip", "birthday", "amount", "tags", "emails"})
            CHECK(changes.contains(QLatin1String(set)));
        REQUIRE(changes.value(QStringLiteral("first_name")).toList()
                == QVariantList {QVariant(), QStringLiteral("Anna")});
    }
    SECTION("an edit that empties a field is a change")
    {
        QVariantMap before = after;
        before.insert(QStringLiteral("empty"), QStringLiteral("was here"));
        const QVariantMap changes = audit::diff(before, after);
        REQUIRE(changes.size() == 1);
        REQUIRE(audit::changesText(changes) == QStringLiteral("{\"empty\":[\"was here\",\"\"]}"));
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

TEST_CASE("an imported record's short change set is the generic text of its batch and row", "[unit][audit]")
{
    for (const auto &[batch, row] : {std::pair<qint64, qint64> {1, 2}, {7, 1000000}, {123456789012, 0}}) {
        const QVariantMap changes {{QStringLiteral("batch"), batch}, {QStringLiteral("row"), row}};
        REQUIRE(audit::importedText(batch, row).toStdString() == audit::changesText(changes).toStdString());
        REQUIRE(audit::importedText(batch, row).toStdString() == qtJson(changes).toStdString());
    }
}
