#include "markdown/hugoshortcodes.h"

#include "markdown/shortcodeparser.h"
#include "markdown/templateexpansion.h"

#include <QUrl>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

// Hugo's .Plain of an HTML fragment (helpers.StripHTML): line breaks are spaces, a closing </p>
// or a <br> separates words, other tags and comments vanish and glue what is on either side.
struct Plain {
    std::string text; // entities decoded, as a reader sees it
    std::string hugoText; // entities kept
};

Plain plainOf(const QString &html)
{
    QString hugo;
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html[i];
        if (c == u'<') {
            const qsizetype close = html.indexOf(u'>', i);
            if (close < 0)
                break;
            const QStringView tag = QStringView(html).sliced(i, close - i + 1);
            if (tag == u"</p>" || tag == u"<br>" || tag == u"<br />" || tag == u"<br/>")
                hugo += u' ';
            i = close;
            continue;
        }
        hugo += c == u'\n' ? u' ' : c;
    }
    QString text = hugo;
    text.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
    text.replace(u"&#34;"_s, u"\""_s).replace(u"&#39;"_s, u"'"_s).replace(u"&amp;"_s, u"&"_s);
    return {text.toStdString(), hugo.toStdString()};
}

TemplatePlaceholder withWordsOf(QString html)
{
    TemplatePlaceholder placeholder;
    Plain plain = plainOf(html);
    placeholder.text = std::move(plain.text);
    placeholder.hugoText = std::move(plain.hugoText);
    placeholder.html = std::move(html);
    return placeholder;
}

QString attribute(const QString &name, const QString &value)
{
    return value.isEmpty() ? QString() : u' ' + name + u"=\""_s + value.toHtmlEscaped() + u'"';
}

bool isTrue(const QString &value)
{
    return value == u"true" || value == u"table" || value == u"inline";
}

struct Embed {
    const char16_t *name;
    const char *label; // translated
    const char16_t *idKey;
};

constexpr Embed embeds[] = {
    {u"youtube", QT_TRANSLATE_NOOP("Postwright::Core::HugoShortcodes", "YouTube video"), u"id"},
    {u"vimeo", QT_TRANSLATE_NOOP("Postwright::Core::HugoShortcodes", "Vimeo video"), u"id"},
    {u"x", QT_TRANSLATE_NOOP("Postwright::Core::HugoShortcodes", "Post on X"), u"id"},
    {u"twitter", QT_TRANSLATE_NOOP("Postwright::Core::HugoShortcodes", "Post on X"), u"id"},
    {u"tweet", QT_TRANSLATE_NOOP("Postwright::Core::HugoShortcodes", "Post on X"), u"id"},
    {u"instagram", QT_TRANSLATE_NOOP("Postwright::Core::HugoShortcodes", "Instagram post"), u"id"},
    {u"gist", QT_TRANSLATE_NOOP("Postwright::Core::HugoShortcodes", "GitHub gist"), u"id"},
};

const Embed *embedNamed(const QString &name)
{
    for (const Embed &embed : embeds) {
        if (name == QStringView(embed.name))
            return &embed;
    }
    return nullptr;
}

class CallRenderer {
public:
    CallRenderer(const ShortcodeCall &call, QStringView body, bool alone, TemplateExpansion &out)
        : m_call(call), m_body(body), m_alone(alone), m_out(out)
    {
    }

    TemplatePlaceholder render()
    {
        const QString &name = m_call.name;
        TemplatePlaceholder placeholder;
        if (name == u"figure")
            placeholder = figure();
        else if (name == u"highlight")
            placeholder = highlight();
        else if (name == u"ref" || name == u"relref")
            placeholder = reference(name == u"ref");
        else if (name == u"param")
            placeholder = parameter();
        else if (name == u"details")
            placeholder = details();
        else if (name == u"qr")
            placeholder = qrCode();
        else if (const Embed *embed = embedNamed(name))
            placeholder = embedded(*embed);
        else
            placeholder = sitesOwn();
        placeholder.standsAlone = m_alone;
        return placeholder;
    }

private:
    QString inner() const
    {
        return m_call.isPaired() ? m_body.sliced(m_call.innerStart, m_call.innerEnd - m_call.innerStart).toString()
                                 : QString();
    }
    QString get(const QString &key, int position = -1) const { return m_call.argument(key, position); }

