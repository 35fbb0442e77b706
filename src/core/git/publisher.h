#pragma once

#include "document/frontmatter.h"
#include "document/paragraphmerge.h"
#include "git/commitauthor.h"
#include "git/credentialprovider.h"
#include "git/knownhosts.h"
#include "git/publishtarget.h"
#include "git/transferprogress.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Postwright::Core {

class Repository;
struct SiteProfile;

// What publishing a post will do, shown to the writer before anything is written to git.
struct PublishPlan {
    struct File {
        QString path; // relative to the repository
        enum class Change { Added, Modified, Unchanged, Deleted } change = Change::Unchanged;
        int additions = 0;
        int deletions = 0;
    };

    QString repositoryRoot;
    QString postPath; // relative
    QString title;
    bool isDraft = false;
    // The post first, then the local images and files it links to, then files whose removal is
    // staged (a post deleted or renamed in Postwright).
    QList<File> files;
    QString message; // "Publish: <title>", or the blog's own template
    QString remoteName;
    QString remoteUrl; // passwords redacted
    QString branch; // the local branch committed to
    QString remoteBranch; // the remote's branch pushed to: the same name unless the blog says
    QString publicUrl; // where the built site will have the post, when the site model says
    QStringList imagesWithLocation; // images going out that still say where they were taken

    bool needsCommit = false;
    int unpushedCommits = 0; // already committed, not on the remote yet
    bool needsAuthor = false; // git has no user.name/user.email: ask before committing
    // The repository as plan() opened it; publish() reuses it rather than reading the index again.
    std::shared_ptr<Repository> repository;
};

struct PublishOutcome {
    QString commitId;
    QString remoteUrl;
    QString branch;
    bool rebased = false; // the remote had moved on, and the commit was replayed onto it
    bool merged = false; // the writer's choices between their version and the remote's were committed
    bool pushed = false;
};

// A publish the remote refused because its new commits change files this clone's unpushed
// commits change too: each such file in its three versions, for the writer to merge.
struct PublishConflict {
    struct File {
        QString path; // relative to the repository
        QByteArray base; // as both sides had it before
        QByteArray mine; // as this clone's last commit has it
        QByteArray theirs; // as the remote has it
        bool existsInBase = true;
        bool existsInMine = true;
        bool existsInTheirs = true;
        // UTF-8 text in all versions: merged by paragraph; else one version is kept whole.
        bool isText() const;
    };
    QString ourCommit; // full ids: a resolution applies to exactly these two
    QString theirCommit;
    QList<File> files;
    QStringList ourCommitSummaries; // the unpushed commits, oldest first: "abc1234 Publish: Title"
};

// What the writer chose for a conflicting file: its new bytes, or its removal.
struct ResolvedFile {
    QString path;
    QByteArray bytes;
    bool removed = false;
};

// Commits a post (and only it and its assets) and pushes it, by the steps in DESIGN.md: never a
// force-push, never another dirty file, and an honest result. Runs on a worker thread.
class Publisher final {
    Q_DECLARE_TR_FUNCTIONS(Postwright::Core::Publisher)

public:
    // sitePath is the site's base path ("/blog"), which links to the static folder may start with.
    static Result<PublishPlan> plan(const QString &postPath, const FieldNaming &naming = {},
        const QString &staticFolder = {}, const PublishTarget &target = {}, const QString &sitePath = {});
    // By the blog's conventions: its field names, static folder, base path and publish target.
    static Result<PublishPlan> plan(const QString &postPath, const SiteProfile &profile);

    struct Options {
        QString message;
        std::optional<CommitAuthor> author; // when git config has none
        std::function<void(const QString &stage, const TransferProgress &)> progress;
        const std::atomic_bool *cancel = nullptr;
        QString knownHostsPath = KnownHosts::defaultPath();
    };
    static Result<PublishOutcome> publish(
        const PublishPlan &plan, CredentialProvider &credentials, const Options &options);

    // After a publish failed: the conflict with the remote's commits it fetched, if that is why.
    // Reads only this clone (no network).
    static Result<std::optional<PublishConflict>> conflict(const PublishPlan &plan);
    // Finishes a conflict: this clone's other commits replayed onto the remote's, then one commit
    // with the resolved files, checked out and pushed. The commits as they were stay reachable
    // at backupReference() until the push succeeds; on any failure before the branch moves,
    // nothing in the clone has changed.
    static Result<PublishOutcome> publishResolved(const PublishPlan &plan, const PublishConflict &conflict,
        const QList<ResolvedFile> &resolved, CredentialProvider &credentials, const Options &options);
    static QString backupReference(const QString &branch);
    // Every file of a conflict resolved by one side where both changed the same part (a text by
    // field and paragraph; another file whole).
    static QList<ResolvedFile> resolvedBy(const PublishConflict &conflict, ParagraphMerge::Side side);
};

} // namespace Postwright::Core
