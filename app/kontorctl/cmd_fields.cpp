// kontorctl fields list|add|set: custom fields of contacts, companies and deals.
#include "cli.h"

#include "customfields/custom_field_repository.h"

#include <QJsonArray>

namespace kontor::cli {

namespace {

QJsonObject fieldJson(const CustomField &f)
{
    QJsonObject o {{QStringLiteral("id"), f.id},
                   {QStringLiteral("entity"), f.entity},
                   {QStringLiteral("name"), f.name},
                   {QStringLiteral("type"), CustomField::kindKey(f.kind)}};
    if (f.hasOptions())
        o.insert(QStringLiteral("options"), QJsonArray::fromStringList(f.options));
    return o;
}

// --entity, checked; "contact" when not given.
bool entityOption(Context &ctx, const QCommandLineParser &parser, QString *entity)
{
    *entity = parser.isSet(QStringLiteral("entity")) ? parser.value(QStringLiteral("entity"))
                                                     : QStringLiteral("contact");
    if (!CustomField::entities().contains(*entity)) {
        ctx.usage(tr("--entity is contact, company or deal, not \"%1\"").arg(*entity));
        return false;
    }
    return true;
}

} // namespace

int runFields(Context &ctx)
{
    const QString sub = ctx.args.value(0);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption entity(QStringLiteral("entity"), tr("contact, company or deal"),
                                    QStringLiteral("E"));
    const QCommandLineOption type(QStringLiteral("type"),
                                  tr("text, number, date, bool, choice or multichoice"),
                                  QStringLiteral("T"));
    const QCommandLineOption option(QStringLiteral("option"), tr("a choice (repeat)"),
                                    QStringLiteral("O"));
    parser.addOptions({entity, type, option});
    if (!parser.parse(QStringList {QStringLiteral("kontorctl")} + ctx.args.mid(1)))
        return ctx.usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    QString entityName;
    if (!entityOption(ctx, parser, &entityName))
        return UsageError;
    const int expected = sub == QLatin1String("list") ? 0
                         : sub == QLatin1String("add") ? 1
                         : sub == QLatin1String("set") ? 3
                                                       : -1;
    if (expected < 0)
        return ctx.usage(sub.isEmpty() ? tr("Say what to do: list, add or set")
                                       : tr("Unknown fields command \"%1\"").arg(sub));
    if (positional.size() != expected)
        return ctx.usage(tr("fields %1 takes %2 argument(s)").arg(sub).arg(expected));

    auto url = ctx.databaseUrl();
    if (!url)
        return ctx.fail(url.error());
    auto session = Session::open(*url);
    if (!session)
        return ctx.fail(session.error());
    const CustomFieldRepository repo(*session);

    if (sub == QLatin1String("list")) {
        auto fields = repo.fields(entityName);
        if (!fields)
            return ctx.fail(fields.error());
        QJsonArray items;
        for (const CustomField &f : *fields) {
            items.append(fieldJson(f));
            if (!ctx.json) {
                *ctx.out << f.id << '\t' << f.name << '\t' << CustomField::kindKey(f.kind);
                if (f.hasOptions())
                    *ctx.out << '\t' << f.options.join(QStringLiteral(", "));
                *ctx.out << Qt::endl;
            }
        }
        if (ctx.json)
            ctx.printJson({{QStringLiteral("fields"), items}});
        return Success;
    }
    if (sub == QLatin1String("add")) {
        CustomField f;
        f.entity = entityName;
        f.name = positional.at(0);
        const auto kind = CustomField::kindFromKey(parser.isSet(type) ? parser.value(type)
                                                                      : QStringLiteral("text"));
        if (!kind)
            return ctx.usage(kind.error().message);
        f.kind = *kind;
        f.options = parser.values(option);
        auto id = repo.addField(f);
        if (!id)
            return ctx.fail(id.error());
        f.id = *id;
        if (ctx.json)
            ctx.printJson(fieldJson(f));
        else
            *ctx.out << *id << Qt::endl;
        return Success;
    }
    // set ID NAME VALUE
    bool ok = false;
    const qint64 id = positional.at(0).toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usage(tr("A record id is a positive whole number, not \"%1\"").arg(positional.at(0)));
    if (auto st = repo.setValue(entityName, id, positional.at(1), positional.at(2)); !st)
        return ctx.fail(st.error());
    if (ctx.json)
        ctx.printJson({{QStringLiteral("entity"), entityName},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("field"), positional.at(1)}});
    return Success;
}

} // namespace kontor::cli
