#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace kontor {

// An error as a value with its context: what failed, on which record / row / file, and the
// technical detail (driver text) kept apart so the UI can show the first two in plain words.
struct Error
{
    enum class Kind {
        Storage,     // the database refused or failed (constraint, I/O, lost connection)
        NotFound,    // the record asked for does not exist (or is in the trash)
        Invalid,     // the input is wrong: bad value, bad URL, missing field
        Conflict,    // someone else changed it, or a unique value is taken
        Unsupported, // e.g. a schema newer than this build understands
        Cancelled,   // the user stopped it; nothing was changed
    };

    Kind kind = Kind::Storage;
    QString message; // one sentence a salesperson understands
    QString context; // where: "contact 42", "row 17, column Email", "file ~/a.csv"
    QString detail;  // technical detail for support (driver error text, SQL state)

    QString toString() const
    {
        QString s = message;
        if (!context.isEmpty())
            s += QStringLiteral(" (") + context + QLatin1Char(')');
        if (!detail.isEmpty())
            s += QStringLiteral(": ") + detail;
        return s;
    }
};

// Minimal expected<T, Error> for C++17.
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace kontor
