#include "repo/deal_repository.h"
#include "repo/deal_context.h"

#include "repo/audit.h"
#include "repo/pipeline_repository.h"
#include "repo/trash.h"
#include "reports/stage_stays.h"
#include "storage/fold_keys.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::DealRepository", text);
}

const char *const kColumns =
    "d.id, d.title, d.pipeline_id, d.stage_id, s.name, d.status, d.amount_minor, d.currency, d.probability,"
    " d.expected_close, d.contact_id, TRIM(COALESCE(c.first_name, '') || ' ' || COALESCE(c.last_name, '')),"
    " d.company_id, co.name, d.owner_id, u.display_name, d.source, d.lost_reason_id, d.lost_note, d.notes,"
    " d.board_position, d.stage_entered_at, d.closed_at, d.created_at, d.updated_at, d.deleted_at";

const char *const kJoins =
    "deals d JOIN stages s ON s.id = d.stage_id"
    " LEFT JOIN contacts c ON c.id = d.contact_id"
    " LEFT JOIN companies co ON co.id = d.company_id"
    " LEFT JOIN users u ON u.id = d.owner_id";

Deal readDeal(const QSqlQuery &q)
{
    Deal d;
    d.id = q.value(0).toLongLong();
    d.title = q.value(1).toString();
    d.pipelineId = q.value(2).toLongLong();
    d.stageId = q.value(3).toLongLong();
    d.stageName = q.value(4).toString();
    d.status = q.value(5).toString();
    d.amountMinor = q.value(6).toLongLong();
    d.currency = q.value(7).toString();
    d.probability = q.value(8).isNull() ? -1 : q.value(8).toInt();
    d.expectedClose = toDate(q.value(9));
    d.contactId = q.value(10).toLongLong();
    d.contactName = q.value(11).toString();
    d.companyId = q.value(12).toLongLong();
    d.companyName = q.value(13).toString();
    d.ownerId = q.value(14).toLongLong();
    d.ownerName = q.value(15).toString();
    d.source = q.value(16).toString();
    d.lostReasonId = q.value(17).toLongLong();
    d.lostNote = q.value(18).toString();
    d.notes = q.value(19).toString();
    d.boardPosition = q.value(20).toDouble();
    d.stageEnteredAt = toDateTime(q.value(21));
    d.closedAt = toDateTime(q.value(22));
    d.createdAt = toDateTime(q.value(23));
    d.updatedAt = toDateTime(q.value(24));
    d.deletedAt = toDateTime(q.value(25));
    return d;
}

QVariant probabilityValue(int p)
{
    return p < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(p);
}

} // namespace

QString dealContext(qint64 id)
{
    return id ? tr("deal %1").arg(id) : tr("new deal");
}

Status DealRepository::validate(const Deal &d)
{
    const QString context = dealContext(d.id);
    if (d.title.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, tr("A deal needs a title"), context, {}};
    static const QRegularExpression currencyRe(QStringLiteral("^[A-Z]{3}$"));
    if (!currencyRe.match(d.currency).hasMatch())
        return Error{Error::Kind::Invalid, tr("\"%1\" is not a currency code such as EUR or USD").arg(d.currency), context, {}};
    if (d.amountMinor < 0)
        return Error{Error::Kind::Invalid, tr("A deal amount cannot be negative"), context, {}};
    if (d.probability > 100)
        return Error{Error::Kind::Invalid, tr("The win probability must be between 0 and 100 %"), context, {}};
    return {};
}

QStringList DealRepository::insertColumns()
{
    return {QStringLiteral("title"), QStringLiteral("pipeline_id"), QStringLiteral("stage_id"),
            QStringLiteral("status"), QStringLiteral("amount_minor"), QStringLiteral("currency"),
            QStringLiteral("probability"), QStringLiteral("expected_close"), QStringLiteral("contact_id"),
            QStringLiteral("company_id"), QStringLiteral("owner_id"), QStringLiteral("source"),
            QStringLiteral("lost_reason_id"), QStringLiteral("lost_note"), QStringLiteral("notes"),
            QStringLiteral("board_position"), QStringLiteral("stage_entered_at"), QStringLiteral("closed_at"),
            QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("title_fold")};
}

