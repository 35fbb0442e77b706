#pragma once

#include "git/credentialprovider.h"

namespace Postwright::Core {

// The user's own git credential helper, through `git credential fill|approve|reject`: the one
// place Postwright runs the git command, since libgit2 has no helper support.
class GitCredentialHelper final {
public:
    // A stored user name and password or token for an https URL, if a helper has one.
    static std::optional<Credential> fill(const QString &url);
    static void approve(const QString &url, const Credential &credential);
    static void reject(const QString &url, const Credential &credential);
};

} // namespace Postwright::Core
