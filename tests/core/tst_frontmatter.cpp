#include "document/frontmatter.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

namespace {

QString crlf(QString text)
{
    return text.replace(u"\n"_s, u"\r\n"_s);
}

// An edit named as the command line names it: "title=...", "-summary" removes a field.
QString applied(const QString &text, const QString &operation)
{
    const FrontMatter frontMatter = FrontMatter::parse(text);
    Result<TextEdit> edit = operation.startsWith(u'-')
        ? frontMatter.remove(operation == u"-tags" ? PostField::Tags
                : operation == u"-summary"         ? PostField::Summary
                                                   : PostField::Draft)
        : frontMatter.setFromString(operation.section(u'=', 0, 0), operation.section(u'=', 1));
    if (!edit)
        return u"ERROR: "_s + edit.error().message;
    return edit->appliedTo(text);
}

} // namespace

class TestFrontMatter final : public QObject {
    Q_OBJECT

private slots:
    void fields_data();
    void fields();
    void surgicalEdits_data();
    void surgicalEdits();
    void editsReadBack_data();
    void editsReadBack();
    void editIsOnlyTheValueSpan();
    void errors_data();
    void errors();
    void malformedTextIsNeverEdited();
    void jsonDoesNotCrash();
    void bodyStart();
};

void TestFrontMatter::fields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("date");
    QTest::addColumn<int>("draft"); // -1 missing, 0 false, 1 true

    QTest::newRow("YAML with a flow list of tags")
        << u"---\ntitle: Hello\nsummary: A post\ntags: [a, \"b c\"]\ndate: 2026-03-13\ndraft: true\n---\nBody\n"_s
        << u"Hello"_s << u"A post"_s << QStringList{u"a"_s, u"b c"_s} << u"2026-03-13"_s << 1;
    QTest::newRow("YAML with a block list of tags and a quoted title")
        << u"---\ntitle: \"Quoted: yes\"\ntags:\n  - one\n  - 'two'\n---\n"_s << u"Quoted: yes"_s << QString()
        << QStringList{u"one"_s, u"two"_s} << QString() << -1;
    QTest::newRow("tags as a comma string") << u"---\ntags: \"x, y ,z\"\n---\n"_s << QString() << QString()
                                            << QStringList{u"x"_s, u"y"_s, u"z"_s} << QString() << -1;
    QTest::newRow("Astro's description and pubDate are the summary and the date")
        << u"---\ntitle: T\ndescription: D\npubDate: 2026-03-13T10:00:00+01:00\n---\n"_s << u"T"_s << u"D"_s
        << QStringList() << u"2026-03-13T10:00:00+01:00"_s << -1;
    QTest::newRow("Jekyll's excerpt and published: false")
        << u"---\nexcerpt: E\npublished: false\n---\n"_s << QString() << u"E"_s << QStringList() << QString() << 1;
    QTest::newRow("TOML front matter")
        << u"+++\ntitle = \"Hi\"\nsummary = 'S'\ntags = [\"a\", \"b\"]\ndate = 2026-03-13T10:00:00Z\ndraft = false\n+++\n"_s
        << u"Hi"_s << u"S"_s << QStringList{u"a"_s, u"b"_s} << u"2026-03-13T10:00:00Z"_s << 0;
    QTest::newRow("a folded summary is read as its text") << u"---\nsummary: >-\n  folded\n  text\n---\n"_s << QString()
                                                          << u"folded text"_s << QStringList() << QString() << -1;
    QTest::newRow("an empty value is missing")
        << u"---\ntitle:\ntags: ~\n---\n"_s << QString() << QString() << QStringList() << QString() << -1;
    QTest::newRow("no front matter at all")
        << u"# Just a heading\n"_s << QString() << QString() << QStringList() << QString() << -1;
    QTest::newRow("CRLF line endings") << crlf(u"---\ntitle: Windows\ntags: [w]\n---\nBody\n"_s) << u"Windows"_s
                                       << QString() << QStringList{u"w"_s} << QString() << -1;
    QTest::newRow("multi-byte text and emoji before a field")
        << u"---\ntitle: \"Überlegungen 🎉 zum Blog\"\nsummary: x\n---\n"_s << u"Überlegungen 🎉 zum Blog"_s << u"x"_s
        << QStringList() << QString() << -1;
}

