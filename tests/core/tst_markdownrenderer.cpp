#include "document/post.h"
#include "markdown/markdowndocument.h"
#include "markdown/markdownrenderer.h"
#include "support/commandrunner.h"
#include "support/golden.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

namespace {

QString dataFolder()
{
    return TestPaths::sourceDir() + u"/tests/data/markdown"_s;
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The reference format: each block's file lines in a comment, then its HTML.
QString describe(const RenderedBlocks &blocks)
{
    QString text;
    for (const RenderedBlock &block : blocks)
        text += u"<!-- block lines %1-%2 -->\n"_s.arg(block.firstLine).arg(block.lastLine) + block.html;
    return text;
}

// Inputs named unsafe-* are rendered as for a site that allows raw HTML.
MarkdownOptions optionsFor(const QString &name)
{
    return MarkdownOptions{name.startsWith(u"unsafe-"_s), {}};
}

} // namespace

class TestMarkdownRenderer final : public QObject {
    Q_OBJECT

private slots:
    void goldenFiles_data();
    void goldenFiles();
    void joinedBlocksEqualTheCmarkGfmCli_data();
    void joinedBlocksEqualTheCmarkGfmCli();
    void rawHtmlOnlyWhenTheSiteAllowsIt();
    void frontMatterIsNeverRendered();
    void editingOneBlockChangesOnlyItsKey();
    void duplicateBlocksGetDistinctKeys();
    void longParagraphsAreParsedInPiecesWithTheirLines();
    void aLongSingleLineIsParsedInPieces();
    void shortParagraphsAndCodeAreNeverSplit();
};

void TestMarkdownRenderer::goldenFiles_data()
{
    QTest::addColumn<QString>("name");
    const QStringList inputs = QDir(dataFolder() + u"/input"_s).entryList({u"*.md"_s}, QDir::Files, QDir::Name);
    QVERIFY(inputs.size() >= 8);
    for (const QString &input : inputs)
        QTest::newRow(qPrintable(input)) << QFileInfo(input).completeBaseName();
}

void TestMarkdownRenderer::goldenFiles()
{
    QFETCH(QString, name);
    const QString input = readFile(dataFolder() + u"/input/"_s + name + u".md"_s);
    const QString actual = describe(Post::analyse(input, optionsFor(name)).renderBlocks());
    QVERIFY(matchesGoldenFile(actual, dataFolder() + u"/reference/"_s + name + u".html"_s));
}

void TestMarkdownRenderer::joinedBlocksEqualTheCmarkGfmCli_data()
{
    goldenFiles_data();
}

void TestMarkdownRenderer::joinedBlocksEqualTheCmarkGfmCli()
{
    QFETCH(QString, name);
    if (name == u"footnotes")
        return; // Debian's cmark-gfm command has no footnotes switch; the golden file covers them.
    const QString cli = QStandardPaths::findExecutable(u"cmark-gfm"_s);
    QVERIFY2(!cli.isEmpty(), "the cmark-gfm package must be installed");
    const QString input = readFile(dataFolder() + u"/input/"_s + name + u".md"_s);
    const Post post = Post::analyse(input, optionsFor(name));
    QTemporaryFile body;
    QVERIFY(body.open());
    body.write(input.mid(post.frontMatter().bodyStart()).toUtf8());
    body.close();
    QStringList arguments = {body.fileName()};
    if (optionsFor(name).allowRawHtml)
        arguments.append(u"--unsafe"_s);
    const CommandResult rendered = runCommand(cli,
        arguments
            + QStringList{u"--github-pre-lang"_s, u"-e"_s, u"table"_s, u"-e"_s, u"strikethrough"_s, u"-e"_s,
                u"autolink"_s, u"-e"_s, u"tagfilter"_s, u"-e"_s, u"tasklist"_s});
    QVERIFY(rendered.ok());
    QCOMPARE(MarkdownRenderer::joinedHtml(post.renderBlocks()), rendered.out);
}

void TestMarkdownRenderer::rawHtmlOnlyWhenTheSiteAllowsIt()
{
    const QString input = u"<div>raw</div>\n\n<script>alert(1)</script>\n\nText <b>bold</b>\n"_s;
    const QString safe = MarkdownRenderer::joinedHtml(Post::analyse(input).renderBlocks());
    QVERIFY(!safe.contains(u"<div>"_s));
    QVERIFY(safe.contains(u"<!-- raw HTML omitted -->"_s));
    const QString allowed = MarkdownRenderer::joinedHtml(Post::analyse(input, {true, {}}).renderBlocks());
    QVERIFY(allowed.contains(u"<div>raw</div>"_s));
    QVERIFY(allowed.contains(u"<b>bold</b>"_s));
    QVERIFY2(allowed.contains(u"&lt;script>"_s), qPrintable(allowed)); // tagfilter stays on
}

void TestMarkdownRenderer::frontMatterIsNeverRendered()
{
    for (const QString &input : {u"---\ntitle: Secret\n---\nBody\n"_s, u"+++\ntitle = \"Secret\"\n+++\nBody\n"_s}) {
        const RenderedBlocks blocks = Post::analyse(input).renderBlocks();
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks[0].html, u"<p>Body</p>\n"_s);
        QCOMPARE(blocks[0].firstLine, 4);
    }
}

