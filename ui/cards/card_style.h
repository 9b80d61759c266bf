#pragma once

#include <QString>
#include <QUrl>

class QLabel;
class QWidget;

namespace kontor {

// The look shared by the cards: section headings, a big name, quiet secondary text.
QString cardStyleSheet();
QLabel *sectionLabel(const QString &text);
// Choices stored as keys and shown translated (source channel, temperature).
QString sourceName(const QString &source);
QString temperatureName(const QString &temperature);
QStringList contactSources();
// What ContactRepository::validate says about one email or phone alone ("" when fine), so
// the message can sit next to the field it is about.
QString emailProblem(const QString &email);
QString phoneProblem(const QString &phone);
// tel: link with the digits (and a leading +) only.
QUrl telUrl(const QString &phone);
// A messenger handle or social profile as a web address to open: "https://…" as it is,
// "linkedin.com/in/anna" with https:// before it, a Telegram "@anna" as t.me/anna; an empty
// URL for what is no address (a Skype name, a phone number for WhatsApp).
QUrl profileUrl(const QString &value);

} // namespace kontor