QVariantList DealRepository::insertValues(const Deal &input, double boardPosition, qint64 createdAt) const
{
    Deal d = input;
    if (!d.ownerId)
        d.ownerId = m_session.userId;
    // A deal created straight into a lost stage (an import of old deals) keeps its reason.
    return {d.title.trimmed(), d.pipelineId, d.stageId, d.status, d.amountMinor, d.currency,
            probabilityValue(d.probability), fromDate(d.expectedClose), nullIfZero(d.contactId),
            nullIfZero(d.companyId), nullIfZero(d.ownerId), nullIfEmpty(d.source),
            d.status == QLatin1String("lost") ? nullIfZero(d.lostReasonId) : QVariant(QMetaType::fromType<qint64>()),
            nullIfEmpty(d.lostNote), nullIfEmpty(d.notes), boardPosition,
            createdAt, d.status == QLatin1String("open") ? QVariant(QMetaType::fromType<qint64>()) : QVariant(createdAt),
            createdAt, createdAt, foldKey(d.title)}; // see fold_keys.h
}

QStringList DealRepository::updateColumns()
{
    return {QStringLiteral("title"), QStringLiteral("amount_minor"), QStringLiteral("currency"),
            QStringLiteral("probability"), QStringLiteral("expected_close"), QStringLiteral("contact_id"),
            QStringLiteral("company_id"), QStringLiteral("owner_id"), QStringLiteral("source"),
            QStringLiteral("lost_note"), QStringLiteral("notes"), QStringLiteral("title_fold")};
}

QVariantList DealRepository::updateValues(const Deal &d)
{
    return {d.title.trimmed(), d.amountMinor, d.currency, probabilityValue(d.probability), fromDate(d.expectedClose),
            nullIfZero(d.contactId), nullIfZero(d.companyId), nullIfZero(d.ownerId), nullIfEmpty(d.source),
            nullIfEmpty(d.lostNote), nullIfEmpty(d.notes), foldKey(d.title)}; // see fold_keys.h
}

Result<double> DealRepository::nextBoardPosition(const QSqlDatabase &conn, qint64 stageId)
{
    SqlStatement q(conn, tr("Cannot save the new deal"));
    auto position = q.scalar(QStringLiteral("SELECT COALESCE(MAX(board_position), 0) + 1 FROM deals WHERE stage_id = ?"),
                             {stageId});
    return position ? Result<double>(position->toDouble()) : Result<double>(position.error());
}

Result<qint64> DealRepository::create(const Deal &input, std::optional<audit::ImportOrigin> origin) const
{
    if (auto st = validate(input); !st)
        return st.error();
    auto stage = PipelineRepository(m_session).stage(input.stageId);
    if (!stage)
        return stage.error();
    Deal d = input;
    d.pipelineId = stage->pipelineId;
    d.status = Stage::kindName(stage->kind);
    if (!d.ownerId)
        d.ownerId = m_session.userId;

    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    const qint64 createdAt = d.createdAt.isValid() ? d.createdAt.toSecsSinceEpoch() : nowSecs();
    auto position = nextBoardPosition(*conn, d.stageId);
    if (!position)
        return position.error();
    SqlStatement q(*conn, tr("Cannot save the new deal"));
    const QStringList columns = insertColumns();
    auto id = q.scalar(QStringLiteral("INSERT INTO deals (%1) VALUES (%2) RETURNING id")
                           .arg(columns.join(QStringLiteral(", ")),
                                QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
                       insertValues(d, *position, createdAt));
    if (!id)
        return id.error();
    const qint64 dealId = id->toLongLong();
    if (auto st = q.run(QStringLiteral("INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, changed_by,"
                                       " changed_at) VALUES (?, NULL, ?, ?, ?)"),
                        {dealId, d.stageId, nullIfZero(m_session.userId), createdAt});
        !st)
        return st.error();
    if (auto st = reports::refreshStageStays(*conn, dealId); !st)
        return st.error();
    if (auto st = audit::recordCreated(*conn, m_session.userId, QStringLiteral("deal"), dealId, d.fields(), origin);
        !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return dealId;
}

Result<Deal> DealRepository::get(qint64 id, bool includeTrashed) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot read %1").arg(dealContext(id)));
    if (auto st = q.run(QStringLiteral("SELECT %1 FROM %2 WHERE d.id = ?").arg(QLatin1String(kColumns), QLatin1String(kJoins)), {id}); !st)
        return st.error();
    if (!q.next())
        return Error{Error::Kind::NotFound, tr("This deal does not exist"), dealContext(id), {}};
    Deal d = readDeal(q.query());
    if (d.deletedAt.isValid() && !includeTrashed)
        return Error{Error::Kind::NotFound, tr("This deal is in the trash"), dealContext(id), {}};
    return d;
}

Result<QHash<qint64, Deal>> DealRepository::getMany(const QList<qint64> &ids) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    QHash<qint64, Deal> deals;
    for (const QString &list : idLists(ids)) { // numbers formatted here
        SqlStatement q(*conn, tr("Cannot read the deals"));
        if (auto st
            = q.run(QStringLiteral("SELECT %1 FROM %2 WHERE d.id IN (%3) AND d.deleted_at IS NULL")
                        .arg(QLatin1String(kColumns), QLatin1String(kJoins), list));
            !st)
            return st.error();
        while (q.next()) {
            Deal d = readDeal(q.query());
            deals.insert(d.id, d);
        }
    }
    return deals;
}

