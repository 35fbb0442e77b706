#include "site/imageimport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

class TestImageImport final : public QObject {
    Q_OBJECT

private slots:
    void importedImagesGoWhereTheSiteServesThem();
    void altTextIsEscaped_data();
    void altTextIsEscaped();
};

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

QTEST_GUILESS_MAIN(TestImageImport)
#include "tst_imageimport.moc"
