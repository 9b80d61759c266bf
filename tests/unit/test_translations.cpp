// Every translation in translations/*.ts keeps what the program fills in or acts on: the same
// placeholders (%1, %n, %L2, %%), one keyboard accelerator where the English has one (none
// where it has none), the same HTML tags, and no empty text. A translation that drops a %1
// shows the user a sentence without its number; one with two '&' steals another shortcut.
// Messages not translated yet are skipped (Qt shows the English).
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:%|L?n|L?[1-9])"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    return sorted(out);
}

QStringList tags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?(?:b|i|a|br|small|p|ul|li|span)\\b[^>]*>"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    return sorted(out);
}

// '&' followed by something other than '&' or a space ("Tom & Jerry" is not one).
int accelerators(const QString &text)
{
    int n = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++n;
    }
    return n;
}

struct Message
{
    QString context, source;
    QStringList translations; // one, or each plural form
    bool finished = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> out;
    QString context;
    Message m;
    bool inMessage = false; // a <message>'s own elements, not the <context>'s <name>
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage)
                context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                m = Message {context, {}, {}, false};
                inMessage = true;
            }
            else if (name == QLatin1String("source"))
                m.source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                m.finished = type.isEmpty();
                // Plural forms are <numerusform> children; otherwise the text itself.
                QString text;
                bool numerus = false;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                        numerus = true;
                        m.translations << xml.readElementText();
                    } else if (xml.isCharacters() && !numerus) {
                        text += xml.text();
                    }
                }
                if (!numerus)
                    m.translations << text;
                out << m;
                inMessage = false;
            }
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

} // namespace

TEST_CASE("Translations keep placeholders, accelerators and tags", "[unit][translations]")
{
    const QDir dir(QStringLiteral(KONTOR_TRANSLATIONS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("kontor_*.ts")}, QDir::Files);
    REQUIRE(files.size() >= 7); // en, ru, bg, fi, sw, fa, lo
    int checked = 0;
    for (const QString &name : files) {
        for (const Message &m : readTs(dir.filePath(name))) {
            if (!m.finished)
                continue;
            for (const QString &t : m.translations) {
                INFO(name.toStdString() << " [" << m.context.toStdString() << "] \"" << m.source.toStdString()
                                        << "\" -> \"" << t.toStdString() << "\"");
                CHECK_FALSE(t.trimmed().isEmpty());
                // A plural form may leave %n out ("one contact"), never add another.
                QStringList expected = placeholders(m.source);
                QStringList got = placeholders(t);
                if (m.translations.size() > 1 || m.source.contains(QLatin1String("%n"))) {
                    expected.removeAll(QStringLiteral("%n"));
                    expected.removeAll(QStringLiteral("%Ln"));
                    got.removeAll(QStringLiteral("%n"));
                    got.removeAll(QStringLiteral("%Ln"));
                }
                CHECK(got == expected);
                CHECK(accelerators(t) == accelerators(m.source));
                CHECK(tags(t) == tags(m.source));
                ++checked;
            }
        }
    }
    CHECK(checked > 10000); // six languages of ~2,000 strings, plus English's plurals
}
