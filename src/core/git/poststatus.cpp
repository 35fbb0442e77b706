#include "git/poststatus.h"

#include "git/gitptr.h"
#include "git/repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

// The blob id of path in the tree of the commit that reference names, if it has one.
std::optional<git_oid> blobAt(git_repository *repository, const QString &reference, const QByteArray &path)
{
    git_object *object = nullptr;
    if (git_revparse_single(&object, repository, (reference + u"^{tree}"_s).toUtf8().constData()) != 0)
        return std::nullopt;
    const ObjectPtr tree(object);
    git_tree_entry *entry = nullptr;
    if (git_tree_entry_bypath(&entry, reinterpret_cast<git_tree *>(tree.get()), path.constData()) != 0)
        return std::nullopt;
    const git_oid id = *git_tree_entry_id(entry);
    git_tree_entry_free(entry);
    return id;
}

} // namespace

PostState PostStatus::of(const QString &postPath, const PublishTarget &target)
{
    const Result<Repository> repository = Repository::open(QFileInfo(postPath).absolutePath());
    if (!repository || repository->isBare())
        return PostState::NotInRepository;
    const QByteArray relative =
        QDir(repository->workingDirectory()).relativeFilePath(QFileInfo(postPath).canonicalFilePath()).toUtf8();
    git_oid onDisk;
    // Hashed the way `git add` would store it (line-ending filters applied), without writing it.
    if (git_repository_hashfile(&onDisk, repository->handle(), relative.constData(), GIT_OBJECT_BLOB, nullptr) != 0)
        return PostState::NotPublished;
    const Result<QString> branch = repository->currentBranch();
    const auto bytes = [](const std::optional<git_oid> &id) {
        return id ? QByteArray(reinterpret_cast<const char *>(id->id), GIT_OID_RAWSZ) : QByteArray();
    };
    return decide(bytes(onDisk), bytes(blobAt(repository->handle(), u"HEAD"_s, relative)),
        bytes(branch ? blobAt(repository->handle(), target.trackingReference(*branch), relative) : std::nullopt));
}

PostState PostStatus::decide(const QByteArray &onDisk, const QByteArray &committed, const QByteArray &remote)
{
    if (!remote.isEmpty() && remote == onDisk)
        return PostState::Published;
    if (!committed.isEmpty() && committed == onDisk)
        return PostState::CommittedNotPushed;
    return remote.isEmpty() ? PostState::NotPublished : PostState::ChangedSincePublish;
}

QString PostStatus::describe(PostState state)
{
    switch (state) {
    case PostState::NotInRepository:
        return QCoreApplication::translate("Postwright::Core::PostStatus", "not in a git repository");
    case PostState::NotPublished: return QCoreApplication::translate("Postwright::Core::PostStatus", "not published");
    case PostState::ChangedSincePublish:
        return QCoreApplication::translate("Postwright::Core::PostStatus", "changed since publish");
    case PostState::CommittedNotPushed:
        return QCoreApplication::translate("Postwright::Core::PostStatus", "committed, not pushed");
    case PostState::Published: return QCoreApplication::translate("Postwright::Core::PostStatus", "published");
    case PostState::Unknown: return QCoreApplication::translate("Postwright::Core::PostStatus", "git state unknown");
    }
    return {};
}

} // namespace Postwright::Core
