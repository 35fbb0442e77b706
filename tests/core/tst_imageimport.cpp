#include "images/imageconversion.h"
#include "images/imagemetadata.h"
#include "site/imageimport.h"
#include "site/imagelinks.h"
#include "support/exiftagger.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;
using namespace Postwright::Test;

namespace {

QImage decoded(const QByteArray &bytes, bool autoTransform = false)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(autoTransform);
    return reader.read();
}

// What the exiv2 command prints of every tag: the second opinion on what a file carries.
QString exiv2Says(const QByteArray &bytes, const QString &extension)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"image."_s + extension);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return u"cannot write the image"_s;
    file.close();
    QProcess exiv2;
    exiv2.start(u"exiv2"_s, {u"-pa"_s, path});
    exiv2.waitForFinished(30000);
    return QString::fromUtf8(exiv2.readAllStandardOutput());
}

bool isReddish(QRgb pixel)
{
    return qRed(pixel) > 150 && qBlue(pixel) < 100;
}

bool isBluish(QRgb pixel)
{
    return qBlue(pixel) > 150 && qRed(pixel) < 100;
}

SiteProfile hugoSiteAt(const QString &root, const QString &config)
{
    QFile file(root + u"/hugo.toml"_s);
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0)
        qFatal("cannot write hugo.toml");
    file.close();
    return SiteProfile::detect(root);
}

} // namespace

class TestImageImport final : public QObject {
    Q_OBJECT

private slots:
    void importedImagesGoWhereTheSiteServesThem();
    void altTextIsEscaped_data();
    void altTextIsEscaped();
    void initTestCase();
    void locationGoesWithoutTouchingThePixels_data();
    void locationGoesWithoutTouchingThePixels();
    void resizedPhotosAreUprightAndAsWideAsAsked();
    void webpIsWrittenAndReadBack();
    void metadataStaysWhenTheBlogKeepsIt();
    void svgAndGifAreKeptAsTheyAre();
    void linksCarryTheSitesBasePath();
    void captionsAreWrittenAsTheSiteWritesFigures_data();
    void captionsAreWrittenAsTheSiteWritesFigures();
    void theCaptionStyleFollowsTheBlog();
    void movingAPostKeepsItsRelativeImageLinks();
};

void TestImageImport::initTestCase()
{
    if (QStandardPaths::findExecutable(u"exiv2"_s).isEmpty())
        QFAIL("the exiv2 command is needed (Debian package exiv2): scripts/install-deps.sh --with-tests");
    // Postwright writes WebP with libwebp; the tests read it back with Qt's plugin.
    QVERIFY2(QImageReader::supportedImageFormats().contains("webp"), "Qt's WebP plugin (qt6-image-formats-plugins)");
}

void TestImageImport::locationGoesWithoutTouchingThePixels_data()
{
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QByteArray>("original");
    QTest::newRow("jpeg") << u"jpg"_s << withPhoneMetadata(twoColourImage(64, 48, "JPEG"), 6);
    QTest::newRow("png") << u"png"_s << withPhoneMetadata(twoColourImage(64, 48, "PNG"), 6);
    QTest::newRow("webp") << u"webp"_s << withPhoneMetadata(twoColourImage(64, 48, "WEBP"), 6);
}

void TestImageImport::locationGoesWithoutTouchingThePixels()
{
    QFETCH(QString, extension);
    QFETCH(QByteArray, original);
    // The test images do carry what the import must remove, as both readers see it.
    QVERIFY(metadataKeys(original).contains(u"Exif.GPSInfo.GPSLatitude"_s));
    QVERIFY(exiv2Says(original, extension).contains(u"GPSLatitude"_s));

    const Result<PreparedImage> prepared = ImageConversion::prepare(original, {});
    QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message));
    QCOMPARE(prepared->extension, extension);
    QVERIFY(!prepared->reencoded);
    QVERIFY(prepared->hadLocation);
    QVERIFY(!prepared->hasLocation);
    QCOMPARE(prepared->size, QSize(48, 64)); // as shown: orientation 6 turns it upright

    const QStringList left = metadataKeys(prepared->bytes);
    QCOMPARE(left, QStringList{u"Exif.Image.Orientation"_s}); // only what keeps the picture upright
    const QString exiv2 = exiv2Says(prepared->bytes, extension);
    QVERIFY2(!exiv2.contains(u"GPS"_s) && !exiv2.contains(u"Phonemaker"_s) && !exiv2.contains(u"Pocket"_s),
        qPrintable(exiv2));
    QCOMPARE(orientationOf(prepared->bytes), 6);
    // Not re-encoded: the very same pixels decode, lossy format or not.
    QCOMPARE(decoded(prepared->bytes), decoded(original));
    QVERIFY(prepared->bytes.size() < original.size());
}