void TestFrontMatter::fields()
{
    QFETCH(QString, text);
    const FrontMatter frontMatter = FrontMatter::parse(text);
    QVERIFY2(!frontMatter.hasError(), qPrintable(frontMatter.hasError() ? frontMatter.error()->message : QString()));
    QTEST(frontMatter.title(), "title");
    QTEST(frontMatter.summary(), "summary");
    QTEST(frontMatter.tags(), "tags");
    QTEST(frontMatter.date().text(), "date");
    QFETCH(int, draft);
    QCOMPARE(frontMatter.draft().has_value() ? int(*frontMatter.draft()) : -1, draft);
}

void TestFrontMatter::surgicalEdits_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("after");

    const QString post = u"---\n# A comment stays\ntitle: Old title   # trailing comment\nweird:   {nested: [1, 2]}\n"
                         u"tags: [a, b]\ndate: 2026-03-13\ndraft: true\n\nextra: \"kept\"\n---\nBody text\n"_s;
    auto changed = [&](const QString &from, const QString &to) { return QString(post).replace(from, to); };

    QTest::newRow("a plain title is rewritten in place, comments and unknown keys untouched")
        << post << u"title=New title"_s << changed(u"title: Old title "_s, u"title: New title "_s);
    QTest::newRow("a title that needs quoting becomes double-quoted")
        << post << u"title=Colons: a story"_s << changed(u"Old title"_s, u"\"Colons: a story\""_s);
    QTest::newRow("a title that reads as a number is quoted")
        << post << u"title=2026"_s << changed(u"Old title"_s, u"\"2026\""_s);
    QTest::newRow("a double-quoted title stays double-quoted with escapes")
        << u"---\ntitle: \"x\"\n---\n"_s << u"title=say \"hi\" \\o/"_s
        << u"---\ntitle: \"say \\\"hi\\\" \\\\o/\"\n---\n"_s;
    QTest::newRow("a single-quoted title stays single-quoted and doubles apostrophes")
        << u"---\ntitle: 'x'\n---\n"_s << u"title=it's mine"_s << u"---\ntitle: 'it''s mine'\n---\n"_s;
    QTest::newRow("a missing summary is added as one line before the closing delimiter")
        << post << u"summary=Short"_s << changed(u"extra: \"kept\"\n"_s, u"extra: \"kept\"\nsummary: Short\n"_s);
    QTest::newRow("flow tags stay a flow list")
        << post << u"tags=x, needs: quote, z"_s << changed(u"[a, b]"_s, u"[x, \"needs: quote\", z]"_s);
    QTest::newRow("a tag with a comma is quoted inside a flow list")
        << u"---\ntags: [a]\n---\n"_s << u"tags=c++"_s << u"---\ntags: [c++]\n---\n"_s;
    QTest::newRow("block tags keep their indentation")
        << u"---\ntags:\n    - a\n    - b\ndate: 2026-01-01\n---\n"_s << u"tags=x,yy,z"_s
        << u"---\ntags:\n    - x\n    - yy\n    - z\ndate: 2026-01-01\n---\n"_s;
    QTest::newRow("block tags with quoted items keep the quotes")
        << u"---\ntags:\n- 'a'\n---\n"_s << u"tags=b,c"_s << u"---\ntags:\n- 'b'\n- 'c'\n---\n"_s;
    QTest::newRow("block tags emptied become an empty flow list")
        << u"---\ntags:\n  - a\n  - b\ntitle: t\n---\n"_s << u"tags="_s << u"---\ntags: []\ntitle: t\n---\n"_s;
    QTest::newRow("comma-string tags stay a comma string")
        << u"---\ntags: \"a, b\"\n---\n"_s << u"tags=c,d"_s << u"---\ntags: \"c, d\"\n---\n"_s;
    QTest::newRow("empty tags get a value after a space")
        << u"---\ntags:\ntitle: t\n---\n"_s << u"tags=a"_s << u"---\ntags: [a]\ntitle: t\n---\n"_s;
    QTest::newRow("added tags follow the block's block-list style")
        << u"---\ncategories:\n  - x\n---\n"_s << u"tags=a,b"_s
        << u"---\ncategories:\n  - x\ntags:\n  - a\n  - b\n---\n"_s;
    QTest::newRow("a date-only date stays date-only")
        << post << u"date=2026-12-24T18:30:00+01:00"_s << changed(u"2026-03-13"_s, u"2026-12-24"_s);
    QTest::newRow("a date with an offset keeps its form")
        << u"---\ndate: 2026-03-13T10:00:00+01:00\n---\n"_s << u"date=2026-04-01T08:05:09+02:00"_s
        << u"---\ndate: 2026-04-01T08:05:09+02:00\n---\n"_s;
    QTest::newRow("a quoted date without seconds stays quoted and without seconds")
        << u"---\ndate: \"2026-03-13T10:00\"\n---\n"_s << u"date=2026-04-01T08:05:09"_s
        << u"---\ndate: \"2026-04-01T08:05\"\n---\n"_s;
    QTest::newRow("a Jekyll date with a space and +0100 keeps that form")
        << u"---\ndate: 2026-03-13 10:00:00 +0100\n---\n"_s << u"date=2026-04-01T08:05:09+01:00"_s
        << u"---\ndate: 2026-04-01 08:05:09 +0100\n---\n"_s;
    QTest::newRow("a UTC date stays in UTC with Z")
        << u"---\ndate: 2026-03-13T10:00:00Z\n---\n"_s << u"date=2026-04-01T10:00:00+02:00"_s
        << u"---\ndate: 2026-04-01T08:00:00Z\n---\n"_s;
    QTest::newRow("a date with milliseconds keeps three digits")
        << u"---\ndate: 2026-03-13T10:00:00.000+01:00\n---\n"_s << u"date=2026-04-01T08:05:09.250+01:00"_s
        << u"---\ndate: 2026-04-01T08:05:09.250+01:00\n---\n"_s;
    QTest::newRow("draft true becomes false")
        << post << u"draft=false"_s << changed(u"draft: true"_s, u"draft: false"_s);
    QTest::newRow("Jekyll's published is written inverted")
        << u"---\npublished: false\n---\n"_s << u"draft=false"_s << u"---\npublished: true\n---\n"_s;
    QTest::newRow("removing a field removes its line only")
        << post << u"-draft"_s << changed(u"draft: true\n"_s, QString());
    QTest::newRow("removing block tags removes all their lines")
        << u"---\na: 1\ntags:\n  - x\n  - y\nb: 2\n---\n"_s << u"-tags"_s << u"---\na: 1\nb: 2\n---\n"_s;
    QTest::newRow("removing a missing field changes nothing") << post << u"-summary"_s << post;
    QTest::newRow("a folded summary keeps its header and indentation")
        << u"---\nsummary: >-\n    old folded\n    text\ntitle: t\n---\n"_s << u"summary=new text"_s
        << u"---\nsummary: >-\n    new text\ntitle: t\n---\n"_s;
    QTest::newRow("Astro's description is edited where it is")
        << u"---\ndescription: old\n---\n"_s << u"summary=new"_s << u"---\ndescription: new\n---\n"_s;
    QTest::newRow("CRLF line endings are kept when a field is added")
        << crlf(u"---\ntitle: t\n---\nBody\n"_s) << u"summary=s"_s << crlf(u"---\ntitle: t\nsummary: s\n---\nBody\n"_s);
    QTest::newRow("CRLF block tags are rewritten with CRLF")
        << crlf(u"---\ntags:\n  - a\n---\n"_s) << u"tags=b,c"_s << crlf(u"---\ntags:\n  - b\n  - c\n---\n"_s);
    QTest::newRow("a field after multi-byte text and emoji is found exactly")
        << u"---\ntitle: \"Ünïcödé 🎉🎉\"\ndraft: true\n---\n"_s << u"draft=false"_s
        << u"---\ntitle: \"Ünïcödé 🎉🎉\"\ndraft: false\n---\n"_s;
    QTest::newRow("an emoji title is written in place")
        << u"---\ntitle: \"🎉 old\"\n---\n"_s << u"title=🚀 new"_s << u"---\ntitle: \"🚀 new\"\n---\n"_s;
    QTest::newRow("a post with no front matter gets a new block")
        << u"Body only\n"_s << u"title=Fresh"_s << u"---\ntitle: Fresh\n---\nBody only\n"_s;
    QTest::newRow("an unknown key is set as a string")
        << u"---\ntitle: t\n---\n"_s << u"slug=my-post"_s << u"---\ntitle: t\nslug: my-post\n---\n"_s;
    QTest::newRow("TOML: a basic string title stays a basic string")
        << u"+++\ntitle = \"Old\" # c\n+++\n"_s << u"title=New \"one\""_s
        << u"+++\ntitle = \"New \\\"one\\\"\" # c\n+++\n"_s;
    QTest::newRow("TOML: a literal string stays literal")
        << u"+++\ntitle = 'Old'\n+++\n"_s << u"title=New"_s << u"+++\ntitle = 'New'\n+++\n"_s;
    QTest::newRow("TOML: a native datetime stays native and keeps its form")
        << u"+++\ndate = 2026-03-13T10:00:00+01:00\n+++\n"_s << u"date=2026-05-06T07:08:09+01:00"_s
        << u"+++\ndate = 2026-05-06T07:08:09+01:00\n+++\n"_s;
    QTest::newRow("TOML: tags stay an array")
        << u"+++\ntags = [\"a\"]\n+++\n"_s << u"tags=b, c"_s << u"+++\ntags = [\"b\", \"c\"]\n+++\n"_s;
    QTest::newRow("TOML: a missing field goes before the first table")
        << u"+++\ntitle = \"t\"\n[params]\nx = 1\n+++\n"_s << u"summary=s"_s
        << u"+++\ntitle = \"t\"\nsummary = \"s\"\n[params]\nx = 1\n+++\n"_s;
    QTest::newRow("TOML: draft flips") << u"+++\ndraft = true\n+++\n"_s << u"draft=false"_s
                                       << u"+++\ndraft = false\n+++\n"_s;
    // Found by fuzzing (tests/fuzz/fuzz_frontmatter.cpp):
    QTest::newRow("a key added to an indented block lines up with its keys")
        << u"---\n  a: 1\n---\n"_s << u"title=x"_s << u"---\n  a: 1\n  title: x\n---\n"_s;
    QTest::newRow("a block scalar with an indentation indicator is replaced by a quoted value")
        << u"---\ntitle: |9\n---\n"_s << u"title=x"_s << u"---\ntitle: \"x\"\n---\n"_s;
    QTest::newRow("a block scalar value starting with spaces becomes quoted")
        << u"---\nsummary: |\n  old\n---\n"_s << u"summary=  lead"_s << u"---\nsummary: \"  lead\"\n---\n"_s;
    QTest::newRow("an indented block's block scalar is rewritten deeper than its keys")
        << u"---\n    title: |\n---\n"_s << u"title=x"_s << u"---\n    title: |\n      x\n---\n"_s;
    QTest::newRow("a tagged block scalar is replaced by a quoted value")
        << u"---\ntitle: !custom >\n  old\n---\n"_s << u"title=new"_s << u"---\ntitle: \"new\"\n---\n"_s;
    QTest::newRow("a value written below its key moves up beside it")
        << u"---\ntitle:\n\n  \"old\"\n---\n"_s << u"title=new"_s << u"---\ntitle: \"new\"\n---\n"_s;
    QTest::newRow("a block list ending in an empty item keeps the line break before ---")
        << u"---\ntags:\n  - a\n  -\n---\n"_s << u"tags=b"_s << u"---\ntags:\n  - b\n---\n"_s;
    QTest::newRow("a field of a {flow} front matter is changed in place")
        << u"---\n{title: old, draft: true}\n---\n"_s << u"draft=false"_s
        << u"---\n{title: old, draft: false}\n---\n"_s;
    QTest::newRow("a key alone in a {flow} front matter gets its colon with the value")
        << u"---\n{title, draft: true}\n---\n"_s << u"title=x"_s << u"---\n{title: x, draft: true}\n---\n"_s;
    QTest::newRow("a key alone at the end of a line of a {flow} front matter gets its value beside it")
        << u"---\n{title\n}\n---\n"_s << u"title=x"_s << u"---\n{title: x\n}\n---\n"_s;
    QTest::newRow("an edit that would break the block is refused, not written")
        << u"---\n{!\ntitle}\n---\n"_s << u"title=x"_s
        << u"ERROR: title cannot be changed here without breaking the front matter; edit it in the text"_s;
    QTest::newRow("a field cannot be added to a {flow} front matter")
        << u"---\n{title: old}\n---\n"_s << u"summary=x"_s
        << u"ERROR: this front matter is written as {key: value, ...}: add summary in the text"_s;
    QTest::newRow("explicit ? keys are not edited")
        << u"---\n? title\n: x\n---\n"_s << u"title=y"_s
        << u"ERROR: this front matter uses \"? key\" entries, which Postwright does not edit; edit it in the text"_s;
    QTest::newRow("an explicit ? key alone on its line, after other keys, is not edited")
        << u"---\n!:\n\n?\n >\n---\n"_s << u"title=x"_s
        << u"ERROR: this front matter uses \"? key\" entries, which Postwright does not edit; edit it in the text"_s;
    QTest::newRow("tags with nested lists are not rewritten")
        << u"---\ntags:\n- [a, b]\n---\n"_s << u"tags=c"_s
        << u"ERROR: tags holds nested lists or mappings; edit it in the text"_s;
    QTest::newRow("blank lines with tabs after a block scalar go with it")
        << u"---\ntitle: >\n  old\n  \t\n\ndraft: true\n---\n"_s << u"title=new"_s
        << u"---\ntitle: >\n  new\ndraft: true\n---\n"_s;
    QTest::newRow("TOML: a field is removed with its line")
        << u"+++\na = 1\ndraft = true\nb = 2\n+++\n"_s << u"-draft"_s << u"+++\na = 1\nb = 2\n+++\n"_s;
}

