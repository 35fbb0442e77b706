#include "document/frontmatter.h"
#include "site/configfile.h"
#include "site/publicaddress.h"
#include "site/sitemodel.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

namespace {

void write(const QString &root, const QString &relative, const QByteArray &text)
{
    const QString path = QDir(root).filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

QString addressOf(const SiteModel &site, const QString &relative, const QString &text)
{
    return PublicAddress::of(site, QDir(site.root).filePath(relative), FrontMatter::parse(text));
}

} // namespace

// The site model's readers where no generator in Debian can be the oracle (Astro, Eleventy), and
// the configuration files' values as each parser reads them.
class TestSiteModel final : public QObject {
    Q_OBJECT

private slots:
    void configFilesReadAsValues_data();
    void configFilesReadAsValues();
    void aMalformedConfigFileSaysWhereAndKeepsTheRest();
    void hugoMergesItsConfigurationAsHugoDoes();
    void astroCollectionsFromTheContentConfig();
    void eleventyPermalinksFromTheFolderData();
    void jekyllSiteInASubfolder();
    void urlizeAndSlugify_data();
    void urlizeAndSlugify();
};

void TestSiteModel::configFilesReadAsValues_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("TOML, tables and arrays")
        << u"hugo.toml"_s << QByteArray("baseURL = 'https://x.org/'\n[Params]\nMainSections = ['posts', 'notes']\n");
    QTest::newRow("YAML, with an anchor and a merge key")
        << u"hugo.yaml"_s
        << QByteArray("base: &base\n  mainSections: [posts, notes]\nbaseURL: https://x.org/\nparams:\n  <<: *base\n");
    QTest::newRow("JSON") << u"hugo.json"_s
                          << QByteArray(
                                 R"({"baseURL": "https://x.org/", "params": {"mainSections": ["posts", "notes"]}})");
}

void TestSiteModel::configFilesReadAsValues()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, text);
    const Result<QVariantMap> read = ConfigFile::parse(text, *ConfigFile::formatOf(name), ConfigFile::Keys::LowerCase);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(ConfigFile::value(*read, u"baseurl"_s).toString(), u"https://x.org/"_s);
    QCOMPARE(ConfigFile::stringList(ConfigFile::value(*read, u"params.mainsections"_s)),
        (QStringList{u"posts"_s, u"notes"_s}));
}

void TestSiteModel::aMalformedConfigFileSaysWhereAndKeepsTheRest()
{
    QTemporaryDir root;
    write(root.path(), u"hugo.toml"_s, "baseURL = 'https://x.org/'\n");
    write(root.path(), u"config/_default/params.toml"_s, "mainSections = [posts\n");
    const SiteModel site = SiteModel::read(root.path());
    QCOMPARE(site.generator, Generator::Hugo);
    QCOMPARE(site.problems.size(), 1);
    QVERIFY2(site.problems.first().contains(u"params.toml:"_s), qPrintable(site.problems.first()));
    QCOMPARE(site.baseUrl, u"https://x.org/"_s);
}

void TestSiteModel::hugoMergesItsConfigurationAsHugoDoes()
{
    QTemporaryDir root;
    write(root.path(), u"config/_default/config.toml"_s,
        "baseURL = 'https://dev.invalid/'\ntimeZone = 'Europe/Paris'\nhasCJKLanguage = true\n"
        "[markup.highlight]\nstyle = 'dracula'\n[taxonomies]\ncategory = 'categories'\nseries = 'series'\n");
    write(root.path(), u"config/_default/languages.toml"_s,
        "[en]\nweight = 1\nlanguageCode = 'en-GB'\n[fr]\nweight = 2\nlanguageName = 'Français'\n");
    write(root.path(), u"config/_default/params.fr.toml"_s, "mainSections = ['billets']\n");
    write(root.path(), u"config/production/config.toml"_s, "baseURL = 'https://example.org/'\n");
    const SiteModel site = SiteModel::read(root.path());
    QCOMPARE(site.baseUrl, u"https://example.org/"_s); // production over the defaults
    QCOMPARE(site.timeZone, u"Europe/Paris"_s);
    QVERIFY(site.hasCjkLanguage);
    QCOMPARE(site.highlightStyle, u"dracula"_s);
    QCOMPARE(site.taxonomies, (QStringList{u"categories"_s, u"series"_s}));
    QCOMPARE(site.languages.size(), 2);
    QCOMPARE(site.languages[0].code, u"en"_s);
    QCOMPARE(site.languages[0].languageCode, u"en-GB"_s);
    QCOMPARE(site.languages[1].name, u"Français"_s);
    QCOMPARE(site.mainSections, QStringList{u"billets"_s}); // a language's own params
    QCOMPARE(site.configFiles.size(), 4);
    // One content folder for both languages: they tell their posts apart by file name.
    QCOMPARE(site.languageOf(root.filePath(u"content/billets/the.fr.md"_s)), u"fr"_s);
    QCOMPARE(site.languageOf(root.filePath(u"content/billets/the.md"_s)), u"en"_s);
    QCOMPARE(site.translationKeyOf(root.filePath(u"content/billets/the.fr.md"_s), FrontMatter()),
        site.translationKeyOf(root.filePath(u"content/billets/the.md"_s), FrontMatter()));
}