Status DealRepository::update(const Deal &d) const
{
    if (auto st = validate(d); !st)
        return st;
    auto before = get(d.id);
    if (!before)
        return before.error();
    Deal after = d;
    after.pipelineId = before->pipelineId; // the stage moves only through moveToStage()
    after.stageId = before->stageId;
    after.status = before->status;
    after.lostReasonId = before->lostReasonId;

    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement q(*conn, tr("Cannot save %1").arg(dealContext(d.id)));
    // A deal with line items has their total as its amount; only the items change it.
    auto items = q.scalar(QStringLiteral("SELECT COUNT(*) FROM deal_items WHERE deal_id = ?"), {d.id});
    if (!items)
        return items.error();
    q.finish();
    if (items->toLongLong() > 0) {
        if (after.currency != before->currency) {
            return Error{Error::Kind::Invalid,
                         tr("The currency of a deal with products cannot change; remove the products first"),
                         dealContext(d.id), {}};
        }
        after.amountMinor = before->amountMinor;
    }
    if (auto st = q.run(QStringLiteral("UPDATE deals SET %1 = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL")
                            .arg(updateColumns().join(QStringLiteral(" = ?, "))),
                        updateValues(after) + QVariantList {nowSecs(), d.id});
        !st)
        return st;
    if (before->title != after.title.trimmed()) {
        // "Rahmenvertrag" -> "RAHMENVERTRAG": the trigger cleared the key it thought stale
        // (see fold_keys.h).
        if (auto st = keepKeyAfterRename(*conn, QStringLiteral("deals"), QStringLiteral("title_fold"), d.id,
                                         foldKey(after.title));
            !st)
            return st;
    }
    const QVariantMap changes = audit::diff(before->fields(), after.fields());
    if (!changes.isEmpty()) {
        if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("deal"), d.id, QStringLiteral("update"), changes); !st)
            return st;
    }
    return tx.commit();
}

Status DealRepository::moveToStage(qint64 dealId, qint64 stageId, qint64 lostReasonId) const
{
    auto deal = get(dealId);
    if (!deal)
        return deal.error();
    auto stage = PipelineRepository(m_session).stage(stageId);
    if (!stage)
        return stage.error();
    if (stage->pipelineId != deal->pipelineId) {
        return Error{Error::Kind::Invalid, tr("The stage belongs to another pipeline"), dealContext(dealId),
                     tr("stage %1").arg(stageId)};
    }
    if (deal->stageId == stageId)
        return {};
    if (stage->kind == Stage::Kind::Lost && !lostReasonId) {
        return Error{Error::Kind::Invalid, tr("Say why the deal was lost: pick a lost reason"),
                     dealContext(dealId), {}};
    }
    const QString status = Stage::kindName(stage->kind);
    const qint64 now = nowSecs();

    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement q(*conn, tr("Cannot move %1 to the stage \"%2\"").arg(dealContext(dealId), stage->name));
    const bool closing = stage->kind != Stage::Kind::Open;
    if (auto st = q.run(QStringLiteral("UPDATE deals SET stage_id = ?, status = ?, stage_entered_at = ?, closed_at = ?,"
                                       " lost_reason_id = ?, updated_at = ?,"
                                       " board_position = (SELECT COALESCE(MAX(board_position), 0) + 1 FROM deals"
                                       "  WHERE stage_id = ?)"
                                       " WHERE id = ? AND deleted_at IS NULL"),
                        {stageId, status, now, closing ? QVariant(now) : QVariant(QMetaType::fromType<qint64>()),
                         stage->kind == Stage::Kind::Lost ? nullIfZero(lostReasonId) : QVariant(QMetaType::fromType<qint64>()),
                         now, stageId, dealId});
        !st)
        return st;
    if (auto st = q.run(QStringLiteral("INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, changed_by,"
                                       " changed_at) VALUES (?, ?, ?, ?, ?)"),
                        {dealId, deal->stageId, stageId, nullIfZero(m_session.userId), now});
        !st)
        return st;
    if (auto st = reports::refreshStageStays(*conn, dealId); !st)
        return st;
    if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("deal"), dealId, QStringLiteral("move"),
                                {{QStringLiteral("stage_id"), QVariantList{deal->stageId, stageId}},
                                 {QStringLiteral("status"), QVariantList{deal->status, status}}});
        !st)
        return st;
    return tx.commit();
}

