// kontorctl contacts add|show|list, companies list, delete.
#include "cli.h"

#include "contacts/phone.h"
#include "contacts/phone_region.h"
#include "contacts/phone_renormalize.h"
#include "customfields/custom_field_repository.h"
#include "repo/company_repository.h"
#include "repo/contact_repository.h"
#include "repo/deal_repository.h"

#include <QJsonArray>

namespace kontor::cli {

namespace {

// Parses `args` (subcommand already removed); positional arguments are allowed, between
// `minPositional` and `maxPositional` of them.
bool parseWithPositional(Context &ctx, QCommandLineParser &parser, const QStringList &args,
                         int minPositional, int maxPositional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList {QStringLiteral("kontorctl")} + args)) {
        ctx.usage(parser.errorText());
        return false;
    }
    const int n = int(parser.positionalArguments().size());
    if (n < minPositional) {
        ctx.usage(tr("Missing argument"));
        return false;
    }
    if (n > maxPositional) {
        ctx.usage(
            tr("Unexpected argument: %1").arg(parser.positionalArguments().at(maxPositional)));
        return false;
    }
    return true;
}

bool idArgument(Context &ctx, const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    if (!ok || *id <= 0) {
        ctx.usage(tr("A record id is a positive whole number, not \"%1\"").arg(text));
        return false;
    }
    return true;
}

Result<Session> openSession(const Context &ctx)
{
    auto url = ctx.databaseUrl();
    if (!url)
        return url.error();
    return Session::open(*url);
}

QJsonObject contactJson(const Contact &c)
{
    QJsonArray emails;
    for (const ContactEmail &e : c.emails)
        emails.append(
            QJsonObject {{QStringLiteral("label"), e.label}, {QStringLiteral("email"), e.email}});
    QJsonArray phones;
    for (const ContactPhone &p : c.phones)
        phones.append(
            QJsonObject {{QStringLiteral("label"), p.label}, {QStringLiteral("phone"), p.phone}});
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("first_name"), c.firstName},
            {QStringLiteral("last_name"), c.lastName},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("company_id"), c.companyId},
            {QStringLiteral("company"), c.companyName},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("emails"), emails},
            {QStringLiteral("phones"), phones}};
}

QString contactLine(const Contact &c)
{
    QStringList parts {QString::number(c.id), c.displayName()};
    if (!c.companyName.isEmpty())
        parts << c.companyName;
    if (!c.primaryEmail().isEmpty())
        parts << c.primaryEmail();
    if (!c.primaryPhone().isEmpty())
        parts << c.primaryPhone();
    return parts.join(QLatin1Char('\t'));
}

int addContact(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption first(QStringLiteral("first-name"), tr("first name"),
                                   QStringLiteral("F"));
    const QCommandLineOption last(QStringLiteral("last-name"), tr("last name"),
                                  QStringLiteral("L"));
    const QCommandLineOption email(QStringLiteral("email"), tr("email (repeatable)"),
                                   QStringLiteral("E"));
    const QCommandLineOption phone(QStringLiteral("phone"), tr("phone (repeatable)"),
                                   QStringLiteral("P"));
    const QCommandLineOption company(QStringLiteral("company"), tr("company name"),
                                     QStringLiteral("C"));
    const QCommandLineOption title(QStringLiteral("title"), tr("job title"), QStringLiteral("T"));
    parser.addOptions({first, last, email, phone, company, title});
    if (!parseWithPositional(ctx, parser, args, 0, 0))
        return UsageError;
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    Contact c;
    c.firstName = parser.value(first);
    c.lastName = parser.value(last);
    c.title = parser.value(title);
    for (const QString &e : parser.values(email))
        c.emails.append({0, QStringLiteral("work"), e});
    for (const QString &p : parser.values(phone))
        c.phones.append({0, QStringLiteral("work"), p});
    if (auto st = ContactRepository::validate(c); !st)
        return ctx.fail(st.error());
    if (parser.isSet(company)) {
        CompanyRepository companies(*session);
        auto found = companies.findByName(parser.value(company));
        if (!found)
            return ctx.fail(found.error());
        if (*found == 0) {
            Company co;
            co.name = parser.value(company);
            auto created = companies.create(co);
            if (!created)
                return ctx.fail(created.error());
            c.companyId = *created;
        } else {
            c.companyId = *found;
        }
    }
    auto id = ContactRepository(*session).create(c);
    if (!id)
        return ctx.fail(id.error());
    if (ctx.json) {
        auto back = ContactRepository(*session).get(*id);
        if (!back)
            return ctx.fail(back.error());
        ctx.printJson(contactJson(*back));
    } else {
        *ctx.out << *id << Qt::endl;
    }
    return Success;
}

