#include "storage/fold_keys.h"

#include "storage/sql.h"

#include <QCoreApplication>

namespace kontor {

QString foldKey(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

namespace {

Status fill(const QSqlDatabase &conn, const QString &table, const QString &column,
            const QString &keyColumn)
{
    const QString what = QCoreApplication::translate("kontor::FoldKeys",
                                                     "Cannot prepare the %1 for look-ups by name")
                             .arg(table);
    QList<QPair<qint64, QString>> missing;
    {
        SqlStatement q(conn, what);
        if (auto st = q.run(QStringLiteral("SELECT id, %1 FROM %2 WHERE %3 IS NULL")
                                .arg(column, table, keyColumn));
            !st)
            return st;
        while (q.next())
            missing.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    if (missing.isEmpty())
        return {};
    SqlStatement update(conn, what); // prepared once: a bulk-loaded base has many rows
    if (auto st = update.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, keyColumn)); !st)
        return st;
    for (const auto &[id, name] : std::as_const(missing)) {
        update.bind(foldKey(name)).bind(id);
        if (auto st = update.exec(); !st)
            return st;
    }
    return {};
}

} // namespace

Status fillMissingFoldKeys(const QSqlDatabase &conn)
{
    if (auto st = fill(conn, QStringLiteral("companies"), QStringLiteral("name"),
                       QStringLiteral("name_fold"));
        !st)
        return st;
    return fill(conn, QStringLiteral("deals"), QStringLiteral("title"), QStringLiteral("title_fold"));
}

Migration foldKeysMigration()
{
    Migration m{12, QStringLiteral("case-folded company names and deal titles for look-ups"), {}, {}, {}};
    m.statements = {
        QStringLiteral("ALTER TABLE companies ADD COLUMN name_fold TEXT"),
        QStringLiteral("ALTER TABLE deals ADD COLUMN title_fold TEXT"),
        QStringLiteral("CREATE INDEX companies_by_name_fold ON companies (name_fold)"),
        QStringLiteral("CREATE INDEX deals_by_title_fold ON deals (title_fold)"),
    };
    // A name changed by a writer that did not refold it (an import's undo, a bulk update)
    // loses its key, which fillMissingFoldKeys() recomputes, instead of keeping a wrong one.
    m.sqliteOnly = {
        QStringLiteral("CREATE TRIGGER companies_name_fold_stale AFTER UPDATE OF name ON companies"
                       " WHEN NEW.name IS NOT OLD.name AND NEW.name_fold IS OLD.name_fold"
                       " BEGIN UPDATE companies SET name_fold = NULL WHERE id = NEW.id; END"),
        QStringLiteral("CREATE TRIGGER deals_title_fold_stale AFTER UPDATE OF title ON deals"
                       " WHEN NEW.title IS NOT OLD.title AND NEW.title_fold IS OLD.title_fold"
                       " BEGIN UPDATE deals SET title_fold = NULL WHERE id = NEW.id; END"),
    };
    m.postgresOnly = {
        QStringLiteral("CREATE FUNCTION kontor_fold_stale_trg() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       " IF TG_TABLE_NAME = 'companies' THEN"
                       "  IF NEW.name IS DISTINCT FROM OLD.name"
                       "     AND NEW.name_fold IS NOT DISTINCT FROM OLD.name_fold THEN"
                       "   NEW.name_fold := NULL; END IF;"
                       " ELSIF NEW.title IS DISTINCT FROM OLD.title"
                       "     AND NEW.title_fold IS NOT DISTINCT FROM OLD.title_fold THEN"
                       "  NEW.title_fold := NULL;"
                       " END IF; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER companies_name_fold_stale BEFORE UPDATE OF name ON companies"
                       " FOR EACH ROW EXECUTE FUNCTION kontor_fold_stale_trg()"),
        QStringLiteral("CREATE TRIGGER deals_title_fold_stale BEFORE UPDATE OF title ON deals"
                       " FOR EACH ROW EXECUTE FUNCTION kontor_fold_stale_trg()"),
    };
    m.backfill = fillMissingFoldKeys;
    return m;
}

} // namespace kontor
