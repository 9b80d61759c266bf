#include "funnel/board_repository.h"

#include "repo/deal_repository.h"
#include "repo/pipeline_repository.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>

#include <cmath>
#include <map>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::BoardRepository", text);
}

// "The later of a and b" without GREATEST / MAX(a, b), which differ between the back ends.
// `a` is never NULL; a NULL `b` loses.
QString later(const QString &a, const QString &b)
{
    return QStringLiteral("CASE WHEN COALESCE(%2, 0) > %1 THEN %2 ELSE %1 END").arg(a, b);
}

// Weighted amounts are summed exactly in percent-cents and rounded once, half up.
qint64 percentToMinor(qint64 percentMinor)
{
    return (percentMinor + 50) / 100;
}

constexpr qint64 kDaySecs = 86400;

} // namespace

QString BoardCard::ownerInitials() const
{
    QString out;
    const QStringList words = ownerName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (out.size() < 2)
            out += w.at(0).toUpper();
    }
    return out;
}

int BoardCard::daysInStage(const QDateTime &now) const
{
    return stageEnteredAt.isValid() ? int(stageEnteredAt.secsTo(now) / kDaySecs) : 0;
}

QString BoardRepository::fromWhere(const BoardFilter &f, const QList<qint64> &onlyStages,
                                   QVariantList *binds) const
{
    QString sql
        = QStringLiteral(" FROM deals d JOIN stages s ON s.id = d.stage_id"
                         " LEFT JOIN companies co ON co.id = d.company_id"
                         " LEFT JOIN contacts c ON c.id = d.contact_id"
                         " LEFT JOIN users u ON u.id = d.owner_id"
                         " WHERE d.pipeline_id = ? AND d.status = 'open' AND d.deleted_at IS NULL"
                         " AND s.deleted_at IS NULL");
    *binds << f.pipelineId;
    if (!onlyStages.isEmpty()) {
        QStringList marks;
        for (qint64 id : onlyStages) {
            marks << QStringLiteral("?");
            *binds << id;
        }
        sql += QStringLiteral(" AND d.stage_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (f.ownerId) {
        sql += QStringLiteral(" AND d.owner_id = ?");
        *binds << f.ownerId;
    }
    if (f.tagId) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM deal_tags dt"
                              " WHERE dt.deal_id = d.id AND dt.tag_id = ?)");
        *binds << f.tagId;
    }
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        const QString like = m_session.db->dialect().likeOperator();
        sql += QStringLiteral(" AND (d.title %1 ? ESCAPE '\\' OR co.name %1 ? ESCAPE '\\'"
                              " OR (c.first_name || ' ' || c.last_name) %1 ? ESCAPE '\\')")
                   .arg(like);
        const QString pattern = QLatin1Char('%') + escapeLike(text) + QLatin1Char('%');
        *binds << pattern << pattern << pattern;
    }
    return sql;
}

