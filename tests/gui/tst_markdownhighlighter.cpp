#include "editor/markdownhighlighter.h"
#include "spelling/spellchecker.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::Literals::StringLiterals;
using Postwright::App::MarkdownHighlighter;
using Role = MarkdownHighlighter::Role;

Q_DECLARE_METATYPE(MarkdownHighlighter::Role)

namespace {

// The format the highlighter gave to the character at column of line (both 0-based).
QTextCharFormat formatAt(const QTextDocument &document, int line, int column)
{
    const QTextBlock block = document.findBlockByNumber(line);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return {};
}

} // namespace

class TestMarkdownHighlighter final : public QObject {
    Q_OBJECT

private slots:
    void roles_data();
    void roles();
    void plainTextStaysPlain();
    void misspellingsAreUnderlinedInProseOnly();
};

void TestMarkdownHighlighter::roles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<Role>("role");

    const QString post = u"---\ntitle: Hello\n# a comment\n---\n# Heading\n\nSome *em* and **strong** and `code`.\n"
                         u"```python\nprint('x')\n```\n- item\n> quoted\n[text](https://example.invalid)\n"
                         u"| a | b |\n<!-- hidden -->\n~~gone~~\n    indented code\n"_s;
    QTest::newRow("the front-matter delimiter is metadata") << post << 0 << 0 << Role::MetadataDelimiter;
    QTest::newRow("a front-matter key") << post << 1 << 0 << Role::MetadataKey;
    QTest::newRow("a front-matter value") << post << 1 << 8 << Role::MetadataValue;
    QTest::newRow("a front-matter comment is not a heading") << post << 2 << 3 << Role::Comment;
    QTest::newRow("a heading") << post << 4 << 3 << Role::Heading;
    QTest::newRow("emphasis") << post << 6 << 6 << Role::Emphasis;
    QTest::newRow("strong") << post << 6 << 17 << Role::Strong;
    QTest::newRow("inline code") << post << 6 << 31 << Role::Code;
    QTest::newRow("a fence marker") << post << 7 << 0 << Role::FenceMarker;
    QTest::newRow("the fence's language label") << post << 7 << 4 << Role::CodeLanguage;
    QTest::newRow("fenced code") << post << 8 << 2 << Role::Code;
    QTest::newRow("a closing fence") << post << 9 << 1 << Role::FenceMarker;
    QTest::newRow("a list marker") << post << 10 << 0 << Role::ListMarker;
    QTest::newRow("a quote") << post << 11 << 3 << Role::Quote;
    QTest::newRow("link text") << post << 12 << 2 << Role::LinkText;
    QTest::newRow("a link target") << post << 12 << 10 << Role::LinkTarget;
    QTest::newRow("a table pipe") << post << 13 << 0 << Role::TablePipe;
    QTest::newRow("an HTML comment") << post << 14 << 6 << Role::Comment;
    QTest::newRow("strikethrough") << post << 15 << 3 << Role::Strikethrough;
    QTest::newRow("indented code") << post << 16 << 6 << Role::Code;
    QTest::newRow("a comment spanning lines") << u"<!-- one\ntwo\n-->\ntext"_s << 1 << 1 << Role::Comment;
    QTest::newRow("a tilde fence with a longer closing fence")
        << u"~~~~\ncode\n~~~~~\nafter *em*"_s << 1 << 1 << Role::Code;
    QTest::newRow("TOML front matter") << u"+++\ntitle = \"x\"\n+++\n"_s << 1 << 1 << Role::MetadataKey;
}

void TestMarkdownHighlighter::roles()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(Role, role);
    QTextDocument document(text);
    MarkdownHighlighter highlighter(&document, false);
    const QTextCharFormat actual = formatAt(document, line, column);
    const QTextCharFormat expected = highlighter.formatFor(role);
    QCOMPARE(actual.foreground(), expected.foreground());
    QCOMPARE(actual.fontWeight(), expected.fontWeight());
    QCOMPARE(actual.fontItalic(), expected.fontItalic());
    QCOMPARE(actual.fontStrikeOut(), expected.fontStrikeOut());
}

void TestMarkdownHighlighter::plainTextStaysPlain()
{
    QTextDocument document(u"Just a sentence, with 3 * 4 = 12 and snake_case_words.\n---\n"_s);
    MarkdownHighlighter highlighter(&document, true);
    QVERIFY(document.firstBlock().layout()->formats().isEmpty());
}

void TestMarkdownHighlighter::misspellingsAreUnderlinedInProseOnly()
{
    QTemporaryDir folder;
    const Postwright::Core::SpellChecker checker(u"en_US"_s, folder.filePath(u"personal.txt"_s));
    QTextDocument document(u"---\ntitlle: A speling title\n---\nSome speling here, `speling` in code, "
                           u"https://example.invalid/speling and [text](speling.md).\n"_s);
    MarkdownHighlighter highlighter(&document, false);
    highlighter.setSpellChecker(&checker);
    auto underlined = [&](int line, int column) {
        return MarkdownHighlighter::isMisspelledFormat(formatAt(document, line, column));
    };
    QVERIFY(underlined(3, 6)); // "speling" in the text
    QVERIFY(!underlined(3, 1)); // "Some"
    QVERIFY(underlined(1, 11)); // a front-matter value is prose
    QVERIFY(!underlined(1, 2)); // the key is not
    const QString line = document.findBlockByNumber(3).text();
    QVERIFY(!underlined(3, int(line.indexOf(u"`speling`"_s)) + 2));
    QVERIFY(!underlined(3, int(line.indexOf(u"invalid/speling"_s)) + 9));
    QVERIFY(!underlined(3, int(line.indexOf(u"(speling.md)"_s)) + 2));
}

QTEST_MAIN(TestMarkdownHighlighter)
#include "tst_markdownhighlighter.moc"
