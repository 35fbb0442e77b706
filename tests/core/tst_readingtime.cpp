#include "document/post.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

Q_DECLARE_METATYPE(Postwright::Core::ReadingPreset)

namespace {

QString withFrontMatter(const QString &body)
{
    return u"---\ntitle: A title with five words\nsummary: more words that are not read\n---\n"_s + body;
}

QString words(int count, const QString &word = u"word"_s)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(word);
    return list.join(u' ');
}

QString images(int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += u"![alt text that is not read](image%1.png)\n\n"_s.arg(i);
    return text;
}

} // namespace

class TestReadingTime final : public QObject {
    Q_OBJECT

private slots:
    void estimate_data();
    void estimate();
    void textSaysMinutes();
    void cjkDetection_data();
    void cjkDetection();
};

void TestReadingTime::estimate_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<ReadingPreset>("preset");
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("minutes");

    const auto hugo = ReadingPreset::Hugo;
    QTest::newRow("a one-word post still reads in one minute") << u"hello"_s << hugo << 1 << 1;
    QTest::newRow("an empty post reads in no time") << u""_s << hugo << 0 << 0;
    QTest::newRow("front matter is not read") << withFrontMatter(u"hi"_s) << hugo << 1 << 1;
    QTest::newRow("213 words are one Hugo minute") << words(213) << hugo << 213 << 1;
    QTest::newRow("214 words are two Hugo minutes") << words(214) << hugo << 214 << 2;
    QTest::newRow("emphasis joins nothing and adds nothing") << u"**bold** and *em* words"_s << hugo << 4 << 1;
    QTest::newRow("markup inside a word keeps it one word") << u"un**break**able"_s << hugo << 1 << 1;
    QTest::newRow("a link's target is not read, its text is")
        << u"see [the docs](https://example.invalid/a/very/long/path \"title words\") now"_s << hugo << 4 << 1;
    QTest::newRow("image alt text is not read") << u"before ![three alt words](x.png) after"_s << hugo << 2 << 1;
    QTest::newRow("HTML comments are not read") << u"one <!-- two three four --> five"_s << hugo << 2 << 1;
    QTest::newRow("raw HTML blocks are not read") << u"<div>hidden words here</div>\n\nshown"_s << hugo << 1 << 1;
    QTest::newRow("code is read") << u"`inline code` and\n\n```\nblock of code\n```"_s << hugo << 6 << 1;
    QTest::newRow("table cells are separate words") << u"| a | b |\n|---|---|\n| c | d |"_s << hugo << 4 << 1;
    QTest::newRow("list items are separate words") << u"- a\n- b\n- c"_s << hugo << 3 << 1;
    QTest::newRow("a footnote number joins its word") << u"claim[^1] here\n\n[^1]: the note"_s << hugo << 4 << 1;
    QTest::newRow("Hugo counts each rune of a CJK token") << u"这是一个测试 and english"_s << hugo << 8 << 1;
    QTest::newRow("CJK pages read 501 words a minute") << QString(u"字"_s).repeated(502) << hugo << 502 << 2;
    QTest::newRow("CJK: 501 runes are one minute") << QString(u"字"_s).repeated(501) << hugo << 501 << 1;

    const auto readingTime = ReadingPreset::ReadingTime;
    QTest::newRow("reading-time reads 200 words a minute") << words(200) << readingTime << 200 << 1;
    QTest::newRow("reading-time: 201 words still show one minute (toFixed(2) rounds)")
        << words(201) << readingTime << 201 << 1;
    QTest::newRow("reading-time: 202 words are two minutes") << words(202) << readingTime << 202 << 2;
    QTest::newRow("reading-time counts each CJK character") << u"这是测试。hello world"_s << readingTime << 6 << 1;
    QTest::newRow("reading-time: katakana is not split") << u"カタカナ"_s << readingTime << 1 << 1;

    const auto medium = ReadingPreset::Medium;
    QTest::newRow("Medium reads 275 words a minute") << words(275) << medium << 275 << 1;
    QTest::newRow("Medium: 276 words are two minutes") << words(276) << medium << 276 << 2;
    QTest::newRow("Medium: the first image adds 12 seconds")
        << words(220) + u"\n\n"_s + images(1) << medium << 220 << 1; // 48 s + 12 s = 60 s
    QTest::newRow("Medium: 221 words and an image pass a minute")
        << words(221) + u"\n\n"_s + images(1) << medium << 221 << 2;
    QTest::newRow("Medium: a post of only an image takes one minute") << images(1) << medium << 0 << 1;
    QTest::newRow("Medium: nine images add 12+11+...+4 seconds") << images(9) << medium << 0 << 2; // 72 s
    QTest::newRow("Medium: images from the tenth on add 3 seconds")
        << images(25) << medium << 0 << 2; // 12+11+...+3 = 75 s, then 15 * 3 s: exactly 120 s
    QTest::newRow("Medium: 26 images pass two minutes") << images(26) << medium << 0 << 3;
}

void TestReadingTime::estimate()
{
    QFETCH(QString, markdown);
    QFETCH(ReadingPreset, preset);
    const ReadingEstimate estimate = Post::analyse(markdown).readingTime(preset);
    QTEST(estimate.words, "words");
    QTEST(estimate.minutes, "minutes");
}

void TestReadingTime::textSaysMinutes()
{
    const ReadingEstimate six = Post::analyse(words(6 * 213)).readingTime(ReadingPreset::Hugo);
    QCOMPARE(six.minutes, 6);
    QCOMPARE(six.text, u"6 min read"_s);
    const ReadingEstimate custom = Post::analyse(words(301)).readingTime(ReadingPreset::Custom, 100);
    QCOMPARE(custom.minutes, 4);
    QCOMPARE(custom.text, u"4 min read"_s);
    QCOMPARE(ReadingTime::presetFromName(u"medium"), ReadingPreset::Medium);
    QCOMPARE(ReadingTime::presetFromName(u"nonsense"), std::nullopt);
}

void TestReadingTime::cjkDetection_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("cjk");
    QTest::newRow("Latin text is not CJK") << u"Café naïve über"_s << false;
    QTest::newRow("Han is CJK") << u"中"_s << true;
    QTest::newRow("Hiragana is CJK") << u"ひ"_s << true;
    QTest::newRow("Katakana is CJK") << u"カ"_s << true;
    QTest::newRow("Hangul is CJK") << u"한"_s << true;
    QTest::newRow("CJK extension B (a surrogate pair) is CJK") << u"𠀀"_s << true;
    QTest::newRow("an emoji is not CJK") << u"🎉"_s << false;
}

void TestReadingTime::cjkDetection()
{
    QFETCH(QString, text);
    QTEST(ReadingTime::hasCjk(text), "cjk");
}

QTEST_GUILESS_MAIN(TestReadingTime)
#include "tst_readingtime.moc"