Result<Board> BoardRepository::load(const BoardFilter &filter, qint64 now,
                                   const QList<qint64> &onlyStages) const
{
    if (!now)
        now = nowSecs();
    auto pipeline = PipelineRepository(m_session).get(filter.pipelineId);
    if (!pipeline)
        return pipeline.error();
    Board board;
    board.pipelineId = pipeline->id;
    std::map<qint64, int> columnOf;
    for (const Stage &s : std::as_const(pipeline->stages)) {
        if (s.kind != Stage::Kind::Open) {
            board.closingStages << s;
            continue;
        }
        columnOf[s.id] = board.columns.size();
        board.columns.append(BoardColumn {s, 0, {}, {}});
    }

    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    const QString what = tr("Cannot read the board of the pipeline \"%1\"").arg(pipeline->name);

    // Totals per stage and currency, summed by the database.
    QVariantList binds;
    const QString from = fromWhere(filter, onlyStages, &binds);
    SqlStatement totals(*conn, what);
    if (auto st = totals.run(
            QStringLiteral("SELECT d.stage_id, d.currency, COUNT(*), SUM(d.amount_minor),"
                           " CAST(SUM(d.amount_minor * COALESCE(d.probability, s.probability))"
                           " AS BIGINT)%1 GROUP BY d.stage_id, d.currency"
                           " ORDER BY d.stage_id, d.currency")
                .arg(from),
            binds);
        !st)
        return st.error();
    std::map<QString, CurrencyTotal> all;
    while (totals.next()) {
        const auto it = columnOf.find(totals.value(0).toLongLong());
        if (it == columnOf.end())
            continue;
        CurrencyTotal t {totals.value(1).toString(), totals.value(3).toLongLong(),
                         percentToMinor(totals.value(4).toLongLong()), totals.value(2).toInt()};
        BoardColumn &column = board.columns[it->second];
        column.count += t.count;
        column.totals.append(t);
        CurrencyTotal &sum = all[t.currency];
        sum.currency = t.currency;
        sum.count += t.count;
        sum.amountMinor += t.amountMinor;
        sum.weightedMinor += t.weightedMinor;
    }
    totals.finish();
    for (const auto &entry : all)
        board.totals.append(entry.second);

    // The cards. The idle clock restarts with a stage change or any activity on the deal.
    // The open deals, their last activity and next task are computed once each
    // (MATERIALIZED), so no plan re-runs them per card.
    const QString idle
        = later(later(QStringLiteral("d.stage_entered_at"), QStringLiteral("d.last_activity_at")),
                QStringLiteral("act.at"));
    QVariantList filterBinds;
    QString body = fromWhere(filter, onlyStages, &filterBinds);
    // The joins go between FROM's tables and WHERE.
    body.insert(body.indexOf(QStringLiteral(" WHERE ")),
                QStringLiteral(" LEFT JOIN act ON act.deal_id = d.id"
                               " LEFT JOIN nt ON nt.deal_id = d.id"));
    const QString with = QStringLiteral(
        "WITH od AS MATERIALIZED (SELECT id FROM deals WHERE pipeline_id = ?"
        "  AND status = 'open' AND deleted_at IS NULL),"
        " act AS MATERIALIZED (SELECT a.deal_id, MAX(a.occurred_at) AS at FROM activities a"
        "  JOIN od ON od.id = a.deal_id WHERE a.deleted_at IS NULL GROUP BY a.deal_id),"
        " nt AS MATERIALIZED (SELECT deal_id, title, due_at FROM (SELECT t.deal_id, t.title,"
        "  t.due_at, ROW_NUMBER() OVER (PARTITION BY t.deal_id ORDER BY"
        "  CASE WHEN t.due_at IS NULL THEN 1 ELSE 0 END, t.due_at, t.id) AS rn FROM tasks t"
        "  JOIN od ON od.id = t.deal_id WHERE t.done_at IS NULL AND t.deleted_at IS NULL) x"
        "  WHERE rn = 1) ");
    SqlStatement cards(*conn, what);
    const QString sql
        = with
        + QStringLiteral(
              "SELECT d.id, d.title, d.stage_id, co.name,"
              " TRIM(COALESCE(c.first_name, '') || ' ' || COALESCE(c.last_name, '')),"
              " d.amount_minor, d.currency, COALESCE(d.probability, s.probability), d.owner_id,"
              " u.display_name, d.board_position, d.stage_entered_at, %1,"
              " CASE WHEN s.rot_days IS NOT NULL AND %1 < ? - s.rot_days * %2 THEN 1 ELSE 0 END,"
              " nt.title, nt.due_at%3 ORDER BY s.position, d.stage_id, d.board_position, d.id");
    // Placeholders in text order: the open deals' pipeline, the rot check's now, the filter's.
    const QVariantList cardBinds = QVariantList {filter.pipelineId, now} + filterBinds;
    if (auto st = cards.run(sql.arg(idle).arg(kDaySecs).arg(body), cardBinds); !st)
        return st.error();
    while (cards.next()) {
        const auto it = columnOf.find(cards.value(2).toLongLong());
        if (it == columnOf.end())
            continue;
        BoardCard card;
        card.id = cards.value(0).toLongLong();
        card.title = cards.value(1).toString();
        card.stageId = cards.value(2).toLongLong();
        card.companyName = cards.value(3).toString();
        card.contactName = cards.value(4).toString();
        card.amountMinor = cards.value(5).toLongLong();
        card.currency = cards.value(6).toString();
        card.probability = cards.value(7).toInt();
        card.ownerId = cards.value(8).toLongLong();
        card.ownerName = cards.value(9).toString();
        card.boardPosition = cards.value(10).toDouble();
        card.stageEnteredAt = toDateTime(cards.value(11));
        card.idleSince = toDateTime(cards.value(12));
        card.rotting = cards.value(13).toInt() != 0;
        card.nextTaskTitle = cards.value(14).toString();
        card.nextTaskDue = toDateTime(cards.value(15));
        board.columns[it->second].cards.append(card);
    }
    return board;
}