void TestImageImport::resizedPhotosAreUprightAndAsWideAsAsked()
{
    // Stored 400 x 200 on its side, left red and right blue; shown 200 x 400, red on top.
    const QByteArray photo = withPhoneMetadata(twoColourImage(400, 200, "JPEG"), 6);
    ImageOptions options;
    options.fitWidth = 100;
    const Result<PreparedImage> prepared = ImageConversion::prepare(photo, options);
    QVERIFY(prepared);
    QVERIFY(prepared->reencoded);
    QCOMPARE(prepared->originalSize, QSize(200, 400));
    QCOMPARE(prepared->size, QSize(100, 200));
    const QImage image = decoded(prepared->bytes, true);
    QCOMPARE(image.size(), QSize(100, 200)); // upright in the pixels, not by a tag
    QVERIFY(isReddish(image.pixel(50, 20)));
    QVERIFY(isBluish(image.pixel(50, 180)));
    QCOMPARE(orientationOf(prepared->bytes), 1);
    QVERIFY(!metadataKeys(prepared->bytes).join(u' ').contains(u"GPS"_s));
    QVERIFY(!exiv2Says(prepared->bytes, u"jpg"_s).contains(u"GPS"_s));

    // Narrower than asked: the size is kept, and nothing is re-encoded just for that.
    options.fitWidth = 1600;
    QCOMPARE(ImageConversion::prepare(photo, options)->reencoded, false);
}

void TestImageImport::webpIsWrittenAndReadBack()
{
    const QByteArray png = withPhoneMetadata(twoColourImage(300, 120, "PNG"), 1);
    ImageOptions options;
    options.format = ImageFormat::Webp;
    options.fitWidth = 150;
    const Result<PreparedImage> prepared = ImageConversion::prepare(png, options);
    QVERIFY(prepared);
    QCOMPARE(prepared->extension, u"webp"_s);
    QCOMPARE(ImageImport::typeOf(prepared->bytes), u"webp"_s);
    const QImage image = decoded(prepared->bytes);
    QCOMPARE(image.size(), QSize(150, 60));
    QVERIFY(isReddish(image.pixel(10, 30)));
    QVERIFY(isBluish(image.pixel(140, 30)));
    QVERIFY(!exiv2Says(prepared->bytes, u"webp"_s).contains(u"GPS"_s));

    // A transparent PNG made a JPEG shows white where it was see-through.
    QImage clear(20, 20, QImage::Format_ARGB32);
    clear.fill(Qt::transparent);
    const QByteArray clearPng = imageBytes(clear, "PNG");
    options = {};
    options.format = ImageFormat::Jpeg;
    const Result<PreparedImage> jpeg = ImageConversion::prepare(clearPng, options);
    QVERIFY(jpeg);
    QCOMPARE(jpeg->extension, u"jpg"_s);
    QVERIFY(qGray(decoded(jpeg->bytes).pixel(10, 10)) > 245);
}

void TestImageImport::metadataStaysWhenTheBlogKeepsIt()
{
    const QByteArray photo = withPhoneMetadata(twoColourImage(400, 200, "JPEG"), 6);
    ImageOptions options;
    options.keepMetadata = true;
    const Result<PreparedImage> kept = ImageConversion::prepare(photo, options);
    QVERIFY(kept);
    QCOMPARE(kept->bytes, photo);
    QVERIFY(kept->hasLocation);
    options.fitWidth = 100;
    const Result<PreparedImage> resized = ImageConversion::prepare(photo, options);
    QVERIFY(resized);
    QVERIFY(resized->hasLocation);
    QVERIFY(exiv2Says(resized->bytes, u"jpg"_s).contains(u"GPSLatitude"_s));
    QCOMPARE(orientationOf(resized->bytes), 1); // the pixels were turned, so the tag is not
}

