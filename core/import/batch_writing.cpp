#include "import/batch_writing.h"

#include "storage/bulk_load.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace kontor::importing::detail {

Status writeInSavepoint(const WriterContext &ctx, const std::function<Status()> &write,
                        const std::function<void()> &discard, const std::function<Status()> &oneByOne)
{
    Status st;
    {
        Transaction tx(ctx.conn, ctx.session.db->dialect()); // a savepoint
        if (!tx.ok())
            return tx.error();
        st = write();
        if (st)
            st = tx.commit();
    } // a failed batch is rolled back here
    if (st)
        return st;
    discard();
    return oneByOne(); // slow, and only after the database refused validated rows
}

Status finishAll(std::initializer_list<BatchInserter *> inserters)
{
    for (BatchInserter *b : inserters) {
        if (!b)
            continue;
        if (auto st = b->finish(); !st)
            return st;
    }
    return {};
}

void discardAll(std::initializer_list<BatchInserter *> inserters)
{
    for (BatchInserter *b : inserters) {
        if (b)
            b->discard();
    }
}

Error atRow(Error error, qint64 row)
{
    error.context = QCoreApplication::translate("kontor::importing", "row %1").arg(row);
    return error;
}

std::unique_ptr<BatchInserter> auditRows(const WriterContext &ctx, int rows)
{
    return std::make_unique<BatchInserter>(
        ctx.conn, ctx.session.db->dialect(), QStringLiteral("audit_log"),
        QStringList {QStringLiteral("user_id"), QStringLiteral("entity"), QStringLiteral("entity_id"),
                     QStringLiteral("action"), QStringLiteral("changes")},
        false, rows);
}

std::unique_ptr<BatchInserter> batchItemRows(const WriterContext &ctx, bool beforeValues, int rows)
{
    QStringList columns {QStringLiteral("batch_id"), QStringLiteral("entity"), QStringLiteral("entity_id"),
                         QStringLiteral("action")};
    if (beforeValues)
        columns << QStringLiteral("before_values");
    columns << QStringLiteral("source_row");
    return std::make_unique<BatchInserter>(ctx.conn, ctx.session.db->dialect(), QStringLiteral("import_batch_items"),
                                           columns, false, rows);
}

std::unique_ptr<BatchInserter> customValueRows(const WriterContext &ctx, int rows)
{
    return std::make_unique<BatchInserter>(
        ctx.conn, ctx.session.db->dialect(), QStringLiteral("custom_values"),
        QStringList {QStringLiteral("field_id"), QStringLiteral("entity_id"), QStringLiteral("value")}, false, rows);
}

Status addCustomValues(BatchInserter &rows, qint64 id, const QList<CustomValue> &values)
{
    for (const CustomValue &v : values) {
        rows << v.fieldId << id << v.value;
        if (auto st = rows.endRow(); !st)
            return st;
    }
    return {};
}

} // namespace kontor::importing::detail