    // Hugo 0.111's figure.html, its whitespace kept where it separates words in .Plain.
    TemplatePlaceholder figure() const
    {
        const QString caption = m_out.markdownify(get(u"caption"_s));
        const QString attr = m_out.markdownify(get(u"attr"_s));
        const QString title = get(u"title"_s);
        const QString link = get(u"link"_s);
        QString alt = get(u"alt"_s);
        if (alt.isEmpty() && !caption.isEmpty())
            alt = QString::fromStdString(plainOf(caption).text);
        QString html = u"<figure"_s + attribute(u"class"_s, get(u"class"_s)) + u'>';
        if (!link.isEmpty())
            html += u"<a"_s + attribute(u"href"_s, link) + attribute(u"target"_s, get(u"target"_s))
                + attribute(u"rel"_s, get(u"rel"_s)) + u'>';
        html += u"<img"_s + attribute(u"src"_s, get(u"src"_s)) + attribute(u"alt"_s, alt)
            + attribute(u"width"_s, get(u"width"_s)) + attribute(u"height"_s, get(u"height"_s)) + u"/>"_s;
        if (!link.isEmpty())
            html += u"</a>"_s;
        if (!title.isEmpty() || !caption.isEmpty() || !attr.isEmpty()) {
            html += u"<figcaption>\n"_s;
            if (!title.isEmpty())
                html += u"<h4>"_s + title.toHtmlEscaped() + u"</h4>"_s;
            if (!caption.isEmpty() || !attr.isEmpty()) {
                html += u"<p>"_s + caption;
                const QString attrLink = get(u"attrlink"_s);
                if (!attrLink.isEmpty())
                    html += u"\n<a"_s + attribute(u"href"_s, attrLink) + u'>';
                html += attr;
                if (!attrLink.isEmpty())
                    html += u"</a>"_s;
                html += u"</p>"_s;
            }
            html += u"\n</figcaption>"_s;
        }
        html += u"\n</figure>\n"_s;
        return withWordsOf(html);
    }

    static int lineNumberWords(const QString &options, const QString &code)
    {
        // "linenos=table" (or true) puts the numbers in a column of their own, each a word;
        // inline numbers are glued to the line's first word.
        for (const QString &option : options.split(u',', Qt::SkipEmptyParts)) {
            const QString trimmed = option.trimmed();
            if (trimmed == u"linenos=table" || trimmed == u"linenos=true")
                return int(code.count(u'\n')) + 1;
        }
        return 0;
    }

    TemplatePlaceholder highlight() const
    {
        const QString language = get(u"lang"_s, 0);
        const QString code = TemplateExpansion::codeBetweenTags(inner());
        TemplatePlaceholder placeholder;
        placeholder.html =
            u"<pre"_s + attribute(u"lang"_s, language) + u"><code>"_s + code.toHtmlEscaped() + u"</code></pre>\n"_s;
        const Plain plain = plainOf(u"<code>"_s + code.toHtmlEscaped().replace(u"&quot;"_s, u"&#34;"_s));
        placeholder.text = plain.text;
        placeholder.hugoText = plain.hugoText;
        if (const int numbers = lineNumberWords(get(u"options"_s, 1), code); numbers > 0) {
            placeholder.hugoExtraWords = numbers;
            for (int line = 1; line <= numbers; ++line)
                placeholder.hugoText += ' ' + std::to_string(line);
            placeholder.hugoText += ' ';
        }
        return placeholder;
    }

    TemplatePlaceholder reference(bool absolute) const
    {
        const QString target = get(u"path"_s, 0);
        const QString path = target.section(u'#', 0, 0);
        const QString anchor = target.contains(u'#') ? u'#' + target.section(u'#', 1) : QString();
        const TemplateContext &context = m_out.context();
        QString address;
        if (path.isEmpty()) {
            address = anchor; // a ref to a heading of the same page
        } else {
            QString key = path;
            while (key.startsWith(u'/'))
                key.remove(0, 1);
            address = context.postAddresses.value(key);
            if (address.isEmpty())
                address = context.postAddresses.value(key.section(u'/', -1));
            if (!address.isEmpty()) {
                if (absolute)
                    address.prepend(context.baseOrigin);
                address += anchor;
            }
        }
        TemplatePlaceholder placeholder;
        if (address.isEmpty()) {
            address = u"#"_s;
            if (context.knowsPosts)
                placeholder.warning = HugoShortcodes::tr(
                    "No post of this blog is at “%1”, which a %2 shortcode links to: Hugo will stop the build.")
                                          .arg(target, m_call.name);
        }
        placeholder.html = address.toHtmlEscaped();
        placeholder.text = placeholder.hugoText = address.toStdString();
        return placeholder;
    }

