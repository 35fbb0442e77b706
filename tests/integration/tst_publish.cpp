#include "document/paragraphmerge.h"
#include "git/gitlibrary.h"
#include "git/poststatus.h"
#include "git/publisher.h"
#include "git/remotesession.h"
#include "site/postfiles.h"
#include "site/postlibrary.h"
#include "site/sampleblog.h"
#include "site/siteprofile.h"
#include "support/commandrunner.h"
#include "support/gitservers.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

namespace {

// Answers as a test script says, and remembers what it was asked.
class TestCredentials final : public CredentialProvider {
public:
    std::function<std::optional<Credential>(int attempt)> answer = [](int) { return std::nullopt; };
    bool acceptHostKeys = true;
    QStringList hostKeysAsked;
    int credentialRequests = 0;
    int accepted = 0;
    int rejected = 0;

    std::optional<Credential> credentialFor(const QString &, const QString &, unsigned, int attempt) override
    {
        ++credentialRequests;
        return answer(attempt);
    }
    bool acceptUnknownHostKey(const QString &host, const QString &fingerprint) override
    {
        hostKeysAsked.append(host + u' ' + fingerprint);
        return acceptHostKeys;
    }
    void credentialAccepted(const QString &, const Credential &) override { ++accepted; }
    void credentialRejected(const QString &, const Credential &) override { ++rejected; }
};

const CommitAuthor author{u"Pat Writer"_s, u"pat@example.invalid"_s};

// Before libgit2 starts: a home with no git identity, as on a writer's fresh machine, so that the
// author the writer gives is the one used. The git command gets its identity with -c where needed.
const bool isolatedFromTheUsersGitConfig = [] {
    static QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", home.path().toUtf8());
    return true;
}();

// The first temporary folder whose every ancestor others may pass through: TMPDIR may be a
// private one, as a home folder of mode 700 is.
QString folderEveryoneCanEnter()
{
    for (const QString &candidate : {QDir::tempPath(), u"/tmp"_s, u"/var/tmp"_s}) {
        bool reachable = QFileInfo(candidate).isDir();
        for (QString path = QFileInfo(candidate).canonicalFilePath(); reachable && !path.isEmpty();
             path = path == u"/"_s ? QString() : QFileInfo(path).absolutePath())
            reachable = QFileInfo(path).permissions().testFlag(QFileDevice::ExeOther);
        if (reachable)
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

} // namespace

class TestPublish final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void toAFileRemoteCommitsOnlyThePost();
    void aNewPostWithImagesTakesItsImages();
    void nothingToPublishTheSecondTime();
    void toTheBlogsChosenRemoteBranchAndMessage();
    void toGitDaemon();
    void aServerRejectionIsReportedAndTheCommitKept();
    void aRemoteThatMovedIsReplayedOnto();
    void aRemoteThatChangedThePostStops();
    void everyUnpushedCommitIsReplayedInOrder();
    void aConflictIsResolved_data();
    void aConflictIsResolved();
    void cancellingAConflictLeavesEverythingAsItWas();
    void aPushThatFailsAfterResolvingKeepsBothVersions();
    void overHttpWithTheRightPassword();
    void overHttpWithAWrongPasswordEndsAfterThreeTries();
    void overHttpWithTheUsersCredentialHelper();
    void anUntrustedTlsCertificateIsRefused();
    void overSshWithAKeyFileAndAnUnknownHostKey();
    void overSshWithTheAgent();
    void theUsualSshCredentialsAreTheAgentThenTheKeyFiles();
    void anUnknownHostKeyRefusedPushesNothing();
    void aChangedHostKeyIsRefused();
    void theServerDyingMidPushKeepsTheCommitAndRetryWorks();
    void fromTheCommandLine();
    void aConflictFromTheCommandLine_data();
    void aConflictFromTheCommandLine();
    void aRenamedPostMovesOnTheRemoteAndKeepsItsOldUrl();
    void aDeletedPostLeavesTheRemote();
    void intoAnEmptyRepository();
    void cancellingKeepsTheCommit();
    void aReadOnlyRepositoryLosesNothing();
    void problemsBeforeCommitting_data();
    void problemsBeforeCommitting();

private:
    QString post(const QString &name = u"welcome-to-postwright.md"_s) const
    {
        return m_blog + u"/content/posts/"_s + name;
    }
    void append(const QString &path, const QByteArray &text)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(text);
    }
    Result<PublishOutcome> publish(const QString &path, CredentialProvider &credentials,
        const std::function<void(const QString &, const TransferProgress &)> &progress = {})
    {
        const Result<PublishPlan> plan = Publisher::plan(path, {}, m_blog + u"/static"_s);
        if (!plan)
            return plan.error();
        Publisher::Options options;
        options.author = author;
        options.knownHostsPath = m_work->filePath(u"known_hosts"_s);
        options.progress = progress;
        return Publisher::publish(*plan, credentials, options);
    }
    // Another clone pushes a new post ("Other"), as a second writer or a CI bot would.
    void moveTheRemoteOnAnotherFile()
    {
        const QString other = m_work->filePath(u"other"_s);
        QVERIFY(runCommand(u"git"_s, {u"clone"_s, u"-q"_s, m_origin, other}).ok());
        writeTextFile(other + u"/content/posts/from-elsewhere.md"_s, "---\ntitle: Elsewhere\n---\n");
        QVERIFY(git(other, {u"add"_s, u"."_s}).ok());
        QVERIFY(git(
            other, {u"-c"_s, u"user.name=O"_s, u"-c"_s, u"user.email=o@x.invalid"_s, u"commit"_s, u"-qm"_s, u"Other"_s})
                    .ok());
        QVERIFY(git(other, {u"push"_s, u"-q"_s, u"origin"_s, u"main"_s}).ok());
    }
    // Another clone rewrites the sample post, as a co-author on the site would.
    void changeThePostOnTheRemote(const std::function<QString(QString)> &edit)
    {
        const QString other = m_work->filePath(u"coauthor"_s);
        QVERIFY(runCommand(u"git"_s, {u"clone"_s, u"-q"_s, m_origin, other}).ok());
        const QString path = other + u"/content/posts/welcome-to-postwright.md"_s;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        writeTextFile(path, edit(QString::fromUtf8(file.readAll())).toUtf8());
        QVERIFY(git(other,
            {u"-c"_s, u"user.name=Co Author"_s, u"-c"_s, u"user.email=co@x.invalid"_s, u"commit"_s, u"-qam"_s,
                u"Edit on the site"_s})
                    .ok());
        QVERIFY(git(other, {u"push"_s, u"-q"_s, u"origin"_s, u"main"_s}).ok());
    }
    void editThePostHere(const std::function<QString(QString)> &edit)
    {
        QFile file(post());
        QVERIFY(file.open(QIODevice::ReadOnly));
        writeTextFile(post(), edit(QString::fromUtf8(file.readAll())).toUtf8());
    }
    // Both sides rewrite the Writing section's first paragraph; the site also renames the post and I
    // add an ending. Returns the plan and the conflict a publish then meets.
    std::pair<PublishPlan, PublishConflict> meetAConflict(CredentialProvider &credentials)
    {
        changeThePostOnTheRemote([](QString text) {
            return text.replace(u"title: Welcome to Postwright"_s, u"title: Welcome, writer"_s)
                .replace(u"Type on the left, read on the right."_s, u"The site's own opening line."_s);
        });
        editThePostHere([](QString text) {
            return text.replace(u"Type on the left, read on the right."_s, u"My own opening line."_s)
                + u"\nAn ending of mine.\n"_s;
        });
        const Result<PublishOutcome> refused = publish(post(), credentials);
        [&] {
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(u"Resolve"_s), qPrintable(refused.error().message));
        }();
        const Result<PublishPlan> plan = Publisher::plan(post(), {}, m_blog + u"/static"_s);
        const Result<std::optional<PublishConflict>> conflict =
            plan ? Publisher::conflict(*plan) : Result<std::optional<PublishConflict>>(plan.error());
        [&] {
            QVERIFY2(conflict, conflict ? "" : qPrintable(conflict.error().message));
            QVERIFY(conflict->has_value());
        }();
        if (!conflict || !conflict->has_value())
            return {};
        return {*plan, **conflict};
    }
    QString backupOf(const QString &branch) const
    {
        return git(m_blog, {u"rev-parse"_s, u"--verify"_s, u"-q"_s, Publisher::backupReference(branch)}).out.trimmed();
    }
    void setOrigin(const QString &url) { QVERIFY(git(m_blog, {u"remote"_s, u"set-url"_s, u"origin"_s, url}).ok()); }
    // A large image of random bytes beside the posts, so a push takes long enough to interrupt.
    void writeIncompressibleImage(const QString &name, int mebibytes, quint32 seed)
    {
        QByteArray noise(mebibytes * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator(seed).fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        writeTextFile(post(name), noise);
    }
    // Starts a loopback server over the origin's folder and points the clone's origin at it.
    template <typename Server, typename... StartArguments>
    bool serveOrigin(Server &server, StartArguments &&...arguments)
    {
        if (!server.start(QFileInfo(m_origin).absolutePath(), std::forward<StartArguments>(arguments)...))
            return false;
        setOrigin(server.url(QFileInfo(m_origin).fileName()));
        return true;
    }
    QString remoteLog() const { return git(m_origin, {u"log"_s, u"--format=%s"_s, u"main"_s}).out; }
    // What a failed publish must leave alone: the post's bytes, every other file's state, the index.
    struct WorkingState {
        QString head;
        QByteArray postBytes;
        QStringList status;
        QStringList index;
    };
    WorkingState workingState() const
    {
        QFile file(post());
        const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        return {git(m_blog, {u"rev-parse"_s, u"HEAD"_s}).out.trimmed(), bytes,
            git(m_blog, {u"status"_s, u"--porcelain"_s, u"-uall"_s}).out.split(u'\n', Qt::SkipEmptyParts),
            git(m_blog, {u"ls-files"_s, u"--stage"_s}).out.split(u'\n', Qt::SkipEmptyParts)};
    }
    // As it was, or as it was plus the one publish commit: its files are then clean and match HEAD.
    void verifyNothingLostSince(const WorkingState &before)
    {
        const WorkingState after = workingState();
        QCOMPARE(after.postBytes, before.postBytes);
        if (after.head == before.head) {
            QCOMPARE(after.status, before.status);
            QCOMPARE(after.index, before.index);
            return;
        }
        QCOMPARE(git(m_blog, {u"rev-parse"_s, u"HEAD~1"_s}).out.trimmed(), before.head);
        QVERIFY(git(m_blog, {u"log"_s, u"-1"_s, u"--format=%s"_s}).out.startsWith(u"Publish:"_s));
        const QStringList committed =
            git(m_blog, {u"show"_s, u"--name-only"_s, u"--format="_s, u"HEAD"_s}).out.split(u'\n', Qt::SkipEmptyParts);
        const auto without = [&](QStringList lines) {
            lines.removeIf([&](const QString &line) {
                return std::any_of(committed.begin(), committed.end(),
                    [&](const QString &path) { return line.endsWith(u' ' + path) || line.endsWith(u'\t' + path); });
            });
            return lines;
        };
        QCOMPARE(without(after.status), without(before.status));
        QCOMPARE(without(after.index), without(before.index));
        QVERIFY(git(m_blog, QStringList{u"diff"_s, u"--quiet"_s, u"HEAD"_s, u"--"_s} + committed).ok());
    }
    void verifyRepositoriesAreSound()
    {
        QVERIFY2(git(m_origin, {u"fsck"_s, u"--strict"_s}).ok(), "the remote fails git fsck");
        QVERIFY2(git(m_blog, {u"fsck"_s}).ok(), "the clone fails git fsck");
    }

    GitLibrary m_git;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_blog;
    QString m_origin;
};

