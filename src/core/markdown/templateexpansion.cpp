#include "markdown/templateexpansion.h"

#include "document/frontmatter.h"
#include "markdown/hugoshortcodes.h"
#include "markdown/liquidtags.h"
#include "markdown/markdownrenderer.h"
#include "markdown/readabletext.h"

#include <cmark-gfm.h>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

// A token is plain letters and digits, so cmark keeps it whole inside one text node, in a link's
// destination and in code; the mixed case keeps it out of anything a writer types.
constexpr std::string_view tokenStart = "PwTpl";
constexpr char tokenEnd = 'Z';
constexpr QLatin1StringView htmlTokenStart("PwTpl");
// Inner content inside inner content: deeper than this is shown as written.
constexpr int deepestNesting = 6;

QString tokenFor(size_t index)
{
    return htmlTokenStart + QString::number(index) + QLatin1Char(tokenEnd);
}

int newlinesIn(QStringView text)
{
    return int(text.count(u'\n'));
}

} // namespace

TemplateExpansion::TemplateExpansion(const MarkdownOptions &options, const FrontMatter *page, int depth)
    : m_options(options), m_page(page), m_depth(depth)
{
    m_bodyLines.push_back({1, 1});
}

std::unique_ptr<TemplateExpansion> TemplateExpansion::expand(
    QByteArrayView utf8Body, const MarkdownOptions &options, const FrontMatter *page, int depth)
{
    if (!options.templates || depth > deepestNesting)
        return nullptr;
    const TemplateSyntax syntax = options.templates->syntax;
    const bool hugo = syntax == TemplateSyntax::HugoShortcodes;
    if (syntax == TemplateSyntax::None || !(utf8Body.contains("{{") || (!hugo && utf8Body.contains("{%"))))
        return nullptr;
    auto expansion = std::make_unique<TemplateExpansion>(options, page, depth);
    const QString body = QString::fromUtf8(utf8Body);
    if (hugo)
        HugoShortcodes::expand(body, *expansion);
    else
        LiquidTags::expand(body, *expansion);
    if (expansion->m_placeholders.empty() && expansion->m_text == body)
        return nullptr;
    expansion->m_markdown = expansion->m_text.toUtf8();
    expansion->m_text.clear();
    return expansion;
}

void TemplateExpansion::append(QStringView text, int consumedNewlines)
{
    // The text's lines follow the body's in order, as far as the body's go; the last one ends
    // where the written text did.
    const int startLine = m_bodyLine;
    int emitted = 0;
    for (qsizetype i = text.indexOf(u'\n'); i >= 0; i = text.indexOf(u'\n', i + 1)) {
        ++emitted;
        const int line = startLine + qMin(emitted, consumedNewlines);
        m_bodyLines.push_back({line, line});
    }
    m_text += text;
    m_bodyLine = startLine + consumedNewlines;
    m_bodyLines.back().second = qMax(m_bodyLines.back().second, m_bodyLine);
}

void TemplateExpansion::copy(QStringView text)
{
    append(text, newlinesIn(text));
}

void TemplateExpansion::replace(QStringView written, TemplatePlaceholder placeholder)
{
    const QString token = tokenFor(m_placeholders.size());
    if (!placeholder.warning.isEmpty())
        m_warnings.emplace_back(m_bodyLine, placeholder.warning);
    m_placeholders.push_back(std::move(placeholder));
    append(token, newlinesIn(written));
}

void TemplateExpansion::replaceLineForLine(QStringView written, QStringView replacement)
{
    append(replacement, newlinesIn(written));
}

int TemplateExpansion::firstBodyLine(int line) const
{
    return m_bodyLines[size_t(qBound(1, line, int(m_bodyLines.size())) - 1)].first;
}

int TemplateExpansion::lastBodyLine(int line) const
{
    return m_bodyLines[size_t(qBound(1, line, int(m_bodyLines.size())) - 1)].second;
}

const TemplatePlaceholder *TemplateExpansion::placeholderAt(std::string_view literal, size_t at, size_t &length) const
{
    if (literal.compare(at, tokenStart.size(), tokenStart) != 0)
        return nullptr;
    size_t end = at + tokenStart.size();
    size_t index = 0;
    while (end < literal.size() && literal[end] >= '0' && literal[end] <= '9' && end - at < 16)
        index = index * 10 + size_t(literal[end++] - '0');
    if (end == at + tokenStart.size() || end >= literal.size() || literal[end] != tokenEnd
        || index >= m_placeholders.size())
        return nullptr;
    length = end + 1 - at;
    return &m_placeholders[index];
}

bool TemplateExpansion::hasTokens(std::string_view literal) const
{
    return !m_placeholders.empty() && literal.find(tokenStart) != std::string_view::npos;
}

const TemplatePlaceholder *TemplateExpansion::nextToken(
    std::string_view text, size_t from, size_t &at, size_t &length) const
{
    for (at = text.find(tokenStart, from); at != std::string_view::npos; at = text.find(tokenStart, at + 1)) {
        if (const TemplatePlaceholder *placeholder = placeholderAt(text, at, length))
            return placeholder;
    }
    return nullptr;
}

void TemplateExpansion::forEachPiece(
    std::string_view literal, const std::function<void(std::string_view, const TemplatePlaceholder *)> &piece) const
{
    size_t plainStart = 0;
    size_t at = 0;
    size_t length = 0;
    while (const TemplatePlaceholder *placeholder = nextToken(literal, plainStart, at, length)) {
        if (at > plainStart)
            piece(literal.substr(plainStart, at - plainStart), nullptr);
        piece({}, placeholder);
        plainStart = at + length;
    }
    if (plainStart < literal.size())
        piece(literal.substr(plainStart), nullptr);
}

