#pragma once

#include "util/result.h"

namespace Postwright::Core {

// libgit2 keeps its last error per thread: capture it right after the failing call, on that thread.
struct GitError {
    int code = 0;
    int klass = 0;
    QString message;

    static GitError last(int code);
    Error toError(const QString &whatFailed) const;
};

} // namespace Postwright::Core
