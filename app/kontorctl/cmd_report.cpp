// kontorctl report: the data behind each report chart, and the sales plans they compare to.
//   report list
//   report NAME [--from D] [--to D] [--owner U] [--pipeline P] [--source S] [--currency C]
//               [--product P] [--customers all|new|existing] [--group day|week|month|quarter]
//   report plans [--from D] [--to D] [--owner U]
//   report plan-set --owner U --from D --to D --amount A [--currency C] [--id N] [--monthly]
//   report plan-delete ID
#include "cli.h"

#include "model/deal.h"
#include "reports/report_engine.h"
#include "reports/sales_plans.h"
#include "repo/pipeline_repository.h"

#include <QJsonArray>

namespace kontor::cli {

namespace {

QString kindName(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Text: return QStringLiteral("text");
    case ValueKind::Count: return QStringLiteral("count");
    case ValueKind::Money: return QStringLiteral("money_minor");
    case ValueKind::Percent: return QStringLiteral("percent");
    case ValueKind::Days: return QStringLiteral("days");
    case ValueKind::Date: return QStringLiteral("date");
    case ValueKind::Id: return QStringLiteral("id");
    }
    return {};
}

QJsonValue jsonValue(const QVariant &v, ValueKind kind)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue::Null;
    switch (kind) {
    case ValueKind::Count:
    case ValueKind::Money:
    case ValueKind::Id:
        return v.toLongLong();
    case ValueKind::Percent:
    case ValueKind::Days:
        return v.toDouble();
    case ValueKind::Text:
    case ValueKind::Date:
        break;
    }
    return v.toString();
}

QString textValue(const QVariant &v, ValueKind kind)
{
    if (v.isNull() || !v.isValid())
        return QStringLiteral("–");
    switch (kind) {
    case ValueKind::Money:
        return formatMinor(v.toLongLong());
    case ValueKind::Percent:
        return QString::number(v.toDouble(), 'f', 2) + QStringLiteral(" %");
    case ValueKind::Days:
        return QString::number(v.toDouble(), 'f', 1);
    default:
        return v.toString();
    }
}

void printTable(const Context &ctx, const ReportTable &t)
{
    if (ctx.json) {
        QJsonArray columns;
        for (const ReportColumn &c : t.columns) {
            columns.append(QJsonObject{{QStringLiteral("key"), c.key},
                                       {QStringLiteral("title"), c.title},
                                       {QStringLiteral("kind"), kindName(c.kind)}});
        }
        QJsonArray rows;
        for (const QVariantList &r : t.rows) {
            QJsonObject row;
            for (int i = 0; i < t.columns.size(); ++i)
                row.insert(t.columns[i].key, jsonValue(r.value(i), t.columns[i].kind));
            rows.append(row);
        }
        QJsonObject figures;
        for (const ReportFigure &f : t.figures)
            figures.insert(f.key, jsonValue(f.value, f.kind));
        ctx.printJson({{QStringLiteral("report"), t.name},
                       {QStringLiteral("title"), t.title},
                       {QStringLiteral("from"), t.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), t.to.toString(Qt::ISODate)},
                       {QStringLiteral("currency"), t.currency},
                       {QStringLiteral("columns"), columns},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("figures"), figures}});
        return;
    }
    *ctx.out << t.title << QStringLiteral("  ") << t.from.toString(Qt::ISODate)
             << QStringLiteral(" – ") << t.to.toString(Qt::ISODate);
    if (!t.currency.isEmpty())
        *ctx.out << QStringLiteral("  (") << t.currency << QLatin1Char(')');
    *ctx.out << Qt::endl;
    // Column widths from the titles and the values; id columns are for scripts (--json).
    QList<int> shown;
    QList<int> width;
    for (int i = 0; i < t.columns.size(); ++i) {
        if (t.columns[i].kind == ValueKind::Id)
            continue;
        int w = int(t.columns[i].title.size());
        for (const QVariantList &r : t.rows)
            w = std::max(w, int(textValue(r.value(i), t.columns[i].kind).size()));
        shown << i;
        width << w;
    }
    QString header;
    for (int k = 0; k < shown.size(); ++k) {
        const bool left = t.columns[shown[k]].kind == ValueKind::Text;
        header += QStringLiteral("%1  ").arg(t.columns[shown[k]].title, left ? -width[k] : width[k]);
    }
    *ctx.out << header.trimmed() << Qt::endl;
    for (const QVariantList &r : t.rows) {
        QString line;
        for (int k = 0; k < shown.size(); ++k) {
            const ReportColumn &c = t.columns[shown[k]];
            const bool left = c.kind == ValueKind::Text;
            line += QStringLiteral("%1  ").arg(textValue(r.value(shown[k]), c.kind),
                                               left ? -width[k] : width[k]);
        }
        *ctx.out << line.trimmed() << Qt::endl;
    }
    for (const ReportFigure &f : t.figures)
        *ctx.out << QStringLiteral("%1: %2").arg(f.title, textValue(f.value, f.kind)) << Qt::endl;
}

