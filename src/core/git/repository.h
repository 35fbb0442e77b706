#pragma once

#include "git/commitauthor.h"
#include "git/gitptr.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Postwright::Core {

// A git repository opened through libgit2. Identity object: movable, not copyable.
class Repository final {
    Q_DECLARE_TR_FUNCTIONS(Postwright::Core::Repository)

public:
    // Opens the repository whose working tree contains path (searching upwards like git does).
    static Result<Repository> open(const QString &path);
    static Result<Repository> init(const QString &path, const QString &initialBranch, bool bare);
    static bool contains(const QString &path);

    Repository(Repository &&) noexcept = default;
    Repository &operator=(Repository &&) noexcept = default;

    git_repository *handle() const { return m_repository.get(); }
    QString workingDirectory() const;
    bool isBare() const;
    Result<QString> currentBranch() const;

    // Stages the given paths (relative to the working tree) and commits them on the current branch.
    Result<QString> commit(const QStringList &relativePaths, const QString &message, const CommitAuthor &author);
    Status addRemote(const QString &name, const QString &url);
    // Pushes a branch to a remote that needs no credentials (a local or file:// remote).
    Status pushToLocalRemote(const QString &remoteName, const QString &branch);
    Status setUpstream(const QString &branch, const QString &remoteName);

private:
    explicit Repository(RepositoryPtr repository);

    RepositoryPtr m_repository;
};

} // namespace Postwright::Core
