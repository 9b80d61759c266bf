#include "timeline/timeline_repository.h"

#include "repo/audit.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::TimelineRepository", text);
}

// Every branch selects the same columns: kind, id, happened_at, title, detail, who, extra,
// prio. `extra` is the audit changes JSON, the task's done flag as text or a move's new
// stage. `prio` orders entries of the same second: what the user did (a call) before the
// bookkeeping it caused (a change).
const char *const kContactUnion =
    "(SELECT a.kind AS kind, a.id AS id, a.occurred_at AS happened_at, a.subject AS title,"
    "  a.body AS detail, u.display_name AS who, CAST(NULL AS TEXT) AS extra, 3 AS prio"
    "  FROM activities a LEFT JOIN users u ON u.id = a.user_id"
    "  WHERE a.deleted_at IS NULL AND a.contact_id = ?"
    " UNION ALL"
    " SELECT 'deal', d.id, d.created_at, d.title, s.name, u.display_name, CAST(NULL AS TEXT), 2"
    "  FROM deals d JOIN stages s ON s.id = d.stage_id LEFT JOIN users u ON u.id = d.owner_id"
    "  WHERE d.deleted_at IS NULL AND d.contact_id = ?"
    " UNION ALL"
    " SELECT 'stage', h.id, h.changed_at, d.title, fs.name, u.display_name, ts.name, 2"
    "  FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id"
    "  JOIN stages fs ON fs.id = h.from_stage_id JOIN stages ts ON ts.id = h.to_stage_id"
    "  LEFT JOIN users u ON u.id = h.changed_by"
    "  WHERE d.deleted_at IS NULL AND d.contact_id = ?"
    " UNION ALL"
    " SELECT 'task', t.id, COALESCE(t.due_at, t.created_at), t.title, t.notes, u.display_name,"
    "  CASE WHEN t.done_at IS NULL THEN '0' ELSE '1' END, 2"
    "  FROM tasks t LEFT JOIN users u ON u.id = t.assignee_id"
    "  WHERE t.deleted_at IS NULL AND t.contact_id = ?"
    " UNION ALL"
    " SELECT 'change', l.id, l.at, l.action, CAST(NULL AS TEXT), u.display_name, l.changes, 1"
    "  FROM audit_log l LEFT JOIN users u ON u.id = l.user_id"
    "  WHERE l.entity = 'contact' AND l.entity_id = ?) tl";

// The company's own rows plus the activities of everyone who works there.
const char *const kCompanyUnion =
    "(SELECT a.kind AS kind, a.id AS id, a.occurred_at AS happened_at, a.subject AS title,"
    "  a.body AS detail, u.display_name AS who, CAST(NULL AS TEXT) AS extra, 3 AS prio"
    "  FROM activities a LEFT JOIN users u ON u.id = a.user_id"
    "  WHERE a.deleted_at IS NULL AND (a.company_id = ? OR a.contact_id IN"
    "   (SELECT c.id FROM contacts c WHERE c.company_id = ? AND c.deleted_at IS NULL))"
    " UNION ALL"
    " SELECT 'deal', d.id, d.created_at, d.title, s.name, u.display_name, CAST(NULL AS TEXT), 2"
    "  FROM deals d JOIN stages s ON s.id = d.stage_id LEFT JOIN users u ON u.id = d.owner_id"
    "  WHERE d.deleted_at IS NULL AND d.company_id = ?"
    " UNION ALL"
    " SELECT 'stage', h.id, h.changed_at, d.title, fs.name, u.display_name, ts.name, 2"
    "  FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id"
    "  JOIN stages fs ON fs.id = h.from_stage_id JOIN stages ts ON ts.id = h.to_stage_id"
    "  LEFT JOIN users u ON u.id = h.changed_by"
    "  WHERE d.deleted_at IS NULL AND d.company_id = ?"
    " UNION ALL"
    " SELECT 'task', t.id, COALESCE(t.due_at, t.created_at), t.title, t.notes, u.display_name,"
    "  CASE WHEN t.done_at IS NULL THEN '0' ELSE '1' END, 2"
    "  FROM tasks t LEFT JOIN users u ON u.id = t.assignee_id"
    "  WHERE t.deleted_at IS NULL AND t.company_id = ?"
    " UNION ALL"
    " SELECT 'change', l.id, l.at, l.action, CAST(NULL AS TEXT), u.display_name, l.changes, 1"
    "  FROM audit_log l LEFT JOIN users u ON u.id = l.user_id"
    "  WHERE l.entity = 'company' AND l.entity_id = ?) tl";