int showContact(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    if (!parseWithPositional(ctx, parser, args, 1, 1))
        return UsageError;
    qint64 id = 0;
    if (!idArgument(ctx, parser.positionalArguments().constFirst(), &id))
        return UsageError;
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    auto c = ContactRepository(*session).get(id);
    if (!c)
        return ctx.fail(c.error());
    auto custom = CustomFieldRepository(*session).values(QStringLiteral("contact"), id);
    if (!custom)
        return ctx.fail(custom.error());
    if (ctx.json) {
        // Set values only, in their stored form; a multiple choice as an array.
        QJsonObject fields;
        for (const CustomValue &v : *custom) {
            if (v.value.isEmpty())
                continue;
            if (v.field.kind == CustomField::Kind::MultiChoice)
                fields.insert(v.field.name, QJsonArray::fromStringList(CustomField::splitMulti(v.value)));
            else
                fields.insert(v.field.name, v.value);
        }
        QJsonObject o = contactJson(*c);
        o.insert(QStringLiteral("custom"), fields);
        ctx.printJson(o);
        return Success;
    }
    QTextStream &out = *ctx.out;
    out << tr("Contact %1: %2").arg(c->id).arg(c->displayName()) << Qt::endl;
    if (!c->title.isEmpty())
        out << tr("  title: %1").arg(c->title) << Qt::endl;
    if (!c->companyName.isEmpty())
        out << tr("  company: %1").arg(c->companyName) << Qt::endl;
    out << tr("  status: %1").arg(c->status) << Qt::endl;
    for (const ContactEmail &e : c->emails)
        out << tr("  email (%1): %2").arg(e.label, e.email) << Qt::endl;
    for (const ContactPhone &p : c->phones)
        out << tr("  phone (%1): %2").arg(p.label, p.phone) << Qt::endl;
    for (const CustomValue &v : *custom) {
        if (!v.value.isEmpty())
            out << QStringLiteral("  %1: %2").arg(v.field.name, v.field.displayText(v.value)) << Qt::endl;
    }
    return Success;
}

int listContacts(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption search(QStringLiteral("search"), tr("quick-search text"),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("at most N rows (default 50)"),
                                   QStringLiteral("N"));
    const QCommandLineOption trashed(QStringLiteral("trashed"), tr("list the trash"));
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    tr("e.g. \"tag=VIP not-contacted=90 open-deal=yes\""),
                                    QStringLiteral("EXPR"));
    const QCommandLineOption segment(QStringLiteral("segment"), tr("a saved segment"),
                                     QStringLiteral("NAME"));
    parser.addOptions({search, limit, trashed, filter, segment});
    if (!parseWithPositional(ctx, parser, args, 0, 0))
        return UsageError;
    qint64 n = 50;
    if (!ctx.number(parser, QStringLiteral("limit"), 5000, &n))
        return UsageError;
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    ContactQuery q;
    q.text = parser.value(search);
    q.trashed = parser.isSet(trashed);
    if (parser.isSet(filter) && parser.isSet(segment))
        return ctx.usage(tr("Give --filter or --segment, not both"));
    if (parser.isSet(filter)) {
        auto f = ContactFilter::parse(parser.value(filter));
        if (!f)
            return ctx.usage(f.error().toString());
        if (auto st = f.value().resolveCustomFields(*session); !st) // the fields must exist
            return ctx.fail(st.error());
        q.filter = *f;
    }
    if (parser.isSet(segment)) {
        auto seg = SegmentRepository(*session).byName(parser.value(segment));
        if (!seg)
            return ctx.fail(seg.error());
        q.filter = seg->filter;
    }
    ContactRepository repo(*session);
    auto page = repo.list(q, PageRequest {int(qMax<qint64>(1, n)), {}});
    if (!page)
        return ctx.fail(page.error());
    auto total = repo.count(q);
    if (!total)
        return ctx.fail(total.error());
    if (ctx.json) {
        QJsonArray items;
        for (const Contact &c : page->items)
            items.append(contactJson(c));
        ctx.printJson({{QStringLiteral("total"), *total}, {QStringLiteral("contacts"), items}});
    } else {
        for (const Contact &c : page->items)
            *ctx.out << contactLine(c) << Qt::endl;
        *ctx.out << tr("%1 of %2 contacts").arg(page->items.size()).arg(*total) << Qt::endl;
    }
    return Success;
}

