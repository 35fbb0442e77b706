#pragma once

#include <map>
#include <string>

struct cmark_node;

namespace Postwright::Core {

class MarkdownDocument;

// The text a reader reads in a rendered post, as UTF-8: block boundaries, table cells and line
// breaks become spaces, inline markup joins its neighbours (as in the site's HTML with the tags
// stripped), and image alt text, link targets, raw HTML and comments are left out.
struct ReadableText {
    std::string text;
    int imageCount = 0;

    // What Hugo's word count sees differently from a reader. Its .Plain is HTML with the tags
    // stripped but the entities kept: typographic quotes and dashes, escaped '&' and '<', and the
    // footnote back-links ("&#160;&#x21a9;&#xfe0e;"). Those only change a count where a token's
    // characters are counted one by one, on CJK pages, so hugoText is built for those only;
    // elsewhere a back-link that stands alone is one more word.
    std::string hugoText;
    int hugoExtraWords = 0;

    // Reads a document's top-level blocks one at a time, in order: footnote numbers and the
    // number of references to each note carry over from block to block.
    class Reader final {
    public:
        Reader(const MarkdownDocument &document, bool rawHtmlShown, bool forCjkHugo);
        ReadableText read(cmark_node *block);

    private:
        const MarkdownDocument &m_document;
        bool m_rawHtmlShown;
        bool m_forCjkHugo;
        std::map<int, int> m_referencesPerFootnote;
        int m_footnoteNumber = 0;
    };
};

} // namespace Postwright::Core