QString TemplateExpansion::withPlaceholders(const QString &html) const
{
    if (m_placeholders.empty() || !html.contains(htmlTokenStart))
        return html;
    const std::string utf8 = html.toStdString();
    QString out;
    out.reserve(html.size());
    QStringList warnings;
    size_t plainStart = 0;
    size_t at = 0;
    size_t length = 0;
    while (const TemplatePlaceholder *placeholder = nextToken(utf8, plainStart, at, length)) {
        size_t before = at;
        size_t after = at + length;
        // A call alone in its paragraph takes the paragraph's place, as Hugo renders it.
        if (placeholder->standsAlone && at >= 3 && utf8.compare(at - 3, 3, "<p>") == 0
            && utf8.compare(after, 4, "</p>") == 0) {
            before -= 3;
            after += 4;
            if (after < utf8.size() && utf8[after] == '\n' && placeholder->html.isEmpty())
                ++after;
        }
        out += QString::fromUtf8(utf8.data() + plainStart, qsizetype(before - plainStart));
        out += placeholder->html;
        if (!placeholder->warning.isEmpty() && !warnings.contains(placeholder->warning))
            warnings.append(placeholder->warning);
        plainStart = after;
    }
    out += QString::fromUtf8(utf8.data() + plainStart, qsizetype(utf8.size() - plainStart));
    for (const QString &warning : std::as_const(warnings))
        out += u"<p class=\"pw-template-warning\" role=\"note\">"_s + warning.toHtmlEscaped() + u"</p>\n"_s;
    return out;
}

QString TemplateExpansion::codeBetweenTags(QStringView inner)
{
    QStringView code = inner;
    if (code.startsWith(u"\r\n"))
        code = code.sliced(2);
    else if (code.startsWith(u'\n'))
        code = code.sliced(1);
    if (code.endsWith(u'\n'))
        code.chop(1);
    if (code.endsWith(u'\r'))
        code.chop(1);
    return code.toString();
}

bool TemplateExpansion::standsAlone(QStringView body, qsizetype start, qsizetype end)
{
    for (qsizetype i = start - 1; i >= 0 && body[i] != u'\n'; --i) {
        if (!isLineSpace(body[i]))
            return false;
    }
    for (qsizetype i = end; i < body.size() && body[i] != u'\n'; ++i) {
        if (!isLineSpace(body[i]))
            return false;
    }
    return true;
}

QString TemplateExpansion::fenceFor(const QString &code)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : code) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    return QString(qMax(3, longest + 1), u'`');
}

bool TemplateExpansion::hasPageValue(const QString &key) const
{
    if (!m_page)
        return false;
    const bool hugo = context().syntax == TemplateSyntax::HugoShortcodes;
    const QString top = key.section(u'.', 0, 0);
    const QString field = key.section(u'.', 1);
    const FrontMatterEntry *entry = hugo ? m_page->entryIgnoringCase(top) : m_page->entry(top);
    if (!entry || entry->isNull)
        return false;
    if (field.isEmpty())
        return true;
    for (auto it = entry->fields.cbegin(); it != entry->fields.cend(); ++it) {
        if (hugo ? it.key().compare(field, Qt::CaseInsensitive) == 0 : it.key() == field)
            return true;
    }
    return false;
}

QString TemplateExpansion::pageValue(const QString &key) const
{
    if (!hasPageValue(key))
        return {};
    const bool hugo = context().syntax == TemplateSyntax::HugoShortcodes;
    const QString top = key.section(u'.', 0, 0);
    const QString field = key.section(u'.', 1);
    const FrontMatterEntry *entry = hugo ? m_page->entryIgnoringCase(top) : m_page->entry(top);
    if (field.isEmpty())
        return entry->items.isEmpty() ? entry->scalar : entry->items.join(u' ');
    for (auto it = entry->fields.cbegin(); it != entry->fields.cend(); ++it) {
        if (hugo ? it.key().compare(field, Qt::CaseInsensitive) == 0 : it.key() == field)
            return it.value();
    }
    return {};
}

TemplateExpansion::Nested TemplateExpansion::render(QStringView markdown) const
{
    Nested nested;
    const QByteArray utf8 = markdown.toUtf8();
    const MarkdownDocument document(utf8, 1, m_options, m_page, m_depth + 1);
    const RenderedBlocks blocks =
        MarkdownRenderer::renderBlocks(document, {false, m_options.allowRawHtml, true, false});
    nested.html = MarkdownRenderer::joinedHtml(blocks);
    // Hugo's view (entities kept) is read apart, and only its text kept: the extra words count
    // for pages that are not CJK.
    ReadableText::Reader reader(document, m_options.allowRawHtml, false);
    ReadableText::Reader hugoReader(document, m_options.allowRawHtml, true);
    for (cmark_node *node = cmark_node_first_child(document.root()); node; node = cmark_node_next(node)) {
        const ReadableText readable = reader.read(node);
        const ReadableText hugo = hugoReader.read(node);
        if (!nested.text.empty())
            nested.text += ' ';
        nested.text += readable.text;
        if (!nested.hugoText.empty())
            nested.hugoText += ' ';
        nested.hugoText += hugo.hugoText;
        nested.hugoExtraWords += readable.hugoExtraWords;
    }
    return nested;
}

QString TemplateExpansion::markdownify(QStringView markdown) const
{
    QString html = render(markdown).html.trimmed();
    if (html.startsWith(u"<p>"_s) && html.endsWith(u"</p>"_s) && html.count(u"<p>"_s) == 1)
        html = html.sliced(3, html.size() - 7);
    return html;
}

} // namespace Postwright::Core
