#include "git/publisher.h"

#include "document/textfile.h"
#include "git/credentialprovider.h"
#include "git/giterror.h"
#include "git/pathspec.h"
#include "git/remotesession.h"
#include "git/repository.h"
#include "images/imagemetadata.h"
#include "markdown/linkdestinations.h"
#include "markdown/markdowndocument.h"
#include "site/imageimport.h"
#include "site/publicaddress.h"
#include "site/siteprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

QString shortId(const git_oid &oid)
{
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, &oid);
    return QString::fromLatin1(hex);
}

// A message that follows another's full stop starts with a capital.
QString sentence(QString message)
{
    if (!message.isEmpty())
        message[0] = message[0].toUpper();
    return message;
}

CommitPtr headCommit(git_repository *repository)
{
    git_object *object = nullptr;
    if (git_revparse_single(&object, repository, "HEAD^{commit}") != 0)
        return {};
    return CommitPtr(reinterpret_cast<git_commit *>(object));
}

TreePtr treeOf(git_commit *commit)
{
    git_tree *tree = nullptr;
    if (!commit || git_commit_tree(&tree, commit) != 0)
        return {};
    return TreePtr(tree);
}

CommitPtr lookupCommit(git_repository *repository, const QString &reference)
{
    git_object *object = nullptr;
    if (git_revparse_single(&object, repository, (reference + u"^{commit}"_s).toUtf8().constData()) != 0)
        return {};
    return CommitPtr(reinterpret_cast<git_commit *>(object));
}

QString trackingReference(const PublishPlan &plan)
{
    return u"refs/remotes/%1/%2"_s.arg(plan.remoteName, plan.remoteBranch);
}

// Line counts of the change from HEAD's version of path to the file on disk.
void countLines(git_repository *repository, git_tree *headTree, PublishPlan::File &file, const QString &root)
{
    GitPtr<git_blob, git_blob_free> oldBlob;
    if (headTree) {
        git_tree_entry *entry = nullptr;
        if (git_tree_entry_bypath(&entry, headTree, file.path.toUtf8().constData()) == 0) {
            git_blob *blob = nullptr;
            if (git_blob_lookup(&blob, repository, git_tree_entry_id(entry)) == 0)
                oldBlob.reset(blob);
            git_tree_entry_free(entry);
        }
    }
    QFile disk(QDir(root).filePath(file.path));
    if (!disk.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = disk.readAll();
    git_patch *patch = nullptr;
    const QByteArray path = file.path.toUtf8();
    if (git_patch_from_blob_and_buffer(
            &patch, oldBlob.get(), path.constData(), bytes.constData(), size_t(bytes.size()), path.constData(), nullptr)
        != 0)
        return;
    size_t context = 0;
    size_t additions = 0;
    size_t deletions = 0;
    git_patch_line_stats(&context, &additions, &deletions, patch);
    file.additions = int(additions);
    file.deletions = int(deletions);
    git_patch_free(patch);
}

struct Update {
    QByteArray path;
    git_oid id;
    git_filemode_t mode;
    bool remove = false;
};

Result<git_oid> treeWithUpdates(git_repository *repository, git_tree *baseline, const std::vector<Update> &updates)
{
    TreePtr empty;
    if (!baseline) {
        git_treebuilder *builder = nullptr;
        git_oid emptyId;
        if (git_treebuilder_new(&builder, repository, nullptr) != 0 || git_treebuilder_write(&emptyId, builder) != 0)
            return GitError::last(-1).toError(Publisher::tr("cannot write a tree"));
        git_treebuilder_free(builder);
        git_tree *tree = nullptr;
        git_tree_lookup(&tree, repository, &emptyId);
        empty.reset(tree);
        baseline = tree;
    }
    std::vector<git_tree_update> changes;
    for (const Update &update : updates)
        changes.push_back({update.remove ? GIT_TREE_UPDATE_REMOVE : GIT_TREE_UPDATE_UPSERT, update.id, update.mode,
            update.path.constData()});
    git_oid treeId;
    const int code = git_tree_create_updated(&treeId, repository, baseline, changes.size(), changes.data());
    if (code < 0)
        return GitError::last(code).toError(Publisher::tr("cannot write the new tree"));
    return treeId;
}

} // namespace

namespace {

// A photo whose GPS position would be published with it. Only images are read, and only up to a
// size a photo has: the plan stays quick.
bool carriesLocation(const QString &path)
{
    static const QStringList photos = {u"jpg"_s, u"jpeg"_s, u"png"_s, u"webp"_s, u"tif"_s, u"tiff"_s};
    const QFileInfo info(path);
    if (!photos.contains(info.suffix().toLower()) || info.size() > 256 * 1024 * 1024)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const Result<MetadataSummary> summary = ImageMetadata::inspect(file.readAll());
    return summary && summary->hasLocation;
}

} // namespace

Result<PublishPlan> Publisher::plan(const QString &postPath, const SiteProfile &profile)
{
    Result<PublishPlan> planned =
        plan(postPath, profile.naming, profile.staticFolder, profile.publishTarget, profile.site->basePath);
    if (planned) {
        const Result<LoadedText> loaded = TextFile::load(postPath);
        if (loaded) {
            const FrontMatter frontMatter = FrontMatter::parse(loaded->text, profile.naming);
            planned->publicUrl = PublicAddress::of(*profile.site, QFileInfo(postPath).absoluteFilePath(), frontMatter);
        }
    }
    return planned;
}

