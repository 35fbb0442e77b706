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
    char *html = cmark_render_html(node, document.renderOptions(), document.extensions());
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

    cmark_node *footnotes = nullptr;
    int footnotesFirstLine = 0;
    int footnotesLastLine = 0;
    for (cmark_node *node = cmark_node_first_child(document.root()); node;) {
        cmark_node *next = cmark_node_next(node);
        const int firstLine = document.fileLine(cmark_node_get_start_line(node));
        const int lastLine = document.fileLine(cmark_node_get_end_line(node));
        if (cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION) {
            // Rendered together they form one numbered list, as the site shows them.
            if (!footnotes) {
                footnotes = cmark_node_new(CMARK_NODE_DOCUMENT);
                footnotesFirstLine = firstLine;
            }
            footnotesFirstLine = qMin(footnotesFirstLine, firstLine);
            footnotesLastLine = qMax(footnotesLastLine, lastLine);
            cmark_node_unlink(node);
            cmark_node_append_child(footnotes, node);
        } else {
            append(renderNode(document, node), firstLine, lastLine);
        }
        node = next;
    }
    if (footnotes) {
        append(renderNode(document, footnotes), footnotesFirstLine, footnotesLastLine);
        // Give the definitions back so the document stays whole for anyone reading it after us.
        while (cmark_node *definition = cmark_node_first_child(footnotes)) {
            cmark_node_unlink(definition);
            cmark_node_append_child(document.root(), definition);
        }
        cmark_node_free(footnotes);
    }
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
