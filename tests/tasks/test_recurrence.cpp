// Recurrence rules: parsing the text form and finding the next date.
#include "tasks/recurrence.h"
#include "tasks/task_time.h"

#include "tasks_support.h"

using namespace kontor;

TEST_CASE("Recurrence text is parsed, normalised and explained when wrong", "[recurrence]")
{
    CHECK(Recurrence::parse(QString())->isNone());
    CHECK(Recurrence::parse(QStringLiteral("daily"))->toText() == QStringLiteral("daily"));
    CHECK(Recurrence::parse(QStringLiteral("Weekly:Thu, mon,thu"))->toText()
          == QStringLiteral("weekly:mon,thu"));
    CHECK(Recurrence::parse(QStringLiteral("weekly:monday,friday"))->toText()
          == QStringLiteral("weekly:mon,fri"));
    CHECK(Recurrence::parse(QStringLiteral("monthly:15"))->monthDay == 15);
    for (const char *bad : {"weekly", "weekly:xyz", "monthly:32", "monthly:x", "hourly", "daily:2"}) {
        auto r = Recurrence::parse(QString::fromLatin1(bad));
        INFO(bad);
        REQUIRE(!r);
        CHECK(r.error().kind == Error::Kind::Invalid);
        CHECK(r.error().context.contains(QString::fromLatin1(bad)));
    }
}

TEST_CASE("Next dates: weekly wraps the week, monthly clamps short months", "[recurrence]")
{
    const Recurrence weekly = *Recurrence::parse(QStringLiteral("weekly:mon,thu"));
    CHECK(weekly.nextDate(QDate(2026, 3, 26)) == QDate(2026, 3, 30)); // Thu -> Mon
    CHECK(weekly.nextDate(QDate(2026, 3, 30)) == QDate(2026, 4, 2));  // Mon -> Thu
    CHECK(weekly.nextDate(QDate(2026, 3, 28)) == QDate(2026, 3, 30)); // Sat -> Mon
    const Recurrence monthly = *Recurrence::parse(QStringLiteral("monthly:31"));
    CHECK(monthly.nextDate(QDate(2026, 1, 31)) == QDate(2026, 2, 28));
    CHECK(monthly.nextDate(QDate(2028, 1, 31)) == QDate(2028, 2, 29));
    CHECK(monthly.nextDate(QDate(2026, 2, 28)) == QDate(2026, 3, 31));
    CHECK(monthly.nextDate(QDate(2026, 12, 31)) == QDate(2027, 1, 31));
}

TEST_CASE("A local time inside the spring-forward gap moves forward by the gap", "[recurrence]")
{
    const QTimeZone berlin("Europe/Berlin");
    // 02:30 does not exist in Berlin on 29 March 2026; clocks read 03:30 CEST = 01:30Z
    CHECK(localInstant(QDate(2026, 3, 29), QTime(2, 30), berlin)
          == QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC));
    const LocalDay spring = localDay(QDate(2026, 3, 29), berlin);
    CHECK(spring.endSecs - spring.startSecs == 23 * 3600);
    const LocalDay autumn = localDay(QDate(2026, 10, 25), berlin);
    CHECK(autumn.endSecs - autumn.startSecs == 25 * 3600);
}
