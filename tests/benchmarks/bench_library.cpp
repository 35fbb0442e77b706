// Library benchmark: list a 5,000-post Hugo blog (title, date, tags, reading time, git status),
// cold (no cache: its first screen, complete, and until the cache file it writes afterwards is
// complete), warm (the cache file from before, in a new PostLibrary as in a new session), and with
// the command line (`postwright list`, `postwright stats` over every post),
// against `hugo list all` on the same site in the same run, and against the floor for an exact
// reading time: reading every post and parsing its body with cmark-gfm, nothing else, on all cores.
#include "git/gitlibrary.h"
#include "markdown/markdowndocument.h"
#include "markdown/nodearena.h"
#include "site/postlibrary.h"
#include "support/benchstats.h"
#include "support/commandrunner.h"
#include "support/postgenerator.h"
#include "support/testpaths.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

namespace {

// The floor under any listing with a Hugo-equal reading time, which needs each body parsed as
// Markdown: read each post and parse its body (after the front matter) with the same extensions,
// shared between the cores like PostLibrary shares its parsing. No fields, no walk, no git.
// Without the extensions it is plain CommonMark: cheaper, but not the page the site renders.
double readAndParseOnlyMs(const QString &postsFolder, bool withExtensions)
{
    QElapsedTimer timer;
    timer.start();
    QStringList files;
    for (QDirIterator it(postsFolder, {u"*.md"_s}, QDir::Files); it.hasNext();)
        files.append(it.next());
    const unsigned workers = qBound(1u, std::thread::hardware_concurrency(), 8u);
    std::vector<std::thread> threads;
    for (unsigned worker = 0; worker < workers; ++worker) {
        threads.emplace_back([&, worker] {
            for (qsizetype i = worker; i < files.size(); i += workers) {
                QFile file(files[i]);
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray text = file.readAll();
                const qsizetype frontMatterEnd = text.indexOf("\n---\n", 3);
                const QByteArrayView body = QByteArrayView(text).sliced(frontMatterEnd < 0 ? 0 : frontMatterEnd + 5);
                // Footnotes only where the body has one, as MarkdownDocument does.
                // The product's allocator: a bump arena, released whole.
                NodeArena arena;
                const NodeArena::Scope scope(arena);
                cmark_parser *parser = cmark_parser_new_with_mem(
                    CMARK_OPT_GITHUB_PRE_LANG | (body.contains("[^") ? CMARK_OPT_FOOTNOTES : 0),
                    NodeArena::allocator());
                if (withExtensions) {
                    for (const char *name : MarkdownDocument::extensionNames)
                        cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
                }
                cmark_parser_feed(parser, body.data(), size_t(body.size()));
                cmark_parser_finish(parser);
                // The arena's end frees the parser and the nodes, as in MarkdownDocument.
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const GitLibrary library;
    cmark_gfm_core_extensions_ensure_registered();
    const QString hugo = QStandardPaths::findExecutable(u"hugo"_s);
    if (hugo.isEmpty()) {
        std::fprintf(stderr, "hugo is needed\n");
        return 1;
    }
    QTemporaryDir root;
    // POSTWRIGHT_BENCH_KEEP=1 keeps the generated blog, to profile or try by hand.
    if (qEnvironmentVariableIsSet("POSTWRIGHT_BENCH_KEEP")) {
        root.setAutoRemove(false);
        std::fprintf(stderr, "the blog is kept in %s\n", qPrintable(root.path()));
    }
    const QString bare = root.filePath(u"blog.git"_s);
    const QString site = root.filePath(u"site"_s);
    runCommand(u"git"_s, {u"init"_s, u"-q"_s, u"--bare"_s, u"-b"_s, u"main"_s, bare});
    QByteArray stream = "commit refs/heads/main\ncommitter B <b@example.invalid> 1700000000 +0000\ndata 5\nblog\n";
    PostGenerator generator(5);
    for (int i = 0; i < 5000; ++i) {
        const QByteArray text = generator.post(3 + i % 8, i % 50 == 7).toUtf8();
        stream += "M 100644 inline content/posts/post-" + QByteArray::number(i) + ".md\ndata "
            + QByteArray::number(text.size()) + "\n" + text + "\n";
    }
    const QByteArray config = "baseURL = 'https://example.invalid/'\ntitle = 'Bench'\n";
    stream += "M 100644 inline hugo.toml\ndata " + QByteArray::number(config.size()) + "\n" + config + "\n";
    QProcess importer;
    importer.start(u"git"_s, {u"-C"_s, bare, u"fast-import"_s, u"--quiet"_s});
    importer.waitForStarted();
    importer.write(stream);
    importer.closeWriteChannel();
    if (!importer.waitForFinished(120000) || !runCommand(u"git"_s, {u"clone"_s, u"-q"_s, bare, site}).ok()) {
        std::fprintf(stderr, "could not build the site\n");
        return 1;
    }

    const SiteProfile profile = SiteProfile::detect(site);
    QStringList postFiles;
    for (QDirIterator it(site + u"/content/posts"_s, {u"*.md"_s}, QDir::Files); it.hasNext();)
        postFiles.append(it.next());
    std::vector<double> firstScreen;
    std::vector<double> cold;
    std::vector<double> listCommand;
    std::vector<double> statsCommand;
    std::vector<double> cacheWritten;
    std::vector<double> warm;
    std::vector<double> hugoTimes;
    std::vector<double> floorTimes;
    std::vector<double> commonMarkFloorTimes;
    qsizetype listed = 0;
    constexpr int runs = 7;
    for (int run = 0; run < runs; ++run) {
        const QString cache = root.filePath(u"cache-%1"_s.arg(run));
        QElapsedTimer timer;
        timer.start();
        {
            // As in the app, the library stays open: the list is ready when scan() returns, and the
            // cache file for the next session is written after it, timed on its own. The first
            // screen (every post's fields and state, the newest 100 posts' reading times) is shown
            // before that, as the app's LibraryController does.
            PostLibrary coldLibrary(profile, cache);
            double shownAt = 0;
            coldLibrary.setFirstScreen(
                100, [&](const QList<PostSummary> &) { shownAt = double(timer.nsecsElapsed()) / 1e6; });
            listed = coldLibrary.scan().size();
            firstScreen.push_back(shownAt);
            cold.push_back(double(timer.nsecsElapsed()) / 1e6);
            coldLibrary.waitForCacheFile();
            cacheWritten.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        timer.restart();
        PostLibrary warmLibrary(profile, cache);
        warmLibrary.scan();
        warm.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (run == 0)
            std::fprintf(stderr, "warm scan parsed %d posts\n", warmLibrary.lastParsedCount());
        floorTimes.push_back(readAndParseOnlyMs(site + u"/content/posts"_s, true));
        commonMarkFloorTimes.push_back(readAndParseOnlyMs(site + u"/content/posts"_s, false));
        // The command line, as a script runs it: a new process, nothing cached.
        timer.restart();
        const CommandResult ours = runCommand(TestPaths::postwrightBinary(), {u"list"_s, site});
        listCommand.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        const CommandResult stats = runCommand(TestPaths::postwrightBinary(), QStringList{u"stats"_s} + postFiles);
        statsCommand.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!ours.ok() || ours.out.count(u'\n') != listed || !stats.ok()) {
            std::fprintf(
                stderr, "postwright list or stats failed: %s%s\n", qPrintable(ours.err), qPrintable(stats.err));
            return 1;
        }
        timer.restart();
        const CommandResult listing = runCommand(hugo, {u"list"_s, u"all"_s, u"--source"_s, site});
        hugoTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!listing.ok()) {
            std::fprintf(stderr, "hugo list all failed: %s\n", qPrintable(listing.err));
            return 1;
        }
    }
    const double hugoMs = median(hugoTimes);
    std::printf("| Listing of %lld posts | Time (ms) | Ratio to `hugo list all` |\n|---|---|---|\n", qlonglong(listed));
    std::printf("| `hugo list all` | %.0f | 1.00× |\n", hugoMs);
    std::printf(
        "| Postwright, first screen (every post's fields and state, the newest 100's reading times) | %.0f | %.2f× |\n",
        median(firstScreen), median(firstScreen) / hugoMs);
    std::printf(
        "| Postwright, cold, complete (every post parsed) | %.0f | %.2f× |\n", median(cold), median(cold) / hugoMs);
    std::printf(
        "| `postwright list` (a new process) | %.0f | %.2f× |\n", median(listCommand), median(listCommand) / hugoMs);
    std::printf("| `postwright stats content/posts/*.md` (a new process) | %.0f | %.2f× |\n", median(statsCommand),
        median(statsCommand) / hugoMs);
    std::printf("| Postwright, cold, until its cache file is written | %.0f | %.2f× |\n", median(cacheWritten),
        median(cacheWritten) / hugoMs);
    std::printf("| Postwright, warm (cache file, new session) | %.0f | %.2f× |\n", median(warm), median(warm) / hugoMs);
    std::printf("| Floor: read + cmark-gfm parse of each body only, all cores | %.0f | %.2f× |\n", median(floorTimes),
        median(floorTimes) / hugoMs);
    std::printf("| The same without the GFM extensions (CommonMark only, not what the site renders) | %.0f | %.2f× |\n",
        median(commonMarkFloorTimes), median(commonMarkFloorTimes) / hugoMs);
    const auto verdict = [hugoMs](const std::vector<double> &times, double goal) {
        return median(times) / hugoMs <= goal ? "met" : "NOT met";
    };
    std::printf("\nGoals (medians of %d): first screen ≤ 0.25× %s, complete cold ≤ 0.5× %s, warm ≤ 0.25× %s, "
                "list ≤ 0.5× %s, stats ≤ 0.5× %s\n",
        runs, verdict(firstScreen, 0.25), verdict(cold, 0.5), verdict(warm, 0.25), verdict(listCommand, 0.5),
        verdict(statsCommand, 0.5));
    return 0;
}
