// Rows -> deals: amount and currency, pipeline / stage / status / lost reason and owner by
// name, contact by email, company by name (created when missing); create / update / fill-empty.
// Deals are created through DealRepository, which writes the creation's stage-history row; an
// update that names another stage moves the deal through DealRepository::moveToStage() (its
// history, stage_entered_at and the funnel's stays), which undo puts back (deal_stage_undo.h).
// An "External ID" column (the other system's id, kept in deals.external_id) matches first.
#include "import/import_internal.h"

#include "import/deal_stage_undo.h"
#include "import/import_lookups.h"
#include "repo/audit.h"
#include "repo/contact_repository.h"
#include "repo/deal_repository.h"
#include "repo/pipeline_repository.h"
#include "storage/fold_keys.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kontor::importing::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::importing", text);
}

// What one row says about a deal before names are turned into ids.
struct DealDraft
{
    Deal deal;
    QString companyName;
    qint64 kontorId = 0;
    QString externalId; // the deal's id in the system the file comes from
    QHash<QString, QString> custom;
    QSet<QString> provided;
    // Columns of the cells that name things, for problems found while resolving them.
    int pipelineCol = -1, stageCol = -1, statusCol = -1, lostReasonCol = -1, currencyCol = -1;
    QString pipelineName, stageName, lostReasonName, currency, amountCurrency;
    std::optional<Stage::Kind> status;
};

// "open", "won", "lost" and their names in Kontor's languages.
std::optional<Stage::Kind> statusFromText(const QString &text)
{
    static const QHash<QString, Stage::Kind> names = [] {
        QHash<QString, Stage::Kind> h;
        const auto add = [&h](const char *list, Stage::Kind kind) {
            for (const QString &n : QString::fromUtf8(list).split(QLatin1Char('|')))
                h.insert(n, kind);
        };
        add("open|in progress|active|открыта|открытая|в работе|отворена|avoin|kesken|wazi|باز|ເປີດ", Stage::Kind::Open);
        add("won|win|closed won|выиграна|выигрыш|успешно|спечелена|voitettu|imeshinda|برنده|ຊະນະ", Stage::Kind::Won);
        add("lost|lose|closed lost|проиграна|проигрыш|отказ|загубена|hävitty|menetetty|imepotea|باخته|از دست رفته|ເສຍ",
            Stage::Kind::Lost);
        return h;
    }();
    const auto it = names.constFind(text.trimmed().toLower());
    if (it == names.constEnd())
        return std::nullopt;
    return *it;
}

QString joinNames(QStringList names)
{
    if (names.size() > 12) {
        names = names.mid(0, 12);
        names << QStringLiteral("…");
    }
    return names.join(QStringLiteral(", "));
}

class DealWriter : public RowWriter
{
public:
    explicit DealWriter(const WriterContext &ctx) : m_ctx(ctx), m_repo(ctx.session), m_lookups(ctx)
    {
        m_match = ctx.options->match;
        if (m_match.isEmpty())
            m_match = {MatchKey::Id, MatchKey::NameCompany};
        // A column mapped to External ID is the surest key after Kontor's own id: it is what
        // makes a second import of the same file update its deals instead of adding them again.
        if (ctx.mapping.fields.contains(QStringLiteral("external_id")) && !m_match.contains(MatchKey::ExternalId))
            m_match.insert(m_match.startsWith(MatchKey::Id) ? 1 : 0, MatchKey::ExternalId);
    }

