#include "document/frontmatter.h"
#include "document/scalarformat.h"
#include "document/slug.h"
#include "site/newpost.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

class TestNewPost final : public QObject {
    Q_OBJECT

private slots:
    void slugs_data();
    void slugs();
    void hugoPost();
    void jekyllPostHasTheDateInItsNameAndPublishedFalse();
    void astroUsesItsFieldNames();
    void aNewPostNamesTheLayoutItsSiblingsName();
    void aNewPostIsInTomlWhenTheBlogsPostsAre();
    void neverOverwrites();
};

void TestNewPost::slugs_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("slug");
    QTest::newRow("words become hyphenated lower case") << u"Hello, World!"_s << u"hello-world"_s;
    QTest::newRow("accents are folded") << u"Crème brûlée à Noël"_s << u"creme-brulee-a-noel"_s;
    QTest::newRow("a path cannot escape") << u"../../etc/passwd"_s << u"etc-passwd"_s;
    QTest::newRow("a Windows device name is not a file name") << u"CON"_s << u"con-post"_s;
    QTest::newRow("index would shadow the section page") << u"Index"_s << u"index-post"_s;
    QTest::newRow("only symbols") << u"!!! ??? ..."_s << u"untitled"_s;
    QTest::newRow("CJK titles have no ASCII letters") << u"中文标题"_s << u"untitled"_s;
    QTest::newRow("numbers stay") << u"10 things about 2026"_s << u"10-things-about-2026"_s;
    QTest::newRow("long titles are cut at 80 characters")
        << QString(u"word "_s).repeated(30) << QString(u"word-"_s).repeated(16).chopped(1);
}

void TestNewPost::slugs()
{
    QFETCH(QString, title);
    QTEST(Slug::fromTitle(title), "slug");
}

void TestNewPost::hugoPost()
{
    QTemporaryDir root;
    QDir(root.path()).mkpath(u"content/posts"_s);
    const SiteProfile profile = SiteProfile::forGenerator(Generator::Hugo, root.path());
    const QDateTime now(QDate(2026, 3, 13), QTime(10, 0), QTimeZone(3600));
    const Result<NewPost> post = NewPost::plan(profile, u"My First Post"_s, now);
    QVERIFY(post);
    QCOMPARE(post->path, root.filePath(u"content/posts/my-first-post.md"_s));
    QCOMPARE(post->text,
        u"---\ntitle: My First Post\nsummary: \"\"\ntags: []\ndate: 2026-03-13T10:00:00+01:00\n"
        u"draft: true\n---\n\n"_s);
    QVERIFY(post->create());
    const Result<NewPost> second = NewPost::plan(profile, u"My First Post"_s, now);
    QCOMPARE(QFileInfo(second->path).fileName(), u"my-first-post-2.md"_s);
}

void TestNewPost::jekyllPostHasTheDateInItsNameAndPublishedFalse()
{
    QTemporaryDir root;
    const SiteProfile profile = SiteProfile::forGenerator(Generator::Jekyll, root.path());
    const Result<NewPost> post = NewPost::plan(profile, u"Jekyll Day"_s, QDateTime(QDate(2026, 3, 13), QTime(9, 5)));
    QVERIFY(post);
    QCOMPARE(post->path, root.filePath(u"_posts/2026-03-13-jekyll-day.md"_s));
    const FrontMatter frontMatter = FrontMatter::parse(post->text, profile.naming);
    QVERIFY(frontMatter.entry(u"excerpt"_s));
    QCOMPARE(frontMatter.entry(u"published"_s)->scalar, u"false"_s);
    QCOMPARE(frontMatter.draft(), true);
}

void TestNewPost::astroUsesItsFieldNames()
{
    QTemporaryDir root;
    const SiteProfile profile = SiteProfile::forGenerator(Generator::Astro, root.path());
    const Result<NewPost> post = NewPost::plan(profile, u"Astro"_s, QDateTime::currentDateTime());
    QVERIFY(post);
    QVERIFY(post->path.startsWith(root.filePath(u"src/content/blog/"_s)));
    QVERIFY(post->text.contains(u"\ndescription: "_s));
    QVERIFY(post->text.contains(u"\npubDate: "_s));
}