int segments(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    if (!parseWithPositional(ctx, parser, args, 0, 0))
        return UsageError;
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    auto list = SegmentRepository(*session).list();
    if (!list)
        return ctx.fail(list.error());
    QJsonArray items;
    for (const Segment &seg : *list) {
        if (ctx.json) {
            items.append(QJsonObject {{QStringLiteral("id"), seg.id},
                                      {QStringLiteral("name"), seg.name},
                                      {QStringLiteral("shared"), seg.shared},
                                      {QStringLiteral("filter"), seg.filter.toJson()},
                                      {QStringLiteral("count"), seg.count}});
        } else {
            *ctx.out << seg.id << '\t' << seg.name << '\t' << seg.count << Qt::endl;
        }
    }
    if (ctx.json)
        ctx.printJson({{QStringLiteral("segments"), items}});
    return Success;
}

int saveSegment(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption filter(QStringLiteral("filter"), tr("the filter"),
                                    QStringLiteral("EXPR"));
    const QCommandLineOption shared(QStringLiteral("shared"), tr("visible to every user"));
    parser.addOptions({filter, shared});
    if (!parseWithPositional(ctx, parser, args, 1, 1))
        return UsageError;
    auto f = ContactFilter::parse(parser.value(filter));
    if (!f)
        return ctx.usage(f.error().toString());
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    if (auto st = f.value().resolveCustomFields(*session); !st)
        return ctx.fail(st.error());
    auto id = SegmentRepository(*session).save(parser.positionalArguments().constFirst(), *f,
                                               parser.isSet(shared));
    if (!id)
        return ctx.fail(id.error());
    if (ctx.json)
        ctx.printJson({{QStringLiteral("id"), *id}});
    else
        *ctx.out << *id << Qt::endl;
    return Success;
}

// contacts renormalize-phones [--dry-run]: match keys again with the current default region.
int renormalizePhonesCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("only report what would change"));
    parser.addOption(dryRun);
    if (!parseWithPositional(ctx, parser, args, 0, 0))
        return UsageError;
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    auto report = renormalizePhones(*session, parser.isSet(dryRun));
    if (!report)
        return ctx.fail(report.error());
    if (ctx.json) {
        QJsonArray unreadable;
        for (const UnreadablePhone &p : report->unreadable)
            unreadable.append(QJsonObject {{QStringLiteral("contact"), p.contactId},
                                           {QStringLiteral("phone"), p.phone}});
        ctx.printJson({{QStringLiteral("region"), report->region},
                       {QStringLiteral("checked"), report->checked},
                       {QStringLiteral("changed"), report->changed},
                       {QStringLiteral("contacts"), report->contacts},
                       {QStringLiteral("dry_run"), parser.isSet(dryRun)},
                       {QStringLiteral("unreadable"), unreadable}});
        return Success;
    }
    *ctx.out << (parser.isSet(dryRun)
                     ? tr("Region %1: %2 phones checked, %3 would change (%4 contacts)")
                     : tr("Region %1: %2 phones checked, %3 changed (%4 contacts)"))
                    .arg(report->region)
                    .arg(report->checked)
                    .arg(report->changed)
                    .arg(report->contacts)
             << Qt::endl;
    if (!report->unreadable.isEmpty()) {
        *ctx.out << tr("%1 could not be read as a phone number of any country (kept as typed):")
                        .arg(report->unreadable.size())
                 << Qt::endl;
        for (const UnreadablePhone &p : report->unreadable)
            *ctx.out << tr("  contact %1: %2").arg(p.contactId).arg(p.phone) << Qt::endl;
    }
    return Success;
}

// contacts region [CODE | --clear]: the default phone region, shown or set.
int regionCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption clear(QStringLiteral("clear"),
                                   tr("forget the stored region (the system's is used)"));
    parser.addOption(clear);
    if (!parseWithPositional(ctx, parser, args, 0, 1))
        return UsageError;
    if (parser.isSet(clear) && !parser.positionalArguments().isEmpty())
        return ctx.usage(tr("Give a region or --clear, not both"));
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    if (parser.isSet(clear) || !parser.positionalArguments().isEmpty()) {
        if (auto st = phone::setDefaultRegion(*session, parser.positionalArguments().value(0));
            !st)
            return ctx.fail(st.error());
    }
    auto stored = phone::storedDefaultRegion(*session);
    if (!stored)
        return ctx.fail(stored.error());
    auto conn = session->db->connection();
    if (!conn)
        return ctx.fail(conn.error());
    const QString used = phone::defaultRegion(*conn);
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("region"), used},
                       {QStringLiteral("stored"), !stored->isEmpty()}});
    } else {
        *ctx.out << (stored->isEmpty() ? tr("%1 (from the system's locale; none stored)")
                                       : tr("%1"))
                        .arg(used)
                 << Qt::endl;
    }
    return Success;
}

} // namespace

