#include "git/gitlibrary.h"

#include <git2.h>

namespace Postwright::Core {

GitLibrary::GitLibrary()
{
    git_libgit2_init();
}

GitLibrary::~GitLibrary()
{
    git_libgit2_shutdown();
}

} // namespace Postwright::Core
