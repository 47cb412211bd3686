#pragma once

#include <QString>

#include <optional>
#include <type_traits>
#include <utility>

namespace Patron {

/// Why an operation failed. Core never shows dialogs: it returns one of these and the
/// caller (GUI or command line) decides how to tell the user.
struct Error
{
    enum Code {
        None,
        Invalid,     ///< bad input from the user; message says which value
        NotFound,    ///< the row is gone (deleted by someone else)
        Conflict,    ///< optimistic lock failed: someone else changed the row
        Duplicate,   ///< a unique value (customer code, order number) is taken
        Database,    ///< the database refused; message carries the driver text
        SchemaTooNew,///< database written by a newer Patron
        Io,
        Cancelled,   ///< the user cancelled; nothing was changed
    };
    Code code = None;
    QString message;

    bool isError() const { return code != None; }
};

/// A value or an Error (a small std::expected for C++17).
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}
    /// Anything T can be built from (so `return 42;` works for Result<QVariant>).
    template<typename U,
             typename = std::enable_if_t<!std::is_same_v<std::decay_t<U>, T>
                                         && !std::is_same_v<std::decay_t<U>, Error>
                                         && !std::is_same_v<std::decay_t<U>, Result>
                                         && std::is_constructible_v<T, U &&>>>
    Result(U &&value) : m_value(T(std::forward<U>(value))) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};

using Status = Result<void>;

inline Error makeError(Error::Code code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace Patron