void TestFrontMatter::surgicalEdits()
{
    QFETCH(QString, before);
    QFETCH(QString, operation);
    QTEST(applied(before, operation), "after");
}

void TestFrontMatter::editsReadBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");

    const QStringList awkward = {u"plain"_s, u"with: colon"_s, u"# hash first"_s, u"quote \" and ' both"_s,
        u"trailing space "_s, u"true"_s, u"null"_s, u"1e3"_s, u"- dash"_s, u"tab\there"_s, u"back\\slash"_s,
        u"Ünïcode 🎉"_s, u"[brackets]"_s, u"@at"_s, u"2026-01-01"_s, u""_s};
    const QStringList styles = {u"plain"_s, u"\"double\""_s, u"'single'"_s};
    for (const QString &style : styles) {
        for (const QString &value : awkward) {
            QTest::addRow("YAML title %s set to \"%s\"", qPrintable(style), qPrintable(value))
                << u"---\ntitle: %1\n---\n"_s.arg(style) << value;
        }
    }
    for (const QString &value : awkward) {
        QTest::addRow("TOML title set to \"%s\"", qPrintable(value)) << u"+++\ntitle = \"x\"\n+++\n"_s << value;
    }
}

void TestFrontMatter::editsReadBack()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    const Result<TextEdit> edit = FrontMatter::parse(text).setText(PostField::Title, value);
    QVERIFY(edit);
    const FrontMatter after = FrontMatter::parse(edit->appliedTo(text));
    QVERIFY2(!after.hasError(), qPrintable(edit->appliedTo(text)));
    QCOMPARE(after.entry(PostField::Title)->scalar, value);
}

