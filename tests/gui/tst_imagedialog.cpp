#include "dialogs/imagedialog.h"
#include "editor/markdowneditor.h"
#include "git/gitlibrary.h"
#include "git/publisher.h"
#include "library/coverthumbnails.h"
#include "library/librarypanel.h"
#include "library/postlistmodel.h"
#include "mainwindow.h"
#include "settings/blogsettings.h"
#include "site/postlibrary.h"
#include "site/sampleblog.h"
#include "site/siteprofile.h"
#include "support/commandrunner.h"
#include "support/dialoganswers.h"
#include "support/exiftagger.h"
#include "support/previewprobe.h"
#include "support/windowopener.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright;
using namespace Postwright::Test;

namespace {

template <typename T> T *child(QWidget *dialog, const char *name)
{
    T *found = dialog->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s in the dialog", name);
    return found;
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// The natural widths of the images the preview shows, "1600,30": 0 for one that did not load.
QString previewImageWidths(App::MainWindow &window)
{
    return evaluateInPreview(window.preview(),
        u"Array.from(document.querySelectorAll('#postwright-content img')).map(i => i.naturalWidth).join(',')"_s)
        .toString();
}

// Waits until the dialog has worked out the image for the options it shows.
bool waitUntilReady(App::ImageDialog *dialog)
{
    QSignalSpy finished(dialog, &App::ImageDialog::preparationFinished);
    for (int attempt = 0; attempt < 100 && !dialog->isReady(); ++attempt)
        finished.wait(200);
    return dialog->isReady();
}

// The writer's answer to the image dialog: alt text, a caption, and WebP when asked.
DialogAnswers::Answer describe(const QString &alt, const QString &caption, bool webp = false)
{
    return [=](QWidget *dialog) {
        auto *image = qobject_cast<App::ImageDialog *>(dialog);
        QVERIFY2(image, "expected the image dialog");
        child<QLineEdit>(image, "altEdit")->setText(alt);
        child<QLineEdit>(image, "captionEdit")->setText(caption);
        if (webp) {
            auto *format = child<QComboBox>(image, "formatCombo");
            format->setCurrentIndex(format->findData(int(Core::ImageFormat::Webp)));
        }
        child<QDialogButtonBox>(image, "buttons")->button(QDialogButtonBox::Ok)->click();
    };
}

} // namespace

class TestImageDialog final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void altTextIsRequiredAndTheResultShowsBeforeAndAfter();
    void aPhotoIsResizedStrippedAndCaptioned();
    void aHugoBlogThatUsesFiguresGetsAFigure();
    void insertImageAsksForAFile();
    void underABasePathTheLinkHasItAndThePreviewShowsIt();
    void theReceiptNamesImagesThatStillSayWhereTheyWereTaken();
    void theLibraryShowsCoverThumbnailsMadeOffTheGuiThread();
    void savingIntoAnotherFolderKeepsTheImageLinks();
    void thePreviewLeadsWithTheCoverTheThemeShows();

private:
    Core::GitLibrary m_git;
    std::unique_ptr<QTemporaryDir> m_data;
    QString m_blog;
    QString m_welcome;
};

void TestImageDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestImageDialog::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    const Core::Result<QString> blog = Core::SampleBlog::ensure(m_data->path());
    QVERIFY(blog);
    m_blog = *blog;
    m_welcome = m_blog + u"/content/posts/welcome-to-postwright.md"_s;
}