void TestMarkdownRenderer::editingOneBlockChangesOnlyItsKey()
{
    const QString before = u"# Title\n\nFirst paragraph.\n\nSecond paragraph.\n\n- a list\n"_s;
    QString after = before;
    after.replace(u"Second"_s, u"Edited second"_s);
    const RenderedBlocks a = Post::analyse(before).renderBlocks();
    const RenderedBlocks b = Post::analyse(after).renderBlocks();
    QCOMPARE(a.size(), 4);
    QCOMPARE(b.size(), 4);
    for (int i : {0, 1, 3})
        QCOMPARE(a[i].key(), b[i].key());
    QVERIFY(a[2].key() != b[2].key());
}

void TestMarkdownRenderer::duplicateBlocksGetDistinctKeys()
{
    const RenderedBlocks blocks = Post::analyse(u"Same\n\nSame\n\nSame\n"_s).renderBlocks();
    QCOMPARE(blocks.size(), 3);
    QVERIFY(blocks[0].key() != blocks[1].key());
    QVERIFY(blocks[1].key() != blocks[2].key());
    QCOMPARE(blocks[2].firstLine, 5);
}

void TestMarkdownRenderer::longParagraphsAreParsedInPiecesWithTheirLines()
{
    // One paragraph of 20,000 lines of links and emphasis: cmark-gfm alone takes about 8 s on it.
    const QString text =
        u"---\ntitle: x\n---\n# Title\n\n"_s + u"a *b* [l](u) c.\n"_s.repeated(20000) + u"\nAfter.\n"_s;
    const Post post = Post::analyse(text);
    const RenderedBlocks &blocks = post.renderBlocks();
    QVERIFY2(blocks.size() > 5, "the paragraph was not split");
    QCOMPARE(blocks.first().firstLine, 4);
    QCOMPARE(blocks[1].firstLine, 6);
    // The pieces cover the paragraph's lines exactly, in order, without gaps.
    for (qsizetype i = 2; i + 1 < blocks.size(); ++i)
        QCOMPARE(blocks[i].firstLine, blocks[i - 1].lastLine + 1);
    QCOMPARE(blocks[blocks.size() - 2].lastLine, 6 + 20000 - 1);
    QCOMPARE(blocks.last().firstLine, 6 + 20000 + 1);
    QCOMPARE(blocks.last().html, u"<p>After.</p>\n"_s);
    QCOMPARE(post.words().plain, 1 + 20000 * 4 + 1);
    QString html;
    for (const RenderedBlock &block : blocks)
        html += block.html;
    QCOMPARE(html.count(u"<em>b</em>"_s), 20000);
    QCOMPARE(html.count(u"<a href=\"u\">l</a>"_s), 20000);
}

void TestMarkdownRenderer::aLongSingleLineIsParsedInPieces()
{
    const QString text = u"Intro.\n\n"_s + u"word *b* [l](u) "_s.repeated(20000) + u"\n"_s;
    const RenderedBlocks blocks = Post::analyse(text).renderBlocks();
    QVERIFY(blocks.size() > 5);
    for (qsizetype i = 1; i < blocks.size(); ++i) {
        QCOMPARE(blocks[i].firstLine, 3);
        QCOMPARE(blocks[i].lastLine, 3);
    }
    QCOMPARE(Post::analyse(text).words().plain, 1 + 20000 * 3);
}

void TestMarkdownRenderer::shortParagraphsAndCodeAreNeverSplit()
{
    const QByteArray paragraphs = QByteArray("a *b* [l](u) c.\n").repeated(500).append('\n').repeated(20);
    QVERIFY(!MarkdownDocument(paragraphs, 1, {}).splitLongParagraphs());
    const QByteArray fenced = "```\n" + QByteArray("code *b* [l](u)\n").repeated(20000) + "```\n";
    QVERIFY(!MarkdownDocument(fenced, 1, {}).splitLongParagraphs());
    const QByteArray indented = QByteArray("    code *b* [l](u)\n").repeated(20000);
    QVERIFY(!MarkdownDocument(indented, 1, {}).splitLongParagraphs());
    const QByteArray table = "| a | b |\n|---|---|\n" + QByteArray("| *b* | [l](u) |\n").repeated(20000);
    const Post post = Post::analyse(QString::fromUtf8(table));
    QCOMPARE(post.renderBlocks().size(), 1);
    QVERIFY(post.renderBlocks().first().html.startsWith(u"<table>"_s));
}

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
