#include "git/gitlibrary.h"
#include "site/postfiles.h"
#include "site/postlibrary.h"
#include "site/publicaddress.h"
#include "site/sampleblog.h"
#include "support/commandrunner.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <future>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

namespace {

const PostSummary *find(const QList<PostSummary> &posts, const QString &fileName)
{
    for (const PostSummary &post : posts) {
        if (post.path.endsWith(fileName))
            return &post;
    }
    return nullptr;
}

void append(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(text);
}

} // namespace

class TestPostLibrary final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void listsPostsWithFieldsReadingTimeAndStatus();
    void coverImagesAreFoundAsThemesFindThem_data();
    void coverImagesAreFoundAsThemesFindThem();
    void statusFollowsGit();
    void statusComparesTheFilesNotTheIndex();
    void aStateGitCannotGiveIsUnknown();
    void aSecondScanReadsOnlyChangedFiles();
    void aScanSaysHowFarItHasRead();
    void aLongScanShowsAFirstScreenFirst();
    void theCacheFileIsWholeOnceTheLibraryIsGone();
    void searchTagsAndOrder();
    void newestFirstComparesInstantsAndPutsUndatedPostsLast();
    void renamingFollowsTheSitesConventions();
    void overridesWinOverDetection();
    void siteDetection_data();
    void siteDetection();

private:
    GitLibrary m_git;
    std::unique_ptr<QTemporaryDir> m_data;
    QString m_blog;
};

void TestPostLibrary::init()
{
    QStandardPaths::setTestModeEnabled(true); // deleted posts go to a trash of the tests' own
    m_data = std::make_unique<QTemporaryDir>();
    m_blog = *SampleBlog::ensure(m_data->path());
}

void TestPostLibrary::listsPostsWithFieldsReadingTimeAndStatus()
{
    const QList<PostSummary> posts = PostLibrary::scan(SiteProfile::detect(m_blog));
    QCOMPARE(posts.size(), 3);
    QVERIFY(posts[0].path.endsWith(u"welcome-to-postwright.md"_s)); // newest first
    const PostSummary *tour = find(posts, u"markdown-tour.md"_s);
    QCOMPARE(tour->title, u"A Markdown tour: tables, tasks and footnotes"_s);
    QCOMPARE(tour->tags, (QStringList{u"markdown"_s, u"reference"_s}));
    QCOMPARE(tour->date.text(), u"2026-11-12"_s);
    QCOMPARE(tour->reading.text, u"1 min read"_s);
    QVERIFY(tour->reading.words > 50);
    QCOMPARE(tour->state, PostState::Published);
    QVERIFY(find(posts, u"notes-on-a-quiet-morning.md"_s)->isDraft);
}

void TestPostLibrary::coverImagesAreFoundAsThemesFindThem_data()
{
    QTest::addColumn<QString>("post"); // relative to the Hugo site; ".../index.md" is a bundle
    QTest::addColumn<QString>("frontMatter");
    QTest::addColumn<QString>("image"); // the file to create, relative to the site
    QTest::addColumn<bool>("found");
    const QString plain = u"content/posts/p.md"_s;
    QTest::newRow("image, static") << plain << u"image: /images/a.jpg"_s << u"static/images/a.jpg"_s << true;
    QTest::newRow("PaperMod's cover.image")
        << plain << u"cover:\n  image: /images/b.png\n  alt: B"_s << u"static/images/b.png"_s << true;
    QTest::newRow("TOML [cover] table") << plain << u"[cover]\nimage = '/images/c.png'"_s << u"static/images/c.png"_s
                                        << true;
    QTest::newRow("featured_image") << plain << u"featured_image: /f.jpg"_s << u"static/f.jpg"_s << true;
    QTest::newRow("featuredImage, any case") << plain << u"FeaturedImage: /g.jpg"_s << u"static/g.jpg"_s << true;
    QTest::newRow("images[0]") << plain << u"images:\n  - /h.jpg\n  - /i.jpg"_s << u"static/h.jpg"_s << true;
    QTest::newRow("heroImage relative") << plain << u"heroImage: ./j.webp"_s << u"content/posts/j.webp"_s << true;
    QTest::newRow("Minimal Mistakes header.teaser")
        << plain << u"header:\n  teaser: /k.jpg"_s << u"static/k.jpg"_s << true;
    QTest::newRow("bundle cover file") << u"content/posts/trip/index.md"_s << QString()
                                       << u"content/posts/trip/cover.jpg"_s << true;
    QTest::newRow("bundle feature file") << u"content/posts/trip/index.md"_s << QString()
                                         << u"content/posts/trip/feature-1.png"_s << true;
    QTest::newRow("a remote image is not a file")
        << plain << u"image: https://cdn.example.org/a.jpg"_s << u"static/a.jpg"_s << false;
    QTest::newRow("a missing file is none") << plain << u"image: /nope.jpg"_s << u"static/other.jpg"_s << false;
    QTest::newRow("outside the site is none") << plain << u"image: /../../secret.jpg"_s << u"secret.jpg"_s << false;
}