void TestPublish::init()
{
    QStandardPaths::setTestModeEnabled(true); // deleted posts go to a trash of the tests' own
    // Under a folder every user can pass through, so that a test can hand its own folder to another
    // user (nobody) without touching the permissions of anything outside it.
    const QString base = folderEveryoneCanEnter();
    QVERIFY2(!base.isEmpty(), "no temporary folder that other users can enter (TMPDIR, /tmp, /var/tmp)");
    m_work = std::make_unique<QTemporaryDir>(base + u"/tst_publish-XXXXXX"_s);
    QVERIFY(m_work->isValid());
    const Result<QString> blog = SampleBlog::ensure(m_work->filePath(u"data"_s));
    QVERIFY(blog);
    m_blog = *blog;
    m_origin = SampleBlog::originPath(m_work->filePath(u"data"_s));
}

void TestPublish::toAFileRemoteCommitsOnlyThePost()
{
    append(post(), "\nA new paragraph.\n");
    append(post(u"markdown-tour.md"_s), "\nAn unrelated edit that must not be published.\n");
    writeTextFile(m_blog + u"/notes.txt"_s, "untracked, not published\n");
    const QString before = QString::fromUtf8([&] {
        QFile file(post());
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }());

    const Result<PublishPlan> plan = Publisher::plan(post());
    QVERIFY(plan);
    QCOMPARE(plan->files.size(), 1);
    QCOMPARE(plan->files[0].path, u"content/posts/welcome-to-postwright.md"_s);
    QCOMPARE(plan->files[0].change, PublishPlan::File::Change::Modified);
    QCOMPARE(plan->files[0].additions, 2);
    QCOMPARE(plan->message, u"Publish: Welcome to Postwright"_s);
    QCOMPARE(plan->branch, u"main"_s);
    QVERIFY(plan->needsCommit);
    QVERIFY(plan->needsAuthor);

    TestCredentials credentials;
    const Result<PublishOutcome> outcome = publish(post(), credentials);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    QVERIFY(outcome->pushed);
    QCOMPARE(remoteLog(), u"Publish: Welcome to Postwright\nStart the sample blog\n"_s);
    QCOMPARE(git(m_blog, {u"show"_s, u"--name-only"_s, u"--format="_s, u"HEAD"_s}).out.trimmed(),
        u"content/posts/welcome-to-postwright.md"_s);
    QCOMPARE(
        git(m_blog, {u"log"_s, u"-1"_s, u"--format=%an <%ae>"_s}).out.trimmed(), u"Pat Writer <pat@example.invalid>"_s);
    // The other edits are still there, uncommitted; the post's text is exactly as it was.
    const QString status = git(m_blog, {u"status"_s, u"--porcelain"_s}).out;
    QCOMPARE(status, u" M content/posts/markdown-tour.md\n?? notes.txt\n"_s);
    QFile file(post());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), before);
    QCOMPARE(git(m_blog, {u"rev-parse"_s, u"HEAD"_s}).out, git(m_origin, {u"rev-parse"_s, u"main"_s}).out);
    verifyRepositoriesAreSound();
}

void TestPublish::aNewPostWithImagesTakesItsImages()
{
    writeTextFile(m_blog + u"/static/images/site.png"_s, "png bytes");
    writeTextFile(m_blog + u"/content/posts/new/cover.png"_s, "cover bytes");
    writeTextFile(m_blog + u"/content/posts/new/unused.png"_s, "not linked");
    writeTextFile(post(u"new/index.md"_s),
        "---\ntitle: New\ndate: 2026-11-26\n---\n![a](cover.png) ![b](/images/site.png) "
        "[web](https://example.invalid/x.png) [anchor](#top)\n");
    const Result<PublishPlan> plan = Publisher::plan(post(u"new/index.md"_s), {}, m_blog + u"/static"_s);
    QVERIFY(plan);
    QStringList paths;
    for (const PublishPlan::File &file : plan->files) {
        paths.append(file.path);
        QCOMPARE(file.change, PublishPlan::File::Change::Added);
    }
    QCOMPARE(paths,
        (QStringList{u"content/posts/new/index.md"_s, u"content/posts/new/cover.png"_s, u"static/images/site.png"_s}));
    TestCredentials credentials;
    QVERIFY(publish(post(u"new/index.md"_s), credentials));
    const QString files = git(m_origin, {u"ls-tree"_s, u"-r"_s, u"--name-only"_s, u"main"_s}).out;
    QVERIFY(files.contains(u"content/posts/new/cover.png"_s));
    QVERIFY(files.contains(u"static/images/site.png"_s));
    QVERIFY(!files.contains(u"unused.png"_s));
    verifyRepositoriesAreSound();
}

