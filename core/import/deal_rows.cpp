#include "import/deal_rows.h"

#include "import/import_lookups.h"
#include "storage/fold_keys.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kontor::importing::detail {

bool namesStage(const DealDraft &d)
{
    return d.provided.contains(QStringLiteral("stage")) || d.provided.contains(QStringLiteral("status"))
           || d.provided.contains(QStringLiteral("pipeline"));
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::importing", text);
}

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

// "EUR", "eur", "€", "$" -> the ISO code; "" when it is none of these.
QString currencyCode(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("^[A-Za-z]{3}$"));
    if (code.match(text).hasMatch())
        return text.toUpper();
    const ParsedMoney sign = parseMoney(QStringLiteral("0 ") + text);
    return sign.problem.isEmpty() ? sign.currency : QString();
}

} // namespace

Status DealRowReader::read(qint64 row, const QStringList &cells, DealDraft *d, QList<ImportProblem> *problems)
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
    if (auto st = parse(row, cells, d, problems); !st)
        return st;
    resolveStage(row, d, problems); // also when other cells had problems: list them all
    return {};
}

QString DealRowReader::key(const QString &name)
{
    auto it = m_keys.constFind(name);
    if (it == m_keys.constEnd())
        it = m_keys.insert(name, foldKey(name));
    return *it;
}

Status DealRowReader::parse(qint64 row, const QStringList &cells, DealDraft *d, QList<ImportProblem> *problems)
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
            auto contact = m_lookups->contactByEmail(v);
            if (!contact)
                return contact.error();
            if (!*contact)
                problem(col, v, tr("no contact has this email address; import the contacts first"));
            deal.contactId = *contact;
        } else if (key == QLatin1String("company")) {
            d->companyName = v;
        } else if (key == QLatin1String("owner")) {
            auto owner = m_lookups->user(v);
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
            if (auto refused = customCellProblem(m_ctx, row, col, key.mid(7), v))
                problems->append(*refused);
            else
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

// Pipeline, stage, status and lost reason by name into a stage id; every name that does
// not exist is a problem listing the names that do.
void DealRowReader::resolveStage(qint64 row, DealDraft *d, QList<ImportProblem> *problems)
{
    auto problem = [&](int col, const QString &value, const QString &reason) {
        problems->append({row, m_ctx.header.value(col), value, reason});
    };
    const Pipeline *pipeline = nullptr;
    if (!d->pipelineName.isEmpty()) {
        QStringList known;
        for (const Pipeline &p : std::as_const(m_pipelines)) {
            known << p.name;
            if (key(p.name) == key(d->pipelineName)) // "STRASSE" = "Straße": fold_keys.h
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
                if (key(s.name) == key(d->stageName)) {
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
            if (key(r.name) == key(d->lostReasonName))
                d->deal.lostReasonId = r.id;
        }
        if (!d->deal.lostReasonId)
            problem(d->lostReasonCol, d->lostReasonName, tr("no lost reason of this name; the reasons are: %1").arg(joinNames(known)));
        else if (stage->kind != Stage::Kind::Lost)
            problem(d->lostReasonCol, d->lostReasonName, tr("a lost reason for a deal that is not lost"));
    }
}

} // namespace kontor::importing::detail
