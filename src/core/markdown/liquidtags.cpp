#include "markdown/liquidtags.h"

#include "markdown/templateexpansion.h"

#include <optional>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype longestTag = 4096;

// One {% tag %} or {{ output }} as written, its whitespace-control dashes dropped.
struct LiquidToken {
    bool isOutput = false;
    QString name; // a tag's first word
    QString arguments; // the rest of a tag, or an output's expression
    qsizetype start = 0;
    qsizetype end = 0;
};

std::optional<LiquidToken> tokenAt(QStringView body, qsizetype at)
{
    LiquidToken token;
    token.isOutput = body[at + 1] == u'{';
    const QStringView closing = token.isOutput ? u"}}" : u"%}";
    const qsizetype close = body.indexOf(closing, at + 2);
    if (close < 0 || close - at > longestTag)
        return std::nullopt;
    QStringView inside = body.sliced(at + 2, close - at - 2);
    if (inside.startsWith(u'-'))
        inside = inside.sliced(1);
    if (inside.endsWith(u'-'))
        inside.chop(1);
    inside = inside.trimmed();
    token.start = at;
    token.end = close + 2;
    if (token.isOutput) {
        token.arguments = inside.toString();
        return token;
    }
    qsizetype nameEnd = 0;
    while (nameEnd < inside.size() && !inside[nameEnd].isSpace())
        ++nameEnd;
    token.name = inside.first(nameEnd).toString();
    token.arguments = inside.sliced(nameEnd).trimmed().toString();
    return token;
}

std::optional<LiquidToken> nextToken(QStringView body, qsizetype from)
{
    for (qsizetype at = body.indexOf(u'{', from); at >= 0 && at + 1 < body.size(); at = body.indexOf(u'{', at + 1)) {
        if (body[at + 1] != u'{' && body[at + 1] != u'%')
            continue;
        if (std::optional<LiquidToken> token = tokenAt(body, at))
            return token;
    }
    return std::nullopt;
}

std::optional<LiquidToken> endTag(QStringView body, qsizetype from, const QString &name)
{
    for (std::optional<LiquidToken> token = nextToken(body, from); token; token = nextToken(body, token->end)) {
        if (!token->isOutput && token->name == name)
            return token;
    }
    return std::nullopt;
}

bool isControlTag(const QString &name)
{
    static const QStringList control = {u"if"_s, u"elsif"_s, u"else"_s, u"endif"_s, u"unless"_s, u"endunless"_s,
        u"case"_s, u"when"_s, u"endcase"_s, u"for"_s, u"endfor"_s, u"break"_s, u"continue"_s, u"assign"_s, u"capture"_s,
        u"endcapture"_s, u"increment"_s, u"decrement"_s, u"cycle"_s, u"tablerow"_s, u"endtablerow"_s, u"liquid"_s,
        u"echo"_s};
    return control.contains(name);
}

QString unquoted(const QString &text)
{
    if (text.size() >= 2 && (text.startsWith(u'\'') || text.startsWith(u'"')) && text.endsWith(text[0]))
        return text.sliced(1, text.size() - 2);
    return text;
}

class TagRenderer {
public:
    TagRenderer(QStringView body, TemplateExpansion &out) : m_body(body), m_out(out) { }

    // Renders the token (and what it encloses); returns where the text after it starts.
    qsizetype render(const LiquidToken &token)
    {
        const bool alone = TemplateExpansion::standsAlone(m_body, token.start, token.end);
        if (token.isOutput) {
            TemplatePlaceholder value;
            const QString shown = valueOf(token.arguments);
            value.html = shown.toHtmlEscaped();
            value.text = value.hugoText = shown.toStdString();
            return replace(token.start, token.end, std::move(value));
        }
        if (token.name == u"raw" || token.name == u"comment" || token.name == u"highlight") {
            const std::optional<LiquidToken> end = endTag(m_body, token.end, u"end"_s + token.name);
            if (!end)
                return replace(token.start, token.end, box(token, alone));
            if (token.name == u"raw") {
                m_out.replaceLineForLine(
                    written(token.start, end->end), m_body.sliced(token.end, end->start - token.end));
                return end->end;
            }
            if (token.name == u"comment") {
                TemplatePlaceholder nothing;
                nothing.standsAlone = TemplateExpansion::standsAlone(m_body, token.start, end->end);
                return replace(token.start, end->end, std::move(nothing));
            }
            return highlight(token, *end);
        }
        if (token.name == u"link" || token.name == u"post_url")
            return replace(token.start, token.end, address(token));
        if (isControlTag(token.name)) {
            TemplatePlaceholder nothing;
            nothing.standsAlone = alone;
            return replace(token.start, token.end, std::move(nothing));
        }
        return replace(token.start, token.end, box(token, alone));
    }

private:
    QStringView written(qsizetype start, qsizetype end) const { return m_body.sliced(start, end - start); }