void TestPublish::toTheBlogsChosenRemoteBranchAndMessage()
{
    // The blog publishes to a remote called "site", on its branch "live", with its own message.
    QVERIFY(git(m_blog, {u"remote"_s, u"rename"_s, u"origin"_s, u"site"_s}).ok());
    append(post(), "\nTo the live branch.\n");
    const PublishTarget target{u"site"_s, u"live"_s, u"New post: %1"_s};
    const Result<PublishPlan> plan = Publisher::plan(post(), {}, {}, target);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
    QCOMPARE(plan->remoteName, u"site"_s);
    QCOMPARE(plan->branch, u"main"_s);
    QCOMPARE(plan->remoteBranch, u"live"_s);
    QCOMPARE(plan->message, u"New post: Welcome to Postwright"_s);
    TestCredentials credentials;
    Publisher::Options options;
    options.author = author;
    const Result<PublishOutcome> outcome = Publisher::publish(*plan, credentials, options);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    QCOMPARE(git(m_origin, {u"log"_s, u"-1"_s, u"--format=%s"_s, u"live"_s}).out.trimmed(),
        u"New post: Welcome to Postwright"_s);
    QCOMPARE(remoteLog(), u"Start the sample blog\n"_s); // main untouched
    QCOMPARE(git(m_blog, {u"rev-parse"_s, u"HEAD"_s}).out, git(m_origin, {u"rev-parse"_s, u"live"_s}).out);
    // The status bar and the library say so too: they compare with site/live, not origin/main.
    QCOMPARE(PostStatus::of(post(), target), PostState::Published);
    SiteProfile profile = SiteProfile::detect(m_blog);
    profile.publishTarget = target;
    const QList<PostSummary> posts = PostLibrary::scan(profile);
    const auto listed =
        std::find_if(posts.begin(), posts.end(), [this](const PostSummary &summary) { return summary.path == post(); });
    QVERIFY(listed != posts.end());
    QCOMPARE(listed->state, PostState::Published);
    // Nothing left to publish: the plan compares with site/live.
    const Result<PublishPlan> again = Publisher::plan(post(), {}, {}, target);
    QVERIFY(again);
    QVERIFY(!again->needsCommit);
    QCOMPARE(again->unpushedCommits, 0);
    // A remote the blog does not have is named in the message.
    const Result<PublishPlan> missing = Publisher::plan(post(), {}, {}, PublishTarget{u"nowhere"_s, {}, {}});
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(u"no remote named \"nowhere\""_s), qPrintable(missing.error().message));
    verifyRepositoriesAreSound();
}

void TestPublish::nothingToPublishTheSecondTime()
{
    append(post(), "\nOnce.\n");
    TestCredentials credentials;
    QVERIFY(publish(post(), credentials));
    const Result<PublishPlan> again = Publisher::plan(post());
    QVERIFY(again);
    QVERIFY(!again->needsCommit);
    QCOMPARE(again->unpushedCommits, 0);
}

void TestPublish::toGitDaemon()
{
    GitDaemon daemon;
    QVERIFY(serveOrigin(daemon));
    append(post(), "\nOver git://.\n");
    TestCredentials credentials;
    const Result<PublishOutcome> outcome = publish(post(), credentials);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    QVERIFY(remoteLog().startsWith(u"Publish: Welcome to Postwright\n"_s));
    QCOMPARE(git(m_blog, {u"rev-parse"_s, u"origin/main"_s}).out, git(m_origin, {u"rev-parse"_s, u"main"_s}).out);
    verifyRepositoriesAreSound();
}

void TestPublish::aServerRejectionIsReportedAndTheCommitKept()
{
    const QString hook = m_origin + u"/hooks/pre-receive"_s;
    writeTextFile(hook, "#!/bin/sh\necho 'every post needs a reviewer (house rule)' >&2\nexit 1\n");
    QFile::setPermissions(hook, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    GitDaemon daemon;
    QVERIFY(serveOrigin(daemon));
    append(post(), "\nRejected at first.\n");
    const WorkingState before = workingState();
    TestCredentials credentials;
    const Result<PublishOutcome> refused = publish(post(), credentials);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"rejected by the server"_s), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(u"every post needs a reviewer"_s), qPrintable(refused.error().message));
    QCOMPARE(remoteLog(), u"Start the sample blog\n"_s);
    verifyNothingLostSince(before);

    QFile::remove(hook);
    const Result<PublishPlan> retry = Publisher::plan(post());
    QVERIFY(!retry->needsCommit);
    QCOMPARE(retry->unpushedCommits, 1);
    QVERIFY(publish(post(), credentials));
    QCOMPARE(remoteLog(), u"Publish: Welcome to Postwright\nStart the sample blog\n"_s);
    verifyRepositoriesAreSound();
}

void TestPublish::aRemoteThatMovedIsReplayedOnto()
{
    moveTheRemoteOnAnotherFile();

    append(post(), "\nWritten while the remote moved.\n");
    TestCredentials credentials;
    const Result<PublishOutcome> outcome = publish(post(), credentials);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    QVERIFY(outcome->rebased);
    QCOMPARE(remoteLog(), u"Publish: Welcome to Postwright\nOther\nStart the sample blog\n"_s);
    QVERIFY(QFile::exists(m_blog + u"/content/posts/from-elsewhere.md"_s));
    QCOMPARE(git(m_blog, {u"status"_s, u"--porcelain"_s}).out, QString());
    QCOMPARE(git(m_blog, {u"rev-parse"_s, u"HEAD"_s}).out, git(m_origin, {u"rev-parse"_s, u"main"_s}).out);
    verifyRepositoriesAreSound();
}

void TestPublish::aRemoteThatChangedThePostStops()
{
    const QString other = m_work->filePath(u"other"_s);
    QVERIFY(runCommand(u"git"_s, {u"clone"_s, u"-q"_s, m_origin, other}).ok());
    writeTextFile(other + u"/content/posts/welcome-to-postwright.md"_s, "---\ntitle: Rewritten elsewhere\n---\n");
    QVERIFY(git(
        other, {u"-c"_s, u"user.name=O"_s, u"-c"_s, u"user.email=o@x.invalid"_s, u"commit"_s, u"-qam"_s, u"Other"_s})
                .ok());
    QVERIFY(git(other, {u"push"_s, u"-q"_s, u"origin"_s, u"main"_s}).ok());

    append(post(), "\nMy own edit.\n");
    const WorkingState before = workingState();
    TestCredentials credentials;
    const Result<PublishOutcome> outcome = publish(post(), credentials);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().message.contains(u"also change content/posts/welcome-to-postwright.md"_s),
        qPrintable(outcome.error().message));
    // Two messages, two sentences: the second starts with a capital.
    QVERIFY2(outcome.error().message.contains(u". The remote has new commits"_s), qPrintable(outcome.error().message));
    QVERIFY(
        outcome.error().message.contains(u"saved in this clone"_s) || outcome.error().message.contains(u"kept here"_s));
    QCOMPARE(remoteLog(), u"Other\nStart the sample blog\n"_s);
    QVERIFY(git(m_blog, {u"log"_s, u"-1"_s, u"--format=%s"_s}).out.startsWith(u"Publish:"_s));
    verifyNothingLostSince(before);
    QFile file(post());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().endsWith("My own edit.\n"));
    verifyRepositoriesAreSound();
}