bool parseDate(const Context &ctx, const QCommandLineParser &parser, const QString &name, QDate *out)
{
    if (!parser.isSet(name))
        return true;
    const QString text = parser.value(name);
    *out = QDate::fromString(text, Qt::ISODate);
    if (!out->isValid() || text.size() != 10) {
        ctx.usage(tr("--%1 needs a date as YYYY-MM-DD, not \"%2\"").arg(name, text));
        return false;
    }
    return true;
}

QCommandLineOption option(const char *name, const QString &value)
{
    return QCommandLineOption(QLatin1String(name), QString(), value);
}

int listReports(Context &ctx)
{
    if (ctx.json) {
        QJsonArray list;
        for (const ReportInfo &i : ReportEngine::reports()) {
            list.append(QJsonObject{{QStringLiteral("name"), i.name},
                                    {QStringLiteral("title"), i.title},
                                    {QStringLiteral("description"), i.description},
                                    {QStringLiteral("uses_currency"), i.usesCurrency},
                                    {QStringLiteral("uses_group"), i.usesGrouping}});
        }
        ctx.printJson({{QStringLiteral("reports"), list}});
        return Success;
    }
    for (const ReportInfo &i : ReportEngine::reports())
        *ctx.out << QStringLiteral("%1  %2").arg(i.name, -13).arg(i.description) << Qt::endl;
    return Success;
}

Result<Session> openSession(const Context &ctx)
{
    auto url = ctx.databaseUrl();
    if (!url)
        return url.error();
    return Session::open(*url);
}

