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
    void fencedCodeByItsLanguage_data();
    void fencedCodeByItsLanguage();
    void templateSyntaxIsNotProse();
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
    QTest::newRow("a Hugo shortcode") << u"A {{< figure src=\"x.png\" >}} b"_s << 0 << 5 << Role::Template;
    QTest::newRow("a Hugo shortcode with Markdown")
        << u"{{% notice tip %}}\nInside *em*\n{{% /notice %}}"_s << 0 << 4 << Role::Template;
    QTest::newRow("inside a shortcode's tags, Markdown")
        << u"{{% notice tip %}}\nInside *em*\n{{% /notice %}}"_s << 1 << 9 << Role::Emphasis;
    QTest::newRow("a Liquid tag") << u"x {% include note.html %} y"_s << 0 << 5 << Role::Template;
    QTest::newRow("a Liquid value") << u"x {{ site.title }} y"_s << 0 << 6 << Role::Template;
    QTest::newRow("a shortcode in inline code is code") << u"`{{< x >}}`"_s << 0 << 4 << Role::Code;
    QTest::newRow("after a shortcode, Markdown again") << u"{{< x >}} and *em*"_s << 0 << 15 << Role::Emphasis;
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

void TestMarkdownHighlighter::fencedCodeByItsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("token"); // its first occurrence in the line
    QTest::addColumn<Role>("role");
    const auto row = [](const char *language, const QString &line, const QString &token, Role role) {
        QTest::addRow("%s: %s", language, qPrintable(token)) << QString::fromLatin1(language) << line << token << role;
    };
    row("python", u"def f(x): return 'a' # note"_s, u"def"_s, Role::CodeKeyword);
    row("py", u"def f(x): return 'a' # note"_s, u"'a'"_s, Role::CodeString);
    row("python", u"def f(x): return 'a' # note"_s, u"# note"_s, Role::CodeComment);
    row("javascript", u"const n = 42; // the answer"_s, u"const"_s, Role::CodeKeyword);
    row("js", u"const n = 42; // the answer"_s, u"42"_s, Role::CodeNumber);
    row("typescript", u"interface A { b: string }"_s, u"interface"_s, Role::CodeKeyword);
    row("java", u"public static void main() {}"_s, u"static"_s, Role::CodeKeyword);
    row("c", u"int main(void) { /* c */ }"_s, u"/* c */"_s, Role::CodeComment);
    row("C++", u"template <typename T> auto f();"_s, u"typename"_s, Role::CodeKeyword);
    row("csharp", u"public record Point(int X);"_s, u"record"_s, Role::CodeKeyword);
    row("go", u"func main() { fmt.Println(`raw`) }"_s, u"`raw`"_s, Role::CodeString);
    row("rust", u"fn main() { let mut x = 1; }"_s, u"mut"_s, Role::CodeKeyword);
    row("ruby", u"def hello; puts \"hi\"; end"_s, u"end"_s, Role::CodeKeyword);
    row("php", u"function f() { echo $x; }"_s, u"echo"_s, Role::CodeKeyword);
    row("bash", u"if [ -f a ]; then echo \"$#\"; fi # done"_s, u"fi"_s, Role::CodeKeyword);
    row("sh", u"if [ -f a ]; then echo \"$#\"; fi # done"_s, u"# done"_s, Role::CodeComment);
    row("html", u"<div class=\"a\"><!-- c --></div>"_s, u"<!-- c -->"_s, Role::CodeComment);
    row("css", u"a:hover { color: red; } /* c */"_s, u"hover"_s, Role::CodeKeyword);
    row("sql", u"SELECT id FROM posts -- all"_s, u"FROM"_s, Role::CodeKeyword);
    row("yaml", u"draft: true # not yet"_s, u"true"_s, Role::CodeKeyword);
    row("json", u"{\"a\": null}"_s, u"\"a\""_s, Role::CodeString);
    row("toml", u"draft = false"_s, u"false"_s, Role::CodeKeyword);
    row("kotlin", u"fun main() { val x = 1 }"_s, u"val"_s, Role::CodeKeyword);
    row("swift", u"guard let x else { return }"_s, u"guard"_s, Role::CodeKeyword);
    row("{.python}", u"import os"_s, u"import"_s, Role::CodeKeyword);
    row("no-such-language", u"def f(): return"_s, u"def"_s, Role::Code);
    row("", u"def f(): return"_s, u"def"_s, Role::Code);
}

void TestMarkdownHighlighter::fencedCodeByItsLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, line);
    QFETCH(QString, token);
    QFETCH(Role, role);
    // The second line of code: the fence's language carries over lines.
    QTextDocument document(u"```"_s + language + u"\nx\n"_s + line + u"\n```\nafter *em*\n"_s);
    MarkdownHighlighter highlighter(&document, false);
    const int at = int(line.indexOf(token));
    QVERIFY(at >= 0);
    const QTextCharFormat expected = highlighter.formatFor(role);
    for (int column = at; column < at + token.size(); ++column) {
        const QTextCharFormat actual = formatAt(document, 2, column);
        QCOMPARE(actual.foreground(), expected.foreground());
        QCOMPARE(actual.background(), expected.background());
        QCOMPARE(actual.fontWeight(), expected.fontWeight());
    }
    // After the fence, Markdown again.
    QCOMPARE(formatAt(document, 4, 7).fontItalic(), true);
}

void TestMarkdownHighlighter::templateSyntaxIsNotProse()
{
    QTemporaryDir folder;
    const Postwright::Core::SpellChecker checker(u"en_US"_s, folder.filePath(u"personal.txt"_s));
    QTextDocument document(
        u"A speling {{< figure src=\"speling.png\" captionn=\"x\" >}} and {% inclde speling.html %} {{ site.speling }}\n"_s);
    MarkdownHighlighter highlighter(&document, false);
    highlighter.setSpellChecker(&checker);
    const QString line = document.firstBlock().text();
    auto underlined = [&](const QString &near, int offset) {
        return MarkdownHighlighter::isMisspelledFormat(formatAt(document, 0, int(line.indexOf(near)) + offset));
    };
    QVERIFY(underlined(u"speling {{"_s, 1)); // prose
    QVERIFY(!underlined(u"src"_s, 1));
    QVERIFY(!underlined(u"captionn"_s, 1));
    QVERIFY(!underlined(u"inclde"_s, 1));
    QVERIFY(!underlined(u"site.speling"_s, 6));
}

QTEST_MAIN(TestMarkdownHighlighter)
#include "tst_markdownhighlighter.moc"