void TestPublish::everyUnpushedCommitIsReplayedInOrder()
{
    // A publish the server refused, then a commit made in a terminal: both wait, unpushed.
    const QString hook = m_origin + u"/hooks/pre-receive"_s;
    writeTextFile(hook, "#!/bin/sh\necho 'closed for the night' >&2\nexit 1\n");
    QFile::setPermissions(hook, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    GitDaemon daemon; // a server, which runs the hook
    QVERIFY(serveOrigin(daemon));
    append(post(), "\nRefused at first.\n");
    TestCredentials credentials;
    QVERIFY(!publish(post(), credentials));
    writeTextFile(m_blog + u"/content/about.md"_s, "---\ntitle: About\n---\nWritten in a terminal.\n");
    QVERIFY(git(m_blog, {u"add"_s, u"content/about.md"_s}).ok());
    QVERIFY(git(m_blog,
        {u"-c"_s, u"user.name=Terminal Writer"_s, u"-c"_s, u"user.email=t@x.invalid"_s, u"commit"_s, u"-qm"_s,
            u"About page"_s})
                .ok());
    QFile::remove(hook);
    // Meanwhile the remote moves on other files.
    moveTheRemoteOnAnotherFile();

    // Publishing another post takes all three onto the remote, in order, authors kept.
    append(post(u"markdown-tour.md"_s), "\nOne more table.\n");
    const Result<PublishOutcome> outcome = publish(post(u"markdown-tour.md"_s), credentials);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    QVERIFY(outcome->rebased);
    QCOMPARE(remoteLog(),
        u"Publish: A Markdown tour: tables, tasks and footnotes\nAbout page\nPublish: Welcome to Postwright\nOther\n"
        u"Start the sample blog\n"_s);
    QCOMPARE(git(m_origin, {u"log"_s, u"--format=%an"_s, u"-3"_s, u"main"_s}).out,
        u"%1\nTerminal Writer\n%1\n"_s.arg(author.name));
    QCOMPARE(git(m_origin, {u"show"_s, u"main:content/about.md"_s}).out,
        u"---\ntitle: About\n---\nWritten in a terminal.\n"_s);
    QVERIFY(git(m_origin, {u"show"_s, u"main:content/posts/welcome-to-postwright.md"_s})
                .out.endsWith(u"Refused at first.\n"_s));
    QVERIFY(QFile::exists(m_blog + u"/content/posts/from-elsewhere.md"_s));
    QCOMPARE(git(m_blog, {u"status"_s, u"--porcelain"_s}).out, QString());
    QCOMPARE(git(m_blog, {u"rev-parse"_s, u"HEAD"_s}).out, git(m_origin, {u"rev-parse"_s, u"main"_s}).out);
    verifyRepositoriesAreSound();
}

void TestPublish::aConflictIsResolved_data()
{
    QTest::addColumn<int>("choice"); // ParagraphMerge::Side
    QTest::addColumn<bool>("keepsMine");
    QTest::addColumn<bool>("keepsTheirs");
    QTest::newRow("mine") << int(ParagraphMerge::Side::Mine) << true << false;
    QTest::newRow("theirs") << int(ParagraphMerge::Side::Theirs) << false << true;
    QTest::newRow("both (mixed)") << int(ParagraphMerge::Side::Both) << true << true;
}

void TestPublish::aConflictIsResolved()
{
    QFETCH(int, choice);
    QFETCH(bool, keepsMine);
    QFETCH(bool, keepsTheirs);
    TestCredentials credentials;
    const auto [plan, conflict] = meetAConflict(credentials);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(conflict.files.size(), 1);
    const PublishConflict::File &file = conflict.files.first();
    QCOMPARE(file.path, u"content/posts/welcome-to-postwright.md"_s);
    QVERIFY(file.isText());
    QCOMPARE(conflict.ourCommitSummaries.size(), 1);
    QVERIFY(conflict.ourCommitSummaries.first().contains(u"Publish: Welcome to Postwright"_s));

    const ParagraphMerge merge = ParagraphMerge::merge(
        QString::fromUtf8(file.base), QString::fromUtf8(file.mine), QString::fromUtf8(file.theirs));
    QCOMPARE(merge.conflictCount(), 1);
    QCOMPARE(merge.changes().size(), 3); // the site's title, the opening (both), my ending
    const QString merged = merge.resultPreferring(ParagraphMerge::Side(choice));
    const WorkingState before = workingState();
    Publisher::Options options;
    options.author = author;
    const Result<PublishOutcome> outcome =
        Publisher::publishResolved(plan, conflict, {{file.path, merged.toUtf8()}}, credentials, options);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    QVERIFY(outcome->pushed);

    // The site has the result on top of its own commit, no merge commit, nothing forced.
    QCOMPARE(remoteLog(), u"Publish: Welcome to Postwright\nEdit on the site\nStart the sample blog\n"_s);
    QCOMPARE(git(m_origin, {u"rev-list"_s, u"--merges"_s, u"--count"_s, u"main"_s}).out.trimmed(), u"0"_s);
    const QString published = git(m_origin, {u"show"_s, u"main:content/posts/welcome-to-postwright.md"_s}).out;
    QCOMPARE(published, merged);
    QVERIFY(published.contains(u"title: Welcome, writer"_s)); // the site's change, kept
    QVERIFY(published.endsWith(u"An ending of mine.\n"_s)); // mine, kept
    QCOMPARE(published.contains(u"My own opening line."_s), keepsMine);
    QCOMPARE(published.contains(u"The site's own opening line."_s), keepsTheirs);
    QVERIFY(!published.contains(u"<<<<<<<"_s) && !published.contains(u">>>>>>>"_s));
    QVERIFY(git(m_origin, {u"show"_s, u"-s"_s, u"--format=%B"_s, u"main"_s})
                .out.contains(u"Merged with the remote's changes to content/posts/welcome-to-postwright.md"_s));

    // The clone: at the remote's commit, the post on disk is the result, nothing else touched.
    QCOMPARE(git(m_blog, {u"rev-parse"_s, u"HEAD"_s}).out, git(m_origin, {u"rev-parse"_s, u"main"_s}).out);
    QFile disk(post());
    QVERIFY(disk.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(disk.readAll()), merged);
    QCOMPARE(git(m_blog, {u"status"_s, u"--porcelain"_s}).out, QString());
    QCOMPARE(workingState().status, before.status);
    QCOMPARE(backupOf(u"main"_s), QString()); // gone once the site has it
    verifyRepositoriesAreSound();
}

void TestPublish::cancellingAConflictLeavesEverythingAsItWas()
{
    TestCredentials credentials;
    const auto [plan, conflict] = meetAConflict(credentials);
    if (QTest::currentTestFailed())
        return;
    const WorkingState before = workingState();
    // Cancel is choosing nothing: finding the conflict changed nothing, and there is no backup.
    QCOMPARE(backupOf(u"main"_s), QString());
    QVERIFY(workingState().postBytes.endsWith("An ending of mine.\n"));
    // A resolution that leaves the file out is refused before anything is written.
    const Result<PublishOutcome> partial = Publisher::publishResolved(plan, conflict, {}, credentials, {});
    QVERIFY(!partial);
    QVERIFY2(partial.error().message.contains(u"welcome-to-postwright.md"_s), qPrintable(partial.error().message));
    // So is one for a post that changed on disk since: the newer text would be lost.
    editThePostHere([](QString text) { return text + u"\nWritten after.\n"_s; });
    const WorkingState edited = workingState();
    const Result<PublishOutcome> stale =
        Publisher::publishResolved(plan, conflict, {{conflict.files.first().path, "merged"}}, credentials, {});
    QVERIFY(!stale);
    QVERIFY2(stale.error().message.contains(u"changed on disk"_s), qPrintable(stale.error().message));
    const WorkingState after = workingState();
    QCOMPARE(after.head, before.head);
    QCOMPARE(after.index, before.index);
    QCOMPARE(after.postBytes, edited.postBytes);
    QCOMPARE(after.status, edited.status);
    QCOMPARE(backupOf(u"main"_s), QString());
    QCOMPARE(remoteLog(), u"Edit on the site\nStart the sample blog\n"_s);
    verifyRepositoriesAreSound();
}

void TestPublish::aPushThatFailsAfterResolvingKeepsBothVersions()
{
    TestCredentials credentials;
    GitDaemon daemon; // a server, which runs the hook
    QVERIFY(serveOrigin(daemon));
    const auto [plan, conflict] = meetAConflict(credentials);
    if (QTest::currentTestFailed())
        return;
    const QString mine = git(m_blog, {u"rev-parse"_s, u"HEAD"_s}).out.trimmed();
    const QString hook = m_origin + u"/hooks/pre-receive"_s;
    writeTextFile(hook, "#!/bin/sh\necho 'closed for the night' >&2\nexit 1\n");
    QFile::setPermissions(hook, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const PublishConflict::File &file = conflict.files.first();
    const QString merged = ParagraphMerge::merge(
        QString::fromUtf8(file.base), QString::fromUtf8(file.mine), QString::fromUtf8(file.theirs))
                               .resultPreferring(ParagraphMerge::Side::Mine);
    Publisher::Options options;
    options.author = author;
    options.knownHostsPath = m_work->filePath(u"known_hosts"_s);
    const Result<PublishOutcome> refused =
        Publisher::publishResolved(plan, conflict, {{file.path, merged.toUtf8()}}, credentials, options);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"closed for the night"_s), qPrintable(refused.error().message));
    QVERIFY2(
        refused.error().message.contains(Publisher::backupReference(u"main"_s)), qPrintable(refused.error().message));
    // Both versions are here: the merged one checked out, mine at the backup.
    QCOMPARE(backupOf(u"main"_s), mine);
    QVERIFY(git(m_blog, {u"show"_s, mine + u":content/posts/welcome-to-postwright.md"_s})
                .out.contains(u"My own opening line."_s));
    QFile disk(post());
    QVERIFY(disk.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(disk.readAll()), merged);
    QCOMPARE(git(m_blog, {u"status"_s, u"--porcelain"_s}).out, QString());
    QCOMPARE(remoteLog(), u"Edit on the site\nStart the sample blog\n"_s);

    // Publishing again, once the server takes it, sends the merged version and drops the backup.
    QFile::remove(hook);
    const Result<PublishOutcome> retried = publish(post(), credentials);
    QVERIFY2(retried, retried ? "" : qPrintable(retried.error().message));
    QCOMPARE(git(m_origin, {u"show"_s, u"main:content/posts/welcome-to-postwright.md"_s}).out, merged);
    QCOMPARE(remoteLog(), u"Publish: Welcome to Postwright\nEdit on the site\nStart the sample blog\n"_s);
    verifyRepositoriesAreSound();
}

