#pragma once

// How a sales plan kept as one row over several months counts in a month (or any period):
// evenly by month, a month the plan covers only partly by its share of that month's days.
// A quarter's plan of 90,000 is 30,000 in each of its months; a plan from 16 January to
// 15 February puts half of itself in January and half in February.
#include "session.h"
#include "util/result.h"

#include <QDate>
#include <QList>

namespace kontor::reports {

// The part of `amountMinor` (a plan over [start, end]) that falls in [from, to], in minor
// units. Parts of adjacent periods add up to the whole amount exactly: each part is the
// difference of two rounded-down running totals, so no cent is lost or counted twice.
qint64 planShare(const QDate &start, const QDate &end, qint64 amountMinor, const QDate &from,
                 const QDate &to);

struct PlanPeriod
{
    qint64 id = 0;
    qint64 userId = 0;
    QDate start;
    QDate end;
    qint64 amountMinor = 0;
};

// Plans in `currency` (of `ownerId`, or everyone's for 0) overlapping [from, to].
Result<QList<PlanPeriod>> plansOverlapping(const Session &session, const QString &currency,
                                           qint64 ownerId, const QDate &from, const QDate &to);

} // namespace kontor::reports