Result<PublishPlan> Publisher::plan(const QString &postPath, const FieldNaming &naming, const QString &staticFolder,
    const PublishTarget &target, const QString &sitePath)
{
    const QFileInfo post(postPath);
    Result<Repository> opened = Repository::open(post.absolutePath());
    if (!opened)
        return opened.error();
    auto shared = std::make_shared<Repository>(std::move(opened).value());
    Repository &repository = *shared;
    if (repository.isBare())
        return Error{tr("the repository is bare: open a clone of it")};
    PublishPlan plan;
    plan.repository = shared;
    plan.repositoryRoot = repository.workingDirectory();
    const QDir root(plan.repositoryRoot);
    plan.postPath = root.relativeFilePath(post.canonicalFilePath());
    if (plan.postPath.startsWith(u"../"_s))
        return Error{tr("%1 is not inside the blog's repository").arg(postPath)};

    const Result<LoadedText> loaded = TextFile::load(post.absoluteFilePath());
    if (!loaded)
        return loaded.error();
    const FrontMatter frontMatter = FrontMatter::parse(loaded->text, naming);
    if (frontMatter.hasError()) {
        Error error = *frontMatter.error();
        error.message = tr("the front matter has a problem on line %1: %2. Fix it, then publish")
                            .arg(error.line)
                            .arg(error.message);
        return error;
    }
    plan.title = frontMatter.title();
    if (plan.title.isEmpty())
        return Error{tr("the post has no title: add one in the form or the front matter, then publish")};
    if (!frontMatter.date().isValid())
        return Error{tr("the post has no valid date: set one in the form (Now), then publish")};
    plan.isDraft = frontMatter.draft().value_or(false);
    const QString messageTemplate = target.messageTemplate.trimmed();
    plan.message = messageTemplate.isEmpty() ? tr("Publish: %1").arg(plan.title)
        : messageTemplate.contains(u"%1"_s)  ? QString(messageTemplate).replace(u"%1"_s, plan.title)
                                             : messageTemplate;

    Result<QString> branch = repository.currentBranch();
    if (!branch)
        return branch.error();
    plan.branch = *branch;
    plan.remoteBranch = target.remoteBranch(plan.branch);
    plan.remoteName = target.remoteName();
    git_remote *rawRemote = nullptr;
    if (git_remote_lookup(&rawRemote, repository.handle(), plan.remoteName.toUtf8().constData()) != 0) {
        return Error{tr("this blog has no remote named \"%1\", so there is nowhere to publish to. Add it with "
                        "`git remote add %1 URL`, or choose another remote in the blog's settings")
                         .arg(plan.remoteName)};
    }
    RemotePtr remote(rawRemote);
    plan.remoteUrl = RemoteSession::redacted(QString::fromUtf8(git_remote_url(remote.get())));

    git_signature *signature = nullptr;
    if (git_signature_default(&signature, repository.handle()) == 0)
        git_signature_free(signature);
    else
        plan.needsAuthor = true;

    // The post, then the local files it shows or links to that git does not have yet.
    QStringList candidates = {plan.postPath};
    const QStringView body = QStringView(loaded->text).sliced(frontMatter.bodyStart());
    const MarkdownDocument document(body.toUtf8(), frontMatter.bodyStartLine() + 1, {});
    for (const QString &destination : LinkDestinations::local(document)) {
        const QString absolute = destination.startsWith(u'/')
            ? ImageImport::servedFile(staticFolder, sitePath, destination)
            : post.absoluteDir().filePath(destination);
        const QFileInfo asset(absolute);
        if (absolute.isEmpty() || !asset.isFile())
            continue;
        const QString relative = root.relativeFilePath(asset.canonicalFilePath());
        if (!relative.startsWith(u"../"_s) && !candidates.contains(relative))
            candidates.append(relative);
    }
    const CommitPtr head = headCommit(repository.handle());
    const TreePtr headTree = treeOf(head.get());
    for (const QString &candidate : candidates) {
        // Compared with HEAD, which is what the commit builds on: cheaper than a status scan of
        // the whole index, which costs milliseconds in a blog of thousands of posts.
        const QByteArray path = candidate.toUtf8();
        std::optional<git_oid> committed;
        if (headTree) {
            git_tree_entry *entry = nullptr;
            if (git_tree_entry_bypath(&entry, headTree.get(), path.constData()) == 0) {
                committed = *git_tree_entry_id(entry);
                git_tree_entry_free(entry);
            }
        }
        int ignored = 0;
        if (!committed && git_ignore_path_is_ignored(&ignored, repository.handle(), path.constData()) == 0 && ignored) {
            if (candidate == plan.postPath)
                return Error{tr("git ignores %1 (.gitignore), so it cannot be published").arg(candidate)};
            continue;
        }
        git_oid onDisk;
        if (git_repository_hashfile(&onDisk, repository.handle(), path.constData(), GIT_OBJECT_BLOB, nullptr) != 0)
            continue;
        PublishPlan::File file{candidate};
        if (!committed)
            file.change = PublishPlan::File::Change::Added;
        else if (!git_oid_equal(&*committed, &onDisk))
            file.change = PublishPlan::File::Change::Modified;
        if (file.change == PublishPlan::File::Change::Unchanged && candidate != plan.postPath)
            continue;
        countLines(repository.handle(), headTree.get(), file, plan.repositoryRoot);
        plan.needsCommit = plan.needsCommit || file.change != PublishPlan::File::Change::Unchanged;
        if (file.change != PublishPlan::File::Change::Unchanged && carriesLocation(root.filePath(candidate)))
            plan.imagesWithLocation.append(candidate);
        plan.files.append(file);
    }

    // Removals staged in the index (a post deleted or renamed here) go out with the next publish.
    git_index *rawIndex = nullptr;
    if (headTree && git_repository_index(&rawIndex, repository.handle()) == 0) {
        const IndexPtr index(rawIndex);
        git_diff *rawDiff = nullptr;
        if (git_diff_tree_to_index(&rawDiff, repository.handle(), headTree.get(), index.get(), nullptr) == 0) {
            const DiffPtr diff(rawDiff);
            for (size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
                const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
                if (delta->status != GIT_DELTA_DELETED)
                    continue;
                plan.files.append({QString::fromUtf8(delta->old_file.path), PublishPlan::File::Change::Deleted});
                plan.needsCommit = true;
            }
        }
    }

    if (head) {
        const CommitPtr upstream = lookupCommit(repository.handle(), trackingReference(plan));
        size_t ahead = 1;
        size_t behind = 0;
        if (upstream)
            git_graph_ahead_behind(
                &ahead, &behind, repository.handle(), git_commit_id(head.get()), git_commit_id(upstream.get()));
        plan.unpushedCommits = int(ahead);
    }
    return plan;
}

