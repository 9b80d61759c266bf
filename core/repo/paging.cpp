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

QList<PagePart> valueThenEmpty(const QString &from, const QString &value, const QString &idExpr)
{
    // "> ''" leaves out NULL and '' alike and is a range an index on `value` serves.
    return {PagePart{from, value + QStringLiteral(" > ''"), {value, idExpr}},
            PagePart{from, QStringLiteral("COALESCE(%1, '') = ''").arg(value), {idExpr}}};
}

Status checkPageRequest(const PageQuery &query, const PageRequest &page)
{
    if (page.after.isEmpty())
        return {};
    bool valid = page.after.size() == query.key.columns.size();
    if (!query.parts.isEmpty()) {
        bool isNumber = false;
        const int part = page.after.first().toInt(&isNumber);
        valid = isNumber && part >= 0 && part < query.parts.size()
                && page.after.size() == query.parts.at(part).key.size() + 1;
    }
    if (!valid) {
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
