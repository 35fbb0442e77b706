#include "document/frontmatter.h"
#include "document/post.h"
#include "document/textfile.h"
#include "images/imageconversion.h"
#include "site/imageimport.h"
#include "site/newpost.h"
#include "site/siteprofile.h"
#include "support/commandrunner.h"
#include "support/imagebytes.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

namespace {

void write(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text.toUtf8());
}

QString read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QByteArray png()
{
    QImage image(4, 3, QImage::Format_RGB32);
    image.fill(Qt::blue);
    return imageBytes(image, "PNG");
}

// Creates and edits a post only through Postwright's core, as the app does.
QString writePost(const SiteProfile &profile, const QString &title, const QString &summary, const QStringList &tags,
    const QDateTime &date, bool draft, const QString &bodyWords)
{
    const Result<NewPost> planned = NewPost::plan(profile, title, date, NewPost::usualStyle(profile));
    if (!planned || !planned->create())
        return {};
    QString text = planned->text;
    auto apply = [&](const std::function<Result<TextEdit>(const FrontMatter &)> &edit) {
        const Result<TextEdit> change = edit(FrontMatter::parse(text, profile.naming));
        if (change)
            change->applyTo(text);
    };
    apply([&](const FrontMatter &f) { return f.setText(PostField::Summary, summary); });
    apply([&](const FrontMatter &f) { return f.setTags(tags); });
    apply([&](const FrontMatter &f) { return f.setDate(date); });
    apply([&](const FrontMatter &f) { return f.setDraft(draft); });
    const Result<ImportedImage> image = ImageImport::import(profile, planned->path, png(), u"My Photo.png"_s);
    if (!image)
        return {};
    text += bodyWords + u"\n\n![a blue photo]("_s + image->link + u")\n"_s;
    if (!TextFile::save(planned->path, text, false))
        return {};
    return planned->path;
}

} // namespace

class TestGenerators final : public QObject {
    Q_OBJECT

private slots:
    void hugoBuildsWhatWeWrite();
    void jekyllBuildsWhatWeWrite();
    void imageAddressesAreServedUnderTheBasePath();
};

void TestGenerators::hugoBuildsWhatWeWrite()
{
    const QString hugo = QStandardPaths::findExecutable(u"hugo"_s);
    QVERIFY2(!hugo.isEmpty(), "hugo must be installed");
    QTemporaryDir site;
    write(site.filePath(u"hugo.toml"_s),
        u"baseURL = 'https://example.invalid/'\ntitle = 'T'\n"
        u"disableKinds = ['RSS', 'sitemap', 'taxonomy', 'term']\n"_s);
    write(site.filePath(u"layouts/_default/single.html"_s),
        u"<h1>{{ .Title }}</h1><time>{{ .Date.Format \"2006-01-02\" }}</time><p class=\"tags\">{{ delimit "
        u".Params.tags \", \" }}</p><p class=\"summary\">{{ .Params.summary }}</p><p class=\"reading\">{{ "
        u".ReadingTime }} min</p>{{ .Content }}"_s);
    write(site.filePath(u"layouts/_default/list.html"_s), QString());
    write(site.filePath(u"layouts/index.html"_s), QString());
    // A post as `hugo new` writes it from Hugo's default archetype: TOML, which new posts follow.
    write(site.filePath(u"content/posts/first.md"_s),
        u"+++\ndate = '2026-01-02T10:00:00+01:00'\ndraft = false\ntitle = 'First'\ntags = ['intro']\n+++\nHello.\n"_s);
    const SiteProfile profile = SiteProfile::detect(site.path());
    QCOMPARE(profile.generator, Generator::Hugo);

    const QDateTime when(QDate(2026, 11, 20), QTime(9, 30), QTimeZone(3600));
    const QString words = QString(u"word "_s).repeated(700);
    const QString published = writePost(profile, u"Hugo: built for real"_s, u"A summary for Hugo."_s,
        {u"alpha"_s, u"beta gamma"_s}, when, false, words);
    const QString draft = writePost(profile, u"Not yet"_s, u"Draft."_s, {u"x"_s}, when, true, u"draft"_s);
    QVERIFY(!published.isEmpty() && !draft.isEmpty());
    QVERIFY2(read(published).startsWith(u"+++\ntitle = \"Hugo: built for real\"\n"_s), qPrintable(read(published)));

    const CommandResult built = runCommand(hugo, {u"--quiet"_s, u"--source"_s, site.path()});
    QVERIFY2(built.ok(), qPrintable(built.err));
    const QString html = read(site.filePath(u"public/posts/hugo-built-for-real/index.html"_s));
    QVERIFY2(html.contains(u"<h1>Hugo: built for real</h1>"_s), qPrintable(html.left(300)));
    QVERIFY(html.contains(u"<time>2026-11-20</time>"_s));
    QVERIFY(html.contains(u"<p class=\"tags\">alpha, beta gamma</p>"_s));
    QVERIFY(html.contains(u"<p class=\"summary\">A summary for Hugo.</p>"_s));
    QVERIFY(html.contains(u"src=\"/images/my-photo.png\""_s));
    QVERIFY(QFile::exists(site.filePath(u"public/images/my-photo.png"_s)));
    QVERIFY(!QFileInfo::exists(site.filePath(u"public/posts/not-yet"_s)));

    static const QRegularExpression reading(u"<p class=\"reading\">(\\d+) min</p>"_s);
    const int hugoMinutes = reading.match(html).captured(1).toInt();
    QCOMPARE(Post::analyse(read(published)).readingTime(ReadingPreset::Hugo).minutes, hugoMinutes);
    QCOMPARE(hugoMinutes, 4); // 701 words / 213, rounded up
}

