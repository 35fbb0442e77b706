#pragma once

#include "markdown/renderedblock.h"

namespace Postwright::Core {

class MarkdownDocument;

// Renders a parsed post block by block (footnotes gathered into one last block), counting each
// block's words on the way.
class MarkdownRenderer final {
public:
    struct Options {
        bool cjkPage = false; // Hugo counts CJK pages rune by rune
        bool rawHtmlShown = false;
        bool withHtml = true; // false: count words only (listing many posts)
        // false: not the reading-time package's count, which only that preset needs (a Hugo blog's list)
        bool readingTimeWords = true;
    };

    static RenderedBlocks renderBlocks(const MarkdownDocument &document, const Options &options);
    // Gives each block its identity: its HTML's hash and how many blocks before it had the same HTML.
    static void assignKeys(RenderedBlocks &blocks);
    static WordCounts totals(const RenderedBlocks &blocks);
    static QString joinedHtml(const RenderedBlocks &blocks);
};

} // namespace Postwright::Core
