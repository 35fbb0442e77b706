#pragma once

#ifdef POSTWRIGHT_APP_CODE
#error "app code does not use libgit2: include a core header that does not need git2.h"
#endif

#include <QList>
#include <QStringList>

#include <git2.h>

#include <vector>

namespace Postwright::Core {

// Repository-relative paths as libgit2 takes them (a git_strarray), kept alive with their bytes.
// Used with *_DISABLE_PATHSPEC_MATCH, so a path is itself, never a pattern.
class PathSpec final {
public:
    explicit PathSpec(const QStringList &paths)
    {
        for (const QString &path : paths)
            m_bytes.append(path.toUtf8());
        for (QByteArray &bytes : m_bytes)
            m_pointers.push_back(bytes.data());
    }
    PathSpec(const PathSpec &) = delete;
    PathSpec &operator=(const PathSpec &) = delete;

    bool isEmpty() const { return m_pointers.empty(); }
    qsizetype size() const { return qsizetype(m_pointers.size()); }
    git_strarray array() { return {m_pointers.data(), m_pointers.size()}; }

private:
    QList<QByteArray> m_bytes;
    std::vector<char *> m_pointers;
};

} // namespace Postwright::Core
