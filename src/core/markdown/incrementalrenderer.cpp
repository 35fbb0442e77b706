#include "markdown/incrementalrenderer.h"

#include "site/sitemodel.h"

#include "document/post.h"
#include "document/readingtime.h"
#include "markdown/markdownrenderer.h"

#include <algorithm>
#include <vector>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

// Template syntax may span blocks: a paired shortcode's inner text is its own.
bool hasTemplateSyntax(QStringView body, const MarkdownOptions &options)
{
    if (!options.templates || options.templates->syntax == TemplateSyntax::None)
        return false;
    return body.contains(u"{{") || (options.templates->syntax == TemplateSyntax::Liquid && body.contains(u"{%"));
}

// Link reference definitions and footnotes change blocks far from where they are written.
bool hasCrossBlockConstructs(QStringView body, const MarkdownOptions &options)
{
    if (body.contains(u"[^") || hasTemplateSyntax(body, options))
        return true;
    // Any "]:" may be a link reference definition, also one inside a list item or a quote.
    return body.contains(u"]:");
}

// Offsets where each line starts (index 0 is line 1), plus the text's end.
std::vector<qsizetype> lineStarts(QStringView text)
{
    std::vector<qsizetype> starts{0};
    for (qsizetype i = text.indexOf(u'\n'); i >= 0; i = text.indexOf(u'\n', i + 1))
        starts.push_back(i + 1);
    starts.push_back(text.size());
    return starts;
}

int lineAt(const std::vector<qsizetype> &starts, qsizetype offset)
{
    // The last line start at or before offset (lines are 1-based); the sentinel is excluded.
    const auto found = std::upper_bound(starts.begin(), starts.end() - 1, offset);
    return int(found - starts.begin());
}

bool sameBlock(const RenderedBlock &a, const RenderedBlock &b, int lineShift)
{
    return a.html == b.html && a.firstLine == b.firstLine + lineShift && a.lastLine == b.lastLine + lineShift
        && a.words == b.words;
}

} // namespace

IncrementalRenderer::IncrementalRenderer(
    const MarkdownOptions &options, const FieldNaming &naming, std::shared_ptr<const SiteModel> site)
    : m_options(options), m_naming(naming), m_site(std::move(site))
{
}

void IncrementalRenderer::reset()
{
    m_hasRendered = false;
    m_text.clear();
    m_rendering = Rendering();
}

const IncrementalRenderer::Rendering &IncrementalRenderer::update(const QString &text)
{
    if (m_hasRendered && text == m_text) {
        m_rendering.wasIncremental = true;
        return m_rendering;
    }
    if (!m_hasRendered || m_hasCrossBlockConstructs || !renderIncrementally(text))
        renderFully(text);
    m_text = text;
    m_hasRendered = true;
    return m_rendering;
}

void IncrementalRenderer::renderFully(const QString &text)
{
    const Post post = Post::analyse(text, m_options, m_naming, true, m_site.get());
    Rendering rendering;
    rendering.frontMatter = post.frontMatter();
    rendering.cjkPage = post.isCjk();
    rendering.textHasCjk = m_site ? ReadingTime::hasCjk(text) : post.isCjk();
    rendering.blocks = post.blocks();
    rendering.words = post.words();
    rendering.wasIncremental = false;
    m_hasCrossBlockConstructs =
        hasCrossBlockConstructs(QStringView(text).sliced(rendering.frontMatter.bodyStart()), m_options);
    m_rendering = std::move(rendering);
}

