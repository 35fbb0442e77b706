#include "document/post.h"
#include "markdown/incrementalrenderer.h"
#include "support/postgenerator.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

namespace {

// The incremental result must be exactly what a full render of the same text gives.
void compareWithFullRender(const IncrementalRenderer::Rendering &incremental, const QString &text)
{
    const Post full = Post::analyse(text);
    QCOMPARE(incremental.cjkPage, full.isCjk());
    QCOMPARE(incremental.blocks.size(), full.blocks().size());
    for (qsizetype i = 0; i < full.blocks().size(); ++i) {
        const RenderedBlock &a = incremental.blocks[i];
        const RenderedBlock &b = full.blocks()[i];
        QCOMPARE(a.html, b.html);
        QCOMPARE(a.firstLine, b.firstLine);
        QCOMPARE(a.lastLine, b.lastLine);
        QCOMPARE(a.key(), b.key());
        QCOMPARE(a.words, b.words);
    }
    QCOMPARE(incremental.words, full.words());
}

} // namespace

class TestIncrementalRenderer final : public QObject {
    Q_OBJECT

private slots:
    void typingInTheMiddleIsIncrementalAndExact();
    void randomEditsAlwaysEqualAFullRender_data();
    void randomEditsAlwaysEqualAFullRender();
    void frontMatterEditsKeepTheBlocks();
    void crossBlockConstructsRenderFully();
    void aChangeInsideASurrogatePairIsTakenWhole();
    void aParagraphSplitByATableKeepsItsLines();
    void aSetextHeadingEndsOnItsUnderline();
};

void TestIncrementalRenderer::typingInTheMiddleIsIncrementalAndExact()
{
    PostGenerator generator(11);
    QString text = generator.longPost(3000);
    IncrementalRenderer renderer;
    renderer.update(text);
    qsizetype at = text.indexOf(u"\n\n"_s, text.size() / 2) + 2;
    int incremental = 0;
    const QString typed =
        u"New paragraph with *emphasis* and a [link](https://example.invalid).\n\n- a list\n- of two\n\n"_s;
    for (const QChar c : typed) {
        text.insert(at++, c);
        const IncrementalRenderer::Rendering &rendering = renderer.update(text);
        incremental += rendering.wasIncremental ? 1 : 0;
        compareWithFullRender(rendering, text);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(incremental, typed.size());
}

void TestIncrementalRenderer::randomEditsAlwaysEqualAFullRender_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("cjk");
    for (quint32 seed = 1; seed <= 12; ++seed)
        QTest::addRow("seed %u%s", seed, seed % 4 == 0 ? " with CJK" : "") << seed << (seed % 4 == 0);
}

void TestIncrementalRenderer::randomEditsAlwaysEqualAFullRender()
{
    QFETCH(quint32, seed);
    QFETCH(bool, cjk);
    PostGenerator generator(seed);
    QString text = generator.post(25, cjk);
    // Footnotes and reference definitions always render fully; leave most posts without them
    // so the incremental path is what gets tested.
    const bool crossBlock = seed % 3 == 0;
    if (!crossBlock) {
        static const QRegularExpression definitions(u"^\\[\\^.*\n"_s, QRegularExpression::MultilineOption);
        text.remove(definitions);
        text.replace(u"[^"_s, u"[x"_s);
    }
    static const QStringList snippets = {u"a"_s, u" "_s, u"\n"_s, u"\n\n"_s, u"- "_s, u"# "_s, u"```"_s, u"~~~\n"_s,
        u"> "_s, u"|"_s, u"| a | b |\n|---|---|\n"_s, u"*"_s, u"[x](y)"_s, u"<div>"_s, u"-->"_s, u"<!--"_s, u"字"_s,
        u"    "_s, u"1. "_s, u"==="_s, u"---\n"_s, u"</div>\n\n"_s, u"\\"_s,
        // Last, so that replacements (which draw from all but these two) never add them.
        u"[ref]: https://example.invalid\n"_s, u"[^1]"_s};
    QRandomGenerator random(seed);
    IncrementalRenderer renderer;
    renderer.update(text);
    int incremental = 0;
    const int edits = 250;
    for (int edit = 0; edit < edits; ++edit) {
        const QString before = text;
        const qsizetype at = random.bounded(int(text.size()) + 1);
        switch (random.bounded(3)) {
        case 0: {
            const QString snippet = snippets[random.bounded(int(snippets.size()))];
            if (!crossBlock && (snippet.contains(u"]:"_s) || snippet.contains(u"[^"_s)))
                continue;
            text.insert(at, snippet);
            break;
        }
        case 1: text.remove(at, random.bounded(1, 40)); break;
        default: text.replace(at, random.bounded(1, 6), snippets[random.bounded(int(snippets.size()) - 2)]); break;
        }
        const IncrementalRenderer::Rendering &rendering = renderer.update(text);
        incremental += rendering.wasIncremental ? 1 : 0;
        compareWithFullRender(rendering, text);
        if (QTest::currentTestFailed()) {
            qWarning("edit %d broke it; before:\n%s\n=====after:\n%s", edit, qPrintable(before), qPrintable(text));
            return;
        }
    }
    qInfo("%d of %d random edits rendered incrementally", incremental, edits);
}

