#pragma once

#include "document/frontmatter.h"
#include "document/readingtime.h"
#include "markdown/markdowndocument.h"
#include "markdown/renderedblock.h"

namespace Postwright::Core {

struct SiteModel;

// One analysis of a post's full text: front matter, the body parsed once and rendered block by
// block, and the words each block gives to the reading time.
class Post final {
public:
    // With a site, the page is CJK by the site's rule (Hugo's hasCJKLanguage and isCJKLanguage);
    // without one, when its text has CJK characters.
    static Post analyse(const QString &text, const MarkdownOptions &markdown = {}, const FieldNaming &naming = {},
        bool withHtml = true, const SiteModel *site = nullptr);
    // How a listing of many posts reads each: no HTML, and only the counts its preset needs.
    struct Listing {
        MarkdownOptions markdown;
        FieldNaming naming;
        const SiteModel *site = nullptr;
        bool readingTimeWords = true;
    };
    // Given the text's UTF-8 too (as the file has it), which saves converting the body.
    static Post analyse(const QString &text, QByteArrayView utf8, const Listing &listing);
    // With its front matter parsed already.
    static Post analyse(
        const QString &text, QByteArrayView utf8, const FrontMatter &frontMatter, const Listing &listing);

    const FrontMatter &frontMatter() const { return m_frontMatter; }
    bool isCjk() const { return m_cjk; }
    const RenderedBlocks &blocks() const { return m_blocks; }
    const WordCounts &words() const { return m_words; }

    ReadingEstimate readingTime(ReadingPreset preset, int customWordsPerMinute = 200) const;
    RenderedBlocks renderBlocks() const { return m_blocks; }

private:
    static Post analyse(const QString &text, QByteArrayView utf8, const FrontMatter *frontMatter,
        const MarkdownOptions &markdown, const FieldNaming &naming, bool withHtml, const SiteModel *site,
        bool readingTimeWords);

    FrontMatter m_frontMatter;
    RenderedBlocks m_blocks;
    WordCounts m_words;
    bool m_cjk = false;
};

} // namespace Postwright::Core