void TestImageDialog::altTextIsRequiredAndTheResultShowsBeforeAndAfter()
{
    const QByteArray photo = withPhoneMetadata(twoColourImage(3000, 2000, "JPEG"), 1);
    App::ImageDialog dialog(photo, u"IMG_0042.jpg"_s, {1600, false});
    dialog.show();
    QVERIFY(waitUntilReady(&dialog));
    auto *result = child<QLabel>(&dialog, "resultLabel");
    QVERIFY2(result->text().contains(u"1600 × 1067 pixels"_s), qPrintable(result->text()));
    QVERIFY2(result->text().contains(u"Where it was taken is removed"_s), qPrintable(result->text()));
    QCOMPARE(dialog.prepared().size, QSize(1600, 1067));
    QVERIFY(dialog.prepared().bytes.size() < photo.size());

    QPushButton *insert = child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Ok);
    QCOMPARE(child<QLineEdit>(&dialog, "altEdit")->text(), u"IMG_0042"_s); // a start, selected to retype
    child<QLineEdit>(&dialog, "altEdit")->setText(u"   "_s);
    QVERIFY(!insert->isEnabled());
    insert->click();
    QVERIFY(dialog.isVisible());
    child<QLineEdit>(&dialog, "altEdit")->setText(u"A red and blue flag"_s);
    QVERIFY(insert->isEnabled());

    // Each option is worked out again, off the GUI thread, and the line follows.
    auto *format = child<QComboBox>(&dialog, "formatCombo");
    format->setCurrentIndex(format->findData(int(Core::ImageFormat::Webp)));
    child<QComboBox>(&dialog, "sizeCombo")->setCurrentIndex(0);
    QVERIFY(waitUntilReady(&dialog));
    QCOMPARE(dialog.prepared().extension, u"webp"_s);
    QCOMPARE(dialog.prepared().size, QSize(3000, 2000));
    child<QCheckBox>(&dialog, "stripCheck")->setChecked(false);
    QVERIFY(waitUntilReady(&dialog));
    QVERIFY(dialog.prepared().hasLocation);
    QVERIFY2(result->text().contains(u"still says where it was taken"_s), qPrintable(result->text()));
    insert->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.altText(), u"A red and blue flag"_s);
}

void TestImageDialog::aPhotoIsResizedStrippedAndCaptioned()
{
    App::MainWindow window;
    QVERIFY(openAndWaitForPreview(window, {m_blog, m_welcome}));
    // On its side as a phone stores it: shown 2000 x 3000, so 1600 x 2400 once fitted.
    const QByteArray photo = withPhoneMetadata(twoColourImage(3000, 2000, "JPEG"), 6);
    window.editor()->moveCursor(QTextCursor::End);
    {
        DialogAnswers writer({describe(u"A harbour at dawn"_s, u"Boats, before the *wind*"_s, true)});
        QVERIFY(window.insertImage(photo, u"Harbour.JPG"_s));
        QCOMPARE(writer.answered(), 1);
    }
    const QString text = window.editor()->toPlainText();
    QVERIFY2(text.endsWith(u"![A harbour at dawn](/images/harbour.webp)\n*Boats, before the \\*wind\\**"_s),
        qPrintable(text.right(120)));
    const QString written = m_blog + u"/static/images/harbour.webp"_s;
    QFile file(written);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(QImageReader(written).size(), QSize(1600, 2400));
    QVERIFY2(!metadataKeys(bytes).join(u' ').contains(u"GPS"_s), qPrintable(metadataKeys(bytes).join(u' ')));
    QVERIFY(window.statusBar()->currentMessage().contains(u"static/images/harbour.webp"_s));
    QTRY_COMPARE_WITH_TIMEOUT(previewImageWidths(window), u"1600"_s, 20000);

    // WebP is offered first next time, in this blog.
    QCOMPARE(App::BlogSettings::load(m_blog).imageFormat, int(Core::ImageFormat::Webp));
    int offered = -1;
    {
        DialogAnswers writer({[&](QWidget *dialog) {
            offered = child<QComboBox>(dialog, "formatCombo")->currentData().toInt();
            static_cast<QDialog *>(dialog)->reject();
        }});
        QVERIFY(!window.insertImage(photo, u"Harbour.JPG"_s));
    }
    QCOMPARE(offered, int(Core::ImageFormat::Webp));

    // Undo takes the whole insertion back in one step; the file stays for a redo.
    window.editor()->undo();
    QVERIFY(!window.editor()->toPlainText().contains(u"harbour.webp"_s));
    window.editor()->document()->setModified(false);
}