void TestPublish::overHttpWithTheRightPassword()
{
    HttpGitServer server;
    QVERIFY(serveOrigin(server, m_work->path(), u"pat"_s, u"s3cret-token"_s));
    append(post(), "\nOver smart HTTP.\n");
    TestCredentials credentials;
    credentials.answer = [](int) {
        return Credential{Credential::Kind::UserPassword, u"pat"_s, u"s3cret-token"_s, {}, {}};
    };
    const Result<PublishOutcome> outcome = publish(post(), credentials);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    QCOMPARE(credentials.accepted, 1);
    QVERIFY(remoteLog().startsWith(u"Publish: "_s));
    verifyRepositoriesAreSound();
}

void TestPublish::overHttpWithAWrongPasswordEndsAfterThreeTries()
{
    HttpGitServer server;
    QVERIFY(serveOrigin(server, m_work->path(), u"pat"_s, u"s3cret-token"_s));
    append(post(), "\nWrong password.\n");
    const WorkingState before = workingState();
    TestCredentials credentials;
    credentials.answer = [](int) { return Credential{Credential::Kind::UserPassword, u"pat"_s, u"wrong"_s, {}, {}}; };
    const Result<PublishOutcome> outcome = publish(post(), credentials);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().message.contains(u"authentication failed"_s), qPrintable(outcome.error().message));
    QVERIFY(!outcome.error().message.contains(u"wrong"_s));
    QCOMPARE(credentials.credentialRequests, RemoteSession::maximumCredentialAttempts);
    QVERIFY(credentials.rejected >= 1);
    QCOMPARE(remoteLog(), u"Start the sample blog\n"_s);
    verifyNothingLostSince(before);

    credentials.answer = [](int) {
        return Credential{Credential::Kind::UserPassword, u"pat"_s, u"s3cret-token"_s, {}, {}};
    };
    const Result<PublishOutcome> retried = publish(post(), credentials);
    QVERIFY2(retried, retried ? "" : qPrintable(retried.error().message));
    QVERIFY(remoteLog().startsWith(u"Publish: "_s));
    verifyRepositoriesAreSound();
}

void TestPublish::anUntrustedTlsCertificateIsRefused()
{
    // HTTPS with a self-signed certificate for 127.0.0.1: git's own checks must stand.
    const QString pem = m_work->filePath(u"server.pem"_s);
    const QString certificate = m_work->filePath(u"certificate.pem"_s);
    QVERIFY(runCommand(u"openssl"_s,
        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
            u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, pem, u"-out"_s,
            certificate})
                .ok());
    QFile key(pem);
    QVERIFY(key.open(QIODevice::Append));
    QFile certificateFile(certificate);
    QVERIFY(certificateFile.open(QIODevice::ReadOnly));
    key.write(certificateFile.readAll());
    key.close();
    HttpGitServer server;
    QVERIFY(serveOrigin(server, m_work->path(), u"pat"_s, u"s3cret-token"_s, pem));
    QVERIFY(server.url(u"x"_s).startsWith(u"https://"_s));
    append(post(), "\nNot to an untrusted server.\n");
    const WorkingState before = workingState();
    TestCredentials credentials;
    credentials.answer = [](int) {
        return Credential{Credential::Kind::UserPassword, u"pat"_s, u"s3cret-token"_s, {}, {}};
    };
    const Result<PublishOutcome> outcome = publish(post(), credentials);
    QVERIFY(!outcome);
    QVERIFY2(
        outcome.error().message.contains(u"certificate"_s, Qt::CaseInsensitive), qPrintable(outcome.error().message));
    QCOMPARE(credentials.credentialRequests, 0); // no password goes to a server not verified
    QCOMPARE(remoteLog(), u"Start the sample blog\n"_s);
    verifyNothingLostSince(before);
    // The server itself works for a client that trusts its certificate.
    QString trustedUrl = server.url(QFileInfo(m_origin).fileName());
    trustedUrl.replace(u"https://"_s, u"https://pat:s3cret-token@"_s);
    const CommandResult trusted =
        runCommand(u"env"_s, {u"GIT_SSL_CAINFO="_s + certificate, u"git"_s, u"ls-remote"_s, trustedUrl});
    QVERIFY2(trusted.ok(), qPrintable(trusted.err));
    QVERIFY(trusted.out.contains(u"refs/heads/main"_s));
}

void TestPublish::overHttpWithTheUsersCredentialHelper()
{
    // The writer's own git setup: a credential helper that has the token. The command line
    // (which has no one to ask) finds it through `git credential fill`.
    HttpGitServer server;
    QVERIFY(serveOrigin(server, m_work->path(), u"pat"_s, u"s3cret-token"_s));
    const QString store = m_work->filePath(u"git-credentials"_s);
    writeTextFile(store, u"http://pat:s3cret-token@127.0.0.1:%1\n"_s.arg(server.port()).toUtf8());
    const QString home = qEnvironmentVariable("HOME");
    writeTextFile(home + u"/.gitconfig"_s, u"[credential]\n\thelper = store --file=%1\n"_s.arg(store).toUtf8());
    append(post(), "\nWith the helper's token.\n");
    const CommandResult published = runCommand(
        TestPaths::postwrightBinary(), {u"publish"_s, post(), u"--author"_s, u"Pat <pat@example.invalid>"_s});
    QFile::remove(home + u"/.gitconfig"_s);
    QVERIFY2(published.ok(), qPrintable(published.err));
    QVERIFY(remoteLog().startsWith(u"Publish: "_s));
    QVERIFY(!published.out.contains(u"s3cret"_s) && !published.err.contains(u"s3cret"_s));
}

