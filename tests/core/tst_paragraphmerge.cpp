#include "document/paragraphmerge.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

using Side = ParagraphMerge::Side;

class TestParagraphMerge final : public QObject {
    Q_OBJECT

private slots:
    void mergesWithoutAsking_data();
    void mergesWithoutAsking();
    void conflictsAreTheWritersToChoose_data();
    void conflictsAreTheWritersToChoose();
    void aTextMergedWithItselfIsUnchanged_data();
    void aTextMergedWithItselfIsUnchanged();
    void aFieldConflictNamesTheFieldAndCannotKeepBoth();
    void eachChoiceIsPerChange();
    void oneSidedChangesAreListedAndCanBeUndone();
};

namespace {

const QString base = u"---\ntitle: Spring\ntags:\n- garden\ndate: 2026-03-01\n---\n\n"
                     u"First paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n\n"
                     u"```python\nx = 1\n\ny = 2\n```\n\nLast paragraph.\n"_s;

QString edited(QString text, const QString &from, const QString &to)
{
    Q_ASSERT(text.contains(from));
    return text.replace(from, to);
}

} // namespace

void TestParagraphMerge::mergesWithoutAsking_data()
{
    QTest::addColumn<QString>("mine");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QString>("merged");
    QTest::newRow("only I changed a paragraph") << edited(base, u"Second paragraph."_s, u"Second, rewritten."_s) << base
                                                << edited(base, u"Second paragraph."_s, u"Second, rewritten."_s);
    QTest::newRow("only the site changed a paragraph")
        << base << edited(base, u"Third paragraph."_s, u"Third, by the site."_s)
        << edited(base, u"Third paragraph."_s, u"Third, by the site."_s);
    QTest::newRow("I edit one paragraph while the site edits the next")
        << edited(base, u"Second paragraph."_s, u"Mine."_s) << edited(base, u"Third paragraph."_s, u"Theirs."_s)
        << edited(edited(base, u"Second paragraph."_s, u"Mine."_s), u"Third paragraph."_s, u"Theirs."_s);
    QTest::newRow("I change the title while the site adds a tag")
        << edited(base, u"title: Spring"_s, u"title: Early spring"_s)
        << edited(base, u"- garden\n"_s, u"- garden\n- seasons\n"_s)
        << edited(
               edited(base, u"title: Spring"_s, u"title: Early spring"_s), u"- garden\n"_s, u"- garden\n- seasons\n"_s);
    QTest::newRow("I add a paragraph at the end while the site fixes the first")
        << base + u"\nA new ending.\n"_s << edited(base, u"First paragraph."_s, u"First, fixed."_s)
        << edited(base, u"First paragraph."_s, u"First, fixed."_s) + u"\nA new ending.\n"_s;
    QTest::newRow("both made the same change")
        << edited(base, u"Last paragraph."_s, u"Same fix."_s) << edited(base, u"Last paragraph."_s, u"Same fix."_s)
        << edited(base, u"Last paragraph."_s, u"Same fix."_s);
    QTest::newRow("the site removed a paragraph I did not touch")
        << edited(base, u"First paragraph."_s, u"Mine first."_s) << edited(base, u"Third paragraph.\n\n"_s, QString())
        << edited(edited(base, u"First paragraph."_s, u"Mine first."_s), u"Third paragraph.\n\n"_s, QString());
    QTest::newRow("a blank line in a code block does not split it")
        << edited(base, u"y = 2"_s, u"y = 3"_s) << edited(base, u"First paragraph."_s, u"Theirs first."_s)
        << edited(edited(base, u"y = 2"_s, u"y = 3"_s), u"First paragraph."_s, u"Theirs first."_s);
}

void TestParagraphMerge::mergesWithoutAsking()
{
    QFETCH(QString, mine);
    QFETCH(QString, theirs);
    QFETCH(QString, merged);
    const ParagraphMerge merge = ParagraphMerge::merge(base, mine, theirs);
    QCOMPARE(merge.conflictCount(), 0);
    QCOMPARE(merge.result(merge.suggestedChoices()), merged);
    QCOMPARE(merge.resultPreferring(Side::Mine), merged);
    QCOMPARE(merge.resultPreferring(Side::Theirs), merged);
}

void TestParagraphMerge::conflictsAreTheWritersToChoose_data()
{
    QTest::addColumn<QString>("mine");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QString>("both");
    const QString mine = edited(base, u"Second paragraph."_s, u"Second, as I wrote it."_s);
    const QString theirs = edited(base, u"Second paragraph."_s, u"Second, as the site has it."_s);
    QTest::newRow("both rewrote one paragraph")
        << mine << theirs
        << edited(base, u"Second paragraph."_s, u"Second, as I wrote it.\n\nSecond, as the site has it."_s);
    QTest::newRow("both added an ending")
        << base + u"\nMy ending.\n"_s << base + u"\nTheir ending.\n"_s << base + u"\nMy ending.\n\nTheir ending.\n"_s;
    QTest::newRow("the site removed the paragraph I edited")
        << mine << edited(base, u"Second paragraph.\n\n"_s, QString()) << mine;
}