void TestImageImport::svgAndGifAreKeptAsTheyAre()
{
    const QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"100\"></svg>";
    ImageOptions options;
    options.fitWidth = 50;
    options.format = ImageFormat::Webp;
    const Result<PreparedImage> prepared = ImageConversion::prepare(svg, options);
    QVERIFY(prepared);
    QCOMPARE(prepared->bytes, svg);
    QCOMPARE(prepared->extension, u"svg"_s);
    QVERIFY(!prepared->canResize);
    const QByteArray gif = twoColourImage(80, 40, "GIF");
    if (!gif.isEmpty()) {
        const Result<PreparedImage> kept = ImageConversion::prepare(gif, options);
        QVERIFY(kept);
        QCOMPARE(kept->bytes, gif);
    }
    QVERIFY(!ImageConversion::prepare(QByteArray("\xFF\xD8\xFF broken jpeg"), options));
}

void TestImageImport::linksCarryTheSitesBasePath()
{
    QTemporaryDir root;
    const SiteProfile hugo = hugoSiteAt(root.path(), u"baseURL = 'https://example.org/blog/'\n"_s);
    const QByteArray png = twoColourImage(8, 8, "PNG");
    const Result<ImportedImage> image =
        ImageImport::import(hugo, root.filePath(u"content/posts/a.md"_s), png, u"Sun Set.png"_s);
    QVERIFY(image);
    QCOMPARE(image->path, root.filePath(u"static/images/sun-set.png"_s));
    QCOMPARE(image->link, u"/blog/images/sun-set.png"_s);
    QCOMPARE(ImageImport::servedFile(hugo, image->link), image->path);
    QCOMPARE(ImageImport::servedFile(hugo, u"/images/sun-set.png?v=2"_s), image->path); // without the base too
    QCOMPARE(ImageImport::servedFile(hugo, u"/../hugo.toml"_s), QString()); // never outside the folder
    QCOMPARE(ImageImport::servedFile(hugo, u"//cdn.example.org/x.png"_s), QString());
    QCOMPARE(ImageImport::servedAddress(hugo, root.filePath(u"content/posts/a.md"_s)), QString());
}

void TestImageImport::captionsAreWrittenAsTheSiteWritesFigures_data()
{
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QString>("written");
    QTest::newRow("no caption: a plain image") << int(CaptionStyle::HugoFigure) << u" "_s << u"![A dog](d.jpg)"_s;
    QTest::newRow("hugo figure") << int(CaptionStyle::HugoFigure) << u"On the beach"_s
                                 << u"{{< figure src=\"d.jpg\" alt=\"A dog\" caption=\"On the beach\" >}}"_s;
    QTest::newRow("hugo figure, quotes in the caption")
        << int(CaptionStyle::HugoFigure) << u"Say \"cheese\""_s
        << u"{{< figure src=\"d.jpg\" alt=\"A dog\" caption=`Say \"cheese\"` >}}"_s;
    QTest::newRow("markdown") << int(CaptionStyle::Markdown) << u"On *the*\nbeach"_s
                              << u"![A dog](d.jpg)\n*On \\*the\\* beach*"_s;
}

void TestImageImport::captionsAreWrittenAsTheSiteWritesFigures()
{
    QFETCH(int, style);
    QFETCH(QString, caption);
    QTEST(ImageImport::figureFor(u"A dog"_s, caption, u"d.jpg"_s, CaptionStyle(style)), "written");
}

void TestImageImport::theCaptionStyleFollowsTheBlog()
{
    QTemporaryDir root;
    const SiteProfile hugo = hugoSiteAt(root.path(), u"title = 'x'\n"_s);
    QDir(root.path()).mkpath(u"content/posts"_s);
    QFile post(root.filePath(u"content/posts/a.md"_s));
    QVERIFY(post.open(QIODevice::WriteOnly));
    post.write("---\ntitle: a\n---\n![x](y.png)\n");
    post.close();
    QCOMPARE(ImageImport::captionStyleOf(hugo), CaptionStyle::Markdown);
    QVERIFY(post.open(QIODevice::Append));
    post.write("{{< figure src=\"y.png\" caption=\"z\" >}}\n");
    post.close();
    QCOMPARE(ImageImport::captionStyleOf(hugo), CaptionStyle::HugoFigure);
    QCOMPARE(
        ImageImport::captionStyleOf(SiteProfile::forGenerator(Generator::Jekyll, root.path())), CaptionStyle::Markdown);
}