void TestPostLibrary::coverImagesAreFoundAsThemesFindThem()
{
    QFETCH(QString, post);
    QFETCH(QString, frontMatter);
    QFETCH(QString, image);
    QFETCH(bool, found);
    QTemporaryDir site;
    const auto write = [&](const QString &relative, const QByteArray &bytes) {
        QDir().mkpath(QFileInfo(site.filePath(relative)).absolutePath());
        QFile file(site.filePath(relative));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write(u"hugo.toml"_s, "title = 'T'\n");
    const bool toml = frontMatter.startsWith(u'[');
    const QString block =
        toml ? u"+++\ntitle = 'P'\n"_s + frontMatter + u"\n+++\n"_s : u"---\ntitle: P\n"_s + frontMatter + u"\n---\n"_s;
    write(post, (block + u"Body.\n"_s).toUtf8());
    write(image, "not decoded here");
    const QList<PostSummary> posts = PostLibrary::scan(SiteProfile::detect(site.path()));
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts[0].coverImage, found ? site.filePath(image) : QString());
}

void TestPostLibrary::statusFollowsGit()
{
    append(m_blog + u"/content/posts/markdown-tour.md"_s, "\nEdited.\n");
    QFile::copy(m_blog + u"/content/posts/markdown-tour.md"_s, m_blog + u"/content/posts/copy.md"_s);
    append(m_blog + u"/content/posts/notes-on-a-quiet-morning.md"_s, "\nCommitted only here.\n");
    QVERIFY(git(m_blog,
        {u"-c"_s, u"user.name=T"_s, u"-c"_s, u"user.email=t@x.invalid"_s, u"commit"_s, u"-qm"_s, u"local"_s,
            u"content/posts/notes-on-a-quiet-morning.md"_s})
                .ok());
    const QList<PostSummary> posts = PostLibrary::scan(SiteProfile::detect(m_blog));
    QCOMPARE(find(posts, u"markdown-tour.md"_s)->state, PostState::ChangedSincePublish);
    QCOMPARE(find(posts, u"copy.md"_s)->state, PostState::NotPublished);
    QCOMPARE(find(posts, u"notes-on-a-quiet-morning.md"_s)->state, PostState::CommittedNotPushed);
    QCOMPARE(find(posts, u"welcome-to-postwright.md"_s)->state, PostState::Published);
}

void TestPostLibrary::statusComparesTheFilesNotTheIndex()
{
    // A clone whose checkout stopped half way (a file too large for the snapshot it came from, say)
    // has the posts on disk but not in its index: they are what the remote has, so published, as
    // the status bar says. The library called them "not published" for being untracked.
    QVERIFY(git(m_blog, {u"rm"_s, u"-r"_s, u"-q"_s, u"--cached"_s, u"content"_s}).ok());
    const QList<PostSummary> posts = PostLibrary::scan(SiteProfile::detect(m_blog));
    QCOMPARE(posts.size(), 3);
    for (const PostSummary &post : posts) {
        QCOMPARE(post.state, PostState::Published);
        QCOMPARE(post.state, PostStatus::of(post.path));
    }
}

