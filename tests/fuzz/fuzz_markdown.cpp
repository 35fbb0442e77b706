// Markdown: any text renders block by block without crashing, the blocks' lines are in order,
// and the incremental renderer agrees with a full render after an edit.
#include "document/post.h"
#include "markdown/incrementalrenderer.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace Postwright::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Post post = Post::analyse(text, {size % 2 == 0});
    int previousLine = 0;
    for (const RenderedBlock &block : post.blocks()) {
        // The footnotes come last in the page but may be written anywhere: only their own
        // lines must be in order.
        const bool footnotes = block.html.startsWith(QStringLiteral("<section class=\"footnotes\""));
        if ((!footnotes && block.firstLine < previousLine) || block.lastLine < block.firstLine)
            std::abort();
        previousLine = block.firstLine;
    }
    (void)post.readingTime(ReadingPreset::Medium);

    IncrementalRenderer renderer;
    renderer.update(text);
    QString edited = text;
    edited.insert(qsizetype(size % (size_t(text.size()) + 1)), QStringLiteral("x\n\n"));
    const IncrementalRenderer::Rendering &rendering = renderer.update(edited);
    const Post full = Post::analyse(edited);
    if (rendering.blocks.size() != full.blocks().size() || rendering.words != full.words())
        std::abort();
    for (qsizetype i = 0; i < full.blocks().size(); ++i) {
        if (rendering.blocks[i].html != full.blocks()[i].html
            || rendering.blocks[i].firstLine != full.blocks()[i].firstLine
            || rendering.blocks[i].lastLine != full.blocks()[i].lastLine)
            std::abort();
    }
    return 0;
}
