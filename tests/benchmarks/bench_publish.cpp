// Publishing benchmark: one new post into a blog of 5,000 posts and 500 commits, published by
// Postwright and by `git add && git commit && git push`, to a file remote and to git daemon,
// alternating in the same run. Both commit the same kind of change to the same repository.
#include "git/gitlibrary.h"
#include "git/publisher.h"
#include "support/benchstats.h"
#include "support/commandrunner.h"
#include "support/gitservers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

namespace {

class NoCredentials final : public CredentialProvider {
public:
    std::optional<Credential> credentialFor(const QString &, const QString &, unsigned, int) override
    {
        return std::nullopt;
    }
    bool acceptUnknownHostKey(const QString &, const QString &) override { return false; }
};

// The post each publish adds, Postwright's and git's alike.
QByteArray newPostText(int number)
{
    return u"---\ntitle: New %1\ndate: 2026-11-26\n---\n\nA new post.\n"_s.arg(number).toUtf8();
}

// 500 commits of 10 posts each, written with git fast-import (seconds, not minutes).
bool buildHistory(const QString &bare)
{
    QByteArray stream;
    for (int commit = 0; commit < 500; ++commit) {
        stream += "commit refs/heads/main\ncommitter Bench <bench@example.invalid> "
            + QByteArray::number(1700000000 + commit * 60) + " +0000\ndata 11\nAdd posts.\n";
        for (int post = 0; post < 10; ++post) {
            const int number = commit * 10 + post;
            const QByteArray text = "---\ntitle: Post " + QByteArray::number(number) + "\ndate: 2026-01-01\n---\n\n"
                + QByteArray("Some words of the post body. ").repeated(20 + number % 30) + "\n";
            stream += "M 100644 inline content/posts/post-" + QByteArray::number(number) + ".md\ndata "
                + QByteArray::number(text.size()) + "\n" + text + "\n";
        }
    }
    QProcess importer;
    importer.start(u"git"_s, {u"-C"_s, bare, u"fast-import"_s, u"--quiet"_s});
    importer.waitForStarted();
    importer.write(stream);
    importer.closeWriteChannel();
    return importer.waitForFinished(120000) && importer.exitCode() == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const GitLibrary library;
    QTemporaryDir root;
    const QString bare = root.filePath(u"blog.git"_s);
    const QString work = root.filePath(u"work"_s);
    if (!runCommand(u"git"_s, {u"init"_s, u"-q"_s, u"--bare"_s, u"-b"_s, u"main"_s, bare}).ok() || !buildHistory(bare)
        || !runCommand(u"git"_s, {u"clone"_s, u"-q"_s, bare, work}).ok()) {
        std::fprintf(stderr, "could not build the benchmark repository\n");
        return 1;
    }
    runCommand(u"git"_s, {u"-C"_s, work, u"config"_s, u"user.name"_s, u"Bench"_s});
    runCommand(u"git"_s, {u"-C"_s, work, u"config"_s, u"user.email"_s, u"bench@example.invalid"_s});
    writeTextFile(work + u"/hugo.toml"_s, "title = 'Bench'\n");

    GitDaemon daemon;
    if (!daemon.start(root.path())) {
        std::fprintf(stderr, "could not start git daemon\n");
        return 1;
    }
    std::printf("| Remote | Postwright publish (ms) | git add && commit && push (ms) | Ratio |\n|---|---|---|---|\n");
    bool met = true;
    int number = 100000;
    NoCredentials credentials;
    for (const auto &[name, url] :
        {std::pair{u"file remote"_s, bare}, std::pair{u"git daemon"_s, daemon.url(u"blog.git"_s)}}) {
        runCommand(u"git"_s, {u"-C"_s, work, u"remote"_s, u"set-url"_s, u"origin"_s, url});
        std::vector<double> ours;
        std::vector<double> cli;
        for (int run = 0; run < 9; ++run) {
            const QString ourPost = work + u"/content/posts/new-%1.md"_s.arg(++number);
            writeTextFile(ourPost, newPostText(number));
            QElapsedTimer timer;
            timer.start();
            const Result<PublishPlan> plan = Publisher::plan(ourPost);
            const Result<PublishOutcome> outcome = plan ? Publisher::publish(*plan, credentials, {}) : plan.error();
            ours.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!outcome) {
                std::fprintf(stderr, "publish failed: %s\n", qPrintable(outcome.error().message));
                return 1;
            }

            const QString relative = u"content/posts/new-%1.md"_s.arg(++number);
            writeTextFile(work + u"/"_s + relative, newPostText(number));
            timer.restart();
            const bool pushed = git(work, {u"add"_s, relative}).ok()
                && git(work, {u"commit"_s, u"-qm"_s, u"Publish"_s}).ok()
                && git(work, {u"push"_s, u"-q"_s, u"origin"_s, u"main"_s}).ok();
            cli.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!pushed) {
                std::fprintf(stderr, "git push failed\n");
                return 1;
            }
        }
        const double ratio = median(ours) / median(cli);
        met = met && ratio <= 0.6;
        std::printf("| %s | %.1f | %.1f | %.2f× |\n", qPrintable(name), median(ours), median(cli), ratio);
    }
    std::printf("\n5,000 posts, 500 commits; median of 9 runs each. Goal ≤ 0.6×: %s\n", met ? "met" : "NOT met");

    // A remote that moved: another clone pushes a post; here two commits wait unpushed (made with
    // git) and a third post is published. Postwright: commit, the refused push, fetch, replay of
    // the three, push. git: commit, `git pull --rebase`, push.
    const QString url = daemon.url(u"blog.git"_s);
    runCommand(u"git"_s, {u"-C"_s, work, u"remote"_s, u"set-url"_s, u"origin"_s, url});
    const QString other = root.filePath(u"other"_s);
    if (!runCommand(u"git"_s, {u"clone"_s, u"-q"_s, url, other}).ok()) {
        std::fprintf(stderr, "could not clone the second writer's copy\n");
        return 1;
    }
    runCommand(u"git"_s, {u"-C"_s, other, u"config"_s, u"user.name"_s, u"Other"_s});
    runCommand(u"git"_s, {u"-C"_s, other, u"config"_s, u"user.email"_s, u"other@example.invalid"_s});
    const auto prepare = [&]() {
        const QString elsewhere = u"content/posts/elsewhere-%1.md"_s.arg(++number);
        writeTextFile(other + u"/"_s + elsewhere, "---\ntitle: Elsewhere\n---\n");
        bool ok = git(other, {u"pull"_s, u"-q"_s, u"--rebase"_s, u"origin"_s, u"main"_s}).ok()
            && git(other, {u"add"_s, elsewhere}).ok() && git(other, {u"commit"_s, u"-qm"_s, u"Elsewhere"_s}).ok()
            && git(other, {u"push"_s, u"-q"_s, u"origin"_s, u"main"_s}).ok();
        for (int k = 0; k < 2 && ok; ++k) {
            const QString waiting = u"content/posts/waiting-%1.md"_s.arg(++number);
            writeTextFile(work + u"/"_s + waiting, "---\ntitle: Waiting\n---\n");
            ok = git(work, {u"add"_s, waiting}).ok() && git(work, {u"commit"_s, u"-qm"_s, u"Waiting"_s}).ok();
        }
        return ok;
    };
    std::vector<double> ourReplays;
    std::vector<double> cliReplays;
    for (int run = 0; run < 9; ++run) {
        if (!prepare()) {
            std::fprintf(stderr, "could not prepare a moved remote\n");
            return 1;
        }
        const QString ourPost = work + u"/content/posts/new-%1.md"_s.arg(++number);
        writeTextFile(ourPost, newPostText(number));
        QElapsedTimer timer;
        timer.start();
        const Result<PublishPlan> plan = Publisher::plan(ourPost);
        const Result<PublishOutcome> outcome = plan ? Publisher::publish(*plan, credentials, {}) : plan.error();
        ourReplays.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!outcome || !outcome->rebased) {
            std::fprintf(
                stderr, "the replay failed: %s\n", outcome ? "not replayed" : qPrintable(outcome.error().message));
            return 1;
        }
        if (!prepare()) {
            std::fprintf(stderr, "could not prepare a moved remote\n");
            return 1;
        }
        const QString relative = u"content/posts/new-%1.md"_s.arg(++number);
        writeTextFile(work + u"/"_s + relative, newPostText(number));
        timer.restart();
        const bool pushed = git(work, {u"add"_s, relative}).ok()
            && git(work, {u"commit"_s, u"-qm"_s, u"Publish"_s}).ok()
            && git(work, {u"pull"_s, u"-q"_s, u"--rebase"_s, u"origin"_s, u"main"_s}).ok()
            && git(work, {u"push"_s, u"-q"_s, u"origin"_s, u"main"_s}).ok();
        cliReplays.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!pushed) {
            std::fprintf(stderr, "git pull --rebase && git push failed\n");
            return 1;
        }
    }
    const double replayRatio = median(ourReplays) / median(cliReplays);
    std::printf("\n| Remote moved, 3 commits to replay | Postwright publish (ms) | git add && commit && pull --rebase "
                "&& push (ms) | Ratio |\n|---|---|---|---|\n| git daemon | %.1f | %.1f | %.2f× |\n",
        median(ourReplays), median(cliReplays), replayRatio);
    std::printf("\nMedian of 9 runs each. Goal ≤ 0.6×: %s\n", replayRatio <= 0.6 ? "met" : "NOT met");
    return 0;
}
