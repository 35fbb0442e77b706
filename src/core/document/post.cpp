#include "document/post.h"

#include "markdown/markdownrenderer.h"

namespace Postwright::Core {

Post Post::analyse(const QString &text, const MarkdownOptions &markdown, const FieldNaming &naming)
{
    Post post;
    post.m_frontMatter = FrontMatter::parse(text, naming);
    const QStringView body = QStringView(text).sliced(post.m_frontMatter.bodyStart());
    post.m_document =
        std::make_shared<MarkdownDocument>(body.toUtf8(), post.m_frontMatter.bodyStartLine() + 1, markdown);
    post.m_cjk = ReadingTime::hasCjk(text);
    post.m_readable = ReadableText::fromDocument(*post.m_document, markdown.allowRawHtml, post.m_cjk);
    return post;
}

ReadingEstimate Post::readingTime(ReadingPreset preset, int customWordsPerMinute) const
{
    return ReadingTime::estimate(m_readable, preset, m_cjk, customWordsPerMinute);
}

RenderedBlocks Post::renderBlocks() const
{
    return MarkdownRenderer::renderBlocks(*m_document);
}

} // namespace Postwright::Core
