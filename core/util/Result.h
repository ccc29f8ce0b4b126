#pragma once
// A small value-or-error type: core never throws across its API and never shows dialogs;
// callers (CLI, GUI) decide how to present an Error.

#include <QString>
#include <optional>
#include <utility>

namespace fazhi {

struct Error {
    enum class Code {
        Data,      // unreadable or invalid input, unknown id, damaged file
        State,     // the operation is refused in the current state (locked report, newer schema)
        Conflict,  // another process changed the same data since we read it
        Io,        // a file cannot be read or written
    };
    Code code = Code::Data;
    QString message;  // one clear sentence, already translated

    static Error data(const QString &m) { return {Code::Data, m}; }
    static Error state(const QString &m) { return {Code::State, m}; }
    static Error conflict(const QString &m) { return {Code::Conflict, m}; }
    static Error io(const QString &m) { return {Code::Io, m}; }
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_ok(false), m_error(std::move(error)) {}
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    bool m_ok = true;
    Error m_error;
};

using Status = Result<void>;

}  // namespace fazhi
