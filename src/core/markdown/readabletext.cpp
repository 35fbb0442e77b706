#include "markdown/readabletext.h"

#include "markdown/markdowndocument.h"
#include "markdown/templateexpansion.h"

#include <cmark-gfm.h>

#include <cstdlib>
#include <string_view>
#include <utility>

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

// Prose as Goldmark writes it with its typographer on: quotes, dashes and ellipses as entities.
void appendTypographic(std::string &out, std::string_view text)
{
    for (size_t i = 0; i < text.size(); ++i) {
        const std::string_view rest = text.substr(i);
        if (rest.starts_with("---")) {
            out += "&mdash;";
            i += 2;
        } else if (rest.starts_with("--")) {
            out += "&ndash;";
            i += 1;
        } else if (rest.starts_with("...")) {
            out += "&hellip;";
            i += 2;
        } else if (rest.starts_with("<<")) {
            out += "&laquo;";
            i += 1;
        } else if (rest.starts_with(">>")) {
            out += "&raquo;";
            i += 1;
        } else {
            switch (text[i]) {
            case '"': out += "&ldquo;"; break;
            case '\'': out += "&rsquo;"; break;
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            default: out += text[i];
            }
        }
    }
}

void appendEscaped(std::string &out, std::string_view text)
{
    for (const char c : text) {
        switch (c) {
        case '"': out += "&quot;"; break;
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        default: out += c;
        }
    }
}

// Collects the reader's text and, when asked, Hugo's view of it side by side.
class Collector {
public:
    Collector(ReadableText &readable, bool withHugo, const TemplateExpansion *templates)
        : m_readable(readable), m_withHugo(withHugo), m_templates(templates)
    {
    }

    void prose(std::string_view text)
    {
        if (withPlaceholders(text, &Collector::prose))
            return;
        m_readable.text += text;
        if (m_withHugo)
            appendTypographic(m_readable.hugoText, text);
    }
    void code(std::string_view text)
    {
        if (withPlaceholders(text, &Collector::code))
            return;
        m_readable.text += text;
        if (m_withHugo)
            appendEscaped(m_readable.hugoText, text);
    }
    void verbatim(std::string_view text)
    {
        if (withPlaceholders(text, &Collector::verbatim))
            return;
        m_readable.text += text;
        if (m_withHugo)
            m_readable.hugoText += text;
    }
    void separator()
    {
        appendSeparator(m_readable.text);
        if (m_withHugo)
            appendSeparator(m_readable.hugoText);
    }
    void footnoteBacklinks(int count, bool gluedToLastWord)
    {
        if (count <= 0)
            return;
        if (!m_withHugo) {
            m_readable.hugoExtraWords += gluedToLastWord ? 0 : 1;
            return;
        }
        if (!gluedToLastWord)
            appendSeparator(m_readable.hugoText);
        for (int i = 0; i < count; ++i)
            m_readable.hugoText += "&#160;&#x21a9;&#xfe0e;";
    }

private:
    // A literal with template tokens in it: its plain pieces as they are, each token as the words
    // the site shows in its place.
    bool withPlaceholders(std::string_view text, void (Collector::*plain)(std::string_view))
    {
        if (!m_templates || !m_templates->hasTokens(text))
            return false;
        const TemplateExpansion *templates = std::exchange(m_templates, nullptr);
        templates->forEachPiece(text, [this, plain](std::string_view piece, const TemplatePlaceholder *placeholder) {
            if (!placeholder) {
                (this->*plain)(piece);
                return;
            }
            m_readable.text += placeholder->text;
            if (m_withHugo)
                m_readable.hugoText += placeholder->hugoText;
            else
                m_readable.hugoExtraWords += placeholder->hugoExtraWords;
        });
        m_templates = templates;
        return true;
    }

    ReadableText &m_readable;
    bool m_withHugo;
    const TemplateExpansion *m_templates;
};

} // namespace

ReadableText::Reader::Reader(const MarkdownDocument &document, bool rawHtmlShown, bool forCjkHugo)
    : m_document(document), m_rawHtmlShown(rawHtmlShown), m_forCjkHugo(forCjkHugo)
{
}

ReadableText ReadableText::Reader::read(cmark_node *block)
{
    ReadableText readable;
    const NodeArena::Scope scope(m_document.arena());
    Collector out(readable, m_forCjkHugo, m_document.templates());
    cmark_iter *iterator = cmark_iter_new(block);
    cmark_node *skippedImage = nullptr;
    for (cmark_event_type event; (event = cmark_iter_next(iterator)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iterator);
        if (skippedImage) {
            if (node == skippedImage && event == CMARK_EVENT_EXIT)
                skippedImage = nullptr;
            continue;
        }
        if (isBlock(node)) {
            const cmark_node_type type = cmark_node_get_type(node);
            if (event == CMARK_EVENT_ENTER && type == CMARK_NODE_FOOTNOTE_DEFINITION)
                ++m_footnoteNumber;
            if (event == CMARK_EVENT_EXIT) {
                // Goldmark puts a note's back-links at the end of its last paragraph, or after it.
                cmark_node *parent = cmark_node_parent(node);
                if (type == CMARK_NODE_PARAGRAPH && parent && cmark_node_last_child(parent) == node
                    && cmark_node_get_type(parent) == CMARK_NODE_FOOTNOTE_DEFINITION) {
                    out.footnoteBacklinks(m_referencesPerFootnote[m_footnoteNumber], true);
                }
                if (type == CMARK_NODE_FOOTNOTE_DEFINITION) {
                    cmark_node *last = cmark_node_last_child(node);
                    if (!last || cmark_node_get_type(last) != CMARK_NODE_PARAGRAPH)
                        out.footnoteBacklinks(m_referencesPerFootnote[m_footnoteNumber], false);
                }
            }
            out.separator();
            if (event == CMARK_EVENT_ENTER) {
                if (type == CMARK_NODE_CODE_BLOCK) {
                    out.code(cmark_node_get_literal(node));
                    out.separator();
                } else if (type == CMARK_NODE_HTML_BLOCK && m_rawHtmlShown) {
                    std::string shown;
                    appendWithoutTags(shown, cmark_node_get_literal(node));
                    out.verbatim(shown);
                    out.separator();
                }
            }
            continue;
        }
        if (event != CMARK_EVENT_ENTER)
            continue;
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT: out.prose(cmark_node_get_literal(node)); break;
        case CMARK_NODE_CODE: out.code(cmark_node_get_literal(node)); break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK: out.separator(); break;
        case CMARK_NODE_IMAGE:
            ++readable.imageCount;
            skippedImage = node;
            break;
        case CMARK_NODE_FOOTNOTE_REFERENCE: {
            // The site shows the note's number, glued to the word before it.
            if (const char *number = cmark_node_get_literal(node)) {
                out.verbatim(number);
                ++m_referencesPerFootnote[std::atoi(number)];
            }
            break;
        }
        default: break;
        }
    }
    cmark_iter_free(iterator);
    return readable;
}

} // namespace Postwright::Core
