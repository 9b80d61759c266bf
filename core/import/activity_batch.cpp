#include "import/activity_batch.h"

#include "import/batch_writing.h"

#include "repo/audit.h"
#include "storage/bulk_load.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace kontor::importing::detail {

namespace {
constexpr size_t kBatchRows = 1000;
} // namespace

ActivityBatch::ActivityBatch(const WriterContext &ctx)
    : m_ctx(ctx)
{
}

ActivityBatch::~ActivityBatch() = default;

QString ActivityBatch::identity(const Activity &a)
{
    // What the writer's duplicate check compares (import_activities.cpp, exists()).
    return QStringLiteral("%1\x1f%2\x1f%3\x1f%4\x1f%5")
        .arg(a.contactId)
        .arg(a.kind)
        .arg(a.occurredAt.toSecsSinceEpoch())
        .arg(a.subject.trimmed(), a.body.trimmed());
}

bool ActivityBatch::holds(const Activity &activity) const
{
    return !m_identities.isEmpty() && m_identities.contains(identity(activity));
}

std::optional<QVariant> ActivityBatch::lastContacted(qint64 contactId) const
{
    const auto it = m_contactLast.constFind(contactId);
    return it == m_contactLast.constEnd() ? std::nullopt : std::optional<QVariant>(*it);
}

std::optional<QVariant> ActivityBatch::lastActivity(qint64 dealId) const
{
    const auto it = m_dealLast.constFind(dealId);
    return it == m_dealLast.constEnd() ? std::nullopt : std::optional<QVariant>(*it);
}

void ActivityBatch::add(qint64 row, const Activity &activity, const QJsonObject &before)
{
    // As log() moves them: only forward.
    const qint64 when = activity.occurredAt.toSecsSinceEpoch();
    const auto forward = [when](QHash<qint64, qint64> *last, QSet<qint64> *moved, qint64 id, const QJsonValue &was) {
        const bool later = was.isNull() || was.isUndefined() || qint64(was.toDouble()) < when;
        last->insert(id, later ? when : qint64(was.toDouble()));
        if (later)
            moved->insert(id);
    };
    if (activity.contactId)
        forward(&m_contactLast, &m_contactMoved, activity.contactId, before.value(QStringLiteral("last_contacted_at")));
    if (activity.dealId)
        forward(&m_dealLast, &m_dealMoved, activity.dealId, before.value(QStringLiteral("last_activity_at")));
    m_identities.insert(identity(activity));
    m_queue.push_back(Queued {row, activity, before});
}

bool ActivityBatch::full() const
{
    return m_queue.size() >= kBatchRows;
}

Status ActivityBatch::flush()
{
    if (m_queue.empty())
        return {};
    prepareInserters();
    const Status st = writeInSavepoint(
        m_ctx, [this] { return writeQueued(); },
        [this] {
            discardAll({m_activityRows.get(), m_auditRows.get(), m_itemRows.get(),
                        m_contactTimes.get(), m_dealTimes.get()});
        },
        [this] { return writeOneByOne(); });
    m_queue.clear();
    m_identities.clear();
    m_contactLast.clear();
    m_dealLast.clear();
    m_contactMoved.clear();
    m_dealMoved.clear();
    return st;
}

void ActivityBatch::prepareInserters()
{
    if (m_activityRows)
        return;
    const QSqlDatabase &conn = m_ctx.conn;
    const Dialect &dialect = m_ctx.session.db->dialect();
    const int rows = int(kBatchRows);
    m_activityRows = std::make_unique<BatchInserter>(conn, dialect, QStringLiteral("activities"),
                                                     ActivityRepository::insertColumns(), true, rows);
    m_activityRows->setFlushHandler([this](const std::vector<qint64> &batch) -> Status {
        m_ids.insert(m_ids.end(), batch.begin(), batch.end());
        return {};
    });
    m_auditRows = auditRows(m_ctx, rows);
    m_itemRows = batchItemRows(m_ctx, true, rows);
    m_contactTimes = std::make_unique<BatchInserter>(
        conn, dialect, QStringLiteral("contacts"),
        QStringList {QStringLiteral("id"), QStringLiteral("last_contacted_at")}, false, rows);
    m_contactTimes->updateByKey();
    m_dealTimes = std::make_unique<BatchInserter>(
        conn, dialect, QStringLiteral("deals"), QStringList {QStringLiteral("id"), QStringLiteral("last_activity_at")},
        false, rows);
    m_dealTimes->updateByKey();
}

Status ActivityBatch::writeQueued()
{
    m_ids.clear();
    for (const Queued &q : m_queue) {
        for (const QVariant &v : ActivityRepository::insertValues(q.activity))
            *m_activityRows << v;
        if (auto st = m_activityRows->endRow(); !st)
            return st;
    }
    if (auto st = m_activityRows->finish(); !st)
        return st;
    if (m_ids.size() != m_queue.size()) {
        return Error {Error::Kind::Storage, QCoreApplication::translate("kontor::importing", "Cannot save the activities"),
                      QStringLiteral("activities"), QStringLiteral("ids missing")};
    }
    const QString activity = QStringLiteral("activity");
    const QVariant user = nullIfZero(m_ctx.session.userId);
    for (size_t i = 0; i < m_queue.size(); ++i) {
        const Queued &q = m_queue[i];
        // As log() records it
        *m_auditRows << user << activity << m_ids[i] << QStringLiteral("create")
                     << audit::changesText(audit::diff({}, ActivityRepository::auditFields(q.activity)));
        if (auto st = m_auditRows->endRow(); !st)
            return st;
        // As recordItem() stores it
        *m_itemRows << m_ctx.batchId << activity << m_ids[i] << QStringLiteral("created")
                    << QString::fromUtf8(QJsonDocument(q.before).toJson(QJsonDocument::Compact)) << q.row;
        if (auto st = m_itemRows->endRow(); !st)
            return st;
    }
    for (qint64 id : std::as_const(m_contactMoved)) {
        *m_contactTimes << id << m_contactLast.value(id);
        if (auto st = m_contactTimes->endRow(); !st)
            return st;
    }
    for (qint64 id : std::as_const(m_dealMoved)) {
        *m_dealTimes << id << m_dealLast.value(id);
        if (auto st = m_dealTimes->endRow(); !st)
            return st;
    }
    return finishAll(
        {m_auditRows.get(), m_itemRows.get(), m_contactTimes.get(), m_dealTimes.get()});
}

Status ActivityBatch::writeOneByOne()
{
    // Slow, and only after the database refused a batch of validated rows: finds the row.
    ActivityRepository repo(m_ctx.session);
    for (const Queued &q : m_queue) {
        auto id = repo.log(q.activity);
        Status st = id ? recordItem(m_ctx, QStringLiteral("activity"), *id, QStringLiteral("created"), q.before, q.row)
                       : Status(id.error());
        if (!st)
            return atRow(st.error(), q.row);
    }
    return {};
}

} // namespace kontor::importing::detail