void TestFrontMatter::editIsOnlyTheValueSpan()
{
    const QString text = u"---\ntitle: Old\nsummary: Keep\n---\n"_s;
    const Result<TextEdit> edit = FrontMatter::parse(text).setText(PostField::Title, u"New"_s);
    QVERIFY(edit);
    QCOMPARE(edit->start, text.indexOf(u"Old"_s));
    QCOMPARE(edit->length, 3);
    QCOMPARE(edit->replacement, u"New"_s);
}

void TestFrontMatter::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messageContains");

    QTest::newRow("an unclosed block points at its opening line")
        << u"---\ntitle: x\n\nBody without end\n"_s << 1 << 1 << u"never closed"_s;
    QTest::newRow("a duplicate key points at the second one")
        << u"---\ntitle: a\nsummary: s\ntitle: b\n---\n"_s << 4 << 1 << u"duplicate key \"title\" (first on line 2)"_s;
    QTest::newRow("a duplicate nested key is found too")
        << u"---\nparams:\n  a: 1\n  a: 2\n---\n"_s << 4 << 3 << u"duplicate key \"a\""_s;
    QTest::newRow("bad indentation") << u"---\ntitle: a\n  summary: b\n---\n"_s << 3 << 10 << u"malformed"_s;
    QTest::newRow("a tab used for indentation")
        << u"---\ntags:\n\t- a\n---\n"_s << 3 << 1 << u"tabs cannot indent YAML"_s;
    QTest::newRow("an unclosed quote") << u"---\ntitle: \"open\nsummary: x\n---\n"_s << 4 << 1 << u"quoted scalar"_s;
    QTest::newRow("plain text instead of fields") << u"---\njust words\n---\n"_s << 2 << 1 << u"key: value"_s;
    QTest::newRow("an error after multi-byte text has the right column")
        << u"---\ntitle: \"é\" extra\n---\n"_s << 2 << 12 << u"malformed"_s;
    QTest::newRow("TOML: a duplicate key") << u"+++\na = 1\na = 2\n+++\n"_s << 3 << 5 << u"redefine"_s;
    QTest::newRow("TOML: an unclosed string") << u"+++\ntitle = \"x\n+++\n"_s << 2 << 11 << u"malformed"_s;
    QTest::newRow("a second --- inside starts another YAML document")
        << u"---\ntitle: a\n--- # not closing\nb: c\n---\n"_s << 3 << 1 << u"second \"---\""_s;
    QTest::newRow("a lone block scalar instead of fields") << u"---\n|\n\n---\n"_s << 2 << 1 << u"key: value"_s;
    QTest::newRow("a lone alias instead of fields") << u"---\n*anchor\n---\n"_s << 2 << 1 << u"key: value"_s;
    QTest::newRow("a lone carriage return") << u"---\ntitle: a\rsummary: b\n---\n"_s << 2 << 1 << u"carriage return"_s;
    QTest::newRow("a byte order mark inside the block")
        << u"---\n\ufefftitle: x\n---\n"_s << 2 << 1 << u"byte order mark"_s;
}

