#include "document/frontmatter.h"
#include "document/post.h"
#include "document/textfile.h"
#include "site/imageimport.h"
#include "site/newpost.h"
#include "site/siteprofile.h"
#include "support/commandrunner.h"

#include <QBuffer>
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
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
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

QTEST_GUILESS_MAIN(TestGenerators)
#include "tst_generators.moc"