void TestImageDialog::aHugoBlogThatUsesFiguresGetsAFigure()
{
    writeFile(m_blog + u"/content/posts/older.md"_s,
        "---\ntitle: Older\ndate: 2020-01-01\n---\n{{< figure src=\"/images/x.png\" caption=\"x\" >}}\n");
    const QString bundle = m_blog + u"/content/posts/trip/index.md"_s;
    writeFile(bundle, "---\ntitle: Trip\ndate: 2026-05-01\n---\nThe trip.\n");
    App::MainWindow window;
    QVERIFY(openAndWaitForPreview(window, {m_blog, bundle}));
    window.editor()->moveCursor(QTextCursor::End);
    {
        DialogAnswers writer({describe(u"The \"blue\" hut"_s, u"Our hut"_s)});
        QVERIFY(window.insertImage(twoColourImage(40, 30, "PNG"), u"hut.png"_s));
    }
    QVERIFY2(window.editor()->toPlainText().endsWith(
                 u"{{< figure src=\"hut.png\" alt=`The \"blue\" hut` caption=\"Our hut\" >}}"_s),
        qPrintable(window.editor()->toPlainText().right(100)));
    QVERIFY(QFile::exists(m_blog + u"/content/posts/trip/hut.png"_s)); // beside the post in its bundle
    window.editor()->document()->setModified(false);
}