void TestImageImport::importedImagesGoWhereTheSiteServesThem()
{
    QTemporaryDir root;
    const QByteArray png("\x89PNG\r\n\x1A\n rest of a png", 22);
    const SiteProfile hugo = SiteProfile::forGenerator(Generator::Hugo, root.path());
    const QString plainPost = root.filePath(u"content/posts/plain.md"_s);
    const Result<ImportedImage> first = ImageImport::import(hugo, plainPost, png, u"../../etc/Pass Wd.PNG"_s);
    QVERIFY(first);
    QCOMPARE(first->path, root.filePath(u"static/images/pass-wd.png"_s));
    QCOMPARE(first->link, u"/images/pass-wd.png"_s);
    const Result<ImportedImage> second = ImageImport::import(hugo, plainPost, png, u"pass wd.png"_s);
    QCOMPARE(second->link, u"/images/pass-wd-2.png"_s); // never overwrites

    const QString bundlePost = root.filePath(u"content/posts/trip/index.md"_s);
    const Result<ImportedImage> inBundle =
        ImageImport::import(hugo, bundlePost, QByteArray("\xFF\xD8\xFF\xE0jpeg", 8), u"CON"_s);
    QVERIFY(inBundle);
    QCOMPARE(inBundle->path, root.filePath(u"content/posts/trip/con-post.jpg"_s)); // the type comes from the bytes
    QCOMPARE(inBundle->link, u"con-post.jpg"_s);

    const SiteProfile jekyll = SiteProfile::forGenerator(Generator::Jekyll, root.path());
    QCOMPARE(
        ImageImport::import(jekyll, root.filePath(u"_posts/x.md"_s), png, u"a.png"_s)->link, u"/assets/images/a.png"_s);
    QVERIFY(!ImageImport::import(hugo, plainPost, QByteArray("not an image"), u"x.png"_s));
}

void TestImageImport::altTextIsEscaped_data()
{
    QTest::addColumn<QString>("alt");
    QTest::addColumn<QString>("markdown");
    QTest::newRow("plain words stay as they are") << u"A green field"_s << u"![A green field](/x.png)"_s;
    QTest::newRow("brackets do not end the alt text") << u"a [b] c"_s << u"![a \\[b\\] c](/x.png)"_s;
    QTest::newRow("a backslash stays a backslash") << u"a \\ b"_s << u"![a \\\\ b](/x.png)"_s;
    QTest::newRow("no alt text at all") << QString() << u"![](/x.png)"_s;
}

void TestImageImport::altTextIsEscaped()
{
    QFETCH(QString, alt);
    QTEST(ImageImport::markdownFor(alt, u"/x.png"_s), "markdown");
}

void TestImageImport::movingAPostKeepsItsRelativeImageLinks()
{
    QTemporaryDir root;
    QDir(root.path()).mkpath(u"content/posts/2026/trips"_s);
    QDir(root.path()).mkpath(u"content/images"_s);
    for (const QString &name : {u"content/images/a b.png"_s, u"content/posts/2026/local.png"_s}) {
        QFile file(root.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    const QString text = u"---\ntitle: T\n---\n"
                         u"![one](../../images/a%20b.png \"a title\")\n"
                         u"![two](<../../images/a%20b.png>)\n"
                         u"<img src=\"local.png\" alt=\"three\">\n"
                         u"{{< figure src=\"local.png\" caption=\"four\" >}}\n"
                         u"![missing](nowhere.png) ![absolute](/images/x.png) ![remote](https://e.org/x.png)\n"
                         u"`![in code](local.png)` stays too.\n"
                         u"```\n![in a block](local.png)\n```\n"_s;
    const QString oldPath = root.filePath(u"content/posts/2026/post.md"_s);
    const QString newPath = root.filePath(u"content/posts/2026/trips/post.md"_s);
    const QList<TextEdit> edits = ImageLinks::forMove(text, oldPath, newPath);
    QString moved = text;
    for (auto edit = edits.crbegin(); edit != edits.crend(); ++edit)
        edit->applyTo(moved);
    QCOMPARE(moved,
        u"---\ntitle: T\n---\n"
        u"![one](../../../images/a%20b.png \"a title\")\n"
        u"![two](<../../../images/a%20b.png>)\n"
        u"<img src=\"../local.png\" alt=\"three\">\n"
        u"{{< figure src=\"../local.png\" caption=\"four\" >}}\n"
        u"![missing](nowhere.png) ![absolute](/images/x.png) ![remote](https://e.org/x.png)\n"
        u"`![in code](local.png)` stays too.\n"
        u"```\n![in a block](local.png)\n```\n"_s);
    QVERIFY(ImageLinks::forMove(text, oldPath, root.filePath(u"content/posts/2026/renamed.md"_s)).isEmpty());
}

QTEST_GUILESS_MAIN(TestImageImport)
#include "tst_imageimport.moc"