int runOneReport(Context &ctx, const QString &name)
{
    QCommandLineParser parser;
    parser.addOptions({option("from", QStringLiteral("date")), option("to", QStringLiteral("date")),
                       option("owner", QStringLiteral("user")),
                       option("pipeline", QStringLiteral("pipeline")),
                       option("source", QStringLiteral("source")),
                       option("currency", QStringLiteral("code")),
                       option("product", QStringLiteral("product")),
                       option("customers", QStringLiteral("kind")),
                       option("group", QStringLiteral("bucket"))});
    if (!ctx.parse(parser))
        return UsageError;
    ReportFilter filter;
    if (!parseDate(ctx, parser, QStringLiteral("from"), &filter.from)
        || !parseDate(ctx, parser, QStringLiteral("to"), &filter.to))
        return UsageError;
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        return ctx.usage(tr("--to must not be before --from"));
    const QString group = parser.value(QStringLiteral("group"));
    if (group.isEmpty() || group == QLatin1String("month"))
        filter.group = Grouping::Month;
    else if (group == QLatin1String("day"))
        filter.group = Grouping::Day;
    else if (group == QLatin1String("week"))
        filter.group = Grouping::Week;
    else if (group == QLatin1String("quarter"))
        filter.group = Grouping::Quarter;
    else
        return ctx.usage(tr("--group is day, week, month or quarter, not \"%1\"").arg(group));
    const QString customers = parser.value(QStringLiteral("customers"));
    if (customers == QLatin1String("new"))
        filter.customers = CustomerKind::New;
    else if (customers == QLatin1String("existing"))
        filter.customers = CustomerKind::Existing;
    else if (!customers.isEmpty() && customers != QLatin1String("all"))
        return ctx.usage(tr("--customers is all, new or existing, not \"%1\"").arg(customers));
    filter.source = parser.value(QStringLiteral("source"));
    filter.currency = parser.value(QStringLiteral("currency")).toUpper();
    if (!ReportEngine::info(name)) {
        QStringList names;
        for (const ReportInfo &i : ReportEngine::reports())
            names << i.name;
        return ctx.usage(tr("There is no report \"%1\"; reports: %2")
                             .arg(name, names.join(QStringLiteral(", "))));
    }

    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    ReportEngine engine(*session);
    if (parser.isSet(QStringLiteral("owner"))) {
        auto id = engine.findUser(parser.value(QStringLiteral("owner")));
        if (!id)
            return ctx.fail(id.error());
        filter.ownerId = *id;
    }
    if (parser.isSet(QStringLiteral("product"))) {
        auto id = engine.findProduct(parser.value(QStringLiteral("product")));
        if (!id)
            return ctx.fail(id.error());
        filter.productId = *id;
    }
    if (parser.isSet(QStringLiteral("pipeline"))) {
        auto p = PipelineRepository(*session).find(parser.value(QStringLiteral("pipeline")));
        if (!p)
            return ctx.fail(p.error());
        filter.pipelineId = p->id;
    }
    auto table = engine.run(name, filter);
    if (!table)
        return ctx.fail(table.error());
    printTable(ctx, *table);
    return Success;
}

QJsonObject planJson(const SalesPlan &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("user_id"), p.userId},
            {QStringLiteral("manager"), p.userName},
            {QStringLiteral("from"), p.periodStart.toString(Qt::ISODate)},
            {QStringLiteral("to"), p.periodEnd.toString(Qt::ISODate)},
            {QStringLiteral("amount"), formatMinor(p.amountMinor)},
            {QStringLiteral("amount_minor"), p.amountMinor},
            {QStringLiteral("currency"), p.currency}};
}

