#include "document/worddiff.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

using Kind = WordDiff::Kind;
using Pieces = QList<WordDiff::Piece>;

class TestWordDiff final : public QObject {
    Q_OBJECT

private slots:
    void compare_data();
    void compare();
    void eachSideIsItsOwnTextAgain();
    void htmlMarksOnlyTheShownSide();
};

void TestWordDiff::compare_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<Pieces>("pieces");
    QTest::newRow("the same text is one piece")
        << u"A quiet morning."_s << u"A quiet morning."_s << Pieces{{Kind::Same, u"A quiet morning."_s}};
    QTest::newRow("one word replaced") << u"A quiet morning."_s << u"A loud morning."_s
                                       << Pieces{{Kind::Same, u"A "_s}, {Kind::Removed, u"quiet"_s},
                                              {Kind::Added, u"loud"_s}, {Kind::Same, u" morning."_s}};
    QTest::newRow("a word added") << u"A morning."_s << u"A quiet morning."_s
                                  << Pieces{{Kind::Same, u"A "_s}, {Kind::Added, u"quiet "_s},
                                         {Kind::Same, u"morning."_s}};
    QTest::newRow("punctuation is its own token")
        << u"Hello, world"_s << u"Hello world"_s
        << Pieces{{Kind::Same, u"Hello"_s}, {Kind::Removed, u","_s}, {Kind::Same, u" world"_s}};
    QTest::newRow("from nothing") << QString() << u"New."_s << Pieces{{Kind::Added, u"New."_s}};
    QTest::newRow("words of other scripts")
        << u"東京 は 雨"_s << u"東京 は 晴れ"_s
        << Pieces{{Kind::Same, u"東京 は "_s}, {Kind::Removed, u"雨"_s}, {Kind::Added, u"晴れ"_s}};
}

void TestWordDiff::compare()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(Pieces, pieces);
    QCOMPARE(WordDiff::compare(before, after), pieces);
}

void TestWordDiff::eachSideIsItsOwnTextAgain()
{
    const QString before = u"---\ntitle: One\n---\nThe first draft, with a typo: teh end.\n"_s;
    const QString after = u"---\ntitle: Two\n---\nThe second draft, with no typo: the end!\n"_s;
    QString rebuiltBefore;
    QString rebuiltAfter;
    for (const WordDiff::Piece &piece : WordDiff::compare(before, after)) {
        if (piece.kind != Kind::Added)
            rebuiltBefore += piece.text;
        if (piece.kind != Kind::Removed)
            rebuiltAfter += piece.text;
    }
    QCOMPARE(rebuiltBefore, before);
    QCOMPARE(rebuiltAfter, after);
}

void TestWordDiff::htmlMarksOnlyTheShownSide()
{
    const Pieces pieces = WordDiff::compare(u"a <b> c"_s, u"a d c"_s);
    const QString removed = WordDiff::html(pieces, Kind::Removed);
    QVERIFY(removed.contains(u"<del"_s));
    QVERIFY(removed.contains(u"&lt;b&gt;"_s));
    QVERIFY(!removed.contains(u"<ins"_s));
    QVERIFY(!removed.contains(u">d<"_s));
    const QString change = WordDiff::html(pieces, Kind::Same); // both, as a change reads
    QVERIFY(change.contains(u"<del"_s) && change.contains(u"<ins"_s));
    QVERIFY(change.indexOf(u"&lt;b&gt;"_s) < change.indexOf(u">d<"_s));
    const QString added = WordDiff::html(pieces, Kind::Added);
    QVERIFY(added.contains(u"<ins"_s));
    QVERIFY(!added.contains(u"&lt;b&gt;"_s));
}

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
