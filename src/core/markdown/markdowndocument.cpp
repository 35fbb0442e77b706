#include "markdown/markdowndocument.h"

#include "markdown/templateexpansion.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <mutex>

namespace Postwright::Core {

namespace {

void registerExtensionsOnce()
{
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

bool isBlank(QByteArrayView line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

bool isFence(QByteArrayView line)
{
    qsizetype indent = 0;
    while (indent < line.size() && indent < 3 && line[indent] == ' ')
        ++indent;
    const QByteArrayView rest = line.sliced(indent);
    return rest.startsWith("```") || rest.startsWith("~~~");
}

// Lines that a blank line before would change the meaning of: code, tables, list continuations.
bool mustNotSplitBefore(QByteArrayView line)
{
    return line.startsWith('\t') || line.startsWith("    ") || line.startsWith('|');
}

// Returns the body with blank lines inserted into paragraphs longer than the piece size (and line
// breaks at spaces inside single lines longer than it), and fills which body line each parsed
// line came from. Returns an empty array when nothing needed splitting.
QByteArray withLongParagraphsInPieces(QByteArrayView utf8, std::vector<int> &bodyLineOf)
{
    const qsizetype piece = MarkdownDocument::paragraphPieceBytes;
    QByteArray out;
    bool splitting = false;
    bool inFence = false;
    qsizetype run = 0;
    int bodyLine = 1;
    const auto startSplitting = [&](qsizetype copiedUpTo) {
        if (splitting)
            return;
        splitting = true;
        out.reserve(utf8.size() + utf8.size() / piece * 2 + 16);
        out.append(utf8.first(copiedUpTo));
        for (int line = 1; line < bodyLine; ++line)
            bodyLineOf.push_back(line);
    };
    for (qsizetype position = 0; position < utf8.size(); ++bodyLine) {
        const qsizetype newline = utf8.indexOf('\n', position);
        const qsizetype end = newline < 0 ? utf8.size() : newline + 1;
        QByteArrayView line = utf8.sliced(position, end - position);
        const bool fence = isFence(line);
        if (fence)
            inFence = !inFence;
        if (isBlank(line) || inFence || fence) {
            run = 0;
        } else {
            if (run > 0 && run + line.size() > piece && !mustNotSplitBefore(line)) {
                startSplitting(position);
                out.append('\n');
                bodyLineOf.push_back(bodyLine);
                run = 0;
            }
            // One line longer than a piece: break it at spaces into paragraphs of its own.
            while (line.size() > piece && !mustNotSplitBefore(line)) {
                const qsizetype space = line.indexOf(' ', piece);
                if (space < 0)
                    break;
                startSplitting(position);
                out.append(line.first(space));
                out.append("\n\n");
                bodyLineOf.push_back(bodyLine);
                bodyLineOf.push_back(bodyLine);
                line = line.sliced(space + 1);
                position = end - line.size();
            }
            run += line.size();
        }
        if (splitting) {
            out.append(line);
            bodyLineOf.push_back(bodyLine);
        }
        position = end;
    }
    return out;
}

} // namespace

int MarkdownDocument::expandedLine(int parsedLine) const
{
    if (m_bodyLineOfParsedLine.empty())
        return parsedLine;
    return m_bodyLineOfParsedLine[std::clamp<std::size_t>(parsedLine, 1, m_bodyLineOfParsedLine.size()) - 1];
}

int MarkdownDocument::fileLine(int parsedLine) const
{
    const int line = expandedLine(parsedLine);
    return (m_templates ? m_templates->firstBodyLine(line) : line) + m_firstLine - 1;
}

int MarkdownDocument::fileLastLine(int parsedLine) const
{
    const int line = expandedLine(parsedLine);
    return (m_templates ? m_templates->lastBodyLine(line) : line) + m_firstLine - 1;
}

MarkdownDocument::MarkdownDocument(
    QByteArrayView utf8, int firstLine, const MarkdownOptions &options, const FrontMatter *page, int templateDepth)
    : m_arena(std::make_unique<NodeArena>()),
      m_templates(TemplateExpansion::expand(utf8, options, page, templateDepth)),
      m_firstLine(firstLine)
{
    if (m_templates)
        utf8 = m_templates->markdown();
    registerExtensionsOnce();
    const NodeArena::Scope scope(*m_arena);
    m_options = CMARK_OPT_GITHUB_PRE_LANG;
    // Looking for footnotes slows parsing by a sixth; a body without "[^" has none to find.
    if (utf8.contains("[^"))
        m_options |= CMARK_OPT_FOOTNOTES;
    if (options.allowRawHtml)
        m_options |= CMARK_OPT_UNSAFE;
    m_parser = cmark_parser_new_with_mem(m_options, NodeArena::allocator());
    for (const char *name : extensionNames) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(m_parser, extension);
    }
    const QByteArray pieces =
        utf8.size() > paragraphPieceBytes ? withLongParagraphsInPieces(utf8, m_bodyLineOfParsedLine) : QByteArray();
    const QByteArrayView parsed = m_bodyLineOfParsedLine.empty() ? utf8 : QByteArrayView(pieces);
    cmark_parser_feed(m_parser, parsed.constData(), size_t(parsed.size()));
    m_root = cmark_parser_finish(m_parser);
}

MarkdownDocument::~MarkdownDocument()
{
    // Every allocation for this document's parser and nodes was made inside its arena's scope
    // (parsing, reading, rendering), so releasing the arena releases them all: walking a
    // million-node tree to free each node one by one would cost a tenth of the parse.
}

_cmark_llist *MarkdownDocument::extensions() const
{
    return cmark_parser_get_syntax_extensions(m_parser);
}

} // namespace Postwright::Core
