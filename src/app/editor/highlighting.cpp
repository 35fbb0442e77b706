#include "editor/highlighting.h"

#include "editor/markdownhighlighter.h"

#ifdef POSTWRIGHT_HAVE_KF6_SYNTAX_HIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace Postwright::App::Highlighting {

#ifdef POSTWRIGHT_HAVE_KF6_SYNTAX_HIGHLIGHTING

namespace {

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

} // namespace

QString backendName()
{
    return QStringLiteral("KSyntaxHighlighting (KF6)");
}

QSyntaxHighlighter *attach(QTextDocument *document, bool dark)
{
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setDefinition(repository().definitionForName(QStringLiteral("Markdown")));
    setDark(highlighter, dark);
    return highlighter;
}

void setDark(QSyntaxHighlighter *highlighter, bool dark)
{
    auto *syntax = static_cast<KSyntaxHighlighting::SyntaxHighlighter *>(highlighter);
    syntax->setTheme(repository().defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme));
    syntax->rehighlight();
}

#else

QString backendName()
{
    return QStringLiteral("built-in");
}

QSyntaxHighlighter *attach(QTextDocument *document, bool dark)
{
    return new MarkdownHighlighter(document, dark);
}

void setDark(QSyntaxHighlighter *highlighter, bool dark)
{
    static_cast<MarkdownHighlighter *>(highlighter)->setDark(dark);
}

#endif

} // namespace Postwright::App::Highlighting
