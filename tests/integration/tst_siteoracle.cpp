#include "document/postdate.h"
#include "site/publicaddress.h"
#include "site/sitemodel.h"
#include "support/commandrunner.h"
#include "support/testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

namespace {

using Files = QList<QPair<QString, QString>>; // path relative to the site, text

void write(const QString &root, const QString &relative, const QString &text)
{
    const QString path = QDir(root).filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
}

QString read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString post(const QString &frontMatter, const QString &body = u"Some words of the post for its reading time.\n"_s)
{
    return u"---\n"_s + frontMatter + u"\n---\n"_s + body;
}

// What `postwright list` says of each post, by absolute path.
QHash<QString, QJsonObject> listedPosts(const QString &root)
{
    QHash<QString, QJsonObject> posts;
    const CommandResult listed = runCommand(TestPaths::postwrightBinary(), {u"list"_s, root});
    if (!listed.ok()) {
        qWarning("postwright list failed: %s", qPrintable(listed.err));
        return posts;
    }
    for (const QString &line : listed.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
        posts.insert(QDir(root).filePath(object.value(u"path"_s).toString()), object);
    }
    return posts;
}

// Hugo's answers as a generated site's templates print them.
const QString hugoIndexTemplate =
    u"{{ range where .Site.AllPages \"Section\" \"in\" .Site.Params.mainSections }}{{ if .IsPage }}"
    u"{{ .File.Filename }}\t{{ .ReadingTime }}\t{{ .WordCount }}\n{{ end }}{{ end }}"_s;

Files hugoLayouts()
{
    return {{u"layouts/_default/single.html"_s, u"{{ .Content }}"_s}, {u"layouts/_default/list.html"_s, QString()},
        {u"layouts/index.html"_s, hugoIndexTemplate}};
}

const QString someCjk = u"这是一个用来测试阅读时间的中文段落，里面有很多汉字。"_s;
const QString rawHtmlBody = u"Before the box.\n\n<div class=\"note\">\nWords inside a raw HTML block are five more.\n"
                            u"</div>\n\nAn <span>inline span of words</span> too.\n"_s;

} // namespace

Q_DECLARE_METATYPE(Files)

// The real generators from Debian are the oracle for the site model: on generated sites that use
// each configuration feature, `hugo list all` and what Hugo's templates print (or what Jekyll
// builds) must agree with `postwright list` on which files are posts, their dates, drafts and
// addresses, when they appear, and (Hugo) their reading time.
class TestSiteOracle final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void hugoAgrees_data();
    void hugoAgrees();
    void jekyllAgrees_data();
    void jekyllAgrees();

private:
    QString m_hugo;
    QString m_jekyll;
};

void TestSiteOracle::initTestCase()
{
    m_hugo = QStandardPaths::findExecutable(u"hugo"_s);
    m_jekyll = QStandardPaths::findExecutable(u"jekyll"_s);
    QVERIFY2(!m_hugo.isEmpty() && !m_jekyll.isEmpty(), "hugo and jekyll must be installed (scripts/install-deps.sh)");
    QVERIFY2(QFile::exists(TestPaths::postwrightBinary()), "build the postwright target first");
}