Status DealRepository::closeAs(qint64 dealId, int kind, qint64 lostReasonId) const
{
    auto deal = get(dealId);
    if (!deal)
        return deal.error();
    auto pipeline = PipelineRepository(m_session).get(deal->pipelineId);
    if (!pipeline)
        return pipeline.error();
    for (const Stage &s : std::as_const(pipeline->stages)) {
        if (int(s.kind) == kind)
            return moveToStage(dealId, s.id, lostReasonId);
    }
    return Error{Error::Kind::Invalid,
                 kind == int(Stage::Kind::Won) ? tr("The pipeline \"%1\" has no won stage").arg(pipeline->name)
                                               : tr("The pipeline \"%1\" has no lost stage").arg(pipeline->name),
                 dealContext(dealId), {}};
}

Status DealRepository::markWon(qint64 dealId) const
{
    return closeAs(dealId, int(Stage::Kind::Won), 0);
}

Status DealRepository::markLost(qint64 dealId, qint64 lostReasonId, const QString &note) const
{
    if (!lostReasonId) {
        return Error{Error::Kind::Invalid, tr("Say why the deal was lost: pick a lost reason"),
                     dealContext(dealId), {}};
    }
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    if (auto st = closeAs(dealId, int(Stage::Kind::Lost), lostReasonId); !st)
        return st;
    if (!note.trimmed().isEmpty()) {
        SqlStatement q(*conn, tr("Cannot save the lost note of %1").arg(dealContext(dealId)));
        if (auto st = q.run(QStringLiteral("UPDATE deals SET lost_note = ? WHERE id = ?"),
                            {note.trimmed(), dealId});
            !st)
            return st;
    }
    return tx.commit();
}

Status DealRepository::moveToTrash(qint64 id) const
{
    return setTrashed(m_session, {QStringLiteral("deals"), QStringLiteral("deal"), dealContext(id)}, id, true);
}

Status DealRepository::restore(qint64 id) const
{
    return setTrashed(m_session, {QStringLiteral("deals"), QStringLiteral("deal"), dealContext(id)}, id, false);
}

QString DealRepository::whereClause(const DealQuery &query, QVariantList *binds) const
{
    QStringList where;
    where << (query.trashed ? QStringLiteral("d.deleted_at IS NOT NULL") : QStringLiteral("d.deleted_at IS NULL"));
    if (query.pipelineId) {
        where << QStringLiteral("d.pipeline_id = ?");
        *binds << query.pipelineId;
    }
    if (query.stageId) {
        where << QStringLiteral("d.stage_id = ?");
        *binds << query.stageId;
    }
    if (query.ownerId) {
        where << QStringLiteral("d.owner_id = ?");
        *binds << query.ownerId;
    }
    if (!query.ownerLogin.isEmpty()) {
        where << QStringLiteral("d.owner_id = (SELECT id FROM users WHERE login = ?)");
        *binds << query.ownerLogin;
    }
    if (!query.status.isEmpty()) {
        where << QStringLiteral("d.status = ?");
        *binds << query.status;
    }
    if (query.withoutNextStep) {
        // The same rule as the board's flag and TaskRepository::dealsWithoutNextStep().
        where << QStringLiteral("d.status = 'open' AND NOT EXISTS (SELECT 1 FROM tasks t"
                                " WHERE t.deal_id = d.id AND t.done_at IS NULL AND t.deleted_at IS NULL)");
    }
    if (query.tagId) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM deal_tags dt WHERE dt.deal_id = d.id AND dt.tag_id = ?)");
        *binds << query.tagId;
    }
    const QString like = m_session.db->dialect().likeOperator();
    if (!query.anywhere.trimmed().isEmpty()) {
        // The same match as the board's filter, so the list and the board agree.
        where << QStringLiteral("(d.title %1 ? ESCAPE '\\' OR d.company_id IN (SELECT co2.id FROM companies co2"
                                " WHERE co2.name %1 ? ESCAPE '\\') OR d.contact_id IN (SELECT c2.id FROM contacts c2"
                                " WHERE (c2.first_name || ' ' || c2.last_name) %1 ? ESCAPE '\\'))")
                     .arg(like);
        const QString pattern = QLatin1Char('%') + escapeLike(query.anywhere.trimmed()) + QLatin1Char('%');
        *binds << pattern << pattern << pattern;
    } else if (!query.text.trimmed().isEmpty()) {
        where << QStringLiteral("d.title %1 ? ESCAPE '\\'").arg(like);
        *binds << escapeLike(query.text.trimmed()) + QLatin1Char('%');
    }
    return where.join(QStringLiteral(" AND "));
}

