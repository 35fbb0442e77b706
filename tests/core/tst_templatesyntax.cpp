#include "document/post.h"
#include "markdown/markdownrenderer.h"
#include "markdown/shortcodeparser.h"
#include "markdown/templatecontext.h"
#include "site/postlibrary.h"
#include "site/sitemodel.h"
#include "site/sitetemplates.h"
#include "support/files.h"
#include "support/golden.h"
#include "support/testpaths.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

namespace {

QString dataFolder()
{
    return TestPaths::sourceDir() + u"/tests/data/templates"_s;
}

QString readFile(const QString &path)
{
    return QString::fromUtf8(readBytes(path));
}

// The blog the golden files are rendered for: a notice shortcode of its own, an author in its
// configuration, and one other post, "hello", at /blog/posts/hello/ (Hugo) or
// /blog/2024/01/02/hello.html (Jekyll).
std::shared_ptr<const TemplateContext> contextFor(TemplateSyntax syntax)
{
    auto context = std::make_shared<TemplateContext>();
    context->syntax = syntax;
    context->knowsPosts = true;
    context->baseOrigin = u"https://example.org"_s;
    if (syntax == TemplateSyntax::HugoShortcodes) {
        context->siteShortcodes = {u"notice"_s};
        context->knowsSiteShortcodes = true;
        context->siteValues = {{u"params.author"_s, u"Ada"_s}, {u"title"_s, u"Harbour Notes"_s}};
        for (const QString &name : {u"posts/hello.md"_s, u"posts/hello"_s, u"hello.md"_s, u"hello"_s})
            context->postAddresses.insert(name, u"/blog/posts/hello/"_s);
    } else {
        context->siteValues = {{u"title"_s, u"Harbour Notes"_s}, {u"author.name"_s, u"Ada"_s}};
        for (const QString &name : {u"_posts/2024-01-02-hello.md"_s, u"2024-01-02-hello"_s})
            context->postAddresses.insert(name, u"/blog/2024/01/02/hello.html"_s);
    }
    return context;
}

MarkdownOptions optionsFor(const QString &name)
{
    return {false, contextFor(name.startsWith(u"liquid-"_s) ? TemplateSyntax::Liquid : TemplateSyntax::HugoShortcodes)};
}

// The reference format: each block's lines and HTML, then the words the post gives each count.
QString describe(const Post &post)
{
    QString text;
    for (const RenderedBlock &block : post.blocks())
        text += u"<!-- block lines %1-%2 -->\n"_s.arg(block.firstLine).arg(block.lastLine) + block.html;
    const WordCounts &words = post.words();
    text += u"<!-- words: hugo %1, plain %2, reading time %3 -->\n"_s.arg(words.hugo)
                .arg(words.plain)
                .arg(words.readingTime);
    return text;
}

Post analysed(const QString &text, TemplateSyntax syntax)
{
    return Post::analyse(text, MarkdownOptions{false, contextFor(syntax)});
}

QString html(const QString &text, TemplateSyntax syntax = TemplateSyntax::HugoShortcodes)
{
    return MarkdownRenderer::joinedHtml(analysed(text, syntax).renderBlocks());
}

} // namespace

class TestTemplateSyntax final : public QObject {
    Q_OBJECT

private slots:
    void goldenFiles_data();
    void goldenFiles();
    void theParserReadsArgumentsAsHugoDoes();
    void theParserPairsClosingTagsAndSkipsUnclosedOnes();
    void withoutTemplateSyntaxTheOutputIsPlainCommonMark();
    void blocksKeepTheLinesTheyWereWrittenOn();
    void shortcodesAreNotWordsButTheirCaptionsAre();
    void nestingCannotRecurseForever();
    void theSiteGivesItsShortcodesValuesAndPosts();
};

void TestTemplateSyntax::goldenFiles_data()
{
    QTest::addColumn<QString>("name");
    const QStringList inputs = QDir(dataFolder() + u"/input"_s).entryList({u"*.md"_s}, QDir::Files, QDir::Name);
    QVERIFY(inputs.size() >= 9);
    for (const QString &input : inputs)
        QTest::newRow(qPrintable(input)) << QFileInfo(input).completeBaseName();
}

void TestTemplateSyntax::goldenFiles()
{
    QFETCH(QString, name);
    const QString input = readFile(dataFolder() + u"/input/"_s + name + u".md"_s);
    QVERIFY(!input.isEmpty());
    const QString actual = describe(Post::analyse(input, optionsFor(name)));
    QVERIFY(matchesGoldenFile(actual, dataFolder() + u"/reference/"_s + name + u".html"_s));
}