void TestPublish::overSshWithAKeyFileAndAnUnknownHostKey()
{
    const QString key = m_work->filePath(u"user_ed25519"_s);
    QVERIFY(
        runCommand(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, u"key passphrase"_s, u"-f"_s, key}).ok());
    QFile publicKey(key + u".pub"_s);
    QVERIFY(publicKey.open(QIODevice::ReadOnly));
    SshGitServer server;
    QVERIFY(server.start(m_work->path(), QString::fromUtf8(publicKey.readAll())));
    const QString user = qEnvironmentVariable("USER", u"root"_s);
    setOrigin(server.url(user, m_origin));
    append(post(), "\nOver SSH.\n");
    TestCredentials credentials;
    credentials.answer = [&](int) {
        return Credential{Credential::Kind::SshKeyFile, user, u"key passphrase"_s, key, key + u".pub"_s};
    };
    const Result<PublishOutcome> outcome = publish(post(), credentials);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    QCOMPARE(credentials.hostKeysAsked.size(), 1);
    // The fingerprint shown is the one ssh-keygen prints for the host key.
    const QString expected =
        runCommand(u"ssh-keygen"_s, {u"-lf"_s, m_work->filePath(u"host_ed25519.pub"_s)}).out.section(u' ', 1, 1);
    QVERIFY2(credentials.hostKeysAsked[0].endsWith(expected),
        qPrintable(credentials.hostKeysAsked[0] + u" vs "_s + expected));
    QFile knownHosts(m_work->filePath(u"known_hosts"_s));
    QVERIFY(knownHosts.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(knownHosts.readAll())
                .contains(u"[127.0.0.1]:%1 %2"_s.arg(server.port()).arg(server.hostKeyLine())));

    // The second time the key is known: nobody is asked.
    append(post(), "\nAgain.\n");
    QVERIFY(publish(post(), credentials));
    QCOMPARE(credentials.hostKeysAsked.size(), 1);
    QVERIFY(remoteLog().startsWith(u"Publish: Welcome to Postwright\nPublish: Welcome to Postwright\n"_s));
    verifyRepositoriesAreSound();
}

void TestPublish::overSshWithTheAgent()
{
    const QString key = m_work->filePath(u"agent_ed25519"_s);
    QVERIFY(runCommand(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, key}).ok());
    const QString socket = m_work->filePath(u"agent.sock"_s);
    ServerProcess agent;
    QProcess agentProcess;
    agentProcess.start(u"ssh-agent"_s, {u"-D"_s, u"-a"_s, socket});
    QVERIFY(agentProcess.waitForStarted());
    QTRY_VERIFY(QFile::exists(socket));
    qputenv("SSH_AUTH_SOCK", socket.toUtf8());
    QVERIFY(runCommand(u"ssh-add"_s, {key}).ok());
    QFile publicKey(key + u".pub"_s);
    QVERIFY(publicKey.open(QIODevice::ReadOnly));
    SshGitServer server;
    QVERIFY(server.start(m_work->path(), QString::fromUtf8(publicKey.readAll())));
    const QString user = qEnvironmentVariable("USER", u"root"_s);
    setOrigin(server.url(user, m_origin));
    append(post(), "\nThrough the agent.\n");
    TestCredentials credentials;
    credentials.answer = [&](int) { return Credential{Credential::Kind::SshAgent, user, {}, {}, {}}; };
    const Result<PublishOutcome> outcome = publish(post(), credentials);
    agentProcess.kill();
    agentProcess.waitForFinished();
    qunsetenv("SSH_AUTH_SOCK");
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    QVERIFY(remoteLog().startsWith(u"Publish: "_s));
}

void TestPublish::theUsualSshCredentialsAreTheAgentThenTheKeyFiles()
{
    // HOME is this test's own (see isolatedFromTheUsersGitConfig).
    const QString ssh = QDir::homePath() + u"/.ssh"_s;
    writeTextFile(ssh + u"/id_rsa"_s, "key");
    writeTextFile(ssh + u"/id_ed25519"_s, "key");
    writeTextFile(ssh + u"/id_ed25519.pub"_s, "public key");
    const QByteArray agent = qgetenv("SSH_AUTH_SOCK");
    qunsetenv("SSH_AUTH_SOCK");
    QList<Credential> usual = CredentialProvider::usualSshCredentials(u"git"_s);
    QCOMPARE(usual.size(), 2);
    QCOMPARE(usual[0].kind, Credential::Kind::SshKeyFile);
    QCOMPARE(usual[0].privateKeyPath, ssh + u"/id_ed25519"_s);
    QCOMPARE(usual[0].publicKeyPath, ssh + u"/id_ed25519.pub"_s);
    QCOMPARE(usual[1].privateKeyPath, ssh + u"/id_rsa"_s);
    QVERIFY(usual[1].publicKeyPath.isEmpty());
    qputenv("SSH_AUTH_SOCK", "/run/agent.sock");
    usual = CredentialProvider::usualSshCredentials(u"git"_s);
    QCOMPARE(usual.size(), 3);
    QCOMPARE(usual[0].kind, Credential::Kind::SshAgent);
    QCOMPARE(usual[0].username, u"git"_s);
    if (agent.isNull())
        qunsetenv("SSH_AUTH_SOCK");
    else
        qputenv("SSH_AUTH_SOCK", agent);
    QVERIFY(QDir(ssh).removeRecursively());
}

void TestPublish::anUnknownHostKeyRefusedPushesNothing()
{
    SshGitServer server;
    QVERIFY(server.start(
        m_work->path(), u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA x"_s));
    setOrigin(server.url(u"root"_s, m_origin));
    append(post(), "\nNot over an unknown host.\n");
    const WorkingState before = workingState();
    TestCredentials credentials;
    credentials.acceptHostKeys = false;
    const Result<PublishOutcome> outcome = publish(post(), credentials);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().message.contains(u"was not accepted"_s), qPrintable(outcome.error().message));
    QCOMPARE(credentials.credentialRequests, 0);
    QVERIFY(!QFile::exists(m_work->filePath(u"known_hosts"_s)));
    QCOMPARE(remoteLog(), u"Start the sample blog\n"_s);
    verifyNothingLostSince(before);

    // The writer checks the fingerprint and accepts it: the host is remembered. (The server
    // only knows a made-up key, so the sign-in itself still fails.)
    credentials.acceptHostKeys = true;
    QVERIFY(!publish(post(), credentials));
    QCOMPARE(credentials.hostKeysAsked.size(), 2);
    QVERIFY(QFile::exists(m_work->filePath(u"known_hosts"_s)));
    verifyNothingLostSince(before);
}

void TestPublish::aChangedHostKeyIsRefused()
{
    SshGitServer server;
    QVERIFY(server.start(
        m_work->path(), u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA x"_s));
    // known_hosts remembers another key for this host and port.
    const QString otherKey = m_work->filePath(u"other_host"_s);
    QVERIFY(runCommand(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, otherKey}).ok());
    QFile other(otherKey + u".pub"_s);
    QVERIFY(other.open(QIODevice::ReadOnly));
    writeTextFile(m_work->filePath(u"known_hosts"_s),
        u"[127.0.0.1]:%1 %2\n"_s.arg(server.port())
            .arg(QString::fromUtf8(other.readAll()).section(u' ', 0, 1))
            .toUtf8());
    setOrigin(server.url(u"root"_s, m_origin));
    append(post(), "\nNot to an impostor.\n");
    const WorkingState before = workingState();
    TestCredentials credentials;
    const Result<PublishOutcome> outcome = publish(post(), credentials);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().message.contains(u"CHANGED"_s), qPrintable(outcome.error().message));
    QVERIFY(credentials.hostKeysAsked.isEmpty());
    QCOMPARE(remoteLog(), u"Start the sample blog\n"_s);
    verifyNothingLostSince(before);
}

void TestPublish::theServerDyingMidPushKeepsTheCommitAndRetryWorks()
{
    GitDaemon daemon;
    QVERIFY(serveOrigin(daemon));
    writeIncompressibleImage(u"photo.jpg"_s, 8, 7);
    append(post(), "\n![a large photo](photo.jpg)\n");
    const WorkingState before = workingState();
    TestCredentials credentials;
    bool killed = false;
    const Result<PublishOutcome> outcome =
        publish(post(), credentials, [&](const QString &, const TransferProgress &progress) {
            if (!killed && progress.bytes > 0) {
                killed = true;
                daemon.stop();
            }
        });
    QVERIFY(killed);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().message.contains(u"saved in this clone"_s), qPrintable(outcome.error().message));
    QCOMPARE(remoteLog(), u"Start the sample blog\n"_s);
    verifyNothingLostSince(before);

    GitDaemon again;
    QVERIFY(serveOrigin(again));
    const Result<PublishOutcome> retried = publish(post(), credentials);
    QVERIFY2(retried, retried ? "" : qPrintable(retried.error().message));
    QVERIFY(remoteLog().startsWith(u"Publish: "_s));
    verifyRepositoriesAreSound();
}