Result<Page<Deal>> DealRepository::list(const DealQuery &query, const PageRequest &page) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    PageQuery pq;
    pq.what = tr("Cannot read the deal list");
    pq.columns = QLatin1String(kColumns);
    pq.columnCount = 26;
    pq.from = QLatin1String(kJoins);
    pq.where = whereClause(query, &pq.binds);
    pq.key.descending = query.descending;
    switch (query.sort) {
    case DealQuery::Sort::Created: pq.key.columns = QStringList{QStringLiteral("d.created_at"), QStringLiteral("d.id")}; break;
    case DealQuery::Sort::Title: pq.key.columns = QStringList{QStringLiteral("d.title"), QStringLiteral("d.id")}; break;
    case DealQuery::Sort::Amount: pq.key.columns = QStringList{QStringLiteral("d.amount_minor"), QStringLiteral("d.id")}; break;
    case DealQuery::Sort::Board: pq.key.columns = QStringList{QStringLiteral("d.board_position"), QStringLiteral("d.id")}; break;
    // Nullable columns sort through COALESCE: the keyset seek compares row values, and a
    // NULL would compare as unknown and end the list early.
    case DealQuery::Sort::Company:
        pq.key.columns = QStringList{QStringLiteral("COALESCE(co.name, '')"), QStringLiteral("d.id")};
        break;
    case DealQuery::Sort::Contact:
        pq.key.columns = QStringList{QStringLiteral("COALESCE(c.last_name, '')"), QStringLiteral("COALESCE(c.first_name, '')"),
                                     QStringLiteral("d.id")};
        break;
    case DealQuery::Sort::Stage:
        pq.key.columns = QStringList{QStringLiteral("s.position"), QStringLiteral("d.id")};
        break;
    case DealQuery::Sort::ExpectedClose:
        // ISO text on SQLite, DATE on PostgreSQL: both order as dates; no date sorts last.
        pq.key.columns = QStringList{QStringLiteral("CASE WHEN d.expected_close IS NULL THEN 1 ELSE 0 END"),
                                     QStringLiteral("COALESCE(d.expected_close, CAST('9999-12-31' AS DATE))"), QStringLiteral("d.id")};
        break;
    case DealQuery::Sort::Owner:
        pq.key.columns = QStringList{QStringLiteral("COALESCE(u.display_name, '')"), QStringLiteral("d.id")};
        break;
    }
    if (query.custom.isEmpty())
        return fetchPage<Deal>(*conn, pq, page, readDeal);
    if (auto st = applyCustomColumns(m_session, QStringLiteral("deal"), QStringLiteral("d.id"),
                                     query.custom, query.descending, &pq);
        !st)
        return st.error();
    const CustomColumns custom = query.custom;
    return fetchPage<Deal>(*conn, pq, page, [custom](const QSqlQuery &q) {
        Deal d = readDeal(q);
        d.customColumns = readCustomColumns(q, 26, custom);
        return d;
    });
}

Result<qint64> DealRepository::count(const DealQuery &query) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    QVariantList binds;
    const QString where = whereClause(query, &binds);
    return countRows(*conn, tr("Cannot count deals"), QStringLiteral("deals d"), where, binds);
}

Result<QList<CurrencyTotal>> DealRepository::totals(const DealQuery &query) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    QVariantList binds;
    const QString where = whereClause(query, &binds);
    SqlStatement q(*conn, tr("Cannot sum the deals"));
    // Weighted sums stay in percent-cents until the end, then round once, half up.
    if (auto st = q.run(QStringLiteral("SELECT d.currency, COUNT(*), SUM(d.amount_minor),"
                                       " CAST(SUM(d.amount_minor * COALESCE(d.probability, s.probability)) AS BIGINT)"
                                       " FROM deals d JOIN stages s ON s.id = d.stage_id WHERE %1"
                                       " GROUP BY d.currency ORDER BY d.currency")
                            .arg(where),
                        binds);
        !st)
        return st.error();
    QList<CurrencyTotal> out;
    while (q.next()) {
        out.append(CurrencyTotal{q.value(0).toString(), q.value(2).toLongLong(),
                                 (q.value(3).toLongLong() + 50) / 100, q.value(1).toInt()});
    }
    return out;
}

} // namespace kontor