    TemplatePlaceholder parameter() const
    {
        const QString key = get(u"name"_s, 0).toLower();
        QString value = m_out.pageValue(key);
        const bool found = m_out.hasPageValue(key) || m_out.context().siteValues.contains(u"params."_s + key);
        if (value.isEmpty())
            value = m_out.context().siteValues.value(u"params."_s + key);
        TemplatePlaceholder placeholder;
        placeholder.html = value.toHtmlEscaped();
        placeholder.text = value.toStdString();
        placeholder.hugoText = value.toHtmlEscaped().toStdString();
        if (!found)
            placeholder.warning =
                HugoShortcodes::tr("Neither this post nor the site sets the parameter “%1”: Hugo will stop the build.")
                    .arg(key);
        return placeholder;
    }

    // Hugo 0.140's details.html: the summary, then the inner Markdown on its own line.
    TemplatePlaceholder details() const
    {
        QString summary = get(u"summary"_s);
        if (summary.isEmpty())
            summary = HugoShortcodes::tr("Details");
        const TemplateExpansion::Nested content = m_out.render(inner());
        TemplatePlaceholder placeholder;
        placeholder.html = u"<details"_s + (isTrue(get(u"open"_s)) ? u" open"_s : QString()) + u">\n<summary>"_s
            + m_out.markdownify(summary) + u"</summary>\n"_s + content.html + u"</details>\n"_s;
        const Plain summaryPlain = plainOf(m_out.markdownify(summary));
        placeholder.text = summaryPlain.text + ' ' + content.text;
        placeholder.hugoText = summaryPlain.hugoText + ' ' + content.hugoText;
        placeholder.hugoExtraWords = content.hugoExtraWords;
        return placeholder;
    }

    // Hugo draws the code as an image, which has no words.
    TemplatePlaceholder qrCode() const
    {
        QString text = get(u"text"_s, 0);
        if (text.isEmpty())
            text = TemplateExpansion::codeBetweenTags(inner()).trimmed();
        TemplatePlaceholder placeholder;
        placeholder.html = box(u"pw-embed"_s, HugoShortcodes::tr("QR code"), text);
        return placeholder;
    }

    // Never loads the remote content: the preview's policy blocks frames and remote scripts, and
    // this shows what will be there instead.
    TemplatePlaceholder embedded(const Embed &embed) const
    {
        QString id = get(QString::fromUtf16(embed.idKey),
            m_call.name == u"x" || m_call.name == u"twitter" || m_call.name == u"tweet" || m_call.name == u"gist" ? 1
                                                                                                                  : 0);
        if (m_call.name == u"gist" || m_call.name == u"x" || m_call.name == u"twitter" || m_call.name == u"tweet") {
            const QString user = get(u"user"_s, 0);
            if (!user.isEmpty())
                id = user + u'/' + id;
            const QString file = get(u"file"_s, 2);
            if (!file.isEmpty())
                id += u" · "_s + file;
        }
        TemplatePlaceholder placeholder;
        placeholder.html = box(u"pw-embed"_s, HugoShortcodes::tr(embed.label), id, m_call.name);
        return placeholder;
    }

    // The site's own shortcode: its template is the theme's, so the preview names it, shows its
    // arguments and renders what is inside it as Markdown.
    TemplatePlaceholder sitesOwn() const
    {
        const TemplateContext &context = m_out.context();
        TemplatePlaceholder placeholder;
        TemplateExpansion::Nested content;
        if (m_call.isPaired())
            content = m_out.render(m_alone ? inner() : inner().trimmed());
        QString innerHtml = content.html;
        if (!m_alone && innerHtml.startsWith(u"<p>"_s) && innerHtml.trimmed().endsWith(u"</p>"_s))
            innerHtml = m_out.markdownify(inner().trimmed());
        placeholder.html = box(u"pw-shortcode"_s, m_call.name, m_call.argumentsText(), m_call.name, innerHtml);
        placeholder.text = content.text;
        placeholder.hugoText = content.hugoText;
        placeholder.hugoExtraWords = content.hugoExtraWords;
        if (context.knowsSiteShortcodes && !context.siteShortcodes.contains(m_call.name)
            && !HugoShortcodes::isBuiltIn(m_call.name))
            placeholder.warning = HugoShortcodes::tr(
                "Neither the site nor its theme has a shortcode called “%1”: Hugo will stop the build.")
                                      .arg(m_call.name);
        return placeholder;
    }