void TestPostLibrary::aStateGitCannotGiveIsUnknown()
{
    QFile index(m_blog + u"/.git/index"_s);
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("DIRC but not an index at all");
    index.close();
    const QList<PostSummary> posts = PostLibrary::scan(SiteProfile::detect(m_blog));
    QCOMPARE(posts.size(), 3);
    for (const PostSummary &post : posts)
        QCOMPARE(post.state, PostState::Unknown);
    QCOMPARE(PostStatus::describe(PostState::Unknown), u"git state unknown"_s);
}

void TestPostLibrary::aSecondScanReadsOnlyChangedFiles()
{
    const QString cache = m_data->filePath(u"cache/library"_s);
    {
        PostLibrary library(SiteProfile::detect(m_blog), cache);
        QCOMPARE(library.scan().size(), 3);
        QCOMPARE(library.lastParsedCount(), 3);
        QCOMPARE(library.scan().size(), 3);
        QCOMPARE(library.lastParsedCount(), 0);
    }
    QTest::qWait(20); // a later modification time
    append(m_blog + u"/content/posts/markdown-tour.md"_s, "\nMore words here.\n");
    PostLibrary fresh(SiteProfile::detect(m_blog), cache); // a new session reads the cache file
    const QList<PostSummary> posts = fresh.scan();
    QCOMPARE(fresh.lastParsedCount(), 1);
    QCOMPARE(fresh.readSoFar(), 1);
    QCOMPARE(fresh.toRead(), 1);
    QVERIFY(find(posts, u"markdown-tour.md"_s)->searchText.contains(u"more words here"_s));
    QCOMPARE(find(posts, u"welcome-to-postwright.md"_s)->title, u"Welcome to Postwright"_s);
}

void TestPostLibrary::aScanSaysHowFarItHasRead()
{
    constexpr int count = 2000;
    for (int i = 0; i < count; ++i)
        append(m_blog + u"/content/posts/many-%1.md"_s.arg(i),
            "---\ntitle: Many\ndate: 2025-01-01\n---\nSome words *here*.\n");
    PostLibrary library(SiteProfile::detect(m_blog));
    // Another thread asks while the scan runs, as the window's progress does.
    std::future<QList<PostSummary>> scanned = std::async(std::launch::async, [&library] { return library.scan(); });
    QList<int> seen;
    while (scanned.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready)
        seen.append(library.readSoFar());
    QCOMPARE(scanned.get().size(), count + 3);
    QCOMPARE(library.readSoFar(), count + 3);
    QCOMPARE(library.toRead(), count + 3);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QVERIFY2(std::any_of(seen.begin(), seen.end(), [](int read) { return read > 0 && read < count; }),
        "no count seen between the first and the last post");
}