namespace {

struct PushAttempt {
    int code = 0;
    QString failure; // empty: pushed
    bool nonFastForward = false;
};

PushAttempt push(git_remote *remote, RemoteSession &session, const PublishPlan &plan)
{
    session.startAttempt();
    QByteArray refspec = u"refs/heads/%1:refs/heads/%2"_s.arg(plan.branch, plan.remoteBranch).toUtf8();
    char *refspecs[] = {refspec.data()};
    const git_strarray specs = {refspecs, 1};
    git_push_options options = GIT_PUSH_OPTIONS_INIT;
    options.callbacks = session.callbacks();
    PushAttempt attempt;
    attempt.code = git_remote_push(remote, &specs, &options);
    const QString url = RemoteSession::redacted(QString::fromUtf8(git_remote_url(remote)));
    if (attempt.code == 0 && session.rejectedReferences().isEmpty()) {
        session.reportCredentialOutcome(true);
        return attempt;
    }
    if (attempt.code == 0) {
        const QString rejection = session.rejectedReferences().join(u"; "_s);
        attempt.nonFastForward = rejection.contains(u"non-fast-forward"_s) || rejection.contains(u"fetch first"_s);
        QString server = session.serverMessages();
        attempt.failure = Publisher::tr("rejected by the server: %1").arg(server.isEmpty() ? rejection : server);
        return attempt;
    }
    const GitError error = GitError::last(attempt.code);
    if (attempt.code == GIT_ENONFASTFORWARD) {
        attempt.nonFastForward = true;
        attempt.failure = Publisher::tr("the remote has commits this clone does not have");
    } else if (session.wasCancelled()) {
        attempt.failure = Publisher::tr("publishing was cancelled");
    } else if (!session.hostKeyProblem().isEmpty()) {
        attempt.failure = session.hostKeyProblem();
    } else if (session.authenticationFailed()) {
        attempt.failure =
            Publisher::tr("authentication failed for %1: check the user name and the password, token or key").arg(url);
    } else {
        attempt.failure = Publisher::tr("could not push to %1: %2").arg(url, RemoteSession::redacted(error.message));
    }
    return attempt;
}

// The paths that differ between two trees.
Result<QStringList> pathsChangedBetween(git_repository *repository, git_tree *before, git_tree *after)
{
    git_diff *rawDiff = nullptr;
    if (git_diff_tree_to_tree(&rawDiff, repository, before, after, nullptr) != 0)
        return Error{Publisher::tr("cannot compare with the remote's commits")};
    const DiffPtr diff(rawDiff);
    QStringList paths;
    for (size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
        for (const char *path : {delta->old_file.path, delta->new_file.path}) {
            if (path && !paths.contains(QString::fromUtf8(path)))
                paths.append(QString::fromUtf8(path));
        }
    }
    return paths;
}

// The paths a commit changes against its one parent.
Result<QStringList> pathsChangedBy(git_repository *repository, git_commit *commit)
{
    git_commit *rawParent = nullptr;
    if (git_commit_parent(&rawParent, commit, 0) != 0)
        return Error{Publisher::tr("cannot read the commits to compare")};
    const CommitPtr parent(rawParent);
    return pathsChangedBetween(repository, treeOf(parent.get()).get(), treeOf(commit).get());
}

Result<bool> fetchRemoteBranch(
    git_remote *remote, RemoteSession &session, const PublishPlan &plan, const Publisher::Options &options)
{
    session.startAttempt();
    QByteArray refspec = u"+refs/heads/%1:%2"_s.arg(plan.remoteBranch, trackingReference(plan)).toUtf8();
    char *refspecs[] = {refspec.data()};
    const git_strarray specs = {refspecs, 1};
    git_fetch_options fetchOptions = GIT_FETCH_OPTIONS_INIT;
    fetchOptions.callbacks = session.callbacks();
    if (options.progress)
        options.progress(Publisher::tr("Fetching the remote's new commits"), {});
    if (const int code = git_remote_fetch(remote, &specs, &fetchOptions, nullptr); code < 0)
        return GitError::last(code).toError(Publisher::tr("could not fetch the remote's new commits"));
    return true;
}

// This clone's commits that the remote's branch does not have, and what the remote changed since
// they parted.
struct RemoteComparison {
    CommitPtr theirs;
    CommitPtr ours;
    CommitPtr base;
    std::vector<CommitPtr> local; // oldest first
    std::vector<QStringList> localPaths; // what each changes
    QStringList theirPaths; // what the remote's new commits change
    QStringList touched; // changed on both sides
};

Result<RemoteComparison> compareWithRemote(git_repository *repository, const PublishPlan &plan, const git_oid &ours)
{
    RemoteComparison comparison;
    comparison.theirs = lookupCommit(repository, trackingReference(plan));
    git_commit *rawOurs = nullptr;
    if (!comparison.theirs || git_commit_lookup(&rawOurs, repository, &ours) != 0)
        return Error{Publisher::tr("cannot read the commits to compare")};
    comparison.ours.reset(rawOurs);
    git_oid base;
    if (git_merge_base(&base, repository, &ours, git_commit_id(comparison.theirs.get())) != 0)
        return Error{Publisher::tr("the remote's branch has no history in common with this one")};

    // Ours, oldest first: each with one parent (a merge is the writer's to make).
    git_revwalk *rawWalk = nullptr;
    if (git_revwalk_new(&rawWalk, repository) != 0)
        return Error{Publisher::tr("cannot read the commits to compare")};
    const RevwalkPtr walk(rawWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_REVERSE);
    git_revwalk_push(walk.get(), &ours);
    git_revwalk_hide(walk.get(), git_commit_id(comparison.theirs.get()));
    QStringList ourPaths;
    for (git_oid id; git_revwalk_next(&id, walk.get()) == 0;) {
        git_commit *raw = nullptr;
        if (git_commit_lookup(&raw, repository, &id) != 0)
            return Error{Publisher::tr("cannot read the commits to compare")};
        CommitPtr commit(raw);
        if (git_commit_parentcount(commit.get()) != 1) {
            return Error{Publisher::tr("this clone has a merge commit the remote does not have (%1); pull and merge "
                                       "with git, then publish")
                             .arg(shortId(id).left(10))};
        }
        Result<QStringList> changed = pathsChangedBy(repository, commit.get());
        if (!changed)
            return changed.error();
        for (const QString &path : *changed) {
            if (!ourPaths.contains(path))
                ourPaths.append(path);
        }
        comparison.localPaths.push_back(std::move(changed).value());
        comparison.local.push_back(std::move(commit));
    }

    git_commit *rawBase = nullptr;
    git_commit_lookup(&rawBase, repository, &base);
    comparison.base.reset(rawBase);
    Result<QStringList> theirPaths =
        pathsChangedBetween(repository, treeOf(comparison.base.get()).get(), treeOf(comparison.theirs.get()).get());
    if (!theirPaths)
        return theirPaths.error();
    comparison.theirPaths = std::move(theirPaths).value();
    // A file both sides changed the same way is in no one's way.
    const TreePtr ourTree = treeOf(comparison.ours.get());
    const TreePtr theirTree = treeOf(comparison.theirs.get());
    const auto entryId = [](git_tree *tree, const QString &path) -> std::optional<git_oid> {
        git_tree_entry *entry = nullptr;
        if (git_tree_entry_bypath(&entry, tree, path.toUtf8().constData()) != 0)
            return std::nullopt;
        const git_oid id = *git_tree_entry_id(entry);
        git_tree_entry_free(entry);
        return id;
    };
    for (const QString &path : comparison.theirPaths) {
        if (!ourPaths.contains(path))
            continue;
        const std::optional<git_oid> mine = entryId(ourTree.get(), path);
        const std::optional<git_oid> theirs = entryId(theirTree.get(), path);
        if (mine.has_value() == theirs.has_value() && (!mine || git_oid_equal(&*mine, &*theirs)))
            continue;
        comparison.touched.append(path);
    }
    return comparison;
}

// Each local commit's own changes, in order and with its author and message, onto the remote's
// tree and then onto the commit replayed before it; changes to the paths in skip are left out
// (they are resolved after), and a commit left with no change is not made.
Result<git_oid> replayCommits(git_repository *repository, const RemoteComparison &comparison, const QStringList &skip)
{
    git_oid replayed = *git_commit_id(comparison.theirs.get());
    for (size_t k = 0; k < comparison.local.size(); ++k) {
        git_commit *commit = comparison.local[k].get();
        const TreePtr ownTree = treeOf(commit);
        git_commit *rawParent = nullptr;
        if (git_commit_lookup(&rawParent, repository, &replayed) != 0)
            return Error{Publisher::tr("cannot read the commits to compare")};
        const CommitPtr parent(rawParent);
        const TreePtr parentTree = treeOf(parent.get());
        std::vector<Update> updates;
        for (const QString &path : comparison.localPaths[k]) {
            if (skip.contains(path))
                continue;
            git_tree_entry *entry = nullptr;
            const QByteArray utf8 = path.toUtf8();
            if (git_tree_entry_bypath(&entry, ownTree.get(), utf8.constData()) != 0) {
                // The commit removed it: remove it from the new tree too, if it is there.
                git_tree_entry *parentEntry = nullptr;
                if (git_tree_entry_bypath(&parentEntry, parentTree.get(), utf8.constData()) == 0) {
                    git_tree_entry_free(parentEntry);
                    updates.push_back({utf8, {}, GIT_FILEMODE_BLOB, true});
                }
                continue;
            }
            updates.push_back({utf8, *git_tree_entry_id(entry), git_tree_entry_filemode(entry)});
            git_tree_entry_free(entry);
        }
        const Result<git_oid> treeId = treeWithUpdates(repository, parentTree.get(), updates);
        if (!treeId)
            return treeId.error();
        if (git_oid_equal(&*treeId, git_tree_id(parentTree.get())))
            continue;
        git_tree *rawTree = nullptr;
        git_tree_lookup(&rawTree, repository, &*treeId);
        const TreePtr tree(rawTree);
        const git_commit *parents[] = {parent.get()};
        if (const int code = git_commit_create(&replayed, repository, nullptr, git_commit_author(commit),
                git_commit_committer(commit), git_commit_message_encoding(commit), git_commit_message(commit),
                tree.get(), 1, parents);
            code < 0)
            return GitError::last(code).toError(Publisher::tr("cannot create the replayed commit"));
    }
    return replayed;
}

// Brings the working tree to the new commit (the remote's files, and paths the writer resolved)
// without touching any other file the writer has changed: a safe checkout stops instead. Then
// the branch points at it.
Result<bool> moveBranchTo(git_repository *repository, const PublishPlan &plan, const RemoteComparison &comparison,
    const git_oid &target, const QStringList &resolvedPaths)
{
    git_checkout_options checkout = GIT_CHECKOUT_OPTIONS_INIT;
    checkout.checkout_strategy = GIT_CHECKOUT_SAFE | GIT_CHECKOUT_DISABLE_PATHSPEC_MATCH;
    const TreePtr ourTree = treeOf(comparison.ours.get());
    checkout.baseline = ourTree.get();
    // Only these files differ from what this clone has: the checkout looks at them alone, not at
    // each of a large blog's files.
    QStringList paths = comparison.theirPaths;
    for (const QString &path : resolvedPaths) {
        if (!paths.contains(path))
            paths.append(path);
    }
    PathSpec pathspec(paths);
    checkout.paths = pathspec.array();
    git_commit *rawTarget = nullptr;
    git_commit_lookup(&rawTarget, repository, &target);
    const CommitPtr targetCommit(rawTarget);
    if (const int code = git_checkout_tree(repository, reinterpret_cast<git_object *>(targetCommit.get()), &checkout);
        code < 0)
        return GitError::last(code).toError(
            Publisher::tr("the remote's new commits change files you have edited here; your commit is kept, unpushed"));
    git_reference *rawBranch = nullptr;
    if (git_reference_lookup(&rawBranch, repository, (u"refs/heads/"_s + plan.branch).toUtf8().constData()) != 0)
        return Error{Publisher::tr("cannot find the branch %1").arg(plan.branch)};
    const ReferencePtr branchReference(rawBranch);
    git_reference *moved = nullptr;
    if (const int code = git_reference_set_target(
            &moved, branchReference.get(), &target, "postwright: publish onto the remote's new commits");
        code < 0)
        return GitError::last(code).toError(Publisher::tr("cannot move the branch"));
    git_reference_free(moved);
    return true;
}

// Replays every commit of this clone that the remote does not have (a publish the server refused
// earlier, a commit made in a terminal), in order and with their authors and messages, onto the
// remote's newer commits, when none of them changes a file those commits changed; returns the
// last replayed commit, or why it could not.
Result<git_oid> replayOntoRemote(git_repository *repository, git_remote *remote, RemoteSession &session,
    const PublishPlan &plan, const git_oid &ours, const Publisher::Options &options)
{
    if (const Result<bool> fetched = fetchRemoteBranch(remote, session, plan, options); !fetched)
        return fetched.error();
    const Result<RemoteComparison> comparison = compareWithRemote(repository, plan, ours);
    if (!comparison)
        return comparison.error();
    if (!comparison->touched.isEmpty()) {
        return Error{Publisher::tr("the remote has new commits that also change %1. Your commit is kept here, "
                                   "unpushed: choose what to keep of each version with Resolve (on the command "
                                   "line: postwright resolve FILE --mine or --theirs)")
                         .arg(comparison->touched.join(u", "_s))};
    }
    const Result<git_oid> replayed = replayCommits(repository, *comparison, {});
    if (!replayed)
        return replayed;
    if (const Result<bool> moved = moveBranchTo(repository, plan, *comparison, *replayed, {}); !moved)
        return moved.error();
    return replayed;
}

// The repository the plan opened, or opened again for a plan made without it.
Result<std::shared_ptr<Repository>> repositoryOf(const PublishPlan &plan)
{
    if (plan.repository)
        return plan.repository;
    Result<Repository> opened = Repository::open(plan.repositoryRoot);
    if (!opened)
        return opened.error();
    return std::make_shared<Repository>(std::move(opened).value());
}

// Runs work with the plan's remote and a session for it (credentials, host keys, progress,
// cancel), or says why the remote is not there.
template <typename Work>
Result<PublishOutcome> withRemote(git_repository *repository, const PublishPlan &plan, CredentialProvider &credentials,
    const Publisher::Options &options, Work &&work)
{
    git_remote *rawRemote = nullptr;
    if (git_remote_lookup(&rawRemote, repository, plan.remoteName.toUtf8().constData()) != 0)
        return Error{Publisher::tr("this blog has no remote named \"%1\"").arg(plan.remoteName)};
    const RemotePtr remote(rawRemote);
    const KnownHosts knownHosts(options.knownHostsPath);
    RemoteSession session(credentials, knownHosts, QString::fromUtf8(git_remote_url(remote.get())));
    session.setCancelFlag(options.cancel);
    if (options.progress) {
        session.setProgressHandler(
            [&options](const TransferProgress &progress) { options.progress(Publisher::tr("Pushing"), progress); });
        options.progress(Publisher::tr("Connecting to %1").arg(plan.remoteUrl), {});
    }
    return work(remote.get(), session);
}

// Tracks the remote branch, as `git push -u` would, when nothing tracks it yet.
void trackRemoteBranch(git_repository *repository, const PublishPlan &plan)
{
    git_reference *local = nullptr;
    if (git_branch_lookup(&local, repository, plan.branch.toUtf8().constData(), GIT_BRANCH_LOCAL) != 0)
        return;
    const ReferencePtr branch(local);
    git_reference *upstream = nullptr;
    if (git_branch_upstream(&upstream, branch.get()) == 0)
        git_reference_free(upstream);
    else
        git_branch_set_upstream(branch.get(), (plan.remoteName + u'/' + plan.remoteBranch).toUtf8().constData());
}

Result<SignaturePtr> signatureFor(git_repository *repository, const Publisher::Options &options)
{
    git_signature *rawSignature = nullptr;
    int code = git_signature_default(&rawSignature, repository);
    if (code < 0 && options.author)
        code = git_signature_now(
            &rawSignature, options.author->name.toUtf8().constData(), options.author->email.toUtf8().constData());
    if (code < 0)
        return Error{Publisher::tr("git does not know who you are: give your name and email (git config user.name "
                                   "and user.email)")};
    return SignaturePtr(rawSignature);
}

// A commit of tree on parent (none: the first commit) by the writer, moving updateReference to it
// when given.
Result<git_oid> commitTree(git_repository *repository, const git_oid &treeId, git_commit *parent,
    const QString &message, const Publisher::Options &options, const char *updateReference = nullptr)
{
    const Result<SignaturePtr> signature = signatureFor(repository, options);
    if (!signature)
        return signature.error();
    git_tree *rawTree = nullptr;
    git_tree_lookup(&rawTree, repository, &treeId);
    const TreePtr tree(rawTree);
    const git_commit *parents[] = {parent};
    git_oid commitId;
    const QByteArray utf8 = message.toUtf8();
    if (const int code = git_commit_create(&commitId, repository, updateReference, signature->get(), signature->get(),
            nullptr, utf8.constData(), tree.get(), parent ? 1 : 0, parents);
        code < 0)
        return GitError::last(code).toError(Publisher::tr("cannot create the commit"));
    return commitId;
}

// The bytes of path in tree, or nothing when the tree has no such file.
std::optional<QByteArray> bytesAt(git_repository *repository, git_tree *tree, const QString &path)
{
    git_tree_entry *entry = nullptr;
    if (!tree || git_tree_entry_bypath(&entry, tree, path.toUtf8().constData()) != 0)
        return std::nullopt;
    git_blob *blob = nullptr;
    const int code = git_blob_lookup(&blob, repository, git_tree_entry_id(entry));
    git_tree_entry_free(entry);
    if (code != 0)
        return std::nullopt;
    const QByteArray bytes(static_cast<const char *>(git_blob_rawcontent(blob)), qsizetype(git_blob_rawsize(blob)));
    git_blob_free(blob);
    return bytes;
}

} // namespace

