#include "markdown/markdowndocument.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <mutex>

namespace Postwright::Core {

namespace {

void registerExtensionsOnce()
{
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

} // namespace

MarkdownDocument::MarkdownDocument(const QByteArray &utf8, int firstLine, const MarkdownOptions &options)
    : m_arena(std::make_unique<NodeArena>()), m_firstLine(firstLine)
{
    registerExtensionsOnce();
    const NodeArena::Scope scope(*m_arena);
    m_options = CMARK_OPT_GITHUB_PRE_LANG;
    // Looking for footnotes slows parsing by a sixth; a body without "[^" has none to find.
    if (utf8.contains("[^"))
        m_options |= CMARK_OPT_FOOTNOTES;
    if (options.allowRawHtml)
        m_options |= CMARK_OPT_UNSAFE;
    m_parser = cmark_parser_new_with_mem(m_options, NodeArena::allocator());
    for (const char *name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(m_parser, extension);
    }
    cmark_parser_feed(m_parser, utf8.constData(), size_t(utf8.size()));
    m_root = cmark_parser_finish(m_parser);
}

MarkdownDocument::~MarkdownDocument()
{
    // Every allocation for this document's parser and nodes was made inside its arena's scope
    // (parsing, reading, rendering), so releasing the arena releases them all: walking a
    // million-node tree to free each node one by one would cost a tenth of the parse.
}

_cmark_llist *MarkdownDocument::extensions() const
{
    return cmark_parser_get_syntax_extensions(m_parser);
}

} // namespace Postwright::Core