    Result<Outcome> write(qint64 row, const QStringList &cells, QList<ImportProblem> *problems) override
    {
        if (!m_loaded) {
            auto pipelines = PipelineRepository(m_ctx.session).list();
            if (!pipelines)
                return pipelines.error();
            m_pipelines = *pipelines;
            auto reasons = PipelineRepository(m_ctx.session).lostReasons(false);
            if (!reasons)
                return reasons.error();
            m_lostReasons = *reasons;
            m_loaded = true;
        }
        const qsizetype start = problems->size();
        DealDraft d;
        if (auto st = parse(row, cells, &d, problems); !st)
            return st.error();
        resolveStage(row, &d, problems); // also when other cells had problems: list them all
        if (problems->size() > start)
            return Outcome::Rejected;

        Transaction tx(m_ctx.conn, m_ctx.session.db->dialect());
        if (!tx.ok())
            return tx.error();
        auto outcome = store(row, d);
        if (!outcome || *outcome == Outcome::Rejected) {
            // The savepoint rolls back, and with it a company or custom field this row
            // created: forget them, or the next row would link to a record that is gone.
            m_companies.clear();
            m_fields.clear();
        }
        if (!outcome) {
            if (outcome.error().kind == Error::Kind::Invalid || outcome.error().kind == Error::Kind::Conflict) {
                problems->append({row, {}, {}, outcome.error().message});
                return Outcome::Rejected;
            }
            return outcome.error();
        }
        if (*outcome == Outcome::Rejected)
            return Outcome::Rejected;
        if (auto st = tx.commit(); !st)
            return st.error();
        return *outcome;
    }

private:
    Status parse(qint64 row, const QStringList &cells, DealDraft *d, QList<ImportProblem> *problems)
    {
        Deal &deal = d->deal;
        auto problem = [&](int col, const QString &value, const QString &reason) {
            problems->append({row, m_ctx.header.value(col), value, reason});
        };
        for (int col = 0; col < m_ctx.mapping.fields.size(); ++col) {
            const QString key = m_ctx.mapping.fields.at(col);
            const QString v = key.isEmpty() ? QString() : cellText(cells, col);
            if (v.isEmpty())
                continue;
            d->provided.insert(key);
            if (key == QLatin1String("title")) {
                deal.title = v;
            } else if (key == QLatin1String("amount")) {
                const ParsedMoney money = parseMoney(v);
                if (!money.problem.isEmpty())
                    problem(col, v, money.problem);
                else if (money.minor < 0)
                    problem(col, v, tr("a deal amount cannot be negative"));
                else {
                    deal.amountMinor = money.minor;
                    d->amountCurrency = money.currency;
                }
            } else if (key == QLatin1String("currency")) {
                d->currencyCol = col;
                d->currency = currencyCode(v);
                if (d->currency.isEmpty())
                    problem(col, v, tr("not a currency code such as EUR or USD"));
            } else if (key == QLatin1String("pipeline")) {
                d->pipelineCol = col;
                d->pipelineName = v;
            } else if (key == QLatin1String("stage")) {
                d->stageCol = col;
                d->stageName = v;
            } else if (key == QLatin1String("status")) {
                d->statusCol = col;
                d->status = statusFromText(v);
                if (!d->status)
                    problem(col, v, tr("must be one of: open, won, lost"));
            } else if (key == QLatin1String("lost_reason")) {
                d->lostReasonCol = col;
                d->lostReasonName = v;
            } else if (key == QLatin1String("expected_close")) {
                const ParsedDate date = parseDate(v, m_ctx.options->dateOrder);
                if (!date.problem.isEmpty())
                    problem(col, v, date.problem);
                else
                    deal.expectedClose = date.date;
            } else if (key == QLatin1String("contact_email")) {
                if (!isEmail(v)) {
                    problem(col, v, tr("not an email address"));
                    continue;
                }
                auto contact = m_lookups.contactByEmail(v);
                if (!contact)
                    return contact.error();
                if (!*contact)
                    problem(col, v, tr("no contact has this email address; import the contacts first"));
                deal.contactId = *contact;
            } else if (key == QLatin1String("company")) {
                d->companyName = v;
            } else if (key == QLatin1String("owner")) {
                auto owner = m_lookups.user(v);
                if (!owner)
                    return owner.error();
                if (!owner->problem.isEmpty())
                    problem(col, v, owner->problem);
                deal.ownerId = owner->id;
            } else if (key == QLatin1String("source")) {
                deal.source = v;
            } else if (key == QLatin1String("notes")) {
                deal.notes = v;
            } else if (key == QLatin1String("external_id")) {
                d->externalId = v;
            } else if (key == QLatin1String("id")) {
                bool ok = false;
                d->kontorId = v.toLongLong(&ok);
                if (!ok || d->kontorId <= 0)
                    problem(col, v, tr("not a record id"));
            } else if (key.startsWith(QLatin1String("custom:"))) {
                d->custom.insert(key.mid(7), v);
            }
        }
        if (!d->currency.isEmpty() && !d->amountCurrency.isEmpty() && d->currency != d->amountCurrency)
            problem(d->currencyCol, cells.value(d->currencyCol),
                    tr("the amount is in %1, this column says %2").arg(d->amountCurrency, d->currency));
        deal.currency = !d->currency.isEmpty()         ? d->currency
                        : !d->amountCurrency.isEmpty() ? d->amountCurrency
                                                       : m_ctx.options->defaultCurrency;
        if (deal.title.isEmpty())
            problems->append({row, {}, {}, tr("no deal title")});
        return {};
    }

