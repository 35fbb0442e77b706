#include "markdown/readabletext.h"

#include "markdown/markdowndocument.h"

#include <cmark-gfm.h>

#include <cstring>
#include <string_view>
#include <unordered_map>

namespace Postwright::Core {

namespace {

bool isBlock(cmark_node *node)
{
    return (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
}

void appendSeparator(std::string &text)
{
    if (!text.empty() && text.back() != ' ')
        text.push_back(' ');
}

// Text of raw HTML as a browser shows it: tags and comments dropped.
void appendWithoutTags(std::string &text, std::string_view html)
{
    bool inTag = false;
    for (size_t i = 0; i < html.size(); ++i) {
        if (html.compare(i, 4, "<!--") == 0) {
            const size_t end = html.find("-->", i + 4);
            i = end == std::string_view::npos ? html.size() : end + 2;
            continue;
        }
        const char c = html[i];
        if (c == '<')
            inTag = true;
        else if (c == '>')
            inTag = false;
        else if (!inTag)
            text.push_back(c == '\n' ? ' ' : c);
    }
}

} // namespace

ReadableText ReadableText::fromDocument(const MarkdownDocument &document, bool rawHtmlShown)
{
    ReadableText readable;
    std::string &text = readable.text;
    std::unordered_map<std::string, int> footnoteNumbers;
    cmark_iter *iterator = cmark_iter_new(document.root());
    cmark_node *skippedImage = nullptr;
    for (cmark_event_type event; (event = cmark_iter_next(iterator)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iterator);
        if (skippedImage) {
            if (node == skippedImage && event == CMARK_EVENT_EXIT)
                skippedImage = nullptr;
            continue;
        }
        if (isBlock(node)) {
            appendSeparator(text);
            if (event == CMARK_EVENT_ENTER) {
                const cmark_node_type type = cmark_node_get_type(node);
                if (type == CMARK_NODE_CODE_BLOCK) {
                    text += cmark_node_get_literal(node);
                    appendSeparator(text);
                } else if (type == CMARK_NODE_HTML_BLOCK && rawHtmlShown) {
                    appendWithoutTags(text, cmark_node_get_literal(node));
                    appendSeparator(text);
                }
            }
            continue;
        }
        if (event != CMARK_EVENT_ENTER)
            continue;
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE: text += cmark_node_get_literal(node); break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK: appendSeparator(text); break;
        case CMARK_NODE_IMAGE:
            ++readable.imageCount;
            skippedImage = node;
            break;
        case CMARK_NODE_FOOTNOTE_REFERENCE: {
            // The site shows the note's number, glued to the word before it.
            const char *label = cmark_node_get_literal(node);
            auto [found, inserted] = footnoteNumbers.try_emplace(label ? label : "", int(footnoteNumbers.size()) + 1);
            text += std::to_string(found->second);
            break;
        }
        default: break;
        }
    }
    cmark_iter_free(iterator);
    return readable;
}

} // namespace Postwright::Core
