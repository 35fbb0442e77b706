#include "editor/markdownhighlighter.h"

#include "editor/coderules.h"
#include "spelling/spellchecker.h"

#include <QTextDocument>

namespace Postwright::App {

namespace {

// Block states: what a line continues. Fences remember their character and length.
enum State : int {
    Normal = -1,
    FrontMatterYaml = 1,
    FrontMatterToml = 2,
    InComment = 3,
    InFenceBase = 0x100, // | (character == '~' ? 0x80 : 0) | length | (language + 1) << languageShift
};
constexpr int languageShift = 10;

bool isBlank(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

int leadingSpaces(const QString &text)
{
    int count = 0;
    while (count < text.size() && text[count] == u' ')
        ++count;
    return count;
}

// A fence line: up to three spaces, then three or more of ` or ~. Returns its length, or 0.
int fenceLength(const QString &text, QChar *character)
{
    const int indent = leadingSpaces(text);
    if (indent > 3 || indent >= text.size() || (text[indent] != u'`' && text[indent] != u'~'))
        return 0;
    const QChar fence = text[indent];
    int length = 0;
    while (indent + length < text.size() && text[indent + length] == fence)
        ++length;
    if (length < 3)
        return 0;
    *character = fence;
    return length;
}

bool isDelimiterLine(const QString &text, QStringView delimiter)
{
    return QStringView(text).trimmed() == delimiter;
}

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document, bool dark) : QSyntaxHighlighter(document)
{
    setDark(dark);
}

void MarkdownHighlighter::setDark(bool dark)
{
    auto color = [dark](const char *light, const char *darkColor) {
        return QColor(QLatin1StringView(dark ? darkColor : light));
    };
    for (QTextCharFormat &format : m_formats)
        format = QTextCharFormat();
    auto &heading = m_formats[int(Role::Heading)];
    heading.setFontWeight(QFont::Bold);
    heading.setForeground(color("#1f4e8c", "#8ab4f8"));
    m_formats[int(Role::Emphasis)].setFontItalic(true);
    m_formats[int(Role::Strong)].setFontWeight(QFont::Bold);
    m_formats[int(Role::Strikethrough)].setFontStrikeOut(true);
    auto &code = m_formats[int(Role::Code)];
    code.setForeground(color("#8a3b12", "#e6b673"));
    code.setBackground(color("#f4f1ea", "#2b2d31"));
    m_formats[int(Role::FenceMarker)].setForeground(color("#8a8f98", "#7d828a"));
    auto &language = m_formats[int(Role::CodeLanguage)];
    language.setForeground(color("#6f42c1", "#c792ea"));
    language.setFontWeight(QFont::Bold);
    m_formats[int(Role::LinkText)].setForeground(color("#0b6bcb", "#7fb5ff"));
    m_formats[int(Role::LinkTarget)].setForeground(color("#8a8f98", "#7d828a"));
    m_formats[int(Role::LinkTarget)].setFontUnderline(true);
    m_formats[int(Role::ListMarker)].setForeground(color("#b35900", "#ffab70"));
    m_formats[int(Role::ListMarker)].setFontWeight(QFont::Bold);
    m_formats[int(Role::Quote)].setForeground(color("#57606a", "#a0a7b0"));
    m_formats[int(Role::Quote)].setFontItalic(true);
    m_formats[int(Role::TablePipe)].setForeground(color("#8a8f98", "#7d828a"));
    m_formats[int(Role::Comment)].setForeground(color("#8a8f98", "#6b7079"));
    m_formats[int(Role::Comment)].setFontItalic(true);
    m_formats[int(Role::MetadataDelimiter)].setForeground(color("#8a8f98", "#7d828a"));
    m_formats[int(Role::MetadataKey)].setForeground(color("#116329", "#7ee787"));
    m_formats[int(Role::MetadataKey)].setFontWeight(QFont::Bold);
    m_formats[int(Role::MetadataValue)].setForeground(color("#0a3069", "#a5d6ff"));
    m_formats[int(Role::MetadataValue)].setBackground(color("#f6f8fa", "#24262b"));
    // Code tokens keep the code background and take their own colours.
    const auto codeToken = [&](Role role, const char *light, const char *darkColor) {
        m_formats[int(role)] = code;
        m_formats[int(role)].setForeground(color(light, darkColor));
    };
    codeToken(Role::CodeKeyword, "#cf222e", "#ff7b72");
    m_formats[int(Role::CodeKeyword)].setFontWeight(QFont::Bold);
    codeToken(Role::CodeString, "#0a3069", "#a5d6ff");
    codeToken(Role::CodeComment, "#6e7781", "#8b949e");
    m_formats[int(Role::CodeComment)].setFontItalic(true);
    codeToken(Role::CodeNumber, "#0550ae", "#79c0ff");
    auto &templateSyntax = m_formats[int(Role::Template)];
    templateSyntax.setForeground(color("#7d4e00", "#e3b341"));
    templateSyntax.setBackground(color("#fff8e6", "#2e2a1f"));
    rehighlight();
}

void MarkdownHighlighter::apply(int start, int length, Role role)
{
    if (length <= 0)
        return;
    setFormat(start, length, m_formats[int(role)]);
    switch (role) {
    case Role::Code:
    case Role::FenceMarker:
    case Role::CodeLanguage:
    case Role::LinkTarget:
    case Role::Comment:
    case Role::MetadataDelimiter:
    case Role::MetadataKey:
    case Role::CodeKeyword:
    case Role::CodeString:
    case Role::CodeComment:
    case Role::CodeNumber:
    case Role::Template:
        for (int i = start; i < start + length && i < m_notProse.size(); ++i)
            m_notProse[i] = true;
        break;
    default: break;
    }
}

void MarkdownHighlighter::setSpellChecker(const Core::SpellChecker *checker)
{
    m_spellChecker = checker;
    rehighlight();
}

bool MarkdownHighlighter::isMisspelledFormat(const QTextCharFormat &format)
{
    return format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    m_notProse.fill(false, text.size());
    highlightMarkdown(text);
    highlightTemplateSyntax(text);
    if (m_spellChecker)
        underlineMisspellings(text);
}

void MarkdownHighlighter::underlineMisspellings(const QString &text)
{
    const int size = int(text.size());
    for (int i = 0; i < size;) {
        if (!text[i].isLetter()) {
            ++i;
            continue;
        }
        int end = i;
        bool hasDigit = false;
        while (end < size && (text[end].isLetterOrNumber() || text[end] == u'\'' || text[end] == u'’')) {
            hasDigit = hasDigit || text[end].isDigit();
            ++end;
        }
        while (end > i && (text[end - 1] == u'\'' || text[end - 1] == u'’'))
            --end;
        bool prose = true;
        for (int k = i; k < end && prose; ++k)
            prose = !m_notProse[k];
        // Words glued to "/" or "." are paths and addresses, not prose.
        const bool path = (i > 0 && (text[i - 1] == u'/' || text[i - 1] == u'.' || text[i - 1] == u'@'))
            || (end < size && (text[end] == u'/' || text[end] == u'@'));
        if (prose && !hasDigit && !path && end - i > 1 && !m_spellChecker->isCorrect(text.mid(i, end - i))) {
            for (int k = i; k < end; ++k) {
                QTextCharFormat underlined = format(k);
                underlined.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
                underlined.setUnderlineColor(QColor(220, 40, 40));
                setFormat(k, 1, underlined);
            }
        }
        i = end + 1;
    }
}

void MarkdownHighlighter::highlightCode(const QString &text, int language)
{
    apply(0, int(text.size()), Role::Code);
    CodeRules::tokenize(language, text, [this](int start, int length, CodeRules::Token token) {
        static constexpr Role roles[] = {Role::CodeKeyword, Role::CodeString, Role::CodeComment, Role::CodeNumber};
        apply(start, length, roles[int(token)]);
    });
}

// {{< name >}}, {{% name %}} and {{</* escaped */>}} (Hugo), {% tag %} and {{ value }} (Liquid):
// the site's template syntax, on one line. Code and comments stay as they are.
void MarkdownHighlighter::highlightTemplateSyntax(const QString &text)
{
    qsizetype at = 0;
    while ((at = text.indexOf(u'{', at)) >= 0 && at + 1 < text.size()) {
        const QChar second = text[at + 1];
        if ((second != u'{' && second != u'%') || m_notProse.value(at)) {
            ++at;
            continue;
        }
        QString close = second == u'%' ? u"%}"_qs : u"}}"_qs;
        qsizetype end = text.indexOf(close, at + 2);
        const qsizetype length = end < 0 ? text.size() - at : end + 2 - at;
        apply(int(at), int(length), Role::Template);
        at += length;
    }
}

void MarkdownHighlighter::highlightMarkdown(const QString &text)
{
    const int previous = previousBlockState();
    setCurrentBlockState(Normal);

    // Front matter: only a block that opens on the very first line.
    if (currentBlock().blockNumber() == 0 && (isDelimiterLine(text, u"---") || isDelimiterLine(text, u"+++"))) {
        apply(0, int(text.size()), Role::MetadataDelimiter);
        setCurrentBlockState(text.trimmed() == u"---" ? FrontMatterYaml : FrontMatterToml);
        return;
    }
    if (previous == FrontMatterYaml || previous == FrontMatterToml) {
        if (isDelimiterLine(text, previous == FrontMatterYaml ? u"---" : u"+++")) {
            apply(0, int(text.size()), Role::MetadataDelimiter);
            return;
        }
        highlightFrontMatterLine(text);
        setCurrentBlockState(previous);
        return;
    }

    if (previous >= InFenceBase) {
        const QChar open = (previous & 0x80) ? u'~' : u'`';
        const int openLength = previous & 0x7F;
        QChar fence;
        const int length = fenceLength(text, &fence);
        if (length >= openLength && fence == open && isBlank(text.mid(text.indexOf(fence) + length))) {
            apply(0, int(text.size()), Role::FenceMarker);
            return;
        }
        highlightCode(text, (previous >> languageShift) - 1);
        setCurrentBlockState(previous);
        return;
    }

    if (previous == InComment) {
        const int end = int(text.indexOf(u"-->"));
        if (end < 0) {
            apply(0, int(text.size()), Role::Comment);
            setCurrentBlockState(InComment);
            return;
        }
        apply(0, end + 3, Role::Comment);
        highlightInline(text, end + 3);
        return;
    }

    QChar fence;
    if (const int length = fenceLength(text, &fence)) {
        const int start = int(text.indexOf(fence));
        apply(0, start + length, Role::FenceMarker);
        apply(start + length, int(text.size()) - start - length, Role::CodeLanguage);
        const int language = CodeRules::languageOf(QStringView(text).sliced(start + length));
        setCurrentBlockState(
            InFenceBase | (fence == u'~' ? 0x80 : 0) | qMin(length, 0x7F) | ((language + 1) << languageShift));
        return;
    }
    const int indent = leadingSpaces(text);
    if (indent >= 4 && !isBlank(text)) {
        apply(0, int(text.size()), Role::Code);
        return;
    }
    int position = indent;
    if (position < text.size() && text[position] == u'#') {
        int level = 0;
        while (position + level < text.size() && text[position + level] == u'#')
            ++level;
        if (level <= 6 && (position + level == text.size() || text[position + level] == u' ')) {
            apply(0, int(text.size()), Role::Heading);
            return;
        }
    }
    // Thematic breaks and setext underlines.
    const QString trimmed = text.trimmed();
    if (trimmed.size() >= 3
        && (trimmed.count(u'-') == trimmed.size() || trimmed.count(u'=') == trimmed.size()
            || trimmed.count(u'*') == trimmed.size())) {
        apply(0, int(text.size()), trimmed[0] == u'*' ? Role::FenceMarker : Role::Heading);
        return;
    }
    bool quoted = false;
    while (position < text.size() && text[position] == u'>') {
        quoted = true;
        apply(position, 1, Role::ListMarker);
        ++position;
        while (position < text.size() && text[position] == u' ')
            ++position;
    }
    // List markers: -, *, + or a number with . or ), then a space; then an optional task box.
    if (position < text.size()) {
        int marker = 0;
        if ((text[position] == u'-' || text[position] == u'*' || text[position] == u'+') && position + 1 < text.size()
            && text[position + 1] == u' ') {
            marker = 1;
        } else {
            int digits = 0;
            while (position + digits < text.size() && text[position + digits].isDigit() && digits < 9)
                ++digits;
            if (digits > 0 && position + digits + 1 < text.size()
                && (text[position + digits] == u'.' || text[position + digits] == u')')
                && text[position + digits + 1] == u' ')
                marker = digits + 1;
        }
        if (marker > 0) {
            apply(position, marker, Role::ListMarker);
            position += marker + 1;
            if (position + 2 < text.size() && text[position] == u'[' && text[position + 2] == u']'
                && (text[position + 1] == u' ' || text[position + 1] == u'x' || text[position + 1] == u'X')) {
                apply(position, 3, Role::ListMarker);
                position += 3;
            }
        }
    }
    if (quoted)
        apply(position, int(text.size()) - position, Role::Quote);
    highlightInline(text, position);
}

void MarkdownHighlighter::highlightFrontMatterLine(const QString &text)
{
    const int indent = leadingSpaces(text);
    if (indent < text.size() && text[indent] == u'#') {
        apply(0, int(text.size()), Role::Comment);
        return;
    }
    apply(0, int(text.size()), Role::MetadataValue);
    int end = indent;
    while (end < text.size() && text[end] != u':' && text[end] != u'=' && text[end] != u' ')
        ++end;
    if (end < text.size() && end > indent && (text[end] == u':' || text[end] == u'=' || text[end] == u' '))
        apply(indent, end - indent, Role::MetadataKey);
    else if (indent < text.size() && text[indent] == u'-')
        apply(indent, 1, Role::ListMarker);
}

int MarkdownHighlighter::highlightLinkAt(const QString &text, int at, bool image)
{
    // [text](target) or ![alt](target): returns where it ends, or -1 when it is not a link.
    const int open = at + (image ? 1 : 0);
    const int close = int(text.indexOf(u']', open + 1));
    if (close < 0 || close + 1 >= text.size() || text[close + 1] != u'(')
        return -1;
    const int end = int(text.indexOf(u')', close + 2));
    if (end < 0)
        return -1;
    apply(at, close - at + 1, Role::LinkText);
    apply(close + 1, end - close, Role::LinkTarget);
    return end + 1;
}

void MarkdownHighlighter::highlightInline(const QString &text, int from)
{
    const int size = int(text.size());
    if (text.startsWith(u'|') || (text.contains(u" | ") && text.count(u'|') >= 2)) {
        for (int i = from; i < size; ++i) {
            if (text[i] == u'|')
                apply(i, 1, Role::TablePipe);
        }
    }
    for (int i = from; i < size;) {
        const QChar c = text[i];
        if (c == u'\\') {
            i += 2;
            continue;
        }
        if (c == u'`') {
            int ticks = 0;
            while (i + ticks < size && text[i + ticks] == u'`')
                ++ticks;
            const int close = int(text.indexOf(QString(ticks, u'`'), i + ticks));
            if (close < 0) {
                i += ticks;
                continue;
            }
            apply(i, close + ticks - i, Role::Code);
            i = close + ticks;
            continue;
        }
        if (c == u'<' && text.mid(i, 4) == u"<!--") {
            const int close = int(text.indexOf(u"-->", i + 4));
            if (close < 0) {
                apply(i, size - i, Role::Comment);
                setCurrentBlockState(InComment);
                return;
            }
            apply(i, close + 3 - i, Role::Comment);
            i = close + 3;
            continue;
        }
        if (c == u'!' && i + 1 < size && text[i + 1] == u'[') {
            const int end = highlightLinkAt(text, i, true);
            i = end > 0 ? end : i + 1;
            continue;
        }
        if (c == u'[') {
            const int end = highlightLinkAt(text, i, false);
            i = end > 0 ? end : i + 1;
            continue;
        }
        if ((c == u'h') && (text.mid(i, 7) == u"http://" || text.mid(i, 8) == u"https://")) {
            int end = i;
            while (end < size && !text[end].isSpace() && text[end] != u')' && text[end] != u'>')
                ++end;
            apply(i, end - i, Role::LinkTarget);
            i = end;
            continue;
        }
        if (c == u'*' || c == u'_' || c == u'~') {
            int run = 0;
            while (i + run < size && text[i + run] == c)
                ++run;
            const int strength = qMin(run, 2);
            const QString delimiter(strength, c);
            const int close = int(text.indexOf(delimiter, i + run));
            // Emphasis needs text right after the opening run and right before the closing one.
            // Underscores inside a word (snake_case) are not emphasis.
            const bool intraword = c == u'_'
                && ((i > 0 && text[i - 1].isLetterOrNumber())
                    || (close >= 0 && close + strength < size && text[close + strength].isLetterOrNumber()));
            if (close > i + run && !intraword && !text[i + run].isSpace() && !text[close - 1].isSpace()) {
                const Role role = c == u'~' ? Role::Strikethrough : (strength == 2 ? Role::Strong : Role::Emphasis);
                QTextCharFormat combined = QSyntaxHighlighter::format(i + run);
                combined.merge(m_formats[int(role)]);
                setFormat(i, close + strength - i, combined);
                i = close + strength;
                continue;
            }
            i += run;
            continue;
        }
        ++i;
    }
}

} // namespace Postwright::App
