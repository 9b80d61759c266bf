#include "timeline/trash_listing.h"

#include "storage/sql.h"

#include <QCoreApplication>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::TrashListing", text);
}

// One row shape for the three tables: kind, id, name, detail, deleted_at, deleted_by name.
const char *const kUnion =
    "(SELECT 'contact' AS kind, c.id AS id,"
    "  TRIM(c.first_name || ' ' || c.last_name) AS name, co.name AS detail,"
    "  c.deleted_at AS deleted_at, u.display_name AS who"
    "  FROM contacts c LEFT JOIN companies co ON co.id = c.company_id"
    "  LEFT JOIN users u ON u.id = c.deleted_by WHERE c.deleted_at IS NOT NULL"
    " UNION ALL"
    " SELECT 'company', co.id, co.name, co.city, co.deleted_at, u.display_name"
    "  FROM companies co LEFT JOIN users u ON u.id = co.deleted_by"
    "  WHERE co.deleted_at IS NOT NULL"
    " UNION ALL"
    " SELECT 'deal', d.id, d.title, s.name, d.deleted_at, u.display_name"
    "  FROM deals d JOIN stages s ON s.id = d.stage_id LEFT JOIN users u ON u.id = d.deleted_by"
    "  WHERE d.deleted_at IS NOT NULL) tr";

} // namespace

QString TrashListing::where(const QString &text, QVariantList *binds) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("1 = 1");
    *binds << escapeLike(trimmed) + QLatin1Char('%');
    return QStringLiteral("tr.name %1 ? ESCAPE '\\'").arg(m_session.db->dialect().likeOperator());
}

Result<Page<TrashItem>> TrashListing::list(const QString &text, const PageRequest &page) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    PageQuery pq;
    pq.what = tr("Cannot read the trash");
    pq.columns = QStringLiteral("tr.kind, tr.id, tr.name, tr.detail, tr.deleted_at, tr.who");
    pq.columnCount = 6;
    pq.from = QLatin1String(kUnion);
    pq.where = where(text, &pq.binds);
    pq.key.columns = QStringList{QStringLiteral("tr.deleted_at"), QStringLiteral("tr.kind"),
                                 QStringLiteral("tr.id")};
    pq.key.descending = true;
    return fetchPage<TrashItem>(*conn, pq, page, [](const QSqlQuery &q) {
        TrashItem item;
        item.kind = q.value(0).toString();
        item.id = q.value(1).toLongLong();
        item.name = q.value(2).toString();
        item.detail = q.value(3).toString();
        item.deletedAt = toDateTime(q.value(4));
        item.deletedBy = q.value(5).toString();
        return item;
    });
}

Result<qint64> TrashListing::count(const QString &text) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    QVariantList binds;
    const QString condition = where(text, &binds);
    return countRows(*conn, tr("Cannot count what is in the trash"), QLatin1String(kUnion),
                     condition, binds);
}

} // namespace kontor