void TestGenerators::jekyllBuildsWhatWeWrite()
{
    const QString jekyll = QStandardPaths::findExecutable(u"jekyll"_s);
    QVERIFY2(!jekyll.isEmpty(), "jekyll must be installed");
    QTemporaryDir site;
    write(site.filePath(u"_layouts/post.html"_s),
        u"<h1>{{ page.title }}</h1><time>{{ page.date | date: \"%Y-%m-%d\" }}</time><p class=\"tags\">{{ "
        u"page.tags | join: \", \" }}</p><p class=\"excerpt\">{{ page.excerpt }}</p>{{ content }}"_s);
    // As `jekyll new` makes a blog: no default layout, each post names its own.
    write(site.filePath(u"_config.yml"_s), u"title: T\n"_s);
    write(site.filePath(u"_posts/2026-01-01-welcome.md"_s), u"---\nlayout: post\ntitle: Welcome\n---\nHello.\n"_s);
    const SiteProfile profile = SiteProfile::detect(site.path());
    QCOMPARE(profile.generator, Generator::Jekyll);

    const QDateTime when(QDate(2026, 11, 20), QTime(9, 30), QTimeZone(3600));
    const QString published = writePost(profile, u"Jekyll, for real"_s, u"A summary for Jekyll."_s,
        {u"alpha"_s, u"beta"_s}, when, false, u"Some words."_s);
    const QString draft = writePost(profile, u"Jekyll draft"_s, u"Draft."_s, {}, when, true, u"draft"_s);
    QVERIFY(published.endsWith(u"_posts/2026-11-20-jekyll-for-real.md"_s));
    QVERIFY(read(draft).contains(u"published: false"_s));

    const CommandResult built = runCommand(
        jekyll, {u"build"_s, u"--quiet"_s, u"--source"_s, site.path(), u"--destination"_s, site.filePath(u"_site"_s)});
    QVERIFY2(built.ok(), qPrintable(built.err + built.out));
    const QString html = read(site.filePath(u"_site/2026/11/20/jekyll-for-real.html"_s));
    QVERIFY2(html.contains(u"<h1>Jekyll, for real</h1>"_s), qPrintable(html.left(300)));
    QVERIFY(html.contains(u"<time>2026-11-20</time>"_s));
    QVERIFY(html.contains(u"<p class=\"tags\">alpha, beta</p>"_s));
    QVERIFY(html.contains(u"A summary for Jekyll."_s));
    QVERIFY(html.contains(u"src=\"/assets/images/my-photo.png\""_s));
    QVERIFY(QFile::exists(site.filePath(u"_site/assets/images/my-photo.png"_s)));
    QVERIFY(!QFileInfo::exists(site.filePath(u"_site/2026/11/20/jekyll-draft.html"_s)));
}

namespace {

// A photo put on the site as the image dialog does: fitted, made WebP, then written and linked.
QString importPhoto(const SiteProfile &profile, const QString &postPath, const QString &caption)
{
    QImage photo(1200, 800, QImage::Format_RGB32);
    photo.fill(Qt::darkGreen);
    const QByteArray bytes = imageBytes(photo, "JPEG");
    ImageOptions options;
    options.fitWidth = 600;
    options.format = ImageFormat::Webp;
    const Result<PreparedImage> prepared = ImageConversion::prepare(bytes, options);
    if (!prepared)
        return {};
    const Result<ImportedImage> image = ImageImport::import(profile, postPath, prepared->bytes, u"Photo.jpg"_s);
    if (!image)
        return {};
    return ImageImport::figureFor(u"A green field"_s, caption, image->link, ImageImport::captionStyleOf(profile));
}

} // namespace

