// Template syntax (Hugo shortcodes, Liquid): any text renders without crashing, its blocks keep
// their lines in order, and the incremental renderer agrees with a full render after an edit.
#include "document/post.h"
#include "markdown/incrementalrenderer.h"
#include "markdown/templatecontext.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace Postwright::Core;

namespace {

std::shared_ptr<const TemplateContext> contextFor(TemplateSyntax syntax)
{
    auto context = std::make_shared<TemplateContext>();
    context->syntax = syntax;
    context->knowsPosts = true;
    context->knowsSiteShortcodes = true;
    context->siteShortcodes = {QStringLiteral("notice")};
    context->siteValues = {{QStringLiteral("title"), QStringLiteral("Notes")}};
    context->postAddresses = {{QStringLiteral("hello.md"), QStringLiteral("/posts/hello/")},
        {QStringLiteral("2024-01-02-hello"), QStringLiteral("/2024/01/02/hello.html")}};
    return context;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const auto hugo = contextFor(TemplateSyntax::HugoShortcodes);
    static const auto liquid = contextFor(TemplateSyntax::Liquid);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const MarkdownOptions options{false, size % 2 == 0 ? hugo : liquid};
    const Post post = Post::analyse(text, options);
    int previousLine = 0;
    for (const RenderedBlock &block : post.blocks()) {
        const bool footnotes = block.html.startsWith(QStringLiteral("<section class=\"footnotes\""));
        if ((!footnotes && block.firstLine < previousLine) || block.lastLine < block.firstLine)
            std::abort();
        previousLine = block.firstLine;
    }
    (void)post.readingTime(ReadingPreset::Hugo);

    IncrementalRenderer renderer(options, {}, nullptr);
    renderer.update(text);
    QString edited = text;
    edited.insert(qsizetype(size % (size_t(text.size()) + 1)), QStringLiteral("x\n\n"));
    const IncrementalRenderer::Rendering &rendering = renderer.update(edited);
    const Post full = Post::analyse(edited, options);
    if (rendering.blocks.size() != full.blocks().size() || rendering.words != full.words())
        std::abort();
    for (qsizetype i = 0; i < full.blocks().size(); ++i) {
        if (rendering.blocks[i].html != full.blocks()[i].html
            || rendering.blocks[i].firstLine != full.blocks()[i].firstLine)
            std::abort();
    }
    return 0;
}