void TestTemplateSyntax::theParserReadsArgumentsAsHugoDoes()
{
    const QString text = uR"(a {{< figure src="a \"b\".png" `raw "x"` bare alt='no' >}} b)"_s;
    const QList<ShortcodeCall> calls = ShortcodeParser::parse(text);
    QCOMPARE(calls.size(), 1);
    const ShortcodeCall &call = calls.first();
    QCOMPARE(call.name, u"figure"_s);
    QCOMPARE(call.argument(u"src"_s), uR"(a "b".png)"_s);
    QCOMPARE(call.positional, QStringList({uR"(raw "x")"_s, u"bare"_s}));
    QCOMPARE(call.start, text.indexOf(u"{{<"_s));
    QCOMPARE(call.end, text.indexOf(u">}}"_s) + 3);
    QVERIFY(!call.markdownNotation);
    QVERIFY(!call.isPaired());

    const QList<ShortcodeCall> positional = ShortcodeParser::parse(u"{{% notice tip \"A title\" /%}}"_s);
    QCOMPARE(positional.size(), 1);
    QVERIFY(positional.first().markdownNotation);
    QCOMPARE(positional.first().argument(u"title"_s, 1), u"A title"_s);
    QCOMPARE(positional.first().argument(u"kind"_s, 0), u"tip"_s);

    const QList<ShortcodeCall> escaped = ShortcodeParser::parse(u"x {{</* ref \"a.md\" */>}} y"_s);
    QCOMPARE(escaped.size(), 1);
    QVERIFY(escaped.first().escaped);
    QCOMPARE(escaped.first().escapedText, u"{{< ref \"a.md\" >}}"_s);
}

void TestTemplateSyntax::theParserPairsClosingTagsAndSkipsUnclosedOnes()
{
    const QString text = u"{{% box %}}out {{% box %}}in{{% /box %}} more{{% /box %}} {{< ref \"x\" "_s;
    const QList<ShortcodeCall> calls = ShortcodeParser::parse(text);
    QCOMPARE(calls.size(), 1); // the inner box is its outer box's content; the unclosed ref is text
    const ShortcodeCall &box = calls.first();
    QVERIFY(box.isPaired());
    QCOMPARE(text.sliced(box.innerStart, box.innerEnd - box.innerStart), u"out {{% box %}}in{{% /box %}} more"_s);
    QCOMPARE(box.end, text.indexOf(u" {{< ref"_s));
}

void TestTemplateSyntax::withoutTemplateSyntaxTheOutputIsPlainCommonMark()
{
    const QString text = u"# Title\n\nA {{< figure src=\"a.png\" >}} and {% raw %} here.\n"_s;
    const QString plain = MarkdownRenderer::joinedHtml(Post::analyse(text).renderBlocks());
    QVERIFY(plain.contains(u"{{&lt; figure src=&quot;a.png&quot; &gt;}}"_s));
    QVERIFY(plain.contains(u"{% raw %}"_s));
    // A Hugo blog does not read Liquid, nor Jekyll shortcodes.
    QVERIFY(html(text).contains(u"{% raw %}"_s));
    // Jekyll's lax Liquid shows nothing for what it cannot parse (it warns): "A  and".
    QVERIFY(html(text, TemplateSyntax::Liquid).contains(u"<p>A  and"_s));
}

void TestTemplateSyntax::blocksKeepTheLinesTheyWereWrittenOn()
{
    const QString text = u"First.\n\n{{< figure\n  src=\"a.png\"\n  caption=\"Long\" >}}\n\nAfter the "
                         u"figure.\n\n{{< highlight sh >}}\n# list\nls\n{{< /highlight >}}\n\n# Heading\n"_s;
    const Post post = analysed(text, TemplateSyntax::HugoShortcodes);
    QList<std::pair<int, int>> lines;
    for (const RenderedBlock &block : post.blocks())
        lines.append({block.firstLine, block.lastLine});
    const QList<std::pair<int, int>> expected = {{1, 1}, {3, 5}, {7, 7}, {9, 12}, {14, 14}};
    QCOMPARE(lines, expected);
    QVERIFY(post.blocks()[1].html.contains(u"<figure>"_s));
    // A "#" line in highlighted code is no heading: the outline skips it.
    QVERIFY(post.blocks()[3].html.startsWith(u"<pre"_s));
    QVERIFY(!post.blocks()[3].html.contains(u"<h1"_s));
    QVERIFY(post.blocks()[4].html.contains(u"<h1>Heading</h1>"_s));
}

void TestTemplateSyntax::shortcodesAreNotWordsButTheirCaptionsAre()
{
    const QString withShortcodes = u"One two.\n\n{{< youtube abc >}}\n\n{{% notice tip %}}\nThree four.\n{{% "
                                   u"/notice %}}\n\nFive {{< param mood >}}.\n"_s;
    const QString mood = u"---\nmood: six\n---\n"_s;
    const WordCounts words = analysed(mood + withShortcodes, TemplateSyntax::HugoShortcodes).words();
    // The notice's name is a label of the preview, not a word of the page.
    QCOMPARE(words.readingTime, 6);
    const WordCounts figure = analysed(
        u"{{< figure src=\"a.png\" title=\"Big\" caption=\"Small boat\" >}}\n"_s, TemplateSyntax::HugoShortcodes)
                                  .words();
    QCOMPARE(figure.hugo, 2); // Hugo glues the title to the caption: "BigSmall boat"
    const WordCounts liquid =
        analysed(u"One {% include note.html text=\"no\" %} two {{ page.title }}\n"_s, TemplateSyntax::Liquid).words();
    QCOMPARE(liquid.readingTime, 2);
}

