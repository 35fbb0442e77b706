#include "git/giterror.h"

#include <git2.h>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

GitError GitError::last(int code)
{
    GitError error;
    error.code = code;
    if (const git_error *last = git_error_last()) {
        error.klass = last->klass;
        error.message = QString::fromUtf8(last->message);
    } else {
        error.message = u"libgit2 error %1"_s.arg(code);
    }
    return error;
}

Error GitError::toError(const QString &whatFailed) const
{
    return Error{whatFailed + u": "_s + message};
}

} // namespace Postwright::Core
