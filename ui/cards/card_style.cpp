#include "cards/card_style.h"

#include "repo/contact_repository.h"

#include <QCoreApplication>
#include <QLabel>

namespace kontor {

namespace {
struct Card
{
    Q_DECLARE_TR_FUNCTIONS(Card)
};
} // namespace

QString cardStyleSheet()
{
    return QStringLiteral(
        "QLabel#cardName { font-size: 18pt; font-weight: bold; color: #1f2d3d; }"
        "QLabel#cardSubtitle { color: #5b6b80; font-size: 11pt; }"
        "QLabel#cardMeta { color: #5b6b80; }"
        "QLabel#cardSection { font-weight: bold; color: #3b4a5e; font-size: 10.5pt;"
        "  padding-top: 10px; border-bottom: 1px solid #dde3ec; }"
        "QLabel#fieldError { color: #b3261e; }"
        "QWidget#cardHeader { background: #f1f4f9; border-bottom: 1px solid #dde3ec; }"
        "QPushButton[photoLink=\"true\"] { border: none; background: transparent; color: #2f6fd6;"
        "  padding: 2px 0; }"
        "QPushButton[photoLink=\"true\"]:hover { text-decoration: underline; }"
        "QPushButton[photoLink=\"true\"]:disabled { color: #9aa5b4; }"
        "QScrollArea#cardForm { border: none; background: transparent; }"
        "QWidget#cardFormBody { background: transparent; }"
        "QPushButton#saveButton { background: #2f6fd6; color: white; border: none;"
        "  border-radius: 4px; padding: 6px 18px; font-weight: bold; }"
        "QPushButton#saveButton:disabled { background: #b8c7e0; }");
}

QLabel *sectionLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setObjectName(QStringLiteral("cardSection"));
    return label;
}

QStringList contactSources()
{
    return {QStringLiteral("website"), QStringLiteral("email"),   QStringLiteral("phone"),
            QStringLiteral("social"),  QStringLiteral("referral"), QStringLiteral("event"),
            QStringLiteral("other")};
}

QString sourceName(const QString &source)
{
    if (source == QLatin1String("website"))
        return Card::tr("Website");
    if (source == QLatin1String("email"))
        return Card::tr("Email");
    if (source == QLatin1String("phone"))
        return Card::tr("Phone");
    if (source == QLatin1String("social"))
        return Card::tr("Social media");
    if (source == QLatin1String("referral"))
        return Card::tr("Referral");
    if (source == QLatin1String("event"))
        return Card::tr("Event");
    if (source == QLatin1String("other"))
        return Card::tr("Other");
    return source;
}

QString emailProblem(const QString &email)
{
    Contact probe;
    probe.firstName = QStringLiteral("-");
    probe.emails.append({0, QStringLiteral("work"), email});
    const Status st = ContactRepository::validate(probe);
    return st ? QString() : st.error().message;
}

QString phoneProblem(const QString &phone)
{
    Contact probe;
    probe.firstName = QStringLiteral("-");
    probe.phones.append({0, QStringLiteral("work"), phone});
    const Status st = ContactRepository::validate(probe);
    return st ? QString() : st.error().message;
}

QUrl telUrl(const QString &phone)
{
    QString dial;
    for (const QChar ch : phone) {
        if (ch.isDigit() || (ch == QLatin1Char('+') && dial.isEmpty()))
            dial += ch;
    }
    return QUrl(QStringLiteral("tel:") + dial);
}

QUrl profileUrl(const QString &input)
{
    const QString value = input.trimmed();
    if (value.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || value.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
        return QUrl(value, QUrl::StrictMode);
    if (value.startsWith(QLatin1Char('@')) && value.size() > 1 && !value.contains(QLatin1Char(' ')))
        return QUrl(QStringLiteral("https://t.me/") + value.mid(1), QUrl::StrictMode);
    // "linkedin.com/in/anna": a host with a dot, then a path, and no spaces.
    const int slash = int(value.indexOf(QLatin1Char('/')));
    if (slash > 0 && value.left(slash).contains(QLatin1Char('.')) && !value.contains(QLatin1Char(' ')))
        return QUrl(QStringLiteral("https://") + value, QUrl::StrictMode);
    return {};
}

QString temperatureName(const QString &temperature)
{
    if (temperature == QLatin1String("cold"))
        return Card::tr("Cold");
    if (temperature == QLatin1String("warm"))
        return Card::tr("Warm");
    if (temperature == QLatin1String("hot"))
        return Card::tr("Hot");
    return Card::tr("Not rated");
}

} // namespace kontor