void TestPostLibrary::aLongScanShowsAFirstScreenFirst()
{
    for (int i = 0; i < 300; ++i)
        append(m_blog + u"/content/posts/many-%1.md"_s.arg(i),
            u"---\ntitle: Many %1\ndate: 2025-%2-01\n---\nSome words *here*.\n"_s.arg(i)
                .arg(1 + i % 12, 2, 10, QChar(u'0'))
                .toUtf8());
    PostLibrary library(SiteProfile::detect(m_blog));
    QList<QList<PostSummary>> shown;
    library.setFirstScreen(40, [&shown](const QList<PostSummary> &posts) { shown.append(posts); });
    const QList<PostSummary> complete = library.scan();
    QCOMPARE(shown.size(), 1);
    const QList<PostSummary> &first = shown.first();
    QCOMPARE(first.size(), complete.size());
    // Every post's fields and state are there; the newest have their reading time, in order.
    for (qsizetype row = 0; row < first.size(); ++row) {
        QCOMPARE(first[row].path, complete[row].path);
        QCOMPARE(first[row].title, complete[row].title);
        QCOMPARE(first[row].state, complete[row].state);
        QCOMPARE(first[row].isAnalysed, row < 40);
        if (row < 40)
            QCOMPARE(first[row].reading.text, complete[row].reading.text);
        else
            QVERIFY(first[row].reading.text.isEmpty());
        QVERIFY(complete[row].isAnalysed);
        QVERIFY(!complete[row].reading.text.isEmpty());
    }
    // A short reading has no first screen of its own.
    shown.clear();
    PostLibrary small(SiteProfile::detect(m_blog));
    small.setFirstScreen(400, [&shown](const QList<PostSummary> &posts) { shown.append(posts); });
    QCOMPARE(small.scan().size(), complete.size());
    QVERIFY(shown.isEmpty());
}

void TestPostLibrary::theCacheFileIsWholeOnceTheLibraryIsGone()
{
    // scan() returns before its cache file is written; the file must be complete, not missing or
    // cut short, by the time the library is gone, and a second scan waits for it too.
    for (int i = 0; i < 400; ++i) {
        QFile post(m_blog + u"/content/posts/generated-%1.md"_s.arg(i));
        QVERIFY(post.open(QIODevice::WriteOnly));
        post.write("---\ntitle: Generated " + QByteArray::number(i) + "\n---\n\n" + QByteArray(4000, 'w') + "\n");
    }
    const QString cache = m_data->filePath(u"cache/library"_s);
    {
        PostLibrary library(SiteProfile::detect(m_blog), cache);
        QCOMPARE(library.scan().size(), 403);
        QCOMPARE(library.scan().size(), 403);
        QCOMPARE(library.lastParsedCount(), 0);
    }
    QVERIFY(QFileInfo(cache).size() > 400 * 4000);
    PostLibrary fresh(SiteProfile::detect(m_blog), cache);
    QCOMPARE(fresh.scan().size(), 403);
    QCOMPARE(fresh.lastParsedCount(), 0);
    fresh.waitForCacheFile(); // nothing changed: nothing is written, and waiting returns
}

void TestPostLibrary::searchTagsAndOrder()
{
    const QList<PostSummary> posts = PostLibrary::scan(SiteProfile::detect(m_blog));
    QCOMPARE(PostLibrary::select(posts, u"KETTLE"_s, {}, PostLibrary::Order::NewestFirst).size(), 1); // body text
    QCOMPARE(PostLibrary::select(posts, u"tour tables"_s, {}, PostLibrary::Order::NewestFirst).size(), 1);
    const QList<PostSummary> journal = PostLibrary::select(posts, {}, u"journal"_s, PostLibrary::Order::NewestFirst);
    QCOMPARE(journal.size(), 1);
    QVERIFY(journal[0].isDraft);
    const QList<PostSummary> byTitle = PostLibrary::select(posts, {}, {}, PostLibrary::Order::Title);
    QCOMPARE(byTitle[0].title, u"A Markdown tour: tables, tasks and footnotes"_s);
    QCOMPARE(PostLibrary::allTags(posts).size(), 6);
}

