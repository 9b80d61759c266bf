#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVariantMap>

namespace kontor {

struct Deal
{
    qint64 id = 0;
    QString title;
    qint64 pipelineId = 0;
    qint64 stageId = 0;
    QString stageName;   // read-only, filled by the repository
    QString status = QStringLiteral("open"); // open, won, lost (follows the stage's kind)
    qint64 amountMinor = 0; // cents
    QString currency = QStringLiteral("EUR");
    int probability = -1; // -1 = the stage's default
    QDate expectedClose;
    qint64 contactId = 0;
    QString contactName; // read-only
    qint64 companyId = 0;
    QString companyName; // read-only
    qint64 ownerId = 0;
    QString ownerName;   // read-only
    QString source;
    qint64 lostReasonId = 0;
    QString lostNote;
    QString notes;
    double boardPosition = 0;
    QDateTime stageEnteredAt;
    QDateTime closedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;
    // List rows only: the values of the custom-field columns the list asked for (field id ->
    // canonical value, "" when not set).
    QHash<qint64, QString> customColumns;

    QVariantMap fields() const;
};

struct StageChange
{
    qint64 id = 0;
    qint64 dealId = 0;
    qint64 fromStageId = 0; // 0 for the deal's creation
    qint64 toStageId = 0;
    qint64 changedBy = 0;
    QDateTime changedAt;
};

// Amount in minor units <-> decimal text, without floating-point rounding.
QString formatMinor(qint64 minor);
bool parseMinor(const QString &text, qint64 *out);

} // namespace kontor
