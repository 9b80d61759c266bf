#include "reports/sales_plans.h"

#include "repo/audit.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::SalesPlanRepository", text);
}

QVariantMap fieldsOf(const SalesPlan &p)
{
    return {{QStringLiteral("user_id"), p.userId},
            {QStringLiteral("period_start"), p.periodStart.toString(Qt::ISODate)},
            {QStringLiteral("period_end"), p.periodEnd.toString(Qt::ISODate)},
            {QStringLiteral("amount_minor"), p.amountMinor},
            {QStringLiteral("currency"), p.currency}};
}

} // namespace

Status SalesPlanRepository::validate(const SalesPlan &plan)
{
    const QString context = plan.id ? tr("sales plan %1").arg(plan.id) : tr("new sales plan");
    if (plan.userId <= 0)
        return Error{Error::Kind::Invalid, tr("Choose the manager the plan is for."), context, {}};
    if (!plan.periodStart.isValid() || !plan.periodEnd.isValid())
        return Error{Error::Kind::Invalid, tr("A plan needs the first and last day of its period."),
                     context, {}};
    if (plan.periodEnd < plan.periodStart)
        return Error{Error::Kind::Invalid, tr("The plan's period ends before it starts."), context,
                     QStringLiteral("%1 – %2").arg(plan.periodStart.toString(Qt::ISODate),
                                                   plan.periodEnd.toString(Qt::ISODate))};
    if (plan.amountMinor < 0)
        return Error{Error::Kind::Invalid, tr("A plan's amount cannot be negative."), context, {}};
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    if (!code.match(plan.currency).hasMatch())
        return Error{Error::Kind::Invalid,
                     tr("The currency must be a three-letter code such as EUR."), context,
                     plan.currency};
    return {};
}

Result<QList<SalesPlan>> SalesPlanRepository::spreadOverMonths(const SalesPlan &plan)
{
    if (auto st = validate(plan); !st)
        return st.error();
    const QString period = QStringLiteral("%1 – %2").arg(plan.periodStart.toString(Qt::ISODate),
                                                        plan.periodEnd.toString(Qt::ISODate));
    if (plan.periodStart.day() != 1)
        return Error{Error::Kind::Invalid,
                     tr("To spread a plan over months its period must start on the 1st of a month."),
                     period, {}};
    if (plan.periodEnd.addDays(1).day() != 1)
        return Error{Error::Kind::Invalid,
                     tr("To spread a plan over months its period must end on the last day of a month."),
                     period, {}};
    const int months = (plan.periodEnd.year() - plan.periodStart.year()) * 12
        + plan.periodEnd.month() - plan.periodStart.month() + 1;
    const qint64 each = plan.amountMinor / months;
    QList<SalesPlan> out;
    for (int i = 0; i < months; ++i) {
        SalesPlan month = plan;
        month.id = 0;
        month.periodStart = plan.periodStart.addMonths(i);
        month.periodEnd = month.periodStart.addMonths(1).addDays(-1);
        month.amountMinor = i + 1 < months ? each : plan.amountMinor - each * (months - 1);
        out << month;
    }
    return out;
}

Result<QList<qint64>> SalesPlanRepository::saveAll(const QList<SalesPlan> &plans) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    // Each save() nests as a savepoint inside this transaction.
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    QList<qint64> ids;
    for (const SalesPlan &p : plans) {
        auto id = save(p);
        if (!id)
            return id.error();
        ids << *id;
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return ids;
}

Result<QList<SalesPlan>> SalesPlanRepository::list(const QDate &from, const QDate &to,
                                                   qint64 userId) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    QString sql = QStringLiteral("SELECT p.id, p.user_id, u.display_name, p.period_start,"
                                 " p.period_end, p.amount_minor, p.currency FROM sales_plans p"
                                 " JOIN users u ON u.id = p.user_id WHERE 1 = 1");
    QVariantList binds;
    if (from.isValid()) {
        sql += QStringLiteral(" AND p.period_end >= ?");
        binds << fromDate(from);
    }
    if (to.isValid()) {
        sql += QStringLiteral(" AND p.period_start <= ?");
        binds << fromDate(to);
    }
    if (userId > 0) {
        sql += QStringLiteral(" AND p.user_id = ?");
        binds << userId;
    }
    sql += QStringLiteral(" ORDER BY p.period_start, u.display_name, p.currency, p.id");
    SqlStatement q(*conn, tr("read sales plans"));
    if (auto st = q.run(sql, binds); !st)
        return st.error();
    QList<SalesPlan> out;
    while (q.next()) {
        SalesPlan p;
        p.id = q.value(0).toLongLong();
        p.userId = q.value(1).toLongLong();
        p.userName = q.value(2).toString();
        p.periodStart = toDate(q.value(3));
        p.periodEnd = toDate(q.value(4));
        p.amountMinor = q.value(5).toLongLong();
        p.currency = q.value(6).toString();
        out << p;
    }
    return out;
}