Result<PublishOutcome> Publisher::publish(

    const PublishPlan &plan, CredentialProvider &credentials, const Options &options)
{
    const Result<std::shared_ptr<Repository>> shared = repositoryOf(plan);
    if (!shared)
        return shared.error();
    git_repository *repository = (*shared)->handle();
    if (QFileInfo::exists(QDir(QString::fromUtf8(git_repository_path(repository))).filePath(u"index.lock"_s))) {
        return Error{tr("another git program is using this repository (.git/index.lock exists). Wait for it to "
                        "finish and publish again; if none is running, delete that file")};
    }
    PublishOutcome outcome;
    outcome.branch = plan.branch;
    outcome.remoteUrl = plan.remoteUrl;
    QStringList paths;
    for (const PublishPlan::File &file : plan.files)
        paths.append(file.path);

    CommitPtr head = headCommit(repository);
    if (plan.needsCommit) {
        if (options.progress)
            options.progress(tr("Committing"), {});
        std::vector<Update> updates;
        for (const PublishPlan::File &file : plan.files) {
            if (file.change == PublishPlan::File::Change::Unchanged)
                continue;
            if (file.change == PublishPlan::File::Change::Deleted) {
                updates.push_back({file.path.toUtf8(), {}, GIT_FILEMODE_BLOB, true});
                continue;
            }
            Update update{file.path.toUtf8(), {}, GIT_FILEMODE_BLOB};
            if (QFileInfo(QDir(plan.repositoryRoot).filePath(file.path)).isExecutable())
                update.mode = GIT_FILEMODE_BLOB_EXECUTABLE;
            if (const int code = git_blob_create_from_workdir(&update.id, repository, update.path.constData());
                code < 0)
                return GitError::last(code).toError(
                    tr("cannot store %1 in git (is the repository read-only?)").arg(file.path));
            updates.push_back(update);
        }
        // The new tree is HEAD's plus our files: whatever else is staged or edited stays out.
        const TreePtr headTree = treeOf(head.get());
        const Result<git_oid> treeId = treeWithUpdates(repository, headTree.get(), updates);
        if (!treeId)
            return treeId.error();
        if (!headTree || !git_oid_equal(&*treeId, git_tree_id(headTree.get()))) {
            const QString message = options.message.isEmpty() ? plan.message : options.message;
            const Result<git_oid> commitId = commitTree(repository, *treeId, head.get(), message, options, "HEAD");
            if (!commitId)
                return commitId.error();
            // Stage exactly our files, so `git status` agrees with the commit.
            git_index *rawIndex = nullptr;
            if (git_repository_index(&rawIndex, repository) == 0) {
                const IndexPtr index(rawIndex);
                git_index_read(index.get(), 0);
                for (const Update &update : updates) {
                    if (!update.remove)
                        git_index_add_bypath(index.get(), update.path.constData());
                }
                git_index_write(index.get());
            }
            head = headCommit(repository);
        }
    }
    if (!head)
        return Error{tr("there is nothing to publish: the repository has no commits")};
    outcome.commitId = shortId(*git_commit_id(head.get()));

    return withRemote(repository, plan, credentials, options, [&](git_remote *remote, RemoteSession &session) {
        PushAttempt attempt = push(remote, session, plan);
        if (!attempt.failure.isEmpty() && attempt.nonFastForward) {
            const Result<git_oid> replayed =
                replayOntoRemote(repository, remote, session, plan, *git_commit_id(head.get()), options);
            if (!replayed)
                return Result<PublishOutcome>(
                    Error{tr("%1. %2").arg(attempt.failure, sentence(replayed.error().message))});
            outcome.rebased = true;
            outcome.commitId = shortId(*replayed);
            attempt = push(remote, session, plan);
        }
        if (!attempt.failure.isEmpty()) {
            return Result<PublishOutcome>(
                Error{tr("%1. Your commit %2 is saved in this clone; publish again to retry the push")
                          .arg(attempt.failure, outcome.commitId.left(10))});
        }
        outcome.pushed = true;
        trackRemoteBranch(repository, plan);
        return Result<PublishOutcome>(outcome);
    });
}

