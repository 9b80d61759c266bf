#include "import/value_parse.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace kontor::importing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::importing", text);
}

ParsedDate ok(QDate d)
{
    ParsedDate p;
    if (d.isValid())
        p.date = d;
    else
        p.problem = tr("no such day in the calendar");
    return p;
}

ParsedDate bad(const QString &why)
{
    ParsedDate p;
    p.problem = why;
    return p;
}

} // namespace

ParsedDate parseDate(const QString &input, DateOrder order)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ].*)?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression dotted(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2,4})\\.?$"));
    static const QRegularExpression slashed(QStringLiteral("^(\\d{1,2})[/-](\\d{1,2})[/-](\\d{2,4})(?: .*)?$"));
    if (auto m = iso.match(text); m.hasMatch())
        return ok(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    if (auto m = compact.match(text); m.hasMatch())
        return ok(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    const bool isDotted = dotted.match(text).hasMatch();
    const auto m = isDotted ? dotted.match(text) : slashed.match(text);
    if (m.hasMatch()) {
        if (m.captured(3).size() != 4)
            return bad(tr("a two-digit year is ambiguous; write the year in full"));
        const int a = m.captured(1).toInt(), b = m.captured(2).toInt(), y = m.captured(3).toInt();
        if (isDotted) // 03.04.2023 is day-first wherever dots are written
            return ok(QDate(y, b, a));
        if (a > 12 && b <= 12)
            return ok(QDate(y, b, a));
        if (b > 12 && a <= 12)
            return ok(QDate(y, a, b));
        if (a == b)
            return ok(QDate(y, a, b));
        if (order == DateOrder::DayFirst)
            return ok(QDate(y, b, a));
        if (order == DateOrder::MonthFirst)
            return ok(QDate(y, a, b));
        ParsedDate p = bad(tr("ambiguous: %1 could be day/month or month/day; choose the order")
                               .arg(text));
        p.ambiguous = true;
        return p;
    }
    const QLocale english(QLocale::English);
    for (const char *format : {"d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy",
                               "MMM d yyyy", "d-MMM-yyyy", "dd-MMM-yyyy"}) {
        const QDate d = english.toDate(text, QLatin1String(format));
        if (d.isValid())
            return ok(d);
    }
    return bad(tr("not a date"));
}

ParsedDateTime parseDateTime(const QString &input, DateOrder order)
{
    ParsedDateTime out;
    const QString text = input.trimmed();
    if (text.isEmpty())
        return out;
    static const QRegularExpression withTime(QStringLiteral(
        "^(.*?)(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*([AaPp]\\.?[Mm]\\.?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?$"));
    const auto m = withTime.match(text);
    const QString datePart = m.hasMatch() ? m.captured(1) : text;
    const ParsedDate date = parseDate(datePart, order);
    if (!date.problem.isEmpty()) {
        out.problem = date.problem;
        out.ambiguous = date.ambiguous;
        return out;
    }
    QTime time(0, 0);
    if (m.hasMatch() && !m.captured(2).isEmpty()) {
        int hour = m.captured(2).toInt();
        const QString half = m.captured(5).toLower().remove(QLatin1Char('.'));
        if (!half.isEmpty()) {
            if (hour < 1 || hour > 12) {
                out.problem = tr("not a time of day");
                return out;
            }
            hour = hour % 12 + (half == QLatin1String("pm") ? 12 : 0);
        }
        time = QTime(hour, m.captured(3).toInt(), m.captured(4).toInt());
        if (!time.isValid()) {
            out.problem = tr("not a time of day");
            return out;
        }
    }
    const QString zone = m.hasMatch() ? m.captured(6) : QString();
    if (zone.isEmpty()) {
        out.when = QDateTime(date.date, time, Qt::LocalTime);
    } else if (zone == QLatin1String("Z")) {
        out.when = QDateTime(date.date, time, Qt::UTC);
    } else {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int minutes = digits.left(2).toInt() * 60 + digits.mid(2).toInt();
        out.when = QDateTime(date.date, time, Qt::OffsetFromUTC, (zone.startsWith(QLatin1Char('-')) ? -60 : 60) * minutes);
    }
    if (!out.when.isValid())
        out.problem = tr("not a time of day");
    return out;
}

ParsedMoney parseMoney(const QString &input)
{
    ParsedMoney out;
    QString text = input.trimmed();
    if (text.isEmpty())
        return out;
    struct Sign { const char16_t *sign; const char *code; };
    static const Sign signs[] = {{u"€", "EUR"}, {u"$", "USD"}, {u"£", "GBP"}, {u"₽", "RUB"},
                                 {u"¥", "JPY"}, {u"₭", "LAK"}, {u"лв", "BGN"}, {u"руб", "RUB"},
                                 {u"TSh", "TZS"}, {u"KSh", "KES"}, {u"﷼", "IRR"}};
    for (const Sign &s : signs) {
        const QString sign = QString::fromUtf16(s.sign);
        if (text.contains(sign)) {
            out.currency = QLatin1String(s.code);
            text.remove(sign);
        }
    }
    static const QRegularExpression code(QStringLiteral("\\b([A-Z]{3})\\b"));
    if (auto m = code.match(text); m.hasMatch()) {
        out.currency = m.captured(1);
        text.remove(m.capturedStart(1), 3);
    }
    text = text.trimmed();
    bool negative = false;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212))) {
        negative = true;
        text = text.mid(1).trimmed();
    } else if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        negative = true; // accounting style
        text = text.mid(1, text.size() - 2).trimmed();
    }
    // Thousands groups may be written with spaces, no-break spaces, thin spaces or '.
    text.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(QLatin1Char('\''));
    static const QRegularExpression shape(QStringLiteral("^\\d[\\d.,]*$"));
    if (!shape.match(text).hasMatch()) {
        out.problem = tr("not an amount");
        return out;
    }
    const int lastDot = int(text.lastIndexOf(QLatin1Char('.')));
    const int lastComma = int(text.lastIndexOf(QLatin1Char(',')));
    int decimal = -1; // index of the decimal separator
    if (lastDot >= 0 && lastComma >= 0) {
        decimal = qMax(lastDot, lastComma); // the later one separates the decimals
    } else if (lastDot >= 0 || lastComma >= 0) {
        const QChar sep = lastDot >= 0 ? QLatin1Char('.') : QLatin1Char(',');
        const int at = qMax(lastDot, lastComma);
        const int count = int(text.count(sep));
        const int after = int(text.size()) - at - 1;
        if (count > 1)
            decimal = -1; // 1.234.567: thousands only
        else if (after == 3) {
            out.problem = tr("ambiguous: %1 could be thousands or decimals").arg(input.trimmed());
            return out;
        } else {
            decimal = at;
        }
    }
    QString whole = decimal >= 0 ? text.left(decimal) : text;
    QString frac = decimal >= 0 ? text.mid(decimal + 1) : QString();
    whole.remove(QLatin1Char('.')).remove(QLatin1Char(','));
    if (frac.contains(QLatin1Char('.')) || frac.contains(QLatin1Char(','))) {
        out.problem = tr("not an amount");
        return out;
    }
    if (frac.size() > 2) {
        out.problem = tr("more than two decimals");
        return out;
    }
    if (whole.isEmpty() || whole.size() > 15) {
        out.problem = whole.isEmpty() ? tr("not an amount") : tr("amount too large");
        return out;
    }
    while (frac.size() < 2)
        frac += QLatin1Char('0');
    out.minor = whole.toLongLong() * 100 + frac.toLongLong();
    if (negative)
        out.minor = -out.minor;
    return out;
}

bool isEmail(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[^@\\s\"<>(),;:]+@[^@\\s\"<>(),;:]+\\.[^@\\s\"<>(),;:.]{2,}$"));
    return re.match(text.trimmed()).hasMatch();
}

bool looksLikePhone(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\+?[\\d ()./\\-]+$"));
    const QString t = text.trimmed();
    if (!re.match(t).hasMatch())
        return false;
    int digits = 0;
    for (QChar c : t)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 6 && digits <= 17;
}

QString undoFormulaEscape(const QString &cell)
{
    if (cell.size() >= 2 && cell.at(0) == QLatin1Char('\'')) {
        const QChar c = cell.at(1);
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
            || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            return cell.mid(1);
    }
    return cell;
}

} // namespace kontor::importing
