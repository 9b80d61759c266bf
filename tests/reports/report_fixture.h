#pragma once

#include "model/pipeline.h"
#include "session.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace kontor::test {

constexpr qint64 Day = 86400;

// Epoch seconds of 00:00 UTC on a date.
qint64 at(const QDate &date);

// A deal written straight into the tables with the exact history a test needs: the first
// step is its creation, the last one decides its status (won / lost / open stage).
struct DealSpec
{
    QString title;
    qint64 ownerId = 0;
    QString source;
    qint64 amountMinor = 0;
    QString currency = QStringLiteral("EUR");
    int probability = -1; // -1: the stage's
    QDate expectedClose;
    qint64 companyId = 0;
    qint64 contactId = 0;
    qint64 lostReasonId = 0;
    QList<QPair<qint64, qint64>> path; // (stage id, epoch seconds entered)
};

DealSpec spec(const QString &title, qint64 owner, const QString &source, qint64 amountMinor,
              const QString &currency = QStringLiteral("EUR"));
qint64 insertDeal(const Session &session, const DealSpec &spec);
qint64 insertUser(const Session &session, const QString &login, const QString &name);
qint64 insertCompany(const Session &session, const QString &name);
qint64 scalarOf(const Session &session, const QString &sql, const QVariantList &binds = {});
void run(const Session &session, const QString &sql, const QVariantList &binds = {});

// The January 2026 sales team (see report_fixture.cpp for the whole story, with the answers
// every report should give worked out by hand).
struct SalesFixture
{
    Session session;
    Pipeline pipeline;
    qint64 lead = 0, qualified = 0, proposal = 0, negotiation = 0, won = 0, lost = 0;
    qint64 anna = 0, boris = 0;
    qint64 priceReason = 0;
    qint64 t0 = 0; // Monday 2026-01-05 00:00 UTC
    qint64 now = 0; // 2026-01-31 12:00 UTC
};

SalesFixture buildSalesFixture(const Session &session);

} // namespace kontor::test
