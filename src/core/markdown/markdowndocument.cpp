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
    : m_firstLine(firstLine)
{
    registerExtensionsOnce();
    m_options = CMARK_OPT_FOOTNOTES | CMARK_OPT_GITHUB_PRE_LANG;
    if (options.allowRawHtml)
        m_options |= CMARK_OPT_UNSAFE;
    m_parser = cmark_parser_new(m_options);
    for (const char *name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(m_parser, extension);
    }
    cmark_parser_feed(m_parser, utf8.constData(), size_t(utf8.size()));
    m_root = cmark_parser_finish(m_parser);
}

MarkdownDocument::~MarkdownDocument()
{
    cmark_node_free(m_root);
    cmark_parser_free(m_parser);
}

_cmark_llist *MarkdownDocument::extensions() const
{
    return cmark_parser_get_syntax_extensions(m_parser);
}

} // namespace Postwright::Core