bool IncrementalRenderer::renderIncrementally(const QString &text)
{
    // cmark also breaks lines at a lone carriage return; the windows here count '\n' only.
    if (text.contains(u'\r'))
        return false;
    const Rendering &old = m_rendering;
    FrontMatter frontMatter = FrontMatter::parse(text, m_naming);
    const QStringView oldBody = QStringView(m_text).sliced(old.frontMatter.bodyStart());
    const QStringView newBody = QStringView(text).sliced(frontMatter.bodyStart());
    const int bodyLineShift = frontMatter.bodyStartLine() - old.frontMatter.bodyStartLine();

    // Hugo decides CJK counting from the whole file: a change of mode recounts every block.
    qsizetype prefix =
        std::mismatch(oldBody.begin(), oldBody.end(), newBody.begin(), newBody.end()).first - oldBody.begin();
    // The change is taken in whole characters: a common prefix or suffix never ends inside a
    // surrogate pair, or a changed CJK character would look like two lone halves.
    if (prefix > 0 && oldBody[prefix - 1].isHighSurrogate())
        --prefix;
    qsizetype suffix = 0;
    const qsizetype maxSuffix = qMin(oldBody.size(), newBody.size()) - prefix;
    while (suffix < maxSuffix && oldBody[oldBody.size() - 1 - suffix] == newBody[newBody.size() - 1 - suffix])
        ++suffix;
    while (suffix > 0
        && (oldBody[oldBody.size() - suffix].isLowSurrogate() || newBody[newBody.size() - suffix].isLowSurrogate()))
        --suffix;
    const QStringView removed = oldBody.sliced(prefix, oldBody.size() - prefix - suffix);
    const QStringView inserted = newBody.sliced(prefix, newBody.size() - prefix - suffix);
    const bool frontMatterChanged =
        QStringView(m_text).first(old.frontMatter.bodyStart()) != QStringView(text).first(frontMatter.bodyStart());
    bool textHasCjk = old.textHasCjk;
    if (ReadingTime::hasCjk(inserted))
        textHasCjk = true;
    else if (frontMatterChanged || (old.textHasCjk && ReadingTime::hasCjk(removed)))
        textHasCjk = ReadingTime::hasCjk(text);
    const bool cjkPage = m_site ? m_site->isCjkPage(frontMatter, textHasCjk) : textHasCjk;
    if (cjkPage != old.cjkPage || inserted.contains(u"]:") || inserted.contains(u"[^")
        || hasTemplateSyntax(newBody, m_options))
        return false;

    Rendering next;
    next.frontMatter = std::move(frontMatter);
    next.cjkPage = cjkPage;
    next.textHasCjk = textHasCjk;
    next.wasIncremental = true;

    if (removed.isEmpty() && inserted.isEmpty()) {
        // Only the front matter changed: the blocks stay, moved by the lines it gained or lost.
        next.blocks = old.blocks;
        for (RenderedBlock &block : next.blocks) {
            block.firstLine += bodyLineShift;
            block.lastLine += bodyLineShift;
        }
        next.words = old.words;
        m_rendering = std::move(next);
        return true;
    }
    if (old.blocks.isEmpty())
        return false;

    // Lines are counted in the whole file; the body's first line is the same kind of number.
    const std::vector<qsizetype> oldLines = lineStarts(m_text);
    const std::vector<qsizetype> newLines = lineStarts(text);
    const qsizetype oldBodyStart = old.frontMatter.bodyStart();
    const qsizetype newBodyStart = next.frontMatter.bodyStart();
    const int editFirstLine = lineAt(oldLines, oldBodyStart + prefix);
    const int editLastLine = lineAt(oldLines, oldBodyStart + oldBody.size() - suffix);
    const int lineShift = int(newLines.size()) - int(oldLines.size());
    if (bodyLineShift != 0 || newBodyStart != oldBodyStart)
        return false;

    // The blocks the edit touches (a line next to a block counts), and one more on each side.
    const RenderedBlocks &blocks = old.blocks;
    qsizetype first = 0;
    while (first < blocks.size() && blocks[first].lastLine < editFirstLine - 1)
        ++first;
    qsizetype last = blocks.size() - 1;
    while (last >= 0 && blocks[last].firstLine > editLastLine + 1)
        --last;
    first = qMax<qsizetype>(0, qMin(first, last) - 1);
    last = qMin<qsizetype>(blocks.size() - 1, qMax(last, first) + 1);
    const bool blocksBefore = first > 0;
    const bool blocksAfter = last < blocks.size() - 1;

    const int bodyFirstLine = old.frontMatter.bodyStartLine() + 1;
    const int windowFirstLine = blocksBefore ? qMin(blocks[first].firstLine, editFirstLine) : bodyFirstLine;
    const int oldLineCount = int(oldLines.size()) - 1;
    const int windowLastLine = blocksAfter ? qMax(blocks[last].lastLine, editLastLine) : oldLineCount;
    const int newWindowLastLine = windowLastLine + lineShift;
    if (windowFirstLine > editFirstLine || newWindowLastLine < windowFirstLine)
        return false;

    const qsizetype windowStart = newLines[size_t(windowFirstLine - 1)];
    const qsizetype windowEnd = newLines[size_t(qMin<qsizetype>(newWindowLastLine, qsizetype(newLines.size()) - 1))];
    const MarkdownDocument window(
        QStringView(text).sliced(windowStart, windowEnd - windowStart).toUtf8(), windowFirstLine, m_options);
    RenderedBlocks fresh = MarkdownRenderer::renderBlocks(window, {cjkPage, m_options.allowRawHtml, true});

    // A block whose line had to be guessed from its neighbour may be guessed differently here.
    if (std::any_of(fresh.begin(), fresh.end(), [](const RenderedBlock &block) { return block.lineGuessed; }))
        return false;
    // The window's edge blocks must come out exactly as before, or the parse went astray there.
    if (blocksBefore && (fresh.isEmpty() || !sameBlock(fresh.first(), blocks[first], 0)))
        return false;
    if (blocksAfter && (fresh.isEmpty() || !sameBlock(fresh.last(), blocks[last], lineShift)))
        return false;

    next.blocks.reserve(blocks.size() - (last - first + 1) + fresh.size());
    next.blocks.append(blocks.sliced(0, first));
    next.blocks.append(fresh);
    for (qsizetype i = last + 1; i < blocks.size(); ++i) {
        RenderedBlock moved = blocks[i];
        moved.firstLine += lineShift;
        moved.lastLine += lineShift;
        next.blocks.append(std::move(moved));
    }
    MarkdownRenderer::assignKeys(next.blocks);
    next.words = MarkdownRenderer::totals(next.blocks);
    m_rendering = std::move(next);
    return true;
}

} // namespace Postwright::Core