    // "EUR", "eur", "€", "$" -> the ISO code; "" when it is none of these.
    static QString currencyCode(const QString &text)
    {
        static const QRegularExpression code(QStringLiteral("^[A-Za-z]{3}$"));
        if (code.match(text).hasMatch())
            return text.toUpper();
        const ParsedMoney sign = parseMoney(QStringLiteral("0 ") + text);
        return sign.problem.isEmpty() ? sign.currency : QString();
    }

    // Pipeline, stage, status and lost reason by name into a stage id; every name that does
    // not exist is a problem listing the names that do.
    void resolveStage(qint64 row, DealDraft *d, QList<ImportProblem> *problems)
    {
        auto problem = [&](int col, const QString &value, const QString &reason) {
            problems->append({row, m_ctx.header.value(col), value, reason});
        };
        const Pipeline *pipeline = nullptr;
        if (!d->pipelineName.isEmpty()) {
            QStringList known;
            for (const Pipeline &p : std::as_const(m_pipelines)) {
                known << p.name;
                if (sameName(p.name, d->pipelineName)) // "STRASSE" = "Straße": fold_keys.h
                    pipeline = &p;
            }
            if (!pipeline) {
                problem(d->pipelineCol, d->pipelineName, tr("no pipeline of this name; the pipelines are: %1").arg(joinNames(known)));
                return;
            }
        }
        const Stage *stage = nullptr;
        if (!d->stageName.isEmpty()) {
            QStringList known, inPipelines;
            for (const Pipeline &p : std::as_const(m_pipelines)) {
                if (pipeline && &p != pipeline)
                    continue;
                for (const Stage &s : p.stages) {
                    known << s.name;
                    if (sameName(s.name, d->stageName)) {
                        stage = &s;
                        inPipelines << p.name;
                    }
                }
            }
            known.removeDuplicates();
            if (!stage) {
                problem(d->stageCol, d->stageName,
                        pipeline ? tr("no stage of this name in the pipeline \"%1\"; its stages are: %2").arg(pipeline->name, joinNames(known))
                                 : tr("no stage of this name; the stages are: %1").arg(joinNames(known)));
                return;
            }
            if (inPipelines.size() > 1) {
                problem(d->stageCol, d->stageName,
                        tr("a stage of several pipelines (%1); add a Pipeline column").arg(inPipelines.join(QStringLiteral(", "))));
                return;
            }
            if (d->status && *d->status != stage->kind) {
                problem(d->statusCol, Stage::kindName(*d->status),
                        tr("the stage \"%1\" is a %2 stage").arg(stage->name, Stage::kindName(stage->kind)));
                return;
            }
        } else {
            // No stage named: the pipeline's (or the first pipeline's) first stage of the status.
            if (!pipeline && !m_pipelines.isEmpty())
                pipeline = &m_pipelines.first();
            const Stage::Kind kind = d->status.value_or(Stage::Kind::Open);
            if (pipeline) {
                for (const Stage &s : pipeline->stages) {
                    if (s.kind == kind) {
                        stage = &s;
                        break;
                    }
                }
            }
            if (!stage) {
                problems->append({row, {}, {}, pipeline ? tr("the pipeline \"%1\" has no %2 stage").arg(pipeline->name, Stage::kindName(kind))
                                                        : tr("there is no pipeline to put the deal in")});
                return;
            }
        }
        d->deal.stageId = stage->id;
        d->deal.pipelineId = stage->pipelineId;
        d->deal.status = Stage::kindName(stage->kind);
        if (!d->lostReasonName.isEmpty()) {
            QStringList known;
            for (const LostReason &r : std::as_const(m_lostReasons)) {
                if (r.active)
                    known << r.name;
                if (sameName(r.name, d->lostReasonName))
                    d->deal.lostReasonId = r.id;
            }
            if (!d->deal.lostReasonId)
                problem(d->lostReasonCol, d->lostReasonName, tr("no lost reason of this name; the reasons are: %1").arg(joinNames(known)));
            else if (stage->kind != Stage::Kind::Lost)
                problem(d->lostReasonCol, d->lostReasonName, tr("a lost reason for a deal that is not lost"));
        }
    }

