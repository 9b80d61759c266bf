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

    static Status validate(const SalesPlan &plan);

private:
    Result<SalesPlan> select(qint64 id) const;
    Session m_session;
};

} // namespace kontor