Result<qint64> BoardRepository::nextInColumn(qint64 dealId) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot read the board position of deal %1").arg(dealId));
    auto next = q.scalar(
        QStringLiteral("SELECT COALESCE((SELECT n.id FROM deals d JOIN deals n"
                       " ON n.stage_id = d.stage_id AND n.status = 'open' AND n.deleted_at IS NULL"
                       " AND (n.board_position > d.board_position"
                       "  OR (n.board_position = d.board_position AND n.id > d.id))"
                       " WHERE d.id = ? ORDER BY n.board_position, n.id LIMIT 1), 0)"),
        {dealId});
    if (!next)
        return next.error();
    return next->toLongLong();
}

Status BoardRepository::place(qint64 dealId, qint64 stageId, qint64 beforeDealId,
                              qint64 lostReasonId) const
{
    if (beforeDealId == dealId)
        return {};
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    // The stage change first (a savepoint inside this transaction), with its history row.
    if (auto st = DealRepository(m_session).moveToStage(dealId, stageId, lostReasonId); !st)
        return st;
    const QString what = tr("Cannot reorder the cards of stage %1").arg(stageId);
    SqlStatement q(*conn, what);
    // The column's order without the card being placed.
    if (auto st = q.run(QStringLiteral("SELECT id, board_position FROM deals WHERE stage_id = ?"
                                       " AND id <> ? AND deleted_at IS NULL"
                                       " ORDER BY board_position, id"),
                        {stageId, dealId});
        !st)
        return st;
    QList<qint64> ids;
    QList<double> positions;
    while (q.next()) {
        ids << q.value(0).toLongLong();
        positions << q.value(1).toDouble();
    }
    q.finish();
    int index = beforeDealId ? ids.indexOf(beforeDealId) : -1;
    if (beforeDealId && index < 0) {
        return Error {Error::Kind::NotFound,
                      tr("The card to drop before is not in this stage"),
                      tr("deal %1").arg(beforeDealId),
                      {}};
    }
    if (index < 0)
        index = ids.size();
    const double first = positions.isEmpty() ? 0.0 : positions.first() - 2.0;
    const double prev = index > 0 ? positions.at(index - 1) : first;
    const double next = index < ids.size() ? positions.at(index) : prev + 2.0;
    double position = (prev + next) / 2.0;
    if (!(position > prev && position < next)) {
        // No room left between two neighbours (after many drops at one spot): renumber the
        // column 1..n, leaving a gap for the card.
        SqlStatement renumber(*conn, what);
        for (int i = 0; i < ids.size(); ++i) {
            const double p = i < index ? i + 1 : i + 2;
            const QString update
                = QStringLiteral("UPDATE deals SET board_position = ? WHERE id = ?");
            if (auto st = renumber.run(update, {p, ids.at(i)}); !st)
                return st;
        }
        position = index + 1;
    }
    if (auto st = q.run(QStringLiteral("UPDATE deals SET board_position = ? WHERE id = ?"),
                        {position, dealId});
        !st)
        return st;
    return tx.commit();
}

Result<QList<BoardRepository::Choice>> BoardRepository::choices(const QString &sql,
                                                                const QString &what) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, what);
    if (auto st = q.run(sql); !st)
        return st.error();
    QList<Choice> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

Result<QList<BoardRepository::Choice>> BoardRepository::owners() const
{
    return choices(QStringLiteral("SELECT id, display_name FROM users WHERE active = 1"
                                  " ORDER BY display_name, id"),
                   tr("Cannot read the list of users"));
}

Result<QList<BoardRepository::Choice>> BoardRepository::tags() const
{
    return choices(QStringLiteral("SELECT t.id, t.name FROM tags t WHERE EXISTS"
                                  " (SELECT 1 FROM deal_tags dt WHERE dt.tag_id = t.id)"
                                  " ORDER BY t.name, t.id"),
                   tr("Cannot read the list of tags"));
}

} // namespace kontor
