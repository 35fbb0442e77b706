#pragma once

#include "util/result.h"

#include <QCoreApplication>

namespace Postwright::Core {

// What a path given to Postwright names: a blog (a folder in a git working tree) and, when a file
// was named, the post to open. A single Markdown file outside any repository opens too, but
// cannot be published.
struct OpenTarget {
    Q_DECLARE_TR_FUNCTIONS(Postwright::Core::OpenTarget)

public:
    QString blogRoot; // the working tree's root; empty for a file outside any repository
    QString postPath; // empty when a folder was named

    static Result<OpenTarget> resolve(const QString &path);
    // The working tree that holds path (a file or a folder), or an empty string; reads no file.
    static QString blogRootOf(const QString &path);
};

} // namespace Postwright::Core
