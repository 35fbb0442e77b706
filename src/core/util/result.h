#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Postwright::Core {

// A failure that can be shown to the user as it is: what happened and, where it is known,
// where in the text (1-based line and column; 0 when not about a position).
struct Error {
    QString message;
    int line = 0;
    int column = 0;

    QString withLocation(const QString &fileName) const
    {
        if (line <= 0)
            return fileName.isEmpty() ? message : fileName + QStringLiteral(": ") + message;
        return QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(line).arg(column).arg(message);
    }
};

// Errors are values: a Result holds either the value or the Error that prevented it.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) { }
    Result(Error error) : m_state(std::move(error)) { }

    bool hasValue() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return hasValue(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

struct Success { };
using Status = Result<Success>;

} // namespace Postwright::Core