    // A labelled box: a block of its own, or a span inside a line of text.
    QString box(const QString &kind, const QString &label, const QString &detail, const QString &name = {},
        const QString &innerHtml = {}) const
    {
        const QString element = m_alone ? u"div"_s : u"span"_s;
        QString html = u'<' + element + u" class=\""_s + kind + (m_alone ? QString() : u" pw-inline"_s) + u'"'
            + attribute(u"data-shortcode"_s, name) + u"><span class=\"pw-label\">"_s + label.toHtmlEscaped()
            + u"</span>"_s;
        if (!detail.isEmpty())
            html += u" <code class=\"pw-arguments\">"_s + detail.toHtmlEscaped() + u"</code>"_s;
        if (!innerHtml.isEmpty())
            html += u'<' + element + u" class=\"pw-inner\">"_s + innerHtml + u"</"_s + element + u'>';
        html += u"</"_s + element + u'>';
        return m_alone ? html + u'\n' : html;
    }

    const ShortcodeCall &m_call;
    QStringView m_body;
    bool m_alone;
    TemplateExpansion &m_out;
};

// A highlight call whose tags are on lines of their own, without line numbers, is a fenced code
// block to Hugo's highlighter too: writing it as one keeps every line where it was.
bool isFencedHighlight(const ShortcodeCall &call, QStringView body, bool alone)
{
    if (call.name != u"highlight" || !call.isPaired() || !alone
        || isTrue(call.argument(u"options"_s, 1).section(u"linenos="_s, 1).section(u',', 0, 0)))
        return false;
    const QStringView inner = body.sliced(call.innerStart, call.innerEnd - call.innerStart);
    qsizetype lineStart = inner.lastIndexOf(u'\n');
    if (!inner.startsWith(u'\n') && !inner.startsWith(u"\r\n"))
        return false;
    for (qsizetype i = lineStart + 1; i >= 1 && i < inner.size(); ++i) {
        if (!TemplateExpansion::isLineSpace(inner[i]))
            return false;
    }
    return lineStart >= 0;
}

} // namespace

bool HugoShortcodes::isBuiltIn(const QString &name)
{
    static const QStringList builtIns = {u"figure"_s, u"highlight"_s, u"ref"_s, u"relref"_s, u"param"_s, u"details"_s,
        u"qr"_s, u"youtube"_s, u"vimeo"_s, u"x"_s, u"twitter"_s, u"tweet"_s, u"instagram"_s, u"gist"_s, u"comment"_s};
    return builtIns.contains(name);
}

void HugoShortcodes::expand(QStringView body, TemplateExpansion &out)
{
    qsizetype copied = 0;
    for (const ShortcodeCall &call : ShortcodeParser::parse(body)) {
        out.copy(body.sliced(copied, call.start - copied));
        const QStringView written = body.sliced(call.start, call.end - call.start);
        const bool alone = TemplateExpansion::standsAlone(body, call.start, call.end);
        if (call.escaped) {
            out.replaceLineForLine(written, call.escapedText);
        } else if (isFencedHighlight(call, body, alone)) {
            const QString code =
                TemplateExpansion::codeBetweenTags(body.sliced(call.innerStart, call.innerEnd - call.innerStart));
            const QString fence = TemplateExpansion::fenceFor(code);
            const QString language = call.argument(u"lang"_s, 0);
            out.replaceLineForLine(written, fence + language + u'\n' + code + u'\n' + fence);
        } else if (call.name == u"comment") {
            TemplatePlaceholder nothing;
            nothing.standsAlone = alone;
            out.replace(written, std::move(nothing));
        } else {
            out.replace(written, CallRenderer(call, body, alone, out).render());
        }
        copied = call.end;
    }
    out.copy(body.sliced(copied));
}

} // namespace Postwright::Core
