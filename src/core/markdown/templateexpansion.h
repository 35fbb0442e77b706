#pragma once

#include "markdown/markdowndocument.h"
#include "markdown/templatecontext.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace Postwright::Core {

class FrontMatter;

// What the site shows where a shortcode or a Liquid tag was written, and what it gives to the
// word count.
struct TemplatePlaceholder {
    QString html;
    std::string text; // the words it shows, as a reader reads them (UTF-8), glued as the site's HTML glues them
    std::string hugoText; // the same as Hugo's .Plain has it: entities kept
    int hugoExtraWords = 0; // words Hugo counts that a reader does not (a code block's line numbers)
    QString warning; // a problem the build will have: a ref to no post, a missing parameter
    bool standsAlone = false; // on lines of its own: it takes its paragraph's place, as Hugo does
};

// A post body with its template syntax (Hugo shortcodes, Liquid) replaced before Markdown: each
// call becomes a token that the block renderer swaps for its HTML, and the reading-time count for
// its words; a highlight call on lines of its own becomes a fenced code block, an escaped call the
// text it shows. Lines keep their numbers: a line made of several body lines knows the first and
// the last, so blocks still map to the lines they were written on.
class TemplateExpansion final {
public:
    // Null when the body has none of the syntax. depth counts nested renders (inner content).
    static std::unique_ptr<TemplateExpansion> expand(
        QByteArrayView utf8Body, const MarkdownOptions &options, const FrontMatter *page, int depth);

    const QByteArray &markdown() const { return m_markdown; }
    // 1-based body lines of a 1-based line of the expanded text.
    int firstBodyLine(int line) const;
    int lastBodyLine(int line) const;

    // The problems the build will have, by 1-based body line: a ref to no post, say.
    const std::vector<std::pair<int, QString>> &warnings() const { return m_warnings; }

    // A rendered block's HTML with its tokens replaced (and its warnings under it).
    QString withPlaceholders(const QString &html) const;
    // Calls back with each piece of a text literal: plain text (placeholder null) or a token's placeholder.
    bool hasTokens(std::string_view literal) const;
    void forEachPiece(std::string_view literal,
        const std::function<void(std::string_view, const TemplatePlaceholder *)> &piece) const;

    // For the syntaxes' expanders.
    struct Nested {
        QString html;
        std::string text;
        std::string hugoText;
        int hugoExtraWords = 0;
    };
    const TemplateContext &context() const { return *m_options.templates; }
    // A front-matter value: Hugo's keys are case-insensitive, Liquid's as written; "a.b" reaches one level down.
    QString pageValue(const QString &key) const;
    bool hasPageValue(const QString &key) const;
    // Markdown rendered as the post's own would be, templates included, one level deeper.
    Nested render(QStringView markdown) const;
    // Hugo's markdownify: one paragraph loses its <p>.
    QString markdownify(QStringView markdown) const;
    void copy(QStringView text);
    // The written call becomes one token; its lines become one.
    void replace(QStringView written, TemplatePlaceholder placeholder);
    // The written call becomes other text, line for line where it can.
    void replaceLineForLine(QStringView written, QStringView replacement);

    // The code between a highlight's tags: without the line breaks right after the opening tag
    // and before the closing one, as Hugo and Jekyll drop them.
    static QString codeBetweenTags(QStringView inner);
    static bool isLineSpace(QChar c) { return c == u' ' || c == u'\t' || c == u'\r'; }
    // Nothing but spaces between a call and its line's start and end.
    static bool standsAlone(QStringView body, qsizetype start, qsizetype end);
    // A code fence longer than any run of backticks in the code.
    static QString fenceFor(const QString &code);

    TemplateExpansion(const MarkdownOptions &options, const FrontMatter *page, int depth);

private:
    void append(QStringView text, int consumedNewlines);
    const TemplatePlaceholder *nextToken(std::string_view text, size_t from, size_t &at, size_t &length) const;
    const TemplatePlaceholder *placeholderAt(std::string_view literal, size_t at, size_t &length) const;

    MarkdownOptions m_options;
    const FrontMatter *m_page;
    int m_depth;
    QString m_text;
    QByteArray m_markdown;
    std::vector<TemplatePlaceholder> m_placeholders;
    std::vector<std::pair<int, QString>> m_warnings;
    std::vector<std::pair<int, int>> m_bodyLines; // per expanded line: its first and last body line
    int m_bodyLine = 1;
};

} // namespace Postwright::Core
