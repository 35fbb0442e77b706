#include "markdown/markdownrenderer.h"

#include "markdown/markdowndocument.h"

#include <QHash>

#include <cmark-gfm.h>

#include <cstdlib>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

QString renderNode(const MarkdownDocument &document, cmark_node *node)
{
    char *html = cmark_render_html_with_mem(
        node, document.renderOptions(), document.extensions(), cmark_get_default_mem_allocator());
    QString result = QString::fromUtf8(html);
    std::free(html);
    return result;
}

} // namespace

RenderedBlocks MarkdownRenderer::renderBlocks(const MarkdownDocument &document)
{
    RenderedBlocks blocks;
    QHash<size_t, int> occurrences;
    auto append = [&](QString html, int firstLine, int lastLine) {
        const size_t hash = qHash(html);
        const int occurrence = occurrences[hash]++;
        blocks.append({u"b%1-%2"_s.arg(hash, 0, 16).arg(occurrence), firstLine, lastLine, std::move(html)});
    };

    // Footnote definitions (cmark puts them last) form one numbered list, as the site shows them:
    // each renders inside its own list wrapper, which is removed and put around them all once.
    static const QString listOpening = u"<section class=\"footnotes\" data-footnotes>\n<ol>\n"_s;
    static const QString listClosing = u"</ol>\n</section>\n"_s;
    QString footnotes;
    int footnotesFirstLine = 0;
    int footnotesLastLine = 0;
    for (cmark_node *node = cmark_node_first_child(document.root()); node; node = cmark_node_next(node)) {
        const int firstLine = document.fileLine(cmark_node_get_start_line(node));
        // Some HTML blocks report an end before their start.
        const int lastLine = qMax(firstLine, document.fileLine(cmark_node_get_end_line(node)));
        QString html = renderNode(document, node);
        if (cmark_node_get_type(node) != CMARK_NODE_FOOTNOTE_DEFINITION) {
            append(std::move(html), firstLine, lastLine);
            continue;
        }
        if (html.startsWith(listOpening) && html.endsWith(listClosing))
            html = html.sliced(listOpening.size(), html.size() - listOpening.size() - listClosing.size());
        footnotesFirstLine = footnotes.isEmpty() ? firstLine : qMin(footnotesFirstLine, firstLine);
        footnotesLastLine = qMax(footnotesLastLine, lastLine);
        footnotes += html;
    }
    if (!footnotes.isEmpty())
        append(listOpening + footnotes + listClosing, footnotesFirstLine, footnotesLastLine);
    return blocks;
}

QString MarkdownRenderer::joinedHtml(const RenderedBlocks &blocks)
{
    QString html;
    for (const RenderedBlock &block : blocks)
        html += block.html;
    return html;
}

} // namespace Postwright::Core