// A deal's own history: activities and tasks about it, its stage moves and its changes.
const char *const kDealUnion =
    "(SELECT a.kind AS kind, a.id AS id, a.occurred_at AS happened_at, a.subject AS title,"
    "  a.body AS detail, u.display_name AS who, CAST(NULL AS TEXT) AS extra, 3 AS prio"
    "  FROM activities a LEFT JOIN users u ON u.id = a.user_id"
    "  WHERE a.deleted_at IS NULL AND a.deal_id = ?"
    " UNION ALL"
    " SELECT 'stage', h.id, h.changed_at, d.title, fs.name, u.display_name, ts.name, 2"
    "  FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id"
    "  JOIN stages fs ON fs.id = h.from_stage_id JOIN stages ts ON ts.id = h.to_stage_id"
    "  LEFT JOIN users u ON u.id = h.changed_by"
    "  WHERE h.deal_id = ?"
    " UNION ALL"
    " SELECT 'task', t.id, COALESCE(t.due_at, t.created_at), t.title, t.notes, u.display_name,"
    "  CASE WHEN t.done_at IS NULL THEN '0' ELSE '1' END, 2"
    "  FROM tasks t LEFT JOIN users u ON u.id = t.assignee_id"
    "  WHERE t.deleted_at IS NULL AND t.deal_id = ?"
    " UNION ALL"
    " SELECT 'change', l.id, l.at, l.action, CAST(NULL AS TEXT), u.display_name, l.changes, 1"
    "  FROM audit_log l LEFT JOIN users u ON u.id = l.user_id"
    "  WHERE l.entity = 'deal' AND l.entity_id = ? AND l.action <> 'move') tl";

TimelineEntry readEntry(const QSqlQuery &q)
{
    TimelineEntry e;
    e.kind = q.value(0).toString();
    e.id = q.value(1).toLongLong();
    e.at = toDateTime(q.value(2));
    e.title = q.value(3).toString();
    e.detail = q.value(4).toString();
    e.userName = q.value(5).toString();
    const QString extra = q.value(6).toString();
    if (e.kind == QLatin1String("change") && !extra.isEmpty())
        e.changes = QJsonDocument::fromJson(extra.toUtf8()).object().toVariantMap();
    else if (e.kind == QLatin1String("task"))
        e.done = extra == QLatin1String("1");
    else if (e.kind == QLatin1String("stage"))
        e.detail = QStringLiteral("%1 → %2").arg(e.detail, extra);
    return e;
}

} // namespace

Result<Page<TimelineEntry>> TimelineRepository::fetch(const QString &from,
                                                      const QVariantList &binds,
                                                      const PageRequest &page) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    PageQuery pq;
    pq.what = tr("Cannot read the history");
    pq.columns = QStringLiteral("tl.kind, tl.id, tl.happened_at, tl.title, tl.detail, tl.who,"
                                " tl.extra");
    pq.columnCount = 7;
    pq.from = from;
    pq.where = QStringLiteral("tl.happened_at IS NOT NULL");
    pq.binds = binds;
    // Newest first; kind and id make the key unique across the merged tables.
    pq.key.columns = QStringList{QStringLiteral("tl.happened_at"), QStringLiteral("tl.prio"),
                                 QStringLiteral("tl.kind"), QStringLiteral("tl.id")};
    pq.key.descending = true;
    auto entries = fetchPage<TimelineEntry>(*conn, pq, page, readEntry);
    if (!entries)
        return entries;
    // A record an import created: its entry names the file (detail), from the import's batch.
    QList<qint64> batches;
    for (const TimelineEntry &e : std::as_const(entries->items)) {
        if (e.kind == QLatin1String("change") && e.title == QLatin1String(audit::kImportedAction))
            batches << e.changes.value(QStringLiteral("batch")).toLongLong();
    }
    if (batches.isEmpty())
        return entries;
    QHash<qint64, QString> files;
    SqlStatement q(*conn, pq.what);
    for (const QString &list : idLists(batches)) {
        if (auto st = q.run(QStringLiteral("SELECT id, source_name FROM import_batches WHERE id IN (%1)").arg(list)); !st)
            return st.error();
        while (q.next())
            files.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    for (TimelineEntry &e : entries.value().items) {
        if (e.kind == QLatin1String("change") && e.title == QLatin1String(audit::kImportedAction))
            e.detail = files.value(e.changes.value(QStringLiteral("batch")).toLongLong());
    }
    return entries;
}

Result<qint64> TimelineRepository::count(const QString &from, const QVariantList &binds) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    return countRows(*conn, tr("Cannot count the history"), from,
                     QStringLiteral("tl.happened_at IS NOT NULL"), binds);
}

Result<Page<TimelineEntry>> TimelineRepository::forContact(qint64 contactId,
                                                           const PageRequest &page) const
{
    return fetch(QLatin1String(kContactUnion), QVariantList(5, contactId), page);
}

Result<Page<TimelineEntry>> TimelineRepository::forCompany(qint64 companyId,
                                                           const PageRequest &page) const
{
    return fetch(QLatin1String(kCompanyUnion), QVariantList(6, companyId), page);
}

Result<qint64> TimelineRepository::countForContact(qint64 contactId) const
{
    return count(QLatin1String(kContactUnion), QVariantList(5, contactId));
}

Result<qint64> TimelineRepository::countForCompany(qint64 companyId) const
{
    return count(QLatin1String(kCompanyUnion), QVariantList(6, companyId));
}

Result<Page<TimelineEntry>> TimelineRepository::forDeal(qint64 dealId, const PageRequest &page) const
{
    return fetch(QLatin1String(kDealUnion), QVariantList(4, dealId), page);
}

Result<qint64> TimelineRepository::countForDeal(qint64 dealId) const
{
    return count(QLatin1String(kDealUnion), QVariantList(4, dealId));
}

} // namespace kontor
