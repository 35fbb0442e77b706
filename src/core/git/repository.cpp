#include "git/repository.h"

#include "git/giterror.h"

#include <QCoreApplication>
#include <QDir>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

Repository::Repository(RepositoryPtr repository) : m_repository(std::move(repository)) { }

Result<Repository> Repository::open(const QString &path)
{
    git_repository *raw = nullptr;
    const int code = git_repository_open_ext(&raw, QFile::encodeName(path).constData(), 0, nullptr);
    if (code < 0) {
        if (code == GIT_ENOTFOUND) {
            return Error{tr("%1 is not inside a git repository. Postwright publishes through git: "
                            "open the folder of your blog's clone (run `git init` there to start one)")
                             .arg(QDir::toNativeSeparators(path))};
        }
        return GitError::last(code).toError(tr("cannot open the git repository at %1").arg(path));
    }
    return Repository(RepositoryPtr(raw));
}

Result<Repository> Repository::init(const QString &path, const QString &initialBranch, bool bare)
{
    git_repository_init_options options = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    options.flags = GIT_REPOSITORY_INIT_MKPATH;
    if (bare)
        options.flags |= GIT_REPOSITORY_INIT_BARE;
    const QByteArray head = initialBranch.toUtf8();
    options.initial_head = head.constData();
    git_repository *raw = nullptr;
    const int code = git_repository_init_ext(&raw, QFile::encodeName(path).constData(), &options);
    if (code < 0)
        return GitError::last(code).toError(tr("cannot create a git repository at %1").arg(path));
    return Repository(RepositoryPtr(raw));
}

bool Repository::contains(const QString &path)
{
    return git_repository_open_ext(nullptr, QFile::encodeName(path).constData(), 0, nullptr) == 0;
}

QString Repository::workingDirectory() const
{
    const char *workdir = git_repository_workdir(m_repository.get());
    return workdir ? QDir::cleanPath(QFile::decodeName(workdir)) : QString();
}

bool Repository::isBare() const
{
    return git_repository_is_bare(m_repository.get()) == 1;
}

Result<QString> Repository::currentBranch() const
{
    git_reference *raw = nullptr;
    const int code = git_repository_head(&raw, m_repository.get());
    if (code == GIT_EUNBORNBRANCH || code == GIT_ENOTFOUND) {
        // An empty repository: HEAD names the branch the first commit will create.
        ReferencePtr head;
        git_reference *symbolic = nullptr;
        if (git_reference_lookup(&symbolic, m_repository.get(), "HEAD") == 0) {
            head.reset(symbolic);
            const char *target = git_reference_symbolic_target(symbolic);
            if (target)
                return QString::fromUtf8(target).remove(u"refs/heads/"_s);
        }
        return GitError::last(code).toError(tr("cannot read the current branch"));
    }
    if (code < 0)
        return GitError::last(code).toError(tr("cannot read the current branch"));
    ReferencePtr head(raw);
    if (git_repository_head_detached(m_repository.get()) == 1) {
        return Error{tr("HEAD is detached (no branch is checked out). Check out the branch you publish "
                        "to, for example with `git switch main`")};
    }
    return QString::fromUtf8(git_reference_shorthand(head.get()));
}

Result<QString> Repository::commit(const QStringList &relativePaths, const QString &message, const CommitAuthor &author)
{
    git_index *rawIndex = nullptr;
    int code = git_repository_index(&rawIndex, m_repository.get());
    if (code < 0)
        return GitError::last(code).toError(tr("cannot read the git index"));
    IndexPtr index(rawIndex);
    for (const QString &path : relativePaths) {
        code = git_index_add_bypath(index.get(), path.toUtf8().constData());
        if (code < 0)
            return GitError::last(code).toError(tr("cannot stage %1").arg(path));
    }
    code = git_index_write(index.get());
    if (code < 0)
        return GitError::last(code).toError(tr("cannot write the git index"));
    git_oid treeId;
    code = git_index_write_tree(&treeId, index.get());
    if (code < 0)
        return GitError::last(code).toError(tr("cannot write the tree"));
    git_tree *rawTree = nullptr;
    code = git_tree_lookup(&rawTree, m_repository.get(), &treeId);
    if (code < 0)
        return GitError::last(code).toError(tr("cannot read the tree"));
    TreePtr tree(rawTree);

    CommitPtr parent;
    git_object *rawParent = nullptr;
    code = git_revparse_single(&rawParent, m_repository.get(), "HEAD^{commit}");
    if (code == 0)
        parent.reset(reinterpret_cast<git_commit *>(rawParent));
    else if (code != GIT_ENOTFOUND && code != GIT_EUNBORNBRANCH)
        return GitError::last(code).toError(tr("cannot read HEAD"));

    git_signature *rawSignature = nullptr;
    code = git_signature_now(&rawSignature, author.name.toUtf8().constData(), author.email.toUtf8().constData());
    if (code < 0)
        return GitError::last(code).toError(tr("invalid author"));
    SignaturePtr signature(rawSignature);

    const git_commit *parents[] = {parent.get()};
    git_oid commitId;
    code = git_commit_create(&commitId, m_repository.get(), "HEAD", signature.get(), signature.get(), nullptr,
        message.toUtf8().constData(), tree.get(), parent ? 1 : 0, parents);
    if (code < 0)
        return GitError::last(code).toError(tr("cannot create the commit"));
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, &commitId);
    return QString::fromLatin1(hex);
}

Status Repository::addRemote(const QString &name, const QString &url)
{
    git_remote *raw = nullptr;
    const int code = git_remote_create(&raw, m_repository.get(), name.toUtf8().constData(), url.toUtf8().constData());
    if (code < 0)
        return GitError::last(code).toError(tr("cannot add the remote %1").arg(name));
    RemotePtr remote(raw);
    return Success{};
}

Status Repository::pushToLocalRemote(const QString &remoteName, const QString &branch)
{
    git_remote *raw = nullptr;
    int code = git_remote_lookup(&raw, m_repository.get(), remoteName.toUtf8().constData());
    if (code < 0)
        return GitError::last(code).toError(tr("there is no remote named %1").arg(remoteName));
    RemotePtr remote(raw);
    QByteArray refspec = u"refs/heads/%1:refs/heads/%1"_s.arg(branch).toUtf8();
    char *refspecs[] = {refspec.data()};
    const git_strarray specs = {refspecs, 1};
    git_push_options options = GIT_PUSH_OPTIONS_INIT;
    code = git_remote_push(remote.get(), &specs, &options);
    if (code < 0)
        return GitError::last(code).toError(tr("cannot push to %1").arg(remoteName));
    return Success{};
}

Status Repository::setUpstream(const QString &branch, const QString &remoteName)
{
    git_reference *raw = nullptr;
    int code = git_branch_lookup(&raw, m_repository.get(), branch.toUtf8().constData(), GIT_BRANCH_LOCAL);
    if (code < 0)
        return GitError::last(code).toError(tr("there is no branch %1").arg(branch));
    ReferencePtr local(raw);
    code = git_branch_set_upstream(local.get(), (remoteName + u'/' + branch).toUtf8().constData());
    if (code < 0)
        return GitError::last(code).toError(tr("cannot track %1/%2").arg(remoteName, branch));
    return Success{};
}

} // namespace Postwright::Core