void TestGenerators::imageAddressesAreServedUnderTheBasePath()
{
    // Hugo, served under /blog/: an image in static/ and one in a page bundle, with a figure.
    QTemporaryDir hugoSite;
    write(hugoSite.filePath(u"hugo.toml"_s),
        u"baseURL = 'https://example.invalid/blog/'\ntitle = 'T'\n"
        u"disableKinds = ['RSS', 'sitemap', 'taxonomy', 'term']\n"_s);
    write(hugoSite.filePath(u"layouts/_default/single.html"_s), u"{{ .Content }}"_s);
    write(hugoSite.filePath(u"layouts/_default/list.html"_s), QString());
    write(hugoSite.filePath(u"layouts/index.html"_s), QString());
    write(hugoSite.filePath(u"content/posts/older.md"_s),
        u"---\ntitle: Older\ndate: 2026-01-01\n---\n{{< figure src=\"/blog/x.png\" caption=\"x\" >}}\n"_s);
    const SiteProfile hugo = SiteProfile::detect(hugoSite.path());
    const QString plain = hugoSite.filePath(u"content/posts/plain.md"_s);
    const QString bundle = hugoSite.filePath(u"content/posts/trip/index.md"_s);
    const QString plainImage = importPhoto(hugo, plain, QString());
    const QString bundleImage = importPhoto(hugo, bundle, u"Our trip"_s);
    QCOMPARE(plainImage, u"![A green field](/blog/images/photo.webp)"_s);
    QCOMPARE(bundleImage, u"{{< figure src=\"photo.webp\" alt=\"A green field\" caption=\"Our trip\" >}}"_s);
    write(plain, u"---\ntitle: Plain\ndate: 2026-02-01\n---\n"_s + plainImage + u'\n');
    write(bundle, u"---\ntitle: Trip\ndate: 2026-02-02\n---\n"_s + bundleImage + u'\n');
    const CommandResult hugoBuilt =
        runCommand(QStandardPaths::findExecutable(u"hugo"_s), {u"--quiet"_s, u"--source"_s, hugoSite.path()});
    QVERIFY2(hugoBuilt.ok(), qPrintable(hugoBuilt.err));
    // public/ is what https://example.invalid/blog/ serves.
    QVERIFY(read(hugoSite.filePath(u"public/posts/plain/index.html"_s)).contains(u"src=\"/blog/images/photo.webp\""_s));
    QCOMPARE(QImage(hugoSite.filePath(u"public/images/photo.webp"_s)).size(), QSize(600, 400));
    const QString trip = read(hugoSite.filePath(u"public/posts/trip/index.html"_s));
    QVERIFY2(trip.contains(u"<figcaption>"_s) && trip.contains(u"Our trip"_s), qPrintable(trip));
    QVERIFY(trip.contains(u"src=\"photo.webp\""_s));
    QVERIFY(QFile::exists(hugoSite.filePath(u"public/posts/trip/photo.webp"_s)));

    // Jekyll, served under /blog: its images folder is copied as it is.
    QTemporaryDir jekyllSite;
    write(jekyllSite.filePath(u"_config.yml"_s), u"title: T\nbaseurl: /blog\n"_s);
    write(jekyllSite.filePath(u"_layouts/post.html"_s), u"{{ content }}"_s);
    const SiteProfile jekyll = SiteProfile::detect(jekyllSite.path());
    const QString post = jekyllSite.filePath(u"_posts/2026-02-01-plain.md"_s);
    const QString jekyllImage = importPhoto(jekyll, post, u"Caption"_s);
    QCOMPARE(jekyllImage, u"![A green field](/blog/assets/images/photo.webp)\n*Caption*"_s);
    write(post, u"---\nlayout: post\ntitle: Plain\n---\n"_s + jekyllImage + u'\n');
    const CommandResult jekyllBuilt = runCommand(QStandardPaths::findExecutable(u"jekyll"_s),
        {u"build"_s, u"--quiet"_s, u"--source"_s, jekyllSite.path(), u"--destination"_s,
            jekyllSite.filePath(u"_site"_s)});
    QVERIFY2(jekyllBuilt.ok(), qPrintable(jekyllBuilt.err + jekyllBuilt.out));
    const QString html = read(jekyllSite.filePath(u"_site/2026/02/01/plain.html"_s));
    QVERIFY2(html.contains(u"src=\"/blog/assets/images/photo.webp\""_s), qPrintable(html));
    QVERIFY(html.contains(u"<em>Caption</em>"_s));
    QCOMPARE(QImage(jekyllSite.filePath(u"_site/assets/images/photo.webp"_s)).size(), QSize(600, 400));
}

QTEST_GUILESS_MAIN(TestGenerators)
#include "tst_generators.moc"
