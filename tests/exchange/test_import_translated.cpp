// An import's problems reach the user in their language. The messages of the import's row
// readers and writers are filed by lupdate under the context of the class (or namespace) that
// says them; looked up under another one, a Russian user read every reason in English. Each
// case below says its message from a different place: a class of its own, a namespace's free
// function, the deals' row reader, the activities' writer.
#include "import/import_job.h"

#include "test_database.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QTranslator>

#include <algorithm>

using namespace kontor;
using namespace kontor::importing;

namespace {

// The problems of a dry run of `text` as `entity` with `fields`.
QList<ImportProblem> problemsOf(test::TestDatabase &tdb, ExchangeEntity entity,
                                const QStringList &fields, const QString &text)
{
    const QString file = tdb.tempPath(QStringLiteral("translated.csv"));
    test::writeFile(file, text);
    ImportOptions options;
    options.entity = entity;
    options.dryRun = true;
    ImportMapping mapping;
    mapping.fields = fields;
    options.mapping = mapping;
    auto result = runImport(tdb.session(), file, options);
    INFO((result.ok() ? QString() : result.error().toString()).toStdString());
    REQUIRE(result.ok());
    return result->problems;
}

// Whether a reason is `source` as `translator` translates it under `context` (up to its first
// placeholder), and that translation is not the English.
void checkTranslated(const QTranslator &translator, const QList<ImportProblem> &problems,
                     const char *context, const char *source)
{
    const QString translated = translator.translate(context, source);
    INFO(context << ": " << source);
    REQUIRE_FALSE(translated.isEmpty());
    REQUIRE(translated != QLatin1String(source));
    const QString start = translated.section(QStringLiteral("%1"), 0, 0);
    QStringList reasons;
    for (const ImportProblem &p : problems)
        reasons << p.reason;
    INFO("reasons: " << reasons.join(QStringLiteral(" | ")).toStdString());
    CHECK(std::any_of(reasons.cbegin(), reasons.cend(),
                      [&](const QString &r) { return r.startsWith(start); }));
}

} // namespace

TEST_CASE("An import's problems are said in the user's language", "[import][storage][translations]")
{
    QTranslator russian;
    REQUIRE(russian.load(QStringLiteral(KONTOR_QM_DIR "/kontor_ru.qm")));
    QCoreApplication::installTranslator(&russian);
    struct Uninstall
    {
        QTranslator *t;
        ~Uninstall() { QCoreApplication::removeTranslator(t); }
    } uninstall {&russian};
    test::TestDatabase tdb;

    checkTranslated(russian,
                    problemsOf(tdb, ExchangeEntity::Companies,
                               {QStringLiteral("name"), QStringLiteral("email")},
                               QStringLiteral("Name,Email\nAcme,not-an-address\n")),
                    "kontor::importing::detail::CompanyWriter", "not an email address");
    checkTranslated(
        russian,
        problemsOf(
            tdb, ExchangeEntity::Contacts,
            {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("birthday")},
            QStringLiteral("First name,Last name,Birthday\nAnna,Smith,2999-01-01\n")),
        "kontor::importing::detail", "a birthday in the future");
    checkTranslated(
        russian,
        problemsOf(tdb, ExchangeEntity::Deals, {QStringLiteral("title"), QStringLiteral("stage")},
                   QStringLiteral("Title,Stage\nBig order,Nowhere\n")),
        "kontor::importing::detail::DealRowReader", "no stage of this name; the stages are: %1");
    checkTranslated(
        russian,
        problemsOf(
            tdb, ExchangeEntity::Activities,
            {QStringLiteral("kind"), QStringLiteral("subject"), QStringLiteral("contact_email")},
            QStringLiteral("Type,Subject,Contact email\nfax,Hello,anna@example.com\n")),
        "kontor::importing::detail::ActivityWriter", "must be one of: call, email, meeting, note");
}
