#pragma once

#include <QList>
#include <QString>

namespace kontor {

struct Stage
{
    enum class Kind { Open, Won, Lost };

    qint64 id = 0;
    qint64 pipelineId = 0;
    QString name;
    int position = 0;
    int probability = 0; // percent, 0..100
    Kind kind = Kind::Open;
    int rotDays = 0; // 0 = never rots

    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *out);
};

struct Pipeline
{
    qint64 id = 0;
    QString name;
    int position = 0;
    QList<Stage> stages; // ordered by position
};

} // namespace kontor