    qsizetype replace(qsizetype start, qsizetype end, TemplatePlaceholder placeholder)
    {
        m_out.replace(written(start, end), std::move(placeholder));
        return end;
    }

    QString valueOf(const QString &expression) const
    {
        const QString value = expression.section(u'|', 0, 0).trimmed();
        if (value.startsWith(u'\'') || value.startsWith(u'"'))
            return unquoted(value);
        if (value.startsWith(u"site."_s))
            return m_out.context().siteValues.value(value.sliced(5));
        if (value.startsWith(u"page."_s))
            return m_out.pageValue(value.sliced(5));
        return {};
    }

    // On lines of its own, a fenced code block (every line stays where it was); else the code.
    qsizetype highlight(const LiquidToken &open, const LiquidToken &close)
    {
        const QString language = open.arguments.section(u' ', 0, 0);
        const QString code = TemplateExpansion::codeBetweenTags(m_body.sliced(open.end, close.start - open.end));
        if (TemplateExpansion::standsAlone(m_body, open.start, open.end)
            && TemplateExpansion::standsAlone(m_body, close.start, close.end)) {
            const QString fence = TemplateExpansion::fenceFor(code);
            m_out.replaceLineForLine(written(open.start, close.end), fence + language + u'\n' + code + u'\n' + fence);
            return close.end;
        }
        TemplatePlaceholder placeholder;
        placeholder.html =
            u"<pre lang=\""_s + language.toHtmlEscaped() + u"\"><code>"_s + code.toHtmlEscaped() + u"</code></pre>\n"_s;
        placeholder.text = placeholder.hugoText = code.toStdString();
        return replace(open.start, close.end, std::move(placeholder));
    }

    TemplatePlaceholder address(const LiquidToken &token) const
    {
        const TemplateContext &context = m_out.context();
        QString key = unquoted(token.arguments.trimmed());
        while (key.startsWith(u'/'))
            key.remove(0, 1);
        QString url = context.postAddresses.value(key);
        if (url.isEmpty() && token.name == u"post_url")
            url = context.postAddresses.value(key.section(u'/', -1));
        TemplatePlaceholder placeholder;
        if (url.isEmpty()) {
            url = u"#"_s;
            if (context.knowsPosts)
                placeholder.warning =
                    LiquidTags::tr("No post of this blog is “%1”, which a %2 tag links to: Jekyll will stop the build.")
                        .arg(key, token.name);
        }
        placeholder.html = url.toHtmlEscaped();
        placeholder.text = placeholder.hugoText = url.toStdString();
        return placeholder;
    }

    // An include or a plugin's tag: what it makes is the theme's, so the preview names it.
    static TemplatePlaceholder box(const LiquidToken &token, bool alone)
    {
        const QString element = alone ? u"div"_s : u"span"_s;
        const bool include = token.name == u"include" || token.name == u"include_relative" || token.name == u"render";
        QString label = token.name;
        QString detail = token.arguments;
        if (include) {
            label = detail.section(u' ', 0, 0);
            detail = detail.section(u' ', 1).trimmed();
        }
        TemplatePlaceholder placeholder;
        placeholder.standsAlone = alone;
        placeholder.html = u'<' + element + u" class=\"pw-shortcode"_s + (alone ? QString() : u" pw-inline"_s)
            + u"\" data-liquid=\""_s + token.name.toHtmlEscaped() + u"\"><span class=\"pw-label\">"_s
            + label.toHtmlEscaped() + u"</span>"_s;
        if (!detail.isEmpty())
            placeholder.html += u" <code class=\"pw-arguments\">"_s + detail.toHtmlEscaped() + u"</code>"_s;
        placeholder.html += u"</"_s + element + u'>' + (alone ? u"\n"_s : QString());
        return placeholder;
    }

    QStringView m_body;
    TemplateExpansion &m_out;
};

} // namespace

void LiquidTags::expand(QStringView body, TemplateExpansion &out)
{
    TagRenderer renderer(body, out);
    qsizetype copied = 0;
    for (std::optional<LiquidToken> token = nextToken(body, 0); token; token = nextToken(body, copied)) {
        out.copy(body.sliced(copied, token->start - copied));
        copied = renderer.render(*token);
    }
    out.copy(body.sliced(copied));
}

} // namespace Postwright::Core