void TestNewPost::aNewPostNamesTheLayoutItsSiblingsName()
{
    QTemporaryDir root;
    QDir(root.path()).mkpath(u"_posts"_s);
    const SiteProfile profile = SiteProfile::forGenerator(Generator::Jekyll, root.path());
    const auto write = [&root](const QString &name, const QByteArray &frontMatter, int hoursAgo) {
        QFile post(root.filePath(u"_posts/"_s + name));
        QVERIFY(post.open(QIODevice::WriteOnly));
        post.write("---\n" + frontMatter + "title: T\n---\nText.\n");
        QVERIFY(post.flush());
        QVERIFY(post.setFileTime(
            QDateTime::currentDateTime().addSecs(-3600 * hoursAgo), QFileDevice::FileModificationTime));
    };
    const auto plannedLayout = [&profile] {
        const Result<NewPost> post =
            NewPost::plan(profile, u"New"_s, QDateTime::currentDateTime(), NewPost::usualStyle(profile));
        const FrontMatter frontMatter = FrontMatter::parse(post ? post->text : QString());
        const FrontMatterEntry *layout = frontMatter.entry(u"layout"_s);
        return layout ? layout->scalar : u"(none)"_s;
    };
    QCOMPARE(plannedLayout(), u"(none)"_s); // no posts yet

    // A site without defaults: every post names its layout (as `jekyll new` writes them).
    write(u"2026-01-01-a.md"_s, "layout: post\n", 5);
    write(u"2026-01-02-b.md"_s, "layout: \"post\"\n", 4);
    write(u"2026-01-03-c.md"_s, "layout: wide\n", 3);
    QCOMPARE(plannedLayout(), u"post"_s);

    // One special post among posts that name none: the site has a default, the new post names none.
    QFile::remove(root.filePath(u"_posts/2026-01-01-a.md"_s));
    QFile::remove(root.filePath(u"_posts/2026-01-02-b.md"_s));
    write(u"2026-01-04-d.md"_s, "", 2);
    write(u"2026-01-05-e.md"_s, "", 1);
    QCOMPARE(plannedLayout(), u"(none)"_s);

    // The blog changed its layout: the 20 most recent posts say how it is written now.
    for (int i = 0; i < 30; ++i)
        write(u"2025-01-%1-old.md"_s.arg(i), "layout: legacy\n", 100 + i);
    for (int i = 0; i < 20; ++i)
        write(u"2026-02-%1-new.md"_s.arg(i), "layout: article\n", 10 + i);
    QCOMPARE(plannedLayout(), u"article"_s);
}

void TestNewPost::aNewPostIsInTomlWhenTheBlogsPostsAre()
{
    QTemporaryDir root;
    QDir(root.path()).mkpath(u"content/posts"_s);
    const SiteProfile profile = SiteProfile::forGenerator(Generator::Hugo, root.path());
    QCOMPARE(int(NewPost::usualStyle(profile).format), int(FrontMatterFormat::Yaml)); // no posts yet
    // As `hugo new` writes posts from Hugo's default archetype.
    for (const char *name : {"a", "b", "c"}) {
        QFile post(root.filePath(u"content/posts/%1.md"_s.arg(QLatin1String(name))));
        QVERIFY(post.open(QIODevice::WriteOnly));
        post.write("+++\ndate = '2026-03-13T10:00:00+01:00'\ndraft = false\ntitle = 'A'\n+++\nText.\n");
    }
    const NewPost::Style style = NewPost::usualStyle(profile);
    QCOMPARE(int(style.format), int(FrontMatterFormat::Toml));
    QVERIFY(style.layout.isEmpty());
    const QDateTime now(QDate(2026, 3, 13), QTime(10, 0), QTimeZone(3600));
    const Result<NewPost> post = NewPost::plan(profile, u"Tea: \"green\""_s, now, style);
    QVERIFY(post);
    QCOMPARE(post->text,
        u"+++\ntitle = \"Tea: \\\"green\\\"\"\nsummary = \"\"\ntags = []\ndate = 2026-03-13T10:00:00+01:00\ndraft = true\n+++\n\n"_s);
    const FrontMatter frontMatter = FrontMatter::parse(post->text);
    QVERIFY(!frontMatter.hasError());
    QCOMPARE(frontMatter.title(), u"Tea: \"green\""_s);
    QCOMPARE(frontMatter.draft(), true);
    QCOMPARE(frontMatter.date().dateTime(), now);
}

void TestNewPost::neverOverwrites()
{
    QTemporaryDir root;
    const NewPost post{root.filePath(u"exists.md"_s), u"new"_s};
    QFile existing(post.path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("old");
    existing.close();
    QVERIFY(!post.create());
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("old"));
    QVERIFY(!NewPost::plan(SiteProfile::forGenerator(Generator::Hugo, root.path()), u"  "_s, QDateTime()));
}

QTEST_GUILESS_MAIN(TestNewPost)
#include "tst_newpost.moc"
