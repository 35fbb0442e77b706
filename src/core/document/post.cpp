#include "document/post.h"

#include "markdown/markdownrenderer.h"
#include "site/sitemodel.h"

namespace Postwright::Core {

Post Post::analyse(const QString &text, const MarkdownOptions &markdown, const FieldNaming &naming, bool withHtml,
    const SiteModel *site)
{
    return analyse(text, {}, nullptr, markdown, naming, withHtml, site, true);
}

Post Post::analyse(const QString &text, QByteArrayView utf8, const Listing &listing)
{
    return analyse(
        text, utf8, nullptr, listing.markdown, listing.naming, false, listing.site, listing.readingTimeWords);
}

Post Post::analyse(const QString &text, QByteArrayView utf8, const FrontMatter &frontMatter, const Listing &listing)
{
    return analyse(
        text, utf8, &frontMatter, listing.markdown, listing.naming, false, listing.site, listing.readingTimeWords);
}

Post Post::analyse(const QString &text, QByteArrayView utf8, const FrontMatter *frontMatter,
    const MarkdownOptions &markdown, const FieldNaming &naming, bool withHtml, const SiteModel *site,
    bool readingTimeWords)
{
    Post post;
    post.m_frontMatter = frontMatter ? *frontMatter : FrontMatter::parse(text, naming);
    post.m_cjk = site ? site->isCjkPage(post.m_frontMatter, text) : ReadingTime::hasCjk(text);
    const qsizetype bodyStart = post.m_frontMatter.bodyStart();
    QByteArray converted;
    QByteArrayView body;
    if (utf8.isNull()) {
        converted = QStringView(text).sliced(bodyStart).toUtf8();
        body = converted;
    } else {
        // The front matter is short: its UTF-8 length tells where the body's bytes start.
        body = utf8.sliced(QStringView(text).first(bodyStart).toUtf8().size());
    }
    const MarkdownDocument document(body, post.m_frontMatter.bodyStartLine() + 1, markdown, &post.m_frontMatter);
    post.m_blocks =
        MarkdownRenderer::renderBlocks(document, {post.m_cjk, markdown.allowRawHtml, withHtml, readingTimeWords});
    post.m_words = MarkdownRenderer::totals(post.m_blocks);
    return post;
}

ReadingEstimate Post::readingTime(ReadingPreset preset, int customWordsPerMinute) const
{
    return ReadingTime::estimate(m_words, preset, m_cjk, customWordsPerMinute);
}

} // namespace Postwright::Core