void TestSiteModel::astroCollectionsFromTheContentConfig()
{
    QTemporaryDir root;
    write(root.path(), u"astro.config.mjs"_s,
        "export default defineConfig({ site: 'https://example.com', base: '/docs' });\n");
    write(root.path(), u"src/content.config.ts"_s,
        "import { glob } from 'astro/loaders';\n"
        "const articles = defineCollection({\n  loader: glob({ base: './src/articles', pattern: '**/*.{md,mdx}' }),\n"
        "  schema: z.object({ title: z.string() }),\n});\n"
        "const blog = defineCollection({ schema: z.object({}) });\n"
        "const computed = defineCollection({ loader: glob({ base: path.join(dir, 'x'), pattern: '*.md' }) });\n"
        "export const collections = { articles, blog, computed };\n");
    const SiteModel site = SiteModel::read(root.path());
    QCOMPARE(site.generator, Generator::Astro);
    QCOMPARE(site.baseUrl, u"https://example.com/docs/"_s);
    QCOMPARE(site.postFolders.size(), 2);
    QCOMPARE(site.postFolders[0].path, root.filePath(u"src/content/blog"_s)); // the blog first
    QCOMPARE(site.postFolders[1].path, root.filePath(u"src/articles"_s));
    QCOMPARE(addressOf(site, u"src/articles/First Steps.md"_s, u"---\ntitle: x\n---\n"_s),
        u"https://example.com/docs/articles/first-steps/"_s);
    QCOMPARE(
        addressOf(site, u"src/content/blog/trip/index.mdx"_s, QString()), u"https://example.com/docs/blog/trip/"_s);
}

void TestSiteModel::eleventyPermalinksFromTheFolderData()
{
    QTemporaryDir root;
    write(root.path(), u"eleventy.config.js"_s, "export const config = { dir: { input: 'site' } };\n");
    write(root.path(), u"site/posts/posts.json"_s, R"({"permalink": "/blog/{{ page.fileSlug }}/index.html"})");
    const SiteModel site = SiteModel::read(root.path());
    QCOMPARE(site.generator, Generator::Eleventy);
    QCOMPARE(site.postFolders.first().path, root.filePath(u"site/posts"_s));
    QCOMPARE(addressOf(site, u"site/posts/2026-01-02-hello.md"_s, QString()), u"/blog/hello/"_s);
    // A post's own permalink wins; one the template language computes is not guessed.
    QCOMPARE(addressOf(site, u"site/posts/x.md"_s, u"---\npermalink: /elsewhere/\n---\n"_s), u"/elsewhere/"_s);
    QFile::remove(root.filePath(u"site/posts/posts.json"_s));
    QCOMPARE(addressOf(SiteModel::read(root.path()), u"site/posts/hello.md"_s, QString()), u"/posts/hello/"_s);
}

void TestSiteModel::jekyllSiteInASubfolder()
{
    QTemporaryDir root;
    write(root.path(), u"README.md"_s, "readme\n");
    write(root.path(), u"docs/_config.yml"_s, "url: https://me.github.io\nbaseurl: /project\n");
    write(root.path(), u"docs/_posts/2026-01-01-a.md"_s, "---\ntitle: A\n---\n");
    const SiteModel site = SiteModel::read(root.path());
    QCOMPARE(site.generator, Generator::Jekyll);
    QCOMPARE(site.siteRoot, root.filePath(u"docs"_s));
    QCOMPARE(site.postFiles(), QStringList{root.filePath(u"docs/_posts/2026-01-01-a.md"_s)});
    QCOMPARE(site.baseUrl, u"https://me.github.io/project/"_s);
}

void TestSiteModel::urlizeAndSlugify_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("hugo");
    QTest::addColumn<QString>("jekyll");
    QTest::newRow("words and punctuation") << u"First Post: Hello!"_s << u"first-post-hello"_s << u"first-post-hello"_s;
    QTest::newRow("accents stay") << u"Crème brûlée"_s << u"crème-brûlée"_s << u"crème-brûlée"_s;
    // Hugo keeps written hyphens and adds none beside them; Jekyll makes any run one hyphen.
    QTest::newRow("written hyphens stay in Hugo") << u"  a -- b  "_s << u"a--b"_s << u"a-b"_s;
    QTest::newRow("a space beside a hyphen adds none") << u"x - - y"_s << u"x--y"_s << u"x-y"_s;
    QTest::newRow("double hyphen in a word") << u"Spider--Panel X"_s << u"spider--panel-x"_s << u"spider-panel-x"_s;
    QTest::newRow("Hugo keeps dots and pluses") << u"C++ 2.0"_s << u"c++-2.0"_s << u"c-2-0"_s;
}

void TestSiteModel::urlizeAndSlugify()
{
    QFETCH(QString, text);
    QTEST(PublicAddress::hugoUrlize(text), "hugo");
    QTEST(PublicAddress::jekyllSlugify(text, false, false), "jekyll");
}

QTEST_GUILESS_MAIN(TestSiteModel)
#include "tst_sitemodel.moc"
