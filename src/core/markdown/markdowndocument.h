#pragma once

#include "markdown/nodearena.h"
#include "markdown/templatecontext.h"

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <memory>
#include <vector>

struct cmark_node;
struct cmark_parser;
struct _cmark_llist;

namespace Postwright::Core {

class FrontMatter;
class TemplateExpansion;

struct MarkdownOptions {
    // Raw HTML in posts is dropped unless a site allows it; tagfilter stays on either way.
    bool allowRawHtml = false;
    // The site's template syntax (shortcodes, Liquid), replaced before the Markdown is parsed.
    std::shared_ptr<const TemplateContext> templates;
    friend bool operator==(const MarkdownOptions &, const MarkdownOptions &) = default;
};

// A post body parsed once by cmark-gfm with the GFM extensions, shared by the block renderer and
// the reading-time count. Identity object: owns the parser and the tree.
class MarkdownDocument final {
public:
    // utf8 is the body only (no front matter); firstLine is the body's 1-based line in the file.
    // utf8 must outlive the constructor only: the parser copies what it keeps. The page's front
    // matter gives the values its template syntax may show; it must outlive the document.
    MarkdownDocument(QByteArrayView utf8, int firstLine, const MarkdownOptions &options,
        const FrontMatter *page = nullptr, int templateDepth = 0);
    ~MarkdownDocument();
    MarkdownDocument(const MarkdownDocument &) = delete;
    MarkdownDocument &operator=(const MarkdownDocument &) = delete;

    // The GFM extensions every post is parsed with; the benchmarks' raw cmark-gfm parses use them too.
    static constexpr std::array<const char *, 5> extensionNames = {
        "table", "strikethrough", "autolink", "tagfilter", "tasklist"};

    cmark_node *root() const { return m_root; }
    _cmark_llist *extensions() const;
    int renderOptions() const { return m_options; }
    // The line in the file of a line the parser reports (1-based in the body); a line made of a
    // call that spans several lines starts on the first of them and ends on the last.
    int fileLine(int parsedLine) const;
    int fileLastLine(int parsedLine) const;
    // The shortcodes or Liquid tags replaced before parsing; null when there were none.
    const TemplateExpansion *templates() const { return m_templates.get(); }
    // cmark-gfm 0.29 (Debian 12) takes quadratic time on links and emphasis within one paragraph
    // (20,000 short lines of them: 8 s). Paragraphs are parsed in pieces of about this size,
    // separated by blank lines the writer never sees; lines are mapped back to the file's.
    static constexpr qsizetype paragraphPieceBytes = 32 * 1024;
    bool splitLongParagraphs() const { return !m_bodyLineOfParsedLine.empty(); }
    // Work that makes cmark allocate for this document's nodes must run inside this scope: the
    // document is freed by releasing its arena, without walking the tree.
    NodeArena &arena() const { return *m_arena; }

private:
    int expandedLine(int parsedLine) const;

    std::unique_ptr<NodeArena> m_arena;
    std::unique_ptr<TemplateExpansion> m_templates;
    cmark_parser *m_parser = nullptr;
    cmark_node *m_root = nullptr;
    int m_options = 0;
    int m_firstLine = 1;
    std::vector<int> m_bodyLineOfParsedLine; // empty when nothing was split
};

} // namespace Postwright::Core
