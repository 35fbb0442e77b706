#pragma once

#include "util/result.h"

namespace Postwright::Core {

// What a path given to Postwright names: a blog (a folder in a git working tree) and, when a file
// was named, the post to open. A single Markdown file outside any repository opens too, but
// cannot be published.
struct OpenTarget {
    QString blogRoot; // the working tree's root; empty for a file outside any repository
    QString postPath; // empty when a folder was named

    static Result<OpenTarget> resolve(const QString &path);
};

} // namespace Postwright::Core