void TestFrontMatter::errors()
{
    QFETCH(QString, text);
    const FrontMatter frontMatter = FrontMatter::parse(text);
    QVERIFY(frontMatter.hasError());
    const Error &error = *frontMatter.error();
    QFETCH(QString, messageContains);
    QVERIFY2(error.message.contains(messageContains), qPrintable(error.message));
    QTEST(error.line, "line");
    QTEST(error.column, "column");
}

void TestFrontMatter::malformedTextIsNeverEdited()
{
    const QString text = u"---\ntitle: a\ntitle: b\n---\n"_s;
    const FrontMatter frontMatter = FrontMatter::parse(text);
    QVERIFY(!frontMatter.setText(PostField::Title, u"x"_s));
    QVERIFY(!frontMatter.setTags({u"x"_s}));
    QVERIFY(!frontMatter.setDraft(false));
    QVERIFY(!frontMatter.remove(PostField::Title));
    QVERIFY(frontMatter.setText(PostField::Title, u"x"_s).error().message.contains(u"cannot be edited"_s));
}

void TestFrontMatter::jsonDoesNotCrash()
{
    const QString text = u"{\n  \"title\": \"JSON\"\n}\nBody\n"_s;
    const FrontMatter frontMatter = FrontMatter::parse(text);
    QCOMPARE(frontMatter.format(), FrontMatterFormat::Json);
    QVERIFY(frontMatter.hasError());
    QCOMPARE(text.mid(frontMatter.bodyStart()), u"Body\n"_s);
    QVERIFY(!frontMatter.setText(PostField::Title, u"x"_s));
}

void TestFrontMatter::bodyStart()
{
    const QString text = u"---\ntitle: t\n---\n\nBody\n"_s;
    const FrontMatter frontMatter = FrontMatter::parse(text);
    QCOMPARE(text.mid(frontMatter.bodyStart()), u"\nBody\n"_s);
    QCOMPARE(frontMatter.bodyStartLine(), 3);
}

QTEST_GUILESS_MAIN(TestFrontMatter)
#include "tst_frontmatter.moc"
