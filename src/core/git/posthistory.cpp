#include "git/posthistory.h"

#include "git/gitptr.h"
#include "git/repository.h"

#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

#include <optional>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<git_oid> blobAt(git_tree *tree, const QString &path)
{
    git_tree_entry *entry = nullptr;
    if (!tree || git_tree_entry_bypath(&entry, tree, path.toUtf8().constData()) != 0)
        return std::nullopt;
    const git_oid id = *git_tree_entry_id(entry);
    git_tree_entry_free(entry);
    return id;
}

TreePtr treeOf(git_commit *commit)
{
    git_tree *tree = nullptr;
    if (!commit || git_commit_tree(&tree, commit) != 0)
        return {};
    return TreePtr(tree);
}

// The path the file at path had in before, when the commit renamed it (git's own similarity
// detection); empty when it was added.
QString renamedFrom(git_repository *repository, git_tree *before, git_tree *after, const QString &path)
{
    git_diff *rawDiff = nullptr;
    if (git_diff_tree_to_tree(&rawDiff, repository, before, after, nullptr) != 0)
        return {};
    const DiffPtr diff(rawDiff);
    git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
    find.flags = GIT_DIFF_FIND_RENAMES;
    if (git_diff_find_similar(diff.get(), &find) != 0)
        return {};
    for (size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
        if (delta->status == GIT_DELTA_RENAMED && QString::fromUtf8(delta->new_file.path) == path)
            return QString::fromUtf8(delta->old_file.path);
    }
    return {};
}

QString blobText(git_repository *repository, const git_oid &id)
{
    git_blob *blob = nullptr;
    if (git_blob_lookup(&blob, repository, &id) != 0)
        return {};
    const QString text =
        QString::fromUtf8(static_cast<const char *>(git_blob_rawcontent(blob)), qsizetype(git_blob_rawsize(blob)));
    git_blob_free(blob);
    return text;
}

QString hexOf(const git_oid &id)
{
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, &id);
    return QString::fromLatin1(hex);
}

QDateTime authorTime(git_commit *commit)
{
    const git_signature *author = git_commit_author(commit);
    return QDateTime::fromSecsSinceEpoch(author->when.time, QTimeZone(author->when.offset * 60));
}

} // namespace

