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

Status checkPageRequest(const PageQuery &query, const PageRequest &page)
{
    if (!page.after.isEmpty() && page.after.size() != query.key.columns.size()) {
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Paging", "The list position is not valid for this sort order"),
                     query.what, {}};
    }
    return {};
}

Result<qint64> countRows(const QSqlDatabase &conn, const QString &what, const QString &from, const QString &where,
                         const QVariantList &binds)
{
    SqlStatement q(conn, what);
    auto n = q.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(from, where), binds);
    if (!n)
        return n.error();
    return n->toLongLong();
}

} // namespace kontor