void TestSiteOracle::hugoAgrees_data()
{
    QTest::addColumn<Files>("files");
    const QString pages = u"disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n"_s;
    QTest::newRow("a config folder with main sections, permalinks and a production environment") << (hugoLayouts()
        + Files{{u"config/_default/hugo.toml"_s, u"baseURL = 'https://example.org/blog/'\n"_s + pages},
            {u"config/_default/params.toml"_s, u"mainSections = ['articles', 'notes']\n"_s},
            {u"config/_default/permalinks.toml"_s, u"articles = '/:year/:month/:slug/'\n"_s},
            {u"config/production/hugo.toml"_s, u"baseURL = 'https://example.net/'\n"_s},
            {u"content/articles/first.md"_s, post(u"title: \"First Post: Hello!\"\ndate: 2026-03-05T10:00:00+02:00"_s)},
            {u"content/articles/second.md"_s, post(u"title: Second\nslug: a-custom-slug\ndate: 2026-01-31"_s)},
            {u"content/articles/trip/index.md"_s, post(u"title: A Trip\ndate: 2025-12-24T23:30:00Z"_s)},
            {u"content/articles/trip/notes.md"_s, post(u"title: A resource of the bundle"_s)},
            {u"content/articles/draft.md"_s, post(u"title: Drafted\ndate: 2026-02-01\ndraft: true"_s)},
            {u"content/articles/later.md"_s, post(u"title: Later\ndate: 2099-05-01"_s)},
            {u"content/articles/gone.md"_s, post(u"title: Gone\ndate: 2020-05-01\nexpiryDate: 2021-01-01"_s)},
            {u"content/articles/_index.md"_s, post(u"title: Articles"_s)},
            {u"content/notes/Short Note.md"_s, post(u"title: A note\ndate: 2026-02-02"_s)},
            {u"content/pages/about.md"_s, post(u"title: About\ndate: 2026-02-03"_s)},
            {u"content/LICENSE.md"_s, u"Not a post.\n"_s}});
    QTest::newRow("languages with a content folder and permalinks each") << (hugoLayouts()
        + Files{{u"hugo.toml"_s,
                    u"baseURL = 'https://example.org/'\ndefaultContentLanguage = 'en'\n"_s + pages
                        + u"[permalinks]\nposts = '/:year/:slug/'\n"
                          u"[languages.en]\nweight = 1\ncontentDir = 'content/en'\n"
                          u"[languages.fr]\nweight = 2\ncontentDir = 'content/fr'\n"
                          u"[languages.fr.permalinks]\nposts = '/articles/:slug/'\n"_s},
            {u"content/en/posts/hello.md"_s, post(u"title: Hello\ndate: 2026-03-01"_s)},
            {u"content/fr/posts/hello.md"_s, post(u"title: Bonjour\ndate: 2026-03-01\nslug: salut"_s)},
            {u"content/fr/posts/seul.md"_s, post(u"title: Seul en français\ndate: 2026-03-02"_s)},
            {u"content/en/about.md"_s, post(u"title: About"_s)}, {u"LICENSE.md"_s, u"MIT\n"_s}});
    QTest::newRow("translations by file name, every language in a subfolder") << (hugoLayouts()
        + Files{{u"hugo.toml"_s,
                    u"baseURL = 'https://example.org/'\ndefaultContentLanguage = 'en'\n"
                    u"defaultContentLanguageInSubdir = true\n"_s
                        + pages + u"[languages.en]\nweight = 1\n[languages.de]\nweight = 2\n"_s},
            {u"content/posts/tea.md"_s, post(u"title: Tea\ndate: 2026-04-01"_s)},
            {u"content/posts/tea.de.md"_s, post(u"title: Tee\ndate: 2026-04-01"_s)},
            {u"content/posts/walk/index.md"_s, post(u"title: A walk\ndate: 2026-04-02"_s)},
            {u"content/posts/walk/index.de.md"_s, post(u"title: Ein Spaziergang\ndate: 2026-04-02"_s)}});
    const Files cjkPosts = {
        {u"content/posts/one-glyph.md"_s,
            post(u"title: Thanks\ndate: 2026-01-01"_s,
                QString(u"A long English post thanking 李 for the help, with many words in it. "_s).repeated(40))},
        {u"content/posts/chinese.md"_s, post(u"title: 中文\ndate: 2026-01-02"_s, someCjk.repeated(30))},
        {u"content/posts/said-not-cjk.md"_s,
            post(u"title: Not CJK\ndate: 2026-01-03\nisCJKLanguage: false"_s, someCjk.repeated(30))},
        {u"content/posts/said-cjk.md"_s,
            post(u"title: Said CJK\ndate: 2026-01-04\nisCJKLanguage: true"_s,
                QString(u"plain English words for a page that says it is CJK. "_s).repeated(60))}};
    QTest::newRow("hasCJKLanguage on") << (hugoLayouts() + cjkPosts
        + Files{{u"hugo.toml"_s, u"baseURL = 'https://example.org/'\nhasCJKLanguage = true\n"_s + pages}});
    QTest::newRow("hasCJKLanguage off") << (hugoLayouts() + cjkPosts
        + Files{{u"hugo.toml"_s, u"baseURL = 'https://example.org/'\n"_s + pages}});
    const Files htmlPosts = {{u"content/posts/html.md"_s, post(u"title: HTML\ndate: 2026-01-01"_s, rawHtmlBody)}};
    QTest::newRow("raw HTML allowed") << (hugoLayouts() + htmlPosts
        + Files{{u"hugo.yaml"_s,
            u"baseURL: https://example.org/\n"
            u"disableKinds: [taxonomy, term, RSS, sitemap]\nmarkup:\n  goldmark:\n    renderer:\n      unsafe: true\n"_s}});
    QTest::newRow("raw HTML dropped") << (hugoLayouts() + htmlPosts
        + Files{{u"hugo.json"_s,
            u"{\"baseURL\": \"https://example.org/\", \"disableKinds\": [\"taxonomy\", \"term\", \"RSS\", \"sitemap\"]}"_s}});
    // Hugo keeps written hyphens, adds none beside them, and drops "+" in :title and :slug.
    const QString awkward = u"title: \"  a -- b  \"\ndate: 2026-01-0%1"_s;
    QTest::newRow("hyphens, spaces and pluses in titles, slugs and file names") << (hugoLayouts()
        + Files{{u"hugo.toml"_s,
                    u"baseURL = 'https://example.org/'\n"_s + pages
                        + u"[permalinks]\nbytitle = '/:title/'\nbyslug = '/s/:slug/'\n"_s},
            {u"content/bytitle/one.md"_s, post(awkward.arg(1))},
            {u"content/bytitle/two.md"_s, post(u"title: \"Spider--Panel X\"\ndate: 2026-01-02"_s)},
            {u"content/bytitle/three.md"_s, post(u"title: \"C++ 2.0\"\ndate: 2026-01-03"_s)},
            {u"content/byslug/four.md"_s, post(u"title: Four\nslug: \"x - - y\"\ndate: 2026-01-04"_s)},
            {u"content/byslug/five.md"_s, post(u"title: \"C++ 2.0 again\"\ndate: 2026-01-05"_s)},
            {u"content/posts/six.md"_s, post(u"title: Six\nslug: \"  a -- b  \"\ndate: 2026-01-06"_s)},
            {u"content/posts/seven.md"_s, post(u"title: Seven\nslug: \"C++ 2.0\"\ndate: 2026-01-07"_s)},
            {u"content/posts/file -- name.md"_s, post(u"title: Eight\ndate: 2026-01-08"_s)}});
    QTest::newRow("the section with the most pages, without mainSections") << (hugoLayouts()
        + Files{{u"config.toml"_s, u"baseURL = 'https://example.org/'\n"_s + pages},
            {u"content/posts/a.md"_s, post(u"title: A\ndate: 2026-01-01"_s)},
            {u"content/blog/b.md"_s, post(u"title: B\ndate: 2026-01-02"_s)},
            {u"content/blog/c.md"_s, post(u"title: C\ndate: 2026-01-03"_s)},
            {u"content/blog/d/index.md"_s, post(u"title: D\ndate: 2026-01-04"_s)}});
}

