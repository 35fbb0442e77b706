#include "git/gitlibrary.h"

#include <git2.h>

#include <csignal>

namespace Postwright::Core {

GitLibrary::GitLibrary()
{
    // libgit2 writes to sockets without MSG_NOSIGNAL on some transports: a server that dies
    // mid-push would kill the whole app with SIGPIPE instead of failing the push.
    std::signal(SIGPIPE, SIG_IGN);
    git_libgit2_init();
}

GitLibrary::~GitLibrary()
{
    git_libgit2_shutdown();
}

} // namespace Postwright::Core
