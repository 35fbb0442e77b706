#include "markdown/shortcodeparser.h"

#include <optional>
#include <vector>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

// A call's arguments and its closing delimiter stay within this many characters of its start:
// past that, "{{<" is taken to be text.
constexpr qsizetype longestTag = 8192;

struct Tag {
    ShortcodeCall call;
    bool closing = false;
    bool selfClosing = false;
};

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

class TagLexer {
public:
    TagLexer(QStringView text, qsizetype start)
        : m_text(text),
          m_start(start),
          m_position(start + 3),
          m_limit(qMin(text.size(), start + longestTag)),
          m_closing(text[start + 2] == u'<' ? u">}}"_s : u"%}}"_s)
    {
    }

    std::optional<Tag> lex()
    {
        Tag tag;
        tag.call.start = m_start;
        tag.call.markdownNotation = m_text[m_start + 2] == u'%';
        skipSpaces();
        if (at(u"/*")) {
            const qsizetype commentEnd = m_text.indexOf(u"*/", m_position + 2);
            if (commentEnd < 0 || commentEnd >= m_limit)
                return std::nullopt;
            const QStringView written = m_text.sliced(m_position + 2, commentEnd - m_position - 2);
            m_position = commentEnd + 2;
            skipSpaces();
            if (!at(m_closing))
                return std::nullopt;
            tag.call.escaped = true;
            tag.call.escapedText = m_text.sliced(m_start, 3).toString() + written.toString() + m_closing;
            tag.call.end = m_position + 3;
            return tag;
        }
        if (at(u"/")) {
            tag.closing = true;
            ++m_position;
            skipSpaces();
        }
        tag.call.name = name();
        if (tag.call.name.isEmpty())
            return std::nullopt;
        for (;;) {
            skipSpaces();
            if (m_position >= m_limit)
                return std::nullopt;
            if (at(m_closing)) {
                m_position += 3;
                break;
            }
            if (at(u'/' + m_closing)) {
                tag.selfClosing = true;
                m_position += 4;
                break;
            }
            if (tag.closing)
                return std::nullopt;
            const std::optional<QString> first = argument();
            if (!first)
                return std::nullopt;
            qsizetype afterFirst = m_position;
            while (afterFirst < m_limit && (m_text[afterFirst] == u' ' || m_text[afterFirst] == u'\t'))
                ++afterFirst;
            if (afterFirst < m_limit && m_text[afterFirst] == u'=') {
                m_position = afterFirst + 1;
                skipSpaces();
                const std::optional<QString> value = argument();
                if (!value)
                    return std::nullopt;
                tag.call.named.append({*first, *value});
            } else {
                tag.call.positional.append(*first);
            }
        }
        tag.call.end = m_position;
        return tag;
    }

private:
    bool at(QStringView what) const
    {
        return m_position + what.size() <= m_limit && m_text.sliced(m_position, what.size()) == what;
    }
    void skipSpaces()
    {
        while (m_position < m_limit && isSpace(m_text[m_position]))
            ++m_position;
    }
    bool endsBareWord() const
    {
        const QChar c = m_text[m_position];
        return isSpace(c) || at(m_closing) || at(u'/' + m_closing);
    }
    QString name()
    {
        const qsizetype begin = m_position;
        while (m_position < m_limit && !endsBareWord()) {
            const QChar c = m_text[m_position];
            if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' || c == u'/'))
                return {};
            ++m_position;
        }
        return m_text.sliced(begin, m_position - begin).toString();
    }
    std::optional<QString> argument()
    {
        const QChar quote = m_text[m_position];
        if (quote == u'"' || quote == u'`') {
            QString value;
            for (qsizetype i = m_position + 1; i < m_limit; ++i) {
                const QChar c = m_text[i];
                if (c == quote) {
                    m_position = i + 1;
                    return value;
                }
                // Only a quoted string has escapes: \" and a backslash before anything else kept.
                if (quote == u'"' && c == u'\\' && i + 1 < m_limit && m_text[i + 1] == u'"') {
                    value += u'"';
                    ++i;
                    continue;
                }
                value += c;
            }
            return std::nullopt;
        }
        const qsizetype begin = m_position;
        while (m_position < m_limit && !endsBareWord() && m_text[m_position] != u'=')
            ++m_position;
        if (m_position == begin)
            return std::nullopt;
        return m_text.sliced(begin, m_position - begin).toString();
    }

    QStringView m_text;
    qsizetype m_start;
    qsizetype m_position;
    qsizetype m_limit;
    QString m_closing;
};

} // namespace

QString ShortcodeCall::argument(const QString &key, int position) const
{
    for (const auto &[name, value] : named) {
        if (name == key)
            return value;
    }
    return position >= 0 ? positional.value(position) : QString();
}

bool ShortcodeCall::hasArgument(const QString &key) const
{
    for (const auto &pair : named) {
        if (pair.first == key)
            return true;
    }
    return false;
}

QString ShortcodeCall::argumentsText() const
{
    QStringList parts;
    const auto quoted = [](const QString &value) {
        return value.contains(u' ') || value.isEmpty() ? u'"' + value + u'"' : value;
    };
    for (const QString &value : positional)
        parts.append(quoted(value));
    for (const auto &[name, value] : named)
        parts.append(name + u'=' + quoted(value));
    return parts.join(u' ');
}

QList<ShortcodeCall> ShortcodeParser::parse(QStringView text)
{
    std::vector<Tag> tags;
    for (qsizetype at = text.indexOf(u"{{"); at >= 0 && at + 2 < text.size(); at = text.indexOf(u"{{", at)) {
        const QChar kind = text[at + 2];
        if (kind != u'<' && kind != u'%') {
            at += 2;
            continue;
        }
        std::optional<Tag> tag = TagLexer(text, at).lex();
        if (!tag) {
            at += 3;
            continue;
        }
        at = tag->call.end;
        tags.push_back(std::move(*tag));
    }

    // A closing tag pairs with the nearest open call of its name; calls left open in between
    // stand alone.
    std::vector<int> closingOf(tags.size(), -1);
    std::vector<int> open;
    for (int i = 0; i < int(tags.size()); ++i) {
        const Tag &tag = tags[size_t(i)];
        if (tag.closing) {
            for (int s = int(open.size()) - 1; s >= 0; --s) {
                if (tags[size_t(open[size_t(s)])].call.name == tag.call.name) {
                    closingOf[size_t(open[size_t(s)])] = i;
                    open.resize(size_t(s));
                    break;
                }
            }
        } else if (!tag.selfClosing && !tag.call.escaped) {
            open.push_back(i);
        }
    }

    QList<ShortcodeCall> calls;
    qsizetype coveredUntil = 0;
    for (int i = 0; i < int(tags.size()); ++i) {
        Tag &tag = tags[size_t(i)];
        if (tag.call.start < coveredUntil || tag.closing)
            continue;
        if (const int closing = closingOf[size_t(i)]; closing >= 0) {
            const ShortcodeCall &closeCall = tags[size_t(closing)].call;
            tag.call.innerStart = tag.call.end;
            tag.call.innerEnd = closeCall.start;
            tag.call.end = closeCall.end;
        }
        coveredUntil = tag.call.end;
        calls.append(std::move(tag.call));
    }
    return calls;
}

} // namespace Postwright::Core