void TestPostLibrary::newestFirstComparesInstantsAndPutsUndatedPostsLast()
{
    const auto write = [&](const QString &name, const QByteArray &date) {
        QFile file(m_blog + u"/content/posts/"_s + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "---\ntitle: " + name.toUtf8() + "\n" + (date.isEmpty() ? "" : "date: " + date + "\n") + "---\nText.\n");
    };
    write(u"z-undated.md"_s, {});
    write(u"y-same-instant.md"_s, "2026-12-01T06:00:00+01:00");
    write(u"x-same-instant.md"_s, "2026-12-01T10:00:00+05:00");
    write(u"w-earlier-that-day.md"_s, "2026-12-01T04:30:00Z");
    write(u"a-undated.md"_s, {});
    QStringList order;
    for (const PostSummary &post : PostLibrary::scan(SiteProfile::detect(m_blog)))
        order.append(QFileInfo(post.path).fileName());
    QCOMPARE(order,
        (QStringList{u"x-same-instant.md"_s, u"y-same-instant.md"_s, u"w-earlier-that-day.md"_s,
            u"welcome-to-postwright.md"_s, u"markdown-tour.md"_s, u"notes-on-a-quiet-morning.md"_s, u"a-undated.md"_s,
            u"z-undated.md"_s}));
}

void TestPostLibrary::renamingFollowsTheSitesConventions()
{
    QTemporaryDir root;
    QDir(root.path()).mkpath(u"_posts"_s);
    QDir(root.path()).mkpath(u"content/posts/trip"_s);
    auto write = [](const QString &path, const QByteArray &text) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write(root.filePath(u"_posts/2026-01-01-old.md"_s), "---\ntitle: T\ndate: 2026-03-13 10:00:00 +0100\n---\n");
    const SiteProfile jekyll = SiteProfile::forGenerator(Generator::Jekyll, root.path());
    const Result<QString> moved =
        PostFiles::rename(jekyll, root.filePath(u"_posts/2026-01-01-old.md"_s), u"../New Name"_s, false);
    QVERIFY(moved);
    QCOMPARE(*moved, root.filePath(u"_posts/2026-03-13-new-name.md"_s)); // the prefix follows the date field

    write(root.filePath(u"content/posts/trip/index.md"_s), "---\ntitle: Trip\n---\n");
    write(root.filePath(u"content/posts/trip/photo.png"_s), "png");
    const SiteProfile hugo = SiteProfile::forGenerator(Generator::Hugo, root.path());
    QCOMPARE(PublicAddress::pathOf(*hugo.site, root.filePath(u"content/posts/trip/index.md"_s), FrontMatter()),
        u"/posts/trip/"_s);
    const Result<QString> bundle =
        PostFiles::rename(hugo, root.filePath(u"content/posts/trip/index.md"_s), u"Journey"_s, true);
    QVERIFY(bundle);
    QCOMPARE(*bundle, root.filePath(u"content/posts/journey/index.md"_s));
    QVERIFY(QFile::exists(root.filePath(u"content/posts/journey/photo.png"_s)));
    QFile renamed(*bundle);
    QVERIFY(renamed.open(QIODevice::ReadOnly));
    QVERIFY(renamed.readAll().contains("aliases: [/posts/trip/]"));
    const Result<QString> trashed = PostFiles::remove(hugo, *bundle);
    QVERIFY(trashed);
    QVERIFY(!QFileInfo::exists(root.filePath(u"content/posts/journey"_s)));
    // In the trash, the draft and its image can be brought back.
    QVERIFY2(trashed->startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/Trash/"_s),
        qPrintable(*trashed));
    QVERIFY(QFile::exists(*trashed + u"/photo.png"_s));
    QVERIFY(QFile::exists(*trashed + u"/index.md"_s));
    QVERIFY(QDir(*trashed).removeRecursively());

    // A first delete, before the folder that holds the trash exists.
    QTemporaryDir home;
    const QByteArray realHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QVERIFY(dataFolder.startsWith(home.path()) && !QFileInfo::exists(dataFolder));
    write(root.filePath(u"content/posts/first.md"_s), "---\ntitle: First\n---\n");
    const Result<QString> first = PostFiles::remove(hugo, root.filePath(u"content/posts/first.md"_s));
    qputenv("HOME", realHome);
    QVERIFY(first);
    QCOMPARE(*first, dataFolder + u"/Trash/files/first.md"_s);
    QVERIFY(QFile::exists(*first));
}

