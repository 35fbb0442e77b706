#pragma once

#include "document/frontmatter.h"
#include "markdown/markdowndocument.h"
#include "markdown/renderedblock.h"

#include <memory>

namespace Postwright::Core {

// One rendering of a post: its front matter, its blocks and their words.
struct Rendering {
    FrontMatter frontMatter;
    RenderedBlocks blocks;
    WordCounts words;
    bool cjkPage = false; // counted as CJK, by the site's rule
    bool textHasCjk = false; // has CJK characters at all
    bool wasIncremental = false;
};

struct SiteModel;

// The preview's view of a post as it is typed. After an edit it parses again only the blocks
// around the change, when the blocks at the edges of that window come out as they were (so the
// parse is known to have resynchronised); otherwise, and whenever the post has constructs that
// reach across blocks (link reference definitions, footnotes), it renders the whole post. Either
// way the result equals a full render: tests compare the two after thousands of random edits.
class IncrementalRenderer final {
public:
    using Rendering = Core::Rendering;

    // With a site, a page counts as CJK by its rule (Hugo's hasCJKLanguage, isCJKLanguage).
    explicit IncrementalRenderer(const MarkdownOptions &options = {}, const FieldNaming &naming = {},
        std::shared_ptr<const SiteModel> site = {});

    const Rendering &update(const QString &text);
    const Rendering &rendering() const { return m_rendering; }
    void reset();

private:
    void renderFully(const QString &text);
    bool renderIncrementally(const QString &text);

    MarkdownOptions m_options;
    FieldNaming m_naming;
    std::shared_ptr<const SiteModel> m_site;
    QString m_text;
    bool m_hasRendered = false;
    bool m_hasCrossBlockConstructs = false;
    Rendering m_rendering;
};

} // namespace Postwright::Core