Result<QList<PostHistory::DeletedPost>> PostHistory::deletedPosts(const QString &blogPath, int commitLimit)
{
    Result<Repository> opened = Repository::open(blogPath);
    if (!opened)
        return opened.error();
    git_repository *repository = opened->handle();
    const QDir root(opened->workingDirectory());
    git_revwalk *rawWalk = nullptr;
    if (git_revwalk_new(&rawWalk, repository) != 0)
        return Error{tr("cannot read the history of this repository")};
    const RevwalkPtr walk(rawWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    if (git_revwalk_push_head(walk.get()) != 0)
        return QList<DeletedPost>();
    git_object *headObject = nullptr;
    TreePtr headTree;
    if (git_revparse_single(&headObject, repository, "HEAD^{tree}") == 0)
        headTree.reset(reinterpret_cast<git_tree *>(headObject));

    static const QStringList markdown = {u"md"_s, u"markdown"_s, u"mdx"_s};
    QList<DeletedPost> deleted;
    QStringList seen;
    int walked = 0;
    for (git_oid id; walked++ < commitLimit && git_revwalk_next(&id, walk.get()) == 0;) {
        git_commit *raw = nullptr;
        if (git_commit_lookup(&raw, repository, &id) != 0)
            continue;
        const CommitPtr commit(raw);
        if (git_commit_parentcount(commit.get()) != 1)
            continue; // a merge's deletions are its parents'
        git_commit *rawParent = nullptr;
        if (git_commit_parent(&rawParent, commit.get(), 0) != 0)
            continue;
        const CommitPtr parent(rawParent);
        const TreePtr tree = treeOf(commit.get());
        const TreePtr parentTree = treeOf(parent.get());
        git_diff *rawDiff = nullptr;
        if (git_diff_tree_to_tree(&rawDiff, repository, parentTree.get(), tree.get(), nullptr) != 0)
            continue;
        const DiffPtr diff(rawDiff);
        git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
        find.flags = GIT_DIFF_FIND_RENAMES; // a renamed post is not a deleted one
        git_diff_find_similar(diff.get(), &find);
        for (size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
            const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
            if (delta->status != GIT_DELTA_DELETED)
                continue;
            const QString path = QString::fromUtf8(delta->old_file.path);
            if (!markdown.contains(QFileInfo(path).suffix().toLower()) || seen.contains(path))
                continue;
            seen.append(path);
            if (blobAt(headTree.get(), path) || QFileInfo::exists(root.filePath(path)))
                continue; // it is back
            deleted.append({path, blobText(repository, delta->old_file.id), hexOf(id), authorTime(commit.get()),
                QString::fromUtf8(git_commit_summary(commit.get()))});
        }
    }
    return deleted;
}

Result<QList<PostHistory::Version>> PostHistory::of(const QString &postPath, int limit)
{
    Result<Repository> opened = Repository::open(QFileInfo(postPath).absolutePath());
    if (!opened)
        return opened.error();
    git_repository *repository = opened->handle();
    const QDir root(opened->workingDirectory());
    QString path = root.relativeFilePath(QFileInfo(postPath).absoluteFilePath());

    git_revwalk *rawWalk = nullptr;
    if (git_revwalk_new(&rawWalk, repository) != 0)
        return Error{tr("cannot read the history of this repository")};
    const RevwalkPtr walk(rawWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    if (git_revwalk_push_head(walk.get()) != 0)
        return QList<Version>(); // no commits yet

    // What the remote has: the commits reachable from the branch's upstream.
    std::optional<git_oid> upstream;
    git_reference *head = nullptr;
    if (git_repository_head(&head, repository) == 0) {
        git_reference *tracking = nullptr;
        if (git_branch_upstream(&tracking, head) == 0) {
            if (const git_oid *target = git_reference_target(tracking))
                upstream = *target;
            git_reference_free(tracking);
        }
        git_reference_free(head);
    }

    QList<Version> versions;
    for (git_oid id; versions.size() < limit && git_revwalk_next(&id, walk.get()) == 0;) {
        git_commit *raw = nullptr;
        if (git_commit_lookup(&raw, repository, &id) != 0)
            continue;
        const CommitPtr commit(raw);
        const TreePtr tree = treeOf(commit.get());
        const std::optional<git_oid> blob = blobAt(tree.get(), path);
        if (!blob)
            continue; // not there (yet, or under this name)
        CommitPtr parent;
        if (git_commit_parentcount(commit.get()) > 0) {
            git_commit *rawParent = nullptr;
            if (git_commit_parent(&rawParent, commit.get(), 0) == 0)
                parent.reset(rawParent);
        }
        const TreePtr parentTree = treeOf(parent.get());
        const std::optional<git_oid> before = blobAt(parentTree.get(), path);
        if (before && git_oid_equal(&*before, &*blob))
            continue; // this commit did not change it
        Version version;
        version.commit = hexOf(id);
        version.when = authorTime(commit.get());
        version.author = QString::fromUtf8(git_commit_author(commit.get())->name);
        version.message = QString::fromUtf8(git_commit_summary(commit.get()));
        version.path = path;
        version.text = blobText(repository, *blob);
        if (upstream) {
            version.isPublished =
                git_oid_equal(&*upstream, &id) || git_graph_descendant_of(repository, &*upstream, &id) == 1;
        }
        versions.append(version);
        // Older versions are under the name it had before a rename.
        if (!before && parentTree) {
            const QString old = renamedFrom(repository, parentTree.get(), tree.get(), path);
            if (old.isEmpty())
                break; // added here: nothing older
            path = old;
        }
    }
    return versions;
}

} // namespace Postwright::Core