void TestTemplateSyntax::nestingCannotRecurseForever()
{
    QString text;
    for (int level = 0; level < 200; ++level)
        text += u"{{% box %}}\n"_s;
    text += u"Deep.\n"_s;
    for (int level = 0; level < 200; ++level)
        text += u"{{% /box %}}\n"_s;
    const QString shown = html(text);
    QVERIFY(shown.contains(u"Deep."_s) || shown.contains(u"pw-template-warning"_s));
}

void TestTemplateSyntax::theSiteGivesItsShortcodesValuesAndPosts()
{
    QTemporaryDir root;
    writeBytesMakingFolders(root.filePath(u"hugo.toml"_s),
        "baseURL = 'https://example.org/blog/'\ntitle = 'Harbour'\ntheme = 'small'\n[params]\nauthor = 'Ada'\n");
    writeBytesMakingFolders(root.filePath(u"layouts/shortcodes/notice.html"_s), "<div>{{ .Inner }}</div>\n");
    writeBytesMakingFolders(root.filePath(u"themes/small/layouts/shortcodes/blog/card.amp.html"_s), "<p>card</p>\n");
    writeBytesMakingFolders(root.filePath(u"content/posts/hello.md"_s), "---\ntitle: Hello\n---\nHi.\n");
    writeBytesMakingFolders(root.filePath(u"content/posts/walk/index.md"_s), "---\ntitle: Walk\n---\nA walk.\n");
    const SiteModel site = SiteModel::read(root.path());
    QVERIFY(site.templates);
    QCOMPARE(site.templates->syntax, TemplateSyntax::HugoShortcodes);
    QVERIFY(site.templates->knowsSiteShortcodes);
    QCOMPARE(site.templates->siteShortcodes, QSet<QString>({u"notice"_s, u"blog/card"_s}));
    QCOMPARE(site.templates->siteValues.value(u"params.author"_s), u"Ada"_s);
    QVERIFY(!site.templates->knowsPosts);

    PostSummary hello;
    hello.path = root.filePath(u"content/posts/hello.md"_s);
    hello.publicUrl = u"https://example.org/blog/posts/hello/"_s;
    PostSummary walk;
    walk.path = root.filePath(u"content/posts/walk/index.md"_s);
    walk.publicUrl = u"https://example.org/blog/posts/walk/"_s;
    const std::shared_ptr<const TemplateContext> withPosts = SiteTemplates::withPosts(site, {hello, walk});
    QVERIFY(withPosts->knowsPosts);
    QCOMPARE(withPosts->postAddresses.value(u"posts/hello.md"_s), u"/blog/posts/hello/"_s);
    QCOMPARE(withPosts->postAddresses.value(u"hello"_s), u"/blog/posts/hello/"_s);
    QCOMPARE(withPosts->postAddresses.value(u"walk"_s), u"/blog/posts/walk/"_s);
    QCOMPARE(withPosts->postAddresses.value(u"posts/walk/index.md"_s), u"/blog/posts/walk/"_s);

    const QString shown = MarkdownRenderer::joinedHtml(
        Post::analyse(u"[w]({{< relref \"walk\" >}}) [h]({{< ref \"hello.md\" >}})\n"_s, {false, withPosts})
            .renderBlocks());
    QVERIFY2(shown.contains(u"href=\"/blog/posts/walk/\""_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"href=\"https://example.org/blog/posts/hello/\""_s), qPrintable(shown));

    // A Jekyll site reads Liquid, its configuration as written.
    QTemporaryDir jekyll;
    writeBytesMakingFolders(jekyll.filePath(u"_config.yml"_s), "title: Notes\nauthor:\n  name: Ada\n");
    writeBytesMakingFolders(jekyll.filePath(u"_posts/2024-01-02-hello.md"_s), "---\ntitle: Hello\n---\nHi.\n");
    const SiteModel jekyllSite = SiteModel::read(jekyll.path());
    QVERIFY(jekyllSite.templates);
    QCOMPARE(jekyllSite.templates->syntax, TemplateSyntax::Liquid);
    QCOMPARE(jekyllSite.templates->siteValues.value(u"author.name"_s), u"Ada"_s);
}

QTEST_GUILESS_MAIN(TestTemplateSyntax)
#include "tst_templatesyntax.moc"