void TestImageDialog::insertImageAsksForAFile()
{
    QTemporaryDir pictures;
    const QString photo = pictures.filePath(u"Garden Path.jpg"_s);
    writeFile(photo, withPhoneMetadata(twoColourImage(800, 600, "JPEG"), 1));
    App::MainWindow window;
    QVERIFY(openAndWaitForPreview(window, {m_blog, m_welcome}));
    QAction *insertImage = window.findChild<QAction *>(u"insertImageAction"_s);
    QVERIFY(insertImage);
    QVERIFY(insertImage->isEnabled());
    QCOMPARE(insertImage->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    window.editor()->moveCursor(QTextCursor::End);
    {
        DialogAnswers writer({DialogAnswers::file(photo), describe(u"A garden path"_s, QString())});
        insertImage->trigger();
        QCOMPARE(writer.answered(), 2);
    }
    QVERIFY(window.editor()->toPlainText().endsWith(u"![A garden path](/images/garden-path.jpg)"_s));
    const QByteArray written = [&] {
        QFile file(m_blog + u"/static/images/garden-path.jpg"_s);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(!written.isEmpty());
    QVERIFY(metadataKeys(written).isEmpty()); // nothing left, and the pixels were not touched
    window.editor()->document()->setModified(false);

    // Without a post there is nowhere to put an image.
    App::MainWindow empty;
    QVERIFY(!empty.findChild<QAction *>(u"insertImageAction"_s)->isEnabled());
}

void TestImageDialog::underABasePathTheLinkHasItAndThePreviewShowsIt()
{
    QString config = readFile(m_blog + u"/hugo.toml"_s);
    static const QRegularExpression baseUrl(u"(?m)^baseURL\\s*=.*$"_s);
    config.replace(baseUrl, QString());
    writeFile(m_blog + u"/hugo.toml"_s, (u"baseURL = 'https://example.org/blog/'\n"_s + config).toUtf8());
    App::MainWindow window;
    QVERIFY(openAndWaitForPreview(window, {m_blog, m_welcome}));
    window.editor()->moveCursor(QTextCursor::End);
    {
        DialogAnswers writer({describe(u"A square"_s, QString())});
        QVERIFY(window.insertImage(twoColourImage(30, 30, "PNG"), u"square.png"_s));
    }
    QVERIFY2(window.editor()->toPlainText().endsWith(u"![A square](/blog/images/square.png)"_s),
        qPrintable(window.editor()->toPlainText().right(80)));
    QTRY_COMPARE_WITH_TIMEOUT(previewImageWidths(window), u"30"_s, 20000);
    window.editor()->document()->setModified(false);
}

void TestImageDialog::theReceiptNamesImagesThatStillSayWhereTheyWereTaken()
{
    writeFile(m_blog + u"/static/images/kept.jpg"_s, withPhoneMetadata(twoColourImage(40, 30, "JPEG"), 1));
    writeFile(m_blog + u"/static/images/clean.png"_s, twoColourImage(40, 30, "PNG"));
    QString post = readFile(m_welcome);
    post += u"\n![kept](/images/kept.jpg)\n![clean](/images/clean.png)\n"_s;
    writeFile(m_welcome, post.toUtf8());
    const Core::Result<Core::PublishPlan> plan = Core::Publisher::plan(m_welcome, Core::SiteProfile::detect(m_blog));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(plan->imagesWithLocation, QStringList{u"static/images/kept.jpg"_s});
    QStringList files;
    for (const Core::PublishPlan::File &file : plan->files)
        files.append(file.path);
    QVERIFY(files.contains(u"static/images/clean.png"_s));
}

void TestImageDialog::theLibraryShowsCoverThumbnailsMadeOffTheGuiThread()
{
    // A bundle with a red cover among posts without one.
    const QString bundle = m_blog + u"/content/posts/trip/index.md"_s;
    writeFile(bundle, "---\ntitle: Trip\ndate: 2026-12-01\ncover:\n  image: harbour.jpg\n---\nThe trip.\n");
    QImage red(900, 600, QImage::Format_RGB32);
    red.fill(QColor(230, 20, 20));
    QVERIFY(red.save(m_blog + u"/content/posts/trip/harbour.jpg"_s));
    const QList<Core::PostSummary> posts = Core::PostLibrary::scan(Core::SiteProfile::detect(m_blog));

    App::LibraryPanel panel;
    App::CoverThumbnails *thumbnails = panel.thumbnails();
    panel.resize(300, 400);
    panel.showPosts(posts);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const int row = panel.model()->rowOf(bundle);
    QVERIFY(row >= 0);
    const QRect rowRect = panel.list()->visualRect(panel.model()->index(row));
    const QPoint inThumbnail(rowRect.right() - 10, rowRect.center().y());
    const auto colourThere = [&] {
        return panel.list()->viewport()->grab().toImage().pixelColor(inThumbnail * panel.devicePixelRatioF());
    };
    // Painting asks for it and never waits: it is made on a worker and then drawn.
    QTRY_VERIFY_WITH_TIMEOUT(colourThere().red() > 200 && colourThere().green() < 60, 20000);
    QCOMPARE(thumbnails->loading(), 0);
    // Rows without a cover draw none.
    const int other = panel.model()->rowOf(m_welcome);
    const QRect otherRect = panel.list()->visualRect(panel.model()->index(other));
    const QColor otherColour = panel.list()->viewport()->grab().toImage().pixelColor(
        QPoint(otherRect.right() - 10, otherRect.center().y()) * panel.devicePixelRatioF());
    QVERIFY(!(otherColour.red() > 200 && otherColour.green() < 60));

    // Kept on disk: another session's first ask is quick, still off the GUI thread, and right.
    App::CoverThumbnails again(App::CoverThumbnails::defaultCacheFolder());
    QVERIFY(!QDir(App::CoverThumbnails::defaultCacheFolder()).entryList({u"*.png"_s}).isEmpty());
    QSignalSpy ready(&again, &App::CoverThumbnails::ready);
    QVERIFY(again.thumbnail(m_blog + u"/content/posts/trip/harbour.jpg"_s, 40).isNull());
    QVERIFY(ready.wait(5000));
    const QPixmap made = again.thumbnail(m_blog + u"/content/posts/trip/harbour.jpg"_s, 40);
    QCOMPARE(made.size(), QSize(40, 40));
    QVERIFY(made.toImage().pixelColor(20, 20).red() > 200);
    // A changed image is made again, never shown stale.
    QTest::qWait(1100); // file times in whole seconds on some file systems
    QImage blue(900, 600, QImage::Format_RGB32);
    blue.fill(QColor(20, 20, 230));
    QVERIFY(blue.save(m_blog + u"/content/posts/trip/harbour.jpg"_s));
    App::CoverThumbnails fresh(App::CoverThumbnails::defaultCacheFolder());
    QSignalSpy freshReady(&fresh, &App::CoverThumbnails::ready);
    QVERIFY(fresh.thumbnail(m_blog + u"/content/posts/trip/harbour.jpg"_s, 40).isNull());
    QVERIFY(freshReady.wait(5000));
    QVERIFY(
        fresh.thumbnail(m_blog + u"/content/posts/trip/harbour.jpg"_s, 40).toImage().pixelColor(20, 20).blue() > 200);
}

void TestImageDialog::savingIntoAnotherFolderKeepsTheImageLinks()
{
    writeFile(m_blog + u"/content/images/p.png"_s, twoColourImage(20, 10, "PNG"));
    App::MainWindow window;
    QVERIFY(openAndWaitForPreview(window, {m_blog, m_welcome}));
    window.editor()->moveCursor(QTextCursor::End);
    window.editor()->insertPlainText(u"\n![p](../images/p.png)\n"_s);
    const QString moved = m_blog + u"/content/posts/2026/welcome.md"_s;
    QDir().mkpath(QFileInfo(moved).absolutePath());
    {
        DialogAnswers writer({DialogAnswers::file(moved)});
        QVERIFY(window.findChild<QAction *>(u"saveAsAction"_s));
        window.findChild<QAction *>(u"saveAsAction"_s)->trigger();
        QCOMPARE(writer.answered(), 1);
    }
    QCOMPARE(window.postPath(), moved);
    QVERIFY(window.editor()->toPlainText().endsWith(u"![p](../../images/p.png)\n"_s));
    QVERIFY(readFile(moved).endsWith(u"![p](../../images/p.png)\n"_s));
    QVERIFY(window.statusBar()->currentMessage().contains(u"1 image link"_s));
    // The page is the one opened from the new folder, and its image loads from there.
    const auto shownFromNewFolder = [&] {
        return evaluateInPreview(window.preview(), u"document.baseURI"_s).toString().endsWith(u"/posts/2026/"_s)
            && previewImageWidths(window) == u"20"_s;
    };
    // Asked of the old page while the new one loads, the answer can be either: wait for the new one.
    QVERIFY2(QTest::qWaitFor(shownFromNewFolder, 20000),
        qPrintable(evaluateInPreview(window.preview(),
            u"document.baseURI + ' ' + Array.from(document.images).map(i => i.src + ' ' + i.naturalWidth)"_s)
                       .toString()));
    window.editor()->document()->setModified(false);
}

void TestImageDialog::thePreviewLeadsWithTheCoverTheThemeShows()
{
    const QString bundle = m_blog + u"/content/posts/walk/index.md"_s;
    writeFile(bundle, "---\ntitle: Walk\ndate: 2026-12-01\ncover:\n  image: path.png\n---\nA walk.\n");
    writeFile(m_blog + u"/content/posts/walk/path.png"_s, twoColourImage(30, 20, "PNG"));
    writeFile(m_blog + u"/content/posts/walk/feature.png"_s, twoColourImage(12, 10, "PNG"));
    App::MainWindow window;
    QVERIFY(openAndWaitForPreview(window, {m_blog, bundle}));
    const QString hero = u"(() => { const h = document.getElementById('postwright-hero');"
                         u" return h.hidden ? 'none' : String(h.naturalWidth); })()"_s;
    // PaperMod's cover.image.
    QTRY_COMPARE_WITH_TIMEOUT(evaluateInPreview(window.preview(), hero).toString(), u"30"_s, 20000);
    // Without one, the bundle's feature image, as Hugo's own templates find it.
    window.editor()->setPlainText(window.editor()->toPlainText().remove(u"cover:\n  image: path.png\n"_s));
    QTRY_COMPARE_WITH_TIMEOUT(evaluateInPreview(window.preview(), hero).toString(), u"12"_s, 20000);
    window.editor()->document()->setModified(false);
}

QTEST_MAIN(TestImageDialog)
#include "tst_imagedialog.moc"
