#pragma once

#include "session.h"
#include "tasks/task_repository.h"
#include "util/result.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QTimeZone>

namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template<> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &l)
    {
        return "[" + l.join(QStringLiteral(" | ")).toStdString() + "]";
    }
};
template<> struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime &t) { return t.toString(Qt::ISODateWithMs).toStdString(); }
};
template<> struct StringMaker<QDate>
{
    static std::string convert(const QDate &d) { return d.toString(Qt::ISODate).toStdString(); }
};
} // namespace Catch

namespace kontor::test {

template<typename T> T require(Result<T> r)
{
    INFO((r ? QString() : r.error().toString()).toStdString());
    REQUIRE(r.ok());
    return std::move(r).value();
}

inline void requireOk(const Status &st)
{
    INFO((st ? QString() : st.error().toString()).toStdString());
    REQUIRE(st.ok());
}

// An instant from ISO text with an offset or Z ("2026-03-29T00:30:00Z").
QDateTime at(const char *iso);
QTimeZone zone(const char *iana);

// A task due at `due` for the signed-in user, with its planning zone.
qint64 addTask(const Session &s, const QString &title, const QDateTime &due,
               const QString &zone = QStringLiteral("UTC"));
qint64 addAllDayTask(const Session &s, const QString &title, const QDate &date,
                     const QString &zone = QStringLiteral("UTC"));
qint64 addUser(const Session &s, const QString &login, const QString &name);

// Titles of one view, in list order.
QStringList titles(const Session &s, TaskView view, const QDateTime &now, const QTimeZone &zone,
                   const TaskScope &scope = TaskScope::mine());

} // namespace kontor::test