void TestPublish::fromTheCommandLine()
{
    const QString binary = TestPaths::postwrightBinary();
    QVERIFY(QFile::exists(binary));
    append(post(), "\nFrom a terminal.\n");
    const CommandResult published =
        runCommand(binary, {u"publish"_s, post(), u"--author"_s, u"Pat Writer <pat@example.invalid>"_s});
    QVERIFY2(published.ok(), qPrintable(published.err));
    QVERIFY(published.out.contains(u"content/posts/welcome-to-postwright.md  +2 -0"_s));
    QVERIFY(published.out.contains(u"Published "_s));
    QCOMPARE(remoteLog(), u"Publish: Welcome to Postwright\nStart the sample blog\n"_s);

    const QString draft = post(u"notes-on-a-quiet-morning.md"_s);
    const CommandResult refused = runCommand(binary, {u"publish"_s, draft, u"--author"_s, u"P <p@x.invalid>"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"--undraft"_s), qPrintable(refused.err));
    const CommandResult undrafted =
        runCommand(binary, {u"publish"_s, draft, u"--undraft"_s, u"--author"_s, u"P <p@x.invalid>"_s});
    QVERIFY2(undrafted.ok(), qPrintable(undrafted.err));
    QVERIFY(git(m_origin, {u"show"_s, u"main:content/posts/notes-on-a-quiet-morning.md"_s})
                .out.contains(u"draft: false"_s));
    QCOMPARE(runCommand(binary, {u"publish"_s, draft}).out.trimmed(), draft + u": already published"_s);
}

void TestPublish::aConflictFromTheCommandLine_data()
{
    QTest::addColumn<QString>("side");
    QTest::addColumn<QString>("opening");
    QTest::newRow("--mine") << u"--mine"_s << u"My own opening line."_s;
    QTest::newRow("--theirs") << u"--theirs"_s << u"The site's own opening line."_s;
}

void TestPublish::aConflictFromTheCommandLine()
{
    QFETCH(QString, side);
    QFETCH(QString, opening);
    const QString binary = TestPaths::postwrightBinary();
    changeThePostOnTheRemote([](QString text) {
        return text.replace(u"Type on the left, read on the right."_s, u"The site's own opening line."_s);
    });
    editThePostHere([](QString text) {
        return text.replace(u"Type on the left, read on the right."_s, u"My own opening line."_s)
            + u"\nAn ending of mine.\n"_s;
    });
    const QStringList identity = {u"--author"_s, u"Pat Writer <pat@example.invalid>"_s};
    const CommandResult refused = runCommand(binary, QStringList{u"publish"_s, post()} + identity);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"conflict: content/posts/welcome-to-postwright.md"_s), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"postwright resolve"_s), qPrintable(refused.err));
    QCOMPARE(remoteLog(), u"Edit on the site\nStart the sample blog\n"_s);

    const CommandResult usage = runCommand(binary, {u"resolve"_s, post()});
    QCOMPARE(usage.exitCode, 2);

    const CommandResult resolved = runCommand(binary, QStringList{u"resolve"_s, post(), side} + identity);
    QVERIFY2(resolved.ok(), qPrintable(resolved.err + resolved.out));
    QVERIFY2(resolved.out.contains(u"Published "_s), qPrintable(resolved.out));
    const QString published = git(m_origin, {u"show"_s, u"main:content/posts/welcome-to-postwright.md"_s}).out;
    QVERIFY(published.contains(opening));
    QCOMPARE(published.count(u"own opening line."_s), 1);
    QVERIFY(published.endsWith(u"An ending of mine.\n"_s)); // only mine changed it: kept either way
    QCOMPARE(remoteLog(), u"Publish: Welcome to Postwright\nEdit on the site\nStart the sample blog\n"_s);
    QCOMPARE(git(m_blog, {u"status"_s, u"--porcelain"_s}).out, QString());
    verifyRepositoriesAreSound();
}

void TestPublish::aRenamedPostMovesOnTheRemoteAndKeepsItsOldUrl()
{
    const SiteProfile profile = SiteProfile::detect(m_blog);
    const Result<QString> renamed =
        PostFiles::rename(profile, post(u"markdown-tour.md"_s), u"A Tour of Markdown"_s, true);
    QVERIFY2(renamed, renamed ? "" : qPrintable(renamed.error().message));
    QCOMPARE(*renamed, post(u"a-tour-of-markdown.md"_s));
    QFile renamedFile(*renamed);
    QVERIFY(renamedFile.open(QIODevice::ReadOnly));
    QVERIFY(
        renamedFile.readAll().contains("aliases:\n  - /posts/markdown-tour/\n")); // the block list style of its tags
    const Result<PublishPlan> plan = Publisher::plan(*renamed);
    QVERIFY(plan);
    QCOMPARE(plan->files.size(), 2);
    QCOMPARE(plan->files[1].path, u"content/posts/markdown-tour.md"_s);
    QCOMPARE(plan->files[1].change, PublishPlan::File::Change::Deleted);
    TestCredentials credentials;
    QVERIFY(publish(*renamed, credentials));
    const QString files = git(m_origin, {u"ls-tree"_s, u"-r"_s, u"--name-only"_s, u"main"_s}).out;
    QVERIFY(files.contains(u"content/posts/a-tour-of-markdown.md"_s));
    QVERIFY(!files.contains(u"content/posts/markdown-tour.md"_s));
    QCOMPARE(git(m_blog, {u"status"_s, u"--porcelain"_s}).out, QString());
    verifyRepositoriesAreSound();
}

void TestPublish::aDeletedPostLeavesTheRemote()
{
    const SiteProfile profile = SiteProfile::detect(m_blog);
    const Result<QString> trashed = PostFiles::remove(profile, post(u"notes-on-a-quiet-morning.md"_s));
    QVERIFY(trashed);
    QVERIFY(QFile::remove(*trashed));
    QVERIFY(!QFile::exists(post(u"notes-on-a-quiet-morning.md"_s)));
    // Publishing any post takes the staged removal with it.
    append(post(), "\nAnd one post fewer.\n");
    TestCredentials credentials;
    QVERIFY(publish(post(), credentials));
    QVERIFY(!git(m_origin, {u"ls-tree"_s, u"-r"_s, u"--name-only"_s, u"main"_s})
                 .out.contains(u"notes-on-a-quiet-morning"_s));
    QCOMPARE(git(m_blog, {u"status"_s, u"--porcelain"_s}).out, QString());
}