void TestParagraphMerge::conflictsAreTheWritersToChoose()
{
    QFETCH(QString, mine);
    QFETCH(QString, theirs);
    QFETCH(QString, both);
    const ParagraphMerge merge = ParagraphMerge::merge(base, mine, theirs);
    QCOMPARE(merge.conflictCount(), 1);
    QCOMPARE(merge.changes().size(), 1);
    QVERIFY(merge.changes().first().isConflict);
    QCOMPARE(merge.resultPreferring(Side::Mine), mine);
    QCOMPARE(merge.resultPreferring(Side::Theirs), theirs);
    QCOMPARE(merge.result({Side::Both}), both);
    QVERIFY(!merge.resultPreferring(Side::Mine).contains(u"<<<<<<<"_s));
}

void TestParagraphMerge::aTextMergedWithItselfIsUnchanged_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("the sample") << base;
    QTest::newRow("no line end at the end") << u"One.\n\nTwo."_s;
    QTest::newRow("CRLF line ends") << u"---\r\ntitle: x\r\n---\r\n\r\nOne.\r\n\r\nTwo.\r\n"_s;
    QTest::newRow("TOML front matter") << u"+++\ntitle = \"x\"\n[params]\nk = 1\n+++\nBody.\n"_s;
    QTest::newRow("an unclosed front matter") << u"---\ntitle: x\n\nBody.\n"_s;
    QTest::newRow("an unclosed fence") << u"Text.\n\n```\ncode\n\nmore\n"_s;
    QTest::newRow("empty") << QString();
}

void TestParagraphMerge::aTextMergedWithItselfIsUnchanged()
{
    QFETCH(QString, text);
    const ParagraphMerge merge = ParagraphMerge::merge(text, text, text);
    QVERIFY(merge.changes().isEmpty());
    QCOMPARE(merge.result({}), text);
    // Every side changed from nothing: the whole text is one change, each side's own.
    const ParagraphMerge fromNothing = ParagraphMerge::merge({}, text, u"Other.\n"_s);
    QCOMPARE(fromNothing.resultPreferring(Side::Mine), text.isEmpty() ? u"Other.\n"_s : text);
    QCOMPARE(fromNothing.resultPreferring(Side::Theirs), u"Other.\n"_s);
}

void TestParagraphMerge::aFieldConflictNamesTheFieldAndCannotKeepBoth()
{
    const QString mine = edited(base, u"title: Spring"_s, u"title: My spring"_s);
    const QString theirs = edited(base, u"title: Spring"_s, u"title: Their spring"_s);
    const ParagraphMerge merge = ParagraphMerge::merge(base, mine, theirs);
    QCOMPARE(merge.changes().size(), 1);
    const ParagraphMerge::Change &change = merge.changes().first();
    QCOMPARE(change.label, u"title"_s);
    QVERIFY(change.inFrontMatter);
    QVERIFY(!change.canKeepBoth());
    QCOMPARE(change.mine, u"title: My spring\n"_s);
    QCOMPARE(change.theirs, u"title: Their spring\n"_s);
    QCOMPARE(change.mineLine, 2);
    QCOMPARE(merge.result({Side::Both}), mine); // a field keeps one value
}

void TestParagraphMerge::eachChoiceIsPerChange()
{
    const QString mine =
        edited(edited(base, u"First paragraph."_s, u"My first."_s), u"Last paragraph."_s, u"My last."_s);
    const QString theirs =
        edited(edited(base, u"First paragraph."_s, u"Their first."_s), u"Last paragraph."_s, u"Their last."_s);
    const ParagraphMerge merge = ParagraphMerge::merge(base, mine, theirs);
    QCOMPARE(merge.conflictCount(), 2);
    QCOMPARE(merge.changes()[1].label, u"Paragraph"_s);
    QVERIFY(merge.changes()[1].mineLine > merge.changes()[0].mineLine);
    QCOMPARE(merge.result({Side::Mine, Side::Theirs}),
        edited(edited(base, u"First paragraph."_s, u"My first."_s), u"Last paragraph."_s, u"Their last."_s));
    QCOMPARE(merge.result({Side::Theirs, Side::Mine}),
        edited(edited(base, u"First paragraph."_s, u"Their first."_s), u"Last paragraph."_s, u"My last."_s));
}

void TestParagraphMerge::oneSidedChangesAreListedAndCanBeUndone()
{
    const QString mine = base + u"\n## A heading of mine\n"_s;
    const QString theirs = edited(base, u"Third paragraph."_s, u"Their third."_s);
    const ParagraphMerge merge = ParagraphMerge::merge(base, mine, theirs);
    QCOMPARE(merge.changes().size(), 2);
    QCOMPARE(merge.changes()[0].suggested, Side::Theirs);
    QCOMPARE(merge.changes()[1].suggested, Side::Mine);
    QCOMPARE(merge.changes()[1].label, u"A heading of mine"_s);
    // The writer can still say no to the site's change.
    QCOMPARE(merge.result({Side::Mine, Side::Mine}), mine);
}

QTEST_GUILESS_MAIN(TestParagraphMerge)
#include "tst_paragraphmerge.moc"