void TestPostLibrary::siteDetection_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<int>("generator");
    QTest::addColumn<QString>("contentFolder");
    QTest::addColumn<QString>("summaryKey");
    QTest::newRow("hugo.toml is Hugo") << u"hugo.toml"_s << QByteArray() << int(Generator::Hugo) << u"content/posts"_s
                                       << u"summary"_s;
    QTest::newRow("config.yaml is Hugo") << u"config.yaml"_s << QByteArray() << int(Generator::Hugo)
                                         << u"content/posts"_s << u"summary"_s;
    QTest::newRow("_config.yml is Jekyll")
        << u"_config.yml"_s << QByteArray() << int(Generator::Jekyll) << u"_posts"_s << u"excerpt"_s;
    QTest::newRow("astro.config.mjs is Astro")
        << u"astro.config.mjs"_s << QByteArray() << int(Generator::Astro) << u"src/content/blog"_s << u"description"_s;
    QTest::newRow(".eleventy.js is Eleventy")
        << u".eleventy.js"_s << QByteArray() << int(Generator::Eleventy) << u"posts"_s << u"description"_s;
    QTest::newRow("Eleventy's input folder")
        << u".eleventy.js"_s
        << QByteArray("module.exports = function (eleventyConfig) {\n  eleventyConfig.addPassthroughCopy({ input: "
                      "'img' });\n  return {\n    dir: {\n      input: \"src\",\n      output: \"_site\"\n    }\n  "
                      "};\n};\n")
        << int(Generator::Eleventy) << u"src/posts"_s << u"description"_s;
    QTest::newRow("Eleventy 3's setInputDirectory")
        << u"eleventy.config.mjs"_s
        << QByteArray(
               "export default function (eleventyConfig) {\n  eleventyConfig.setInputDirectory(`content/`);\n}\n")
        << int(Generator::Eleventy) << u"content/posts"_s << u"description"_s;
    QTest::newRow("an input folder outside the repository is ignored")
        << u"eleventy.config.js"_s << QByteArray("export const config = { dir: { input: '../../elsewhere' } };\n")
        << int(Generator::Eleventy) << u"posts"_s << u"description"_s;
    QTest::newRow("a computed input folder is not guessed")
        << u"eleventy.config.js"_s << QByteArray("export const config = { dir: { input: process.env.SRC } };\n")
        << int(Generator::Eleventy) << u"posts"_s << u"description"_s;
    QTest::newRow("nothing known is plain Markdown")
        << u"README"_s << QByteArray() << int(Generator::Unknown) << QString() << u"summary"_s;
}

void TestPostLibrary::overridesWinOverDetection()
{
    QTemporaryDir root;
    QFile(root.filePath(u"hugo.toml"_s)).open(QIODevice::WriteOnly);
    const SiteProfile jekyll = SiteProfile::withOverrides(root.path(), u"jekyll"_s, u"writing/posts"_s);
    QCOMPARE(jekyll.generator, Generator::Jekyll);
    QCOMPARE(jekyll.contentFolder, u"writing/posts"_s);
    QCOMPARE(jekyll.naming.summary, u"excerpt"_s);
    QCOMPARE(SiteProfile::withOverrides(root.path(), {}, u"../../outside"_s).contentFolder, u"content/posts"_s);
    QCOMPARE(SiteProfile::withOverrides(root.path(), {}, {}).generator, Generator::Hugo);
}

void TestPostLibrary::siteDetection()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, config);
    QTemporaryDir root;
    QFile written(root.filePath(file));
    QVERIFY(written.open(QIODevice::WriteOnly));
    written.write(config);
    written.close();
    const SiteProfile profile = SiteProfile::detect(root.path());
    QTEST(int(profile.generator), "generator");
    QTEST(profile.contentFolder, "contentFolder");
    QTEST(profile.naming.summary, "summaryKey");
}

QTEST_GUILESS_MAIN(TestPostLibrary)
#include "tst_postlibrary.moc"
