#include "markdown/markdownrenderer.h"

#include "document/readingtime.h"
#include "markdown/markdowndocument.h"
#include "markdown/readabletext.h"
#include "markdown/templateexpansion.h"

#include <QHash>

#include <cmark-gfm.h>

#include <cstdlib>
#include <cstring>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

QString renderNode(const MarkdownDocument &document, cmark_node *node)
{
    // cmark may allocate through the node's allocator while rendering (iterators, literals).
    const NodeArena::Scope scope(document.arena());
    char *html = cmark_render_html_with_mem(
        node, document.renderOptions(), document.extensions(), cmark_get_default_mem_allocator());
    QString result = QString::fromUtf8(html);
    std::free(html);
    if (const TemplateExpansion *templates = document.templates())
        return templates->withPlaceholders(result);
    return result;
}

WordCounts countWords(const ReadableText &readable, bool cjkPage, bool readingTimeWords)
{
    WordCounts counts;
    if (readingTimeWords)
        ReadingTime::countPlainAndReadingTime(readable.text, counts.plain, counts.readingTime);
    else
        counts.plain = ReadingTime::hugoWords(readable.text, false);
    counts.hugo = cjkPage ? ReadingTime::hugoWords(readable.hugoText.empty() ? readable.text : readable.hugoText, true)
                          : counts.plain + readable.hugoExtraWords;
    counts.images = readable.imageCount;
    return counts;
}

bool isTable(cmark_node *node)
{
    return node && std::strcmp(cmark_node_get_type_string(node), "table") == 0;
}

// cmark-gfm reports a table made from a paragraph's last line as starting where the paragraph did.
// Every row is one line, and the delimiter row one more, so the end line tells where it starts.
int tableFirstLine(cmark_node *table)
{
    int rows = 0;
    for (cmark_node *row = cmark_node_first_child(table); row; row = cmark_node_next(row))
        ++rows;
    return qMax(cmark_node_get_start_line(table), cmark_node_get_end_line(table) - rows);
}

// A paragraph whose last line became a table's header is left reporting line 0.
bool isParagraphSplitByTable(cmark_node *node, cmark_node *next)
{
    return cmark_node_get_start_line(node) < 1 && cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH && isTable(next)
        && cmark_node_get_start_line(next) >= 1 && tableFirstLine(next) > cmark_node_get_start_line(next);
}

// The line a top-level block starts on as cmark-gfm should have reported it, or 0 when unknown.
int reportedFirstLine(cmark_node *node)
{
    if (isTable(node))
        return tableFirstLine(node);
    // The split paragraph ran from where the table is said to start.
    cmark_node *next = cmark_node_next(node);
    return isParagraphSplitByTable(node, next) ? cmark_node_get_start_line(next) : cmark_node_get_start_line(node);
}

int reportedLastLine(cmark_node *node, int firstLine)
{
    cmark_node *next = cmark_node_next(node);
    if (!next)
        return cmark_node_get_end_line(node);
    if (isParagraphSplitByTable(node, next))
        return tableFirstLine(next) - 1;
    // A setext heading is reported to end on the line after its underline whenever there is one,
    // which is the next block's first line when nothing is between them.
    const int nextFirstLine = reportedFirstLine(next);
    const int lastLine = cmark_node_get_end_line(node);
    return firstLine >= 1 && nextFirstLine > firstLine && lastLine >= nextFirstLine ? nextFirstLine - 1 : lastLine;
}

} // namespace

RenderedBlocks MarkdownRenderer::renderBlocks(const MarkdownDocument &document, const Options &options)
{
    RenderedBlocks blocks;
    ReadableText::Reader reader(document, options.rawHtmlShown, options.cjkPage);

    // Footnote definitions (cmark puts them last) form one numbered list, as the site shows them:
    // each renders inside its own list wrapper, which is removed and put around them all once.
    static const QString listOpening = u"<section class=\"footnotes\" data-footnotes>\n<ol>\n"_s;
    static const QString listClosing = u"</ol>\n</section>\n"_s;
    RenderedBlock footnotes;
    ReadableText footnoteText;
    bool hasFootnotes = false;
    int previousParsedEnd = 0;
    for (cmark_node *node = cmark_node_first_child(document.root()); node; node = cmark_node_next(node)) {
        RenderedBlock block;
        // Some HTML blocks end before they start, and other blocks may still report line 0:
        // keep lines in order, each block starting after the previous one.
        // Lines as the parser counts them; pieces of one long line map to the same file line.
        const int startLine = reportedFirstLine(node);
        const int endLine = reportedLastLine(node, startLine);
        const int parsedFirst = startLine >= 1 ? qMax(startLine, previousParsedEnd + 1) : previousParsedEnd + 1;
        const int parsedLast = qMax(parsedFirst, endLine);
        block.lineGuessed = startLine < 1 || startLine <= previousParsedEnd;
        block.firstLine = document.fileLine(parsedFirst);
        block.lastLine = document.fileLastLine(parsedLast);
        if (options.withHtml)
            block.html = renderNode(document, node);
        if (cmark_node_get_type(node) != CMARK_NODE_FOOTNOTE_DEFINITION) {
            block.words = countWords(reader.read(node), options.cjkPage, options.readingTimeWords);
            blocks.append(std::move(block));
            previousParsedEnd = parsedLast;
            continue;
        }
        // The notes count as one text: back-links glue to the last word of the list.
        const ReadableText noteText = reader.read(node);
        footnoteText.text += noteText.text + ' ';
        footnoteText.hugoText += noteText.hugoText + ' ';
        footnoteText.hugoExtraWords += noteText.hugoExtraWords;
        footnoteText.imageCount += noteText.imageCount;
        if (block.html.startsWith(listOpening) && block.html.endsWith(listClosing))
            block.html =
                block.html.sliced(listOpening.size(), block.html.size() - listOpening.size() - listClosing.size());
        footnotes.firstLine = hasFootnotes ? qMin(footnotes.firstLine, block.firstLine) : block.firstLine;
        footnotes.lastLine = qMax(footnotes.lastLine, block.lastLine);
        footnotes.html += block.html;
        hasFootnotes = true;
    }
    if (hasFootnotes) {
        if (options.withHtml)
            footnotes.html = listOpening + footnotes.html + listClosing;
        footnotes.words = countWords(footnoteText, options.cjkPage, options.readingTimeWords);
        blocks.append(std::move(footnotes));
    }
    assignKeys(blocks);
    return blocks;
}

void MarkdownRenderer::assignKeys(RenderedBlocks &blocks)
{
    QHash<size_t, int> occurrences;
    occurrences.reserve(blocks.size());
    for (RenderedBlock &block : blocks) {
        if (block.hash == 0)
            block.hash = qHash(block.html);
        block.occurrence = occurrences[block.hash]++;
    }
}

WordCounts MarkdownRenderer::totals(const RenderedBlocks &blocks)
{
    WordCounts total;
    for (const RenderedBlock &block : blocks)
        total += block.words;
    return total;
}

QString MarkdownRenderer::joinedHtml(const RenderedBlocks &blocks)
{
    QString html;
    for (const RenderedBlock &block : blocks)
        html += block.html;
    return html;
}

} // namespace Postwright::Core
