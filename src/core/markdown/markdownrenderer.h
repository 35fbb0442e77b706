#pragma once

#include "markdown/renderedblock.h"

namespace Postwright::Core {

class MarkdownDocument;

// Renders a parsed post block by block (footnotes gathered into one last block).
class MarkdownRenderer final {
public:
    static RenderedBlocks renderBlocks(const MarkdownDocument &document);
    static QString joinedHtml(const RenderedBlocks &blocks);
};

} // namespace Postwright::Core