Result<qint64> SalesPlanRepository::save(const SalesPlan &plan) const
{
    if (auto st = validate(plan); !st)
        return st.error();
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    // The statement outlives the transaction guard: on PostgreSQL a statement freed inside
    // an aborted transaction makes the driver complain.
    SqlStatement q(*conn, plan.id ? tr("save sales plan %1").arg(plan.id) : tr("add a sales plan"));
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    qint64 id = plan.id;
    QVariantMap changes;
    if (id == 0) {
        auto newId = q.scalar(QStringLiteral("INSERT INTO sales_plans (user_id, period_start,"
                                             " period_end, amount_minor, currency)"
                                             " VALUES (?, ?, ?, ?, ?) RETURNING id"),
                              {plan.userId, fromDate(plan.periodStart), fromDate(plan.periodEnd),
                               plan.amountMinor, plan.currency});
        if (!newId)
            return newId.error();
        id = newId->toLongLong();
        q.finish();
        changes = fieldsOf(plan);
    } else {
        auto before = select(id);
        if (!before)
            return before.error();
        if (auto st = q.run(QStringLiteral("UPDATE sales_plans SET user_id = ?, period_start = ?,"
                                           " period_end = ?, amount_minor = ?, currency = ?"
                                           " WHERE id = ?"),
                            {plan.userId, fromDate(plan.periodStart), fromDate(plan.periodEnd),
                             plan.amountMinor, plan.currency, id});
            !st)
            return st.error();
        changes = audit::diff(fieldsOf(*before), fieldsOf(plan));
    }
    if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("sales_plan"), id,
                                plan.id ? QStringLiteral("update") : QStringLiteral("create"),
                                changes);
        !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return id;
}

Result<SalesPlan> SalesPlanRepository::select(qint64 id) const
{
    auto all = list();
    if (!all)
        return all.error();
    for (const SalesPlan &p : std::as_const(*all)) {
        if (p.id == id)
            return p;
    }
    return Error{Error::Kind::NotFound, tr("That sales plan does not exist."),
                 tr("sales plan %1").arg(id), {}};
}

Status SalesPlanRepository::restore(const SalesPlan &plan) const
{
    if (auto st = validate(plan); !st)
        return st;
    if (plan.id <= 0)
        return Error{Error::Kind::Invalid, tr("Only a plan that had an id can be restored."),
                     tr("new sales plan"), {}};
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("restore sales plan %1").arg(plan.id));
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    if (auto st = q.run(QStringLiteral("INSERT INTO sales_plans (id, user_id, period_start, period_end,"
                                       " amount_minor, currency) VALUES (?, ?, ?, ?, ?, ?)"),
                        {plan.id, plan.userId, fromDate(plan.periodStart), fromDate(plan.periodEnd),
                         plan.amountMinor, plan.currency});
        !st)
        return st;
    if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("sales_plan"), plan.id,
                                QStringLiteral("restore"), fieldsOf(plan));
        !st)
        return st;
    return tx.commit();
}

Status SalesPlanRepository::remove(qint64 id) const
{
    auto before = select(id);
    if (!before)
        return before.error();
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("delete sales plan %1").arg(id));
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    if (auto st = q.run(QStringLiteral("DELETE FROM sales_plans WHERE id = ?"), {id}); !st)
        return st;
    if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("sales_plan"), id,
                                QStringLiteral("delete"), fieldsOf(*before));
        !st)
        return st;
    return tx.commit();
}

} // namespace kontor