void TestPublish::intoAnEmptyRepository()
{
    const QString blog = m_work->filePath(u"empty"_s);
    const QString remote = m_work->filePath(u"empty-remote.git"_s);
    QVERIFY(runCommand(u"git"_s, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s, blog}).ok());
    QVERIFY(runCommand(u"git"_s, {u"init"_s, u"-q"_s, u"--bare"_s, u"-b"_s, u"main"_s, remote}).ok());
    QVERIFY(git(blog, {u"remote"_s, u"add"_s, u"origin"_s, remote}).ok());
    writeTextFile(blog + u"/content/posts/first.md"_s, "---\ntitle: First\ndate: 2026-11-26\n---\nThe first post.\n");
    const Result<PublishPlan> plan = Publisher::plan(blog + u"/content/posts/first.md"_s);
    QVERIFY(plan);
    QCOMPARE(plan->files.size(), 1);
    QCOMPARE(plan->files[0].change, PublishPlan::File::Change::Added);
    TestCredentials credentials;
    Publisher::Options options;
    options.author = author;
    const Result<PublishOutcome> outcome = Publisher::publish(*plan, credentials, options);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    QCOMPARE(git(remote, {u"log"_s, u"--format=%s"_s, u"main"_s}).out, u"Publish: First\n"_s);
    QCOMPARE(git(blog, {u"rev-parse"_s, u"--abbrev-ref"_s, u"main@{upstream}"_s}).out.trimmed(), u"origin/main"_s);
    QVERIFY(git(remote, {u"fsck"_s, u"--strict"_s}).ok());
}

void TestPublish::cancellingKeepsTheCommit()
{
    GitDaemon daemon;
    QVERIFY(serveOrigin(daemon));
    writeIncompressibleImage(u"big.jpg"_s, 4, 3);
    append(post(), "\n![big](big.jpg)\n");
    const WorkingState before = workingState();
    const Result<PublishPlan> plan = Publisher::plan(post());
    QVERIFY(plan);
    std::atomic_bool cancel = false;
    Publisher::Options options;
    options.author = author;
    options.cancel = &cancel;
    options.progress = [&](const QString &, const TransferProgress &progress) {
        if (progress.bytes > 0)
            cancel = true;
    };
    TestCredentials credentials;
    const Result<PublishOutcome> outcome = Publisher::publish(*plan, credentials, options);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().message.contains(u"cancelled"_s), qPrintable(outcome.error().message));
    QCOMPARE(remoteLog(), u"Start the sample blog\n"_s);
    verifyNothingLostSince(before);
    QVERIFY(publish(post(), credentials));
    QVERIFY(remoteLog().startsWith(u"Publish: "_s));
}

void TestPublish::aReadOnlyRepositoryLosesNothing()
{
    // Root may write anywhere: as root the command runs as "nobody", for whom the clone is
    // read-only; as any other user the clone's git folder is made read-only for its owner.
    const bool asRoot = geteuid() == 0;
    const QString home = m_work->filePath(u"nobody-home"_s);
    writeTextFile(home + u"/.gitconfig"_s, "[safe]\n\tdirectory = " + m_blog.toUtf8() + "\n");
    // A copy of the program inside the test's own folder: the build tree may sit in a checkout
    // that nobody else can enter (a home of mode 700, a mktemp -d folder).
    const QString binary = m_work->filePath(u"bin/postwright"_s);
    QVERIFY(QDir().mkpath(QFileInfo(binary).absolutePath()));
    QVERIFY(QFile::copy(TestPaths::postwrightBinary(), binary));
    if (asRoot)
        QVERIFY(runCommand(u"chmod"_s, {u"-R"_s, u"a+rX"_s, m_work->path()}).ok());
    else
        QVERIFY(runCommand(u"chmod"_s, {u"-R"_s, u"a-w"_s, m_blog + u"/.git"_s}).ok());
    append(post(), "\nAn edit nobody can commit.\n");
    QFile original(post());
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray text = original.readAll();
    const WorkingState before = workingState();
    const QStringList publishArguments = {u"publish"_s, post(), u"--author"_s, u"N <n@x.invalid>"_s};
    const CommandResult result = asRoot ? runCommand(u"setpriv"_s,
                                     QStringList{u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, u"env"_s,
                                         u"HOME="_s + home, binary}
                                         + publishArguments)
                                        : runCommand(binary, publishArguments);
    if (!asRoot)
        QVERIFY(runCommand(u"chmod"_s, {u"-R"_s, u"u+w"_s, m_blog + u"/.git"_s}).ok());
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"read-only"_s) || result.err.contains(u"ermission"_s), qPrintable(result.err));
    QVERIFY(original.seek(0));
    QCOMPARE(original.readAll(), text);
    QCOMPARE(workingState().head, before.head);
    verifyNothingLostSince(before);
    QCOMPARE(remoteLog(), u"Start the sample blog\n"_s);
    QVERIFY(git(m_blog, {u"fsck"_s}).ok());
    // The owner of the clone publishes the same edit.
    const CommandResult retried = runCommand(binary, publishArguments);
    QVERIFY2(retried.ok(), qPrintable(retried.err));
    QVERIFY(remoteLog().startsWith(u"Publish: "_s));
}

void TestPublish::problemsBeforeCommitting_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("messageContains");
    QTest::newRow("a detached HEAD") << u"detached"_s << u"HEAD is detached"_s;
    QTest::newRow("no remote") << u"no-remote"_s << u"no remote named \"origin\""_s;
    QTest::newRow("a locked index") << u"index-lock"_s << u"index.lock"_s;
    QTest::newRow("a post without a title") << u"no-title"_s << u"no title"_s;
    QTest::newRow("malformed front matter") << u"malformed"_s << u"line 3"_s;
}

void TestPublish::problemsBeforeCommitting()
{
    QFETCH(QString, situation);
    append(post(), "\nAn edit.\n");
    if (situation == u"detached")
        QVERIFY(git(m_blog, {u"checkout"_s, u"-q"_s, u"--detach"_s}).ok());
    if (situation == u"no-remote")
        QVERIFY(git(m_blog, {u"remote"_s, u"remove"_s, u"origin"_s}).ok());
    if (situation == u"index-lock")
        writeTextFile(m_blog + u"/.git/index.lock"_s, "");
    if (situation == u"no-title")
        writeTextFile(post(), "---\ndate: 2026-11-26\n---\nNo title.\n");
    if (situation == u"malformed")
        writeTextFile(post(), "---\ntitle: x\ntitle: y\n---\n");
    const WorkingState before = workingState();
    TestCredentials credentials;
    const Result<PublishOutcome> outcome = publish(post(), credentials);
    QVERIFY(!outcome);
    QFETCH(QString, messageContains);
    QVERIFY2(outcome.error().message.contains(messageContains), qPrintable(outcome.error().message));
    QCOMPARE(workingState().head, before.head);
    verifyNothingLostSince(before);
    QCOMPARE(remoteLog(), u"Start the sample blog\n"_s);

    // The writer fixes the cause; the same publish then goes through.
    if (situation == u"detached")
        QVERIFY(git(m_blog, {u"checkout"_s, u"-q"_s, u"main"_s}).ok());
    if (situation == u"no-remote")
        QVERIFY(git(m_blog, {u"remote"_s, u"add"_s, u"origin"_s, m_origin}).ok());
    if (situation == u"index-lock")
        QVERIFY(QFile::remove(m_blog + u"/.git/index.lock"_s));
    if (situation == u"no-title" || situation == u"malformed")
        writeTextFile(post(), "---\ntitle: Fixed\ndate: 2026-11-26\n---\nFixed.\n");
    const Result<PublishOutcome> retried = publish(post(), credentials);
    QVERIFY2(retried, retried ? "" : qPrintable(retried.error().message));
    QVERIFY(remoteLog().startsWith(u"Publish: "_s));
}

QTEST_GUILESS_MAIN(TestPublish)
#include "tst_publish.moc"