    Result<qint64> findExisting(const DealDraft &d, qint64 companyId)
    {
        for (MatchKey key : std::as_const(m_match)) {
            SqlStatement q(m_ctx.conn, tr("Cannot look for duplicates"));
            Status st;
            if (key == MatchKey::Id && d.kontorId) {
                st = q.run(QStringLiteral("SELECT id FROM deals WHERE id = ? AND deleted_at IS NULL"), {d.kontorId});
            } else if (key == MatchKey::ExternalId && !d.externalId.isEmpty()) {
                st = q.run(QStringLiteral("SELECT id FROM deals WHERE external_id = ? AND deleted_at IS NULL"
                                          " ORDER BY id LIMIT 1"),
                           {d.externalId});
            } else if (key == MatchKey::NameCompany || key == MatchKey::Name) {
                // Folded in C++, so "РОГА" finds "Рога" on SQLite too (fold_keys.h)
                QString sql = QStringLiteral("SELECT id FROM deals WHERE deleted_at IS NULL AND title_fold = ?");
                QVariantList binds{foldKey(d.deal.title)};
                if (key == MatchKey::NameCompany) {
                    sql += companyId ? QStringLiteral(" AND company_id = ?") : QStringLiteral(" AND company_id IS NULL");
                    if (companyId)
                        binds << companyId;
                }
                // A deal that has another system's id is another deal, whatever its title.
                if (!d.externalId.isEmpty()) {
                    sql += QStringLiteral(" AND (external_id IS NULL OR external_id = ?)");
                    binds << d.externalId;
                }
                st = q.run(sql + QStringLiteral(" ORDER BY id LIMIT 1"), binds);
            } else {
                continue;
            }
            if (!st)
                return st.error();
            if (q.next())
                return q.value(0).toLongLong();
        }
        return qint64(0);
    }

    Result<Outcome> store(qint64 row, const DealDraft &d)
    {
        qint64 companyId = 0;
        if (!d.companyName.isEmpty()) {
            auto id = companyByName(m_ctx, d.companyName, row, &m_companies);
            if (!id)
                return id.error();
            companyId = *id;
        }
        auto existing = findExisting(d, companyId);
        if (!existing)
            return existing.error();
        const DuplicatePolicy policy = m_ctx.options->onDuplicate;
        if (*existing && policy == DuplicatePolicy::Skip)
            return Outcome::Skipped;
        if (!*existing || policy == DuplicatePolicy::Create) {
            Deal deal = d.deal;
            deal.companyId = companyId;
            auto id = m_repo.create(deal, audit::ImportOrigin {m_ctx.batchId, row});
            if (!id)
                return id.error();
            if (!d.externalId.isEmpty()) {
                if (auto st = setExternalId(*id, d.externalId); !st)
                    return st.error();
            }
            if (auto st = writeCustomValues(m_ctx, QStringLiteral("deal"), *id, d.custom, &m_fields, nullptr, false); !st)
                return st.error();
            if (auto st = recordItem(m_ctx, QStringLiteral("deal"), *id, QStringLiteral("created"), {}, row); !st)
                return st.error();
            return Outcome::Created;
        }
        return update(row, *existing, d, companyId, policy == DuplicatePolicy::FillEmpty);
    }

