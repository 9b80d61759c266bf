#pragma once

#include "session.h"
#include "util/result.h"

#include <QDate>
#include <QList>

namespace kontor {

// A quota: how much a manager should win in a period, in one currency.
struct SalesPlan
{
    qint64 id = 0;
    qint64 userId = 0;
    QString userName; // read-only
    QDate periodStart;
    QDate periodEnd;
    qint64 amountMinor = 0;
    QString currency = QStringLiteral("EUR");
};

// The only place that writes SQL for sales plans; every change leaves an audit-log row.
class SalesPlanRepository
{
public:
    explicit SalesPlanRepository(Session session) : m_session(std::move(session)) {}

    // Plans overlapping [from, to] (invalid dates: unbounded), by period then manager.
    Result<QList<SalesPlan>> list(const QDate &from = {}, const QDate &to = {},
                                  qint64 userId = 0) const;
    // Creates (id 0) or updates a plan; returns its id. A second plan for the same manager,
    // period and currency is a Conflict.
    Result<qint64> save(const SalesPlan &plan) const;
    Status remove(qint64 id) const;
    // Puts a deleted plan back under its old id (the undo of a delete), so anything that
    // still refers to that id finds it again.
    Status restore(const SalesPlan &plan) const;
    // Creates or updates several plans in one transaction: all of them, or none (the first
    // refusal is returned). Ids in the order given.
    Result<QList<qint64>> saveAll(const QList<SalesPlan> &plans) const;

    static Status validate(const SalesPlan &plan);
    // A plan over whole months (a quarter, a year: from the 1st of a month to the last day of
    // a month) as one plan per month, the amount split evenly in minor units and the remainder
    // added to the last month, so the months add up to the amount exactly. A period that does
    // not start on the 1st or end on a month's last day is refused, saying which.
    static Result<QList<SalesPlan>> spreadOverMonths(const SalesPlan &plan);

private:
    Result<SalesPlan> select(qint64 id) const;
    Session m_session;
};

} // namespace kontor
