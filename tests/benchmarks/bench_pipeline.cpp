// Post pipeline benchmark: front matter + reading time + block render, against the cmark-gfm
// command on the same file and against the raw cmark-gfm library (the floor), in the same run.
#include "document/post.h"
#include "markdown/markdowndocument.h"
#include "support/commandrunner.h"
#include "support/postgenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

namespace {

template <typename Work> double medianMilliseconds(int runs, Work work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// The floor: parse and render to one HTML string with the same extensions and options (the
// generated posts have no footnotes, so neither side looks for them), nothing else.
size_t rawCmark(const QByteArray &body)
{
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_GITHUB_PRE_LANG);
    for (const char *name : MarkdownDocument::extensionNames)
        cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
    cmark_parser_feed(parser, body.constData(), size_t(body.size()));
    cmark_node *root = cmark_parser_finish(parser);
    char *html = cmark_render_html(root, CMARK_OPT_GITHUB_PRE_LANG, cmark_parser_get_syntax_extensions(parser));
    const size_t size = std::strlen(html);
    std::free(html);
    cmark_node_free(root);
    cmark_parser_free(parser);
    return size;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    cmark_gfm_core_extensions_ensure_registered();
    const QString cli = QStandardPaths::findExecutable(u"cmark-gfm"_s);
    if (cli.isEmpty()) {
        std::fprintf(stderr, "cmark-gfm (the command) is needed: scripts/install-deps.sh --with-tests\n");
        return 1;
    }
    std::printf("| Words | Postwright pipeline (ms) | cmark-gfm CLI (ms) | Ratio to CLI | raw cmark-gfm library (ms) | "
                "Ratio to library |\n|---|---|---|---|---|---|\n");
    bool withinGoal = true;
    for (const auto &[words, runs] : {std::pair{10000, 41}, std::pair{100000, 15}, std::pair{1000000, 5}}) {
        PostGenerator generator{quint32(words)};
        const QString text = generator.longPost(words);
        const Post probe = Post::analyse(text);
        const QByteArray body = text.mid(probe.frontMatter().bodyStart()).toUtf8();
        QTemporaryFile file;
        if (!file.open())
            return 1;
        file.write(body);
        file.close();

        const double ours = medianMilliseconds(runs, [&] {
            const Post post = Post::analyse(text);
            const ReadingEstimate estimate = post.readingTime(ReadingPreset::Hugo);
            const RenderedBlocks blocks = post.renderBlocks();
            if (estimate.words == 0 || blocks.isEmpty())
                std::abort();
        });
        const double command = medianMilliseconds(runs, [&] {
            const CommandResult result = runCommand(cli,
                {u"-e"_s, u"table"_s, u"-e"_s, u"strikethrough"_s, u"-e"_s, u"autolink"_s, u"-e"_s, u"tagfilter"_s,
                    u"-e"_s, u"tasklist"_s, u"--github-pre-lang"_s, file.fileName()});
            if (!result.ok())
                std::abort();
        });
        const double floor = medianMilliseconds(runs, [&] {
            if (rawCmark(body) == 0)
                std::abort();
        });
        const double ratio = ours / command;
        withinGoal = withinGoal && ratio <= 1.3;
        std::printf("| %d | %.2f | %.2f | %.2f× | %.2f | %.2f× |\n", probe.readingTime(ReadingPreset::Hugo).words, ours,
            command, ratio, floor, ours / floor);
    }
    std::printf("\nGoal: the pipeline within 1.3× the cmark-gfm command's time: %s\n", withinGoal ? "met" : "NOT met");
    return 0;
}
