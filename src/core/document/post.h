#pragma once

#include "document/frontmatter.h"
#include "document/readingtime.h"
#include "markdown/markdowndocument.h"
#include "markdown/readabletext.h"
#include "markdown/renderedblock.h"

#include <memory>

namespace Postwright::Core {

// One analysis of a post's full text: front matter, the body parsed once, and what is read.
class Post final {
public:
    static Post analyse(const QString &text, const MarkdownOptions &markdown = {}, const FieldNaming &naming = {});

    const FrontMatter &frontMatter() const { return m_frontMatter; }
    const MarkdownDocument &document() const { return *m_document; }
    const ReadableText &readableText() const { return m_readable; }
    bool isCjk() const { return m_cjk; }

    ReadingEstimate readingTime(ReadingPreset preset, int customWordsPerMinute = 200) const;
    RenderedBlocks renderBlocks() const;

private:
    FrontMatter m_frontMatter;
    std::shared_ptr<MarkdownDocument> m_document;
    ReadableText m_readable;
    bool m_cjk = false;
};

} // namespace Postwright::Core
