#pragma once

#include <string>

namespace Postwright::Core {

class MarkdownDocument;

// The text a reader reads in a rendered post, as UTF-8: block boundaries, table cells and line
// breaks become spaces, inline markup joins its neighbours (as in the site's HTML with the tags
// stripped), and image alt text, link targets, raw HTML and comments are left out.
struct ReadableText {
    std::string text;
    int imageCount = 0;

    static ReadableText fromDocument(const MarkdownDocument &document, bool rawHtmlShown);
};

} // namespace Postwright::Core
