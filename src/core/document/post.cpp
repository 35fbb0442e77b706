#include "document/post.h"

#include "markdown/markdownrenderer.h"
#include "site/sitemodel.h"

namespace Postwright::Core {

Post Post::analyse(const QString &text, const MarkdownOptions &markdown, const FieldNaming &naming, bool withHtml,
    const SiteModel *site)
{
    Post post;
    post.m_frontMatter = FrontMatter::parse(text, naming);
    post.m_cjk = site ? site->isCjkPage(post.m_frontMatter, text) : ReadingTime::hasCjk(text);
    const QStringView body = QStringView(text).sliced(post.m_frontMatter.bodyStart());
    const MarkdownDocument document(body.toUtf8(), post.m_frontMatter.bodyStartLine() + 1, markdown);
    post.m_blocks = MarkdownRenderer::renderBlocks(document, {post.m_cjk, markdown.allowRawHtml, withHtml});
    post.m_words = MarkdownRenderer::totals(post.m_blocks);
    return post;
}

ReadingEstimate Post::readingTime(ReadingPreset preset, int customWordsPerMinute) const
{
    return ReadingTime::estimate(m_words, preset, m_cjk, customWordsPerMinute);
}

} // namespace Postwright::Core
