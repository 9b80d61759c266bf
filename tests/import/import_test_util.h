#pragma once

#include "import/tabular_reader.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QString>

#include <ostream>
#include <vector>

namespace kontor::test {

inline QString dataPath(const char *relative)
{
    return QStringLiteral(KONTOR_TEST_DATA "/") + QString::fromUtf8(relative);
}

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(KONTOR_TEST_DATA "/") + relative;
}

// All rows a reader produces; fails the test on a fatal error.
inline std::vector<TabularRow> readAll(TabularReader &reader)
{
    std::vector<TabularRow> rows;
    TabularRow row;
    for (;;) {
        auto more = reader.next(row);
        INFO((more ? std::string() : more.error().toString().toStdString()));
        REQUIRE(more.ok());
        if (!*more)
            break;
        rows.push_back(row);
    }
    return rows;
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace kontor::test

QT_BEGIN_NAMESPACE
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << '"' << s.toStdString() << '"';
}
inline std::ostream &operator<<(std::ostream &os, const QStringList &list)
{
    os << '[';
    for (const QString &s : list)
        os << s << ", ";
    return os << ']';
}
QT_END_NAMESPACE