void TestIncrementalRenderer::frontMatterEditsKeepTheBlocks()
{
    QString text = u"---\ntitle: One\n---\n\nFirst.\n\nSecond.\n"_s;
    IncrementalRenderer renderer;
    renderer.update(text);
    text.replace(u"title: One\n"_s, u"title: One\nsummary: added line\n"_s);
    const IncrementalRenderer::Rendering &rendering = renderer.update(text);
    QVERIFY(rendering.wasIncremental);
    QCOMPARE(rendering.frontMatter.summary(), u"added line"_s);
    compareWithFullRender(rendering, text);
    QCOMPARE(rendering.blocks.first().firstLine, 6);
}

void TestIncrementalRenderer::crossBlockConstructsRenderFully()
{
    {
        // A reference definition inside a list item counts too (found by fuzzing).
        QString text = u"- [ref]: https://example.invalid\n\nSee [x][ref].\n\nMore.\n"_s;
        IncrementalRenderer renderer;
        renderer.update(text);
        text.replace(u"More."_s, u"More words."_s);
        QVERIFY(!renderer.update(text).wasIncremental);
        compareWithFullRender(renderer.rendering(), text);
    }
    QString text = u"See [the site][site].\n\nMore.\n\n[site]: https://example.invalid\n"_s;
    IncrementalRenderer renderer;
    renderer.update(text);
    text.replace(u"More."_s, u"More words."_s);
    const IncrementalRenderer::Rendering &rendering = renderer.update(text);
    QVERIFY(!rendering.wasIncremental);
    compareWithFullRender(rendering, text);
}

void TestIncrementalRenderer::aChangeInsideASurrogatePairIsTakenWhole()
{
    // The page's only CJK character (U+222A2, two UTF-16 units) is changed: compared unit by unit,
    // the change would look like lone halves and the page would stay in CJK counting (fuzzing).
    QString text = u"Words \U000222A2 here.\n\nMore words.\n"_s;
    IncrementalRenderer renderer;
    QVERIFY(renderer.update(text).cjkPage);
    text.insert(text.indexOf(QChar(0xDEA2)), u"x"_s);
    compareWithFullRender(renderer.update(text), text);
    text = u"Words \U000222A2 here.\n\nMore words.\n"_s;
    renderer.update(text);
    text.replace(u"\U000222A2"_s, u"\U0001F600"_s);
    compareWithFullRender(renderer.update(text), text);
}

void TestIncrementalRenderer::aParagraphSplitByATableKeepsItsLines()
{
    // cmark-gfm reports the paragraph whose last line became a table's header at line 0 and the
    // table at the paragraph's start. Guessed from the previous block, those lines differed between
    // a full render and a window (found by fuzzing): an invalid byte, a list, then this.
    QString text = QString::fromUtf8(QByteArray::fromHex("2d0a0ae2af800a8b0a7c2d"));
    IncrementalRenderer renderer;
    renderer.update(text);
    text.insert(1, u"x\n\n"_s);
    const IncrementalRenderer::Rendering &rendering = renderer.update(text);
    compareWithFullRender(rendering, text);
    QCOMPARE(rendering.blocks.size(), 3);
    QCOMPARE(rendering.blocks[1].firstLine, 5);
    QCOMPARE(rendering.blocks[1].lastLine, 5);
    QCOMPARE(rendering.blocks[2].firstLine, 6);
    QCOMPARE(rendering.blocks[2].lastLine, 7);

    text = u"Intro.\n\nLine one\nline two\n| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n\nAfter.\n"_s;
    renderer.update(text);
    text.replace(u"Intro."_s, u"Intro\nin two lines."_s);
    compareWithFullRender(renderer.update(text), text);
    const Post post = Post::analyse(text);
    const QList<std::pair<int, int>> lines{{1, 2}, {4, 5}, {6, 9}, {11, 11}};
    QCOMPARE(post.blocks().size(), lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QCOMPARE(post.blocks()[i].firstLine, lines[i].first);
        QCOMPARE(post.blocks()[i].lastLine, lines[i].second);
        QVERIFY(!post.blocks()[i].lineGuessed);
    }
}

void TestIncrementalRenderer::aSetextHeadingEndsOnItsUnderline()
{
    // cmark-gfm reports a setext heading as ending on the line after its underline. With a block
    // right there, every later block was pushed a line down, and an edit at the end lost a rule
    // from the incremental result (found by fuzzing).
    QString text = u"Title\n-\n---\n---\nLast\n"_s;
    IncrementalRenderer renderer;
    renderer.update(text);
    text.append(u"x\n\n"_s);
    const IncrementalRenderer::Rendering &rendering = renderer.update(text);
    compareWithFullRender(rendering, text);
    const QList<std::pair<int, int>> lines{{1, 2}, {3, 3}, {4, 4}, {5, 6}};
    QCOMPARE(rendering.blocks.size(), lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QCOMPARE(rendering.blocks[i].firstLine, lines[i].first);
        QCOMPARE(rendering.blocks[i].lastLine, lines[i].second);
    }
    const Post heading = Post::analyse(u"Title\n===\nText right below.\n\nMore.\n"_s);
    QCOMPARE(heading.blocks()[0].lastLine, 2);
    QCOMPARE(heading.blocks()[1].firstLine, 3);
    QCOMPARE(heading.blocks()[2].firstLine, 5);
}

QTEST_GUILESS_MAIN(TestIncrementalRenderer)
#include "tst_incrementalrenderer.moc"