int plans(Context &ctx, const QString &verb)
{
    QCommandLineParser parser;
    parser.addOptions({option("from", QStringLiteral("date")), option("to", QStringLiteral("date")),
                       option("owner", QStringLiteral("user")),
                       option("amount", QStringLiteral("amount")),
                       option("currency", QStringLiteral("code")),
                       option("id", QStringLiteral("id"))});
    const QCommandLineOption monthly(QStringLiteral("monthly"),
                                     tr("add a quarter's or a year's plan as its monthly plans"));
    parser.addOption(monthly);
    // plan-delete ID: the id comes first, the parser takes options only.
    QString idArg;
    if (verb == QLatin1String("plan-delete") && !ctx.args.isEmpty()
        && !ctx.args.first().startsWith(QLatin1Char('-')))
        idArg = ctx.args.takeFirst();
    if (!ctx.parse(parser))
        return UsageError;
    QDate from, to;
    if (!parseDate(ctx, parser, QStringLiteral("from"), &from)
        || !parseDate(ctx, parser, QStringLiteral("to"), &to))
        return UsageError;
    SalesPlan plan;
    if (verb == QLatin1String("plan-set")) {
        if (!parser.isSet(QStringLiteral("owner")) || !from.isValid() || !to.isValid()
            || !parser.isSet(QStringLiteral("amount")))
            return ctx.usage(tr("plan-set needs --owner, --from, --to and --amount"));
        if (!parseMinor(parser.value(QStringLiteral("amount")), &plan.amountMinor))
            return ctx.usage(tr("--amount needs an amount such as 1500 or 1500.50, not \"%1\"")
                                 .arg(parser.value(QStringLiteral("amount"))));
        qint64 id = 0;
        if (!ctx.number(parser, QStringLiteral("id"), std::numeric_limits<qint64>::max(), &id))
            return UsageError;
        plan.id = id;
        if (id > 0 && parser.isSet(monthly))
            return ctx.usage(tr("--monthly adds new plans; it cannot be used with --id"));
    }
    qint64 deleteId = 0;
    if (verb == QLatin1String("plan-delete")) {
        bool ok = false;
        deleteId = idArg.toLongLong(&ok);
        if (!ok || deleteId <= 0)
            return ctx.usage(tr("plan-delete needs the id of a plan (see report plans)"));
    }

    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    SalesPlanRepository repo(*session);
    qint64 ownerId = 0;
    if (parser.isSet(QStringLiteral("owner"))) {
        auto id = ReportEngine(*session).findUser(parser.value(QStringLiteral("owner")));
        if (!id)
            return ctx.fail(id.error());
        ownerId = *id;
    }
    if (verb == QLatin1String("plan-delete")) {
        if (auto st = repo.remove(deleteId); !st)
            return ctx.fail(st.error());
        if (ctx.json)
            ctx.printJson({{QStringLiteral("deleted"), deleteId}});
        return Success;
    }
    if (verb == QLatin1String("plan-set")) {
        plan.userId = ownerId;
        plan.periodStart = from;
        plan.periodEnd = to;
        if (parser.isSet(QStringLiteral("currency")))
            plan.currency = parser.value(QStringLiteral("currency")).toUpper();
        QList<SalesPlan> toSave{plan};
        if (parser.isSet(monthly)) {
            auto months = SalesPlanRepository::spreadOverMonths(plan);
            if (!months)
                return ctx.fail(months.error());
            toSave = *months;
        }
        auto ids = repo.saveAll(toSave);
        if (!ids)
            return ctx.fail(ids.error());
        if (ctx.json) {
            QJsonArray all;
            for (qint64 id : std::as_const(*ids))
                all.append(id);
            ctx.printJson({{QStringLiteral("id"), ids->first()}, {QStringLiteral("ids"), all}});
        } else {
            for (qint64 id : std::as_const(*ids))
                *ctx.out << id << Qt::endl;
        }
        return Success;
    }
    auto list = repo.list(from, to, ownerId);
    if (!list)
        return ctx.fail(list.error());
    if (ctx.json) {
        QJsonArray out;
        for (const SalesPlan &p : std::as_const(*list))
            out.append(planJson(p));
        ctx.printJson({{QStringLiteral("plans"), out}});
        return Success;
    }
    for (const SalesPlan &p : std::as_const(*list)) {
        *ctx.out << QStringLiteral("%1  %2  %3 – %4  %5 %6")
                        .arg(p.id, 5)
                        .arg(p.userName, -20)
                        .arg(p.periodStart.toString(Qt::ISODate), p.periodEnd.toString(Qt::ISODate))
                        .arg(formatMinor(p.amountMinor), 12)
                        .arg(p.currency)
                 << Qt::endl;
    }
    return Success;
}

} // namespace

int runReport(Context &ctx)
{
    const QString what = ctx.args.value(0);
    if (what.isEmpty())
        return ctx.usage(tr("Name a report, or say list"));
    ctx.args.removeFirst();
    if (what == QLatin1String("list")) {
        QCommandLineParser parser;
        if (!ctx.parse(parser))
            return UsageError;
        return listReports(ctx);
    }
    if (what == QLatin1String("plans") || what == QLatin1String("plan-set")
        || what == QLatin1String("plan-delete"))
        return plans(ctx, what);
    return runOneReport(ctx, what);
}

} // namespace kontor::cli
