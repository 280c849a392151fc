#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace guichet {

// Machine-readable error families. The CLI maps them to exit codes
// (DESIGN.md): Invalid -> 2, Refused/Forbidden -> 3, Conflict -> 4, Io -> 5.
enum class ErrorCode {
    Invalid, // a field a person or a server filled is not acceptable
    Refused, // a rule of the practice refuses the act
    Forbidden, // the signed-in user lacks the right
    NotFound,
    Conflict,
    Io, // file, database or network failure
    Internal,
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message; // translated, for a person
    QString rule = {}; // stable machine name of the rule or field, e.g. "niss.checksum"

    static Error invalid(QString message, QString rule = {})
    {
        return {ErrorCode::Invalid, std::move(message), std::move(rule)};
    }
    static Error refused(QString message, QString rule)
    {
        return {ErrorCode::Refused, std::move(message), std::move(rule)};
    }
    static Error forbidden(QString message, QString rule)
    {
        return {ErrorCode::Forbidden, std::move(message), std::move(rule)};
    }
    static Error notFound(QString message) { return {ErrorCode::NotFound, std::move(message), {}}; }
    static Error conflict(QString message, QString rule = {})
    {
        return {ErrorCode::Conflict, std::move(message), std::move(rule)};
    }
    static Error io(QString message, QString rule = {}) { return {ErrorCode::Io, std::move(message), std::move(rule)}; }
};

// A value or the reason there is none (std::expected is C++23; this is the small subset we use).
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    // By value: `for (x : f().value())` must not loop over a destroyed temporary.
    T value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }
    // The value, or `fallback` where what was refused changes nothing shown (a switch's state).
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace guichet
