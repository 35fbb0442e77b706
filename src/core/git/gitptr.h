#pragma once

// The app never calls libgit2 (DESIGN.md): it asks the core, whose public headers name no handle.
#ifdef POSTWRIGHT_APP_CODE
#error "app code does not use libgit2: include a core header that does not need git2.h"
#endif

#include <git2.h>

#include <memory>

namespace Postwright::Core {

// One owner type for every libgit2 handle, freed with the handle's own free function.
template <typename T, void (*Free)(T *)> struct GitDeleter {
    void operator()(T *handle) const noexcept { Free(handle); }
};
template <typename T, void (*Free)(T *)> using GitPtr = std::unique_ptr<T, GitDeleter<T, Free>>;

using RepositoryPtr = GitPtr<git_repository, git_repository_free>;
using IndexPtr = GitPtr<git_index, git_index_free>;
using TreePtr = GitPtr<git_tree, git_tree_free>;
using CommitPtr = GitPtr<git_commit, git_commit_free>;
using SignaturePtr = GitPtr<git_signature, git_signature_free>;
using RemotePtr = GitPtr<git_remote, git_remote_free>;
using ReferencePtr = GitPtr<git_reference, git_reference_free>;
using ConfigPtr = GitPtr<git_config, git_config_free>;
using ObjectPtr = GitPtr<git_object, git_object_free>;
using StatusListPtr = GitPtr<git_status_list, git_status_list_free>;
using DiffPtr = GitPtr<git_diff, git_diff_free>;
using RevwalkPtr = GitPtr<git_revwalk, git_revwalk_free>;

} // namespace Postwright::Core
