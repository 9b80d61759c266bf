#include "repo/paging.h"

namespace kontor {

QString SortKey::seekCondition() const
{
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    return QLatin1Char('(') + columns.join(QStringLiteral(", ")) + QStringLiteral(") ")
           + (descending ? QLatin1Char('<') : QLatin1Char('>')) + QStringLiteral(" (") + marks.join(QStringLiteral(", "))
           + QLatin1Char(')');
}

QString SortKey::orderBy() const
{
    QStringList parts;
    for (const QString &c : columns)
        parts << c + (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
    return parts.join(QStringLiteral(", "));
}

} // namespace kontor