int runContacts(Context &ctx)
{
    const QString sub = ctx.args.value(0);
    const QStringList rest = ctx.args.mid(1);
    if (sub == QLatin1String("add"))
        return addContact(ctx, rest);
    if (sub == QLatin1String("show"))
        return showContact(ctx, rest);
    if (sub == QLatin1String("list"))
        return listContacts(ctx, rest);
    if (sub == QLatin1String("segments"))
        return segments(ctx, rest);
    if (sub == QLatin1String("segment-save"))
        return saveSegment(ctx, rest);
    if (sub == QLatin1String("renormalize-phones"))
        return renormalizePhonesCommand(ctx, rest);
    if (sub == QLatin1String("region"))
        return regionCommand(ctx, rest);
    return ctx.usage(sub.isEmpty() ? tr("Say what to do: add, show, list, segments, segment-save,"
                                        " region or renormalize-phones")
                                   : tr("Unknown contacts command: %1").arg(sub));
}

int runCompanies(Context &ctx)
{
    if (ctx.args.value(0) != QLatin1String("list"))
        return ctx.usage(tr("Unknown companies command: %1").arg(ctx.args.value(0)));
    QCommandLineParser parser;
    const QCommandLineOption search(QStringLiteral("search"), tr("quick-search text"),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("at most N rows (default 50)"),
                                   QStringLiteral("N"));
    parser.addOptions({search, limit});
    if (!parseWithPositional(ctx, parser, ctx.args.mid(1), 0, 0))
        return UsageError;
    qint64 n = 50;
    if (!ctx.number(parser, QStringLiteral("limit"), 5000, &n))
        return UsageError;
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    CompanyQuery q;
    q.text = parser.value(search);
    CompanyRepository repo(*session);
    auto page = repo.list(q, PageRequest {int(qMax<qint64>(1, n)), {}});
    if (!page)
        return ctx.fail(page.error());
    auto total = repo.count(q);
    if (!total)
        return ctx.fail(total.error());
    QJsonArray items;
    for (const Company &c : page->items) {
        if (ctx.json) {
            items.append(QJsonObject {{QStringLiteral("id"), c.id},
                                      {QStringLiteral("name"), c.name},
                                      {QStringLiteral("city"), c.address.city},
                                      {QStringLiteral("people"), c.peopleCount}});
        } else {
            *ctx.out << c.id << '\t' << c.name << '\t' << c.peopleCount << Qt::endl;
        }
    }
    if (ctx.json)
        ctx.printJson({{QStringLiteral("total"), *total}, {QStringLiteral("companies"), items}});
    else
        *ctx.out << tr("%1 of %2 companies").arg(page->items.size()).arg(*total) << Qt::endl;
    return Success;
}

int runDelete(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption entity(QStringLiteral("entity"),
                                    tr("contact (default), company or deal"), QStringLiteral("E"),
                                    QStringLiteral("contact"));
    parser.addOption(entity);
    if (!parseWithPositional(ctx, parser, ctx.args, 1, 1))
        return UsageError;
    qint64 id = 0;
    if (!idArgument(ctx, parser.positionalArguments().constFirst(), &id))
        return UsageError;
    const QString kind = parser.value(entity);
    if (kind != QLatin1String("contact") && kind != QLatin1String("company")
        && kind != QLatin1String("deal"))
        return ctx.usage(tr("--entity is contact, company or deal, not \"%1\"").arg(kind));
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    const Status st = kind == QLatin1String("contact") ? ContactRepository(*session).moveToTrash(id)
        : kind == QLatin1String("company")             ? CompanyRepository(*session).moveToTrash(id)
                                                       : DealRepository(*session).moveToTrash(id);
    if (!st)
        return ctx.fail(st.error());
    if (ctx.json)
        ctx.printJson({{QStringLiteral("trashed"), kind}, {QStringLiteral("id"), id}});
    else
        *ctx.out << tr("Moved %1 %2 to the trash").arg(kind).arg(id) << Qt::endl;
    return Success;
}

} // namespace kontor::cli