void TestSiteOracle::hugoAgrees()
{
    QFETCH(Files, files);
    QTemporaryDir site;
    for (const auto &[relative, text] : files)
        write(site.path(), relative, text);
    QVERIFY(git(site.path(), {u"init"_s, u"-q"_s}).ok());
    const QString root = QDir(site.path()).canonicalPath();

    // Every page Hugo would build, drafts, future and expired ones too, with its reading time.
    const CommandResult built = runCommand(m_hugo, {u"--quiet"_s, u"-D"_s, u"-F"_s, u"-E"_s, u"--source"_s, root});
    QVERIFY2(built.ok(), qPrintable(built.err));
    QHash<QString, QStringList> hugoPosts; // file → minutes, words
    for (QDirIterator it(root + u"/public"_s, {u"index.html"_s}, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();) {
        for (const QString &line : read(it.next()).split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList fields = line.split(u'\t');
            if (fields.size() == 3)
                hugoPosts.insert(QFileInfo(fields[0]).canonicalFilePath(), fields.mid(1));
        }
    }
    const auto listOf = [&](const QString &which) {
        QHash<QString, QStringList> pages;
        const CommandResult listed = runCommand(m_hugo, {u"list"_s, which, u"--source"_s, root});
        for (const QString &line : listed.out.split(u'\n', Qt::SkipEmptyParts).mid(which == u"all" ? 1 : 0))
            pages.insert(QDir(root).filePath(line.section(u',', 0, 0)), line.split(u','));
        return pages;
    };
    const QHash<QString, QStringList> all = listOf(u"all"_s);
    const QHash<QString, QStringList> drafts = listOf(u"drafts"_s);
    const QHash<QString, QStringList> future = listOf(u"future"_s);
    const QHash<QString, QStringList> expired = listOf(u"expired"_s);
    QVERIFY(!all.isEmpty());

    const QHash<QString, QJsonObject> ours = listedPosts(root);
    QStringList ourPaths = ours.keys();
    QStringList hugoPaths = hugoPosts.keys();
    ourPaths.sort();
    hugoPaths.sort();
    QCOMPARE(ourPaths, hugoPaths);
    QVERIFY(!ours.isEmpty());
    qInfo("%d posts of %d pages", int(ours.size()), int(all.size()));
    const SiteModel model = SiteModel::read(root);
    for (auto it = ours.cbegin(); it != ours.cend(); ++it) {
        const QString &path = it.key();
        const QJsonObject &listed = it.value();
        QVERIFY2(all.contains(path), qPrintable(path));
        const QStringList fields = all.value(path); // path,slug,title,date,expiryDate,publishDate,draft,permalink
        QCOMPARE(listed.value(u"url"_s).toString(), fields.value(7));
        QCOMPARE(listed.value(u"draft"_s).toBool(), fields.value(6) == u"true");
        QCOMPARE(listed.value(u"draft"_s).toBool(), drafts.contains(path));
        const QDateTime ourDate =
            PublicAddress::momentOf(model, PostDate::fromText(listed.value(u"date"_s).toString()));
        const QDateTime hugoDate = QDateTime::fromString(fields.value(3), Qt::ISODate);
        if (hugoDate.date().year() > 1)
            QCOMPARE(ourDate.toUTC(), hugoDate.toUTC());
        else
            QVERIFY(!ourDate.isValid());
        QCOMPARE(listed.value(u"schedule"_s).toString() == u"scheduled", future.contains(path));
        QCOMPARE(listed.value(u"schedule"_s).toString() == u"expired", expired.contains(path));
        const QJsonObject reading = listed.value(u"readingTime"_s).toObject();
        QCOMPARE(reading.value(u"minutes"_s).toInt(), hugoPosts.value(path).value(0).toInt());
        QCOMPARE(reading.value(u"words"_s).toInt(), hugoPosts.value(path).value(1).toInt());
    }
}

void TestSiteOracle::jekyllAgrees_data()
{
    QTest::addColumn<QString>("siteFolder");
    QTest::addColumn<QString>("collectionsFolder"); // Jekyll names documents' paths from it
    QTest::addColumn<Files>("files");
    const QString lister = u"---\nlayout: null\n---\n{% for c in site.collections %}{% if c.output %}"
                           u"{% for d in c.docs %}{{ d.path }}\t{{ d.url | absolute_url }}\n{% endfor %}"
                           u"{% endif %}{% endfor %}"_s;
    QTest::newRow("posts in category folders, pretty addresses")
        << QString() << QString()
        << Files{{u"_config.yml"_s, u"url: https://example.org\nbaseurl: /blog\npermalink: pretty\n"_s},
               {u"list.txt"_s, lister}, {u"_posts/2026-01-02-root-post.md"_s, post(u"title: Root post"_s)},
               {u"travel/_posts/2026-02-03-paris.md"_s, post(u"title: Paris"_s)},
               {u"travel/asia/_posts/2026-03-04-kyoto.md"_s, post(u"title: Kyoto\ncategories: [Food]"_s)},
               {u"_posts/2026-03-05-Mixed-Case.md"_s, post(u"title: Mixed\ndate: 2026-03-05 10:00:00 +0000"_s)},
               {u"_drafts/an-idea.md"_s, post(u"title: An idea\ndate: 2026-03-06"_s)},
               {u"_posts/2099-01-01-later.md"_s, post(u"title: Later"_s)}};
    QTest::newRow("a site in docs/ with the default addresses")
        << u"docs"_s << QString()
        << Files{{u"README.md"_s, u"The repository's readme, not a post.\n"_s},
               {u"docs/_config.yml"_s, u"title: Docs\n"_s}, {u"docs/list.txt"_s, lister},
               {u"docs/_posts/2026-01-02-hello-world.md"_s, post(u"title: Hello\ncategory: News"_s)},
               {u"docs/_posts/2026-01-03-second.md"_s, post(u"title: Second\nslug: other-slug"_s)}};
    QTest::newRow("collections in a collections folder")
        << QString() << u"my_collections"_s
        << Files{{u"_config.yml"_s,
                     u"collections_dir: my_collections\ncollections:\n  recipes:\n    output: true\n"
                     u"    permalink: /:collection/:name/\n  notes:\n    output: false\n"_s},
               {u"list.txt"_s, lister}, {u"my_collections/_posts/2026-01-05-a-post.md"_s, post(u"title: A post"_s)},
               {u"my_collections/_recipes/Onion Soup.md"_s, post(u"title: Soup"_s)},
               {u"my_collections/_notes/private.md"_s, post(u"title: Not written out"_s)}};
}

void TestSiteOracle::jekyllAgrees()
{
    QFETCH(QString, siteFolder);
    QFETCH(QString, collectionsFolder);
    QFETCH(Files, files);
    QTemporaryDir repository;
    for (const auto &[relative, text] : files)
        write(repository.path(), relative, text);
    QVERIFY(git(repository.path(), {u"init"_s, u"-q"_s}).ok());
    const QString root = QDir(repository.path()).canonicalPath();
    const QString site = QDir(root).filePath(siteFolder);
    const CommandResult built = runCommand(m_jekyll,
        {u"build"_s, u"--quiet"_s, u"--drafts"_s, u"--future"_s, u"-s"_s, site, u"-d"_s, site + u"/_site"_s}, site);
    QVERIFY2(built.ok(), qPrintable(built.err + built.out));
    QHash<QString, QString> jekyllPosts; // file → address
    for (const QString &line : read(site + u"/_site/list.txt"_s).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(u'\t');
        if (fields.size() == 2)
            jekyllPosts.insert(QDir(QDir(site).filePath(collectionsFolder)).filePath(fields[0]), fields[1]);
    }
    QVERIFY(!jekyllPosts.isEmpty());
    const QHash<QString, QJsonObject> ours = listedPosts(root);
    qInfo("%d posts", int(ours.size()));
    QStringList ourPaths = ours.keys();
    QStringList jekyllPaths = jekyllPosts.keys();
    ourPaths.sort();
    jekyllPaths.sort();
    QCOMPARE(ourPaths, jekyllPaths);
    for (auto it = ours.cbegin(); it != ours.cend(); ++it) {
        QCOMPARE(it->value(u"url"_s).toString(), jekyllPosts.value(it.key()));
        // Without --drafts and --future, Jekyll leaves out drafts and future posts.
        QCOMPARE(it->value(u"draft"_s).toBool(), it.key().contains(u"/_drafts/"_s));
        QCOMPARE(it->value(u"schedule"_s).toString() == u"scheduled", it.key().contains(u"/2099-"_s));
    }
}

QTEST_GUILESS_MAIN(TestSiteOracle)
#include "tst_siteoracle.moc"
