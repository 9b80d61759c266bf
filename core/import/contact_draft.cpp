#include "import/contact_draft.h"

#include "contacts/phone.h"
#include "import/value_parse.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kontor::importing::detail {

namespace {

// Looked up under the context lupdate files these messages in (the namespace's name).
QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::importing::detail", text);
}

void splitName(const QString &full, Contact *c)
{
    if (full.contains(QLatin1Char(','))) { // "Smith, John"
        c->lastName = full.section(QLatin1Char(','), 0, 0).trimmed();
        c->firstName = full.section(QLatin1Char(','), 1).trimmed();
        return;
    }
    const QStringList parts = full.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() == 1) {
        c->firstName = parts.first();
        return;
    }
    c->lastName = parts.last();
    c->firstName = parts.mid(0, parts.size() - 1).join(QLatin1Char(' '));
}

} // namespace

void parseContactRow(const WriterContext &ctx, qint64 row, const QStringList &cells, Draft *d,
                     QList<ImportProblem> *problems)
{
    const qsizetype start = problems->size();
    Contact &c = d->contact;
    c.emails.clear();
    c.phones.clear();
    auto problem = [&](int col, const QString &value, const QString &reason) {
        problems->append({row, ctx.header.value(col), value, reason});
    };
    for (int col = 0; col < ctx.mapping.fields.size(); ++col) {
        const QString key = ctx.mapping.fields.at(col);
        if (key.isEmpty())
            continue;
        const QString v = cellText(cells, col);
        if (v.isEmpty())
            continue;
        d->provided.insert(key);
        if (key == QLatin1String("first_name"))
            c.firstName = v;
        else if (key == QLatin1String("last_name"))
            c.lastName = v;
        else if (key == QLatin1String("full_name"))
            splitName(v, &c);
        else if (key == QLatin1String("title"))
            c.title = v;
        else if (key == QLatin1String("company"))
            d->companyName = v;
        else if (key == QLatin1String("email")) {
            static const QRegularExpression separators(QStringLiteral("[;,]")); // compiled once
            for (const QString &part : v.split(separators, Qt::SkipEmptyParts)) {
                const QString e = part.trimmed();
                if (!isEmail(e))
                    problem(col, e, tr("not an email address"));
                else if (!hasEmail(c, e))
                    c.emails.append({0, QStringLiteral("work"), e});
            }
        } else if (key == QLatin1String("phone") || key == QLatin1String("mobile")) {
            for (const QString &part : v.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                const QString p = part.trimmed();
                auto digits = phone::checkedMatchDigits(p, ctx.region, {});
                if (!digits) {
                    problem(col, p, digits.error().message);
                } else {
                    d->digits << *digits;
                    c.phones.append({0, key == QLatin1String("mobile") ? QStringLiteral("mobile") : QStringLiteral("work"), p});
                }
            }
        } else if (key == QLatin1String("birthday")) {
            const ParsedDate date = parseDate(v, ctx.options->dateOrder);
            if (!date.problem.isEmpty())
                problem(col, v, date.problem);
            else if (date.date > QDate::currentDate())
                problem(col, v, tr("a birthday in the future"));
            else
                c.birthday = date.date;
        } else if (key == QLatin1String("street"))
            c.address.street = v;
        else if (key == QLatin1String("city"))
            c.address.city = v;
        else if (key == QLatin1String("region"))
            c.address.region = v;
        else if (key == QLatin1String("postal_code"))
            c.address.postalCode = v;
        else if (key == QLatin1String("country"))
            c.address.country = v;
        else if (key == QLatin1String("source"))
            c.source = v;
        else if (key == QLatin1String("notes"))
            c.notes = v;
        else if (key == QLatin1String("status")) {
            if (!contactStatuses().contains(v.toLower()))
                problem(col, v, tr("must be one of: %1").arg(contactStatuses().join(QStringLiteral(", "))));
            else
                c.status = v.toLower();
        } else if (key == QLatin1String("temperature")) {
            if (!contactTemperatures().contains(v.toLower()))
                problem(col, v, tr("must be one of: %1").arg(contactTemperatures().join(QStringLiteral(", "))));
            else
                c.temperature = v.toLower();
        } else if (key == QLatin1String("id")) {
            bool ok = false;
            d->kontorId = v.toLongLong(&ok);
            if (!ok || d->kontorId <= 0)
                problem(col, v, tr("not a record id"));
        } else if (key.startsWith(QLatin1String("custom:"))) {
            if (auto refused = customCellProblem(ctx, row, col, key.mid(7), v))
                problems->append(*refused);
            else
                d->custom.insert(key.mid(7), v);
        }
    }
    if (c.firstName.isEmpty() && c.lastName.isEmpty() && c.emails.isEmpty()
        && problems->size() == start)
        problems->append({row, {}, {}, tr("no name and no email address")});
    for (const auto &e : c.emails)
        d->emailNorms << ContactRepository::normalizeEmail(e.email);
    if (!d->companyName.isEmpty())
        d->companyKey = companyKey(d->companyName);
    d->keys = ContactRepository::rowKeys(c);
}

bool hasEmail(const Contact &c, const QString &email)
{
    const QString n = ContactRepository::normalizeEmail(email);
    for (const auto &e : c.emails) {
        if (ContactRepository::normalizeEmail(e.email) == n)
            return true;
    }
    return false;
}

} // namespace kontor::importing::detail