bool PublishConflict::File::isText() const
{
    for (const QByteArray *bytes : {&base, &mine, &theirs}) {
        if (bytes->contains('\0') || QString::fromUtf8(*bytes).toUtf8() != *bytes)
            return false;
    }
    return true;
}

QString Publisher::backupReference(const QString &branch)
{
    return u"refs/postwright/backup/"_s + branch;
}

QList<ResolvedFile> Publisher::resolvedBy(const PublishConflict &conflict, ParagraphMerge::Side side)
{
    QList<ResolvedFile> resolved;
    for (const PublishConflict::File &file : conflict.files) {
        if (file.isText() && file.existsInMine && file.existsInTheirs) {
            const ParagraphMerge merge = ParagraphMerge::merge(
                QString::fromUtf8(file.base), QString::fromUtf8(file.mine), QString::fromUtf8(file.theirs));
            resolved.append({file.path, merge.resultPreferring(side).toUtf8()});
        } else if (side == ParagraphMerge::Side::Theirs) {
            resolved.append({file.path, file.theirs, !file.existsInTheirs});
        } else {
            resolved.append({file.path, file.mine, !file.existsInMine});
        }
    }
    return resolved;
}

Result<std::optional<PublishConflict>> Publisher::conflict(const PublishPlan &plan)
{
    const Result<std::shared_ptr<Repository>> shared = repositoryOf(plan);
    if (!shared)
        return shared.error();
    git_repository *repository = (*shared)->handle();
    const CommitPtr head = headCommit(repository);
    const CommitPtr theirs = lookupCommit(repository, trackingReference(plan));
    if (!head || !theirs)
        return std::optional<PublishConflict>();
    git_oid base;
    if (git_merge_base(&base, repository, git_commit_id(head.get()), git_commit_id(theirs.get())) == 0
        && git_oid_equal(&base, git_commit_id(theirs.get())))
        return std::optional<PublishConflict>(); // the remote has nothing this clone lacks
    const Result<RemoteComparison> comparison = compareWithRemote(repository, plan, *git_commit_id(head.get()));
    if (!comparison)
        return comparison.error();
    if (comparison->touched.isEmpty())
        return std::optional<PublishConflict>();
    PublishConflict conflict;
    conflict.ourCommit = shortId(*git_commit_id(head.get()));
    conflict.theirCommit = shortId(*git_commit_id(theirs.get()));
    const TreePtr baseTree = treeOf(comparison->base.get());
    const TreePtr ourTree = treeOf(comparison->ours.get());
    const TreePtr theirTree = treeOf(comparison->theirs.get());
    for (const QString &path : comparison->touched) {
        PublishConflict::File file;
        file.path = path;
        const std::optional<QByteArray> baseBytes = bytesAt(repository, baseTree.get(), path);
        const std::optional<QByteArray> mineBytes = bytesAt(repository, ourTree.get(), path);
        const std::optional<QByteArray> theirBytes = bytesAt(repository, theirTree.get(), path);
        file.existsInBase = baseBytes.has_value();
        file.existsInMine = mineBytes.has_value();
        file.existsInTheirs = theirBytes.has_value();
        file.base = baseBytes.value_or(QByteArray());
        file.mine = mineBytes.value_or(QByteArray());
        file.theirs = theirBytes.value_or(QByteArray());
        conflict.files.append(file);
    }
    for (const CommitPtr &commit : comparison->local) {
        conflict.ourCommitSummaries.append(
            shortId(*git_commit_id(commit.get())).left(7) + u' ' + QString::fromUtf8(git_commit_summary(commit.get())));
    }
    return std::optional<PublishConflict>(conflict);
}