    // Problems found here are errors (Invalid: a stage move the funnel refuses), which write()
    // turns into row problems.
    Result<Outcome> update(qint64 row, qint64 id, const DealDraft &d, qint64 companyId, bool fillOnly)
    {
        auto current = m_repo.get(id);
        if (!current)
            return current.error();
        const Deal before = *current;
        // Another stage named: with Update the deal moves there through the funnel's own code
        // (after its fields are saved). Fill-empty changes no field that has a value, and a
        // deal always has a stage, so it never moves one.
        const bool namesStage = d.provided.contains(QStringLiteral("stage")) || d.provided.contains(QStringLiteral("status"))
                                || d.provided.contains(QStringLiteral("pipeline"));
        const bool moves = namesStage && d.deal.stageId != before.stageId && !fillOnly;
        Deal c = before;
        auto has = [&](const char *key) { return d.provided.contains(QLatin1String(key)); };
        auto takeText = [&](const char *key, QString *target, const QString &value) {
            if (has(key) && (!fillOnly || target->isEmpty()))
                *target = value;
        };
        takeText("title", &c.title, d.deal.title);
        takeText("source", &c.source, d.deal.source);
        takeText("notes", &c.notes, d.deal.notes);
        if (has("amount") && (!fillOnly || c.amountMinor == 0)) {
            c.amountMinor = d.deal.amountMinor;
            c.currency = d.deal.currency;
        } else if (has("currency") && !fillOnly) {
            c.currency = d.deal.currency;
        }
        if (has("expected_close") && (!fillOnly || !c.expectedClose.isValid()))
            c.expectedClose = d.deal.expectedClose;
        if (has("contact_email") && (!fillOnly || !c.contactId))
            c.contactId = d.deal.contactId;
        // Two companies may share a name: one already linked under that name stays linked.
        const bool sameCompanyName = sameName(c.companyName, d.companyName);
        if (companyId && (!fillOnly || !c.companyId) && !sameCompanyName)
            c.companyId = companyId;
        if (has("owner") && (!fillOnly || !c.ownerId))
            c.ownerId = d.deal.ownerId;
        const QVariantMap changes = audit::diff(before.fields(), c.fields());
        QJsonObject beforeValues;
        for (auto it = changes.begin(); it != changes.end(); ++it)
            beforeValues.insert(it.key(), QJsonValue::fromVariant(before.fields().value(it.key())));
        const qsizetype scalarCount = beforeValues.size();
        if (auto st = writeCustomValues(m_ctx, QStringLiteral("deal"), id, d.custom, &m_fields, &beforeValues, fillOnly); !st)
            return st.error();
        QString oldExternalId;
        const bool takesExternalId = !d.externalId.isEmpty() && d.externalId != (oldExternalId = externalIdOf(id));
        if (takesExternalId && (!fillOnly || oldExternalId.isEmpty()))
            beforeValues.insert(QStringLiteral("external_id"),
                                oldExternalId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(oldExternalId));
        if (changes.isEmpty() && beforeValues.size() == scalarCount && !moves)
            return Outcome::Skipped;
        if (!changes.isEmpty()) {
            if (auto st = m_repo.update(c); !st)
                return st.error();
        }
        if (beforeValues.contains(QStringLiteral("external_id"))) {
            if (auto st = setExternalId(id, d.externalId); !st)
                return st.error();
        }
        if (moves) {
            if (auto st = rememberStage(m_ctx.conn, id, &beforeValues); !st)
                return st.error();
            // A lost stage without a reason, or a stage of another pipeline, is refused here
            // (Invalid: a row problem naming why).
            if (auto st = m_repo.moveToStage(id, d.deal.stageId, d.deal.lostReasonId); !st)
                return st.error();
        }
        beforeValues.insert(QStringLiteral("updated_at"), before.updatedAt.toSecsSinceEpoch());
        if (auto st = recordItem(m_ctx, QStringLiteral("deal"), id, QStringLiteral("updated"), beforeValues, row); !st)
            return st.error();
        return Outcome::Updated;
    }

    Status setExternalId(qint64 id, const QString &externalId)
    {
        SqlStatement q(m_ctx.conn, tr("Cannot save the deal's external id"));
        return q.run(QStringLiteral("UPDATE deals SET external_id = ? WHERE id = ?"), {externalId, id});
    }

    QString externalIdOf(qint64 id)
    {
        SqlStatement q(m_ctx.conn, tr("Cannot read the deal's external id"));
        auto v = q.scalar(QStringLiteral("SELECT external_id FROM deals WHERE id = ?"), {id});
        return v ? v->toString() : QString();
    }

    WriterContext m_ctx;
    DealRepository m_repo;
    ImportLookups m_lookups;
    QList<MatchKey> m_match;
    QList<Pipeline> m_pipelines;
    QList<LostReason> m_lostReasons;
    bool m_loaded = false;
    QHash<QString, qint64> m_companies;
    QHash<QString, CustomField> m_fields;
};

} // namespace

std::unique_ptr<RowWriter> makeDealWriter(const WriterContext &ctx)
{
    return std::make_unique<DealWriter>(ctx);
}

} // namespace kontor::importing::detail