Result<PublishOutcome> Publisher::publishResolved(const PublishPlan &plan, const PublishConflict &conflict,
    const QList<ResolvedFile> &resolved, CredentialProvider &credentials, const Options &options)
{
    const Result<std::shared_ptr<Repository>> shared = repositoryOf(plan);
    if (!shared)
        return shared.error();
    git_repository *repository = (*shared)->handle();
    const CommitPtr head = headCommit(repository);
    const CommitPtr theirs = lookupCommit(repository, trackingReference(plan));
    if (!head || shortId(*git_commit_id(head.get())) != conflict.ourCommit)
        return Error{tr("this clone's commits changed since the conflict was found; publish again to see it as it "
                        "is now")};
    if (!theirs || shortId(*git_commit_id(theirs.get())) != conflict.theirCommit)
        return Error{tr("the remote's commits changed since the conflict was found; publish again to see it as it "
                        "is now")};
    // The files as the writer committed them: what is resolved replaces exactly that, nothing newer.
    const QDir root(plan.repositoryRoot);
    QStringList resolvedPaths;
    for (const ResolvedFile &file : resolved) {
        const auto original = std::find_if(conflict.files.begin(), conflict.files.end(),
            [&](const PublishConflict::File &candidate) { return candidate.path == file.path; });
        if (original == conflict.files.end())
            return Error{tr("%1 is not one of the files in conflict").arg(file.path)};
        QFile disk(root.filePath(file.path));
        const bool onDisk = disk.open(QIODevice::ReadOnly);
        if (onDisk != original->existsInMine || (onDisk && disk.readAll() != original->mine)) {
            return Error{tr("%1 has changed on disk since it was committed; save it and publish again, then choose "
                            "again")
                             .arg(file.path)};
        }
        resolvedPaths.append(file.path);
    }
    for (const PublishConflict::File &file : conflict.files) {
        if (!resolvedPaths.contains(file.path))
            return Error{tr("choose what to keep of %1 too").arg(file.path)};
    }
    const Result<RemoteComparison> comparison = compareWithRemote(repository, plan, *git_commit_id(head.get()));
    if (!comparison)
        return comparison.error();

    // What the writer had stays reachable until the site has the result.
    git_reference *backup = nullptr;
    if (const int code = git_reference_create(&backup, repository, backupReference(plan.branch).toUtf8().constData(),
            git_commit_id(head.get()), 1, "postwright: the commits before resolving a conflict");
        code < 0)
        return GitError::last(code).toError(tr("cannot keep a backup of your commits"));
    git_reference_free(backup);

    if (options.progress)
        options.progress(tr("Committing"), {});
    const Result<git_oid> replayed = replayCommits(repository, *comparison, resolvedPaths);
    if (!replayed)
        return replayed.error();
    git_commit *rawParent = nullptr;
    if (git_commit_lookup(&rawParent, repository, &*replayed) != 0)
        return Error{tr("cannot read the commits to compare")};
    const CommitPtr parent(rawParent);
    const TreePtr parentTree = treeOf(parent.get());
    const TreePtr ourTree = treeOf(comparison->ours.get());
    std::vector<Update> updates;
    for (const ResolvedFile &file : resolved) {
        const QByteArray path = file.path.toUtf8();
        git_tree_entry *entry = nullptr;
        const bool inParent = git_tree_entry_bypath(&entry, parentTree.get(), path.constData()) == 0;
        git_filemode_t mode = GIT_FILEMODE_BLOB;
        if (inParent) {
            mode = git_tree_entry_filemode(entry);
            git_tree_entry_free(entry);
        }
        if (file.removed) {
            if (inParent)
                updates.push_back({path, {}, GIT_FILEMODE_BLOB, true});
            continue;
        }
        Update update{path, {}, mode};
        if (const int code =
                git_blob_create_from_buffer(&update.id, repository, file.bytes.constData(), size_t(file.bytes.size()));
            code < 0)
            return GitError::last(code).toError(tr("cannot store %1 in git").arg(file.path));
        updates.push_back(update);
    }
    const Result<git_oid> treeId = treeWithUpdates(repository, parentTree.get(), updates);
    if (!treeId)
        return treeId.error();
    git_oid target = *replayed;
    if (!git_oid_equal(&*treeId, git_tree_id(parentTree.get()))) {
        const QString subject = options.message.isEmpty() ? plan.message : options.message;
        const Result<git_oid> commitId = commitTree(repository, *treeId, parent.get(),
            subject + u"\n\nMerged with the remote's changes to "_s + resolvedPaths.join(u", "_s) + u".\n"_s, options);
        if (!commitId)
            return commitId.error();
        target = *commitId;
    }
    if (const Result<bool> moved = moveBranchTo(repository, plan, *comparison, target, resolvedPaths); !moved)
        return moved.error();

    PublishOutcome outcome;
    outcome.branch = plan.branch;
    outcome.remoteUrl = plan.remoteUrl;
    outcome.commitId = shortId(target);
    outcome.rebased = true;
    outcome.merged = true;
    return withRemote(repository, plan, credentials, options, [&](git_remote *remote, RemoteSession &session) {
        const PushAttempt attempt = push(remote, session, plan);
        if (!attempt.failure.isEmpty()) {
            const QString retry = attempt.nonFastForward
                ? tr("The remote changed again meanwhile: publish again to see its new changes")
                : tr("Publish again to retry the push");
            return Result<PublishOutcome>(Error{
                tr("%1. The merged version is commit %2 in this clone, and your commits as they were are kept as %3. "
                   "%4")
                    .arg(attempt.failure, outcome.commitId.left(10), backupReference(plan.branch), retry)});
        }
        outcome.pushed = true;
        git_reference *done = nullptr;
        if (git_reference_lookup(&done, repository, backupReference(plan.branch).toUtf8().constData()) == 0) {
            git_reference_delete(done);
            git_reference_free(done);
        }
        trackRemoteBranch(repository, plan);
        return Result<PublishOutcome>(outcome);
    });
}

} // namespace Postwright::Core
